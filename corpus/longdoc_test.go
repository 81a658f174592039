package corpus

import (
	"fmt"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus/synthetic"
	"github.com/geopol/geopol/corpus/synthetic/lineartest"
)

// TestCleanScalesLinearly is the regression test for the blank-line rule of issue 17, which looked
// ahead through the whole run of blank lines from each blank line: a text with a million blank lines
// took minutes. Cleaning must cost the same per byte whatever the layout.
func TestCleanScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	var c Cleaner
	shapes := map[string]func(n int) string{
		"blank lines": func(n int) string { return "Iran held talks.\n" + strings.Repeat("\n", n) + "Oman held talks.\n" },
		"white lines": func(n int) string { return "Iran held talks.\n" + strings.Repeat(" \n", n/2) + "Oman held talks.\n" },
		"teasers": func(n int) string {
			return strings.Repeat("Home | World | Politics\nRelated stories\nSome Headline Here Today\nA teaser paragraph that goes on\n\nRead more\n\n", n/100)
		},
		"one line":   func(n int) string { return synthetic.Text(n, synthetic.OneLine, 1) },
		"paragraphs": func(n int) string { return synthetic.Text(n, synthetic.Paragraphs, 1) },
	}
	for name, gen := range shapes {
		lineartest.Check(t, name, 1<<18, func(n int) {
			d := &Document{Text: gen(n), Source: "s"}
			var st LineStats
			st.Add(d)
			c.Clean(d, &st)
		})
	}
}

// TestCleanBlankRuns checks the blank-line rule on runs of blank lines: kept between kept lines,
// dropped at the ends and next to dropped lines.
func TestCleanBlankRuns(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Iran held talks.\n\n\n\nOman held talks.\n", "Iran held talks.\n\n\n\nOman held talks.\n"},
		{"\n\n\nIran held talks.\n\n\n", "Iran held talks.\n"},
		{"Iran held talks.\n\n\nSkip to content\n\n\nOman held talks.\n", "Iran held talks.\nOman held talks.\n"},
		{"\n \n\t\n", ""},
	}
	var c Cleaner
	for _, tt := range tests {
		d := &Document{Text: tt.text}
		c.Clean(d, nil)
		if got := keptText(d); got != tt.want {
			t.Errorf("Clean(%q) kept %q, want %q", tt.text, got, tt.want)
		}
	}
}

// BenchmarkCleanLong cleans one long document of 1, 4 and 16 MB.
func BenchmarkCleanLong(b *testing.B) {
	var c Cleaner
	for _, mb := range []int{1, 4, 16} {
		d := &Document{Text: synthetic.Text(mb<<20, synthetic.Wrapped, 1)}
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				c.Clean(d, nil)
			}
		})
	}
}
