package events

import "testing"

// Acts done "in cooperation with" a partner, written for this test: a joint act of cooperation
// (050) both ways whatever the verb; a committed act ("will host") is the subject's statement of
// intent (032), its own act only; a speech verb, a passive and a list after "including" are not
// the act's subject.
func TestCooperationAdjuncts(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"after-verb", "Japan built the school in cooperation with UNICEF.", []string{"JPN>UNICEF:050/asserted", "UNICEF>JPN:050/asserted"}},
		{"after-subject", "Kenya, in partnership with the World Bank, launched a programme on water.", []string{"KEN>WORLDBANK:050/asserted", "WORLDBANK>KEN:050/asserted"}},
		{"adjective", "Egypt works in close cooperation with the African Union.", []string{"EGY>AU:050/asserted", "AU>EGY:050/asserted"}},
		{"beside-other-act", "Ghana, in close coordination with ECOWAS, sent troops to Mali.", []string{"GHA>MLI:154/asserted", "GHA>ECOWAS:050/asserted", "ECOWAS>GHA:050/asserted"}},
		{"committed", "Zambia, in collaboration with the African Union, will host a conference on child marriage.", []string{"ZMB>AU:032/asserted"}},
		{"committed-over-including", "Russia will continue to do its utmost to facilitate the process, including within the Quartet and in cooperation with the League of Arab States.", []string{"RUS>ARABLEAGUE:032/asserted"}},
		{"reported", "Japan said that Kenya built the school in cooperation with UNICEF.", []string{"KEN>UNICEF:050/reported", "UNICEF>KEN:050/reported"}},
		{"passive", "The school was built in cooperation with UNICEF.", nil},
		{"no-actor", "Japan built the school in cooperation with several partners.", nil},
	})
}

// What is not a joint act of the subject (review 19a): a refused, failed or negated act, a
// proposal, a welcome of someone else's act, a commitment to a gerund, a subject after a
// preposition; a demonym names no partner; a pair the sentence already codes keeps what it has.
// The first two sentences are the reviewer's probes, the others written for this test.
func TestCooperationAdjunctsNotJoint(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"refused", "Mexico refused to build the wall in cooperation with the United States.", []string{"MEX>USA:120/asserted"}},
		{"negated-committed", "Canada, in cooperation with Mexico, will not attend the summit.", nil},
		{"declined", "Brazil declined to build the dam in partnership with Paraguay.", []string{"BRA>PRY:120/asserted"}},
		{"did-not", "Peru did not build the road in cooperation with Chile.", nil},
		{"failed", "Peru failed to build the road in cooperation with Chile.", nil},
		{"proposes", "Turkmenistan proposes an initiative to convene a forum on food security in cooperation with the World Health Organization and UNICEF.", nil},
		{"proposal-noun", "Ghana made a proposal to hold a conference in partnership with the African Union.", nil},
		{"welcome-other", "Chad welcomes the initiative of the United Nations, in partnership with ECOWAS, to assess the situation.", nil},
		{"welcome-pair", "Chad welcomes the initiative of the United Nations and the African Union, in partnership with ECOWAS.", []string{"TCD>ECOWAS:051/asserted"}},
		{"commitment-gerund", "The Assembly can count on Dominica's commitment to working in close collaboration with the United Nations.", nil},
		{"commitment-gerund2", "Fiji reaffirmed its commitment to working in cooperation with the World Bank.", nil},
		{"demonym-partner", "Iran and Turkey, in cooperation with the Government of Syria and other Syrian parties, reduced tension.", []string{"IRN>SYRGOV:050/asserted", "SYRGOV>IRN:050/asserted", "TUR>SYRGOV:050/asserted", "SYRGOV>TUR:050/asserted"}},
		{"subject-after-preposition", "Morocco, which favours drafting, under United Nations auspices, a treaty, intends to build a hospital in cooperation with Rwanda.", nil},
		{"committed-subject", "Morocco intends to build a hospital in cooperation with Rwanda and the World Bank.", []string{"MAR>RWA:032/asserted", "MAR>WORLDBANK:032/asserted"}},
		{"antecedent-after-of", "Peru praised the role of the African Union, which works in close coordination with the United Nations.", []string{"PER>AU:051/asserted", "AU>UN:050/asserted", "UN>AU:050/asserted"}},
		{"still-joint", "Peru built the road in cooperation with Chile.", []string{"PER>CHL:050/asserted", "CHL>PER:050/asserted"}},
	})
}
