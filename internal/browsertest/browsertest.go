// Package browsertest drives headless Chromium for the tests of geopol's HTML pages (report.html,
// the world map demo): it opens a local page at a given window width, records what the page
// writes to the console (errors, uncaught exceptions, failed loads), counts elements, evaluates
// expressions, clicks elements with real mouse events, measures the bounding boxes of text
// drawn in SVG to find overlapping labels, reads the page height, and saves full-page
// screenshots to $GEOPOL_ARTIFACTS.
//
// The browser is Debian's Chromium at /usr/bin/chromium (CI installs it: apt-get install
// chromium), driven over the DevTools protocol through a pipe (github.com/chromedp/chromedp),
// so no port is opened. Start skips the test when the browser is missing, and fails it instead
// when GEOPOL_REQUIRE_BROWSER=1 (as CI sets). Pages are opened from files and must not load
// anything from the network: the browser runs with background networking off.
//
// Every method reports failures through the testing.TB it was opened with, so a test reads as
// a list of checks:
//
//	b := browsertest.Start(t)
//	p := b.Open(page, 1400, 900)
//	if errs := p.ConsoleErrors(); len(errs) > 0 { t.Errorf("console: %v", errs) }
//	if n := p.Count("svg.worldmap path.c"); n < 150 { t.Errorf("%d country shapes", n) }
//	p.Click(`path.c[data-iso="FRA"]`)
//	p.Screenshot("worldmap")
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is where the project's CI installs headless Chromium.
const ChromiumPath = "/usr/bin/chromium"

// Timeout bounds each page operation (load, evaluation, click, screenshot).
const Timeout = 60 * time.Second

// Browser is one headless Chromium process; each Open is a new tab of it.
type Browser struct {
	t      testing.TB
	ctx    context.Context
	cancel context.CancelFunc
}

// Available reports whether the browser is installed.
func Available() bool {
	_, err := os.Stat(ChromiumPath)
	return err == nil
}

// Start starts headless Chromium for the test and stops it when the test ends. It skips the
// test when the browser is missing, or fails it when GEOPOL_REQUIRE_BROWSER=1.
func Start(t testing.TB) *Browser {
	t.Helper()
	if !Available() {
		msg := "headless Chromium not found at " + ChromiumPath + " (apt-get install chromium); browser test skipped"
		if os.Getenv("GEOPOL_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + " but GEOPOL_REQUIRE_BROWSER=1")
		}
		t.Skip(msg)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(ChromiumPath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("font-render-hinting", "none"),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	// The first run starts the browser; it must not carry a timeout (that would stop the browser).
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		acancel()
		t.Fatalf("start chromium: %v", err)
	}
	b := &Browser{t: t, ctx: ctx, cancel: func() { cancel(); acancel() }}
	t.Cleanup(b.cancel)
	return b
}

// Page is a page open in a tab of the browser.
type Page struct {
	t        testing.TB
	ctx      context.Context
	path     string
	mu       sync.Mutex
	messages []chromedp.ConsoleMessage
}

// Open loads the page file at path in a new tab whose viewport is width × height CSS pixels,
// and waits until it has loaded. The console is recorded from before the load.
func (b *Browser) Open(path string, width, height int) *Page {
	b.t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		b.t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(b.ctx)
	b.t.Cleanup(cancel)
	p := &Page{t: b.t, ctx: ctx, path: abs}
	if err := chromedp.Do(ctx); err != nil { // create the tab
		b.t.Fatalf("open tab: %v", err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.messages = append(p.messages, m)
			p.mu.Unlock()
		}
	}()
	p.do(chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate("file://"+abs))
	return p
}

// do runs actions with the page timeout, failing the test on error.
func (p *Page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.t.Fatalf("%s: %v", filepath.Base(p.path), err)
	}
}

// Messages returns what the page wrote to the console so far.
func (p *Page) Messages() []chromedp.ConsoleMessage {
	// Let the events of the last actions arrive.
	_ = Eval[bool](p, "true")
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]chromedp.ConsoleMessage(nil), p.messages...)
}

// ConsoleErrors returns the errors, uncaught exceptions and failed loads the page reported, as
// text with their source location.
func (p *Page) ConsoleErrors() []string {
	var out []string
	for _, m := range p.Messages() {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
			s := m.String()
			if m.URL != "" {
				s += fmt.Sprintf(" (%s:%d)", filepath.Base(m.URL), m.Line)
			}
			out = append(out, s)
		}
	}
	return out
}

// Eval evaluates a JavaScript expression in the page and returns its value decoded from JSON
// into T. A thrown exception fails the test.
func Eval[T any](p *Page, expr string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	// Round-trip through JSON text so any T that encoding/json decodes works.
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string]("JSON.stringify("+expr+") ?? \"null\""))
	if err != nil {
		p.t.Fatalf("%s: evaluate %s: %v", filepath.Base(p.path), expr, err)
	}
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		p.t.Fatalf("%s: evaluate %s: decode %q: %v", filepath.Base(p.path), expr, s, err)
	}
	return v
}

// Count returns the number of elements that match a CSS selector.
func (p *Page) Count(selector string) int {
	p.t.Helper()
	return Eval[int](p, "document.querySelectorAll("+jsString(selector)+").length")
}

// Text returns the text content of the first element that matches a selector ("" when none).
func (p *Page) Text(selector string) string {
	p.t.Helper()
	return Eval[string](p, "(document.querySelector("+jsString(selector)+")||{}).textContent||''")
}

// Height returns the height of the whole page in CSS pixels at the tab's width.
func (p *Page) Height() int {
	p.t.Helper()
	return Eval[int](p, "Math.ceil(document.documentElement.scrollHeight)")
}

// Click scrolls the first element that matches the selector into view and clicks it with real
// mouse events, at the point of the element nearest its centre that the element itself
// receives (the centre of a country's bounding box may be sea, or a neighbour). It fails the
// test when no element matches or none of its points is hit.
func (p *Page) Click(selector string) {
	p.t.Helper()
	x, y := p.pointOf(selector)
	p.do(chromedp.MouseClickXY(x, y))
}

// Hover moves the mouse over the first element that matches the selector, at the point Click
// would click, so that its :hover style applies.
func (p *Page) Hover(selector string) {
	p.t.Helper()
	x, y := p.pointOf(selector)
	p.do(chromedp.MouseEvent(chromedp.MouseMoved, x, y))
}

// pointOf scrolls the element into view and returns a point of the viewport that the element
// receives, the nearest its centre on a 25 × 25 grid over its bounding box.
func (p *Page) pointOf(selector string) (x, y float64) {
	p.t.Helper()
	pt := Eval[*struct{ X, Y float64 }](p, `(function(){
  var el = document.querySelector(`+jsString(selector)+`);
  if (!el) return null;
  el.scrollIntoView({block: "center", inline: "center", behavior: "instant"});
  var r = el.getBoundingClientRect(), best = null, bd = Infinity;
  var cx = r.left + r.width/2, cy = r.top + r.height/2;
  for (var i = 0; i <= 24; i++) for (var j = 0; j <= 24; j++) {
    var x = r.left + r.width*i/24, y = r.top + r.height*j/24;
    var h = document.elementFromPoint(x, y);
    if (h && (h === el || el.contains(h))) {
      var d = (x-cx)*(x-cx) + (y-cy)*(y-cy);
      if (d < bd) { bd = d; best = {X: x, Y: y}; }
    }
  }
  return best;
})()`)
	if pt == nil {
		p.t.Fatalf("%s: %s: no such element, or no visible point of it", filepath.Base(p.path), selector)
	}
	return pt.X, pt.Y
}

// Box is the bounding box of an element in CSS pixels of the page, with the element's text.
type Box struct {
	Text            string
	Left, Top, W, H float64
}

// TextBoxes returns the bounding boxes of the visible SVG text elements that match the selector
// (for example "svg#net text"), measured by the browser.
func (p *Page) TextBoxes(selector string) []Box {
	p.t.Helper()
	return Eval[[]Box](p, `Array.prototype.filter.call(document.querySelectorAll(`+jsString(selector)+`), function(e){
  var s = getComputedStyle(e); return s.display !== "none" && s.visibility !== "hidden" && e.getBBox().width > 0;
}).map(function(e){ var r = e.getBoundingClientRect();
  return {Text: e.textContent, Left: r.left + scrollX, Top: r.top + scrollY, W: r.width, H: r.height}; })`)
}

// Overlaps returns the pairs of boxes that overlap by more than tol pixels in both directions.
func Overlaps(boxes []Box, tol float64) [][2]Box {
	var out [][2]Box
	for i, a := range boxes {
		for _, b := range boxes[i+1:] {
			dx := min(a.Left+a.W, b.Left+b.W) - max(a.Left, b.Left)
			dy := min(a.Top+a.H, b.Top+b.H) - max(a.Top, b.Top)
			if dx > tol && dy > tol {
				out = append(out, [2]Box{a, b})
			}
		}
	}
	return out
}

// Screenshot saves a PNG of the whole page as NAME.png in ArtifactsDir and returns its path.
func (p *Page) Screenshot(name string) string {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("%s: screenshot: %v", filepath.Base(p.path), err)
	}
	if len(png) < 1000 {
		p.t.Errorf("%s: screenshot of %d bytes: blank?", filepath.Base(p.path), len(png))
	}
	out := filepath.Join(ArtifactsDir(p.t), name+".png")
	if err := os.WriteFile(out, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	return out
}

// ScreenshotElement saves a PNG of the first element that matches the selector, drawn at scale
// (1 for CSS pixels, 0.5 for half size), as path, and returns its size in bytes. It makes the
// small images of the documentation.
func (p *Page) ScreenshotElement(selector string, scale float64, path string) int {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.ScreenshotScale(chromedp.CSS(selector), scale))
	if err != nil {
		p.t.Fatalf("%s: screenshot of %s: %v", filepath.Base(p.path), selector, err)
	}
	if len(png) < 1000 {
		p.t.Errorf("%s: screenshot of %s: %d bytes: blank?", filepath.Base(p.path), selector, len(png))
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	return len(png)
}

// ArtifactsDir is where browser tests leave pages and screenshots: $GEOPOL_ARTIFACTS when set
// (created if needed), else a temporary directory of the test.
func ArtifactsDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("GEOPOL_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return strings.ReplaceAll(string(b), "</", `<\/`)
}
