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
		o, f, _, err := readOffices(head+tt.src, "offices.csv", nil)
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
	o, f, _, err := readOffices(head+"Frodo Baggins,,PERSON,HOB,GOV,2001-01-01,2003-01-01\n"+
		"Frodo Baggins,,PERSON,UN,IGO,2004-01-01,\nGandalf,,PERSON,UN,IGO,2001-01-01,\n", "offices.csv", known)
	if err != nil {
		t.Fatal(err)
	}
	// Frodo is ELI of his country outside his offices from his first one on, and of his country
	// with no role before it; Gandalf, only ever in an organization, has no
	// former record.
	if o.Len() != 2 || f.Len() != 1 || f.Actor(0).Ranges[0] != (Range{From: 20010101, Dated: true, Country: "HOB", Role: "ELI"}) ||
		f.Actor(0).Ranges[1] != (Range{Country: "HOB"}) {
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

// TestSurnameHolder checks how a surname written alone finds a curated office holder on a date.
func TestSurnameHolder(t *testing.T) {
	src := "name,entity,type,country,role,from,to\n" +
		"Frodo Baggins,,PERSON,HOB,GOV,2001-01-01,2003-01-01\n" +
		"Frodo Baggins,,PERSON,UN,IGO,2004-01-01,2005-01-01\n" +
		"Frodo B. Baggins,,PERSON,HOB,GOV,2001-01-01,2003-01-01\n" + // the same man under another name
		"Bilbo Baggins,,PERSON,HOB,GOV,2002-01-01,2002-12-31\n" + // a namesake in the same government
		"Boromir Took,,PERSON,GON,GOV,2001-01-01,2001-12-31\n" +
		"Pippin Took,,PERSON,HOB,GOV,2001-01-01,2001-12-31\n" +
		"Aragorn Elessar II,,PERSON,GON,GOV,2010-01-01,\n" +
		"Faramir Dol-amroth,,PERSON,GON,GOV,2010-01-01,\n" + // a given name of two syllables: the surname comes first
		"Imrahil al-Amroth,,PERSON,GON,GOV,2012-01-01,\n"
	o, f, formerOf, err := readOffices(src, "offices.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	b := &Builtin{Offices: o, Former: f, formerOf: formerOf, surnames: surnameIndex(src, o)}
	hob := map[string]bool{"HOB": true}
	for _, tt := range []struct {
		name         string
		surname      string
		day          Date
		country      string
		named        map[string]bool
		wantC, wantR string
		wantOK       bool
	}{
		{"one holder in office, nothing named", "BAGGINS", 20010601, "", nil, "HOB", "GOV", true},
		{"namesakes in the same government", "BAGGINS", 20020601, "", nil, "HOB", "GOV", true},
		{"in an international office", "BAGGINS", 20040601, "", nil, "UN", "IGO", true},
		{"two countries, neither named", "TOOK", 20010601, "", nil, "", "", false},
		{"two countries, one named", "TOOK", 20010601, "", hob, "HOB", "GOV", true},
		{"two countries, the text's country", "TOOK", 20010601, "GON", nil, "GON", "GOV", true},
		{"in office, another country in the text", "BAGGINS", 20010601, "GON", nil, "", "", false},
		{"out of office, country named", "BAGGINS", 20080601, "", hob, "HOB", "ELI", true},
		{"out of office, country not named", "BAGGINS", 20080601, "", nil, "", "", false},
		{"out of office, two former countries", "TOOK", 20080601, "", hob, "", "", false},
		{"before any office", "BAGGINS", 19900601, "", hob, "", "", false},
		{"before the office, a suffix dropped", "ELESSAR", 20200601, "", nil, "GON", "GOV", true},
		{"a first name is no surname", "FRODO", 20010601, "", nil, "", "", false},
		{"surname first", "FARAMIR", 20110601, "", nil, "GON", "GOV", true},
		{"the syllable after the hyphen", "AMROTH", 20110601, "", nil, "", "", false},
		{"an article dropped", "AMROTH", 20130601, "", nil, "GON", "GOV", true},
		{"unknown", "SAMWISE", 20010601, "", hob, "", "", false},
	} {
		r, ok := b.surnameHolder(tt.surname, tt.day, tt.country, tt.named)
		if ok != tt.wantOK || r.Country != tt.wantC || r.Role != tt.wantR {
			t.Errorf("%s: %s on %d: %q %q %v, want %q %q %v", tt.name, tt.surname, tt.day, r.Country, r.Role, ok, tt.wantC, tt.wantR, tt.wantOK)
		}
	}
}

// TestSurnameOf checks the surnames of the office holders table's names.
func TestSurnameOf(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Emmanuel Macron", "Macron"},
		{"Ferdinand Marcos Jr.", "Marcos"},
		{"Aragorn II", "II"},
		{"Abdel Fattah al-Sisi", "Sisi"},
		{"Moon Jae-in", "Moon"},
		{"Tsai Ing-wen", "Tsai"},
		{"Nana Akufo-Addo", "Akufo-Addo"},
		{"Kassym-Jomart Tokayev", "Tokayev"},
		{"Lula", ""},
	} {
		if got := surnameOf(tt.name); got != tt.want {
			t.Errorf("surnameOf(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSurnameFirst checks that the office holders of countries that write names surname first are
// found by their first word, two letters included ("Xi"), and others by their last.
func TestSurnameFirst(t *testing.T) {
	src := "name,entity,type,country,role,from,to\n" +
		"Xi Jinping,,PERSON,CHN,GOV,2013-03-14,\n" +
		"Kim Jong Un,,PERSON,PRK,GOV,2011-12-17,\n" +
		"Hun Sen,,PERSON,KHM,GOV,1985-01-14,2023-08-22\n" +
		"Jim Yong Kim,,PERSON,WORLDBANK,IGO,2012-07-01,2019-02-01\n" +
		"Li Ka,,PERSON,FRA,GOV,2013-03-14,\n"
	o, _, _, err := readOffices(src, "offices.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	idx := surnameIndex(src, o)
	for _, tt := range []struct {
		surname string
		n       int
	}{{"XI", 1}, {"JINPING", 0}, {"KIM", 2}, {"UN", 0}, {"HUN", 1}, {"SEN", 0}, {"LI", 0}, {"KA", 0}} {
		if got := len(idx[tt.surname]); got != tt.n {
			t.Errorf("%s: %d holders, want %d", tt.surname, got, tt.n)
		}
	}
}
