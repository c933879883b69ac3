package html

import "github.com/fengong/fengong/internal/model"

// DivisionTable is one division table as a page shows it. A column that
// no row fills is left out: the standing committee's 协助 column was "—"
// in all twelve rows, the other leaders' 分管 in all nine.
type DivisionTable struct {
	Rows                           []Row // the 分工 cell lists TableLeads, the 联系 cell Liaisons
	Caption                        string
	Head                           string // the first column's interface key: 成员 on the standing committee, else 姓名
	Posts, Leads, Assists, Liaises bool
}

// MembersTable is the standing committee's table.
func (d *Division) MembersTable(caption string) *DivisionTable {
	return divisionTable(d.Members, caption, "member")
}

// OthersTable is the table of the leaders who are not standing members:
// its first column is headed 姓名, for they are not members.
func (d *Division) OthersTable(caption string) *DivisionTable {
	return divisionTable(d.Others, caption, "name")
}

func divisionTable(rows []Row, caption, head string) *DivisionTable {
	t := &DivisionTable{Rows: rows, Caption: caption, Head: head}
	for _, r := range rows {
		t.Posts = t.Posts || len(r.Posts) > 0
		// The secretary's cell says 主持市委全面工作 when he leads no area.
		t.Leads = t.Leads || len(r.TableLeads()) > 0 || r.Duty != "" || r.Role == model.RoleSecretary
		t.Assists = t.Assists || len(r.Assists) > 0
		t.Liaises = t.Liaises || len(r.Liaisons()) > 0
	}
	return t
}
