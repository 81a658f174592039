package entities

import (
	"strings"
	"testing"
)

// TestWireUnitFold checks that wireUnit, which folds ASCII by hand, agrees with the definition by
// strings.ToLower on the abbreviations in every case, with trailing punctuation, and on words whose
// non-ASCII letters lowercase to ASCII (İ to i, the Kelvin sign to k) or that are not UTF-8.
func TestWireUnitFold(t *testing.T) {
	units := []string{"dlrs", "dlr", "cts", "ct", "mln", "bln", "pct", "stg", "shr", "shrs", "qtr", "qtly",
		"mths", "revs", "vs", "avg", "oper"}
	ref := func(w string) bool {
		l := strings.ToLower(strings.TrimRight(w, ".,"))
		for _, u := range units {
			if l == u {
				return true
			}
		}
		return false
	}
	words := []string{"", ".", "Mln", "MLN.", "mln,", "Pct.", "Shrs", "vs.", "Vs", "VS.,", "dlrs..", "oper",
		"opers", "dollars", "mlnx", "St", "stg.", "Qtly", "\u212Ats", "\u0130", "d\u212Alr", "mln\xff", "\xffmln",
		"REVS", "Avg.", "avgs", "million", "cts", "c", "Mths.", "mth", "Oper."}
	for _, u := range units {
		words = append(words, u, strings.ToUpper(u), strings.ToUpper(u[:1])+u[1:], u+".", u+",")
	}
	for _, w := range words {
		if got, want := wireUnit(w), ref(w); got != want {
			t.Errorf("wireUnit(%q) = %v, want %v", w, got, want)
		}
	}
}
