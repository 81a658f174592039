package events

import "testing"

// TestObjectiveTargets checks the target of an act of force taken from its stated objective
// (objective.go, EVENTS_GUIDELINES.md R-10). The sentences are written for this test; each
// expectation lists every event of the sentence, in order.
func TestObjectiveTargets(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"defeat-of", "Last week the Coalition conducted 40 strikes near Mosul to enable the defeat of ISIL in Iraq.",
			[]string{"Global Coalition to Counter ISIL>Islamic State:195/asserted"}},
		{"defeat-of", "French jets carried out dozens of raids to help ensure the destruction of Boko Haram.",
			[]string{"FRAMIL>Boko Haram:195/asserted"}},
		{"defeat", "Turkey conducted airstrikes on Monday to defeat the PKK.",
			[]string{"TUR>Kurdistan Workers' Party:195/asserted"}},
		// the act has a target of its own: nothing more
		{"own-target", "Kenyan jets bombed Al-Shabaab camps to ensure the defeat of the group.",
			[]string{"KENMIL>Al-Shabaab:195/asserted"}},
		// an objective that is no defeat, or a purpose clause of another verb
		// a place struck is a target (its country): the objective is not needed
		{"place", "Turkish forces conducted airstrikes in northern Iraq to defeat the PKK.",
			[]string{"TURMIL>IRQ:195/asserted"}},
		{"no-defeat", "Turkey conducted airstrikes on Monday to protect the Turkmen of Kirkuk.", []string{}},
		{"other-clause", "Turkey conducted airstrikes on Monday, and officials hope that Syria will defeat the PKK.",
			[]string{"SYR>Kurdistan Workers' Party:190/intended"}}, // the weapon of another clause is not Syria's
		{"other-clause", "Russia shelled Kharkiv, and officials fear that Ukraine will attack Belgorod.",
			[]string{"RUS>UKR:194/asserted", "UKR>RUS:190/intended"}},
		// a weapon inside the clause still codes it
		{"own-clause", "Officials said that in a roadside bomb attack, Al-Shabaab killed five Kenyan soldiers.",
			[]string{"Al-Shabaab>KENMIL:1833/reported"}},
	})
}
