package events

import "testing"

// Sentences written for these tests in the style of defence ministry releases and wire copy.

// A partner named between the source and the verb ("as part of X", "along with X", "together
// with X") does the act too; a partner phrase after the verb, a place, or one that is the target
// adds nothing.
func TestPartnerSources(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"as-part-of-appositive", "Denmark, as part of NATO, bombed Serbian positions.",
			[]string{"DNK>SRBMIL:195/asserted", "NATO>SRBMIL:195/asserted"}},
		{"along-with", "Kenya, along with Uganda, sent troops to Somalia.",
			[]string{"KEN>SOM:154/asserted", "UGA>SOM:154/asserted"}},
		{"working-as-part-of", "Norway is working as part of the African Union to support Somalia.",
			[]string{"NOR>SOM:051/asserted", "AU>SOM:051/asserted"}},
		{"after-verb", "France struck targets in Syria along with Britain.", []string{"FRA>SYR:190/asserted"}},
		{"no-target", "Jamaica, as part of the Caribbean Community, voted on Monday.", nil},
		{"partner-is-target", "Greece, as part of the European Union, criticized the European Union.", []string{"GRC>EU:111/asserted"}},
	})
}

// A member of a list of three or more may carry a modifier the tagger takes for a noun ("the
// wider"): it stays in the list, and so does the first member; an appositive of two stays one.
func TestListWithModifiedMember(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"wider", "Canada, the wider European Union and the Government of Chad have supported the Malian army.",
			[]string{"CAN>MLIMIL:051/asserted", "EU>MLIMIL:051/asserted", "TCDGOV>MLIMIL:051/asserted"}},
		{"plain-list", "Britain, France and the Government of Iraq have supported the Iraqi army.",
			[]string{"GBR>IRQMIL:051/asserted", "FRA>IRQMIL:051/asserted", "IRQGOV>IRQMIL:051/asserted"}},
	})
}

// The purpose of a handing over may name the activity helped after "in" or "with", and the
// actor helped after "for" ("to assist in training for the Somali army"); an activity with no
// actor gives nothing.
func TestPurposeActivityFor(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"assist-in-for", "Turkey provided 40 instructors to assist in training for the Somali army.",
			[]string{"TUR>SOMMIL:070/asserted"}},
		{"providing", "Italy is providing 200 soldiers to assist in training for the Libyan army.",
			[]string{"ITA>LBYMIL:074/asserted"}},
		{"help-with-for", "Japan sent advisers to help with planning for the Kenyan police.",
			[]string{"JPN>KENCOP:070/asserted"}},
		{"no-actor", "Norway sent money to help in the reconstruction of schools.", nil},
	})
}
