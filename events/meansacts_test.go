package events

import (
	"slices"
	"testing"

	"github.com/geopol/geopol/entities"
)

// TestIssue16Forms checks the forms of acts of issue 16 (meansacts.go, the count conjunct of
// tagrepair.go, the fronted plan of planacts.go). The sentences are written for this test;
// each expectation lists every event of the sentence, in order, coded with generic agents.
func TestIssue16Forms(t *testing.T) {
	c, err := NewCoder(CoderOptions{Agents: true})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := testModels()
	ch, err := entities.NewChain(nil)
	if a == nil || err != nil {
		t.Fatal("cannot load the tagger or the recognizer chain")
	}
	ch.Agents = true // generic agents, as --agents marks them
	tests := []struct {
		rule, text string
		want       []string
	}{
		// the second verb of a pair whose object is a count of a group: "and injured/JJ scores of"
		{"count-conjunct", "Al-Shabaab killed 20 soldiers and injured scores of civilians.",
			[]string{"Al-Shabaab>MIL:1823/asserted", "Al-Shabaab>CVL:182/asserted"}},
		{"count-conjunct", "Today two bombings, also claimed by Al-Shabaab, have killed 20 more soldiers and injured scores of others.",
			[]string{"Al-Shabaab>MIL:1823/reported", "Al-Shabaab>MIL:182/reported"}}, // "claimed by": reported
		{"count-conjunct", "The police arrested 20 students and injured dozens of protesters.",
			[]string{"COP>EDU:173/asserted", "COP>CVL:182/asserted"}},
		// the purpose of using a means, when it is an act of force, is that act
		{"means", "These are the methods the Syrian regime is using to kill civilians.", []string{"SYRGOV>CVL:1823/asserted"}},
		{"means", "The Russian army used artillery to shell Ukrainian villages.", []string{"RUSMIL>UKR:194/asserted"}},
		{"means", "The Syrian regime will use chemical weapons to kill civilians.", []string{"SYRGOV>CVL:1823/intended"}},
		{"means-other", "Iran used the talks to press the United States for concessions.", nil},
		// root 17 only by a means of pressure; the purpose keeps its own code, not the means'
		{"means-17", "The government used troops to arrest Kurdish activists.", []string{"GOV>Kurds:173/asserted"}},
		{"means-17", "The government used the law to arrest Kurdish activists.", nil},
		{"means-17", "The United Nations used its rules to exclude Taiwan.", nil},
		{"means-code", "The regime used barrel bombs to kill civilians in Aleppo.", []string{"SYRGOV>CVL:1823/asserted"}},
		{"means-code", "Israel used bombs to assassinate Hamas leaders.", []string{"ISR>Hamas:186/asserted"}},
		{"means-other", "Iran met in Geneva to discuss a treaty with the United States.", nil},
		// a fronted plan phrase: the main clause's subject owns the plan
		{"fronted-plan", "Elsewhere in the campaign to defeat Al-Shabaab, Kenyan forces have begun the second phase.",
			[]string{"KENMIL>Al-Shabaab:190/intended"}},
		{"fronted-plan", "In the campaign to defeat ISIL, Britain has sent aid to Iraq.",
			[]string{"GBR>IRQ:070/asserted"}}, // sending aid is no step of the campaign
		{"fronted-plan", "In the campaign to defeat ISIL, the United Nations has played no role.", nil},
		{"fronted-plan", "In the campaign to defeat ISIL, Jordan hosted a conference with Iraq.", []string{"JOR>IRQ:053/asserted"}},
		{"fronted-plan", "In the campaign to defeat ISIL, Britain has not joined the coalition.", nil},
		{"fronted-plan", "In the campaign to defeat ISIL, Jordan took part.", []string{"JOR>Islamic State:190/intended"}},
	}
	for _, tc := range tests {
		d := a.Analyze(tc.text, nil)
		ms := ch.Recognize(d)
		var got []string
		for _, e := range c.Extract(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
