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

// A nationality opening a proper name ("American Express", "British Petroleum") names a firm or
// association of that country (BUS); role nouns after it ("the Japanese Prime Minister", "the
// Israeli Navy") stay roles. Sentences written for this test.
func TestDemonymNames(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"name", "Kenya awarded a contract to Italian Impregilo to build the dam.", []string{"KEN>ITABUS:061/asserted"}},
		{"name", "Egypt ordered 10 aircraft from American Boeing, officials said.", []string{"EGY>USABUS:061/reported"}},
		{"name", "Iraq signed a contract with British Petroleum to develop the Rumaila field.", []string{"IRQ>GBRBUS:060/asserted", "GBRBUS>IRQ:060/asserted"}},
		{"name", "The American Soybean Association urged the U.S. government to act.", []string{"USABUS>USAGOV:020/asserted"}},
		{"role", "China criticized the Japanese Prime Minister.", []string{"CHN>JPNGOV:111/asserted"}},
		{"role", "Iran accused the Israeli Navy of piracy.", []string{"IRN>ISRMIL:112/asserted"}},
		{"public-bank", "The South African Reserve Bank bought British gilts.", []string{"ZAF>GBR:061/asserted"}},
	})
}
