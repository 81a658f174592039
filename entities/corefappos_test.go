package entities

import (
	"strings"
	"testing"
)

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

// Sentences written for this test (review of the apposition rules). A title nested in another
// ("the Special Envoy of the Secretary-General, X") is not X; an of-phrase stops at another title;
// a possessive or a coordinated title before the office is another holder; a title introduced
// later with a capitalized word before it is another office; a possessive after the comma is no
// name. want is the whole output; without it, notWant must not be in it.
func TestChainTitleAppositionReview(t *testing.T) {
	g := mustGaz(t)
	tests := []struct {
		name, text, want, notWant string
	}{
		{"a title nested in another title", "Secretary-General Lena Holm spoke . We thank the Special Envoy of the Secretary-General , Dr Paul Rask , for his work .",
			"", "Secretary-General/PERSON/Paul Rask"},
		{"an of-phrase stops at another title", "Prime Minister Paul Rask arrived . The talks were brokered by the King of Norway and the Danish Prime Minister , Paul Rask , in Oslo .",
			"", "King/PERSON/Paul Rask"},
		{"a possessive title is another holder", "Prime Minister Paul Rask visited Oslo . our Prime Minister has expressed concern . The Prime Minister promised tanks .",
			"Paul Rask/PERSON/Paul Rask Oslo/GPE/Oslo", ""},
		{"a coordinated title is another holder", "Prime Minister Paul Rask visited Oslo . the Crown Prince and Prime Minister has taken steps . The Prime Minister promised tanks .",
			"", " Prime Minister/PERSON/Paul Rask"},
		{"a title introduced later with a country is another office", "The Prime Minister announced tariffs on Monday . Later , Canadian Prime Minister Paul Rask criticized the tariffs .",
			"Canadian/NORP/CAN Paul Rask/PERSON/Paul Rask", ""},
		{"a possessive after the comma is no name", "Secretary-General Paul Rask spoke . We welcome the report of the Secretary-General , Our Common Agenda , and its proposals .",
			"Paul Rask/PERSON/Paul Rask Secretary-General/ORG/UN", ""},
	}
	for _, tc := range tests {
		s := safeRefsGot(t, g, tc.text, false)
		if tc.want != "" && s != tc.want || tc.want == "" && (tc.notWant == "" || strings.Contains(s, tc.notWant)) {
			t.Errorf("%s: %q\ngot  %s\nwant %s, not %q", tc.name, tc.text, s, tc.want, tc.notWant)
		}
	}
}
