package actors

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Table is the compiled form of the built-in dictionaries: records with their names as Keys and
// their periods as countries and roles, and the CAMEO codes of the international organizations
// geopol gives ids of its own.
type Table struct {
	Actors []Actor
	// IGO maps geopol organization ids to CAMEO codes ("UN" → "IGOUNO"); CAMEOIGO maps a CAMEO
	// code to the id it stands for (several ids may share a code: "UNSC" is IGOUNO too).
	IGO, CAMEOIGO map[string]string
}

// WriteTable writes t in the table format, a text file of one record per line:
//
//	# comment lines
//	P<TAB>VLADIMIR PUTIN|PUTIN<TAB>RUS:ELI@19700101-19990809;RUS:GOV@20080508-;RUS:ELI
//	O<TAB>PENTAGON|US MILITARY<TAB>USA:MIL
//	I<TAB>UN<TAB>IGOUNO
//	C<TAB>IGOUNO<TAB>UN
//
// P marks a person, O another actor; a period is COUNTRY:ROLE, then for a dated one @FROM-TO with
// either date left out for an open end; I lines map an organization id to its CAMEO code, C lines a
// CAMEO code to the organization id it stands for.
func WriteTable(w io.Writer, comments []string, t *Table) error {
	bw := bufio.NewWriter(w)
	for _, c := range comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	for i := range t.Actors {
		a := &t.Actors[i]
		kind := "O"
		if a.Person {
			kind = "P"
		}
		names := make([]string, len(a.Names))
		for k, n := range a.Names {
			names[k] = n.Key
		}
		ranges := make([]string, len(a.Ranges))
		for k, r := range a.Ranges {
			s := r.Country + ":" + r.Role
			if r.Dated {
				s += "@" + dateField(r.From) + "-" + dateField(r.To)
			}
			ranges[k] = s
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\n", kind, strings.Join(names, "|"), strings.Join(ranges, ";"))
	}
	for _, id := range sortedKeys(t.IGO) {
		fmt.Fprintf(bw, "I\t%s\t%s\n", id, t.IGO[id])
	}
	for _, c := range sortedKeys(t.CAMEOIGO) {
		fmt.Fprintf(bw, "C\t%s\t%s\n", c, t.CAMEOIGO[c])
	}
	return bw.Flush()
}

func dateField(d Date) string {
	if d == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(d), 10)
}

// ReadTable reads a table written by WriteTable. Names and codes share the memory of the text
// read, and the records' names and periods are slices of two shared arrays.
func ReadTable(r io.Reader) (*Table, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("actors: read table: %w", err)
	}
	return readTable(string(b))
}

// readTable is ReadTable of the table's text.
func readTable(data string) (*Table, error) {
	nl := strings.Count(data, "\n")
	t := &Table{IGO: map[string]string{}, CAMEOIGO: map[string]string{}, Actors: make([]Actor, 0, nl)}
	names := make([]Name, 0, nl+strings.Count(data, "|"))
	ranges := make([]Range, 0, nl+strings.Count(data, ";"))
	bad := func(n int, format string, a ...any) error {
		return &ParseError{File: "actors table", Line: n, Err: fmt.Errorf(format, a...)}
	}
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		kind, rest, ok1 := strings.Cut(line, "\t")
		f1, f2, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || strings.Contains(f2, "\t") {
			return nil, bad(n, "want 3 tab-separated fields")
		}
		switch kind {
		case "I":
			t.IGO[f1] = f2
			continue
		case "C":
			t.CAMEOIGO[f1] = f2
			continue
		case "P", "O":
		default:
			return nil, bad(n, "unknown record kind %q", kind)
		}
		n0, r0 := len(names), len(ranges)
		for f1 != "" {
			var nm string
			nm, f1, _ = strings.Cut(f1, "|")
			names = append(names, Name{Key: nm})
		}
		for f2 != "" {
			var rs string
			rs, f2, _ = strings.Cut(f2, ";")
			cr, dates, dated := strings.Cut(rs, "@")
			c, role, ok := strings.Cut(cr, ":")
			if !ok {
				return nil, bad(n, "period %q: want COUNTRY:ROLE", rs)
			}
			rg := Range{Country: c, Role: role, Dated: dated}
			if dated {
				a, b, ok := strings.Cut(dates, "-")
				var err1, err2 error
				if a != "" {
					rg.From, err1 = tableDate(a)
				}
				if b != "" {
					rg.To, err2 = tableDate(b)
				}
				if !ok || err1 != nil || err2 != nil {
					return nil, bad(n, "period %q: bad dates", rs)
				}
			}
			ranges = append(ranges, rg)
		}
		t.Actors = append(t.Actors, Actor{Person: kind == "P", File: "actors table", Line: n,
			Names: names[n0:len(names):len(names)], Ranges: ranges[r0:len(ranges):len(ranges)]})
	}
	return t, nil
}

func tableDate(s string) (Date, error) {
	if len(s) != 8 {
		return 0, fmt.Errorf("bad date %q", s)
	}
	v := 0
	for i := 0; i < 8; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad date %q", s)
		}
		v = v*10 + int(c-'0')
	}
	return Date(v), nil
}

// sortedKeys returns the keys of m in ascending order.
func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
