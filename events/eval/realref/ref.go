package realref

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/geopol/geopol/internal/goldcheck"
)

// Event is one coded event of a reference block and of the materialised JSONL.
type Event struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Code     string `json:"code"`
	Root     string `json:"root"`
	Modality string `json:"modality"`
	Plover   string `json:"plover"` // PLOVER event type, "" where PLOVER has none (CAMEO 01, 02)
}

// Block is one annotated sentence of the reference file.
type Block struct {
	ID      string
	Corpus  string
	Doc     string
	Start   int
	End     int
	Hash    string
	Stratum string
	Events  []Event
	line    int
}

// Record is one line of the materialised JSONL (the testdata/gold/events.jsonl format plus provenance).
type Record struct {
	ID     string  `json:"id"`
	Text   string  `json:"text"`
	Events []Event `json:"events"`
	Corpus string  `json:"corpus"`
	Doc    string  `json:"doc"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Date   string  `json:"date,omitempty"`
	// Country is the document's own country when its corpus record gives one (a UN speech's
	// "country_iso3"), which analyze reads too ("our President" is that country's).
	Country string `json:"country,omitempty"`
	Stratum string `json:"stratum"`
}

var (
	idRe      = regexp.MustCompile(`^er-[0-9]{3,}$`)
	hashRe    = regexp.MustCompile(`^[0-9a-f]{12}$`)
	stratumRe = regexp.MustCompile(`^(reuters|ungdc|re3d)/(filtered|random)$`)

	ploverTypes = goldcheck.Set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT")
)

// Checker holds the reference tables the annotations are validated against.
type Checker struct {
	codes     map[string]bool   // CAMEO event codes
	plover    map[string]string // CAMEO code -> PLOVER event type
	countries map[string]bool   // ISO3 codes plus former states
}

// loadPlover reads CAMEO2PLOVER-2021.txt: lines "CODE: EVENT, mode, context # name".
func loadPlover(r io.Reader) (map[string]string, error) {
	m := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok || !goldcheck.IsCode(code) {
			continue // root headers "03: AGREE"
		}
		typ, _, _ := strings.Cut(rest, ",")
		typ, _, _ = strings.Cut(typ, "#")
		typ = strings.TrimSpace(typ)
		if !ploverTypes[typ] {
			return nil, fmt.Errorf("CAMEO2PLOVER: code %s: unknown PLOVER type %q", code, typ)
		}
		if _, dup := m[code]; !dup {
			m[code] = typ
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(m) < 200 {
		return nil, fmt.Errorf("CAMEO2PLOVER: only %d codes", len(m))
	}
	return m, nil
}

// expectedPlover is the PLOVER type of a CAMEO code: the table's entry for the code, "" for the
// statement (01) and appeal (02) families, which PLOVER does not code.
func (c *Checker) expectedPlover(code string) (string, error) {
	if t, ok := c.plover[code]; ok {
		return t, nil
	}
	if strings.HasPrefix(code, "01") || strings.HasPrefix(code, "02") {
		return "", nil
	}
	return "", fmt.Errorf("CAMEO code %s has no PLOVER type in CAMEO2PLOVER-2021.txt", code)
}

// event parses "SOURCE -> TARGET | CODE | modality | PLOVER [// note]" (goldcheck.ParseEventLine
// with one extra field). A PLOVER type that differs from the table's must be written "!TYPE" and
// carry a note.
func (c *Checker) event(line string) (Event, error) {
	l, err := goldcheck.ParseEventLine(line, 1, c.codes, c.countries)
	if err != nil {
		return Event{}, err
	}
	e := Event{Source: l.Source, Target: l.Target, Code: l.Code, Root: l.Root, Modality: l.Modality, Plover: l.Extra[0]}
	note := l.Note
	want, err := c.expectedPlover(e.Code)
	if err != nil {
		return e, fmt.Errorf("event line %q: %w", line, err)
	}
	switch {
	case e.Plover == "-":
		e.Plover = ""
		if want != "" {
			return e, fmt.Errorf("event line %q: CAMEO %s is PLOVER %s, not -", line, e.Code, want)
		}
	case strings.HasPrefix(e.Plover, "!"):
		e.Plover = e.Plover[1:]
		if !ploverTypes[e.Plover] || note == "" || e.Plover == want {
			return e, fmt.Errorf("event line %q: an override !TYPE needs a PLOVER type other than the table's and a // note", line)
		}
	case e.Plover != want:
		return e, fmt.Errorf("event line %q: CAMEO %s is PLOVER %q in CAMEO2PLOVER-2021.txt, not %q (write !TYPE with a note to override)", line, e.Code, want, e.Plover)
	}
	return e, nil
}

// ReadRef parses a reference file. With allowText, "> " lines (the sentence shown to the annotator
// in a working copy) are skipped; otherwise they are an error, so that no corpus text enters the
// repository. A block whose events are still "TODO" is an error.
func (c *Checker) ReadRef(r io.Reader, allowText bool) ([]Block, error) {
	var blocks []Block
	var cur *Block
	none := false
	flush := func() error {
		if cur == nil {
			return nil
		}
		if cur.Corpus == "" || cur.Stratum == "" {
			return fmt.Errorf("line %d: %s lacks its ref: or stratum: line", cur.line, cur.ID)
		}
		if !none && len(cur.Events) == 0 {
			return fmt.Errorf("line %d: %s has neither events nor NONE", cur.line, cur.ID)
		}
		if none && len(cur.Events) > 0 {
			return fmt.Errorf("line %d: %s mixes NONE with events", cur.line, cur.ID)
		}
		blocks = append(blocks, *cur)
		cur, none = nil, false
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	seen := map[Event]bool{}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		var err error
		switch {
		case line == "":
			err = flush()
		case strings.HasPrefix(line, ">"):
			if !allowText {
				err = fmt.Errorf("a \"> \" text line: corpus text must not enter the repository (run the strip command)")
			}
		case cur == nil && strings.HasPrefix(line, "//"):
		case cur == nil && strings.HasPrefix(line, "# "):
			id := strings.TrimSpace(line[2:])
			if !idRe.MatchString(id) {
				err = fmt.Errorf("bad id %q (want er-NNN)", id)
			}
			cur = &Block{ID: id, line: n}
			seen = map[Event]bool{}
		case cur == nil:
			err = fmt.Errorf("text outside a block: %q", line)
		case strings.HasPrefix(line, "ref:"):
			f := strings.Fields(strings.TrimPrefix(line, "ref:"))
			if len(f) != 4 {
				err = fmt.Errorf("want ref: CORPUS DOC START-END HASH")
				break
			}
			cur.Corpus, cur.Doc, cur.Hash = f[0], f[1], f[3]
			if _, ok := CorpusPath(cur.Corpus); !ok {
				err = fmt.Errorf("unknown corpus %q", cur.Corpus)
				break
			}
			a, b, ok := strings.Cut(f[2], "-")
			cur.Start, err = strconv.Atoi(a)
			if err == nil {
				cur.End, err = strconv.Atoi(b)
			}
			if !ok || err != nil || cur.Start < 0 || cur.End <= cur.Start {
				err = fmt.Errorf("bad span %q", f[2])
				break
			}
			if !hashRe.MatchString(cur.Hash) {
				err = fmt.Errorf("bad hash %q", cur.Hash)
			}
		case strings.HasPrefix(line, "stratum:"):
			cur.Stratum = strings.TrimSpace(strings.TrimPrefix(line, "stratum:"))
			if !stratumRe.MatchString(cur.Stratum) {
				err = fmt.Errorf("bad stratum %q", cur.Stratum)
			}
		case line == "NONE" || strings.HasPrefix(line, "NONE //"):
			none = true
		case line == "TODO":
			err = fmt.Errorf("%s is not annotated yet (TODO)", cur.ID)
		case strings.HasPrefix(line, "//"):
			// a note inside a block
		default:
			var e Event
			e, err = c.event(line)
			if err == nil {
				if seen[e] {
					err = fmt.Errorf("duplicate event %q", line)
				}
				seen[e] = true
				cur.Events = append(cur.Events, e)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	spans := map[string]string{}
	for _, b := range blocks {
		if ids[b.ID] {
			return nil, fmt.Errorf("line %d: duplicate id %s", b.line, b.ID)
		}
		ids[b.ID] = true
		key := fmt.Sprintf("%s %s %d-%d", b.Corpus, b.Doc, b.Start, b.End)
		if prev, ok := spans[key]; ok {
			return nil, fmt.Errorf("line %d: %s refers to the same sentence as %s", b.line, b.ID, prev)
		}
		spans[key] = b.ID
	}
	return blocks, nil
}

// Materialise looks every block's sentence up in the corpora and returns the JSONL records.
func Materialise(blocks []Block, corpus func(name string) ([]Document, error)) ([]Record, error) {
	byDoc := map[string]map[string]Document{}
	out := make([]Record, 0, len(blocks))
	for _, b := range blocks {
		docs, ok := byDoc[b.Corpus]
		if !ok {
			list, err := corpus(b.Corpus)
			if err != nil {
				return nil, err
			}
			docs = make(map[string]Document, len(list))
			for _, d := range list {
				docs[d.ID] = d
			}
			byDoc[b.Corpus] = docs
		}
		d, ok := docs[b.Doc]
		if !ok {
			return nil, fmt.Errorf("%s: document %q not in %s", b.ID, b.Doc, b.Corpus)
		}
		if b.End > len(d.Text) {
			return nil, fmt.Errorf("%s: span %d-%d past the end of %s (%d bytes)", b.ID, b.Start, b.End, b.Doc, len(d.Text))
		}
		raw := d.Text[b.Start:b.End]
		if h := SpanHash(raw); h != b.Hash {
			return nil, fmt.Errorf("%s: the text of %s %d-%d has hash %s, not %s: the corpus changed", b.ID, b.Doc, b.Start, b.End, h, b.Hash)
		}
		evs := b.Events
		if evs == nil {
			evs = []Event{}
		}
		out = append(out, Record{ID: b.ID, Text: NormalizeSpace(raw), Events: evs, Corpus: b.Corpus, Doc: b.Doc,
			Start: b.Start, End: b.End, Date: d.Date, Country: d.Country, Stratum: b.Stratum})
	}
	return out, nil
}

// Summary counts sentences per corpus and stratum, events per root and modality, and NONE sentences.
func Summary(recs []Record) string {
	strata := map[string]int{}
	roots := map[string]int{}
	mods := map[string]int{}
	plover := map[string]int{}
	none, events := 0, 0
	for _, r := range recs {
		strata[r.Stratum]++
		if len(r.Events) == 0 {
			none++
		}
		for _, e := range r.Events {
			events++
			roots[e.Root]++
			mods[e.Modality]++
			p := e.Plover
			if p == "" {
				p = "(none)"
			}
			plover[p]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d sentences, %d events, %d sentences without events (%.1f%%)\n", len(recs), events, none, 100*float64(none)/float64(max(1, len(recs))))
	for _, part := range []struct {
		title string
		m     map[string]int
	}{{"stratum", strata}, {"root", roots}, {"modality", mods}, {"plover", plover}} {
		keys := make([]string, 0, len(part.m))
		for k := range part.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(&b, "%s:", part.title)
		for _, k := range keys {
			fmt.Fprintf(&b, " %s %d;", k, part.m[k])
		}
		b.WriteString("\n")
	}
	return b.String()
}

// NewChecker reads the reference tables the annotations are checked against: the CAMEO event codes
// (CAMEO.eventcodes.txt), the CAMEO-PLOVER table (CAMEO2PLOVER-2021.txt) and the countries table
// (entities/data/countries.tsv).
func NewChecker(cameo, plover, countries io.Reader) (*Checker, error) {
	c := &Checker{}
	var err error
	if c.codes, err = goldcheck.ReadCAMEOCodes(cameo); err != nil {
		return nil, fmt.Errorf("CAMEO event codes: %w", err)
	}
	if c.plover, err = loadPlover(plover); err != nil {
		return nil, err
	}
	t, err := goldcheck.ReadCountries(countries)
	if err != nil {
		return nil, fmt.Errorf("countries table: %w", err)
	}
	c.countries = t.ISO3
	return c, nil
}
