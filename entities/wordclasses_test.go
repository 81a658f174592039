package entities

import (
	"strings"
	"testing"
)

// TestLegalForms checks the one list of companies' legal forms in its two readings: as a name
// writes it (the case counts, one final period is ignored) and lower-cased (any case).
func TestLegalForms(t *testing.T) {
	for _, w := range []string{"Corp", "Corp.", "Inc.", "GmbH", "PLC", "plc", "S.A.", "N.V.", "S.p.A.", "BV", "Oyj", "Limited", "Holdings"} {
		if !LegalForm(w) {
			t.Errorf("LegalForm(%q) = false", w)
		}
		if l := strings.ToLower(w); !LegalFormLower(l) {
			t.Errorf("LegalFormLower(%q) = false", l)
		}
	}
	for _, w := range []string{"CO", "Sa", "gmbh", "Group", "Bank", "Corp..", ""} {
		if LegalForm(w) {
			t.Errorf("LegalForm(%q) = true", w)
		}
	}
	for _, w := range []string{"group", "bank", "industries", "corps", ""} {
		if LegalFormLower(w) {
			t.Errorf("LegalFormLower(%q) = true", w)
		}
	}
	for _, f := range legalForms {
		if strings.HasSuffix(f, ".") || !LegalForm(f) || !LegalFormLower(strings.ToLower(f)) {
			t.Errorf("legal form %q is not read back", f)
		}
	}
}

// TestLocativePreposition checks the prepositions of place before a name.
func TestLocativePreposition(t *testing.T) {
	for _, w := range []string{"in", "at", "near", "inside", "outside", "throughout", "across", "into", "around", "within"} {
		if !LocativePreposition(w) {
			t.Errorf("LocativePreposition(%q) = false", w)
		}
	}
	for _, w := range []string{"by", "against", "with", "from", "In", ""} {
		if LocativePreposition(w) {
			t.Errorf("LocativePreposition(%q) = true", w)
		}
	}
}
