package events

import "testing"

// TestThanksAgents checks the agent a "thanks to" or "with the help of" phrase gives a passive
// clause without a "by" phrase, and "push/drive/force out (of)" as force. The sentences are
// written for this test; each expectation lists every event, in order.
func TestThanksAgents(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"thanks-to", "Thanks to Nigerian troops, Boko Haram was pushed out of Maiduguri.", []string{"NGAMIL>Boko Haram:190/asserted"}},
		{"thanks-to", "Thanks to French troops, Malian rebels were driven out of Timbuktu.", []string{"FRAMIL>MLIREB:190/asserted"}},
		{"thanks-to", "Now, thanks to the courage and losses of the Kenyan army, Al-Shabaab fighters have been driven out of the town.", []string{"KENMIL>Al-Shabaab:190/asserted"}},
		{"thanks-to", "Last year, thanks to the patience of the Somali security forces, Al-Shabaab was pushed out of the port.", []string{"SOMMIL>Al-Shabaab:190/asserted"}},
		{"thanks-to", "Al-Shabaab was driven out of Kismayo thanks to Kenyan troops.", []string{"KENMIL>Al-Shabaab:190/asserted"}},
		{"with-help", "Boko Haram was pushed out of Maiduguri with the help of Chadian troops.", []string{"TCDMIL>Boko Haram:190/asserted"}},
		// a mediator is not the agent
		{"thanks-none", "Twelve Malian soldiers were freed thanks to the mediation of Senegal's president.", []string{}},
		{"thanks-none", "The hostages were released thanks to the good offices of the Emir of Qatar.", []string{}},
		// an active clause keeps its subject; a "thanks to" phrase naming no actor gives nothing
		{"thanks-none", "Thanks to Norway, Colombia and the FARC were able to meet.", []string{}},
		{"thanks-none", "Kenya was praised thanks to its reforms.", []string{}},
		// push out, by a "by" agent or with the actor as object
		{"push-out", "Al-Shabaab fighters were pushed out of the port city by Somali security forces.", []string{"SOMMIL>Al-Shabaab:190/asserted"}},
		{"push-out", "Somali forces pushed Al-Shabaab out of Mogadishu.", []string{"SOMMIL>Al-Shabaab:190/asserted"}},
	})
}
