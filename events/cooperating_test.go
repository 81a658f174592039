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
