package events

import "testing"

// Sentences written for these tests in the style of wire copy.

// Parties that join others to launch or hold talks hold them together: every party toward every
// other. "join" with another purpose, or with no purpose, stays the subject's act toward the
// object.
func TestJoinedForTalks(t *testing.T) {
	all := func(cs ...string) []string {
		var out []string
		for _, s := range cs {
			for _, t := range cs {
				if s != t {
					out = append(out, s+">"+t+":040/asserted")
				}
			}
		}
		return out
	}
	checkEventCases(t, []eventCase{
		{"to-launch", "Brazil, Chile and Peru joined Argentina and Uruguay to launch trade talks in May 2005.",
			all("BRA", "CHL", "PER", "ARG", "URY")},
		{"in-holding", "Egypt and Jordan joined Israel in holding talks on water.", all("EGY", "JOR", "ISR")},
		{"to-start-negotiations", "Brazil joined Chile and Peru to start negotiations on fishing.", all("BRA", "CHL", "PER")},
		{"dash-apposition", "Ghana joined the two sponsors of the plan — Togo and Benin — to open a dialogue on the border.",
			all("GHA", "TGO", "BEN")},
		// not talks: the subject's act toward the object only
		{"other-purpose", "Kenya joined Uganda to condemn the attack.", []string{"KEN>UGA:040/asserted"}},
		{"membership-date", "Kenya joined the African Union in 1963.", []string{"KEN>AU:040/asserted"}},
		{"talks-far", "Kenya joined Uganda to ask the donors of the two regional banks for talks.", []string{"KEN>UGA:040/asserted"}},
		{"lone-dash", "Ghana joined Togo — to launch talks, officials hoped.", []string{"GHA>TGO:040/reported"}},
	})
}

// Working "in partnership with" a partner is working with it; a second partner coordinated by "and
// with" after the first (over a topic) is a partner of the same act. "with the support of X" is
// not a second partner.
func TestPartnershipAndSecondWith(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"in-close-partnership", "Norway has worked in close partnership with Ghana on fisheries.",
			[]string{"NOR>GHA:050/asserted", "GHA>NOR:050/asserted"}},
		{"in-partnership", "Norway works in partnership with Ghana.", []string{"NOR>GHA:050/asserted", "GHA>NOR:050/asserted"}},
		{"second-with-topic", "Norway has worked closely with Ghana on fisheries and with Togo on schools.",
			[]string{"NOR>GHA:050/asserted", "GHA>NOR:050/asserted", "NOR>TGO:050/asserted", "TGO>NOR:050/asserted"}},
		{"second-with-signed", "Peru signed agreements with Chile on trade and with Bolivia on water.",
			[]string{"PER>CHL:057/asserted", "CHL>PER:057/asserted", "PER>BOL:057/asserted", "BOL>PER:057/asserted"}},
		{"with-the-support-of", "Peru signed an agreement with Chile and with the support of Bolivia.",
			[]string{"PER>CHL:057/asserted", "CHL>PER:057/asserted", "CHL>BOL:051/asserted"}},
		{"second-with-not-actor", "Peru met with Chile on trade and with the rebels in the north.",
			[]string{"PER>CHL:040/asserted", "CHL>PER:040/asserted"}},
		{"no-partnership", "Norway works in Ghana on fisheries.", nil},
	})
}
