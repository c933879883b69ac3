// Package version holds fengong's version, set at link time with
// -ldflags "-X github.com/fengong/fengong/internal/version.Version=v1.2.3".
package version

import "runtime/debug"

// Version is the release; "dev" for a plain build.
var Version = "dev"

func init() {
	if Version != "dev" {
		return
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		Version = info.Main.Version
	}
}
