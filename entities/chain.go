package entities

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/text"
)

// Recognizer finds entity mentions in an analysed document. Implementations return mentions whose
// Start and End are byte offsets into d.Text with Text == d.Text[Start:End]; they must be safe for
// concurrent use and must not modify d. Order, overlaps, Entity and Sentence need not be final: Chain
// takes care of them.
type Recognizer interface {
	Recognize(d *text.Doc) []Mention
}

// RecognizerFunc adapts a function to Recognizer.
type RecognizerFunc func(d *text.Doc) []Mention

// Recognize calls f(d).
func (f RecognizerFunc) Recognize(d *text.Doc) []Mention { return f(d) }

// Chain runs several recognizers and merges their mentions into one non-overlapping list:
//
//  1. Every mention is checked (offsets inside the text, a contract type) and trimmed: a leading
//     "the"/"The" and a trailing possessive are moved out of the span. Invalid mentions are dropped.
//     Spans of other recognizers (the model) are also cut at a line break and lose a leading
//     capitalized preposition and a trailing title word; title departments ("State" in "Secretary of
//     State") are dropped, and so are spans that hold a gazetteer match together with lower-case words
//     or a coordination ("eastern Congo", "Italy and Canada"): the matches stand alone.
//  2. Overlaps are resolved greedily: longer spans first, then the earlier recognizer in Recognizers,
//     then the earlier start. A rule or model span that contains a gazetteer match therefore wins
//     ("Iranian Foreign Ministry" over "Iranian").
//  3. Canonical ids from the gazetteer win: a kept mention from another recognizer whose text is a
//     gazetteer name (of a compatible type) takes the gazetteer's Entity and Country; other entities
//     are normalized (NormalizeName, titles stripped for people); a kept mention with no Country takes
//     the country of the first country or demonym match it swallowed (model ORG "Iranian Foreign
//     Ministry" gets Country IRN).
//  4. Entities are resolved within the document (see Resolve), surnames standing alone after a
//     person's full name added as mentions of that person, mentions sorted by Start and their
//     Sentence index filled.
//  5. References to actors named in the document are added (short references such as "the Agency";
//     with Pronouns and Descriptions, pronouns and definite descriptions), never overlapping a name.
//
// Chain is safe for concurrent use when its recognizers are.
type Chain struct {
	// Recognizers in priority order (earlier wins ties).
	Recognizers []Recognizer
	// Gazetteer canonicalizes names found by other recognizers; nil means DefaultGazetteer.
	Gazetteer *Gazetteer
	// Pronouns adds PERSON mentions (Source "pronoun") for he, him, his, she and her, resolved to
	// the person named last before them, and for I and me, resolved to the person named after them in
	// the same sentence ("“I am convinced,” said Col. Travis Caughlin") or else last before them; the
	// mention's Entity and Country are the person's. A pronoun with no person before it yields nothing.
	// Off by default: the contract's gold (testdata/gold/GUIDELINES.md) annotates names only, while
	// mention-detection sets such as re3d annotate pronouns.
	Pronouns bool
	// Descriptions adds mentions (Source "description") for definite descriptions of actors named in
	// the document: "the Foreign Secretary", "the minister" (PERSON: the person last introduced with
	// that title, "Foreign Secretary Boris Johnson"), "the regime", "the government" (ORG: the
	// government named last; "the coalition", "the alliance": the organization with that word in its
	// name). Off by default, for the same reason as Pronouns, but for the part whose antecedent is
	// not in doubt, which NoSafeRefs turns off: a capitalized title with a modifier whose person is
	// named before it ("Defence Minister Anna Kowalska ... the Defence Minister"; a press release's
	// "The Foreign Secretary" for the first person it names, when that person holds no other title
	// and no other holder of the title is mentioned before it; "The Prime Minister and President
	// Hollande" for the government of the release; "these terrorists", "this terrorist group" for
	// the organization the document calls an armed group, else the one the sentence opposes, never a
	// government: corefgroup.go). Measured on every event set they raise re3d and the first
	// real-text set and change no other; bare titles ("the President"), a bare "the group" and
	// pronouns, even with one candidate, do worse on wire text or UN speeches and stay with
	// Descriptions and Pronouns (see safeRules).
	Descriptions bool
	// NoShortRefs turns off the resolution of capitalized short references to organizations named
	// in full in the document ("the Agency" after "International Atomic Energy Agency" → IAEA,
	// "Coalition forces" → the Global Coalition; GUIDELINES.md rule 10), which is on by default.
	NoShortRefs bool
	// NoSafeRefs turns off the references resolved by default without Pronouns and Descriptions,
	// those whose antecedent is not in doubt (see safeRules).
	NoSafeRefs bool
	// Agents adds ORG mentions (Source "agent") for generic agents that no name covers: plural
	// agent nouns ("civilians", "troops", "rebels", "refugees"), a collective after "the" ("the
	// army", "the police"), "the international community", and "others" after a count that
	// follows such a group in its sentence ("killed 20 civilians and injured scores of others":
	// the group's code); the Entity is the CAMEO agent code
	// ("CVL", "MIL", "REB", "REF"; see AgentRole). Off by default: the contract's gold annotates
	// names only, while event data (CAMEO agents) and sets such as re3d count such groups as actors.
	Agents bool
	// NoPlaces turns off the grounding of places in GeoNames (package entities/places), which is on
	// by default: GPE and LOC mentions get a GeoNames id, coordinates, division and country, and
	// datelines, "City, State" patterns and state abbreviations become place mentions.
	NoPlaces bool

	// KeepWireMarkup turns off the removal of news-agency markup from mentions: by default no
	// mention may overlap a span of corpus.WireMarkup (agency credits and sign-offs such as
	// "(Reuters)" and "REUTER", stock-ticker markup such as "<AXP>", rows of results tables); a
	// mention that runs into such a span is cut before it ("American Express Co <AXP>" gives
	// "American Express Co"), one inside it is dropped; a company name in ticker brackets
	// ("<Prairie Mills Ltd>", corpus.TickerNames) is an ORG mention of its own.
	KeepWireMarkup bool

	// Grounder, when set, runs last on the merged mentions: countries and roles by the document's
	// date, user dictionaries (see Grounder and package entities/actors).
	Grounder Grounder

	// window overrides windowBytes (tests use small windows); 0 means windowBytes.
	window int
}

// NewChain returns the default chain: rules, then the gazetteer, then model when it is not nil.
func NewChain(model Recognizer) (*Chain, error) {
	g, err := DefaultGazetteer()
	if err != nil {
		return nil, err
	}
	rs := []Recognizer{&Rules{Gazetteer: g}, g}
	if model != nil {
		rs = append(rs, model)
	}
	return &Chain{Recognizers: rs, Gazetteer: g}, nil
}

// candidate is a mention with the rank of the recognizer that produced it.
type candidate struct {
	m    Mention
	rank int
}

// recognize returns the merged, resolved mentions of d sorted by Start, before grounding.
//
// A long document (more than windowBytes of analysed text) is recognized window by window: its
// sentences are cut into runs of about windowBytes, preferably after a sentence that ends with
// terminal punctuation or at a paragraph break, which no name crosses; the recognizers and the merge
// run on each window (text.Doc.Window), so the memory they need does not grow with the document,
// and the resolution and references run on the whole document. A statistical model's own
// document-level pass (such as entities/ner's Harmonize) then sees one window at a time.
//
// known tells that markup is corpus.WireMarkup(d.Text), found by the caller; otherwise recognize
// finds it (unless KeepWireMarkup is set).
func (c *Chain) recognize(d *text.Doc, markup []corpus.Span, known bool) []Mention {
	if d == nil {
		return nil
	}
	g := c.Gazetteer
	if g == nil {
		g, _ = DefaultGazetteer()
	}
	var kept []Mention
	size := windowBytes
	if c.window > 0 {
		size = c.window
	}
	ws := windows(d, size)
	var names []corpus.Span
	switch {
	case c.KeepWireMarkup:
		markup = nil
	case !known:
		markup = corpus.WireMarkup(d.Text)
	}
	if !c.KeepWireMarkup {
		names = corpus.TickerNames(d.Text)
	}
	for i, w := range ws {
		wd := d
		if w[0] != 0 || w[1] != len(d.Sentences) {
			wd = d.Window(w[0], w[1])
		}
		kept = c.merge(wd, g, markup, names, kept)
		if i == 0 && len(ws) > 1 {
			// Size the list for the whole document from the first window, so that it is not
			// copied (with both copies alive) each time it grows.
			ss := d.Sentences
			done, all := ss[w[1]-1].End-ss[0].Start, ss[len(ss)-1].End-ss[0].Start
			want := int(float64(len(kept)) * 1.05 * float64(all) / float64(max(done, 1)))
			kept = slices.Grow(kept, want-len(kept))
		}
	}
	if !slices.IsSortedFunc(kept, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) }) {
		// A recognizer returned a mention outside the window it was given.
		slices.SortStableFunc(kept, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	}
	if !c.NoPlaces {
		kept = groundPlaces(d, g, placeTable(), kept)
	}
	kept = Resolve(kept)
	if extra := surnameMentions(d, kept); len(extra) > 0 {
		kept = mergeSorted(kept, extra)
	}
	fillSentences(d, kept)
	o := corefOptions{pronouns: c.Pronouns, descriptions: c.Descriptions, shortRefs: !c.NoShortRefs}
	if !c.NoSafeRefs {
		o.safe = safeRules
	}
	if o.shortRefs {
		groundCoalition(d.Text, g, kept)
	}
	groundUNOrgans(kept) // "the UN Board of Inquiry" (unorgans.go)
	if extra := corefMentions(d, g, kept, o); len(extra) > 0 {
		kept = mergeSorted(kept, extra)
		fillSentences(d, kept)
	}
	if c.Agents {
		if extra := agentMentions(d, kept); len(extra) > 0 {
			kept = mergeSorted(kept, extra)
			fillSentences(d, kept)
		}
	}
	return kept
}

// windowBytes is the amount of analysed text above which Chain.Recognize works window by window.
const windowBytes = 1 << 20

// windows cuts the sentences of d into runs [first, last) of about size bytes each: a run ends after
// the first sentence that brings it to size bytes and ends with terminal punctuation or a paragraph,
// or, failing that for twice size bytes, after any sentence. A document of at most size bytes (or
// without sentences) is one run.
func windows(d *text.Doc, size int) [][2]int {
	ss := d.Sentences
	if len(ss) == 0 || ss[len(ss)-1].End-ss[0].Start <= size {
		return [][2]int{{0, len(ss)}}
	}
	var out [][2]int
	first := 0
	for k := range ss {
		n := ss[k].End - ss[first].Start
		if k+1 == len(ss) || n < size {
			continue
		}
		clean := ss[k+1].Paragraph != ss[k].Paragraph
		if !clean && ss[k].Last > ss[k].First {
			clean = terminal(d.TokenText(ss[k].Last - 1))
		}
		if clean || n >= 2*size {
			out = append(out, [2]int{first, k + 1})
			first = k + 1
		}
	}
	return append(out, [2]int{first, len(ss)})
}

// terminal reports whether tok is sentence-final punctuation (. ! ? … and their runs), after which
// no name continues.
func terminal(tok string) bool {
	if tok == "" {
		return false
	}
	for _, r := range tok {
		switch r {
		case '.', '!', '?', '…', '。', '！', '？':
		default:
			return false
		}
	}
	return true
}

// merge runs the recognizers on d (a whole document or a window of one), merges their mentions
// (steps 1 to 3 of Chain) and appends the kept ones, sorted by Start, to kept. No mention overlaps a
// span of markup (sorted, disjoint); the company names in ticker brackets (names, sorted) that begin
// and end with tokens of d are organizations.
func (c *Chain) merge(d *text.Doc, g *Gazetteer, markup, names []corpus.Span, kept []Mention) []Mention {
	pooled, _ := candPool.Get().(*[]candidate)
	if pooled == nil {
		pooled = new([]candidate)
	}
	cands := (*pooled)[:0]
	for _, n := range names {
		if tokenAt(d, n.Start, true) && tokenAt(d, n.End, false) {
			t := d.Text[n.Start:n.End]
			cands = append(cands, candidate{m: Mention{Start: n.Start, End: n.End, Text: t, Type: ORG,
				Entity: NormalizeName(t), Source: SourceRule}, rank: -1})
		}
	}
	scans := map[*Gazetteer][]hit{} // the gazetteer and the rules share one scan per gazetteer
	scan := func(g *Gazetteer) []hit {
		h, ok := scans[g]
		if !ok {
			h = g.scan(d)
			scans[g] = h
		}
		return h
	}
	// The recognizers run first and their mentions are filtered into cands after, so that cands is
	// allocated once at its final size rather than grown recognizer by recognizer.
	type recognized struct {
		ms   []Mention
		rank int
		own  bool // from the gazetteer or the rules, which need no trimming
	}
	var runsBuf [8]recognized
	runs := runsBuf[:0]
	total := 0
	for rank, r := range c.Recognizers {
		var ms []Mention
		switch r := r.(type) {
		case nil:
			continue
		case *Gazetteer:
			if r == nil {
				continue
			}
			ms = r.mentions(d, scan(r))
		case *Rules:
			if r == nil {
				continue
			}
			rg := r.Gazetteer
			if rg == nil {
				rg = g
			}
			if rg == nil {
				continue
			}
			ms = r.recognize(d, rg, scan(rg))
		default:
			ms = r.Recognize(d)
		}
		_, gaz := r.(*Gazetteer)
		_, rules := r.(*Rules)
		runs = append(runs, recognized{ms: ms, rank: rank, own: gaz || rules})
		total += len(ms)
	}
	cands = slices.Grow(cands, total)
	for _, run := range runs {
		rank := run.rank
		for _, m := range run.ms {
			if !run.own {
				m = trimTitleTail(d.Text, trimLeadWord(d.Text, cutAtLineBreak(d.Text, m)))
				var ok bool
				if m, ok = trimExcellency(d.Text, m); !ok || inTitle(d.Text, m) || instrumentName(m.Text) {
					continue
				}
				if m, ok = trimWireUnits(d.Text, m); !ok {
					continue
				}
			}
			m, ok := clean(d.Text, m)
			if ok && len(markup) > 0 {
				m, ok = outsideMarkup(d.Text, m, markup)
			}
			if ok {
				cands = append(cands, candidate{m: m, rank: rank})
			}
		}
	}
	clear(scans)
	filled := len(cands)
	cands = dropTitledSpans(cands)
	cands = dropLooseSpans(d.Text, cands)
	// The candidates' array goes back to candPool once they are read, cleared of their strings
	// (the pool must not keep the text alive): drop filters it in place, so the first filled are
	// those written.
	defer func() {
		clear(cands[:filled])
		*pooled = cands[:0]
		candPool.Put(pooled)
	}()
	if len(cands) == 0 {
		return kept
	}
	// Longest first, then by recognizer, then by position; equal keys keep their order. The indexes
	// are sorted rather than the candidates, which are large.
	order := make([]int32, len(cands))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &cands[i], &cands[j]
		if n := cmp.Compare(b.m.End-b.m.Start, a.m.End-a.m.Start); n != 0 {
			return n
		}
		if n := cmp.Compare(a.rank, b.rank); n != 0 {
			return n
		}
		if n := cmp.Compare(a.m.Start, b.m.Start); n != 0 {
			return n
		}
		return cmp.Compare(i, j)
	})
	// Greedy selection: a candidate is kept unless it overlaps one kept before it. The kept spans are
	// marked in a bit set over the bytes the candidates cover, so each test costs the length of the
	// candidate, not the number of mentions kept so far; the kept list is sorted once at the end.
	// Of the dropped candidates only the gazetteer's countries and demonyms are needed (below).
	base := cands[0].m.Start
	for _, cd := range cands {
		base = min(base, cd.m.Start)
	}
	from := len(kept)
	// Room for every candidate, so that kept is not copied as it grows (most candidates are kept).
	kept = slices.Grow(kept, len(cands))
	var dropped []Mention
	used := byteSet{base: base}
	for _, k := range order {
		cd := &cands[k]
		if used.any(cd.m.Start, cd.m.End) {
			if dm := cd.m; dm.Source == SourceGazetteer && isISO3(dm.Entity) && (dm.Type == GPE || dm.Type == NORP) {
				dropped = append(dropped, dm)
			}
			continue
		}
		used.set(cd.m.Start, cd.m.End)
		kept = append(kept, cd.m)
	}
	own := kept[from:]
	slices.SortFunc(own, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	for i := range own {
		m := &own[i]
		ours := m.Source == SourceGazetteer || m.Source == SourceRule
		if !ours && g != nil {
			if e, ok := g.Lookup(m.Text); ok && typeCompatible(m.Type, e.Type) {
				m.Entity, m.Country = e.Entity, e.Country
				continue
			}
		}
		if m.Entity == "" || !ours {
			name := m.Entity
			if name == "" {
				name = m.Text
			}
			m.Entity = NormalizeName(name)
			if m.Type == PERSON {
				m.Entity = stripTitles(m.Entity)
			}
			if m.Entity == "" {
				m.Entity = NormalizeName(m.Text)
			}
		}
	}
	for _, dm := range dropped {
		k := SearchStart(own, dm.Start+1)
		if k > 0 && own[k-1].Start <= dm.Start && dm.End <= own[k-1].End && own[k-1].Country == "" &&
			own[k-1].Type != GPE && own[k-1].Type != NORP && (own[k-1].Type != PERSON || demonymBeforeName(dm, own[k-1])) &&
			!sharedWater(own[k-1]) {
			// "Bank of Japan" is Japan's, and a person's name that took in a demonym ("Iranian
			// Foreign Minister Javad Zarif") is of its country; a country's name inside a person's
			// name is a name ("Jim Jordan", "Chad Wolf", "Israel Katz"), and so is a demonym that is a
			// word of the name itself ("Lao Tzu", "Happy Nepali"): see demonymBeforeName.
			own[k-1].Country = dm.Entity
		}
	}
	return kept
}

// demonymBeforeName reports whether demonym dm, a mention dropped inside person p, describes the
// person rather than being a word of the name: a noun for the people of a country ("my fellow
// Frenchman Jules", "Muslim and Christian Albanians": a plural or a "-man" noun), or a demonym that
// opens the mention with two words or more after it ("Iranian Foreign Minister Javad Zarif",
// "Chinese Xi Jinping"). A singular demonym with one word or none after it is part of the name
// ("Lao Tzu", "Finn Juhl", "Volker Turk", the slogan "Happy Nepali") and gives the person no country.
func demonymBeforeName(dm, p Mention) bool {
	if dm.Type != NORP || dm.Start < p.Start || dm.End > p.End {
		return false
	}
	w := dm.Text
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	if strings.HasSuffix(w, "man") || strings.HasSuffix(w, "men") ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true
	}
	return dm.Start == p.Start && len(strings.Fields(p.Text[dm.End-p.Start:])) >= 2
}

// sharedWater reports whether m is a river or basin named after a country ("Jordan River", "the
// Congo Basin", "River Niger"): such waters run through or along several countries, so the name
// gives it no country.
func sharedWater(m Mention) bool {
	if m.Type != LOC {
		return false
	}
	for _, w := range []string{"River", "river", "Basin", "basin"} {
		if strings.HasSuffix(m.Text, " "+w) || strings.HasPrefix(m.Text, w+" ") {
			return true
		}
	}
	return false
}

// outsideMarkup cuts m to its first part that overlaps no span of markup (sorted, disjoint), cleaned
// as clean does; ok is false when no part is left. A cut mention other than the gazetteer's loses its
// Entity, which is then derived from its new text.
func outsideMarkup(s string, m Mention, markup []corpus.Span) (Mention, bool) {
	k, _ := slices.BinarySearchFunc(markup, m.Start, func(x corpus.Span, p int) int { return cmp.Compare(x.End, p+1) })
	if k == len(markup) || markup[k].Start >= m.End {
		return m, true // the first span ending after m.Start begins after m
	}
	pos := m.Start
	for ; k < len(markup) && markup[k].Start < m.End; k++ {
		if x := markup[k]; x.Start > pos {
			part := m
			part.Start, part.End, part.Text = pos, x.Start, s[pos:x.Start]
			if p, ok := clean(s, part); ok && hasLetter(p.Text) {
				return uncanonical(p), true
			}
		}
		pos = max(pos, markup[k].End)
	}
	if pos < m.End {
		part := m
		part.Start, part.Text = pos, s[pos:m.End]
		if p, ok := clean(s, part); ok && hasLetter(p.Text) {
			return uncanonical(p), true
		}
	}
	return m, false
}

// tokenAt reports whether a token of d starts (start) or ends (!start) at byte offset p.
func tokenAt(d *text.Doc, p int, start bool) bool {
	k, found := slices.BinarySearchFunc(d.Tokens, p, func(t text.Token, p int) int {
		if start {
			return cmp.Compare(t.Start, p)
		}
		return cmp.Compare(t.End, p)
	})
	return found && k < len(d.Tokens)
}

// uncanonical clears the Entity of a mention whose span changed, unless the gazetteer found it.
func uncanonical(m Mention) Mention {
	if m.Source != SourceGazetteer {
		m.Entity = ""
	}
	return m
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// trimWireUnits drops from both ends of a model mention the abbreviations of wire stories' figures
// and results tables, which statistical models take for names in all-capital headlines and tables
// ("50 MLN DLRS", "SHR 22 CTS", "U.S. Dlrs", "Shr Royal Dutch Petroleum Co"); ok is false when
// nothing else is left.
func trimWireUnits(s string, m Mention) (Mention, bool) {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
		return m, true
	}
	t := s[m.Start:m.End]
	start, end := 0, len(t)
	for {
		sp := strings.IndexByte(t[start:end], ' ')
		w := t[start:end]
		if sp >= 0 {
			w = t[start : start+sp]
		}
		if !wireUnit(w) {
			break
		}
		if sp < 0 {
			return m, false
		}
		start += sp + 1
	}
	for {
		sp := strings.LastIndexByte(t[start:end], ' ')
		if !wireUnit(t[start+sp+1 : end]) {
			break
		}
		end = start + max(sp, 0)
		for end > start && t[end-1] == ' ' {
			end--
		}
	}
	if start == 0 && end == len(t) {
		return m, true
	}
	m.Start, m.End = m.Start+start, m.Start+end
	m.Text = s[m.Start:m.End]
	return uncanonical(m), true
}

// wireUnit reports whether w is an abbreviation of wire stories' figures: dlrs, cts, mln, pct, shr,
// qtr and the like, in any case.
func wireUnit(w string) bool {
	// The abbreviations are ASCII of at most four letters, none with an i or a k (the only ASCII
	// letters that a non-ASCII letter lowercases to): fold ASCII into a small buffer and leave
	// everything else unmatched, as strings.ToLower would, without allocating.
	w = strings.TrimRight(w, ".,")
	if len(w) > 4 {
		return false
	}
	var buf [4]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "dlrs", "dlr", "cts", "ct", "mln", "bln", "pct", "stg", "shr", "shrs", "qtr", "qtly", "mths", "revs",
		"vs", "avg", "oper":
		return true
	}
	return false
}

// byteSet is a set of byte offsets of a text at or after base, one bit each, grown on demand.
type byteSet struct {
	base int
	bits []uint64
}

// any reports whether an offset in [start, end) is in the set.
func (s *byteSet) any(start, end int) bool {
	for p := max(start, s.base) - s.base; p < end-s.base; {
		w := p >> 6
		if w >= len(s.bits) {
			return false
		}
		if p&63 == 0 && end-s.base-p >= 64 {
			if s.bits[w] != 0 {
				return true
			}
			p += 64
			continue
		}
		if s.bits[w]&(1<<(p&63)) != 0 {
			return true
		}
		p++
	}
	return false
}

// set adds the offsets [start, end) to the set; start must not be below base.
func (s *byteSet) set(start, end int) {
	start, end = start-s.base, end-s.base
	if end <= start {
		return
	}
	if n := (end + 63) >> 6; n > len(s.bits) {
		s.bits = slices.Grow(s.bits, n-len(s.bits))[:n]
	}
	for p := start; p < end; p++ {
		s.bits[p>>6] |= 1 << (p & 63)
	}
}

// mergeSorted returns the mentions of a (sorted by Start) and b, sorted by Start; a mention of a
// comes before one of b with the same Start. When a has room for b it merges into a's array (a is
// the caller's to give up; b must not share it), else into a new one.
func mergeSorted(a, b []Mention) []Mention {
	if !slices.IsSortedFunc(b, ByPosition) {
		slices.SortStableFunc(b, ByPosition)
	}
	if cap(a)-len(a) < len(b) {
		return MergeMentions(a, b)
	}
	// From the back: the larger of the two last mentions goes last, b's on a tie (as MergeMentions
	// puts a's first), so every mention of a is moved at most once and before it is overwritten.
	i, j := len(a), len(b)
	out := a[:i+j]
	for j > 0 {
		if i > 0 && ByPosition(b[j-1], a[i-1]) < 0 {
			out[i+j-1] = a[i-1]
			i--
		} else {
			out[i+j-1] = b[j-1]
			j--
		}
	}
	return out
}

// ByPosition orders mentions by Start, then End.
func ByPosition(a, b Mention) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// MergeMentions merges two lists of mentions sorted by position (ByPosition) into a new list sorted
// the same way, in time linear in their lengths; on equal positions a's mention comes first, as a
// stable sort of a followed by b would order them.
func MergeMentions(a, b []Mention) []Mention {
	out := make([]Mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if ByPosition(b[j], a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// typeCompatible reports whether a gazetteer entry of type gaz may canonicalize a mention the
// recognizer typed as typ: same type, or places and organizations, which annotators often swap for
// countries acting as agents ("Syria has accused Israel").
func typeCompatible(typ, gaz string) bool {
	if typ == gaz {
		return true
	}
	switch typ {
	case GPE, LOC, ORG:
		return gaz == GPE || gaz == LOC || gaz == ORG
	}
	return false
}

// clean validates m against text and moves a leading determiner and a trailing possessive out of its
// span.
func clean(s string, m Mention) (Mention, bool) {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End || !validType(m.Type) {
		return m, false
	}
	t := s[m.Start:m.End]
	for _, p := range []string{"the ", "The ", "THE "} {
		if strings.HasPrefix(t, p) && len(t) > len(p) {
			m.Start += len(p)
			t = t[len(p):]
			break
		}
	}
	if tt := trimPossessive(t); len(tt) < len(t) {
		m.End -= len(t) - len(tt)
		t = tt
	}
	// White space, and punctuation or symbols that cannot begin a name ("& United Nations", "+China",
	// "@Russia"), are moved out of the span; at the end, so is punctuation other than the period of an
	// abbreviation ("U.S.") and a closing bracket that has its opening one ("Islamic State (ISIS)").
	for len(t) > 0 {
		r, n := utf8.DecodeRuneInString(t)
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			break
		}
		m.Start += n
		t = t[n:]
	}
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		keep := r == '.' || (r == ')' && strings.Contains(t, "("))
		if keep || (!unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r)) {
			break
		}
		m.End -= n
		t = t[:len(t)-n]
	}
	if t == "" {
		return m, false
	}
	m.Text = t
	return m, true
}

// overlapsAny reports whether m overlaps a mention of sorted.
func overlapsAny(sorted []Mention, m Mention) bool {
	k := SearchStart(sorted, m.Start)
	if k < len(sorted) && sorted[k].Start < m.End {
		return true
	}
	return k > 0 && sorted[k-1].End > m.Start
}

// isISO3 reports whether s looks like an ISO 3166-1 alpha-3 code.
func isISO3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// candPool holds the emptied candidate arrays of Chain.merge (*[]candidate), every element zero.
var candPool sync.Pool

// dropTitledSpans removes model mentions that swallowed a title: a mention from a recognizer other than
// the gazetteer and the rules that contains, and ends with, a PERSON the rules found after a title
// ("Secretary General Jens Stoltenberg" typed ORG, "Arab League Secretary-General Ahmed Aboul Gheit").
// The rules know where the title ends; the longer span would otherwise win the overlap.
func dropTitledSpans(cands []candidate) []candidate {
	lastStart := map[int]int{} // End of a titled person → the largest Start of one ending there
	for _, c := range cands {
		if c.m.Source == SourceRule && c.m.Type == PERSON {
			if s, ok := lastStart[c.m.End]; !ok || c.m.Start > s {
				lastStart[c.m.End] = c.m.Start
			}
		}
	}
	if len(lastStart) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		drop := false
		if c.m.Source != SourceRule && c.m.Source != SourceGazetteer {
			if s, ok := lastStart[c.m.End]; ok && s > c.m.Start {
				drop = true
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

// cutAtLineBreak ends a model mention at its first line break: a name does not run from a headline
// into the next line ("Sudan\nThe Peace and Security Council"). A break inside hard-wrapped text is
// no boundary ("the Federal Trade\nCommission"): the line before it holds at least 40 bytes, is
// indented or goes on from the line above (which does not end a sentence), and the next line goes on
// without indentation.
func cutAtLineBreak(s string, m Mention) Mention {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
		return m
	}
	if k := strings.IndexByte(s[m.Start:m.End], '\n'); k >= 0 {
		nl := m.Start + k
		lineStart := strings.LastIndexByte(s[:nl], '\n') + 1
		next := s[nl+1:]
		wrapped := nl-lineStart >= 40 && next != "" && next[0] != ' ' && next[0] != '\t' && next[0] != '\n' &&
			!strings.Contains(s[nl+1:m.End], "\n") && (s[lineStart] == ' ' || s[lineStart] == '\t' || goesOn(s, lineStart))
		if !wrapped {
			m.End = nl
			m.Text = s[m.Start:m.End]
		}
	}
	return m
}

// goesOn reports whether the line starting at byte lineStart continues the line above it: there is one,
// it is not blank, and it does not end with sentence punctuation.
func goesOn(s string, lineStart int) bool {
	if lineStart == 0 {
		return false
	}
	prev := strings.TrimRight(s[strings.LastIndexByte(s[:lineStart-1], '\n')+1:lineStart-1], " \t\r")
	if prev == "" {
		return false
	}
	switch prev[len(prev)-1] {
	case '.', '!', '?', '"', ':':
		return false
	}
	return true
}

// dropLooseSpans removes model mentions that contain a gazetteer match and also words that cannot be
// part of the same name: a lower-case word other than a name particle or function word ("Philippines
// protests", "eastern Congo") or a coordination before the match ("Italy and Canada", "Iran, Iraq").
// The gazetteer matches inside then stand on their own.
func dropLooseSpans(s string, cands []candidate) []candidate {
	model := false
	for _, c := range cands {
		if c.m.Source != SourceGazetteer && c.m.Source != SourceRule {
			model = true
			break
		}
	}
	if !model {
		return cands
	}
	var gaz []int32 // indexes of the gazetteer's candidates, by Start
	for i, c := range cands {
		if c.m.Source == SourceGazetteer {
			gaz = append(gaz, int32(i))
		}
	}
	if len(gaz) == 0 {
		return cands
	}
	slices.SortStableFunc(gaz, func(a, b int32) int { return cmp.Compare(cands[a].m.Start, cands[b].m.Start) })
	loose := make([]bool, len(cands))
	for i, c := range cands {
		if c.m.Source != SourceGazetteer && c.m.Source != SourceRule {
			loose[i] = looseSpan(s, c.m, cands, gaz)
		}
	}
	out := cands[:0]
	for i, c := range cands {
		if !loose[i] {
			out = append(out, c)
		}
	}
	return out
}

// looseSpan reports whether m strictly contains a gazetteer match (cands[gaz[k]], gaz sorted by
// Start) and a word outside the matches that does not belong in a name with it.
func looseSpan(s string, m Mention, cands []candidate, gaz []int32) bool {
	k, _ := slices.BinarySearchFunc(gaz, m.Start, func(x int32, p int) int { return cmp.Compare(cands[x].m.Start, p) })
	var inner []Mention
	for ; k < len(gaz) && cands[gaz[k]].m.Start < m.End; k++ {
		if g := cands[gaz[k]].m; g.End <= m.End && g.End-g.Start < m.End-m.Start {
			inner = append(inner, g)
		}
	}
	if len(inner) == 0 {
		return false
	}
	pos := m.Start
	for _, h := range append(inner, Mention{Start: m.End, End: m.End}) {
		if h.Start < pos {
			continue
		}
		words := strings.Fields(s[pos:h.Start])
		for i, w := range words {
			if h.Start < m.End && i == len(words)-1 && (w == "and" || w == "or" || strings.HasSuffix(w, ",")) {
				return true // a coordination before a match
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !isParticle(w) {
				switch w {
				case "of", "for", "the", "on", "in", "and", "at", "to":
				default:
					return true
				}
			}
		}
		pos = h.End
	}
	return false
}

// trimTitleTail drops from the end of a model mention the words that begin a title, which the rules
// keep out of names: "Philippine Foreign" in "Philippine Foreign Secretary Maria Delgado" becomes
// "Philippine".
func trimTitleTail(s string, m Mention) Mention {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
		return m
	}
	for range 3 {
		t := s[m.Start:m.End]
		sp := strings.LastIndexByte(t, ' ')
		if sp <= 0 || !titleModifier(t[sp+1:]) {
			return m
		}
		rest := strings.TrimLeft(s[m.End:], " ")
		rest = rest[:min(len(rest), 64)] // titles are shorter: a longer word is none
		next := rest
		if k := strings.IndexAny(rest, " ,\n"); k >= 0 {
			next = rest[:k]
		}
		if !isTitle(next) && !titleModifier(next) {
			return m
		}
		m.End = m.Start + len(strings.TrimRight(t[:sp], " "))
		m.Text = s[m.Start:m.End]
	}
	return m
}

// titleModifier reports whether w is a capitalized word that starts a compound title ("Foreign
// Minister", "Prime Minister", "Deputy Secretary").
func titleModifier(w string) bool {
	switch w {
	case "Foreign", "Defence", "Defense", "Prime", "Deputy", "Vice", "Interior", "Finance", "Crown", "Chief",
		"Supreme", "Acting", "First", "Senior", "Home", "Justice", "Trade", "Energy", "Health":
		return true
	}
	return false
}

// trimLeadWord drops a capitalized preposition or conjunction that a model mention took from the start
// of a sentence ("Near Ar Raqqah" → "Ar Raqqah").
func trimLeadWord(s string, m Mention) Mention {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
		return m
	}
	t := s[m.Start:m.End]
	sp := strings.IndexByte(t, ' ')
	if sp <= 0 {
		return m
	}
	switch t[:sp] {
	case "Near", "In", "On", "At", "From", "After", "Before", "During", "With", "For", "By", "Since", "Under",
		"Outside", "Inside", "Across", "Around", "Between", "Against", "Following", "Despite", "Meanwhile",
		"But", "And", "Also", "Then", "When", "While", "If", "As", "Of", "To", "Via":
		rest := strings.TrimLeft(t[sp:], " ")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			m.Start = m.End - len(rest)
			m.Text = rest
		}
	}
	return m
}

// trimExcellency drops the abbreviated honorific "H.E." (His or Her Excellency) that a model mention
// took from the front or the end of a name ("H.E. Antonio Guterres" → "Antonio Guterres", "General
// Assembly H.E." → "General Assembly"); a mention that is only the honorific is no name (false).
func trimExcellency(s string, m Mention) (Mention, bool) {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
		return m, true
	}
	t := s[m.Start:m.End]
	for _, h := range []string{"H.E.", "H. E.", "H.E"} {
		switch {
		case t == h:
			return m, false
		case strings.HasPrefix(t, h+" ") || strings.HasPrefix(t, h+"\n"):
			rest := strings.TrimLeft(t[len(h):], " \n")
			if !strings.ContainsAny(rest, " \n") && (isTitle(rest) || isTitle(rest+".")) {
				return m, false // "H.E. Ambassador": titles, no name
			}
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				m.Start = m.End - len(rest)
				m.Text = rest
				m.Type = PERSON // an Excellency is a person, whatever the model took the whole for
				m = uncanonical(m)
			}
			return m, true
		case strings.HasSuffix(t, " "+h) || strings.HasSuffix(t, "\n"+h):
			m.End = m.Start + len(strings.TrimRight(t[:len(t)-len(h)], " \n"))
			m.Text = s[m.Start:m.End]
			return uncanonical(m), true
		}
	}
	return m, true
}

// inTitle reports whether a model mention is the department part of a title ("State" in "Secretary of
// State", "Defence" in "Minister of Defence"), which is not a name of its own.
func inTitle(s string, m Mention) bool {
	switch m.Text {
	case "State", "Defense", "Defence", "Foreign Affairs", "Interior", "Finance", "Justice", "Health",
		"Homeland Security", "Energy", "Commerce", "Treasury", "Staff":
	default:
		return false
	}
	before := strings.TrimRight(s[:m.Start], " ")
	if !strings.HasSuffix(before, " of") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-3], " ")
	w := before[strings.LastIndexAny(before, " \n")+1:]
	return isTitle(w)
}

// instrumentName reports whether a multi-word name is that of an instrument rather than an actor: a
// treaty, resolution, order or law ("U.S.-Iraq Strategic Framework Agreement", "Security Council
// Resolution", "Executive Order 13582") or a time zone ("Greenwich Mean Time"), which statistical
// models tag as organizations.
func instrumentName(s string) bool {
	first := true
	for w := range strings.FieldsSeq(s) {
		if first {
			first = false
			continue
		}
		switch w {
		case "Agreement", "Accord", "Accords", "Treaty", "Resolution", "Order", "Protocol", "Act", "Time":
			return true
		}
	}
	return false
}
