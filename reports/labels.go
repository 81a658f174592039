package reports

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/reports/worldmap"
)

// roleName names a CAMEO actor role (sector) code, from the CAMEO actor codebook (Schrodt,
// "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook", version 1.1b3,
// 2012, chapter on actor codes): "GOV" is "government", "CVL" "civilians". It returns "" for a
// code it does not know.
func roleName(code string) string {
	switch code {
	case "GOV":
		return "government"
	case "MIL":
		return "military"
	case "REB":
		return "rebels"
	case "OPP":
		return "opposition"
	case "PTY":
		return "political party"
	case "COP":
		return "police"
	case "JUD":
		return "judiciary"
	case "SPY":
		return "intelligence"
	case "LEG":
		return "legislature"
	case "ELI":
		return "elites"
	case "CVL":
		return "civilians"
	case "BUS":
		return "business"
	case "MED":
		return "media"
	case "EDU":
		return "education"
	case "HLH":
		return "health"
	case "REF":
		return "refugees"
	case "LAB":
		return "labour"
	case "AGR":
		return "agriculture"
	case "CRM":
		return "criminals"
	case "UAF":
		return "armed forces"
	case "INS":
		return "insurgents"
	case "SEP":
		return "separatists"
	case "IGO":
		return "intergovernmental organization"
	case "NGO":
		return "non-governmental organization"
	case "NGM":
		return "non-governmental movement"
	case "MNC":
		return "multinational corporation"
	case "HRI":
		return "human rights"
	case "ENV":
		return "environment"
	case "RAD":
		return "radicals"
	case "MOD":
		return "moderates"
	case "SET":
		return "settlers"
	case "AMN":
		return "Amnesty International"
	case "IRC":
		return "Red Cross"
	case "UIS":
		return "unidentified state actor"
	case "MUS":
		return "Muslims"
	case "CHR":
		return "Christians"
	case "JEW":
		return "Jews"
	case "BUD":
		return "Buddhists"
	case "HIN":
		return "Hindus"
	case "CTH":
		return "Catholics"
	case "SUN":
		return "Sunni"
	case "SHI":
		return "Shia"
	}
	return ""
}

// labeler names the codes the report shows: actor ids by their entity label, country codes by
// the country's name, and event actor codes that join a country (or another actor) and role
// codes by both: "IRNGOV" is "Iran · government", "PSECVL" "Palestine · civilians", "REB"
// "Rebels".
type labeler struct {
	names     map[string]string
	countries map[string]string // the world map's country names by code
}

// newLabeler returns a labeler over entity labels by id (nil for none).
func newLabeler(names map[string]string) *labeler {
	l := &labeler{names: names, countries: map[string]string{}}
	if t, err := worldmap.EmbeddedTable(); err == nil {
		for _, c := range t.Countries {
			if c.ISO3 != "" {
				l.countries[c.ISO3] = c.Name
			}
		}
	}
	return l
}

// country returns the name of a country code, "" when it is not one.
func (l *labeler) country(iso string) string {
	if !isCountryCode(iso) {
		return ""
	}
	if n := l.names[iso]; n != "" && n != iso {
		return n
	}
	return l.countries[iso]
}

// label returns what to show for an actor id or code.
func (l *labeler) label(code string) string {
	if code == "" {
		return ""
	}
	if n := l.names[code]; n != "" {
		return n
	}
	if n := l.country(code); n != "" {
		return n
	}
	if r := roleName(code); r != "" {
		return upperFirst(r)
	}
	// A code followed by role codes: IRNGOV, USAMILGOV, "Hassan RouhaniGOV".
	var roles []string
	rest := code
	for len(rest) > 3 {
		r := roleName(rest[len(rest)-3:])
		if r == "" {
			break
		}
		roles = append([]string{r}, roles...)
		rest = rest[:len(rest)-3]
	}
	if len(roles) == 0 {
		return code
	}
	head := l.names[rest]
	if head == "" {
		head = l.country(rest)
	}
	if head == "" {
		if r := roleName(rest); r != "" {
			head = upperFirst(r)
		} else {
			head = rest
		}
	}
	return head + " · " + strings.Join(roles, " · ")
}

// countryOf returns the country code of an actor code ("IRN" for "IRNGOV"), or "".
func (l *labeler) countryOf(code string, actorCountry map[string]string) string {
	if c := actorCountry[code]; c != "" {
		return c
	}
	if len(code) >= 3 && l.country(code[:3]) != "" {
		rest := code[3:]
		for len(rest) >= 3 && roleName(rest[:3]) != "" {
			rest = rest[3:]
		}
		if rest == "" {
			return code[:3]
		}
	}
	return ""
}

// upperFirst capitalizes the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ploverName names a PLOVER event type ("ASSAULT" is "Assault", "CONSULT" "Consult").
func ploverName(code string) string {
	return upperFirst(strings.ToLower(strings.ReplaceAll(code, "_", " ")))
}

// shortLabel is a label for tight places (network labels, lists of partners): an organization's
// acronym id ("UNSC") rather than a long name ("United Nations Security Council").
func (l *labeler) shortLabel(id string) string {
	lb := l.label(id)
	if len(lb) <= 22 || len(id) > 10 || len(id) < 2 {
		return lb
	}
	for _, r := range id {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return lb
		}
	}
	return id
}
