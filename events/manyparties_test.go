package events

import "testing"

// Sentences written for these tests in the style of wire copy and of speeches.

// allPairs returns every ordered pair of the parties with the code and modality given.
func allPairs(cm string, parties ...string) []string {
	var out []string
	for _, s := range parties {
		for _, t := range parties {
			if s != t {
				out = append(out, s+">"+t+":"+cm)
			}
		}
	}
	return out
}

// A list joined by "as well as", or with a title opening a member after a comma, is one list: a
// joint act of its members gives every ordered pair. "as well as" before an object joins objects.
func TestManyPartiesListForms(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"as-well-as-commas", "Kenya, Uganda, as well as Tanzania, signed the treaty.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"as-well-as", "Kenya and Uganda as well as Tanzania signed the treaty.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"as-well-as-objects", "Kenya condemned Uganda as well as Tanzania.", []string{"KEN>UGA:111/asserted", "KEN>TZA:111/asserted"}},
		{"titles-after-comma", "President Ruto, Prime Minister Abiy and President Museveni held talks in Nairobi.",
			allPairs("046/asserted", "Ruto", "Abiy", "Museveni")},
		{"title-after-comma-clause", "Kenya condemned Uganda, President Museveni said.", []string{"KEN>UGA:111/reported"}},
	})
}

// Joint acts named by a noun with their parties after "among", or after "of" for meetings, give
// every ordered pair; generic parties ("among States"), one body ("the summit of the African
// Union") and a plural of separate meetings ("the summits of NATO and the OIC") give none.
func TestManyPartiesNouns(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"talks-among", "Talks among Kenya, Uganda and Tanzania ended in Arusha on Friday.", allPairs("046/asserted", "KEN", "UGA", "TZA")},
		{"agreement-among", "The signing of the agreement among Kenya, Uganda and Tanzania was delayed.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"among-generic", "Talks among States ended in Arusha on Friday.", nil},
		{"among-demonyms", "Dialogue among African and Arab groups resumed on Friday.", nil},
		{"summit-of", "The summit of Kenya, Uganda and Tanzania ended in Arusha.", allPairs("040/asserted", "KEN", "UGA", "TZA")},
		{"trilateral-meeting-of", "A trilateral meeting of Kenya, Uganda and Tanzania took place in Arusha.", allPairs("040/asserted", "KEN", "UGA", "TZA")},
		{"summit-of-one-body", "The summit of the African Union opened in Addis Ababa.", nil},
		{"summits-of-each", "The summits of NATO and the African Union ended on Friday.", nil},
	})
}

// Who joins others in a joint act (signing, meeting) does it with them: every party toward every
// other, with the joint act's code; joining others in another act stays the subject's act.
func TestJoinedInJointAct(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"in-signing", "Kenya joined Uganda and Tanzania in signing the treaty.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"to-sign", "Kenya joined Uganda and Tanzania to sign the treaty.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"in-condemning", "Kenya joined Uganda in condemning the attack.", []string{"KEN>UGA:040/asserted"}},
	})
}

// A phone call or consultations held together are a joint act of the parties.
func TestManyPartiesCallsAndConsultations(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"phone-call", "Kenya and Uganda held a phone call on Monday.", allPairs("041/asserted", "KEN", "UGA")},
		{"telephone-conversation-with", "Kenya held a telephone conversation with Uganda.", allPairs("041/asserted", "KEN", "UGA")},
		{"consultations", "Kenya, Uganda and Tanzania held consultations in Arusha.", allPairs("040/asserted", "KEN", "UGA", "TZA")},
		{"consultations-alone", "Kenya held consultations on the budget.", nil},
	})
}

// An agreement that a participle set off by commas says a list of parties signed is their joint
// signing; another act so set off, an agreement of one party, or no agreement noun, is none.
func TestCommaSignedBy(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"declaration-signed-by", "The declaration, signed by Kenya, Uganda and Tanzania, opened the border.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"of-phrase", "The Declaration of Principles, signed by Kenya and Uganda in May, remains in force.", allPairs("057/asserted", "KEN", "UGA")},
		{"concluded-by", "The pact, concluded by Kenya and Uganda in 2019, remains in force.", allPairs("057/asserted", "KEN", "UGA")},
		{"other-act", "The attack, condemned by Kenya and Uganda, killed ten people.", nil},
		{"one-party", "The pact, signed by Uganda in May, was criticized.", nil},
		{"no-agreement", "The photograph, signed by Kenya and Uganda, was sold.", nil},
	})
}

// "all", "each" floated after a list keep the list the subject of its verb: a joint act gives every
// pair, another act one event for each member.
func TestFloatingQuantifier(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"all-signed", "Kenya, Uganda and Tanzania all signed the treaty.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"have-all-signed", "Kenya, Uganda and Tanzania have all signed the treaty.", allPairs("057/asserted", "KEN", "UGA", "TZA")},
		{"have-all-struck", "France, Britain and Jordan have all struck targets in Syria.",
			[]string{"FRA>SYR:190/asserted", "GBR>SYR:190/asserted", "JOR>SYR:190/asserted"}},
		{"all-of-them", "All of them signed the treaty with Kenya.", nil},
	})
}
