package worldmap

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/internal/browsertest"
)

// TestDemoInBrowser loads the demo page in headless Chromium at 1,400 px and checks what a
// reader would: no console error, at least 150 country shapes, shading present, a hover title,
// a click on a country selecting it and filling the panel, the measure buttons switching the
// shading and the legend, no overlapping legend labels; it saves screenshots.
func TestDemoInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.Start(t)
	dir := browsertest.ArtifactsDir(t)
	page := filepath.Join(dir, "worldmap-demo.html")
	if err := os.WriteFile(page, demoPage(t), 0o644); err != nil {
		t.Fatal(err)
	}
	p := b.Open(page, 1400, 900)
	if errs := p.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
	if n := p.Count("svg.worldmap .countries path.c[data-iso]"); n < 150 {
		t.Errorf("%d country shapes, want at least 150", n)
	}
	// Shading: countries whose computed fill is not the no-data grey.
	shaded := func() int {
		return browsertest.Eval[int](p, `Array.prototype.filter.call(document.querySelectorAll("svg.worldmap .c[data-iso]"),
		  function(e){ return getComputedStyle(e).fill !== "rgb(220, 220, 216)"; }).length`)
	}
	nMentions := len(demoData().Measures[0].Values)
	if got := shaded(); got < nMentions-5 || got > nMentions+20 {
		t.Errorf("%d shapes shaded for mentions, want about %d (one per country with data, plus tiny markers)", got, nMentions)
	}
	if got := p.Text(`path.c[data-iso="FRA"] title`); !strings.HasPrefix(got, "France\nMentions: 575") {
		t.Errorf("hover title of France = %q", got)
	}
	p.Hover(`path.c[data-iso="FRA"]`)
	if got := browsertest.Eval[string](p, `getComputedStyle(document.querySelector('path.c[data-iso="FRA"]')).strokeWidth`); got != "1.2px" {
		t.Errorf("France under the mouse has stroke width %q, want the hover outline 1.2px", got)
	}
	// Vatican City has no outline at this scale: its marker must be there, shaded and clickable.
	if n := p.Count(`.tiny circle.c[data-iso="VAT"]`); n != 1 {
		t.Errorf("%d markers for Vatican City, want 1", n)
	}
	p.Click(`path.c[data-iso="BRA"]`)
	if got := p.Text("#panel"); !strings.HasPrefix(got, "Brazil (BRA): mentions 92") {
		t.Errorf("after a click on Brazil the panel says %q", got)
	}
	if n := p.Count(`.c.selected[data-iso="BRA"]`); n != 1 {
		t.Errorf("Brazil not marked selected after the click (%d)", n)
	}
	p.Click(`.tiny circle.c[data-iso="SGP"]`)
	if got := p.Text("#panel"); !strings.HasPrefix(got, "Singapore (SGP)") {
		t.Errorf("after a click on Singapore's marker the panel says %q", got)
	}
	p.Screenshot("worldmap-mentions")

	// Switch to the diverging measure: Russia turns red, Germany teal, the legend follows.
	p.Click(`button[data-measure="coop-conflict"]`)
	if got := browsertest.Eval[string](p, `document.getElementById("worldmap").getAttribute("data-measure")`); got != "coop-conflict" {
		t.Fatalf("data-measure = %q after the button", got)
	}
	fill := func(iso string) []int {
		return browsertest.Eval[[]int](p, `getComputedStyle(document.querySelector('path.c[data-iso="`+iso+`"]')).fill.match(/\d+/g).map(Number)`)
	}
	if c := fill("RUS"); !(c[0] > c[1]+40 && c[0] > c[2]+40) {
		t.Errorf("Russia (cooperation − conflict −41) filled %v, want red", c)
	}
	if c := fill("DEU"); !(c[1] > c[0]+20 && c[2] > c[0]+20) {
		t.Errorf("Germany (+14) filled %v, want teal", c)
	}
	visibleLegends := browsertest.Eval[[]string](p, `Array.prototype.filter.call(document.querySelectorAll("svg.worldmap .legend"),
	  function(e){ return getComputedStyle(e).display !== "none"; }).map(function(e){ return e.getAttribute("data-for"); })`)
	if len(visibleLegends) != 1 || visibleLegends[0] != "coop-conflict" {
		t.Errorf("visible legends %v, want [coop-conflict]", visibleLegends)
	}
	for _, key := range []string{"mentions", "events", "coop-conflict", "goldstein"} {
		p.Click(`button[data-measure="` + key + `"]`)
		if ov := browsertest.Overlaps(p.TextBoxes("svg.worldmap text"), 0.5); len(ov) > 0 {
			t.Errorf("%s: overlapping labels: %v", key, ov)
		}
	}
	p.Click(`button[data-measure="coop-conflict"]`)
	p.Screenshot("worldmap-coop-conflict")
	if h := p.Height(); h > 1200 {
		t.Errorf("demo page %d px tall at 1,400 px wide", h)
	}
	if errs := p.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors after the clicks: %v", errs)
	}
}
