package actors

import (
	"errors"
	"strings"
	"testing"
)

// TestReadOfficesErrors checks that the curated table refuses rows it cannot use as an office,
// naming the line, and returns nothing.
func TestReadOfficesErrors(t *testing.T) {
	head := "name,entity,type,country,role,from,to\n"
	for _, tt := range []struct {
		name, src string
		line      int
	}{
		{"undated", "Frodo Baggins,,PERSON,HOB,GOV,,\n", 2},
		{"no role", "Frodo Baggins,,PERSON,HOB,,2001-01-01,\n", 2},
		{"no country", "Frodo Baggins,,PERSON,,GOV,2001-01-01,\n", 2},
		{"no start", "Frodo Baggins,,PERSON,HOB,GOV,,2003-01-01\n", 2},
		{"not a person", "Bag End,,ORG,HOB,GOV,2001-01-01,\n", 2},
		{"malformed", "Frodo Baggins,,PERSON,HOB,GOV,2001-01-01\n", 2},
		{"bad date", "Sam Gamgee,,PERSON,HOB,GOV,2001-01-01,\nFrodo Baggins,,PERSON,HOB,GOV,2001-02-30,\n", 3},
	} {
		o, f, err := readOffices(head+tt.src, "offices.csv", nil)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != tt.line || pe.File != "offices.csv" || o != nil || f != nil {
			t.Errorf("%s: %v (%T), want a ParseError at line %d and no records", tt.name, err, err, tt.line)
		}
	}
	// Phoenix-like records: Frodo's names are added, not those of a namesake of another country.
	known := []Actor{
		{Names: []Name{{Key: "FRODO BAGGINS"}, {Key: "BAGGINS"}}, Ranges: []Range{{Country: "HOB", Role: "GOV"}}, Person: true},
		{Names: []Name{{Key: "GANDALF"}, {Key: "MITHRANDIR"}}, Ranges: []Range{{Country: "GON", Role: "ELI"}}, Person: true},
	}
	o, f, err := readOffices(head+"Frodo Baggins,,PERSON,HOB,GOV,2001-01-01,2003-01-01\n"+
		"Frodo Baggins,,PERSON,UN,IGO,2004-01-01,\nGandalf,,PERSON,UN,IGO,2001-01-01,\n", "offices.csv", known)
	if err != nil {
		t.Fatal(err)
	}
	// Frodo is ELI of his country outside his offices; Gandalf, only ever in an organization, has no
	// former record.
	if o.Len() != 2 || f.Len() != 1 || f.Actor(0).Ranges[0] != (Range{Country: "HOB", Role: "ELI"}) {
		t.Errorf("offices %d, former %d: %+v", o.Len(), f.Len(), f)
	}
	if r, _, ok := o.Actor(0).At(20050101); !ok || r.Country != "UN" || r.Role != "IGO" || r.Entity != "" {
		t.Errorf("Frodo in 2005: %+v %v", r, ok)
	}
	if _, _, ok := o.Actor(0).At(20000101); ok {
		t.Error("Frodo in 2000: an office outside his periods")
	}
	if got := o.Lookup("BAGGINS"); len(got) != 1 || got[0] != 0 || len(f.Lookup("BAGGINS")) != 1 {
		t.Errorf("BAGGINS: offices %v, former %v", got, f.Lookup("BAGGINS"))
	}
	if got := o.Lookup("MITHRANDIR"); len(got) != 0 {
		t.Errorf("a namesake of another country gave its names: %v", got)
	}
	if !strings.Contains(officesCSV, "name,entity,type,country,role,from,to") {
		t.Error("data/offices.csv has no header row")
	}
}
