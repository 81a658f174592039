package entities

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// bareWord is a recognizer that marks every token w as an ORG whose entity is its text, the way
// the statistical recognizer marks a capitalized "Coalition" it cannot ground.
type bareWord string

func (b bareWord) Recognize(d *text.Doc) []Mention {
	var out []Mention
	for i, tk := range d.Tokens {
		if d.TokenText(i) == string(b) {
			out = append(out, Mention{Start: tk.Start, End: tk.End, Text: string(b), Type: ORG, Entity: string(b), Source: "model"})
		}
	}
	return out
}

func TestChainCampaignCoalition(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ name, text, want string }{
		{"a strike report names the enemy", "Coalition forces conducted 12 strikes against ISIL near Mosul.",
			"Coalition/ORG/USA Coalition ISIL/ORG/Islamic State Mosul/GPE/Mosul"},
		{"a statement", "The Coalition supports the SDF in its fight against Daesh.",
			"Coalition/ORG/USA Coalition SDF/ORG/Syrian Democratic Forces Daesh/ORG/Islamic State"},
		{"the enemy in another sentence", "The Coalition conducted five strikes today. ISIS lost two tanks.",
			"Coalition/ORG/USA Coalition ISIS/ORG/Islamic State"},
		{"no campaign named: left alone", "The Coalition lost its majority in parliament.", "Coalition/ORG/Coalition"},
		{"the end of a longer name", "The Syrian Arab Coalition fought ISIL.",
			"Syrian/NORP/SYR Arab/NORP/Arabs Coalition/ORG/Coalition ISIL/ORG/Islamic State"},
		// (the bare-word recognizer marks "Coalition" alone in "National Coalition", as the model
		// may: a coalition with a longer name is in the document, and no "Coalition" is grounded)
		{"another coalition named in full", "The National Coalition met in Istanbul. The Coalition condemned ISIL.",
			"Coalition/ORG/Coalition Istanbul/GPE/Istanbul Coalition/ORG/Coalition ISIL/ORG/Islamic State"},
		// the campaign's coalition is the one whose advisers and strikes the report speaks of
		{"another coalition, and Coalition advisers", "The Syrian Arab Coalition, supported by Coalition advisers, advanced. The Coalition struck ISIL.",
			"Syrian/NORP/SYR Arab/NORP/Arabs Coalition/ORG/Coalition Coalition/ORG/USA Coalition Coalition/ORG/USA Coalition ISIL/ORG/Islamic State"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g, bareWord("Coalition")}, Gazetteer: g, NoPlaces: true}
			ms := c.Recognize(testDoc(tc.text, nil))
			checkSpans(t, tc.text, ms)
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s", s, tc.want)
			}
		})
	}
}

func TestChainTitleJoinedToPerson(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ name, text, want string }{
		// "The Prime Minister and President X": two people; the release's government holds the office
		{"joined by and", "The Prime Minister and President Francois Hollande met at the UK-France summit.",
			"Prime Minister/PERSON/GBR Government Francois Hollande/PERSON/Francois Hollande UK/GPE/GBR France/GPE/FRA"},
		{"joined, the person named before", "The UK hosted President Francois Hollande. The Prime Minister and President Hollande discussed migration.",
			"UK/GPE/GBR Francois Hollande/PERSON/Francois Hollande Prime Minister/PERSON/GBR Government Hollande/PERSON/Francois Hollande"},
		// not joined: the release's first person, as before
		{"not joined", "The Foreign Secretary met Mr. Sergei Lavrov in Berlin.",
			"Foreign Secretary/PERSON/Sergei Lavrov Sergei Lavrov/PERSON/Sergei Lavrov Berlin/GPE/Berlin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, Descriptions: true, NoPlaces: true}
			ms := c.Recognize(testDoc(tc.text, nil))
			checkSpans(t, tc.text, ms)
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s", s, tc.want)
			}
			for _, m := range ms {
				if m.Source == SourceDescription && strings.HasSuffix(m.Entity, " Government") && m.Country != "GBR" {
					t.Errorf("%q: country %q, want GBR", m.Text, m.Country)
				}
			}
		})
	}
}
