package entities

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestRulesBodies runs the default chain (rules and gazetteer): some bodies with fixed names ("U.S.
// State Department", "Israeli Defense Forces") are gazetteer entries with the same entity scheme.
func TestRulesBodies(t *testing.T) {
	r, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ sentence, surf, entity, country string }{
		{"the Iranian Foreign Ministry said", "Iranian Foreign Ministry", "IRN Foreign Ministry", "IRN"},
		{"the Foreign Ministry of Iran said", "Foreign Ministry of Iran", "IRN Foreign Ministry", "IRN"},
		{"the Ministry of Foreign Affairs of the Russian Federation", "Ministry of Foreign Affairs of the Russian Federation", "RUS Foreign Ministry", "RUS"},
		{"Iran's Foreign Ministry said", "Foreign Ministry", "IRN Foreign Ministry", "IRN"},
		{"the Ministry of Defence said", "Ministry of Defence", "Ministry of Defence", ""},
		{"the U.S. State Department", "U.S. State Department", "USA Foreign Ministry", "USA"},
		{"the Russian Defense Ministry", "Russian Defense Ministry", "RUS Defense Ministry", "RUS"},
		{"the Russian Defence Ministry", "Russian Defence Ministry", "RUS Defense Ministry", "RUS"},
		{"the Iraqi Army advanced", "Iraqi Army", "IRQ Army", "IRQ"},
		{"Israeli Defense Forces", "Israeli Defense Forces", "ISR Defense Forces", "ISR"},
		{"the Syrian Government", "Syrian Government", "SYR Government", "SYR"},
		{"the Government of Iraq", "Government of Iraq", "IRQ Government", "IRQ"},
		{"the Iranian Parliament", "Iranian Parliament", "IRN Parliament", "IRN"},
		{"Iraqi Security Forces", "Iraqi Security Forces", "IRQ Security Forces", "IRQ"},
		{"the British Embassy", "British Embassy", "GBR Embassy", "GBR"},
		{"the Syrian Regime", "Syrian Regime", "SYR Government", "SYR"},
		{"the Russian Air Force", "Russian Air Force", "RUS Air Force", "RUS"},
	}
	// Lower-case descriptions are not names (GUIDELINES.md rule 9): the demonym or country alone.
	for _, tc := range []struct{ sentence, surf, entity string }{
		{"the Iraqi army advanced", "Iraqi", "IRQ"},
		{"the Syrian government said", "Syrian", "SYR"},
		{"Iraqi security forces", "Iraqi", "IRQ"},
		{"the Turkish military", "Turkish", "TUR"},
		{"Iran's foreign ministry said", "Iran", "IRN"},
		{"the government of Iraq said", "Iraq", "IRQ"},
	} {
		ms := r.Recognize(testDoc(tc.sentence, nil))
		if len(ms) != 1 || ms[0].Text != tc.surf || ms[0].Entity != tc.entity {
			t.Errorf("%q: got %+v, want only %q %s", tc.sentence, ms, tc.surf, tc.entity)
		}
	}
	for _, tc := range tests {
		d := testDoc(tc.sentence, nil)
		ms := r.Recognize(d)
		checkSpans(t, tc.sentence, ms)
		m, ok := find(ms, tc.surf)
		if !ok || m.Type != ORG || m.Entity != tc.entity || m.Country != tc.country {
			t.Errorf("%q: %q = %+v, want ORG %q %q (all: %+v)", tc.sentence, tc.surf, m, tc.entity, tc.country, ms)
		}
	}
}

func TestRulesTitles(t *testing.T) {
	r := &Rules{Gazetteer: mustGaz(t)}
	tests := []struct{ sentence, surf, country string }{
		{"Iranian President Hassan Rouhani said", "Hassan Rouhani", "IRN"},
		{"President Obama said", "Obama", ""},
		{"Russian Foreign Minister Sergei Lavrov met", "Sergei Lavrov", "RUS"},
		{"U.S. Secretary of State John Kerry", "John Kerry", "USA"},
		{"Prime Minister Theresa May said", "Theresa May", ""},
		{"Foreign Minister Julie Bishop", "Julie Bishop", ""},
		{"Lt. Gen. Stephen J. Townsend", "Stephen J. Townsend", ""},
		{"Syrian President Bashar al-Assad", "Bashar al-Assad", "SYR"},
		{"Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "SAU"},
		{"Ayatollah Ali Khamenei", "Ali Khamenei", ""},
		{"German Chancellor Angela Merkel", "Angela Merkel", "DEU"},
		{"Mr. Rouhani said", "Rouhani", ""},
		{"Dr. Ahmed Kamil Murad", "Ahmed Kamil Murad", ""},
		{"Sen. John McCain", "John McCain", ""},
		{"King Abdullah of Jordan", "Abdullah", ""},
		{"Gen. Qassem Soleimani's death", "Qassem Soleimani", ""},
	}
	for _, tc := range tests {
		d := testDoc(tc.sentence, nil)
		ms := r.Recognize(d)
		checkSpans(t, tc.sentence, ms)
		m, ok := find(ms, tc.surf)
		if !ok || m.Type != PERSON || m.Entity != tc.surf || m.Country != tc.country {
			t.Errorf("%q: %q = %+v, want PERSON country %q (all: %+v)", tc.sentence, tc.surf, m, tc.country, ms)
		}
	}
	// No person after a title inside an organization name or before a lower-case word.
	for _, s := range []string{"the General Assembly voted", "the President said", "President of the Republic"} {
		for _, m := range r.Recognize(testDoc(s, nil)) {
			if m.Type == PERSON {
				t.Errorf("%q: unexpected %+v", s, m)
			}
		}
	}
}

// TestEqualFoldASCII checks equalFoldASCII against strings.EqualFold for the words it is used with,
// on words of every case, words with runes that fold to ASCII letters, and other words; and that
// of the ASCII letters only k and s fold to a rune outside ASCII.
func TestEqualFoldASCII(t *testing.T) {
	for c := rune('A'); c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf && c != 'k' && c != 'K' && c != 's' && c != 'S' {
				t.Errorf("%q folds to %q: equalFoldASCII may not be used for words with it", c, r)
			}
		}
	}
	words := []string{"the", "The", "THE", "tHe", "th", "thee", "them", "tha", "thé", "ＴＨＥ", "\u212Ahe",
		"of", "Of", "OF", "oF", "off", "o", "ſo", "øf", "", "the\u0301", "foreign", "Foreign", "FOREIGN"}
	for _, lower := range []string{"the", "of", "foreign"} {
		for _, w := range words {
			if got, want := equalFoldASCII(w, lower), strings.EqualFold(w, lower); got != want {
				t.Errorf("equalFoldASCII(%q, %q) = %v, strings.EqualFold says %v", w, lower, got, want)
			}
		}
	}
}

// TestFoldIs compares foldIs with strings.EqualFold for lower-case words with k and s, which
// fold to non-ASCII runes too (the Kelvin sign, the long s), on ASCII and non-ASCII spellings.
func TestFoldIs(t *testing.T) {
	words := []string{"minister", "Minister", "MINISTER", "miniſter", "MINIſTER", "ministers", "ministe", "", "affairs",
		"Affairs", "AFFAIRS", "affairſ", "foreign", "Foreign", "forEIGN", "foreigñ", "\u212Aing", "king", "KING",
		"minister\u0301", "ｍinister", "mini\u212Aster", "miniſ", "m", "ministerſ", "MINISTERS", "mINISTEr"}
	for _, lower := range []string{"minister", "foreign", "affairs", "king"} {
		for _, w := range words {
			if got, want := foldIs(w, lower), strings.EqualFold(w, lower); got != want {
				t.Errorf("foldIs(%q, %q) = %v, strings.EqualFold says %v", w, lower, got, want)
			}
		}
	}
}
