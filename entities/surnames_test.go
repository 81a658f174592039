package entities

import "testing"

// TestChainSurnames checks that a surname standing alone after the person's full name becomes a
// mention of that person, and the cases where it must not.
func TestChainSurnames(t *testing.T) {
	c, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"after a title phrase, at the start of a sentence",
			"Talks between Secretary of State Hubert Calloway and Soviet officials ended. Calloway, travelling to China, refused to comment.",
			"Hubert Calloway/PERSON/Hubert Calloway Soviet/NORP/SUN Calloway/PERSON/Hubert Calloway China/GPE/CHN"},
		{"inside a sentence, possessive",
			"Kenyan Foreign Minister Wafula Odhiambo arrived. Officials said Odhiambo's visit would last two days.",
			"Kenyan/NORP/KEN Wafula Odhiambo/PERSON/Wafula Odhiambo Odhiambo/PERSON/Wafula Odhiambo"},
		{"not before the full name",
			"Odhiambo arrived. Foreign Minister Wafula Odhiambo spoke.",
			"Wafula Odhiambo/PERSON/Wafula Odhiambo"},
		{"not a word the text also writes in lower case",
			"Agriculture Minister Joan Rice said rice exports rose. Rice prices fell.",
			"Joan Rice/PERSON/Joan Rice"},
		{"not a word the text writes in lower case after it",
			"Agriculture Minister Joan Rice said exports rose. Rice spoke again. Later rice prices fell.",
			"Joan Rice/PERSON/Joan Rice"},
		{"a surname opening with a non-ASCII capital",
			"Trade Minister Lena Öberg arrived in Oslo. Officials said Öberg would stay.",
			"Lena Öberg/PERSON/Lena Öberg Oslo/GPE/Oslo Öberg/PERSON/Lena Öberg"},
		{"not part of a longer name",
			"Energy Secretary Carl Hughes visited Texas. Baker Hughes said drilling rose.",
			"Carl Hughes/PERSON/Carl Hughes Texas/GPE/Texas"},
		{"not a surname two people share",
			"Prime Minister Tom Aldana met Foreign Minister Ann Aldana. Aldana said little.",
			"Tom Aldana/PERSON/Tom Aldana Ann Aldana/PERSON/Ann Aldana"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := c.Recognize(testDoc(tc.text, nil))
			checkSpans(t, tc.text, ms)
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s", s, tc.want)
			}
		})
	}
}

// TestSurnameMentionsOrgWord checks that a surname that starts an organization's name of the
// document is left alone ("Mark" after "Mark Resources Inc" is the company's short name).
func TestSurnameMentionsOrgWord(t *testing.T) {
	s := "Mark Resources Inc hired Tom Mark. Mark said the shares would be sold."
	named := []Mention{
		{Start: 0, End: 18, Text: "Mark Resources Inc", Type: ORG, Entity: "Mark Resources Inc"},
		{Start: 25, End: 33, Text: "Tom Mark", Type: PERSON, Entity: "Tom Mark"},
	}
	if got := surnameMentions(testDoc(s, nil), named); len(got) != 0 {
		t.Errorf("got %+v, want none", got)
	}
	named = named[1:]
	got := surnameMentions(testDoc(s, nil), named)
	if len(got) != 1 || got[0].Start != 35 || s[got[0].Start:got[0].End] != "Mark" || got[0].Entity != "Tom Mark" {
		t.Errorf("without the company: got %+v, want Mark at 35", got)
	}
}
