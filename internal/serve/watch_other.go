//go:build !linux

package serve

import "time"

// newWatcher polls where fengong has no native watcher.
func newWatcher(root string, poll time.Duration) (watcher, error) {
	return newPoller(root, poll), nil
}
