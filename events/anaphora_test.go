package events

import "testing"

// TestAnsweredSpeechActs checks the target of a reply that names, by a noun referring back, the
// speech act of an earlier clause ("rejecting those calls"), and the actor of a subject that
// coordinates it with a collective ("Armenia and the international community"). The sentences
// are written for this test; each expectation lists every event, in order.
func TestAnsweredSpeechActs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"answered", "While Armenia and the international community have been calling for the withdrawal of snipers, Azerbaijani leaders have been rejecting those calls.", []string{"AZEGOV>ARM:122/asserted"}},
		{"answered", "Iran demanded compensation, but Iraq rejected the demand.", []string{"IRQ>IRN:124/asserted"}},
		{"answered", "Chile proposed a new border treaty, and Bolivia welcomed the proposal.", []string{"BOL>CHL:051/asserted"}},
		{"answered", "Russia called for talks; Ukraine rejected the call.", []string{"UKR>RUS:122/asserted"}},
		// no earlier clause of that act: no target
		{"answered", "Egypt rejected the proposal.", []string{}},
		{"answered", "Iran praised the talks, but Iraq rejected the demand.", []string{}},
		// a coordination with a collective
		{"answered", "Armenia and the international community condemned Azerbaijan.", []string{"ARM>AZE:111/asserted"}},
		{"answered", "Kenya and other donors condemned Sudan.", []string{"KEN>SDN:111/asserted"}},
		// an actor coordinated with a thing is no subject
		{"answered", "Chile and its economy condemned Peru.", []string{}},
	})
}
