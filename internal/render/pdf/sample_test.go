package pdf

import (
	"strings"
	"time"
)

// Sample documents shared by the tests and benchmarks.

var sampleDate = time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)

func sampleMinutes() Minutes {
	return Minutes{
		Mark:   "中共××市委常委会会议纪要",
		Number: "第3期",
		Organ:  "中共××市委办公室",
		Date:   sampleDate,
		Body: strings.Join([]string{
			"2024年3月4日，市委书记王建国主持召开市委常委会会议，传达学习全国两会精神，研究部署全市园区建设、新农村建设等六块工作。现将会议议定事项纪要如下：",
			"一、关于园区建设工作",
			"会议听取了分管常委张堃同志关于园区建设工作的汇报。会议认为，今年以来全市园区建设总体平稳，主要经济指标增长8.5%，完成固定资产投资120亿元。会议要求，各级各部门要按照“分工负责、各司其职”的原则，抓好重大项目落地。",
			"（一）加快项目建设。由李喆同志牵头，市发展改革委、市工业和信息化局配合，于6月底前完成招商引资任务。其他事项按照《中共××市委常委会议事规则》执行。",
			"二、关于新农村建设工作",
			"会议同意市委农村工作领导小组提出的工作方案，由陈昇同志负责督促落实，每月向市委常委会报告一次进展情况。",
		}, "\n"),
		Attendance: []Attendance{
			{"出席", []string{"王建国", "刘德华", "张堃", "李喆", "陈昇", "赵敏", "孙立人", "周明远", "吴晓东", "郑海涛", "冯志刚"}},
			{"请假", []string{"钱学文（出差）"}},
			{"列席", []string{"市人大常委会副主任何建华", "市政协副主席许文静", "市委办公室主任高明", "市委督查室主任马丽"}},
		},
	}
}

func sampleTable(rows int) DivisionTable {
	names := []string{"王建国", "刘德华", "张堃", "李喆", "陈昇", "赵敏", "孙立人", "周明远", "吴晓东", "郑海涛", "冯志刚"}
	t := DivisionTable{Title: "中共××市委常委分工", Date: sampleDate, Organ: "中共××市委办公室"}
	for i := 0; i < rows; i++ {
		t.Rows = append(t.Rows, DivisionRow{
			Name:    names[i%len(names)],
			Post:    "市委常委、副市长",
			Leads:   "负责园区建设工作。分管发展改革、工业和信息化、商务、招商引资工作。",
			Assists: "协助市长负责政府常务工作",
			Liaises: "联系××经济开发区、重点企业××集团",
		})
	}
	if rows > 0 {
		t.Rows[0].Name = "王建国"
		t.Rows[0].Post = "市委书记"
		t.Rows[0].Leads = "主持市委全面工作。"
	}
	return t
}

func samplePacket() Packet {
	m := sampleMinutes()
	return Packet{
		Committee:      "中共××市委",
		Title:          "市委常委会2024年第5次会议",
		Date:           sampleDate,
		Place:          "市委第一会议室",
		Classification: "秘密★1年",
		Copies:         2,
		FirstCopy:      7,
		Agenda: []AgendaItem{
			{
				Title:     "关于加快园区建设的实施意见",
				Presenter: "张堃",
				Proposal:  m.Body,
				Opinions:  []Opinion{{"钱学文", "同意该实施意见。建议进一步明确各园区的考核办法，由分管常委牵头制定细则。"}},
			},
			{
				Title:     "关于调整市委常委分工的建议",
				Presenter: "王建国",
				Proposal:  "根据工作需要，建议对市委常委分工作如下调整：李喆同志不再分管城市工作，改为分管法治创建工作；陈昇同志分管城市工作。",
			},
		},
	}
}
