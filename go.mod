module github.com/fengong/fengong

go 1.26.8

require (
	github.com/go-pdf/fpdf v0.9.0 // indirect
	github.com/spf13/pflag v1.1.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
