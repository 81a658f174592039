package actors

import (
	"strings"
	"testing"
)

func TestPhraseRole(t *testing.T) {
	tests := []struct{ phrase, role string }{
		{"president", "GOV"},
		{"prime minister", "GOV"},
		{"deputy foreign minister", "GOV"},
		{"former prime minister", "ELI"},
		{"ex-president", "ELI"},
		{"army chief", "MIL"},
		{"head of the army", "MIL"},
		{"police chief", "COP"},
		{"foreign ministry spokesman", "GOV"},
		{"defence ministry spokesman", "GOV"},
		{"spokesman", "GOV"},
		{"opposition leader", "OPP"},
		{"rebel leader", "REB"},
		{"supreme leader", "GOV"},
		{"party leader", ""},
		{"leader", ""},
		{"general", "MIL"},
		{"attorney general", "JUD"},
		{"secretary general", "GOV"},
		{"secretary- general", "GOV"},
		{"secretary of state", "GOV"},
		{"chief of staff", "MIL"},
		{"senator", "LEG"},
		{"judge", "JUD"},
		{"editor", "MED"},
		{"chief executive", "BUS"},
		{"cleric", "REL"},
		{"economist", "EDU"},
		{"ambassador to the un", "GOV"},
		{"chief financial officer", ""},
		{"deputy", ""},
		{"the", ""},
		{"prosecutor general", "GOV"},
		{"military ruler", "GOV"},
		{"junta leader", "GOV"},
		{"opposition politician", "OPP"},
		{"opposition candidate", "OPP"},
		{"presidential candidate", ""},
		{"leading opposition figure", "OPP"},
		{"general secretary of the national union", "LAB"},
		{"president of the company", "BUS"},
		{"president of the central bank", "GOV"},
		{"secretary of state", "GOV"},
		{"president of the court", "GOV"},
		{"chairman of reliance industries", "BUS"},
		{"head of global corporate affairs at tata sons", "BUS"},
		{"chairman of the joint chiefs", ""},
	}
	for _, tt := range tests {
		if got := phraseRole(strings.Fields(tt.phrase), nil); got != tt.role {
			t.Errorf("phraseRole(%q) = %q, want %q", tt.phrase, got, tt.role)
		}
	}
	agents := func(prev, w string) string {
		if prev == "silly" && w == "walks" {
			return "GOV"
		}
		return ""
	}
	if got := phraseRole([]string{"minister", "of", "silly", "walks"}, agents); got != "GOV" {
		t.Errorf("agents: %q", got)
	}
}

func TestTitleClasses(t *testing.T) {
	for _, tt := range []struct {
		phrase      string
		igo, abroad bool
	}{
		{"secretary-general", true, false},
		{"un secretary general", true, false},
		{"director-general", true, false},
		{"high commissioner", true, false},
		{"foreign minister", false, true},
		{"ambassador", false, true},
		{"minister for the middle east", false, true},
		{"secretary of state", false, true},
		{"lieutenant general", false, true},
		{"prime minister", false, false},
		{"interior minister", false, false},
	} {
		ws := strings.Fields(tt.phrase)
		if igoTitle(ws) != tt.igo || abroadTitle(ws) != tt.abroad {
			t.Errorf("%q: igo %v abroad %v, want %v %v", tt.phrase, igoTitle(ws), abroadTitle(ws), tt.igo, tt.abroad)
		}
	}
}

func TestUSCabinetTitle(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"assistant secretary of state", true},
		{"secretary of state", true},
		{"secretary of state for foreign affairs", false},
		{"state secretary", false},
		{"secretary of defense", true},
		{"defence secretary", false},
		{"defense secretary", true},
		{"acting homeland security secretary", true},
		{"secretary of the treasury", true},
		{"treasury secretary", true},
		{"foreign secretary", false},
		{"secretary of the interior", false},
	} {
		if got := usCabinetTitle(strings.Fields(tt.phrase)); got != tt.want {
			t.Errorf("usCabinetTitle(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
}

func TestDepartmentRole(t *testing.T) {
	tests := []struct {
		name       string
		hasCountry bool
		want       string
	}{
		{"Trade Ministry", false, "GOV"},
		{"Ministry of Industry and Trade", false, "GOV"},
		{"Ministry", false, ""},
		{"U.S. Agriculture Department", true, "GOV"},
		{"Department of Commerce", true, "GOV"},
		{"Department of Physics", false, ""}, // a university's: no country, no role
		{"Los Angeles Police Department", true, "COP"},
		{"New York Fire Department", true, ""},
	}
	for _, tc := range tests {
		if got := departmentRole(tc.name, tc.hasCountry); got != tc.want {
			t.Errorf("departmentRole(%q, %v) = %q, want %q", tc.name, tc.hasCountry, got, tc.want)
		}
	}
}
