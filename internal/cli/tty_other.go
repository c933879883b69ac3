//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package cli

import "os"

// isTerminal treats a character device as a terminal where there is no
// termios to ask (Windows' console is one; NUL is too, rarely redirected to).
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
