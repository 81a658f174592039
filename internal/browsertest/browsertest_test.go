package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOverlaps(t *testing.T) {
	boxes := []Box{
		{Text: "a", Left: 0, Top: 0, W: 10, H: 10},
		{Text: "b", Left: 9.5, Top: 0, W: 10, H: 10}, // 0.5 px into a
		{Text: "c", Left: 5, Top: 5, W: 10, H: 10},   // well into a and b
		{Text: "d", Left: 40, Top: 0, W: 10, H: 10},
	}
	got := Overlaps(boxes, 1)
	var pairs []string
	for _, p := range got {
		pairs = append(pairs, p[0].Text+p[1].Text)
	}
	if strings.Join(pairs, " ") != "ac bc" {
		t.Errorf("overlapping pairs %v, want [ac bc]", pairs)
	}
}

// TestHarness checks that the harness sees what it must: a script error and a console.error,
// a click that changes the page, overlapping SVG text, and the page height.
func TestHarness(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := Start(t)
	page := filepath.Join(t.TempDir(), "page.html")
	html := `<!DOCTYPE html><html><body style="margin:0">
<div id="out">before</div>
<button id="b" onclick="document.getElementById('out').textContent='after'">go</button>
<svg width="300" height="100"><text x="10" y="20">overlap one</text><text x="14" y="22">overlap two</text>
<text x="200" y="80">alone</text><text x="10" y="80" style="display:none">hidden</text></svg>
<div style="height:2000px"></div>
<script>console.error("deliberate error"); undefinedFunction();</script>
</body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	p := b.Open(page, 800, 600)
	errs := strings.Join(p.ConsoleErrors(), "\n")
	if !strings.Contains(errs, "deliberate error") || !strings.Contains(errs, "undefinedFunction") {
		t.Errorf("console errors not seen: %q", errs)
	}
	if n := p.Count("svg text"); n != 4 {
		t.Errorf("Count = %d", n)
	}
	p.Click("#b")
	if got := p.Text("#out"); got != "after" {
		t.Errorf("after the click #out says %q", got)
	}
	boxes := p.TextBoxes("svg text")
	if len(boxes) != 3 {
		t.Errorf("%d visible text boxes, want 3: %+v", len(boxes), boxes)
	}
	if ov := Overlaps(boxes, 1); len(ov) != 1 || ov[0][0].Text != "overlap one" {
		t.Errorf("overlaps %+v", ov)
	}
	if h := p.Height(); h < 2000 || h > 2300 {
		t.Errorf("page height %d", h)
	}
	if fi, err := os.Stat(p.Screenshot("browsertest-harness")); err != nil || fi.Size() < 1000 {
		t.Errorf("screenshot: %v", err)
	}
}
