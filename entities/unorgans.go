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
// secretariat or force; not a document or a plan (a name ending with a document noun, "Programme
// of Action", "Program for Africa"), not a group of states ("Group of Friends of ..."), not a name
// a group cut short after "of" ("UN Group of" may be "Group of Friends"). A name the recognizer cut
// short after "of", "for" or "on" is still the organ its head names ("the United Nations Committee of
// Experts on ..." recognized as "United Nations Committee of"), and two plural heads joined by "and"
// name the organs of the UN system ("UN Programmes and Agencies", "UN Funds and Programmes").
func unOrganHead(name string) bool {
	ws := strings.Fields(name)
	head, h := "", -1
	for i, w := range ws {
		if !startsUpper(w) {
			break
		}
		head, h = w, i
	}
	if h < 0 {
		return false
	}
	if len(ws) == 3 && ws[1] == "and" && systemNoun(ws[0]) && systemNoun(ws[2]) {
		return true // the UN system: "UN Programme and Agencies", "UN Funds and Programmes"
	}
	switch last := ws[len(ws)-1]; {
	case last == "and":
		return false
	case (last == "of" || last == "for" || last == "on") && head == "Group":
		return false // cut short where a group of states may follow: "UN Group of" (Friends of ...)
	case documentNoun(last):
		return false // a document: "United Nations Programme of Action"
	case (head == "Programme" || head == "Program") && h < len(ws)-1:
		return false // a plan: "U.N. Program for Africa" (the organs end with it: "Development Programme")
	case strings.Contains(name, "Group of Friends"):
		return false // states, not an organ: "UN Group of Friends of Neutrality"
	}
	switch head {
	case "Board", "Panel", "Commission", "Committee", "Council", "Mission", "Office", "Agency", "Fund",
		"Programme", "Program", "Group", "Team", "Tribunal", "Court", "Secretariat", "Force", "Forces":
		return true
	}
	return false
}

// documentNoun reports whether w, the last word of a name, names a document or a plan.
func documentNoun(w string) bool {
	switch w {
	case "Action", "Agenda", "Plan", "Strategy", "Framework", "Declaration", "Charter", "Convention",
		"Report", "Resolution", "Principles", "Guidelines", "Compact", "Roadmap", "Initiative":
		return true
	}
	return false
}

// systemNoun reports whether w names the organs of the UN system as a class ("Agencies",
// "Programmes", "Funds"), in the singular or the plural.
func systemNoun(w string) bool {
	switch w {
	case "Agency", "Agencies", "Programme", "Programmes", "Program", "Programs", "Fund", "Funds":
		return true
	}
	return false
}
