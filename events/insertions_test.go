package events

import "testing"

// Sentences written for these tests in the style of wire copy and speeches.

// A subject separated from its verb by a relative clause or an appositive (one or two of them): the
// verb after the closing comma is the main clause's, whatever its tag, and the relative clause's
// complement ends at that comma. A participle after a comma that opens an appositive stays one.
func TestSubjectAcrossInsertion(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"relative-long", "Chile, which has a long record of mediation, criticized Peru.", []string{"CHL>PER:111/asserted"}},
		{"relative-whose", "Chile, whose navy patrols the coast, criticized Peru.", []string{"CHL>PER:111/asserted"}},
		{"relative-own-verb", "Chile, which hosted the conference, criticized Peru.", []string{"CHL>PER:111/asserted"}},
		{"appositive-coordinated", "Chile, the largest copper producer in the world and a mediator in the region, criticized Peru.",
			[]string{"CHL>PER:111/asserted"}},
		{"name-then-relative", "The president of Chile, Juan Soto, who arrived in Lima on Monday, met the Prime Minister of Peru.",
			[]string{"CHLGOV>PERGOV:040/asserted", "PERGOV>CHLGOV:040/asserted"}},
		{"ing-phrase", "President Soto of Chile, speaking after talks in Lima, urged Bolivia to release the prisoners.",
			[]string{"CHL>BOL:0253/asserted"}},
		{"ing-phrase-long", "The Chilean foreign minister, speaking to reporters in Santiago on Monday after a meeting with his Bolivian counterpart, criticized Peru.",
			[]string{"CHLGOV>PER:111/asserted"}},
		{"common-noun-subject", "In all forums, including the United Nations, the international community, while recognizing the claim, has urged Chile and Peru to negotiate.", nil},
		{"including-list", "Several bodies of the United Nations, including the Security Council, have adopted resolutions on Syria.", nil},
		// unchanged: a participle that opens the insertion, a participle with an agent
		{"participle-appositive", "Juan Soto, elected president in 2012, met the Prime Minister of Peru.", nil},
		{"reduced-passive", "Chile, which hosted the conference, backed by Peru, criticized Bolivia.", []string{"CHL>BOL:111/asserted"}},
	})
}

// The members of a compound subject act each on the target of the infinitive that gives the event
// its code; with no such target, or with a symmetric act, they act on each other as before.
func TestCompoundSubjectOfGovernedAct(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"aid-to", "Norway and Sweden agreed to increase aid to Malawi.",
			[]string{"NOR>MWI:0333/asserted", "SWE>MWI:0333/asserted"}},
		{"sanctions-on", "Norway and Sweden agreed to impose sanctions on Belarus.",
			[]string{"NOR>BLR:1312/asserted", "SWE>BLR:1312/asserted"}},
		{"no-target", "Norway and Sweden agreed to resume flights.",
			[]string{"NOR>SWE:031/asserted", "SWE>NOR:031/asserted"}},
		{"talks-with", "Norway and Sweden agreed to hold talks with Finland.",
			[]string{"NOR>FIN:036/asserted", "SWE>FIN:036/asserted"}},
		{"single-subject", "Norway agreed to increase aid to Malawi.", []string{"NOR>MWI:0333/asserted"}},
		// a city starting a longer name, or the subject's own, is no target of theirs
		{"name-with-city", "Norway and Sweden agreed to ratify the Paris Agreement.",
			[]string{"NOR>SWE:032/asserted", "SWE>NOR:032/asserted"}},
	})
}

// In a reported act of force with no named target, a possessive after the verb or after
// on/at/against/into/in names the speaker's own posts, towns or ground.
func TestSpeakersOwnTarget(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"fired-on-its", "Chile's army said Peruvian troops had fired on its posts near the border.",
			[]string{"PERMIL>CHLMIL:193/reported"}},
		{"bombed-its", "Bolivia said Peruvian jets bombed its territory on Monday.", []string{"PERMIL>BOL:195/reported"}},
		// unchanged: the possessive is the subject's own, or the act is no act of force on it
		{"their-own", "Chile said Peruvian rebels attacked their own camp.", nil},
		{"posture", "Chile said Peru had expanded its navy.", nil},
		{"own-differences", "Chile said it would help Peru overcome its differences with the rebels.", nil},
		{"same-speaker", "Chile said it had shot down its own drone.", nil},
		{"named-target", "Bolivia said Peruvian jets bombed Chilean rebels in its territory.", []string{"PERMIL>CHLREB:195/reported"}},
	})
}

// Military craft named by a nationality act for the armed forces; "fighter" before a word of
// aircraft is the aircraft's kind, not a rebel.
func TestCraftAsForces(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"bombers", "Peruvian bombers struck Bolivia.", []string{"PERMIL>BOL:190/asserted"}},
		{"helicopters", "Chilean helicopters attacked Peruvian positions.", []string{"CHLMIL>PERMIL:190/asserted"}},
		{"fighter-jets", "Chilean fighter jets struck Peruvian positions.", []string{"CHLMIL>PERMIL:190/asserted"}},
		{"fighters-alone", "Chilean fighters attacked Peruvian positions.", []string{"CHLREB>PERMIL:190/asserted"}},
		// a thing of a nation stays no source
		{"thing", "Chilean assets attacked Peru.", nil},
	})
}

// A plural noun after a name, tagged as a present-tense verb before a past-tense one, is the
// subject's head noun.
func TestPluralBeforeVerb(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"fronted-attribution", "According to Syrian state media, Israeli jets struck an airport near Damascus.", []string{"ISRMIL>SYR:190/reported"}},
		{"present-speech", "Bolivia says Chile attacked its border posts.", []string{"CHL>BOL:190/reported"}},
	})
}

// "neighbouring" before a name is an adjective; a free relative with a verb of naming ("what it
// called X") leaves its noun phrase to the verb before it.
func TestNeighbourAndNamingVerb(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"neighbouring", "The Chilean government has repeatedly accused neighbouring Peru of harbouring rebels.",
			[]string{"CHLGOV>PER:112/asserted"}},
		{"neighboring-list", "Bolivia and neighboring Peru signed a border deal.",
			[]string{"BOL>PER:057/asserted", "PER>BOL:057/asserted"}},
		{"what-it-called", "Chile condemned what it called Peru's aggression.", []string{"CHL>PER:111/asserted"}},
		{"what-it-termed", "Chile rejected what it termed interference by Peru.", []string{"CHL>PER:120/asserted"}},
		// not a free relative of naming: "called on" after a subject of its own
		{"called-on", "Chile called on Peru to release the prisoners.", []string{"CHL>PER:0253/asserted"}},
	})
}
