package build

import "html/template"

// DevScriptPath is where serve answers the reload script.
const DevScriptPath = "/__fengong/reload.js"

// devScript is the tag serve adds to every page; built sites never have it.
func devScript(dev bool) template.HTML {
	if !dev {
		return ""
	}
	return template.HTML(`<script src="` + DevScriptPath + `"></script>`)
}
