package actors

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"
)

// hasUpper reports whether s holds an upper-case letter: with hasLower, the straightforward form
// of upperOnly.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// TestUpperOnly compares upperOnly with hasUpper(s) && !hasLower(s) on capitals lines, prose,
// letters of other scripts and cases (Greek, Cyrillic, Turkish İ, German ß, title-case Ǆ
// digraphs that are neither upper nor lower case), digits and punctuation alone, invalid UTF-8,
// random strings over those runes, and the lines of the UN speeches when ../shared is present.
func TestUpperOnly(t *testing.T) {
	cases := []string{
		"", " ", "\n", "1990", "--- * ---", "YEUTTER WARNS ON TRADE", "US-JAPAN TALKS (REUTERS)",
		"Yeutter warns on trade", "yEUTTER", "TRADe", "a", "A", "ÉTATS-UNIS", "États-Unis",
		"ΕΛΛΑΔΑ", "Ελλάδα", "РОССИЯ", "Россия", "İSTANBUL", "STRASSE ß", "ǅ", "ǅA", "Ǆ", "ǆ",
		"\xff\xfeABC", "ABC\xff", "abc\xff", "\xc3", "東京", "東京 TOKYO", "東京 Tokyo", "NATO'S",
	}
	runes := []rune("aZbYÉéΣσЖжİıßǅǄǆ東1 -.'\n\xff")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			if rng.IntN(20) == 0 {
				b.WriteByte(0xC3) // a truncated sequence
				continue
			}
			b.WriteRune(runes[rng.IntN(len(runes))])
		}
		cases = append(cases, b.String())
	}
	if data, err := os.ReadFile("../../../shared/data/corpora/ungdc_2010_2024.jsonl"); err == nil {
		cases = append(cases, strings.Split(string(data[:min(len(data), 5<<20)]), `\n`)...)
	} else {
		t.Logf("UN speeches not checked (%v)", err)
	}
	caps := 0
	for _, s := range cases {
		want := hasUpper(s) && !hasLower(s)
		if got := upperOnly(s); got != want {
			t.Fatalf("upperOnly(%q) = %v, want %v", s, got, want)
		}
		if want {
			caps++
		}
	}
	if caps < 100 {
		t.Errorf("only %d of %d strings are capitals lines: the test does not exercise them", caps, len(cases))
	}
}
