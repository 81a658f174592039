package events

import (
	"slices"
	"testing"
)

// eventCase is a sentence written for a test of one rule, with every event it should give, in
// order, as "SRC>TGT:CODE/modality" (nil or empty: none).
type eventCase struct {
	rule, text string
	want       []string
}

// checkEventCases codes the text of each case with the default coder and compares its events with
// the case's.
func checkEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
