package entities

import (
	"testing"

	"github.com/geopol/geopol/text"
)

// matchBodyNoFilter is matchBody without the first byte and length filter: the first word is
// looked up in the index whatever it is.
func matchBodyNoFilter(d *text.Doc, i int, bt *bodyTable) (body, int, bool) {
	saved := bt.lens
	for c := range bt.lens {
		bt.lens[c] = ^uint32(0)
	}
	defer func() { bt.lens = saved }()
	return matchBody(d, i, bt)
}

// TestTitleAndBodyFilters checks that the cheap filters of titleLen and matchBody (first byte,
// length) change no answer: on titles and body phrases in every case, lower-case phrases the
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
	}
	bt := bodyIndex()
	n := 0
	for _, s := range texts {
		d := text.Segment(s, nil)
		for i := range d.Tokens {
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
