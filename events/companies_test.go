package events

import "testing"

// TestCompaniesOfCountries checks that a company the recognizers do not ground, named after a
// nationality or a possessive country, is that country's business (BUS). The sentences are
// written for this test; each expectation lists every event, in order.
func TestCompaniesOfCountries(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"companies", "The Indian State Trading Corp bought 6,000 tonnes of Malaysian palm olein.", []string{"INDBUS>MYS:061/asserted"}},
		{"companies", "The Thai authority will purchase a generator from Japan's Marubeni Corp.", []string{"THAGOV>JPNBUS:061/intended"}},
		{"companies", "The Egyptian Trading Co. bought French wheat.", []string{"EGYBUS>FRA:061/asserted"}},
		// a body that is no company keeps its own reading
		{"companies", "The Nigerian Central Bank bought British bonds.", []string{"NGA>GBR:061/asserted"}},
		// a headline in capitals tells nothing of names
		{"companies", "BRITAIN WANTS BANK REGULATION DEAL WITH JAPAN CORP.", []string{"GBR>JPN:057/asserted"}},
		{"companies", "Azerbaijan hosted the Non-Aligned Movement's Contact Group.", []string{}},
		{"companies", "Turkey criticized the Armenian Development Bank.", []string{"TUR>ARM:111/asserted"}},
		{"companies", "The South African Reserve Bank bought British gilts.", []string{"ZAF>GBR:061/asserted"}},
		{"companies", "The Indian Government bought Malaysian palm oil.", []string{"INDGOV>MYS:061/asserted"}},
	})
}
