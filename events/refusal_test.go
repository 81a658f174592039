package events

import "testing"

// "engage with" (lexicon.tsv): its target is the object of "with", never a place after "in" (the
// reviewer's TON case, rewritten), and an infinitive after a noun of reluctance or refusal is a
// negated act (the reviewer's KEN case, rewritten). Sentences written for this test.
func TestEngageWithTarget(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"place-after-partners", "Tonga is engaging with other small island States and partners in Samoa.", nil},
		{"place-after-partners2", "Fiji engaged with its partners in Australia.", nil},
		{"partner", "Germany engaged with Iran on the nuclear file.", []string{"DEU>IRN:050/asserted"}},
		{"partner-then-place", "France will engage with Mali in Bamako.", []string{"FRA>MLI:050/intended"}},
		{"reluctance-of", "The reluctance of the Security Council to engage with Somalia worries us.", []string{"UNSC>SOM:050/negated"}},
		{"refusal-of", "The refusal of Russia to engage with Ukraine is regrettable.", []string{"RUS>UKR:050/negated"}},
		{"possessive-refusal", "Russia's refusal to engage with Ukraine is regrettable.", []string{"RUS>UKR:050/negated"}},
		{"failure-other-verb", "The failure of Serbia to sign the agreement with Kosovo worried Europe.", []string{"SRB>XKX:057/negated", "XKX>SRB:057/negated"}},
		{"plain", "The Security Council decided to engage with Somalia.", []string{"UNSC>SOM:050/intended"}},
	})
}
