package entities

import (
	"testing"

	"github.com/geopol/geopol/text"
)

// isTitleNoFilter is isTitle without the filter on first letter and length (titleLens).
func isTitleNoFilter(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > 20 {
		return false
	}
	return titleSet()[w] || titleSet()[asciiLower(w)]
}

// asciiLower lower-cases the ASCII capitals of w.
func asciiLower(w string) string {
	b := []byte(w)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// matchBodyNoFilter is matchBody without the first bytes and length filter: the first word is
// looked up in the index whatever it is.
func matchBodyNoFilter(d *text.Doc, i int, bt *bodyTable) (body, int, bool) {
	saved := bt.lens
	for a := range bt.lens {
		for b := range bt.lens[a] {
			bt.lens[a][b] = ^uint32(0)
		}
	}
	defer func() { bt.lens = saved }()
	return matchBody(d, i, bt)
}

// TestTitleAndBodyFilters checks that the cheap filters of titleLen, isTitle and matchBody (first
// bytes, length) change no answer: on titles and body phrases in every case, lower-case phrases the
// rules accept in any case ("secretary of state", "minister for foreign affairs"), words that
// fold to ASCII letters from non-ASCII runes (the Kelvin sign, the long s) and ordinary prose.
func TestTitleAndBodyFilters(t *testing.T) {
	texts := []string{
		"Secretary of State John Kerry met the minister of defence and the MINISTER OF INTERIOR.",
		"the secretary of defense, the chief of staff and minister for foreign affairs Ali spoke.",
		"Minister of Foreign Affairs Wang Yi and Chief of Staff Ron Klain; Dr. Smith and Mr . Jones.",
		"The Ministry of Foreign Affairs, the foreign ministry, the MFA, the mfa and the Mod said.",
		"State Department officials and the Department of Justice met the Home Office and the Treasury.",
		"ſecretary of ſtate, \u212aing Charles, Président Macron, Ministère, São Tomé, çhief of staff.",
		"We, the member States, resolved to spare coming generations from the horrors of war.",
		"President-elect Biden, Vice-President Harris, Secretary-General Guterres, Lt.-Gen. Smith, Gen. Milley.",
		"minister of finance, ministers of state, chiefs of staff, secretaries of state, Chief of staff.",
		"SPEAKER Pelosi, Sen. Warren, REP. Cole, Director-General Tedros, DIRECTOR-GENERAL Grossi, Excellency.",
		"Mrs May, Ms. Ardern, Prof Sachs, Crown Prince Salman, Sheikh Tamim, Sultan Haitham, Shaikh Nawaf.",
	}
	bt := bodyIndex()
	n := 0
	for _, s := range texts {
		d := text.Segment(s, nil)
		for i := range d.Tokens {
			if got, want := isTitle(d.TokenText(i)), isTitleNoFilter(d.TokenText(i)); got != want {
				t.Errorf("%q, token %q: isTitle %v, want %v", s, d.TokenText(i), got, want)
			}
			if got, want := titleLen(d, i), titlePhraseLen(d, i); got != want {
				t.Errorf("%q, token %q: titleLen %d, want %d", s, d.TokenText(i), got, want)
			}
			b, end, ok := matchBody(d, i, bt)
			wb, wend, wok := matchBodyNoFilter(d, i, bt)
			if ok != wok || end != wend || b.name != wb.name || len(b.words) != len(wb.words) {
				t.Errorf("%q, token %q: matchBody %v %d %v, want %v %d %v", s, d.TokenText(i), b, end, ok, wb, wend, wok)
			}
			if titleLen(d, i) > 0 || ok {
				n++
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d titles and bodies found: the cases do not exercise the rules", n)
	}
}
