package entities

import (
	"testing"

	"github.com/geopol/geopol/text"
)

// TestOthersAgent checks that "others" after a count is an agent of the group named just before it
// in the sentence, and nothing otherwise.
func TestOthersAgent(t *testing.T) {
	g := mustGaz(t)
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"a count of", "The bombing killed 20 civilians and injured scores of others.",
			"civilians/ORG/CVL others/ORG/CVL"},
		{"a number", "Two soldiers died and 12 others were wounded.",
			"soldiers/ORG/MIL others/ORG/MIL"},
		{"no count", "The rebels thanked donors and others for their help.",
			"rebels/ORG/REB"},
		{"another sentence", "Police arrested five protesters. Then dozens of others fled.",
			"protesters/ORG/CVL"},
		{"no group before", "The storm destroyed 300 homes and damaged 40 others.",
			""},
		{"an office is no group", "The ministers met, and 12 others joined them.",
			"ministers/ORG/GOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, Agents: true}
			d := a.Analyze(tc.text, nil)
			ms := c.Recognize(d)
			checkSpans(t, tc.text, ms)
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s", s, tc.want)
			}
		})
	}
}
