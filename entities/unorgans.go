package entities

import "strings"

// groundUNOrgans grounds, in place, the organization mentions that nothing grounded (their entity
// is their text and they have no country) and whose name opens with "UN", "U.N." or "United
// Nations" and a capitalized name whose head is an organ's (unOrganHead): an organ, board, panel or
// mission of the United Nations that no dictionary lists ("the UN Board of Inquiry", "the United
// Nations Panel of Experts"); not a document, an award or a day ("the UN Charter", "a United
// Nations Award"). It gets
// the UN's country code and role, as the organs the dictionaries know have ("UN Security Council":
// UN, IGO); its entity stays its name.
func groundUNOrgans(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != ORG || m.Country != "" || m.Entity != m.Text {
			continue
		}
		rest := ""
		for _, p := range [...]string{"UN ", "U.N. ", "United Nations "} {
			if strings.HasPrefix(m.Text, p) {
				rest = m.Text[len(p):]
				break
			}
		}
		if !startsUpper(rest) || !unOrganHead(rest) {
			continue
		}
		m.Country, m.Role = "UN", "IGO"
	}
}

// unOrganHead reports whether the head of name, the last of its capitalized words before the
// first lower-case one ("Board" of "Board of Inquiry"), names a body: a board, panel, commission,
// committee, council, mission, office, agency, fund, programme, group, team, tribunal, court,
// secretariat or force.
func unOrganHead(name string) bool {
	head := ""
	for _, w := range strings.Fields(name) {
		if !startsUpper(w) {
			break
		}
		head = w
	}
	switch head {
	case "Board", "Panel", "Commission", "Committee", "Council", "Mission", "Office", "Agency", "Fund",
		"Programme", "Program", "Group", "Team", "Tribunal", "Court", "Secretariat", "Force", "Forces":
		return true
	}
	return false
}
