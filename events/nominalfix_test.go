package events

import "testing"

// TestNominalFixes: the corrections of the nominal events (nominalfix.go), on our own sentences:
// codes changed by the noun's modifiers or target, conditions, own roles, adjective lists,
// nouns whose usual sense is not the verb's act, and topics across a relative clause.
func TestNominalFixes(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"economic blockade", "The economic, commercial and financial blockade imposed by Peru against Bolivia hurts farmers.", []string{"PER>BOL:163/asserted"}},
		{"naval blockade", "The naval blockade imposed by Peru against Bolivia hurts farmers.", []string{"PER>BOL:191/asserted"}},
		{"aerial bombardment", "The aerial bombardment of Chad by Sudan killed dozens.", []string{"SDN>TCD:195/asserted"}},
		{"bombardment by air", "The bombardment of Chad by Sudan from the air killed dozens.", []string{"SDN>TCD:195/asserted"}},
		{"bombardment", "The bombardment of Chad by Sudan killed dozens.", []string{"SDN>TCD:194/asserted"}},
		{"terrorist attack", "The terrorist attack by Sudan against Chad killed dozens.", []string{"SDN>TCD:180/asserted"}},
		{"attack on civilians", "The attack by Sudan against Chadian civilians killed dozens.", []string{"SDN>TCDCVL:180/asserted"}},
		{"attack", "The attack by Sudan against Chad killed dozens.", []string{"SDN>TCD:190/asserted"}},
		{"condition", "Peace is impossible without the complete withdrawal of Ethiopia from Somalia.", []string{"ETH>SOM:087/hypothetical"}},
		{"before is no condition", "Prices rose even before the withdrawal of Ethiopia from Somalia.", []string{"ETH>SOM:087/asserted"}},
		{"occurred", "Peace followed the complete withdrawal of Ethiopia from Somalia.", []string{"ETH>SOM:087/asserted"}},
		{"own civilians", "The evacuation of Canadians by Canada went smoothly.", []string{}},
		{"own forces", "Chile's deployment of Chilean troops was quick.", []string{}},
		{"payment", "Peru's compensation to Bolivia was paid in full.", []string{}},
		{"firing", "The dismissal of the Peruvian ambassador by Bolivia surprised nobody.", []string{}},
		{"adjective list", "The consultation of Peru with African, Caribbean and Pacific countries ended.", []string{}},
		{"topic across a relative clause", "Fiji reaffirmed its rejection of unilateral measures that violate the principles of international law, such as the embargo imposed by Spain on Morocco.", []string{}},
		{"topic of with regard to", "With regard to the embargo imposed by Spain on Morocco, Fiji supports the resolutions of the Assembly.", []string{}},
		{"topic of an issue", "The issue of the embargo of Spain against Morocco will be discussed in October.", []string{}},
		{"no topic: a matter of days", "In a matter of days, Sudan's bombardment of Chad has killed hundreds.", []string{"SDN>TCD:194/asserted"}},
		{"topic of ending", "The Assembly adopted a resolution on ending the embargo imposed by Spain on Morocco.", []string{}},
	})
}
