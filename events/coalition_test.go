package events

import "testing"

// TestCampaignCoalition checks the code of the coalition against the Islamic State
// (coalition.go): the guidelines' name in a document that names the group, the coalition's seat
// elsewhere. The sentences are written for this test; each expectation lists every event of the
// sentence, in order.
func TestCampaignCoalition(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"coalition", "The Coalition conducted twelve strikes against ISIL positions near Mosul.",
			[]string{"Global Coalition to Counter ISIL>Islamic State:195/asserted"}},
		{"coalition", "Coalition aircraft struck ISIL fighters near Raqqa.",
			[]string{"Global Coalition to Counter ISIL>Islamic State:190/asserted"}},
		{"led", "The U.S.-led coalition bombed ISIS targets near Hajin.",
			[]string{"Global Coalition to Counter ISIL>Islamic State:195/asserted"}},
		{"global", "The Global Coalition praised Iraq for its reforms.",
			[]string{"Global Coalition to Counter ISIL>IRQ:051/asserted"}},
		// "U.S.-led" in a text with no word of the Islamic State: another coalition, as before
		{"other", "The U.S.-led coalition bombed Taliban positions near Kandahar.",
			[]string{"USA>Taliban:195/asserted"}},
	})
}
