package actors

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// TestLeaderRegimeType checks the type leaderRegime gives a one-word name by the word after it and
// what the dictionaries know of the name.
func TestLeaderRegimeType(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	an, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, name, want string
	}{
		{"They fled the Assad regime last year.", "Assad", entities.ORG},             // coded SYRGOV
		{"They fled Assad's regime last year.", "Assad", entities.ORG},               // a possessive
		{"The Maduro government arrested them.", "Maduro", entities.PERSON},          // a curated holder's surname
		{"The Erdogan administration's plan was ready.", "Erdogan", entities.PERSON}, // a possessive after the noun
		{"The Maduro family arrived in Caracas.", "Maduro", ""},                      // no regime noun
		{"The Zorblatt regime arrested them.", "Zorblatt", ""},                       // an unknown name
		{"The Maduro regimes of the past are gone.", "Maduro", ""},                   // not the noun itself
	} {
		d := an.Analyze(tt.text, nil)
		i := strings.Index(tt.text, tt.name)
		m := entities.Mention{Start: i, End: i + len(tt.name), Text: tt.name, Entity: tt.name, Type: entities.GPE, Source: "model"}
		v := &docView{d: d, ms: []entities.Mention{m}, g: g}
		if got := g.leaderRegime(v, &v.ms[0]); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
