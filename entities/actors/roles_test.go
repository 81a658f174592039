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
		{"chief of staff", "GOV"}, // Phoenix agents: CHIEF_OF_STAFF [~GOV] (branch s16people)
		{"army chief of staff", "MIL"},
		{"chief of the general staff", "MIL"},
		{"chief of staff of the armed forces", "MIL"},
		{"chief of staff general", "MIL"},
		{"head of the chinese delegation", "GOV"},
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
		{"Harris County Sheriff's Department", true, "COP"},
		{"Department of Fire and Police Services", true, ""}, // the first of the words decides
		{"Police and Fire Department", true, "COP"},          // as above
		{"Ministère de l’Intérieur", false, ""},              // French: not the English word
		{"ministry   of  foreign affairs", false, "GOV"},     // spacing and case
		{"Department of", true, ""},                          // "of" without the name of a department
		{"Ministry-of-Defence", false, "GOV"},                // hyphens are spaces of the key
		{"Departamento de Polícia Federal", true, ""},        // Portuguese
		{"State Department", false, ""},                      // no country
		{"Treasury Department", true, "GOV"},                 // with one
		{"Energy\u00a0Ministry", false, "GOV"},               // a no-break space
	}
	for _, tc := range tests {
		if got := departmentRole(tc.name, tc.hasCountry); got != tc.want {
			t.Errorf("departmentRole(%q, %v) = %q, want %q", tc.name, tc.hasCountry, got, tc.want)
		}
	}
}

// TestDepartmentRoleWords compares departmentRole, which reads the words of the key in place, with
// the same rules applied to strings.Fields of the key, on organization names of many shapes.
func TestDepartmentRoleWords(t *testing.T) {
	ref := func(name string, hasCountry bool) string {
		ws := strings.Fields(Key(name))
		if len(ws) < 2 {
			return ""
		}
		last := ws[len(ws)-1]
		of := len(ws) > 2 && ws[1] == "OF"
		switch {
		case last == "MINISTRY" || ws[0] == "MINISTRY" && of:
			return "GOV"
		case last == "DEPARTMENT" || ws[0] == "DEPARTMENT" && of:
			if !hasCountry {
				return ""
			}
			for _, w := range ws {
				switch w {
				case "POLICE", "SHERIFF", "SHERIFFS":
					return "COP"
				case "FIRE":
					return ""
				}
			}
			return "GOV"
		}
		return ""
	}
	var names []string
	for _, head := range []string{"", "U.S. ", "Iraqi ", "Police ", "Fire ", "Sheriff's ", "of ", "Of "} {
		for _, body := range []string{"Ministry", "Department", "ministry of", "Department of", "Department Of Police",
			"Justice Department", "Ministry of Justice", "Department of Fire Services", "Police Department",
			"Ministry", "MINISTRY OF INTERIOR", "Départment", "Ministry.", " Ministry ", "Ministry\tof\nHealth"} {
			for _, tail := range []string{"", " of", " of Finance", " Sheriffs", "-Police", " (DHS)"} {
				names = append(names, head+body+tail)
			}
		}
	}
	for _, name := range names {
		for _, c := range []bool{false, true} {
			if got, want := departmentRole(name, c), ref(name, c); got != want {
				t.Errorf("departmentRole(%q, %v) = %q, want %q", name, c, got, want)
			}
		}
	}
}
