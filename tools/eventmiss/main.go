// Command eventmiss explains the scores of the event coder on event gold drawn from real text: for
// each materialised gold file (`go run ./tools/eventgoldref -ref REF -o FILE`) it codes every
// sentence as `geopol eval events --kind gold` does (events/eval.ScoreGold: the default models of
// package pipeline, each sentence recognized on its document's date, actors compared as the scorer
// compares them, triples compared per sentence as sets) and gives every gold triple the coder misses
// and every predicted triple that matches nothing a cause, decided by code.
//
// Usage, from the repository root:
//
//	go run ./tools/eventmiss [-list] [-agents] [-coref] FILE...
//
// Each FILE is one set (a column of the tables, named by its file name without extension); a last
// column pools them. The tool refuses a file whose name says it is a blind set ("heldout", "dev8" or
// "dev9": the eighth and ninth development sets, annotated without running geopol, are still blind; the
// fifth, sixth and seventh, blind until 2026-12-07, are opened): the errors of a blind set must not be read.
//
// A missed gold triple gets the first cause that applies:
//   - an end (source or target) is named by no mention and no actor: the recognizers miss it;
//   - an end is named by a mention (its entity or country is the gold actor's country or
//     organization) but the coder made no actor of it; split by whether the sentence kept fewer
//     than two actors, so that the coder never looked at it (events.Coder.Actors is empty), or
//     other actors were coded;
//   - an end is an actor under another code: an actor of the coder names the gold actor's country
//     or organization, or its mention's country is the gold's, but no actor has the gold's code;
//     split into the country without the gold's role (a mention of that country carrying the
//     role, or none: "CAN" for the gold's "CANGOV"), with another role ("JPNBUS" for "JPNGOV"),
//     with a role the gold does not give ("USABUS" for "USA"), an organization or person of the
//     gold's country coded by its own name for want of a role ("Nippon Steel Corp" for "JPNBUS"),
//     and an organization under another id ("UNSC" for "UN"; a gold that writes an
//     organization's name, "Organization of Islamic Cooperation", is compared by its id "OIC", as
//     the scorer compares it: eventeval.OrgID). The gold gives no spans, so such an actor need not be the gold actor's own mention: a
//     role noun the recognizers miss ("the Prime Minister") counts here when its country is named
//     elsewhere in the sentence;
//   - both ends are actors with the gold codes, and: an event links the pair with another root
//     (split by whether its modality differs from the gold's); links them the other way (with the
//     gold's root or not); links one of them to a third actor; links other actors only; or there
//     is no event in the sentence, split by the main code of the sentence (events.Coder.MainCode,
//     which needs no actors): none, so no predicate of the verb dictionary or lexicon matched;
//     one of the gold's root; only other roots.
//
// A predicted triple that matches nothing gets: the sentence has no gold event (NONE); the gold has
// the pair with another root; the gold has the pair reversed; both actors are in the gold but not
// as a pair; an actor is not in the gold but its country or organization is (another role or
// office); an actor is not in the gold at all.
//
// The tables count the gold and predicted triples (after removing duplicates within a sentence,
// as the scorer does), the matched ones (the scorer's correct count) and each cause, per set and
// pooled; beside them the misses in sentences the coder never looked at (fewer than two actors),
// those where an event already links the ends' countries or organizations with the gold's root
// and direction (only an actor code differs), and the misses and gold triples of each modality;
// then the verbs of the sentences with no known predicate. -coref and -agents code as geopol's
// flags of those names do. -list prints each missed or
// false triple with its sentence, the actors the coder saw, its events and its main code.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	eventeval "github.com/geopol/geopol/events/eval"
	"github.com/geopol/geopol/events/eval/realref"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/text"
)

// models are what the scorer codes with.
type models struct {
	a   *text.Analyzer
	rec entities.Recognizer
	c   *events.Coder
}

func load(o pipeline.ModelOptions) (models, error) {
	m, err := o.Load()
	if err != nil {
		return models{}, err
	}
	c := m.Coder
	if c == nil {
		if c, err = events.NewCoder(events.CoderOptions{Agents: o.Agents}); err != nil {
			return models{}, err
		}
	}
	return models{m.Analyzer, m.Recognizer, c}, nil
}

// item is one missed gold triple or false predicted triple, for -list.
type item struct {
	id, kind, cause string
	t               triple
	detail          string
}

// tally counts one set.
type tally struct {
	name                string
	sentences           int
	gold, pred, matched int
	miss, false_        map[string]int
	missUnlooked        int // misses in sentences with < 2 actors
	missCodeOnly        int // misses codeOnly holds of
	verbs               map[string]int
	missModality        map[string]int // misses by the gold's modality
	goldModality        map[string]int // gold triples by modality
	items               []item
}

func newTally(name string) *tally {
	return &tally{name: name, miss: map[string]int{}, false_: map[string]int{}, verbs: map[string]int{}, missModality: map[string]int{}, goldModality: map[string]int{}}
}

func (t *tally) add(u *tally) {
	t.sentences += u.sentences
	t.gold += u.gold
	t.pred += u.pred
	t.matched += u.matched
	t.missUnlooked += u.missUnlooked
	t.missCodeOnly += u.missCodeOnly
	addCounts(t.miss, u.miss)
	addCounts(t.false_, u.false_)
	addCounts(t.verbs, u.verbs)
	addCounts(t.missModality, u.missModality)
	addCounts(t.goldModality, u.goldModality)
}

// addCounts adds the counts of src to dst.
func addCounts(dst, src map[string]int) {
	for k, v := range src {
		dst[k] += v
	}
}

// code codes one gold sentence as events/eval.ScoreGold does and returns what the classifier needs,
// with a description of the sentence's coding for -list.
func (m models) code(g realref.Record) (record, string, []string) {
	d := m.a.Analyze(g.Text, nil)
	ms := entities.RecognizeFor(m.rec, d, g.Date, g.Country)
	evs := m.c.Extract(d, ms)
	as := m.c.Actors(d, ms)
	var r record
	for _, e := range g.Events {
		root := e.Root
		if root == "" && len(e.Code) >= 2 {
			root = e.Code[:2]
		}
		r.gold = append(r.gold, triple{eventeval.OrgID(e.Source), eventeval.OrgID(e.Target), root, e.Modality})
	}
	for _, e := range evs {
		r.pred = append(r.pred, triple{scorerCode(e.Source, e.SourceMention, ms), scorerCode(e.Target, e.TargetMention, ms), e.Root, e.Modality})
	}
	for _, a := range as {
		r.actors = append(r.actors, scorerCode(a.Code, a.Span, ms))
		r.actorTexts = append(r.actorTexts, d.Text[a.Span.Start:a.Span.End])
		r.actorCountries = append(r.actorCountries, countryAt(a.Span, ms))
	}
	for _, mn := range ms {
		r.mentions = append(r.mentions, mentionInfo{entity: mn.Entity, country: mn.Country, role: mn.Role, text: mn.Text})
	}
	r.mainCode = m.c.MainCode(d, ms)
	var verbs []string
	d.TagAll()
	for i := range d.Tokens {
		if strings.HasPrefix(d.Tag(i), "VB") {
			verbs = append(verbs, strings.ToLower(d.TokenText(i)))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\tS: %s\n", g.Text)
	var acts []string
	for i, a := range as {
		acts = append(acts, fmt.Sprintf("%s=%q", r.actors[i], d.Text[a.Span.Start:a.Span.End]))
	}
	fmt.Fprintf(&b, "\tactors: %s\n", strings.Join(acts, " "))
	var mens []string
	for _, mn := range ms {
		mens = append(mens, fmt.Sprintf("%s:%s/%s/%s=%q", mn.Type, mn.Entity, mn.Country, mn.Role, mn.Text))
	}
	fmt.Fprintf(&b, "\tmentions: %s\n", strings.Join(mens, " "))
	for i, e := range evs {
		fmt.Fprintf(&b, "\tevent: %s -> %s %s (%s) %q %s\n", r.pred[i].src, r.pred[i].tgt, e.Code, e.Root, d.Text[e.Verb.Start:e.Verb.End], e.Modality)
	}
	fmt.Fprintf(&b, "\tmain code: %q; verbs: %s\n", r.mainCode, strings.Join(verbs, " "))
	return r, b.String(), verbs
}

// countryAt returns the Country of the mention of ms spanning sp, or "".
func countryAt(sp text.Span, ms []entities.Mention) string {
	for _, m := range ms {
		if m.Start == sp.Start && m.End == sp.End {
			return m.Country
		}
	}
	return ""
}

// score classifies the triples of one record into t.
func (t *tally) score(id string, r record, detail string, verbs []string) {
	t.sentences++
	gold, pred := dedup(r.gold), dedup(r.pred)
	r.gold, r.pred = gold, pred
	t.gold += len(gold)
	t.pred += len(pred)
	has := func(ts []triple, x triple) bool {
		return slices.ContainsFunc(ts, func(y triple) bool { return y.key() == x.key() })
	}
	for _, p := range pred {
		if has(gold, p) {
			t.matched++
			continue
		}
		c := classifyFalse(p, &r)
		t.false_[c]++
		t.items = append(t.items, item{id, "false", c, p, detail})
	}
	for _, g := range gold {
		t.goldModality[g.modality]++
		if has(pred, g) {
			continue
		}
		c := classifyMiss(g, &r)
		t.miss[c]++
		if len(r.actors) < 2 {
			t.missUnlooked++
		}
		t.missModality[g.modality]++
		if codeOnly(g, &r) {
			t.missCodeOnly++
		}
		if c == missNoPredicate {
			for _, v := range verbs {
				t.verbs[v]++
			}
		}
		t.items = append(t.items, item{id, "miss", c, g, detail})
	}
}

// run scores every set read from the readers (named by names) and writes the tables to w.
func run(m models, names []string, sets []io.Reader, w io.Writer, list bool) ([]*tally, error) {
	var ts []*tally
	for i, r := range sets {
		t := newTally(names[i])
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		n := 0
		for sc.Scan() {
			n++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var g realref.Record
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				return nil, fmt.Errorf("eventmiss: %s line %d: %w", names[i], n, err)
			}
			rec, detail, verbs := m.code(g)
			t.score(g.ID, rec, detail, verbs)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("eventmiss: %s: %w", names[i], err)
		}
		ts = append(ts, t)
	}
	all := newTally("all")
	for _, t := range ts {
		all.add(t)
	}
	write(w, append(ts, all), list)
	return ts, nil
}

func write(w io.Writer, ts []*tally, list bool) {
	row := func(label string, f func(t *tally) string) {
		fmt.Fprintf(w, "| %s |", label)
		for _, t := range ts {
			fmt.Fprintf(w, " %s |", f(t))
		}
		fmt.Fprintln(w)
	}
	head := func(title string) {
		fmt.Fprintf(w, "| %s |", title)
		for _, t := range ts {
			fmt.Fprintf(w, " %s |", t.name)
		}
		fmt.Fprint(w, "\n|---|")
		for range ts {
			fmt.Fprint(w, "---:|")
		}
		fmt.Fprintln(w)
	}
	n := func(f func(t *tally) int) func(t *tally) string {
		return func(t *tally) string { return fmt.Sprint(f(t)) }
	}
	head("gold triples")
	row("sentences", n(func(t *tally) int { return t.sentences }))
	row("gold triples", n(func(t *tally) int { return t.gold }))
	row("matched (the scorer's correct)", n(func(t *tally) int { return t.matched }))
	row("triple F1", func(t *tally) string {
		return fmt.Sprintf("%.4f", 2*float64(t.matched)/float64(max(1, t.gold+t.pred)))
	})
	row("**missed**", n(func(t *tally) int { return t.gold - t.matched }))
	for _, c := range missOrder {
		row(c, n(func(t *tally) int { return t.miss[c] }))
	}
	row("of the missed: in sentences with < 2 actors", n(func(t *tally) int { return t.missUnlooked }))
	row("of the missed: an event links the ends' countries/organizations with the gold's root and direction (only a code differs)", n(func(t *tally) int { return t.missCodeOnly }))
	for _, mod := range []string{events.Asserted, events.Negated, events.Reported, events.Intended, events.Hypothetical} {
		row("of the missed: gold modality "+mod+" (missed/gold)", func(t *tally) string {
			return fmt.Sprintf("%d/%d", t.missModality[mod], t.goldModality[mod])
		})
	}
	fmt.Fprintln(w)
	head("predicted triples")
	row("predicted triples", n(func(t *tally) int { return t.pred }))
	row("matched", n(func(t *tally) int { return t.matched }))
	row("**false**", n(func(t *tally) int { return t.pred - t.matched }))
	for _, c := range falseOrder {
		row(c, n(func(t *tally) int { return t.false_[c] }))
	}
	all := ts[len(ts)-1]
	type vc struct {
		v string
		n int
	}
	var vs []vc
	for v, k := range all.verbs {
		vs = append(vs, vc{v, k})
	}
	slices.SortFunc(vs, func(a, b vc) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.v, b.v)
	})
	fmt.Fprintf(w, "\nverbs (VB* tokens, as written) of the sentences of the misses %q, pooled:", missNoPredicate)
	for _, x := range vs {
		fmt.Fprintf(w, " %s %d;", x.v, x.n)
	}
	fmt.Fprintln(w)
	if !list {
		return
	}
	for _, t := range ts[:len(ts)-1] {
		fmt.Fprintf(w, "\n## %s\n", t.name)
		for _, it := range t.items {
			fmt.Fprintf(w, "%s\t%s\t%s -> %s %s (%s)\t%s\n%s", it.id, it.kind, it.t.src, it.t.tgt, it.t.root, it.t.modality, it.cause, it.detail)
		}
	}
}

// blind reports whether path names a blind event set, whose errors must not be read.
func blind(path string) bool {
	b := strings.ToLower(filepath.Base(path))
	return strings.Contains(b, "heldout") || strings.Contains(b, "dev8") || strings.Contains(b, "dev9")
}

func main() {
	list := flag.Bool("list", false, "print every missed gold triple and false predicted triple with its cause and sentence")
	coref := flag.Bool("coref", false, "recognize with coreference (geopol's --coref)")
	agents := flag.Bool("agents", false, "keep generic agents (geopol's --agents)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: eventmiss [-list] [-coref] [-agents] GOLD.jsonl...")
		os.Exit(2)
	}
	var names []string
	var sets []io.Reader
	for _, p := range flag.Args() {
		if blind(p) {
			fmt.Fprintf(os.Stderr, "eventmiss: %s is a blind set: its errors are not to be read\n", p)
			os.Exit(2)
		}
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eventmiss:", err)
			os.Exit(1)
		}
		defer f.Close()
		names = append(names, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
		sets = append(sets, f)
	}
	m, err := load(pipeline.ModelOptions{Coref: *coref, Agents: *agents})
	if err != nil {
		fmt.Fprintln(os.Stderr, "eventmiss:", err)
		os.Exit(1)
	}
	if _, err := run(m, names, sets, os.Stdout, *list); err != nil {
		fmt.Fprintln(os.Stderr, "eventmiss:", err)
		os.Exit(1)
	}
}
