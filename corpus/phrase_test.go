package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// plainCreditPhrase, plainContributed and plainLegalEnd are the definitions of linePhrases'
// flags creditCaption, creditContributed and creditLegal, one scan of the line a phrase.
func plainCreditPhrase(ls string) bool {
	for _, p := range []string{"getty images", "ap photo", "epa-efe", "shutterstock", " photo: ",
		" photograph: ", "(photo: ", " via reuters", " via afp"} {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

func plainContributed(ls string) bool {
	return strings.Contains(ls, "contributed to this report") || strings.Contains(ls, "contributed reporting") ||
		strings.Contains(ls, "contributed to this story")
}

func plainLegalEnd(ls string) bool {
	return strings.Contains(ls, "all rights reserved") || strings.Contains(ls, "not an official record")
}

// checkCreditPhrases compares linePhrases' credit flags on the lower-case line l with the plain
// definitions.
func checkCreditPhrases(t *testing.T, l string) {
	t.Helper()
	f := linePhrases().match(l)
	for _, c := range []struct {
		name string
		flag uint8
		want bool
	}{{"caption", creditCaption, plainCreditPhrase(l)}, {"contributed", creditContributed, plainContributed(l)},
		{"legal", creditLegal, plainLegalEnd(l)}} {
		if got := f&c.flag != 0; got != c.want {
			t.Fatalf("linePhrases %s flag of %q = %v, want %v", c.name, l, got, c.want)
		}
	}
}

// TestCreditPhraseMatchesPlain compares linePhrases' credit flags with the plain definitions on
// realistic caption, credit and body lines (lower case, as creditLower and endMark pass them)
// and on random strings made of their fragments (near misses such as "photos:", "(photo by", "via
// reuters" without the space, overlapping phrases, non-ASCII letters).
func TestCreditPhraseMatchesPlain(t *testing.T) {
	lines := []string{
		"protesters gather outside parliament. photo: kim hong-ji/reuters",
		"(afp / getty images)",
		"a soldier stands guard in kyiv (ap photo/efrem lukatsky)",
		"the summit in brussels. epa-efe/olivier hoslet",
		"image: shutterstock",
		"the minister in geneva (photo: un photo/jean-marc ferré)",
		"president's visit to lagos. photograph: sunday alamba/ap",
		"handout picture via reuters",
		"file image via afp",
		"reuters' john smith contributed to this report.",
		"jane doe contributed reporting from nairobi.",
		"associated press writers contributed to this story",
		"the photographer's photos were shown", "a photo op in paris", "a photograph: of what",
		"seen via reutersnet", "travelling via  afp", "he contributed to the report", "contributed  reporting",
		"photophoto: photo photo:", " via via reuters", "contributed contributed to this story",
		"© 2024 reuters. all rights reserved.", "for information media. not an official record.",
		"all rights reserve", "", "photo", " via ", "contributed ",
	}
	for _, l := range lines {
		checkCreditPhrases(t, l)
	}
	frags := []string{"photo", "photograph", ": ", ":", " ", "(", "ap", "ap ", " via ", "via", "reuters", "afp",
		"getty", " images", "epa-", "efe", "shutter", "stock", "contributed", "contributed ", "to this ", "report",
		"story", "reporting", "x", "é", "s", "all rights ", "reserved", "not an ", "official record"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(frags[r.IntN(len(frags))])
		}
		checkCreditPhrases(t, b.String())
	}
}

// TestTableRowLongLabel checks that a long line is no section label while the labels, whatever
// their case, still are.
func TestTableRowLongLabel(t *testing.T) {
	for _, s := range []string{"Nine months", "SECOND HALF", "4th Qtr", "Year"} {
		if !tableRow(s) {
			t.Errorf("tableRow(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Nine months after the elections, the government has not been formed.",
		strings.Repeat("\u212A", 12), "Year of the elections"} {
		if tableRow(s) {
			t.Errorf("tableRow(%q) = true, want false", s)
		}
	}
}
