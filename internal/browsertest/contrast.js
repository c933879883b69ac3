// A WCAG 2.x contrast audit of the page as rendered, run by contrast_test.go.
// Called as (audit)({print: bool}); returns {checked, findings}: how many
// things of each kind it judged, and those that fail.
//
// Text (1.4.3): every visible text node, ::before/::after content and
// placeholder needs 4.5:1 against the background it is painted on, 3:1 when
// large (24px, or 18.66px bold). Non-text (1.4.11): chart marks and form
// field edges need 3:1, and every focusable element must show a focus
// outline of 3:1 against what surrounds it.
//
// The background of text is found by walking up the ancestors, compositing
// their background colours until one is opaque, over a white canvas. That
// is exact for this stylesheet, which places no text over boxes other than
// its ancestors'; a background image is reported rather than guessed. A
// focus ring is judged against what hit testing finds under it on each side.
// In print, backgrounds are dropped, as browsers do unless
// print-color-adjust: exact.
(opts) => {
  const findings = [];
  const checked = {text: 0, focus: 0, chart: 0, field: 0};
  const white = [255, 255, 255, 1];

  function parse(s) {
    const m = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(s);
    if (!m) return null;
    return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
  }
  const over = (fg, bg) => { // fg composited over an opaque bg
    const a = fg[3];
    return [0, 1, 2].map(i => fg[i] * a + bg[i] * (1 - a)).concat(1);
  };
  const lum = c => {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = c => "#" + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, "0")).join("");

  function selector(el) {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      let s = e.localName;
      const cls = [...e.classList].slice(0, 2);
      if (cls.length) s += "." + cls.join(".");
      if (e.localName === "a" && e.getAttribute("aria-current")) s += "[aria-current]";
      parts.unshift(s);
      if (e.localName === "body") break;
    }
    return parts.join(" > ");
  }

  // report records a failure; under, when given, is the element whose
  // colour bg is (for a focus ring, the one it is drawn over).
  function report(kind, el, text, fg, bg, need, under) {
    const r = ratio(fg, bg);
    if (r >= need) return;
    findings.push({kind, sel: selector(el), text: text.trim().slice(0, 40),
      fg: hex(fg), bg: hex(bg), ratio: Math.floor(r * 100) / 100, need, over: under ? selector(under) : ""});
  }

  function problem(el, text, what) {
    findings.push({kind: "unjudged", sel: selector(el), text: text.trim().slice(0, 40), fg: what, bg: "", ratio: 0, need: 0});
  }

  // Results per element, kept while no style changes (cleared on focus).
  let memo = new Map();
  function cached(kind, el, f) {
    let m = memo.get(el);
    if (!m) memo.set(el, m = {});
    if (!(kind in m)) m[kind] = f();
    return m[kind];
  }

  // background returns the opaque colour behind el's content, or null after
  // reporting why it cannot tell.
  function background(el, text) {
    return cached("bg", el, () => backgroundOf(el, text));
  }

  function backgroundOf(el, text) {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const cs = getComputedStyle(e);
      const dropped = opts.print && (cs.printColorAdjust || cs.webkitPrintColorAdjust) !== "exact";
      if (dropped) continue;
      if (cs.backgroundImage !== "none") { problem(e, text, "background-image " + cs.backgroundImage.slice(0, 40)); return null; }
      const c = parse(cs.backgroundColor);
      if (!c) { problem(e, text, "background " + cs.backgroundColor); return null; }
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reverse().reduce((bg, c) => over(c, bg), white);
  }

  // An element's colour with its own and its ancestors' opacity applied.
  function faded(el, c) {
    let a = c[3];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) a *= +getComputedStyle(e).opacity;
    return [c[0], c[1], c[2], a];
  }

  const svgShapes = "rect, circle, ellipse, path, polygon, polyline, line";
  const filledShapes = "rect, circle, ellipse, path, polygon";

  // In SVG the background of a text or mark is the topmost filled shape
  // drawn before it that covers its centre, else the page behind the <svg>.
  function svgBackground(el, text) {
    const r = el.getBoundingClientRect();
    const before = s => s !== el && (s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    return svgGround(el.ownerSVGElement || el, r.left + r.width / 2, r.top + r.height / 2, before, text);
  }

  function svgGround(svg, x, y, counts, text) {
    let bg = background(svg.parentElement, text);
    if (!bg) return null;
    for (const s of svg.querySelectorAll(filledShapes)) {
      const b = s.getBoundingClientRect();
      if (!counts(s) || x < b.left || x > b.right || y < b.top || y > b.bottom) continue;
      const fill = paint(s, "fill");
      if (fill) bg = over(fill, bg);
    }
    return bg;
  }

  function paint(el, prop) {
    const cs = getComputedStyle(el);
    const c = parse(cs[prop]);
    if (!c) return null;
    return faded(el, [c[0], c[1], c[2], c[3] * +cs[prop + "Opacity"]]);
  }

  function hidden(el) {
    return cached("hidden", el, () => hiddenNow(el));
  }

  function hiddenNow(el) {
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return true;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.clip === "rect(0px, 0px, 0px, 0px)" || cs.clipPath !== "none") return true;
    }
    return false;
  }

  // onScreen says whether any of the boxes shows on the page, rather than
  // beyond its left edge where the skip link waits until focused. A line in
  // a chart has a box of zero width or height, so thin is enough for it.
  function onScreen(rects, thin) {
    for (const r of rects) {
      const shows = thin ? r.width > 1 || r.height > 1 : r.width > 1 && r.height > 1;
      if (shows && r.right > 0 && r.bottom > 0) return true;
    }
    return false;
  }

  function needFor(cs) {
    const px = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight, 10) >= 700;
    return px >= 24 || (bold && px >= 18.66) ? 3 : 4.5;
  }

  function checkText(el, text, cs, rects) {
    if (!onScreen(rects) || hidden(el)) return;
    const inSVG = el instanceof SVGElement;
    const raw = parse(inSVG ? cs.fill : cs.color);
    if (!raw) { problem(el, text, "colour " + (inSVG ? cs.fill : cs.color)); return; }
    const bg = inSVG ? svgBackground(el, text) : background(el, text);
    if (!bg) return;
    const fg = faded(el, inSVG ? [raw[0], raw[1], raw[2], raw[3] * +cs.fillOpacity] : raw);
    checked.text++;
    report("text", el, text, over(fg, bg), bg, needFor(cs));
  }

  function textIn(root) {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!n.data.trim() || !el || ["script", "style", "title", "noscript"].includes(el.localName)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      checkText(el, n.data, getComputedStyle(el), range.getClientRects());
    }
    for (const el of root.querySelectorAll("*")) {
      for (const pseudo of ["::before", "::after"]) {
        const cs = getComputedStyle(el, pseudo);
        const m = /^"(.*)"$/.exec(cs.content);
        if (cs.display === "none" || !m || !m[1].trim()) continue;
        checkText(el, m[1], cs, el.getClientRects());
      }
    }
  }

  function fields() {
    for (const el of document.querySelectorAll("input:not([type=hidden]), textarea, select")) {
      if (hidden(el) || !onScreen(el.getClientRects())) continue;
      const cs = getComputedStyle(el);
      if (el.placeholder && !el.value) {
        checkText(el, el.placeholder, getComputedStyle(el, "::placeholder"), el.getClientRects());
      } else if (el.value) {
        checkText(el, el.value, cs, el.getClientRects());
      }
      // The field's edge: its border or its own fill against the page.
      const outside = background(el.parentElement, el.name || el.id);
      const inside = background(el, el.name || el.id);
      const border = parse(cs.borderTopColor);
      if (!outside || !inside || !border) continue;
      const edge = [over(faded(el, border), outside), inside].sort((a, b) => ratio(b, outside) - ratio(a, outside))[0];
      checked.field++;
      report("field edge", el, el.placeholder || el.name, edge, outside, 3);
    }
  }

  // Chart marks carry data, so they need 3:1 against the chart's ground.
  // A shape filled like its ground (a box) is judged by its stroke.
  function charts() {
    for (const s of document.querySelectorAll(`svg.chart :is(${svgShapes})`)) {
      if (hidden(s) || !onScreen(s.getClientRects(), true)) continue;
      const bg = svgBackground(s, s.getAttribute("class") || s.localName);
      if (!bg) continue;
      const fill = s.matches(filledShapes) && paint(s, "fill"), stroke = paint(s, "stroke");
      const ownFill = fill && fill[3] > 0 && ratio(over(fill, bg), bg) > 1.01;
      const c = ownFill ? fill : stroke;
      if (!c || c[3] === 0) continue;
      checked.chart++;
      report(ownFill ? "chart fill" : "chart stroke", s, s.getAttribute("class") || s.localName, over(c, bg), bg, 3);
    }
  }

  const focusable = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";

  // Each focusable element, focused from script as a keyboard user would
  // reach it, must draw an outline that stands out from its surroundings;
  // its text is audited again while focused (the skip link only shows then).
  // Focus moves from element to element without a blur in between: that
  // keeps :focus-visible matching, as it does for a keyboard user.
  function focus() {
    for (const el of document.querySelectorAll(focusable)) {
      if (el.closest("[inert]") || el.matches("[disabled]")) continue;
      el.focus({focusVisible: true});
      memo = new Map();
      if (document.activeElement !== el) continue;
      const label = (el.textContent || el.placeholder || el.getAttribute("aria-label") || "").trim();
      if (!onScreen(el.getClientRects()) || hidden(el)) continue;
      if (!el.matches(":focus-visible")) { problem(el, label, "focus without :focus-visible"); continue; }
      checked.focus++;
      const cs = getComputedStyle(el);
      const ring = parse(cs.outlineColor);
      if (cs.outlineStyle === "none" || parseFloat(cs.outlineWidth) === 0 || !ring || ring[3] === 0) {
        findings.push({kind: "no focus outline", sel: selector(el), text: label.slice(0, 40), fg: "", bg: "", ratio: 0, need: 3});
      } else {
        checkRing(el, faded(el, ring), ringGrounds(el, cs, label), label);
      }
      textIn(el);
    }
    document.activeElement.blur();
  }

  // checkRing requires the ring to stand out on three of its four sides: a
  // neighbour may abut one side (on a phone the nav's rows touch, and the
  // current page's white tab lies under the ring of the link above it),
  // but a ring lost on two sides no longer shows where focus is.
  function checkRing(el, ring, grounds, label) {
    const fails = grounds.filter(([bg]) => ratio(over(ring, bg), bg) < 3);
    const allowed = grounds.length >= 4 ? 1 : 0;
    if (fails.length <= allowed) return;
    for (const [bg, under] of fails) report("focus outline", el, label, over(ring, bg), bg, 3, under);
  }

  // ringGrounds returns the colours the outline is drawn over: what is
  // painted, outside the element, in the middle of the ring on each side.
  // The skip link, for one, is drawn over the masthead, not its parent.
  function ringGrounds(el, cs, label) {
    const r = el.getClientRects()[0];
    // Half a pixel inside the ring's middle: hit testing rounds to whole
    // pixels, and the ring's outer edge may graze a neighbour.
    const d = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) / 2 - 0.5;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const grounds = [];
    for (const [x, y] of [[r.left - d, cy], [r.right + d, cy], [cx, r.top - d], [cx, r.bottom + d]]) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const under = document.elementsFromPoint(x, y).find(e => e !== el && !el.contains(e));
      if (!under) continue;
      const svg = under instanceof SVGElement ? (under.ownerSVGElement || under) : null;
      const bg = svg ? svgGround(svg, x, y, s => s !== el && !el.contains(s), label) : groundAt(under, x, y, parseFloat(cs.outlineWidth), label);
      if (bg) grounds.push([bg, under]);
    }
    if (!grounds.length) {
      const bg = background(el.parentElement, label);
      if (bg) grounds.push([bg, el.parentElement]);
    }
    return grounds; // [colour, element] pairs
  }

  // groundAt is the colour of el at a point: its border there, if the point
  // falls on one at least half as wide as the ring (the nav's rings lie on
  // the masthead's bottom border; a badge's hairline does not count), else
  // its background.
  function groundAt(el, x, y, ringWidth, label) {
    const bg = background(el, label);
    if (!bg || opts.print) return bg;
    const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
    const sides = {Top: y - r.top, Bottom: r.bottom - y, Left: x - r.left, Right: r.right - x};
    for (const [side, depth] of Object.entries(sides)) {
      const c = parse(cs[`border${side}Color`]);
      const w = parseFloat(cs[`border${side}Width`]);
      if (depth < w && w >= ringWidth / 2 && cs[`border${side}Style`] !== "none" && c) return over(faded(el, c), bg);
    }
    return bg;
  }

  for (const d of document.querySelectorAll("details")) d.open = true;
  textIn(document.body);
  fields();
  charts();
  if (!opts.print) focus();
  return {checked, findings};
}
