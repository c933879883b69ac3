package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/build"
)

// Handler serves the built site and the preview's own two URLs.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(build.DevScriptPath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte(reloadJS))
	})
	mux.HandleFunc("/__fengong/events", s.events)
	mux.HandleFunc("/", s.file)
	return mux
}

// file answers a file of the last good build, as a static server would
// from the built folder: a folder's index.html for a URL ending in /, a
// redirect to add the / for a folder, people/m1.html for people/m1 (as
// GitHub Pages and most static hosts do), and 404.html with status 404.
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	s.mu.Lock()
	site := s.site
	s.mu.Unlock()
	if site == nil {
		http.Error(w, "the preview has not built yet: fix the errors shown by fengong serve and save", http.StatusServiceUnavailable)
		return
	}
	p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if p == "" || strings.HasSuffix(r.URL.Path, "/") {
		p = path.Join(p, "index.html")
	}
	b, ok, err := site.File(p)
	if !ok && err == nil && path.Ext(p) == "" {
		b, ok, err = site.File(p + ".html")
	}
	if err != nil {
		http.Error(w, fmt.Sprintf("fengong serve cannot make %s: %v; fix it and save", p, err), http.StatusInternalServerError)
		return
	}
	if ok {
		http.ServeContent(w, r, p, time.Time{}, bytes.NewReader(b))
		return
	}
	if _, ok, _ := site.File(path.Join(p, "index.html")); ok {
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	b, _, _ = site.File("404.html")
	w.Write(b)
}

// events streams the build state: one message now, one after each rebuild.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	s.subs[ch] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.subs, ch)
		s.mu.Unlock()
	}()
	send := func() {
		v, errs, checking := s.state()
		b, _ := json.Marshal(map[string]any{"version": v, "errors": errs, "checking": checking})
		fmt.Fprintf(w, "data: %s\n\n", b)
		flusher.Flush()
	}
	send()
	keepalive := time.NewTicker(20 * time.Second)
	defer keepalive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-ch:
			send()
		case <-keepalive.C:
			fmt.Fprint(w, ": keepalive\n\n")
			flusher.Flush()
		}
	}
}

// reloadJS reloads the page when another site is shown (a newer build, or
// the last good one again after a failed check), shows check errors in an
// overlay (as text, never as HTML) until a build succeeds, and a note
// while the site shown is being checked.
const reloadJS = `(function () {
  "use strict";
  var seen = -1, box = null, note = null;
  function checking(on) {
    if (!on) { if (note) { note.remove(); note = null; } return; }
    if (note) return;
    note = document.createElement("div");
    note.id = "fengong-checking";
    note.setAttribute("role", "status");
    note.style.cssText = "position:fixed;right:.5rem;bottom:.5rem;z-index:99998;background:#333;color:#fff;padding:.2rem .5rem;font:12px/1.5 monospace;opacity:.85";
    note.textContent = "fengong check is running on this version…";
    document.body.appendChild(note);
  }
  function overlay(text) {
    if (!text) { if (box) { box.remove(); box = null; } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "fengong-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,0,0,.92);color:#fff;padding:2rem;font:14px/1.5 monospace;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "fengong check found errors; the page shows the last good build.\n\n" + text;
  }
  var es = new EventSource("/__fengong/events");
  es.onmessage = function (e) {
    var st = JSON.parse(e.data);
    if (seen >= 0 && st.version !== seen) { location.reload(); return; }
    seen = st.version;
    overlay(st.errors);
    checking(st.checking);
  };
})();
`
