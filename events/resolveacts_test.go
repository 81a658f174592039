package events

import "testing"

// Sentences written for this test: a participle of resolve set off after an actor makes the actor
// the subject of the act of conflict it names (intended); a resolve to cooperate, a resolve with no
// actor object and a participle that is no resolve code nothing of their own.
func TestResolveActs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"focused-on", "The Iraqi army, focused on defeating ISIL, retook the town.", []string{"IRQMIL>Islamic State:190/intended"}},
		{"determined-to", "Chad, determined to crush Boko Haram, closed its border with Nigeria.", []string{"TCD>Boko Haram:190/intended"}},
		{"determined-to-main", "Nigeria, determined to defeat Boko Haram, asked Chad for help.", []string{"NGA>Boko Haram:190/intended"}},
		{"cooperation", "Kenya, committed to supporting Somalia, sent troops.", nil},
		{"no-actor-object", "Kenya, focused on the talks with Somalia, said nothing.", nil},
		{"no-resolve", "The Iraqi army, tired of fighting ISIL, withdrew from the town.", nil},
	})
}
