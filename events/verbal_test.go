package events

import "testing"

// TestVerbalRules checks attacks in words (an attack verb whose object is a text or a policy is
// criticism, toward the text's author), "had no comment on" (011) and the subject before an
// appositive participle phrase.
// The sentences are written for this test; each expectation lists every event, in order.
func TestVerbalRules(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"verbal-attack", "France attacked the U.S. farm bill.", []string{"FRA>USA:111/asserted"}},
		{"verbal-attack", "China attacked Japan's new defence policy.", []string{"CHN>JPN:111/asserted"}},
		{"verbal-attack", "Brazil sharply attacked the IMF's austerity programme.", []string{"BRA>IMF:111/asserted"}},
		{"verbal-attack", "Canada attacked the farm bill passed by the U.S. Senate.", []string{"CAN>USALEG:111/asserted"}},
		{"verbal-attack", "Taiwan attacked the \"footwear import quota act\" drafted in the U.S. Congress.", []string{"TWN>USALEG:111/asserted"}},
		{"verbal-attack", "India attacked the resolution adopted by the Security Council.", []string{"IND>UNSC:111/asserted"}},
		// force stays force
		{"attack-force", "Iraq attacked an Iranian oil platform.", []string{"IRQ>IRN:190/asserted"}},
		{"attack-force", "Israel attacked Hamas positions in Gaza.", []string{"ISR>Hamas:190/asserted"}},
		{"attack-force", "Iran attacked a convoy sent by Kenya.", []string{"IRN>KEN:190/asserted"}},
		// the subject before ", supported by NP," acts; the agent inside does not
		{"participle-appositive", "Kenya, supported by Uganda, condemned Sudan.", []string{"KEN>SDN:111/asserted"}},
		{"participle-appositive", "Russia, backed by China, vetoed a resolution on Syria.", []string{"RUS>SYR:129/asserted"}},
		{"participle-appositive", "Iran, angered by the new sanctions, expelled British diplomats.", []string{"IRN>GBRGOV:166/asserted"}},
		{"participle-appositive", "South Korea, backed by several Asian exporters, attacked the footwear bill introduced in the U.S. Congress.", []string{"KOR>USALEG:111/asserted"}},
		// having no comment on a matter declines to comment on its author (011)
		{"no-comment", "Japan had no comment on the U.S. report.", []string{"JPN>USA:011/asserted"}},
		{"no-comment", "The Kremlin had no immediate comment on the British allegations.", []string{"RUS>GBR:011/asserted"}},
		{"no-comment", "Iran has no nuclear weapons programme, Iran said.", []string{}},
		{"leader-appositive", "The coalition, led by the United States, launched strikes on ISIL.", []string{"USA>Islamic State:195/asserted"}},
	})
}
