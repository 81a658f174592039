package events

import "testing"

// Sentences written for these tests in the style of wire copy and UN speeches.

// Working together is a joint act, both ways (050), with the object of "with" as the partner;
// when that object is no actor ("like-minded countries") there is no event, not one toward a
// place named later.
func TestWorkingWith(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"work-with", "Malawi has been working with the United Nations to train rural nurses.", []string{"MWI>UN:050/asserted", "UN>MWI:050/asserted"}},
		{"cooperate-closely", "Kenya is cooperating closely with Uganda on security.", []string{"KEN>UGA:050/asserted", "UGA>KEN:050/asserted"}},
		{"collaborate", "France collaborates with Germany on defence research.", []string{"FRA>DEU:050/asserted", "DEU>FRA:050/asserted"}},
		{"partner", "Japan will partner with India on the bullet train.", []string{"JPN>IND:050/intended", "IND>JPN:050/intended"}},
		{"alongside", "Norway worked alongside Sweden to broker the deal.", []string{"NOR>SWE:050/asserted", "SWE>NOR:050/asserted"}},
		{"of-object", "Finland works with the government of Estonia on energy security.", []string{"FIN>ESTGOV:050/asserted", "ESTGOV>FIN:050/asserted"}},
		{"no-partner", "Canada works closely with like-minded countries to advance democracy in Burma.", nil},
	})
}

// "Meet" a duty or a goal is fulfilling it, not a meeting; "meet the demands of X" stays an
// accession (083) and meeting a party a meeting.
func TestMeetObligations(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"responsibilities", "We insist that the Iranian Government meet its responsibilities under Security Council resolutions.", nil},
		{"obligations", "Greece must meet its obligations to the European Union.", nil},
		{"targets", "Argentina failed to meet the IMF's targets.", nil},
		{"conditions", "Zambia has met all the conditions set by the World Bank.", nil},
		{"demands", "Iran met the demands of the IAEA.", []string{"IRN>IAEA:083/asserted"}},
		{"party", "Egypt met Israel in Cairo.", []string{"EGY>ISR:040/asserted", "ISR>EGY:040/asserted"}},
		{"official", "The Jordanian foreign minister met on Sunday with the Minister of Foreign Affairs of Oman.", []string{"JORGOV>OMN:040/asserted", "OMN>JORGOV:040/asserted"}},
	})
}

// A time adverb between the subject and the verb that the tagger takes for a verb ("Taiwan
// overnight bought") is read as an adverb.
func TestTimeAdverbBeforeVerb(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"overnight", "Taiwan overnight bought 450,000 tonnes of U.S. corn.", []string{"TWN>USA:061/asserted"}},
		{"overnight", "Egypt overnight sold 50,000 tonnes of cotton to China.", []string{"CHN>EGY:061/asserted"}},
		{"today", "Iraq today bought 100,000 tonnes of Australian wheat.", []string{"IRQ>AUS:061/asserted"}},
	})
}

// A fronted time phrase without a comma ("On Monday Iran attacked") does not hide the subject,
// and a verb the tagger takes for an adverb or adjective after a modal, a time phrase and "once
// more" ("would this year once more urge") is a verb; sentences written for this test.
func TestFrontedTimeAndAdverbs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"fronted-day", "On Monday Iran attacked Iraq.", []string{"IRN>IRQ:190/asserted"}},
		{"fronted-year", "In 2014 Russia annexed Crimea.", []string{"RUS>UKR:192/asserted"}},
		{"fronted-month", "In March China imposed sanctions on Lithuania.", []string{"CHN>LTU:163/asserted"}},
		{"fronted-compound", "On Tuesday Egypt and Sudan signed a water agreement.", []string{"EGY>SDN:057/asserted", "SDN>EGY:057/asserted"}},
		{"once-more", "Japan would this year once more urge North Korea to return the abductees.", []string{"JPN>PRK:0253/hypothetical"}},
		{"this-year", "Japan would this year urge North Korea to return the abductees.", []string{"JPN>PRK:0253/hypothetical"}},
		{"no-actor-pair", "The 2014 Russia-Ukraine agreement collapsed.", nil},
	})
}

// Flying raids or sorties is an aerial attack (195); flying in relief is humanitarian aid (073).
// Sentences written for this test.
func TestFlyingRaids(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"bombing-raids", "Russia flew bombing raids against Syrian rebels.", []string{"RUS>SYRREB:195/asserted"}},
		{"sorties", "U.S. aircraft flew sorties against Islamic State positions near Mosul.", []string{"USAMIL>Islamic State:195/asserted"}},
		{"relief", "Egypt flew relief supplies to Libya.", []string{"EGY>LBY:073/asserted"}},
	})
}
