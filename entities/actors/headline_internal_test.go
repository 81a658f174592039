package actors

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// TestCapsSurnamesCompanies checks that a word of a capitals headline is not read as the surname
// of a "person" the recognizer found when the document writes that name as a company's (a legal
// form or a stock symbol after it, a legal form before it) or the headline follows the word with a
// stock symbol; and that a person's surname still is.
func TestCapsSurnamesCompanies(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, text, word, person string
		want                     bool // the headline word becomes a PERSON mention
	}{
		{"a person", "HALVORSEN SEES SLOWER GROWTH\nOSLO, May 4 - Finance Minister Erik Halvorsen said growth would slow.", "HALVORSEN", "Erik Halvorsen", true},
		{"a person with a stock symbol elsewhere in the headline", "HALVORSEN SELLS STAKE IN NORSK <NSK>\nOSLO, May 4 - Investor Erik Halvorsen sold his stake in Norsk Hydro AS.", "HALVORSEN", "Erik Halvorsen", true},
		{"a person whose name begins his fund's", "SOROS SELLS STAKE\nNEW YORK, May 4 - Investor George Soros said George Soros's Quantum Fund NV sold.", "SOROS", "George Soros", true},
		{"a stock symbol after the word", "BRANDT <BRT> TO CLOSE TWO PLANTS\nDAYTON, Ohio, May 4 - Walter Brandt said it would close two plants.", "BRANDT", "Walter Brandt", false},
		{"a possessive and a stock symbol", "KELLER'S <KLR> SALES RISE\nDAYTON, Ohio, May 4 - Keller said sales rose.", "KELLER", "Keller", false},
		{"a legal form after the name", "GUNDERSEN MILLS TO SELL DEBT\nNEW YORK, May 4 - Gundersen Mills Inc said it would sell debt, Gundersen Mills said.", "MILLS", "Gundersen Mills", false},
		{"a legal form after a possessive", "PRATT'S CUTS RATINGS\nNEW YORK, May 4 - Pratt's Investors Service Inc cut the ratings, Pratt said.", "PRATT", "Pratt", false},
		{"a legal form and 'and Co'", "MERRITT LYON EXECUTIVE CHARGED\nNEW YORK, May 4 - Merritt Lyon and Co said, Merritt Lyon added.", "LYON", "Merritt Lyon", false},
		{"a legal form before the name", "VOLLAN TO BUY TRUCK MAKER\nSTOCKHOLM, May 4 - AB Vollan said it would buy, Vollan said.", "VOLLAN", "Vollan", false},
		{"the entity itself ends with a legal form", "REDEEMS DEBENTURES INC\nWILMINGTON, May 4 - Columbia Systems Inc said.", "INC", "Systems Inc", false},
	} {
		d := &text.Doc{Text: tt.text}
		nl := strings.IndexByte(tt.text, '\n')
		start := strings.Index(tt.text[nl:], tt.person) + nl // the person's mention after the headline
		if start < nl {
			t.Fatalf("%s: %q not in the text", tt.name, tt.person)
		}
		ms := []entities.Mention{{Start: start, End: start + len(tt.person), Text: tt.person, Entity: tt.person,
			Type: entities.PERSON, Source: "model"}}
		ms = g.capsSurnames(d, ms)
		got := false
		for _, m := range ms {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("%s: span %d-%d holds %q, text %q", tt.name, m.Start, m.End, tt.text[m.Start:m.End], m.Text)
			}
			if m.Text == tt.word && m.Start < nl && m.Type == entities.PERSON {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: headline %q a PERSON: %v, want %v (%+v)", tt.name, tt.word, got, tt.want, ms)
		}
	}
}
