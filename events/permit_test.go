package events

import "testing"

// Leave given for the subject's own act: "X was authorized to buy Y" codes X's purchase, intended.
func TestPermittedActs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"authorized", "Jamaica has been authorized to purchase U.S. wheat.", []string{"JAM>USA:061/intended"}},
		{"allowed", "Peru was allowed to buy Argentine beef.", []string{"PER>ARG:061/intended"}},
		{"permitted", "Tunisia was permitted to import Canadian wheat.", []string{"TUN>CAN:061/intended"}},
		{"plain passive", "Iran was allowed by Russia.", []string{"RUS>IRN:080/asserted"}},
	})
}
