package entities

import "testing"

// Sentences written for these tests in the style of foreign-ministry statements and defence
// releases.

// "these terrorists", "this terrorist group" (a default reference): the organization the document
// has called an armed group, else the one the sentence opposes; nothing when neither is named,
// when a name follows, or for a bare "this group".
func TestChainArmedGroupRefs(t *testing.T) {
	g := mustGaz(t)
	tests := []struct {
		name, text, want string
		off              bool // NoSafeRefs
	}{
		{"called terrorists before", "Hezbollah terrorists attacked the border post . Israel vowed to defeat these terrorists .",
			"Hezbollah/ORG/Hezbollah Israel/GPE/ISR terrorists/ORG/Hezbollah", false},
		{"the group opposed in the sentence", "Kenya continued operations against Al-Shabaab to end the threat this terrorist group poses .",
			"Kenya/GPE/KEN Al-Shabaab/ORG/Al-Shabaab terrorist group/ORG/Al-Shabaab", false},
		{"an organization neither called armed nor opposed", "The African Union met in Addis Ababa . Kenya will act against these terrorists .",
			"African Union/ORG/AU Addis Ababa/GPE/Addis Ababa Kenya/GPE/KEN", false},
		{"a bare this group", "Al-Shabaab attacked Mogadishu . Kenya condemned this group .",
			"Al-Shabaab/ORG/Al-Shabaab Mogadishu/GPE/Mogadishu Kenya/GPE/KEN", false},
		{"a government is no armed group", "Hezbollah fighters and the Lebanese Government met . Israel condemned these fighters .",
			"Hezbollah/ORG/Hezbollah Lebanese Government/ORG/LBN Government Israel/GPE/ISR fighters/ORG/Hezbollah", false},
		{"NoSafeRefs turns it off", "Hezbollah terrorists attacked the border post . Israel vowed to defeat these terrorists .",
			"Hezbollah/ORG/Hezbollah Israel/GPE/ISR", true},
	}
	for _, tc := range tests {
		if s := safeRefsGot(t, g, tc.text, tc.off); s != tc.want {
			t.Errorf("%s: %q\ngot  %s\nwant %s", tc.name, tc.text, s, tc.want)
		}
	}
}

// "we" (--coref) is the side that issues the statement: not the group it condemns, a place where
// something happened or a country named as an adjective; a candidate named after the pronoun
// once one was passed over is not taken; a name nothing grounds only when nothing else is named.
func TestChainWeAuthor(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ name, text, want string }{
		{"not the group condemned", "Minister Tom Reed condemns Hezbollah 's attacks and restates the United Kingdom 's support . We will not rest .",
			"Tom Reed/PERSON/Tom Reed Hezbollah/ORG/Hezbollah United Kingdom/GPE/GBR We/ORG/GBR Government"},
		{"not a place", "The minister condemns the attacks in Syria . Canada stands with the victims . We will help .",
			"Syria/GPE/SYR Canada/GPE/CAN We/ORG/CAN Government"},
		{"not an adjective", "Reports spoke of the Iraqi operation . Japan supports Iraq . We will help .",
			"Iraqi/NORP/IRQ Japan/GPE/JPN Iraq/GPE/IRQ We/ORG/JPN Government"},
		{"a people speaks", "The Palestinians and the United Nations met . We call for peace .",
			"Palestinians/NORP/PSE United Nations/ORG/UN We/ORG/PSE Government"},
		{"named after the pronoun once one was passed over", "We are concerned about the situation in Sudan and will work with the African Union .",
			"Sudan/GPE/SDN African Union/ORG/AU"},
		{"the first actor when nothing is passed over", "We thank Norway for its help .",
			"We/ORG/NOR Government Norway/GPE/NOR"},
	}
	for _, tc := range tests {
		c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, Pronouns: true}
		ms := c.Recognize(testDoc(tc.text, nil))
		checkSpans(t, tc.text, ms)
		if s := got(ms); s != tc.want {
			t.Errorf("%s: %q\ngot  %s\nwant %s", tc.name, tc.text, s, tc.want)
		}
	}
}
