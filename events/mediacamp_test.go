package events

import "testing"

// TestMediaOutletsAndCamps checks the role of a country's news outlet ("Brazil's leading
// newspaper": the country's media, MED) and of a refugee camp, which is a place of the country
// and not its refugees unless people named after the camp act. Sentences written for this test.
func TestMediaOutletsAndCamps(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"newspaper", "Brazil's leading newspaper criticized the government of Argentina.", []string{"BRAMED>ARGGOV:111/asserted"}},
		{"state-television", "Iranian state television accused Israel of the attack.", []string{"IRNMED>ISR:1123/asserted"}},
		{"television-channel", "Russia's largest television channel attacked the policies of Ukraine.", []string{"RUSMED>UKR:111/asserted"}},
		{"radio-station", "A Kenyan radio station criticized Uganda's president.", []string{"KENMED>UGAGOV:111/asserted"}},
		{"press", "The Egyptian press praised the agreement with Sudan.", []string{"EGYMED>SDN:051/asserted"}},
		{"camp-possessive", "Kenya's largest refugee camp was attacked by Somali militants.", []string{"SOMREB>KEN:190/asserted"}},
		{"camp-demonym", "Somali militants attacked a Kenyan refugee camp near the border.", []string{"SOMREB>KEN:190/asserted"}},
		{"camps-plural", "Syrian warplanes bombed Jordanian refugee camps.", []string{"SYRMIL>JOR:195/asserted"}},
		{"refugees-act", "Somali refugees in Kenya protested against the government of Somalia.", []string{"SOMREF>SOMGOV:140/asserted"}},
		{"army-camp", "Sudanese rebels attacked a Chadian army camp.", []string{"SDNREB>TCDMIL:190/asserted"}},
	})
}

// TestCoordinatedDemonymRole checks that a demonym coordinated with another before a role noun
// shares the noun's role ("Iraqi and Kurdish officials": Iraqi officials and Kurdish officials),
// also when the other demonym names a people rather than a country, and that a modifier or "the
// X and Y peoples" gives none. Sentences written for this test.
func TestCoordinatedDemonymRole(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"people-second", "Iraqi and Kurdish officials met in Baghdad to discuss the budget with Turkey.",
			[]string{"IRQGOV>Kurds:040/asserted", "Kurds>IRQGOV:040/asserted"}},
		{"countries", "Russian and Chinese diplomats criticized the United States.",
			[]string{"RUSGOV>USA:111/asserted", "CHNGOV>USA:111/asserted"}},
		{"refugees", "Syrian and Iraqi refugees protested against Turkey.",
			[]string{"SYRREF>TUR:140/asserted", "IRQREF>TUR:140/asserted"}},
	})
}
