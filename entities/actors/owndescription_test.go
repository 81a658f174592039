package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// Sentences written for this test. A title that coreference resolves to the person named in
// apposition after it ("The Mayor of Rome, Paolo Bianchi,": "Mayor" is Paolo Bianchi) is still
// read as that person's title.
func TestOwnDescriptionIsTitle(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
	}{
		{"2004-03-03", "The Mayor of Rome, Paolo Bianchi, opened a new tram line on Tuesday.", []grounded{{"Paolo Bianchi", "ITA", "GOV"}}},
		{"2004-03-03", "The Interior Minister of Chile, Dr Ramon Ortiz, visited the port.", []grounded{{"Ramon Ortiz", "CHL", "GOV"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, tt.want)
	}
}
