package syntax

import "testing"

func TestLemma(t *testing.T) {
	_, m := mustModels(t)
	cases := []struct{ word, tag, want string }{
		{"attacked", "VBD", "attack"}, {"met", "VBD", "meet"}, {"held", "VBD", "hold"},
		{"supplies", "VBZ", "supply"}, {"seized", "VBD", "seize"}, {"enriches", "VBZ", "enrich"},
		{"form", "VB", "form"}, {"mediating", "VBG", "mediate"}, {"expelled", "VBD", "expel"},
		{"stopped", "VBD", "stop"}, {"hoped", "VBD", "hope"}, {"used", "VBN", "use"},
		{"declared", "VBD", "declare"}, {"monitored", "VBD", "monitor"}, {"released", "VBN", "release"},
		{"killed", "VBN", "kill"}, {"visited", "VBD", "visit"}, {"planned", "VBD", "plan"},
		{"agreed", "VBD", "agree"}, {"denied", "VBD", "deny"}, {"carried", "VBD", "carry"},
		{"controlled", "VBN", "control"}, {"called", "VBD", "call"}, {"recalled", "VBD", "recall"},
		{"talks", "NNS", "talk"}, {"sanctions", "NNS", "sanction"}, {"countries", "NNS", "country"},
		{"forces", "NNS", "force"}, {"was", "VBD", "be"}, {"Iran", "NNP", "Iran"},
		{"changed", "VBD", "change"}, {"vetoed", "VBD", "veto"}, {"fled", "VBD", "flee"},
		{"kidnapped", "VBN", "kidnap"}, {"struck", "VBD", "strike"}, {"imposed", "VBD", "impose"},
		{"urged", "VBD", "urge"}, {"threatened", "VBD", "threaten"}, {"shelled", "VBD", "shell"},
		{"pledged", "VBD", "pledge"}, {"accused", "VBD", "accuse"}, {"recognized", "VBN", "recognize"},
	}
	bad := 0
	for _, c := range cases {
		if got := m.Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.tag, got, c.want)
			bad++
		}
	}
}
