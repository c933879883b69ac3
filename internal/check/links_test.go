package check

import (
	"reflect"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

func TestLinks(t *testing.T) {
	md := model.Markdown(`见[第3次常委会](meetings/standing-3)和[决定](../decisions/d-1.html#tasks),
![照片](people/li-ming/),不是[网页](https://example.com/meetings/x),也不是[坏链接](meetings/Bad_ID)。`)
	want := []Link{
		{Text: "第3次常委会", Kind: "meetings", ID: "standing-3"},
		{Text: "决定", Kind: "decisions", ID: "d-1", Fragment: "tasks"},
		{Text: "照片", Kind: "people", ID: "li-ming"},
	}
	if got := Links(md); !reflect.DeepEqual(got, want) {
		t.Errorf("Links:\n got %+v\nwant %+v", got, want)
	}
}
