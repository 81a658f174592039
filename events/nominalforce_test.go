package events

import "testing"

// TestNominalForce checks the acts of force and military cooperation said by a phrase, not a
// finite verb (nominalforce.go): an act "coordinated with" a partner, the fight of the armed party
// a defense is against, a defense strengthened against an actor, and the act named by the object of "continue" with no subject of its own.
// The sentences are written for this test; each expectation lists every event of the sentence, in
// order.
func TestNominalForce(t *testing.T) {
	checkEventCases(t, []eventCase{
		// coordinated with Y: mutual military cooperation; Y is no target of the act
		{"coordinated", "Kenyan troops launched raids coordinated with Somali forces against Al-Shabaab camps.",
			[]string{"KENMIL>SOMMIL:062/asserted", "SOMMIL>KENMIL:062/asserted", "KENMIL>Al-Shabaab:190/asserted"}},
		{"coordinated", "French jets conducted five strikes coordinated with the government of Mali against Al-Qaeda targets.",
			[]string{"FRAMIL>MLIGOV:062/asserted", "MLIGOV>FRAMIL:062/asserted", "FRAMIL>Al-Qaeda:195/asserted"}},
		{"coordinated", "Turkish jets carried out strikes coordinated with Iraqi forces.",
			[]string{"TURMIL>IRQMIL:062/asserted", "IRQMIL>TURMIL:062/asserted"}},
		// "coordinated with" far from the act of force: another matter
		{"coordinated-far", "France bombed ISIL positions in Raqqa, and its humanitarian aid was coordinated with the United Nations.",
			[]string{"FRA>Islamic State:195/asserted"}},
		// a defense against an armed party: that party fights too
		{"defense", "Ukrainian troops held defensive positions against Russian forces near Bakhmut.",
			[]string{"UKRMIL>RUSMIL:190/asserted", "RUSMIL>UKRMIL:190/asserted"}},
		{"defense", "Nigerian soldiers kept up their defense against Boko Haram fighters.",
			[]string{"NGAMIL>Boko Haram:190/asserted", "Boko Haram>NGAMIL:190/asserted"}},
		// a defense strengthened against an actor shows force toward it (CAMEO 150, "strengthen
		// military fortification"): no attack is said, by either side (lexicon.tsv)
		{"defense-strengthened", "Nigerian soldiers strengthened their defenses against Boko Haram fighters.",
			[]string{"NGAMIL>Boko Haram:150/asserted"}},
		{"defense-country", "Hamas worked to strengthen its defenses against Israel.", []string{"Hamas>ISR:150/intended"}},
		{"defense-country", "Japan strengthened its defenses against North Korea.", []string{"JPN>PRK:150/asserted"}},
		{"defense-country", "Taiwan bolstered its defenses against China.", []string{"TWN>CHN:150/asserted"}},
		// a defense that is no fortification against anyone: not 150
		{"defense-other", "South Korea strengthened its defense cooperation with Japan.", []string{}},
		// the object of "continue" with no subject of its own: the act is under way
		{"continue", "The report stressed the need to continue French operations against Al-Shabaab.",
			[]string{"FRA>Al-Shabaab:190/asserted"}},
		{"continue", "The ministers stressed the need to continue Kenya's operations against Al-Shabaab.",
			[]string{"KEN>Al-Shabaab:190/asserted"}},
		{"continue-none", "The ministers stressed the need to continue Kenya's operations in Somalia.", []string{}},
		{"continue-none", "The ministers stressed the need to continue Kenya's talks with Somalia.", []string{}},
	})
}
