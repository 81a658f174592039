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

// TestPlacedSurnameNeedsTitle checks that a place whose name is the surname of a person named in
// full before it becomes the person only when that person comes with a title or an honorific: a
// slogan or a company the recognizer took for a person does not make the country a person.
func TestPlacedSurnameNeedsTitle(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	an, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, text, person, place, entity, country string
		want                                       bool
	}{
		{"a minister", "WELLINGTON, March 10 - Finance Minister Roger Douglas said the debt would fall. Douglas said reserves grew.", "Roger Douglas", "Douglas", "Douglas", "IMN", true},
		{"an abbreviated title", "WASHINGTON, May 2 - Rep. Jim Jordan said the committee would meet. Jordan said the vote was near.", "Jim Jordan", "Jordan", "JOR", "JOR", true},
		{"an honorific", "We thank Mr. Abdullah Jordan for his work. Jordan said the vote was near.", "Abdullah Jordan", "Jordan", "JOR", "JOR", true},
		{"an apposition", "Jim Jordan, a Republican congressman from Ohio, lost a vote on Friday. Jordan said he would stay.", "Jim Jordan", "Jordan", "JOR", "JOR", true},
		{"a slogan taken for a person", "In the spirit of Keluarga Malaysia we stand united. Malaysia condemns terrorism in all its forms.", "Keluarga Malaysia", "Malaysia", "MYS", "MYS", false},
		{"a company taken for a person", "Shares of Banco Portugal rose. Portugal said its economy grew.", "Banco Portugal", "Portugal", "PRT", "PRT", false},
	} {
		d := an.Analyze(tt.text, nil)
		ps := strings.Index(tt.text, tt.person)
		pl := strings.LastIndex(tt.text, tt.place)
		ms := []entities.Mention{
			{Start: ps, End: ps + len(tt.person), Text: tt.person, Entity: tt.person, Type: entities.PERSON, Source: "model"},
			{Start: pl, End: pl + len(tt.place), Text: tt.place, Entity: tt.entity, Country: tt.country, Type: entities.GPE, Source: entities.SourceGazetteer},
		}
		fillSentences(d, ms)
		v := &docView{d: d, ms: ms, g: g}
		day, _ := ParseDate("1987-03-10")
		g.retypeSurnames(v, day)
		if got := v.ms[1].Type == entities.PERSON; got != tt.want {
			t.Errorf("%s: %q a person: %v, want %v (%+v)", tt.name, tt.place, got, tt.want, v.ms[1])
		}
	}
}
