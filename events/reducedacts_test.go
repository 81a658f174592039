package events

import "testing"

// The sentences are written for these tests.

// A participle after the noun of its object: the agent after "by" acts, or, for a joint act, the
// clause's subject with the partner after "with".
func TestReducedObjects(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"agent-joint", "Kenya praised the accord signed by Egypt and Israel.",
			[]string{"KEN>EGY:051/asserted", "KEN>ISR:051/asserted", "EGY>ISR:057/asserted", "ISR>EGY:057/asserted"}},
		{"with-partner", "Ghana has begun to implement a trade contract signed in May with Nigeria.",
			[]string{"GHA>NGA:060/asserted", "NGA>GHA:060/asserted"}},
		{"no-with", "The talks held here under the auspices of the African Union ended.", nil},
	})
}

// A firm described after its nationality and named after the description is that country's
// business; a role noun among the words ("militant") is no firm.
func TestDescribedFirms(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"bracketed", "The Canadian computer services group <Maple Data Systems> signed a supply contract with Ghana.",
			[]string{"CANBUS>GHA:060/asserted", "GHA>CANBUS:060/asserted"}},
		{"coordinated trade", "Swiss watch and jewellery maker <Alpen Uhren> agreed to buy Japanese camera manufacturer <Kamera Seiki>.",
			[]string{"CHEBUS>JPNBUS:0311/asserted"}},
		{"unmarked name", "Dutch electronics group Philips sold tanks to Egypt.",
			[]string{"NLDBUS>EGY:062/asserted", "EGY>NLDBUS:062/asserted"}},
	})
}

// The theme of a transfer ("of 300,000 tonnes of sugar") does not hide its recipient.
func TestTransferTheme(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"sale", "Mexico's sale of 300,000 tonnes of sugar to Cuba angered Brazil.", []string{"MEX>CUB:061/asserted"}},
	})
}
