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

// The target of a reduced participle's act is an argument of the participle: not a word of the
// agent's own description or name, not its own state or organization, nor an actor of a phrase
// after a comma, a dash, another verb or another noun's "of".
func TestReducedTargets(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"own state", "Ghana accepted the initiative launched by Mr. Vladimir Putin, President of the Russian Federation.",
			nil},
		{"apposed phrase", "Peru backs the partnership initiative launched by President Jorge Mena, a large-scale project open to all Asian and European States.",
			[]string{"PER>Jorge Mena:050/asserted"}},
		{"noun's of", "Kenya backs the initiative launched by Egypt during its membership of the Security Council.",
			[]string{"KEN>EGY:050/asserted"}},
		{"name's acronym", "Many towns burned in the fires set by the Islamic State in Iraq and the Sham (ISIS).", nil},
		// a resolution adopted against Niger is no agreement with Niger (coder.go: no cooperative
		// act toward the actor it is against)
		{"against, no partner", "Mali condemned the resolution adopted by Chad against Niger.",
			[]string{"MLI>TCD:111/asserted"}},
	})
}

// What stays a target of a reduced participle: a party of a joint act listed with the agent, the
// patient after the agent's allies, the object of "of" after a noun of the participle's phrase.
func TestReducedTargetsKept(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"listed party", "Kenya praised the accord signed by the President of Ghana, the President of Togo and the Prime Minister of Benin.",
			[]string{"KEN>TGOGOV:051/asserted", "GHAGOV>TGOGOV:057/asserted", "TGOGOV>GHAGOV:057/asserted"}},
		{"allies", "We share the concerns expressed by Chile and its allies regarding Bolivia's influence in the region.",
			[]string{"CHL>BOL:012/asserted"}},
	})
}
