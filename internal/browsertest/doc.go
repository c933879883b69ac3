// Package browsertest drives Debian's headless Chromium over the built
// handbook and the live preview: pages render, scripts run without errors,
// no request leaves 127.0.0.1, search finds Chinese text, serve reloads
// after an edit, XSS payloads in the records do not execute, and every text,
// focus ring and chart mark of every page kind has the WCAG contrast it
// needs on screen, on a phone and in print (contrast.js, run in the page).
//
// The tests skip when chromium is not installed, except in CI (CI=true),
// where they fail. One browser serves every test to keep the suite fast.
package browsertest
