package events

import "testing"

// The sentences are written for these tests.

// Welcoming or receiving what is no visitor (a sale, a decision, a proposal) hosts no visit: the
// welcome is approval (051) or nothing; a visitor, a delegation or a visit named by the pattern
// still is one.
func TestWelcomeIsNoVisit(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"welcome sale to", "Canada welcomed the sale to Egypt.", []string{"CAN>EGY:051/asserted"}},
		{"welcome decision to", "Kenya welcomed the Ugandan decision to Tanzania.", []string{"KEN>UGA:051/asserted"}},
		{"receive proposal", "Kenya received the proposal from Uganda.", nil},
		{"receive delegation", "Kenya received a trade delegation from Uganda.", []string{"KEN>UGA:043/asserted"}},
		{"host leader", "Canada hosted the Chinese premier.", []string{"CAN>CHNGOV:043/asserted"}},
		{"receive loan", "Kenya received a loan from the World Bank.", []string{"WORLDBANK>KEN:071/asserted"}},
		{"receive welcome", "Kenya received a warm welcome from Uganda.", []string{"UGA>KEN:043/asserted"}},
		{"receive goods", "Italy and France have already received Ukrainian agricultural products.", nil},
		{"receive leader", "Kenya received Chinese President Xi Jinping.", []string{"KEN>CHNGOV:043/asserted"}},
		{"new member", "Kenya welcomed Uganda as the newest member of the African Union.", []string{"KEN>UGA:051/asserted"}},
		{"into", "Thailand welcomes the Republic of South Sudan into the global community.", []string{"THA>SSD:051/asserted"}},
	})
}

// A stake in a firm taken, acquired or bought is a purchase (061), not property seized.
func TestStakeIsPurchase(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"take", "Ghana took a stake in a Nigerian bank.", []string{"GHA>NGABUS:061/asserted"}},
		{"acquire", "The Japanese firm Sony acquired a 20 percent stake in a British company.", []string{"JPNBUS>GBRBUS:061/asserted"}},
		{"control", "Ghana took control of a Nigerian bank.", []string{"GHA>NGABUS:192/asserted"}},
	})
}

// A reduced participle's act in a reported clause is reported; the negation of its clause is not
// its own. Its act is dropped when a noun of its own phrase names an act of the same pair.
func TestReducedModality(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"trailing said", "Kenya praised the agreement signed by Egypt and Israel, the ministry said.",
			[]string{"KEN>EGY:051/reported", "KEN>ISR:051/reported", "EGY>ISR:057/reported", "ISR>EGY:057/reported"}},
		{"said it", "Kenya said it praised the accord signed by Egypt and Israel.",
			[]string{"KEN>EGY:051/reported", "KEN>ISR:051/reported", "EGY>ISR:057/reported", "ISR>EGY:057/reported"}},
		{"joint said", "Ghana has begun to implement a trade contract signed in May with Nigeria, the minister said.",
			[]string{"GHA>NGA:060/reported", "NGA>GHA:060/reported"}},
		{"negated host", "Kenya did not praise the accord signed by Egypt and Israel.",
			[]string{"KEN>EGY:051/negated", "KEN>ISR:051/negated", "EGY>ISR:057/asserted", "ISR>EGY:057/asserted"}},
		{"noun in phrase", "The government has failed to fulfil obligations that emanate from the settlement plan drawn up by the United Nations in partnership with the Organization of African Unity.",
			[]string{"UN>OAU:050/asserted"}},
	})
}
