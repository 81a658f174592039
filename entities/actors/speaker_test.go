package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
)

// TestSpeakerCountry checks the offices a document's speaker calls their own (the country the
// document speaks for, corpus.Document.Country), the office holders placed by it when nothing else
// places them, and the presiding officer a speech addresses. The names are made up, so that no
// dictionary knows them.
func TestSpeakerCountry(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	const date = "2021-09-20"
	tests := []struct {
		speaker, text string
		want          grounded
	}{
		// First-person offices.
		{"NZL", "Our President, Tomas Varenko, opened the new hospital last month.", grounded{"Tomas Varenko", "NZL", "GOV"}},
		{"nzl", "As my Prime Minister Helena Marsk said last year, the ocean is our future.", grounded{"Helena Marsk", "NZL", "GOV"}},
		{"URY", "The President of my country, Arturo Benvalle, signed the treaty in Brazil.", grounded{"Arturo Benvalle", "URY", "GOV"}},
		{"URY", "The Minister for Foreign Affairs of my Government, Ilse Brantner, will attend the summit in Geneva.", grounded{"Ilse Brantner", "URY", "GOV"}},
		{"GHA", "We welcome Yaw Agyemang, our Minister for Health, who chaired the talks with Nigeria.", grounded{"Yaw Agyemang", "GHA", "GOV"}},
		{"Chile", "I bring the greetings of our President, His Excellency Mr. Arturo Benvalle, to France and Spain.", grounded{"Arturo Benvalle", "CHL", "GOV"}},
		// "late" is a former office's word: a dead leader is a former official.
		{"TTO", "We remember our late Prime Minister, Mr. Arturo Benvalle, who founded the party.", grounded{"Arturo Benvalle", "TTO", "ELI"}},
		// No speaker: the possessive says nothing.
		{"", "Our President, Tomas Varenko, opened the new hospital last month.", grounded{"Tomas Varenko", "", "GOV"}},
		// A titled office holder no dictionary knows is not the speaker's for want of a country.
		{"NER", "The region must become a zone of peace, as President Oumar Tessaly has affirmed.", grounded{"Oumar Tessaly", "", "GOV"}},
		// A country named with the name places him.
		{"NER", "President Oumar Tessaly of Mali visited the border.", grounded{"Oumar Tessaly", "MLI", "GOV"}},
		// The presiding officer a speech addresses or congratulates on the office of the body.
		{"FJI", "Excellency, President Dario Velmont, it is an honour to speak here.", grounded{"Dario Velmont", "UN", "IGO"}},
		{"FJI", "I congratulate President Dario Velmont on assuming the chair of this body.", grounded{"Dario Velmont", "UN", "IGO"}},
		{"FJI", "We warmly congratulate President Dario Velmont on his election and assure him of our support.", grounded{"Dario Velmont", "UN", "IGO"}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeFor(d, date, tt.speaker)
		checkSpans(t, tt.text, ms)
		expect(t, ms, []grounded{tt.want})
		// entities.RecognizeFor takes the same path.
		expect(t, entities.RecognizeFor(c, a.Analyze(tt.text, nil), date, tt.speaker), []grounded{tt.want})
	}
	// Offices that are not the speaker's state's.
	negatives := []struct{ speaker, text, name string }{
		{"CMR", "We thank our Secretary-General, Mr. Rafael Montoro, for his report.", "Rafael Montoro"},
		{"CMR", "We congratulate President Dario Velmont on his victory in the elections held in Peru.", "Dario Velmont"},
		{"CMR", "Our partners, President Dario Velmont of Peru among them, came to Paris.", "Dario Velmont"},
		{"CMR", "We congratulate Mr. Dario Velmont on his election as President of Peru last June.", "Dario Velmont"},
	}
	for _, tt := range negatives {
		ms := c.RecognizeFor(a.Analyze(tt.text, nil), date, tt.speaker)
		found := false
		for _, m := range ms {
			if m.Text != tt.name {
				continue
			}
			found = true
			if m.Country == tt.speaker || m.Country == "UN" && tt.name == "Dario Velmont" {
				t.Errorf("%q: %q got country %q role %q", tt.text, m.Text, m.Country, m.Role)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tt.text, tt.name)
		}
	}
}

// TestAssemblyPresidents checks the Presidents of the General Assembly of offices.csv in and out
// of their session, one about to take the chair whom the text names with the Assembly, and the keys
// of a name with a middle initial and a generational suffix.
func TestAssemblyPresidents(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       grounded
	}{
		{"2024-01-10", "Dennis Francis opened the meeting on water.", grounded{"Dennis Francis", "UN", "IGO"}},
		{"2015-05-01", "Philemon Yang inaugurated the new bridge.", grounded{"Philemon Yang", "CMR", "GOV"}},
		// Before his session opened, he has no office of the date, and presides over the Assembly
		// the sentence names.
		{"2024-09-05", "We are grateful to President Philemon Yang for guiding this session of the General Assembly.", grounded{"Philemon Yang", "UN", "IGO"}},
		// "Ferdinand R. Marcos Jr." is "Ferdinand Marcos Jr." of the table.
		{"2023-03-01", "President Ferdinand R. Marcos Jr. met rice farmers.", grounded{"Ferdinand R. Marcos Jr.", "PHL", "GOV"}},
	}
	for _, tt := range tests {
		ms := c.RecognizeDated(a.Analyze(tt.text, nil), tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, []grounded{tt.want})
	}
}
