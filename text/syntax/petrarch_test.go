package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// The PETRARCH unit-test records (../shared/data/events, MIT) have who-did-what-to-whom codings
// of sentences and a toy actor dictionary. TestPetrarchProxy measures how often the clause
// analysis puts the gold event's source and target in one clause as (subject, object or oblique):
// the share of events a clause-based coder can reach. Actors are found with the record's actor
// dictionary (read here by a small reader of the TABARI format) and compared on the first three
// letters of their codes (the country or group).

var petrDir = filepath.Join("..", "..", "..", "shared", "data", "events")

type petrName struct {
	words []string // upper case; the last matches as a prefix unless exact
	exact bool
	code  string
}

// readPetrActors reads the names and codes of a PETRARCH actor dictionary: a name line, its
// "+" synonyms, and its code in brackets on the name line or on a following line (the first code
// of date-restricted blocks); null codes (---, +++, ###) and names without a code are dropped.
func readPetrActors(t *testing.T, path string) []petrName {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("PETRARCH dictionary not available: %v", err)
	}
	defer f.Close()
	var out, pending []petrName
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			continue
		}
		code := ""
		if i := strings.Index(line, "["); i >= 0 {
			if j := strings.Index(line[i:], "]"); j > 0 {
				code = strings.Fields(line[i+1:i+j] + " ")[0]
				code, _, _ = strings.Cut(code, "/")
			}
			line = line[:i]
		}
		name := strings.TrimSpace(line)
		if name != "" {
			syn := strings.HasPrefix(name, "+")
			name = strings.TrimPrefix(name, "+")
			if !syn {
				pending = pending[:0]
			}
			ws := strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == ' ' })
			if len(ws) > 0 {
				pending = append(pending, petrName{words: ws, exact: strings.HasSuffix(name, "_")})
			}
		}
		if code != "" {
			if strings.Trim(code, "-+#~") != "" && len(code) >= 3 {
				for _, p := range pending {
					p.code = code
					out = append(out, p)
				}
			}
			pending = pending[:0]
		}
	}
	return out
}

// petrMention is a dictionary match: tokens [i, j) of the document and the actor code.
type petrMention struct {
	span text.Span
	code string
}

// findPetrActors finds the longest dictionary names at each token, left to right.
func findPetrActors(d *text.Doc, names []petrName) []petrMention {
	var out []petrMention
	for i := 0; i < len(d.Tokens); {
		best, bestCode := 0, ""
		for _, nm := range names {
			if len(nm.words) <= best || i+len(nm.words) > len(d.Tokens) {
				continue
			}
			ok := true
			for k, w := range nm.words {
				tok := strings.ToUpper(d.TokenText(i + k))
				last := k == len(nm.words)-1
				if tok != w && (!last || nm.exact || !strings.HasPrefix(tok, w)) {
					ok = false
					break
				}
			}
			if ok {
				best, bestCode = len(nm.words), nm.code
			}
		}
		if best == 0 {
			i++
			continue
		}
		out = append(out, petrMention{text.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+best-1].End}, bestCode})
		i += best
	}
	return out
}

func inside(a, b text.Span) bool { return a.Start >= b.Start && a.End <= b.End }

type petrRecord struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Events []struct {
		Source *string `json:"source"`
		Target *string `json:"target"`
		Code   string  `json:"code"`
	} `json:"events"`
}

func TestPetrarchProxy(t *testing.T) {
	names := readPetrActors(t, filepath.Join(petrDir, "dictionaries", "PETR.Validate.actors.txt"))
	f, err := os.Open(filepath.Join(petrDir, "petrarch_unittests.jsonl"))
	if err != nil {
		t.Skipf("PETRARCH records not available: %v", err)
	}
	defer f.Close()
	a, m := mustModels(t)
	var events, findable, directed, anyOrder int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		var r petrRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := a.Analyze(r.Text, nil)
		ms := findPetrActors(d, names)
		var clauses []Clause
		for k := range d.Sentences {
			clauses = append(clauses, m.Analyze(d, k).Clauses...)
		}
		for _, e := range r.Events {
			if e.Source == nil || e.Target == nil || len(*e.Source) < 3 || len(*e.Target) < 3 {
				continue
			}
			events++
			src, tgt := (*e.Source)[:3], (*e.Target)[:3]
			var sm, tm []text.Span
			for _, x := range ms {
				if x.code[:3] == src {
					sm = append(sm, x.span)
				}
				if x.code[:3] == tgt {
					tm = append(tm, x.span)
				}
			}
			if len(sm) == 0 || len(tm) == 0 {
				continue
			}
			findable++
			d1, d2 := proxyFound(clauses, sm, tm)
			if d1 {
				directed++
			}
			if d2 {
				anyOrder++
			}
			if !d2 && testing.Verbose() {
				t.Logf("%s %s→%s not in one clause: %s", r.ID, *e.Source, *e.Target, r.Text)
			}
		}
	}
	t.Logf("PETRARCH records: %d events with source and target codes, %d with both actors found by the dictionary; "+
		"source as subject (or passive agent) and target as object, oblique or their modifier of one clause: %d (%.3f); "+
		"the two as any two arguments of one clause: %d (%.3f)",
		events, findable, directed, ratio(directed, findable), anyOrder, ratio(anyOrder, findable))
	if findable < 200 {
		t.Errorf("only %d events with both actors found", findable)
	}
	// Measured on 2026-12-06 with the embedded model (commit f6cd400): 168 of 283 (0.594)
	// directed, 194 (0.686) in any order. The records repeat a few constructions, so the
	// figures move by several points from one model to the next.
	if d := ratio(directed, findable); d < 0.55 {
		t.Errorf("directed share %.3f below the floor 0.55", d)
	}
}

// proxyFound reports whether some clause has a source mention in a source role and a target
// mention in a target role (directed), and whether some clause has them in two different
// arguments of any role (any order).
func proxyFound(cls []Clause, sm, tm []text.Span) (directed, anyOrder bool) {
	has := func(args []Arg, ms []text.Span) []int {
		var heads []int
		for _, a := range args {
			for _, s := range ms {
				if inside(s, a.Phrase) {
					heads = append(heads, a.Head)
					break
				}
			}
		}
		return heads
	}
	differ := func(a, b []int) bool {
		for _, x := range a {
			for _, y := range b {
				if x != y {
					return true
				}
			}
		}
		return false
	}
	for _, c := range cls {
		var srcRole, tgtRole []Arg
		tgtRole = append(tgtRole, c.Objects...)
		tgtRole = append(tgtRole, c.IndirectObjects...)
		tgtRole = append(tgtRole, c.Obliques...)
		for _, o := range c.Objects {
			tgtRole = append(tgtRole, o.Mods...)
		}
		if c.Voice == Passive {
			srcRole = append(srcRole, c.Agents...)
			tgtRole = append(tgtRole, c.Subjects...)
		} else {
			srcRole = append(srcRole, c.Subjects...)
			tgtRole = append(tgtRole, c.Agents...)
		}
		if differ(has(srcRole, sm), has(tgtRole, tm)) {
			directed = true
		}
		all := append(append([]Arg{}, srcRole...), tgtRole...)
		if differ(has(all, sm), has(all, tm)) {
			anyOrder = true
		}
	}
	return directed, anyOrder
}
