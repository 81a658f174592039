package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
//  4. Entities are resolved within the document (see Resolve), mentions sorted by Start and their
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
	// name). Off by default, for the same reason as Pronouns.
	Descriptions bool
	// NoShortRefs turns off the resolution of capitalized short references to organizations named
	// in full in the document ("the Agency" after "International Atomic Energy Agency" → IAEA,
	// "Coalition forces" → the Global Coalition; GUIDELINES.md rule 10), which is on by default.
	NoShortRefs bool
	// Agents adds ORG mentions (Source "agent") for generic agents that no name covers: plural
	// agent nouns ("civilians", "troops", "rebels", "refugees"), a collective after "the" ("the
	// army", "the police"), and "the international community"; the Entity is the CAMEO agent code
	// ("CVL", "MIL", "REB", "REF"; see AgentRole). Off by default: the contract's gold annotates
	// names only, while event data (CAMEO agents) and sets such as re3d count such groups as actors.
	Agents bool
	// NoPlaces turns off the grounding of places in GeoNames (package entities/places), which is on
	// by default: GPE and LOC mentions get a GeoNames id, coordinates, division and country, and
	// datelines, "City, State" patterns and state abbreviations become place mentions.
	NoPlaces bool
}

// NewChain returns the default chain: rules, then the gazetteer, then model when it is not nil.
func NewChain(model Recognizer) (*Chain, error) {
	g, err := DefaultGazetteer()
	if err != nil {
		return nil, err
	}
	placeTable() // parse the place table now, while the caller may be loading its other models
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

// Recognize returns the merged, resolved mentions of d sorted by Start.
func (c *Chain) Recognize(d *text.Doc) []Mention {
	if d == nil {
		return nil
	}
	g := c.Gazetteer
	if g == nil {
		g, _ = DefaultGazetteer()
	}
	var cands []candidate
	scans := map[*Gazetteer][]hit{} // the gazetteer and the rules share one scan per gazetteer
	scan := func(g *Gazetteer) []hit {
		h, ok := scans[g]
		if !ok {
			h = g.scan(d)
			scans[g] = h
		}
		return h
	}
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
		for _, m := range ms {
			if !gaz && !rules {
				m = trimTitleTail(d.Text, trimLeadWord(d.Text, cutAtLineBreak(d.Text, m)))
				if inTitle(d.Text, m) || instrumentName(m.Text) {
					continue
				}
			}
			if m, ok := clean(d.Text, m); ok {
				cands = append(cands, candidate{m: m, rank: rank})
			}
		}
	}
	cands = dropTitledSpans(cands)
	cands = dropLooseSpans(d.Text, cands)
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if n := cmp.Compare(b.m.End-b.m.Start, a.m.End-a.m.Start); n != 0 {
			return n
		}
		if n := cmp.Compare(a.rank, b.rank); n != 0 {
			return n
		}
		return cmp.Compare(a.m.Start, b.m.Start)
	})
	var kept []Mention
	var dropped []Mention
	for _, cd := range cands {
		if overlapsAny(kept, cd.m) {
			dropped = append(dropped, cd.m)
			continue
		}
		kept = insertSorted(kept, cd.m)
	}
	for i := range kept {
		m := &kept[i]
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
		if dm.Source != SourceGazetteer || !isISO3(dm.Entity) || (dm.Type != GPE && dm.Type != NORP) {
			continue
		}
		k, _ := slices.BinarySearchFunc(kept, dm.Start+1, func(m Mention, p int) int { return cmp.Compare(m.Start, p) })
		if k > 0 && kept[k-1].Start <= dm.Start && dm.End <= kept[k-1].End && kept[k-1].Country == "" &&
			kept[k-1].Type != GPE && kept[k-1].Type != NORP {
			kept[k-1].Country = dm.Entity
		}
	}
	if !c.NoPlaces {
		kept = groundPlaces(d, g, placeTable(), kept)
	}
	kept = Resolve(kept)
	fillSentences(d, kept)
	o := corefOptions{pronouns: c.Pronouns, descriptions: c.Descriptions, shortRefs: !c.NoShortRefs}
	if extra := corefMentions(d, g, kept, o); len(extra) > 0 {
		for _, m := range extra {
			kept = insertSorted(kept, m)
		}
		fillSentences(d, kept)
	}
	if c.Agents {
		if extra := agentMentions(d, kept); len(extra) > 0 {
			for _, m := range extra {
				kept = insertSorted(kept, m)
			}
			fillSentences(d, kept)
		}
	}
	return kept
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
	k, _ := slices.BinarySearchFunc(sorted, m.Start, func(x Mention, p int) int { return cmp.Compare(x.Start, p) })
	if k < len(sorted) && sorted[k].Start < m.End {
		return true
	}
	return k > 0 && sorted[k-1].End > m.Start
}

// insertSorted inserts m into ms keeping it sorted by Start.
func insertSorted(ms []Mention, m Mention) []Mention {
	k, _ := slices.BinarySearchFunc(ms, m.Start, func(x Mention, p int) int { return cmp.Compare(x.Start, p) })
	return slices.Insert(ms, k, m)
}

// isISO3 reports whether s looks like an ISO 3166-1 alpha-3 code.
func isISO3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// dropTitledSpans removes model mentions that swallowed a title: a mention from a recognizer other than
// the gazetteer and the rules that contains, and ends with, a PERSON the rules found after a title
// ("Secretary General Jens Stoltenberg" typed ORG, "Arab League Secretary-General Ahmed Aboul Gheit").
// The rules know where the title ends; the longer span would otherwise win the overlap.
func dropTitledSpans(cands []candidate) []candidate {
	var titled []Mention
	for _, c := range cands {
		if c.m.Source == SourceRule && c.m.Type == PERSON {
			titled = append(titled, c.m)
		}
	}
	if len(titled) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		drop := false
		if c.m.Source != SourceRule && c.m.Source != SourceGazetteer {
			for _, t := range titled {
				if t.End == c.m.End && t.Start > c.m.Start {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

// cutAtLineBreak ends a model mention at its first line break: a name does not run from a headline
// into the next line ("Sudan\nThe Peace and Security Council").
func cutAtLineBreak(s string, m Mention) Mention {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
		return m
	}
	if k := strings.IndexByte(s[m.Start:m.End], '\n'); k >= 0 {
		m.End = m.Start + k
		m.Text = s[m.Start:m.End]
	}
	return m
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
	var gaz []Mention
	for _, c := range cands {
		if c.m.Source == SourceGazetteer {
			gaz = append(gaz, c.m)
		}
	}
	if len(gaz) == 0 {
		return cands
	}
	slices.SortFunc(gaz, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	out := cands[:0]
	for _, c := range cands {
		if c.m.Source == SourceGazetteer || c.m.Source == SourceRule || !looseSpan(s, c.m, gaz) {
			out = append(out, c)
		}
	}
	return out
}

// looseSpan reports whether m strictly contains a gazetteer match (gaz sorted by Start) and a word
// outside the matches that does not belong in a name with it.
func looseSpan(s string, m Mention, gaz []Mention) bool {
	k, _ := slices.BinarySearchFunc(gaz, m.Start, func(x Mention, p int) int { return cmp.Compare(x.Start, p) })
	var inner []Mention
	for ; k < len(gaz) && gaz[k].Start < m.End; k++ {
		if gaz[k].End <= m.End && gaz[k].End-gaz[k].Start < m.End-m.Start {
			inner = append(inner, gaz[k])
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
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws[1:] {
		switch w {
		case "Agreement", "Accord", "Accords", "Treaty", "Resolution", "Order", "Protocol", "Act", "Time":
			return true
		}
	}
	return false
}
