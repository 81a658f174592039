package entities

import "testing"

// Sentences written for these tests. A title with a person's name in apposition right after it is
// that person, whoever was introduced with the title before; a title in a headline is the one
// person the text then introduces with it.
func TestChainTitleAppositionAndCataphora(t *testing.T) {
	g := mustGaz(t)
	tests := []struct {
		name, text, want string
	}{
		{"apposition after an of-phrase", "Foreign Minister Lena Holm met the Minister of Foreign Affairs of Chile , Dr Paul Rask , in Oslo .",
			"Lena Holm/PERSON/Lena Holm Minister/PERSON/Paul Rask Chile/GPE/CHL Paul Rask/PERSON/Paul Rask Oslo/GPE/Oslo"},
		{"apposition after the title", "Defence Minister Anna Kowalska met the Defence Minister , General Ivan Petrov , in Warsaw .",
			"Anna Kowalska/PERSON/Anna Kowalska Defence Minister/PERSON/Ivan Petrov Ivan Petrov/PERSON/Ivan Petrov Warsaw/GPE/Warsaw"},
		{"no apposition: the person introduced before", "Defence Minister Anna Kowalska visited Warsaw . The Defence Minister , who arrived late , promised tanks .",
			"Anna Kowalska/PERSON/Anna Kowalska Warsaw/GPE/Warsaw Defence Minister/PERSON/Anna Kowalska"},
		{"a headline title introduced later", "The Foreign Secretary visited Oslo . The Foreign Secretary Maria Cruz met officials there .",
			"Foreign Secretary/PERSON/Maria Cruz Oslo/GPE/Oslo Maria Cruz/PERSON/Maria Cruz"},
		{"the same office written again unqualified is no other holder",
			"The Prime Minister and President Anne Dubois met at the United Kingdom summit . Prime Minister and President Anne Dubois speaking . The Prime Minister and President Anne Dubois signed a treaty .",
			"Prime Minister/PERSON/GBR Government Anne Dubois/PERSON/Anne Dubois United Kingdom/GPE/GBR Anne Dubois/PERSON/Anne Dubois Prime Minister/PERSON/GBR Government Anne Dubois/PERSON/Anne Dubois"},
		{"another country's office before: in doubt",
			"The Prime Minister and President Anne Dubois met at the United Kingdom summit . Iraqi Prime Minister and President Anne Dubois spoke . The Prime Minister and President Anne Dubois signed a treaty .",
			"Prime Minister/PERSON/GBR Government Anne Dubois/PERSON/Anne Dubois United Kingdom/GPE/GBR Iraqi/NORP/IRQ Anne Dubois/PERSON/Anne Dubois Anne Dubois/PERSON/Anne Dubois"},
		{"two people introduced later with the title: in doubt", "The Foreign Secretary visited Oslo . Foreign Secretary Maria Cruz and Foreign Secretary Ana Ruiz met .",
			"Oslo/GPE/Oslo Maria Cruz/PERSON/Maria Cruz Ana Ruiz/PERSON/Ana Ruiz"},
	}
	for _, tc := range tests {
		if s := safeRefsGot(t, g, tc.text, false); s != tc.want {
			t.Errorf("%s: %q\ngot  %s\nwant %s", tc.name, tc.text, s, tc.want)
		}
	}
}
