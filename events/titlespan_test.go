package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

// A recognizer may find a person's title as an organization ("Bank of Spain Governor" before
// "Luis Angel Rojo"): the title is no actor of its own: the person is. The sentences are
// analysed as usual, then the place inside the title is widened into such an organization mention,
// as a statistical recognizer may return it.
func TestTitleSpanBeforePerson(t *testing.T) {
	tests := []struct {
		text, place, title string
		want               []string
	}{
		{"Italian Treasury Minister Lamberto Dini held talks with German Finance Minister Theo Waigel and Bank of Spain Governor Luis Angel Rojo.",
			"Spain", "Bank of Spain Governor", []string{"ITAGOV>DEUGOV:046/asserted", "DEUGOV>ITAGOV:046/asserted"}},
		{"Canada's foreign minister met Bank of Japan Governor Yasushi Mieno in Tokyo.",
			"Japan", "Bank of Japan Governor", []string{"CANGOV>Yasushi Mieno:040/asserted", "Yasushi Mieno>CANGOV:040/asserted"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var widened []entities.Mention
		for _, m := range ms {
			if m.Text == tc.place {
				m.Start = strings.Index(d.Text, tc.title)
				m.End = m.Start + len(tc.title)
				m.Text, m.Entity, m.Type = tc.title, tc.title, entities.ORG
			}
			widened = append(widened, m)
		}
		var got []string
		for _, e := range ExtractEvents(d, widened) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
