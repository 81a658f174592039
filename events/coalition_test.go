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
		{"global", "The Global Coalition praised Iraq for its fight against ISIL.",
			[]string{"Global Coalition to Counter ISIL>IRQ:051/asserted"}},
		{"global", "The Global Coalition against Daesh praised Iraq.",
			[]string{"Global Coalition to Counter ISIL>IRQ:051/asserted"}},
		// a document that does not name the Islamic State: the organisation is not recoded
		{"other-doc", "The Global Coalition praised Iraq for its reforms.", []string{"USA>IRQ:051/asserted"}},
		{"other-doc", "The Global Coalition for Education met in Paris. The Global Coalition welcomed France.",
			[]string{"USA>FRA:040/asserted", "FRA>USA:040/asserted", "USA>FRA:043/asserted"}},
		// another coalition named in a document that names the Islamic State
		{"other-name", "The Global Coalition for Education condemned ISIL.", []string{"USA>Islamic State:111/asserted"}},
		// "U.S.-led" in a text with no word of the Islamic State: another coalition, as before
		{"other", "The U.S.-led coalition bombed Taliban positions near Kandahar.",
			[]string{"USA>Taliban:195/asserted"}},
	})
}
