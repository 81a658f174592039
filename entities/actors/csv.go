package actors

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// csvHeader is the column list of the CSV dictionary format.
var csvHeader = []string{"name", "entity", "type", "country", "role", "from", "to"}

// ReadCSV reads a user dictionary in CSV (RFC 4180, UTF-8) with the columns
// name,entity,type,country,role,from,to; a first row equal to that header is skipped, and so are
// lines starting with "#". name is required; entity defaults to the name with its white space
// collapsed; type is PERSON, ORG, GPE, LOC, NORP or empty (kept from the mention the chain found on
// the same span, else ORG); country is a code of two to ten upper-case letters or digits (ISO3, an
// IGO id such as UN, or a code of the user's own); role is a CAMEO role of three or six upper-case
// letters ("GOV", "GOVMIL": the first three are the role); from and to are dates (YYYY-MM-DD or
// YYYYMMDD) bounding the row's period, both included, either may be empty. Rows with the same name
// (by Key) make one actor whose periods are tried in file order; a row with neither date is its
// default. Names match in text case-insensitively, whole words only, except that a name word written
// with a capital does not match a word written all in lower case.
//
// A malformed row returns a *ParseError naming the line and no records.
func ReadCSV(r io.Reader, name string) ([]Actor, error) {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	var out []Actor
	byKey := map[string]int{}
	first := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &ParseError{File: name, Line: pe.Line, Err: pe.Err}
			}
			return nil, fmt.Errorf("actors: read %s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if first {
			first = false
			if isHeader(rec) {
				continue
			}
		}
		a, err := csvActor(rec)
		if err != nil {
			return nil, &ParseError{File: name, Line: line, Err: err}
		}
		a.File, a.Line = name, line
		k := a.Names[0].Key
		if i, ok := byKey[k]; ok {
			out[i].Ranges = append(out[i].Ranges, a.Ranges...)
			out[i].Person = out[i].Person || a.Person
			continue
		}
		byKey[k] = len(out)
		out = append(out, a)
	}
	return out, nil
}

func isHeader(rec []string) bool {
	if len(rec) != len(csvHeader) {
		return false
	}
	for i, h := range csvHeader {
		if strings.ToLower(strings.TrimSpace(rec[i])) != h {
			return false
		}
	}
	return true
}

// csvActor checks one row.
func csvActor(rec []string) (Actor, error) {
	if len(rec) != len(csvHeader) {
		return Actor{}, fmt.Errorf("%d fields, want %d (%s)", len(rec), len(csvHeader), strings.Join(csvHeader, ","))
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
		if !utf8.ValidString(rec[i]) {
			return Actor{}, fmt.Errorf("column %s is not UTF-8", csvHeader[i])
		}
	}
	nm, entity, typ, country, role, from, to := rec[0], rec[1], rec[2], rec[3], rec[4], rec[5], rec[6]
	ws := nameWords(nm)
	if len(ws) == 0 {
		return Actor{}, errors.New("empty name")
	}
	n := Name{Key: strings.Join(ws, " ")}
	cased := strings.IndexFunc(nm, unicode.IsUpper) >= 0 && strings.IndexFunc(nm, unicode.IsLower) >= 0
	if cased {
		for _, w := range splitNameWords(nm) {
			r, _ := utf8.DecodeRuneInString(w)
			n.Cased = append(n.Cased, unicode.IsUpper(r))
		}
		if len(n.Cased) != len(ws) {
			n.Cased = nil
		}
	}
	if entity == "" {
		entity = strings.Join(strings.Fields(nm), " ")
	}
	r := Range{Entity: entity, Type: typ}
	switch typ {
	case "":
		r.Type, r.TypeGuessed = "ORG", true
	case "PERSON", "ORG", "GPE", "LOC", "NORP":
	default:
		return Actor{}, fmt.Errorf("type %q: want PERSON, ORG, GPE, LOC, NORP or empty", typ)
	}
	if country != "" && !codeLike(country, 2, 10) {
		return Actor{}, fmt.Errorf("country %q: want an upper-case code such as IRN or UN", country)
	}
	r.Country = country
	if role != "" {
		if !(len(role) == 3 || len(role) == 6) || !codeLike(role, 3, 6) {
			return Actor{}, fmt.Errorf("role %q: want a CAMEO role such as GOV, MIL or ELI", role)
		}
		r.Role = role[:3]
	}
	var err error
	if r.From, err = ParseDate(from); err != nil {
		return Actor{}, fmt.Errorf("from: %w", err)
	}
	if r.To, err = ParseDate(to); err != nil {
		return Actor{}, fmt.Errorf("to: %w", err)
	}
	if r.From != 0 && r.To != 0 && r.To < r.From {
		return Actor{}, fmt.Errorf("period %s to %s ends before it starts", r.From, r.To)
	}
	r.Dated = r.From != 0 || r.To != 0
	return Actor{Names: []Name{n}, Ranges: []Range{r}, Person: typ == "PERSON"}, nil
}

// splitNameWords splits a name as Key does, keeping the original letters.
func splitNameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '_' || r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r)
	})
}

// codeLike reports whether s is min to max upper-case ASCII letters or digits.
func codeLike(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// ReadIgnore reads a list of names never to mark, one per line; blank lines and lines starting with
// "#" are skipped. It returns the names' Keys. A line that is not UTF-8 or holds a control character
// returns a *ParseError.
func ReadIgnore(r io.Reader, name string) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var out []string
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, &ParseError{File: name, Line: n, Err: errors.New("not UTF-8")}
		}
		if strings.IndexFunc(line, unicode.IsControl) >= 0 {
			return nil, &ParseError{File: name, Line: n, Err: errors.New("control character in name")}
		}
		if k := Key(line); k != "" {
			out = append(out, k)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Line: n + 1, Err: err}
	}
	return out, nil
}

// ReadDictionary reads a user dictionary, choosing the format by the file name: CSV for a name
// ending in ".csv", the PETRARCH/TABARI format otherwise. name is used in error messages.
func ReadDictionary(r io.Reader, name string) (*Dictionary, error) {
	var as []Actor
	var err error
	if strings.EqualFold(path.Ext(name), ".csv") {
		as, err = ReadCSV(r, name)
	} else {
		as, _, err = ReadPetrarch(r, name, PetrarchOptions{})
	}
	if err != nil {
		return nil, err
	}
	return NewDictionary(as), nil
}
