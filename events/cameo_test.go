package events

import (
	"strconv"
	"testing"
)

// Values from events/data/cameo.tsv, generated from the CAMEO reference files (see
// events/data/README.md): labels from the GDELT table, weights from the icews table.
func TestCodebookLookup(t *testing.T) {
	cb, err := Codebook()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code      string
		label     string
		quad      int
		goldstein float64
	}{
		{"01", "MAKE PUBLIC STATEMENT", 1, 0},
		{"010", "Make statement, not specified below", 1, 0},
		{"0253", "Appeal for release of persons or property", 1, -0.3},
		{"044", "Meet at a 'third' location", 1, 2.5},
		{"057", "Sign formal agreement", 1, 8},
		{"0874", "Retreat or surrender militarily", 2, 10},
		{"1056", "Demand de-escalation of military engagement", 3, -5},
		{"106", "Demand withdrawal", 3, -5},
		{"1213", "Reject judicial cooperation", 3, -4},
		{"163", "Impose embargo, boycott, or sanctions", 4, -8},
		{"190", "Use conventional military force, not specified below", 4, -10},
		{"20", "USE UNCONVENTIONAL MASS VIOLENCE", 4, -10},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := cb.Lookup(tt.code)
			if !ok {
				t.Fatalf("Lookup(%q) not found", tt.code)
			}
			if c.Code != tt.code || c.Root != tt.code[:2] || c.Label != tt.label || c.QuadClass != tt.quad || c.Goldstein != tt.goldstein {
				t.Errorf("Lookup(%q) = %+v, want label %q quad %d goldstein %v", tt.code, c, tt.label, tt.quad, tt.goldstein)
			}
		})
	}
	for _, bad := range []string{"", "0", "99", "999", "0100", "abc"} {
		if c, ok := cb.Lookup(bad); ok {
			t.Errorf("Lookup(%q) = %+v, want not found", bad, c)
		}
	}
}

func TestCodebookConsistency(t *testing.T) {
	cb, err := Codebook()
	if err != nil {
		t.Fatal(err)
	}
	// 20 roots and 292 three- and four-digit codes (the GDELT list plus 1213 from the icews table)
	if cb.Len() != 312 {
		t.Errorf("Len = %d, want 312", cb.Len())
	}
	roots := 0
	prev := ""
	for _, c := range cb.Codes() {
		if c.Code <= prev {
			t.Errorf("codes not in ascending order: %q after %q", c.Code, prev)
		}
		prev = c.Code
		if len(c.Code) == 2 {
			roots++
		}
		n, err := strconv.Atoi(c.Root)
		if err != nil || c.Root != c.Code[:2] || n < 1 || n > 20 {
			t.Errorf("%s: bad root %q", c.Code, c.Root)
			continue
		}
		want := 4
		switch {
		case n <= 5:
			want = 1
		case n <= 8:
			want = 2
		case n <= 13:
			want = 3
		}
		if c.QuadClass != want {
			t.Errorf("%s: quad class %d, want %d", c.Code, c.QuadClass, want)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 || c.Label == "" {
			t.Errorf("%s: goldstein %v label %q", c.Code, c.Goldstein, c.Label)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
}

func TestParseCodebookErrors(t *testing.T) {
	for _, tsv := range []string{
		"code\troot\tlabel\tquad_class\tgoldstein\n010\t01\tx\t1\n",
		"code\troot\tlabel\tquad_class\tgoldstein\n010\t01\tx\tq\t0\n",
		"code\troot\tlabel\tquad_class\tgoldstein\n010\t01\tx\t1\tg\n",
	} {
		if _, err := parseCodebook(tsv); err == nil {
			t.Errorf("parseCodebook(%q): no error", tsv)
		}
	}
}

func TestReframe(t *testing.T) {
	tests := []struct {
		f          frame
		code, want string
	}{
		{intent, "042", "036"},
		{intent, "045", "039"},
		{intent, "0841", "0353"},
		{intent, "073", "0333"},
		{intent, "190", "1384"},
		{intent, "163", "1312"},
		{appeal, "0841", "0253"},
		{appeal, "0871", "0256"},
		{appeal, "190", ""},
		{demand, "084", "1053"},
		{demand, "0874", "106"},
		{refuse, "040", "125"},
		{refuse, "0841", "1243"},
		{threatenF, "195", "1384"},
		{threatenF, "161", "1313"},
		{noFrame, "190", ""},
		{intent, "1", ""},
	}
	cb, err := Codebook()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		got := reframe(tt.f, tt.code)
		if got != tt.want {
			t.Errorf("reframe(%d, %q) = %q, want %q", tt.f, tt.code, got, tt.want)
		}
		if _, ok := cb.Lookup(got); got != "" && !ok {
			t.Errorf("reframe(%d, %q) = %q, not a CAMEO code", tt.f, tt.code, got)
		}
	}
}

// Codes returns every code of the codebook in ascending order.
func (cb *CAMEOCodebook) Codes() []CAMEOCode {
	out := make([]CAMEOCode, len(cb.order))
	for i, c := range cb.order {
		out[i] = cb.codes[c]
	}
	return out
}

// Len returns the number of codes, roots included.
func (cb *CAMEOCodebook) Len() int { return len(cb.order) }
