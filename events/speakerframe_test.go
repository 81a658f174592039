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

// TestAgainstEnded checks that a cooperative act toward the actor a hostility is "against" is
// kept when a verb or noun of ending governs that hostility (lifting an embargo against X, an end
// to a war against X: an intent, support or appeal, or a yield), and still dropped otherwise
// (coder.go endsHostility). Sentences written for this test.
func TestAgainstEnded(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"lifted", "The United States lifted its embargo against Cuba in 2015.", []string{"USA>CUB:085/asserted"}},
		{"eased", "The European Union eased sanctions against Iran.", []string{"EU>IRN:085/asserted"}},
		{"withdraw", "Armenia must withdraw its troops deployed against Azerbaijan.", []string{"ARM>AZE:0874/asserted"}},
		{"end", "Russia must end its war against Ukraine.", []string{"RUS>UKR:0871/asserted"}},
		{"not-ceased", "The United States has not ceased its attacks against Cuba.", []string{"USA>CUB:0871/negated"}},
		{"end-of", "Namibia calls for the end of the blockade against Cuba.", []string{"NAM>CUB:053/asserted"}},
		{"end-of-list", "Namibia calls for the end of the economic, financial, and commercial blockade against Cuba.", []string{"NAM>CUB:053/asserted"}},
		{"end-to", "Viet Nam strongly calls for an end to the economic embargo against the Republic of Cuba.", []string{"VNM>CUB:053/asserted"}},
		{"lifting-of", "Tuvalu also fully supports the lifting of the embargo against Cuba.", []string{"TUV>CUB:051/asserted"}},
		// no ending word, or an agreement or consultation about ending it: still dropped
		{"adopted-against", "The Security Council adopted sanctions against North Korea.", []string{}},
		{"rejection-agreement", "Bolivia ratifies its rejection of the blockade imposed against Cuba.", []string{}},
		{"call-consult", "Jamaica joins the international community in the call for ending the embargo imposed against Cuba.", []string{}},
		{"coalition", "New Zealand has joined the coalition against ISIL.", []string{}},
	})
}

// TestJoinedFight checks that only a joint act of cooperation (04, 05, 06) joined in is shared by
// the parties: joining another in a fight or a condemnation is no fight between them
// (manyparties.go joinedInJointAct). Sentences written for this test.
func TestJoinedFight(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"fight", "Kenya joined Uganda in fighting Al-Shabaab.", []string{"KEN>UGA:040/asserted"}},
		{"attack", "Chad joined Niger in attacking Boko Haram.", []string{"TCD>NER:040/asserted"}},
		{"bomb", "France joined Britain in bombing ISIL positions.", []string{"FRA>GBR:040/asserted"}},
		{"sign", "Kenya joined Uganda in signing the agreement.", []string{"KEN>UGA:057/asserted", "UGA>KEN:057/asserted"}},
		{"sign-list", "Egypt joined Sudan and Ethiopia in signing the declaration.",
			[]string{"EGY>SDN:057/asserted", "EGY>ETH:057/asserted", "SDN>EGY:057/asserted", "SDN>ETH:057/asserted", "ETH>EGY:057/asserted", "ETH>SDN:057/asserted"}},
	})
}

// TestSpeakerUnrealAct checks that a speaker's own verb does not assert an act that a noun of
// absence, failure or prospect governs, nor one the speaker believes in or hopes for: those stay
// reported, as any speech verb's object (speechacts.go speakerAsserts). Sentences written for
// this test.
func TestSpeakerUnrealAct(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"absence", "We note the absence of talks between India and Pakistan.", []string{"IND>PAK:046/reported", "PAK>IND:046/reported"}},
		{"lack", "We note the lack of dialogue between Armenia and Azerbaijan.", []string{"ARM>AZE:040/reported", "AZE>ARM:040/reported"}},
		{"failure", "We acknowledge the failure of the agreement between Serbia and Kosovo.", []string{"SRB>XKX:057/reported", "XKX>SRB:057/reported"}},
		{"believe-future", "We continue to believe in the future of talks between Israel and the Palestinians.",
			[]string{"ISR>PSECVL:046/reported", "PSECVL>ISR:046/reported"}},
		// the act itself as the object: asserted
		{"act", "We note the talks between India and Pakistan.", []string{"IND>PAK:046/asserted", "PAK>IND:046/asserted"}},
		{"act", "We acknowledge the agreement between Serbia and Kosovo.", []string{"SRB>XKX:057/asserted", "XKX>SRB:057/asserted"}},
		{"resumption", "We note the resumption of talks between India and Pakistan.", []string{"IND>PAK:046/asserted", "PAK>IND:046/asserted"}},
	})
}
