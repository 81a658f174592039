package entities

import "testing"

// Military equipment is coded as the armed forces that use it but is no group of people to list;
// the words of other agents keep their codes.
func TestEquipment(t *testing.T) {
	for lemma, want := range map[string]struct {
		equipment bool
		role      string
		group     bool
	}{
		"bomber":     {true, "MIL", false},
		"helicopter": {true, "MIL", false},
		"frigate":    {true, "MIL", false},
		"jet":        {true, "MIL", false},
		"drone":      {true, "MIL", false},
		"soldier":    {false, "MIL", true},
		"fighter":    {false, "REB", true},
		"crew":       {false, "CVL", false},
		"minister":   {false, "GOV", true},
		"asset":      {false, "", false},
	} {
		if got := Equipment(lemma); got != want.equipment {
			t.Errorf("Equipment(%q) = %v", lemma, got)
		}
		if got := AgentRole(lemma); got != want.role {
			t.Errorf("AgentRole(%q) = %q, want %q", lemma, got, want.role)
		}
		if got := agentGroup(lemma); got != want.group {
			t.Errorf("agentGroup(%q) = %v, want %v", lemma, got, want.group)
		}
	}
}
