package events

import (
	"slices"
	"testing"
)

// TestCompaniesOfCountries checks that a company the recognizers do not ground, named after a
// nationality or a possessive country, is that country's business (BUS). The sentences are
// written for this test; each expectation lists every event, in order.
func TestCompaniesOfCountries(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Indian State Trading Corp bought 6,000 tonnes of Malaysian palm olein.", []string{"INDBUS>MYS:061/asserted"}},
		{"The Thai authority will purchase a generator from Japan's Marubeni Corp.", []string{"THAGOV>JPNBUS:061/intended"}},
		{"The Egyptian Trading Co. bought French wheat.", []string{"EGYBUS>FRA:061/asserted"}},
		// a body that is no company keeps its own reading
		{"Azerbaijan hosted the Non-Aligned Movement's Contact Group.", []string{}},
		{"Turkey criticized the Armenian Development Bank.", []string{"TUR>ARM:111/asserted"}},
		{"The South African Reserve Bank bought British gilts.", []string{"ZAF>GBR:061/asserted"}},
		{"The Indian Government bought Malaysian palm oil.", []string{"INDGOV>MYS:061/asserted"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q\n got  %v\n want %v", tc.text, got, tc.want)
		}
	}
}
