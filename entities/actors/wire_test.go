package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
)

// TestWireConventions checks people in wire stories: surnames in a capitals headline are the
// person the story names ("BAKER DENIES ...", "MIYAZAWA SAYS ..."), a surname that is also a place
// is the person when the document places nothing else in that place's country ("Roger Douglas ...
// Douglas said", Douglas being the Isle of Man's capital), and a Spanish name written with both
// surnames is found under the given name and paternal surname.
func TestWireConventions(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
	}{
		{"1987-03-23", "BAKER DENIES DOLLAR TARGET EXISTS\nLONDON, March 23 - U.S. Treasury Secretary James Baker\nagain said the meeting of six major industrial nations in Paris did not set a target.",
			[]grounded{{"BAKER", "USA", "GOV"}, {"James Baker", "USA", "GOV"}}},
		{"1987-03-17", "MIYAZAWA SAYS NO INTENTION TO ALTER SALES TAX BILL\nTOKYO, March 17 - Finance Minister Kiichi Miyazawa said he\nhad no intention of modifying the bill.",
			[]grounded{{"MIYAZAWA", "JPN", "GOV"}, {"Kiichi Miyazawa", "JPN", "GOV"}}},
		{"1987-03-05", "HAWKE SEES FOUR BILLION DLR BUDGET DEFICIT\nCANBERRA, March 5 - Australian Prime Minister Bob Hawke said the deficit could grow.",
			[]grounded{{"HAWKE", "AUS", "GOV"}}},
		{"1987-03-10", "WELLINGTON, March 10 - New Zealand's foreign debt will decline, Finance Minister Roger Douglas said.\n    Douglas said in a statement this was due to reserves.",
			[]grounded{{"Douglas", "NZL", "GOV"}}},
		{"2015-09-28", "We commend President Raúl Castro Ruz for the talks.",
			[]grounded{{"Raúl Castro Ruz", "CUB", "GOV"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, tt.want)
	}
	// Not changed: a capitals word that is no surname of the story's people, a headline surname two
	// people share, and a capital city that the story places other things in.
	for _, tt := range []struct{ date, text, word, typ string }{
		{"1987-03-19", "SOROS LIFTS KING WORLD STAKE\nWASHINGTON, March 19 - George Soros raised his stake in King World Productions Inc, whose chairman is Roger King.", "KING", ""},
		{"1987-03-02", "DOLE SPEAKS\nWASHINGTON, March 2 - Senator Bob Dole and Transportation Secretary Elizabeth Dole spoke in Kansas.", "DOLE", ""},
		{"2019-05-01", "Lawmakers in Douglas debated the budget of the Isle of Man on Tuesday, and Chief Minister Howard Quayle said it was sound. Quayle spoke in Douglas.", "Douglas", entities.GPE},
	} {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		for _, m := range ms {
			if m.Text == tt.word && (tt.typ == "" && m.Type == entities.PERSON || tt.typ != "" && m.Type != tt.typ) {
				t.Errorf("%q in %q: %+v", tt.word, tt.text, m)
			}
		}
	}
}
