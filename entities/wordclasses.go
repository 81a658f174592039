package entities

import "strings"

// legalForms are the legal forms of companies as names write them, without a final period: the
// one list that entities/actors (a name's last word, as written) and events (a lower-cased token)
// read through LegalForm and LegalFormLower.
var legalForms = [...]string{
	"Corp", "Corporation", "Inc", "Co", "Company", "Ltd", "Limited", "LLC", "Plc", "PLC", "plc", "Holdings",
	"AG", "GmbH", "SA", "S.A", "SpA", "S.p.A", "NV", "N.V", "BV", "B.V", "AB", "ASA", "Oyj", "KK", "Bhd",
}

// legalFormSets holds legalForms as written and lower-cased.
var legalFormSets = func() (s struct{ exact, lower map[string]bool }) {
	s.exact = make(map[string]bool, len(legalForms))
	s.lower = make(map[string]bool, len(legalForms))
	for _, f := range legalForms {
		s.exact[f] = true
		s.lower[strings.ToLower(f)] = true
	}
	return s
}()

// LegalForm reports whether the word w, as a name writes it, is the legal form of a company:
// "Corp", "Inc.", "GmbH", "PLC", "S.A." (one final period is ignored). The case counts: "CO" and
// "Sa" are not legal forms.
func LegalForm(w string) bool { return legalFormSets.exact[strings.TrimSuffix(w, ".")] }

// LegalFormLower reports whether the lower-case word w is a legal form of a company written in any
// case ("corp.", "gmbh", "s.a.").
func LegalFormLower(w string) bool { return legalFormSets.lower[strings.TrimSuffix(w, ".")] }

// LocativePreposition reports whether the lower-case word w is a preposition of place before a
// name ("in Syria", "across the region", "outside Kabul"): what it introduces is where something
// is or happens, not who acts. The one list of the event coder (events: an actor right after one
// is a place) and of the antecedents of "we" (a country after one is no author: corefwe.go).
func LocativePreposition(w string) bool {
	switch w {
	case "in", "at", "near", "inside", "outside", "throughout", "across", "into", "around", "within":
		return true
	}
	return false
}
