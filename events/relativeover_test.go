package events

import "testing"

// Verbal acts toward an actor that the clause scan missed, written for this test: briefing or
// updating an actor (010, only with an actor as the object), sympathy offered or "going out" to an
// actor (018, not a journey), and a "who" clause whose antecedent stands before a time adjunct.
func TestVerbalActsOverAdjuncts(t *testing.T) {
	checkEventCases(t, []eventCase{
		// briefing and updating an actor
		{"brief", "Russia briefed NATO ambassadors on the talks in Geneva.", []string{"RUS>NATO:010/asserted"}},
		{"brief", "The Government of Mali has briefed the Security Council on its progress.", []string{"MLIGOV>UNSC:010/asserted"}},
		{"update", "The UN updated the Security Council on Monday.", []string{"UN>UNSC:010/asserted"}},
		{"update-thing", "Egypt updated its list of banned groups.", nil},
		// sympathy
		{"goes-out", "Japan's condolences go out to Turkey after the earthquake.", []string{"JPN>TUR:018/asserted"}},
		{"noun", "Japan's condolences to Turkey were welcomed in Ankara.", []string{"JPN>TUR:018/asserted"}},
		{"offer-gap", "Serbia offered its sympathies to the United States over the killing.", []string{"SRB>USA:018/asserted"}},
		// "who" over a time adjunct
		{"who-time", "France presented the plan to EU leaders at the end of last year, who invited France to build on it.", []string{"FRA>EU:020/asserted", "EU>FRA:040/asserted"}},
		{"who-time", "Canada sent the report to Iraqi officials on Monday, who thanked Canada for it.", []string{"IRQGOV>CAN:051/asserted"}},
		{"who-plain", "France presented the plan to EU leaders, who invited France to build on it.", []string{"FRA>EU:020/asserted", "EU>FRA:040/asserted"}},
		// "which" may refer to the time itself: left alone
		{"which-time", "France presented the plan to EU leaders in 2019, which endorsed it.", []string{"FRA>EU:020/asserted"}},
	})
}

// "Engage with" a partner is diplomatic cooperation (050) and "engage in talks" negotiation (046),
// not the use of force that the verb "engage" alone codes ("engaged ISIL fighters").
func TestEngageWith(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"engage-with", "Saint Lucia has actively engaged with CELAC where eligible.", []string{"LCA>CELAC:050/asserted"}},
		{"engage-adv-with", "Saint Lucia has engaged constructively with CELAC.", []string{"LCA>CELAC:050/asserted"}},
		{"engage-in-talks", "Iran engaged in direct talks with the EU.", []string{"IRN>EU:046/asserted", "EU>IRN:046/asserted"}},
		{"engage-in-dialogue", "Cuba engaged in a dialogue with the United States.", []string{"CUB>USA:040/asserted", "USA>CUB:040/asserted"}},
		// force stays force
		{"engage-enemy", "Iraqi troops engaged ISIL fighters near Mosul.", []string{"IRQMIL>Islamic State:190/asserted"}},
		{"engage-in-operations", "Russia engaged in military operations against ISIL.", []string{"RUS>Islamic State:190/asserted"}},
	})
}

// relativeOverTime finds the antecedent only over a time adjunct.
func TestRelativeOverTime(t *testing.T) {
	tests := []struct {
		text string
		want string // the antecedent's words, or "" for none
	}{
		{"Italy wrote to German officials last week, who answered Italy.", "German officials"},
		{"Italy wrote to German officials on 3 May, who answered Italy.", "German officials"},
		{"Italy wrote to German officials about the trade dispute, who answered Italy.", ""},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		got := ""
		c, err := defaultCoder()
		if err != nil {
			t.Fatal(err)
		}
		c.actorSentences(d, ms, func(_ int, v *sentenceView) {
			for i, w := range v.words {
				if w == "who" && i > 1 && v.words[i-1] == "," {
					if gi := v.relativeOverTime(i - 2); gi >= 0 {
						sp := v.span(v.groups[gi].first, v.groups[gi].end)
						got = d.Text[sp.Start:sp.End]
					}
				}
			}
		})
		if got != tc.want {
			t.Errorf("%q: antecedent %q, want %q", tc.text, got, tc.want)
		}
	}
}
