package actors

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// petrSample is a small dictionary in the PETRARCH/TABARI format with the constructs the readers
// must handle: comments of three kinds, synonyms, codes on the phrase line and indented, dated
// codes in both date forms, defaults, null codes, and a Latin-1 byte.
const petrSample = `<!-- a test dictionary
# comment inside a comment -->
<! -- PETRARCH skips this line too -->
ARNOR_  [ARN] # a country
+ARNORIAN
GONDOR [GON] ; legacy comment
VLADIMIR_PUTIN_
+PUTIN_
	[RUSELI 700101-990809]
	[RUSGOV 991231-080507]
	[RUSGOV >080508]
	[RUSELI]
GOLLUM
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
BOROMIR [---]
JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]
JOS` + "\xc9" + `_MART` + "\xcd" + `_  [CUB]
---STOP---
IGNORED [XXX]
`

func TestReadPetrarch(t *testing.T) {
	as, warns, err := ReadPetrarch(strings.NewReader(petrSample), "sample.txt", PetrarchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	var keys []string
	for _, a := range as {
		var ns []string
		for _, n := range a.Names {
			ns = append(ns, n.Key)
		}
		keys = append(keys, strings.Join(ns, "|"))
	}
	want := []string{"ARNOR|ARNORIAN", "GONDOR", "VLADIMIR PUTIN|PUTIN", "GOLLUM|SMEAGOL", "BOROMIR", "JAVIER DE CUELLAR", "JOSE MARTI"}
	if !reflect.DeepEqual(keys, want) {
		t.Fatalf("records = %q, want %q", keys, want)
	}
	arnor, putin, gollum, boromir, cuellar := as[0], as[2], as[3], as[4], as[5]
	if r := arnor.Ranges[0]; r.Entity != "ARN" || r.Type != "GPE" || r.Country != "ARN" || r.Role != "" || arnor.Names[0].Prefix {
		t.Errorf("ARNOR = %+v (names %+v)", r, arnor.Names)
	}
	if !arnor.Names[1].Prefix {
		t.Errorf("ARNORIAN has no trailing _: its last word should match as a prefix")
	}
	if !putin.Person || len(putin.Ranges) != 4 || putin.Ranges[0].Entity != "Vladimir Putin" || putin.Ranges[0].Type != "PERSON" {
		t.Errorf("PUTIN = %+v", putin)
	}
	if r := gollum.Ranges[0]; !r.Dated || r.To != 19950601 || r.From != 0 {
		t.Errorf("GOLLUM <950601 = %+v", r)
	}
	if r := gollum.Ranges[2]; r.From != 19990816 || r.To != 0 || r.Role != "REB" {
		t.Errorf("GOLLUM >990816 = %+v", r)
	}
	if r := boromir.Ranges[0]; r.Code != "---" || r.Country != "" || r.Entity != "Boromir" {
		t.Errorf("BOROMIR = %+v", r)
	}
	if len(cuellar.Ranges) != 2 || cuellar.Ranges[0].Role != "IGO" || cuellar.Ranges[1].Role != "ELI" || cuellar.Ranges[1].Dated {
		t.Errorf("DE CUELLAR = %+v", cuellar.Ranges)
	}
}

func TestActorAt(t *testing.T) {
	as, _, err := ReadPetrarch(strings.NewReader(petrSample), "sample.txt", PetrarchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	putin, gollum := as[2], as[3]
	tests := []struct {
		a       Actor
		date    Date
		role    string
		country string
		latest  bool
	}{
		{putin, 19950101, "ELI", "RUS", false},
		{putin, 19991001, "ELI", "RUS", false}, // between the ranges: the default
		{putin, 20050101, "GOV", "RUS", false},
		{putin, 20080507, "GOV", "RUS", false}, // bounds are included
		{putin, 20080508, "GOV", "RUS", false},
		{putin, 0, "GOV", "RUS", true}, // undated: the open-ended latest range
		{gollum, 19900101, "", "HOB", false},
		{gollum, 19950601, "", "HOB", false}, // first match in file order wins
		{gollum, 19970101, "GOV", "HOB", false},
		{gollum, 20010101, "REB", "HOB", false},
		{gollum, 0, "REB", "HOB", true},
	}
	for _, tt := range tests {
		r, latest, ok := tt.a.At(tt.date)
		if !ok || r.Role != tt.role || r.Country != tt.country || latest != tt.latest {
			t.Errorf("%s.At(%d) = %+v, latest %v, ok %v; want %s %s latest %v", tt.a.Names[0].Key, tt.date, r, latest, ok, tt.country, tt.role, tt.latest)
		}
	}
	// Gollum on 1999-08-15 to 1999-08-16: covered by no range and with no default, he is not an actor.
	none := Actor{Ranges: []Range{{Dated: true, From: 20000101, To: 20001231, Country: "X"}}}
	if _, _, ok := none.At(19990101); ok {
		t.Errorf("At outside every range with no default: ok")
	}
	if r, latest, ok := none.At(0); !ok || !latest || r.Country != "X" {
		t.Errorf("At(0) of a closed range = %+v %v %v", r, latest, ok)
	}
}

func TestReadPetrarchAgents(t *testing.T) {
	src := `!PERSON! = MAN, MEN, WOMAN
PRESIDENT [~GOV]
POLICE {} [ ~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
FOREIGN_MINISTER [~GOVFRM]
`
	as, _, err := ReadPetrarch(strings.NewReader(src), "agents.txt", PetrarchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range as {
		if !a.Agent {
			t.Errorf("%v: not an agent", a.Names)
		}
		for _, n := range a.Names {
			got[n.Key] = a.Ranges[0].Role
		}
	}
	want := map[string]string{"PRESIDENT": "GOV", "PRESIDENTS": "GOV", "POLICE": "COP", "ATTORNEY GENERAL": "JUD",
		"ATTORNEYS GENERAL": "JUD", "CONGRESSMAN": "LEG", "CONGRESSMEN": "LEG", "CONGRESSWOMAN": "LEG",
		"CONGRESSMANS": "LEG", "CONGRESSMENS": "LEG", "CONGRESSWOMANS": "LEG",
		"HUMAN RIGHTS BODY": "NGO", "HUMAN RIGHTS BODIES": "NGO", "FOREIGN MINISTER": "GOV", "FOREIGN MINISTERS": "GOV"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agents = %v\nwant %v", got, want)
	}
}

func TestReadPetrarchErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
	}{
		{"unclosed bracket", "ARNOR [ARN\n", 1},
		{"bad date", "GOLLUM\n\t[HOB 19951301-19960101]\n", 2},
		{"seven digits", "BAN\n\t[KORGOV 2004017-20061201]\n", 2},
		{"reversed period", "X\n\t[ABC 20100101-20090101]\n", 2},
		{"bad restriction", "X\n\t[ABC sometime]\n", 2},
		{"marker undefined", "CONGRESS!PERSON! [~LEG]\n", 1},
		{"agent code", "X [~]\n", 1},
		{"braces in actor", "X {Y} [ABC]\n", 1},
		{"empty code", "X []\n", 1},
		{"lone bracket", "X ]\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, _, err := ReadPetrarch(strings.NewReader("GOOD [ABC]\n"+tt.src), "d.txt", PetrarchOptions{})
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.File != "d.txt" || pe.Line != tt.line+1 {
				t.Errorf("error at %s:%d, want d.txt:%d (%v)", pe.File, pe.Line, tt.line+1, err)
			}
			if as != nil {
				t.Errorf("records returned with an error: %d", len(as))
			}
			// Lenient: the rest is read and the line reported.
			as, warns, err := ReadPetrarch(strings.NewReader("GOOD [ABC]\n"+tt.src), "d.txt", PetrarchOptions{Lenient: true})
			if err != nil || len(warns) == 0 || len(as) == 0 {
				t.Errorf("lenient: %d records, warnings %v, err %v", len(as), warns, err)
			}
		})
	}
}

func TestReadPetrarchOrphans(t *testing.T) {
	for _, src := range []string{"+ARNOR\n", "# c\n\t[ARN]\n"} {
		_, _, err := ReadPetrarch(strings.NewReader(src), "d.txt", PetrarchOptions{})
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != strings.Count(src, "\n") {
			t.Errorf("%q: err = %v, want a *ParseError at its last line", src, err)
		}
	}
}

func TestReadCSV(t *testing.T) {
	src := "name,entity,type,country,role,from,to\n" +
		"# a comment\n" +
		"Frodo Baggins,,PERSON,HOB,GOV,1995-06-01,19990815\n" +
		"Frodo Baggins,,PERSON,HOB,ELI,19990816,\n" +
		"\"Ministry of Silly Walks, The\",MSW,ORG,GBR,GOVMIL,,\n" +
		"tanjug,,,YUG,MED,,\n"
	as, err := ReadCSV(strings.NewReader(src), "u.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 3 {
		t.Fatalf("%d records, want 3", len(as))
	}
	frodo := as[0]
	if len(frodo.Ranges) != 2 || !frodo.Person || frodo.Ranges[0].From != 19950601 || frodo.Ranges[0].To != 19990815 ||
		frodo.Ranges[1].Role != "ELI" || frodo.Ranges[0].Entity != "Frodo Baggins" || frodo.Line != 3 {
		t.Errorf("frodo = %+v", frodo)
	}
	if !reflect.DeepEqual(frodo.Names[0].Cased, []bool{true, true}) {
		t.Errorf("cased = %v", frodo.Names[0].Cased)
	}
	if r := as[1].Ranges[0]; r.Entity != "MSW" || r.Role != "GOV" || r.Country != "GBR" || r.Dated {
		t.Errorf("ministry = %+v", r)
	}
	if r := as[2].Ranges[0]; r.Type != "ORG" || !r.TypeGuessed || as[2].Names[0].Cased != nil {
		t.Errorf("tanjug = %+v %+v", r, as[2].Names)
	}
	if r, _, _ := frodo.At(19970101); r.Role != "GOV" {
		t.Errorf("frodo in 1997: %+v", r)
	}
}

func TestReadCSVErrors(t *testing.T) {
	tests := []struct {
		name, row string
	}{
		{"fields", "Frodo,HOB"},
		{"empty name", ",x,PERSON,HOB,GOV,,"},
		{"type", "Frodo,,HOBBIT,HOB,GOV,,"},
		{"country", "Frodo,,PERSON,hob,GOV,,"},
		{"role", "Frodo,,PERSON,HOB,GOVERNMENT,,"},
		{"from", "Frodo,,PERSON,HOB,GOV,1995-13-01,"},
		{"to", "Frodo,,PERSON,HOB,GOV,,yesterday"},
		{"period", "Frodo,,PERSON,HOB,GOV,2000-01-01,1999-01-01"},
		{"quote", "\"Frodo,,PERSON,HOB,GOV,,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "Sam,,PERSON,HOB,,,\n" + tt.row + "\n"
			as, err := ReadCSV(strings.NewReader(src), "u.csv")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != 2 || pe.File != "u.csv" {
				t.Fatalf("err = %v, want a *ParseError at u.csv:2", err)
			}
			if as != nil {
				t.Errorf("records returned with an error")
			}
		})
	}
}

func TestReadIgnore(t *testing.T) {
	ks, err := ReadIgnore(strings.NewReader("# names\nPutin\n\n  Ban Ki-moon \n"), "ig.txt")
	if err != nil || !reflect.DeepEqual(ks, []string{"PUTIN", "BAN KI MOON"}) {
		t.Errorf("ReadIgnore = %q, %v", ks, err)
	}
	_, err = ReadIgnore(strings.NewReader("ok\nbad\x01name\n"), "ig.txt")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Errorf("control character: err = %v", err)
	}
	_, err = ReadIgnore(strings.NewReader("ok\n\xff\xfe\n"), "ig.txt")
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Errorf("invalid UTF-8: err = %v", err)
	}
}

func TestReadDictionaryFormat(t *testing.T) {
	d, err := ReadDictionary(strings.NewReader("Frodo,,PERSON,HOB,GOV,,\n"), "user.CSV")
	if err != nil || d.Len() != 1 || len(d.Lookup("FRODO")) != 1 {
		t.Errorf("CSV by extension: %v", err)
	}
	d, err = ReadDictionary(strings.NewReader("FRODO [HOB]\n"), "user.actors.txt")
	if err != nil || d.Len() != 1 || len(d.Lookup("FRODO")) != 1 {
		t.Errorf("PETRARCH otherwise: %v", err)
	}
}

func TestTableRoundTrip(t *testing.T) {
	tb := &Table{
		Actors: []Actor{
			{Person: true, Names: []Name{{Key: "VLADIMIR PUTIN"}, {Key: "PUTIN"}}, Ranges: []Range{
				{Country: "RUS", Role: "ELI", Dated: true, From: 19700101, To: 19990809},
				{Country: "RUS", Role: "GOV", Dated: true, From: 20080508},
				{Country: "RUS", Role: "GOV", Dated: true, To: 19990101},
				{Country: "RUS", Role: "ELI"}}},
			{Names: []Name{{Key: "PENTAGON"}}, Ranges: []Range{{Country: "USA", Role: "MIL"}}},
			{Names: []Name{{Key: "ANNAN"}}, Ranges: []Range{{Role: "ELI"}}},
		},
		IGO:      map[string]string{"UN": "IGOUNO", "UNSC": "IGOUNO", "EU": "IGOEUREEC"},
		CAMEOIGO: map[string]string{"IGOUNO": "UN", "IGOEUREEC": "EU"},
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, []string{"test"}, tb); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTable(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range got.Actors {
		got.Actors[i].File, got.Actors[i].Line = "", 0
	}
	if !reflect.DeepEqual(got.Actors, tb.Actors) || !reflect.DeepEqual(got.IGO, tb.IGO) || !reflect.DeepEqual(got.CAMEOIGO, tb.CAMEOIGO) {
		t.Errorf("round trip:\n%+v\nwant\n%+v\n%s", got, tb, buf.String())
	}
	for _, bad := range []string{"P\tX\n", "Q\tX\t:GOV\n", "P\tX\tRUSGOV\n", "P\tX\tRUS:GOV@1999-\n"} {
		if _, err := ReadTable(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadTable(%q): no error", bad)
		}
	}
}

// FuzzReadPetrarch checks that the reader never panics and that what it returns is consistent:
// records have names with words, periods end after they start, an error names a line of the input.
func FuzzReadPetrarch(f *testing.F) {
	f.Add(petrSample)
	f.Add("X\n\t[ABC 20100101-20090101]\n")
	f.Add("!P! = A, B\nX!P! {} [~GOV]\n")
	f.Add("<!-- open\nX [Y]\n")
	f.Fuzz(func(t *testing.T, src string) {
		as, _, err := ReadPetrarch(strings.NewReader(src), "f", PetrarchOptions{})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.Line > strings.Count(src, "\n")+1 {
				t.Fatalf("error %v does not name a line of the input", err)
			}
			if as != nil {
				t.Fatalf("records returned with an error")
			}
			return
		}
		for _, a := range as {
			if len(a.Names) == 0 {
				t.Fatalf("record without names at line %d", a.Line)
			}
			for _, n := range a.Names {
				if n.Key == "" || !utf8.ValidString(n.Key) {
					t.Fatalf("bad name %q", n.Key)
				}
			}
			for _, r := range a.Ranges {
				if r.From != 0 && r.To != 0 && r.To < r.From {
					t.Fatalf("period %v-%v", r.From, r.To)
				}
			}
		}
		d := NewDictionary(as)
		d.match().find(nil)
	})
}

// FuzzReadCSV checks that the CSV reader never panics, and that every record it returns is found
// again by the Key of its name.
func FuzzReadCSV(f *testing.F) {
	f.Add("name,entity,type,country,role,from,to\nFrodo,,PERSON,HOB,GOV,1995-06-01,\n")
	f.Add("\"a\"\"b\",x,ORG,UN,IGO,,\n")
	f.Fuzz(func(t *testing.T, src string) {
		as, err := ReadCSV(strings.NewReader(src), "f.csv")
		if err != nil {
			return
		}
		d := NewDictionary(as)
		for i, a := range as {
			found := false
			for _, k := range d.Lookup(a.Names[0].Key) {
				found = found || int(k) == i
			}
			if !found {
				t.Fatalf("record %d (%q) not found by its key", i, a.Names[0].Key)
			}
		}
	})
}
