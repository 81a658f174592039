package events

import "testing"

func TestPLOVEROf(t *testing.T) {
	for code, want := range map[string]PLOVER{
		"195":  {"ASSAULT", "heavy-weapons", "military"},
		"163":  {"COERCE", "restrict", "diplomatic"},
		"0841": {"RETREAT", "release", "legal"},
		"0253": {"REQUEST", "", ""}, // root 02, which the table lacks
		"1121": {"ACCUSE", "allege", "crime;corruption"},
	} {
		if got, ok := PLOVEROf(code); !ok || got != want {
			t.Errorf("PLOVEROf(%q) = %+v, %v; want %+v", code, got, ok, want)
		}
	}
	if _, ok := PLOVEROf("010"); ok {
		t.Error("PLOVEROf(010): statements have no PLOVER type")
	}
}
