package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"

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

// TestScanFilter checks that the gazetteer's filter on the first two bytes of a match (mayStart)
// changes no match: scan with every row of second set to all bytes finds the same hits, on texts
// with lower-case patterns ("al-Qaeda", "weSwatini", "sub-Saharan"), words sharing their first
// bytes ("we", "all", "sub-committee"), acronyms, hyphenated and possessive forms, headline capitals,
// typographic apostrophes and non-ASCII letters.
func TestScanFilter(t *testing.T) {
	g := mustGaz(t)
	texts := []string{
		"We welcome the efforts of al-Qaeda's foes in Iraq, and all al-Shabaab defectors; sub-Saharan Africa too.",
		"The U.S.-led coalition, the UN, the USA and the EU met in weSwatini, eSwatini and Côte d'Ivoire.",
		"IRAN AND IRAQ SIGN ACCORD: Tehran's envoy says Baghdad-backed militias will disarm.",
		"Peshmerga fighters and the peshmerga held the Kurdistan Region; Ö, Å and Ñ are letters.",
		"São Tomé and Príncipe, Türkiye, the Côte d’Ivoire delegation and the Holy See's observer spoke.",
		"A sub-committee of the Security Council, a working group and the World Health Organization's chief.",
		"\u212aazakhstan, Kazakhstan and \u0130ndia are written here with unusual capitals; U S and U. S. too.",
	}
	all := *g
	all.second = make([][4]uint64, len(g.second))
	for k := range all.second {
		all.second[k] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	}
	n := 0
	for _, s := range texts {
		d := text.Segment(s, nil)
		got, want := g.scan(d), all.scan(d)
		if !slices.Equal(got, want) {
			t.Errorf("%q: scan %v, want %v", s, got, want)
		}
		n += len(got)
	}
	if n < 25 {
		t.Errorf("only %d matches: the cases do not exercise the gazetteer", n)
	}
}

// TestIsCountry checks IsCountry's bit set against the country entries of the gazetteer, and ids
// that are not countries.
func TestIsCountry(t *testing.T) {
	g := mustGaz(t)
	want := map[string]bool{}
	for _, p := range g.patterns {
		if p.Entry.Kind == KindCountry {
			want[p.Entry.Entity] = true
		}
	}
	for e := range want {
		if !g.IsCountry(e) {
			t.Errorf("IsCountry(%q) = false, want true", e)
		}
	}
	for _, e := range []string{"WHO", "UN", "NATO", "", "irn", "IR", "IRNX", "ZZZ", "Iran", "UNSC", "AAA"} {
		if g.IsCountry(e) != want[e] {
			t.Errorf("IsCountry(%q) = %v, want %v", e, !want[e], want[e])
		}
	}
	if len(want) < 190 {
		t.Errorf("only %d countries", len(want))
	}
}

// TestCaseOKShortcuts compares caseOK with caseOKRunes on every gazetteer pattern against its case
// variants, spacing variants, typographic apostrophes and the other patterns sharing its key.
func TestCaseOKShortcuts(t *testing.T) {
	g := mustGaz(t)
	n := 0
	for pi, p := range g.patterns {
		mode := g.modes[pi]
		title := []rune(strings.ToLower(p.Text))
		if len(title) > 0 {
			title[0] = unicode.ToUpper(title[0])
		}
		surfaces := []string{p.Text, strings.ToUpper(p.Text), strings.ToLower(p.Text), string(title),
			strings.ReplaceAll(p.Text, " ", "  "), strings.ReplaceAll(p.Text, " ", "\n"), strings.ReplaceAll(p.Text, " ", ""),
			strings.ReplaceAll(p.Text, "'", "’"), strings.ReplaceAll(p.Text, "’", "'")}
		for _, q := range g.byKey[normKey(p.Text)] {
			surfaces = append(surfaces, g.patterns[q].Text)
		}
		for _, s := range surfaces {
			if got, want := caseOK(p.Text, mode, s), caseOKRunes(p.Text, mode, s); got != want {
				t.Errorf("caseOK(%q, %d, %q) = %v, want %v", p.Text, mode, s, got, want)
			}
			n++
		}
	}
	if n < 10000 {
		t.Errorf("only %d comparisons", n)
	}
}
