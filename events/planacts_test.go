package events

import "testing"

// Sentences written for these tests in the style of defence and security reporting (checkEventCases,
// cases_test.go).

// A plan or effort of conflict whose owner is named (possessor, possessive pronoun) is its owner's
// intended act on the actor the infinitive takes as its object; a plan of cooperation is a goal
// and stays uncoded, and so do a gerund after "commitment to" and an infinitive whose actor is
// the object of a preposition.
func TestPlanActs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"possessor", "Nigeria's campaign to crush Boko Haram has cost thousands of lives.", []string{"NGA>Boko Haram:190/intended"}},
		{"possessor-lost-object", "Chad's strategy to defeat Boko Haram is working.", []string{"TCD>Boko Haram:190/intended"}},
		{"pronoun", "Chad, in its determination to defeat Boko Haram, closed the border.", []string{"TCD>Boko Haram:190/intended"}},
		{"no-owner", "The campaign to defeat Boko Haram is working.", nil},
		{"cooperation-goal", "Japan's plan to provide aid to Kenya was approved on Monday.", nil},
		{"gerund", "Ghana reaffirmed its commitment to supporting the government of Mali.", nil},
		{"no-actor-object", "Kenya reaffirmed its commitment to engage with IGAD on the peace process.", nil},
	})
}

// The members of a compound subject of a reciprocal act of conflict with an object fight the
// object, not each other (each positive case codes the members against each other without
// jointAgainst).
func TestJointAgainst(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"fought-object", "Chad and Niger fought Boko Haram near the lake.", []string{
			"TCD>Boko Haram:190/asserted", "Boko Haram>TCD:190/asserted", "NER>Boko Haram:190/asserted", "Boko Haram>NER:190/asserted"}},
		{"fought-against", "Chad and Niger fought against Boko Haram.", []string{
			"TCD>Boko Haram:190/asserted", "Boko Haram>TCD:190/asserted", "NER>Boko Haram:190/asserted", "Boko Haram>NER:190/asserted"}},
		{"fought-the-object", "Kenyan and Somali troops fought the Shabaab militants.", []string{
			"KENMIL>Al-Shabaab:190/asserted", "Al-Shabaab>KENMIL:190/asserted", "SOMMIL>Al-Shabaab:190/asserted", "Al-Shabaab>SOMMIL:190/asserted"}},
	})
}

// Defensive positions held against an enemy are force on it (not CAMEO's political "position",
// 124), as a noun ("X's defensive lines against Y") and after the verb that holds them; the armed
// party they hold against fights too (nominalforce.go).
func TestDefensivePositions(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"maintained", "Ukrainian troops maintained their defensive positions against Russian forces near the river, Pentagon spokesman John Kirby said.", []string{"UKRMIL>RUSMIL:190/reported", "RUSMIL>UKRMIL:190/reported"}},
		{"noun", "Ukraine's defensive lines against Russian forces held.", []string{"UKR>RUSMIL:190/asserted", "RUSMIL>UKR:190/asserted"}},
	})
}

func TestConflictCodes(t *testing.T) {
	for _, tc := range []struct {
		code            string
		quad, fourRoots bool
	}{{"190", true, true}, {"1384", true, false}, {"111", true, false}, {"172", true, true}, {"051", false, false}, {"074", false, false}, {"", false, false}} {
		if got := conflictQuad(tc.code); got != tc.quad {
			t.Errorf("conflictQuad(%q) = %v", tc.code, got)
		}
		if got := conflictRoot(tc.code); got != tc.fourRoots {
			t.Errorf("conflictRoot(%q) = %v", tc.code, got)
		}
	}
}
