package events

import (
	"slices"
	"testing"

	"github.com/geopol/geopol/entities"
)

// TestTrailingFrame checks that the speaker of a trailing frame (", X said") is not taken as the
// target of the clause it reports. The sentences are written for this test, recognized on a date
// of 1987 (the Reuters stories' year); each expectation lists every event, in order.
func TestTrailingFrame(t *testing.T) {
	a, ch := testModels()
	if a == nil || ch == nil {
		t.Fatal("cannot load the tagger or the recognizer chain")
	}
	tests := []struct {
		text string
		want []string
	}{
		{"U.S. chemical companies' sales last year reached 141.2 billion dlrs, a little under the 143.9 billion dlrs recorded in 1985, the Chemical Manufacturers Association said.", []string{}},
		{"Japanese electronic companies' sales totalled 90 billion dlrs, the American Electronic Association said.", []string{}},
		{"U.S. companies' exports totalled 12 billion dlrs in 1986, slightly above the 1985 level, the American Electronic Association said.", []string{}},
		// a target before the frame stays, even when the speaker is the same actor
		{"Israel attacked Hamas, Hamas said.", []string{"ISR>Hamas:190/reported"}},
		{"Egypt condemned the Israeli raid on Gaza, an Egyptian foreign ministry spokesman said.", []string{"EGY>ISR:111/reported"}},
	}
	for _, tc := range tests {
		d := a.Analyze(tc.text, nil)
		ms := entities.RecognizeDated(ch, d, "1987-03-10")
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
			t.Errorf("%q\n got  %v\n want %v", tc.text, got, tc.want)
		}
	}
}
