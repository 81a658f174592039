package events

import "testing"

// TestCivilianRules checks civilians named by a person noun after a nationality or by where they
// are, force turned on civilians (180), and asylum given (075). The sentences are written for this
// test; each expectation lists every event, in order.
func TestCivilianRules(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"people-noun", "A Palestinian woman was killed by Israeli soldiers in Hebron.", []string{"ISRMIL>PSECVL:1823/asserted"}},
		{"people-noun", "Israeli soldiers killed a Palestinian man in Hebron.", []string{"ISRMIL>PSECVL:1823/asserted"}},
		{"people-noun", "An innocent Palestinian woman who was murdered by Israeli security forces was buried today.", []string{"ISRMIL>PSECVL:1823/asserted"}},
		{"people-noun", "Iran detained two British fishermen.", []string{"IRN>GBRCVL:173/asserted"}},
		// people named by a person noun are a target, never a source
		{"people-noun", "Numerous Timorese women now hold senior posts in the cabinet.", []string{}},
		{"people-noun", "Libyan, Egyptian and Tunisian men and women witnessed the Assembly meeting.", []string{}},
		// "family" is no person noun: the organization, not its civilians
		{"people-noun", "Vanuatu urges the United Nations family to keep its attention on the matter.", []string{"VUT>UN:020/asserted"}},
		{"people-noun", "Fiji calls upon the United Nations family to stay engaged.", []string{"FJI>UN:020/asserted"}},
		{"civilians-in", "Al-Shabaab has attacked the civilian population in Somalia for years.", []string{"Al-Shabaab>SOMCVL:180/asserted"}},
		{"civilians-in", "Boko Haram attacked civilians in Cameroon.", []string{"Boko Haram>CMRCVL:180/asserted"}},
		// soldiers, fighters and positions stay military targets, and so does a place
		{"force", "Russian troops attacked Ukrainian positions in Kharkiv.", []string{"RUSMIL>UKRMIL:190/asserted"}},
		{"force", "Boko Haram attacked a military base in Cameroon.", []string{"Boko Haram>CMR:190/asserted"}},
		{"asylum", "Germany has granted asylum to Syrians and Afghans.", []string{"DEU>SYRCVL:075/asserted", "DEU>AFGCVL:075/asserted"}},
		{"asylum", "Ecuador gave asylum to a Swedish journalist.", []string{"ECU>SWEMED:075/asserted"}},
	})
}

// TestPeopleOfPlace checks that a nation's people of a named place are its civilians, who may act
// ("the Kurdish people of Kirkuk"), while the nation's people as a whole stay the nation. The
// sentences are written for this test.
func TestPeopleOfPlace(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"of-place", "The Armenian people of Karabakh called on Azerbaijan to lift the blockade.", []string{"ARMCVL>AZE:0254/asserted"}},
		{"of-place", "Ukraine criticized the Russian people of Crimea on Monday.", []string{"UKR>RUSCVL:111/asserted"}},
		{"whole", "The Armenian people called on Azerbaijan to lift the blockade.", []string{"ARM>AZE:0254/asserted"}},
	})
}
