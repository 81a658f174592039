package events

import (
	"slices"
	"testing"
)

// Sentences written for this test. A title resolved to a person and the person's name in
// apposition after it are one actor whose mention is the title; the country of the office inside
// the title is no actor of its own.
func TestPersonTitleAppositive(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "SRC>TGT:CODE [source mention|target mention]"
	}{
		{"of-phrase and honorifics", "Foreign Minister Marise Payne met with the Minister of Foreign Affairs of Ghana, HE Dr Kwame Mensah, in Canberra on 3 March.",
			[]string{"Marise Payne>Kwame Mensah:040 [Marise Payne|Minister]", "Kwame Mensah>Marise Payne:040 [Minister|Marise Payne]"}},
		{"no apposition: the country", "Foreign Minister Marise Payne met with the Minister of Foreign Affairs of Ghana in Canberra on 3 March.",
			[]string{"Marise Payne>GHA:040 [Marise Payne|Ghana]", "GHA>Marise Payne:040 [Ghana|Marise Payne]"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, e.Source+">"+e.Target+":"+e.Code+" ["+d.Text[e.SourceMention.Start:e.SourceMention.End]+"|"+d.Text[e.TargetMention.Start:e.TargetMention.End]+"]")
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
