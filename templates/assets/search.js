// fengong handbook search: loads only the index shards a query needs.
// The index format is documented in internal/search (package doc). Shards
// are scripts calling fengongSearch.add, so search works from file:// too.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  if (!results) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var base = results.getAttribute("data-index"); // e.g. "../search/"
  var root = results.getAttribute("data-root"); // e.g. "../"
  var waiting = {}, loaded = {};

  window.fengongSearch = {
    add: function (name, data) {
      loaded[name] = data;
      (waiting[name] || []).forEach(function (f) { f(data); });
      delete waiting[name];
    }
  };

  function load(name) {
    return new Promise(function (resolve, reject) {
      if (name in loaded) return resolve(loaded[name]);
      if (waiting[name]) return waiting[name].push(resolve);
      waiting[name] = [resolve];
      var s = document.createElement("script");
      s.src = base + name + ".js";
      s.onerror = function () { reject(new Error("cannot load " + s.src)); };
      document.head.appendChild(s);
    });
  }

  var han = /\p{Script=Han}/u, word = /[A-Za-z0-9]/;

  // runs splits a query into Han runs and Latin/digit words (lowercased).
  function runs(q) {
    var out = [], cur = "", kind = "";
    for (var ch of q) {
      var k = han.test(ch) ? "h" : word.test(ch) ? "w" : "";
      if (k !== kind && cur) { out.push(cur); cur = ""; }
      kind = k;
      if (k) cur += k === "w" ? ch.toLowerCase() : ch;
    }
    if (cur) out.push(cur);
    return out;
  }

  // terms mirrors search.QueryTerms: bigrams of Han runs, the single
  // character of a one-character run, words as they are; the first max.
  function terms(q, max) {
    var out = [], rs = runs(q), num = /^[0-9]+$/, unit = /^[年月日号届次期]$/;
    rs.forEach(function (r, i) {
      var cs = Array.from(r);
      // A number and its unit are one term (7月); a lone unit after a number is in it.
      if (num.test(r) && i + 1 < rs.length && unit.test(Array.from(rs[i + 1])[0])) { out.push(r + Array.from(rs[i + 1])[0]); return; }
      if (cs.length === 1 && unit.test(cs[0]) && i > 0 && num.test(rs[i - 1])) return;
      if (!han.test(cs[0]) || cs.length === 1) { out.push(r); return; }
      for (var i = 1; i < cs.length; i++) out.push(cs[i - 1] + cs[i]);
    });
    return out.filter(function (t, i) { return out.indexOf(t) === i; }).slice(0, max);
  }

  function fnv1a(s) {
    var h = 0x811c9dc5, bytes = new TextEncoder().encode(s);
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }

  // decode reads a posting list, either encoding (see internal/search).
  function decode(list) {
    var out = [], doc = 0;
    if (list[0] === "~") {
      for (var j = 1; j < list.length; j++) {
        for (var v = parseInt(list[j], 36), k = 0; k < 3; k++, v = (v / 3) | 0) {
          if (v % 3) out.push([(j - 1) * 3 + k, v % 3 - 1]);
        }
      }
      return out;
    }
    list.split(",").forEach(function (x, i) {
      var v = parseInt(x, 36);
      doc = (i ? doc : 0) + (v >> 1);
      out.push([doc, v & 1]);
    });
    return out;
  }

  function mark(el, text, needles) {
    var lower = text.toLowerCase(), i = 0;
    while (i < text.length) {
      var best = -1, len = 0;
      needles.forEach(function (n) {
        var j = lower.indexOf(n, i);
        if (j >= 0 && (best < 0 || j < best || (j === best && n.length > len))) { best = j; len = n.length; }
      });
      if (best < 0) break;
      el.appendChild(document.createTextNode(text.slice(i, best)));
      var m = document.createElement("mark");
      m.textContent = text.slice(best, best + len);
      el.appendChild(m);
      i = best + len;
    }
    el.appendChild(document.createTextNode(text.slice(i)));
  }

  function say(msg) { status.textContent = msg; }

  var shown = 0, ranked = [], needles = [], meta = null, generation = 0;

  async function run(q) {
    var gen = ++generation;
    results.textContent = "";
    more.hidden = true;
    meta = await load("meta");
    var ts = terms(q, meta.maxTerms);
    if (!ts.length) { say(""); return; }
    var lists = await Promise.all(ts.map(function (t) {
      return load("t/" + (fnv1a(t) % meta.termShards)).then(function (sh) { return sh[t] ? decode(sh[t]) : []; });
    }));
    if (gen !== generation) return;
    ranked = rank(lists, ts.length);
    needles = runs(q).map(function (r) { return r.toLowerCase(); });
    shown = 0;
    await showPage(gen);
  }

  // rank orders documents by terms matched and terms in the title; when
  // no document has every term, the partial matches are the results.
  function rank(lists, n) {
    var hits = new Map();
    lists.forEach(function (list) {
      list.forEach(function (p) {
        var h = hits.get(p[0]) || { n: 0, title: 0 };
        h.n++; h.title += p[1];
        hits.set(p[0], h);
      });
    });
    var all = Array.from(hits.entries()).filter(function (e) { return e[1].n === n; });
    if (!all.length) all = Array.from(hits.entries());
    return all.sort(function (a, b) {
      return (b[1].n * 10 + b[1].title * 4) - (a[1].n * 10 + a[1].title * 4) || a[0] - b[0];
    });
  }

  // showPage loads the doc shards of the next meta.page results only:
  // what a query downloads stays bounded however many documents match.
  async function showPage(gen) {
    var page = ranked.slice(shown, shown + meta.page);
    var docs = await Promise.all(page.map(function (e) {
      return load("d/" + Math.floor(e[0] / meta.docsPerShard)).then(function (sh) { return sh[e[0] % meta.docsPerShard]; });
    }));
    if (gen !== generation) return;
    docs.forEach(function (d) { results.appendChild(item(d)); });
    shown += docs.length;
    more.hidden = shown >= ranked.length;
    say(ranked.length ? results.getAttribute("data-count").replace("%d", ranked.length) : results.getAttribute("data-empty"));
  }

  function item(d) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + d[0];
    mark(a, d[1], needles);
    var kind = document.createElement("span");
    kind.className = "meta";
    // d[4], when the index carries it, is the date of a meeting, decision
    // or emergency: "决定 · 2024年8月2日" (see internal/search, Doc.Date).
    kind.textContent = " · " + d[2] + (d[4] ? " · " + d[4] : "");
    var ex = document.createElement("p");
    ex.className = "excerpt";
    mark(ex, d[3], needles);
    li.append(a, kind, ex);
    return li;
  }

  var more = document.getElementById("search-more");
  more.addEventListener("click", function () {
    var first = shown; // keyboard users land on the first new result
    showPage(generation).then(function () {
      var li = results.children[first];
      if (li) li.querySelector("a").focus();
    }).catch(function (e) { say(e.message); });
  });

  var q = new URLSearchParams(location.search).get("q") || "";
  input.value = q;
  var box = document.getElementById("site-search");
  if (box) box.value = q;
  if (q) run(q).catch(function (e) { say(e.message); });
  document.querySelector("form.search-page").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var v = input.value.trim();
    history.replaceState(null, "", "?q=" + encodeURIComponent(v));
    run(v).catch(function (e) { say(e.message); });
  });
})();
