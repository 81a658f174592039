package entities

import "testing"

// Names written for this test. An organization mention nothing grounded whose name is "UN",
// "U.N." or "United Nations" and a body is an organ of the UN; a document, an award, a grounded
// mention or a name that only contains "UN" stay as they are.
func TestGroundUNOrgans(t *testing.T) {
	tests := []struct {
		m             Mention
		country, role string
	}{
		{Mention{Type: ORG, Text: "UN Board of Inquiry", Entity: "UN Board of Inquiry"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "United Nations Panel of Experts", Entity: "United Nations Panel of Experts"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "U.N. Mission", Entity: "U.N. Mission"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "UN Charter", Entity: "UN Charter"}, "", ""},
		{Mention{Type: ORG, Text: "United Nations Award", Entity: "United Nations Award"}, "", ""},
		{Mention{Type: ORG, Text: "UNITA Council", Entity: "UNITA Council"}, "", ""},
		{Mention{Type: ORG, Text: "UN Council", Entity: "Some Council", Country: "FRA"}, "FRA", ""},
		{Mention{Type: PERSON, Text: "UN Board", Entity: "UN Board"}, "", ""},
		// documents, plans, groups of states, names cut short (written for the review's findings)
		{Mention{Type: ORG, Text: "United Nations Programme of Action", Entity: "United Nations Programme of Action"}, "", ""},
		{Mention{Type: ORG, Text: "U.N. Program for Oceania", Entity: "U.N. Program for Oceania"}, "", ""},
		{Mention{Type: ORG, Text: "UN Group of Friends of Mediation", Entity: "UN Group of Friends of Mediation"}, "", ""},
		{Mention{Type: ORG, Text: "UN Group of", Entity: "UN Group of"}, "", ""},
		// a committee cut short by the recognizer is still the UN's organ; the UN system's organs as a class
		{Mention{Type: ORG, Text: "United Nations Committee of", Entity: "United Nations Committee of"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "UN Office for", Entity: "UN Office for"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "UN Programme and Agencies", Entity: "UN Programme and Agencies"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "UN Funds and Programmes", Entity: "UN Funds and Programmes"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "UN Peace and Security", Entity: "UN Peace and Security"}, "", ""},
		{Mention{Type: ORG, Text: "UN Commission Strategy", Entity: "UN Commission Strategy"}, "", ""},
		{Mention{Type: ORG, Text: "United Nations Development Programme", Entity: "United Nations Development Programme"}, "UN", "IGO"},
		{Mention{Type: ORG, Text: "UN Office for Outer Space Affairs", Entity: "UN Office for Outer Space Affairs"}, "UN", "IGO"},
	}
	for _, tc := range tests {
		ms := []Mention{tc.m}
		groundUNOrgans(ms)
		if ms[0].Country != tc.country || ms[0].Role != tc.role {
			t.Errorf("%q: country %q role %q, want %q %q", tc.m.Text, ms[0].Country, ms[0].Role, tc.country, tc.role)
		}
	}
}
