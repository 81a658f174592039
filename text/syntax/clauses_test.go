package syntax

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// clauseCase is one sentence of testdata/clauses.txt (the format is described at its top).
type clauseCase struct {
	line   int
	text   string
	tree   []string // items word<relation:head, or nil
	expect []string
}

func readClauseCases(t testing.TB, name string) []clauseCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []clauseCase
	var cur *clauseCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(l, "#"):
		case l == "":
			cur = nil
		case strings.HasPrefix(l, "text: "):
			out = append(out, clauseCase{line: n, text: strings.TrimPrefix(l, "text: ")})
			cur = &out[len(out)-1]
		case cur == nil:
			t.Fatalf("%s:%d: line outside a sentence", name, n)
		case strings.HasPrefix(l, "tree: "):
			cur.tree = strings.Fields(strings.TrimPrefix(l, "tree: "))
		default:
			cur.expect = append(cur.expect, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// goldTree reads the tree items of c over the tokens of sentence 0 of d.
func goldTree(d *text.Doc, c clauseCase) (Tree, error) {
	s := d.Sentences[0]
	n := s.Last - s.First
	if len(c.tree) != n {
		return Tree{}, fmt.Errorf("%d tree items for %d tokens", len(c.tree), n)
	}
	words := make([]string, n)
	heads := make([]string, n)
	t := Tree{Head: make([]int, n), Label: make([]Label, n)}
	for i, it := range c.tree {
		w, rest, ok := strings.Cut(it, "<")
		if !ok {
			return Tree{}, fmt.Errorf("item %q has no <", it)
		}
		w, _, _ = strings.Cut(w, "~") // an occurrence number is for the reader
		if w != d.TokenText(s.First+i) {
			return Tree{}, fmt.Errorf("item %d is %q, token is %q", i, w, d.TokenText(s.First+i))
		}
		words[i] = w
		if rest == "root" {
			t.Head[i] = -1
			t.Label[i] = Root
			continue
		}
		j := strings.LastIndex(rest, ":")
		if j < 0 {
			return Tree{}, fmt.Errorf("item %q has no head", it)
		}
		l, ok := ParseLabel(rest[:j])
		if !ok || l.String() != rest[:j] {
			return Tree{}, fmt.Errorf("item %q: unknown relation", it)
		}
		t.Label[i] = l
		heads[i] = rest[j+1:]
	}
	for i, h := range heads {
		if t.Label[i] == Root {
			continue
		}
		w, k := h, 1
		if a, b, ok := strings.Cut(h, "~"); ok {
			w = a
			k, _ = strconv.Atoi(b)
		}
		t.Head[i] = -2
		for j, x := range words {
			if x == w {
				if k--; k == 0 {
					t.Head[i] = j
					break
				}
			}
		}
		if t.Head[i] == -2 {
			return Tree{}, fmt.Errorf("head %q of item %d not found", h, i)
		}
	}
	if !validTree(t.Head) {
		return Tree{}, fmt.Errorf("not a tree")
	}
	return t, nil
}

// checkExpect checks one expectation line against the clauses; it returns the number of checks
// and the failures.
func checkExpect(d *text.Doc, cls []Clause, exp string) (int, []string) {
	f := strings.Fields(exp)
	lemma, k := f[0], 1
	if a, b, ok := strings.Cut(lemma, "#"); ok {
		lemma = a
		k, _ = strconv.Atoi(b)
	}
	lemma = strings.ReplaceAll(lemma, "_", " ")
	var c *Clause
	for i := range cls {
		if cls[i].Lemma == lemma {
			if k--; k == 0 {
				c = &cls[i]
				break
			}
		}
	}
	checks := len(f) // the clause itself and each key
	if c == nil {
		return checks, []string{fmt.Sprintf("no clause %q (have %s)", f[0], lemmasOf(cls))}
	}
	var fails []string
	fail := func(key, got string) { fails = append(fails, fmt.Sprintf("%s: %s, got %q", lemma, key, got)) }
	heads := func(as []Arg, withVia bool) string {
		var ws []string
		for _, a := range as {
			w := d.TokenText(a.Head)
			if withVia {
				w += "@" + a.Via.String()
			}
			ws = append(ws, w)
		}
		return strings.Join(ws, ",")
	}
	role := func(name string) ([]Arg, bool) {
		switch name {
		case "subj":
			return c.Subjects, true
		case "obj":
			return c.Objects, true
		case "iobj":
			return c.IndirectObjects, true
		case "agent":
			return c.Agents, true
		case "speaker":
			return c.Speakers, true
		case "obl":
			return c.Obliques, true
		}
		return nil, false
	}
	byPrep := func(as []Arg, p string) []Arg {
		var out []Arg
		for _, a := range as {
			if a.Prep == p {
				out = append(out, a)
			}
		}
		return out
	}
	for _, kv := range f[1:] {
		key, val, hasVal := strings.Cut(kv, "=")
		if !hasVal {
			var ok bool
			switch key {
			case "passive":
				ok = c.Voice == Passive
			case "active":
				ok = c.Voice == Active
			case "neg":
				ok = c.Negated
			case "!neg":
				ok = !c.Negated
			case "reported":
				ok = c.Reported
			case "!reported":
				ok = !c.Reported
			case "cond":
				ok = c.Conditional
			case "!cond":
				ok = !c.Conditional
			case "copula":
				ok = c.Copula
			default:
				return checks, append(fails, "unknown flag "+key)
			}
			if !ok {
				fail(key, fmt.Sprintf("voice %s neg %v reported %v cond %v copula %v", c.Voice, c.Negated, c.Reported, c.Conditional, c.Copula))
			}
			continue
		}
		withVia := strings.Contains(val, "@")
		var got string
		switch {
		case key == "gov":
			var ls []string
			for _, g := range c.Governors {
				ls = append(ls, g.Lemma)
			}
			got = strings.Join(ls, ",")
		case key == "modal":
			got = strings.Join(c.Modals, ",")
		case key == "mark":
			got = c.Mark
		case strings.HasPrefix(key, "mod:"):
			parts := strings.SplitN(key, ":", 3)
			as, ok := role(parts[1])
			if !ok || len(parts) != 3 {
				return checks, append(fails, "bad key "+key)
			}
			var mods []Arg
			for _, a := range as {
				mods = append(mods, byPrep(a.Mods, strings.ReplaceAll(parts[2], "_", " "))...)
			}
			got = heads(mods, withVia)
		case strings.HasPrefix(key, "obl:"):
			got = heads(byPrep(c.Obliques, strings.ReplaceAll(strings.TrimPrefix(key, "obl:"), "_", " ")), withVia)
		case key == "obl":
			got = heads(byPrep(c.Obliques, ""), withVia)
		default:
			as, ok := role(key)
			if !ok {
				return checks, append(fails, "bad key "+key)
			}
			got = heads(as, withVia)
		}
		if got != val {
			fail(kv, got)
		}
	}
	return checks, fails
}

func lemmasOf(cls []Clause) string {
	var ls []string
	for _, c := range cls {
		ls = append(ls, c.Lemma)
	}
	return strings.Join(ls, ",")
}

func analyzeOne(t testing.TB, a *text.Analyzer, c clauseCase) *text.Doc {
	t.Helper()
	d := a.Analyze(c.text, nil)
	if len(d.Sentences) != 1 {
		t.Fatalf("clauses.txt:%d: %d sentences", c.line, len(d.Sentences))
	}
	return d
}

// TestClausesOnGoldTrees checks the clause analysis itself: over the hand-made gold trees of
// testdata/clauses.txt, and the deliberately wrong trees of testdata/clauses_parser_errors.txt,
// every expectation must hold.
func TestClausesOnGoldTrees(t *testing.T) {
	a, m := mustModels(t)
	cases := readClauseCases(t, "clauses.txt")
	if len(cases) < 60 {
		t.Fatalf("only %d sentences", len(cases))
	}
	cases = append(cases, readClauseCases(t, "clauses_parser_errors.txt")...)
	checks := 0
	for _, c := range cases {
		if c.tree == nil {
			continue
		}
		d := analyzeOne(t, a, c)
		tr, err := goldTree(d, c)
		if err != nil {
			t.Errorf("line %d %q: tree: %v", c.line, c.text, err)
			continue
		}
		cls := m.Clauses(d, 0, tr)
		for _, e := range c.expect {
			n, fails := checkExpect(d, cls, e)
			checks += n
			for _, f := range fails {
				t.Errorf("line %d %q: %s", c.line, c.text, f)
			}
		}
		checkSpans(t, d, cls)
	}
	if checks < 300 {
		t.Errorf("only %d checks", checks)
	}
}

// TestClausesParsed measures the whole analysis (parser and clauses) on the sentences of
// testdata/clauses.txt: the share of expectations that hold, and the parser's attachment scores
// against the hand-made trees. Measured on 2026-12-06 with the embedded model (UD English EWT
// dev+test, commit f6cd400, clause rules of the next commit): 391 of 426 checks (0.918), UAS
// 0.894, LAS 0.868. The clause rules were developed looking at these sentences' failures, so
// the share flatters them; the parser never saw the sentences.
func TestClausesParsed(t *testing.T) {
	a, m := mustModels(t)
	checks, failed := 0, 0
	var sc Scores
	for _, c := range readClauseCases(t, "clauses.txt") {
		d := analyzeOne(t, a, c)
		an := m.Analyze(d, 0)
		if tr, err := goldTree(d, c); err == nil {
			sc.Add(Example{Head: tr.Head, Label: tr.Label}, an.Tree)
		}
		for _, e := range c.expect {
			n, fails := checkExpect(d, an.Clauses, e)
			checks += n
			failed += len(fails)
			for _, f := range fails {
				t.Logf("clauses.txt:%d %q: %s", c.line, c.text, f)
			}
		}
		checkSpans(t, d, an.Clauses)
	}
	share := 1 - float64(failed)/float64(checks)
	t.Logf("parsed: %d of %d checks hold (%.3f); parser on the gold trees: UAS %.3f LAS %.3f over %d tokens",
		checks-failed, checks, share, sc.UAS(), sc.LAS(), sc.Tokens)
	if floor := 0.88; share < floor {
		t.Errorf("share of checks that hold %.3f, below the floor %.2f", share, floor)
	}
	if sc.LAS() < 0.83 {
		t.Errorf("LAS %.3f on the hand-made trees, below the floor 0.83", sc.LAS())
	}
}

// checkSpans checks that every argument span starts and ends on token boundaries of its
// sentence and contains its head.
func checkSpans(t *testing.T, d *text.Doc, cls []Clause) {
	t.Helper()
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tk := range d.Tokens {
		starts[tk.Start] = true
		ends[tk.End] = true
	}
	var check func(a Arg)
	check = func(a Arg) {
		for _, sp := range []text.Span{a.Span, a.Phrase} {
			if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End || !starts[sp.Start] || !ends[sp.End] {
				t.Errorf("span %v of %q is not a token range", sp, d.Text)
				return
			}
		}
		h := d.Tokens[a.Head]
		if h.Start < a.Span.Start || h.End > a.Span.End || a.Span.Start < a.Phrase.Start || a.Span.End > a.Phrase.End {
			t.Errorf("head %q, span %q, phrase %q not nested", d.TokenText(a.Head), d.Text[a.Span.Start:a.Span.End], d.Text[a.Phrase.Start:a.Phrase.End])
		}
		for _, x := range a.Mods {
			check(x)
		}
	}
	for _, c := range cls {
		if !slices.Contains(c.Tokens, c.Pred) {
			t.Errorf("predicate %d not among its tokens %v", c.Pred, c.Tokens)
		}
		for _, list := range [][]Arg{c.Subjects, c.Objects, c.IndirectObjects, c.Obliques, c.Agents, c.Speakers} {
			for _, x := range list {
				check(x)
			}
		}
	}
}
