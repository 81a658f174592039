package events

import "testing"

// TestSpeakerAssertsParticiple checks that what a participle or a noun states in the object of a
// speaker's own verb ("We acknowledge the assistance provided by X to Y") is asserted, while a
// named actor's speech verb and a "that" clause still report it. Sentences written for this test.
func TestSpeakerAssertsParticiple(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"speaker-noun", "We acknowledge the assistance provided by Japan to Haiti.", []string{"JPN>HTI:070/asserted"}},
		{"speaker-adverb", "We also acknowledge the very useful cooperation between the AU and the United Nations.", []string{"AU>UN:050/asserted", "UN>AU:050/asserted"}},
		{"speaker-participle", "I note the agreement signed by Ethiopia and Eritrea.", []string{"ETH>ERI:057/asserted", "ERI>ETH:057/asserted"}},
		{"named-speaker", "Kenya acknowledged the assistance provided by Japan to Haiti.", []string{"JPN>HTI:070/reported"}},
		{"reported-frame", "Kenya said it welcomed the agreement signed by Colombia and Venezuela.",
			[]string{"KEN>COL:051/reported", "KEN>VEN:051/reported", "COL>VEN:057/reported", "VEN>COL:057/reported"}},
	})
}

// TestMediatorAndAgainst checks that the mediator of a deal named by a participle ("brokered by
// X") mediates for the parties of the clause, not for one who only welcomes or praises the deal,
// and that a cooperative act is not coded toward the actor it is "against". Sentences written for
// this test.
func TestMediatorAndAgainst(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"welcomer-no-party", "Kenya welcomed the deal brokered by Qatar.", []string{"KEN>QAT:051/asserted"}},
		{"supporter-no-party", "Kenya supported the agreement brokered by Norway in 2015.", []string{"KEN>NOR:051/asserted"}},
		{"parties", "Israel and Hamas accepted the deal brokered by Qatar.", []string{"QAT>ISR:045/asserted", "QAT>Hamas:045/asserted"}},
		{"between", "Kenya welcomed the ceasefire brokered by Egypt between Israel and Hamas.",
			[]string{"KEN>EGY:051/asserted", "EGY>ISR:045/asserted", "EGY>Hamas:045/asserted"}},
		{"adopted-against", "The General Assembly adopted a resolution against Israel.", []string{}},
		{"adopted-against-reduced", "Israel rejected the resolutions adopted by the General Assembly against Israel.", []string{"ISR>UNGA:1246/asserted"}},
	})
}
