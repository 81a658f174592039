package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// plainCreditPhrase and plainContributed are the definitions creditPhrase and contributedCredit
// implement with fewer scans.
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

// TestCreditPhraseMatchesPlain compares creditPhrase and contributedCredit with the plain
// definitions on realistic caption, credit and body lines and on random strings made of their
// fragments (near misses such as "photos:", "(photo by", "via reuters" without the space, repeated
// anchors).
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
		"", "photo", " via ", "contributed ",
	}
	for _, l := range lines {
		if got, want := creditPhrase(l), plainCreditPhrase(l); got != want {
			t.Errorf("creditPhrase(%q) = %v, want %v", l, got, want)
		}
		if got, want := contributedCredit(l), plainContributed(l); got != want {
			t.Errorf("contributedCredit(%q) = %v, want %v", l, got, want)
		}
	}
	frags := []string{"photo", "photograph", ": ", ":", " ", "(", "ap", "ap ", " via ", "via", "reuters", "afp",
		"getty", " images", "epa-", "efe", "shutter", "stock", "contributed", "contributed ", "to this ", "report",
		"story", "reporting", "x", "é", "s"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(frags[r.IntN(len(frags))])
		}
		l := b.String()
		if got, want := creditPhrase(l), plainCreditPhrase(l); got != want {
			t.Fatalf("creditPhrase(%q) = %v, want %v", l, got, want)
		}
		if got, want := contributedCredit(l), plainContributed(l); got != want {
			t.Fatalf("contributedCredit(%q) = %v, want %v", l, got, want)
		}
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
