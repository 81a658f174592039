package events

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// A VerbDict is a verb pattern dictionary in the format of the PETRARCH event coders: verbs grouped
// in synonym blocks, each block with a default CAMEO code and patterns that refine it by the words
// around the verb ("- * SANCTIONS (AGAINST +) [163]"). [ParseVerbDict] reads one (the CAMEO
// dictionary of the Open Event Data Alliance, a user's own, or PETRARCH's validation dictionary);
// the package embeds a compiled CAMEO dictionary ([CAMEOVerbs]).
//
// A VerbDict is immutable once built and safe for concurrent use.
type VerbDict struct {
	synsets map[string]synset
	blocks  []verbBlock
	verbs   map[string][]verbEntry // lower-case lemma → entries
	// irregular maps an irregular inflected form given in the dictionary ("brought") to its lemma.
	irregular map[string]string
	// known holds every lemma, for the lemmatizer.
	known map[string]bool
	// wordIDs numbers the words patterns look for: the first word of every alternative of every
	// word element of every pattern (set by finish). Sentences are matched against patterns by
	// these ids: see sentenceView.candidates.
	wordIDs map[string]int32
	words   *wordTable // wordIDs as a table, for the look-ups of sentences
	// skipped lists the patterns ParseVerbDict could not read, with their line and reason.
	skipped []string
}

// synset is a named set of word sequences ("&CURRENCY": dollar, dollars, swiss franc, ...).
type synset [][]string

// verbBlock is one synonym block: "--- NAME [CODE] ---", its verbs and its patterns.
type verbBlock struct {
	name     string
	code     dictCode
	patterns []verbPattern
	// keys are the ids (VerbDict.wordIDs) of the needed words of the block's patterns, sorted;
	// byKey[k] lists, in order, the patterns that need keys[k]; always lists those that need no
	// word (set by finish)
	keys   []int32
	byKey  [][]int
	always []int
	// keyBits has bit k set when k is one of keys: most words of a sentence are no key of the
	// block, and the bit says so without a search
	keyBits []uint64
}

// verbEntry is one verb of a block; before and after are the other words of a multi-word verb
// ("carry out": after = ["out"]).
type verbEntry struct {
	lemma         string
	before, after []string
	block         int
	code          dictCode
	hasCode       bool
}

// dictCode is a code of the dictionary: fwd is the event from source to target, rev the event
// from target to source ("[042:043]": a visit and its hosting; "[:071]": "received a loan from",
// the lender's aid to the subject). Both empty is the null code "---": no event.
type dictCode struct{ fwd, rev string }

func (c dictCode) null() bool { return c.fwd == "" && c.rev == "" }

// visit reports whether c codes a visit or its hosting (042, 043) either way.
func (c dictCode) visit() bool {
	return c.fwd == "042" || c.fwd == "043" || c.rev == "042" || c.rev == "043"
}

func (c dictCode) String() string {
	if c.rev == "" {
		return c.fwd
	}
	return c.fwd + ":" + c.rev
}

// parseDictCode reads "042", "042:043", ":054", "---".
func parseDictCode(s string) dictCode {
	s = strings.TrimSpace(s)
	f, r, _ := strings.Cut(s, ":")
	clean := func(x string) string {
		x = strings.TrimSpace(x)
		if strings.Trim(x, "-") == "" {
			return ""
		}
		return x
	}
	return dictCode{clean(f), clean(r)}
}

// elemKind is the kind of one element of a pattern.
type elemKind uint8

const (
	elemWord   elemKind = iota // one of alts, each a sequence of consecutive words
	elemTarget                 // "+": the target actor starts here
	elemSource                 // "$": the source actor starts here
	elemSkip                   // "^": any one word
	elemComp                   // "%": the compound actor (source and target are its members)
)

// patElem is one element of a pattern. adj: it must immediately follow the previous element of
// its side of the pattern (the words were joined by "_" or braces); for the first element after
// the verb, or the last before it, adj means next to the verb.
type patElem struct {
	kind elemKind
	alts [][]string
	adj  bool
}

// verbPattern is one pattern of a block: elements before the verb (in text order) and after it.
type verbPattern struct {
	pre, post []patElem
	preVerb   bool // the last element before the verb must be next to it ("IN_*")
	// origin lists the verbs the pattern was written for, as the CAMEO dictionary's comments name
	// them ("# SEND , DEPLOY"): between equally specific patterns, one written for the verb at
	// hand is preferred.
	origin []string
	// nwords is words(); need are the first words of the alternatives of the pattern's most
	// selective word element: a sentence holding none of them cannot match; req holds, for
	// every word element, the ids (VerbDict.wordIDs) of the first words of its alternatives: a
	// sentence that holds none of the ids of one of them cannot match either (set by finish)
	nwords int
	need   []string
	req    [][]int32
	code   dictCode
	line   int // line of the pattern in its source, for messages and tie-breaking
}

// words is the number of word elements of p: more words, a more specific pattern.
func (p *verbPattern) words() int { return p.nwords }

// countWords counts the word elements of p.
func (p *verbPattern) countWords() int {
	n := 0
	for _, side := range [2][]patElem{p.pre, p.post} {
		for _, e := range side {
			if e.kind == elemWord {
				n++
			}
		}
	}
	return n
}

// ParseVerbDict reads a verb dictionary in the PETRARCH format (PETRARCH 1 and 2 and TABARI
// validation dictionaries share it):
//
//	&SYNSET                  a synonym set; its members follow on "+WORD" lines; a multi-word
//	+WORD                    member joins its words with "_" or spaces; plurals are added unless
//	+TWO_WORDS_              the set's name or the member ends with "_"; "+&OTHER" includes a set
//	--- NAME [CODE] ---      a verb block and its default code ("---": no event)
//	VERB {FORMS} [CODE]      a verb of the block, its irregular forms and its own code; a
//	+CARRY_OUT {...}         multi-word verb marks its verb with "+" (KLM_+RST) or starts with it
//	- PRE * POST [CODE]      a pattern: words before and after the verb ("*")
//
// In patterns, words separated by blanks may have other words between them; words joined by "_"
// or grouped in braces ({HUMANITARIAN AID}) must be consecutive; a parenthesized group is a
// prepositional phrase ("(AGAINST +)"; "(WITH)" alone means "with" and the target); "+" marks
// where the target is, "$" the source, "%" a compound actor whose members act on each other, "^"
// any word; "&NAME" is a synonym set. A code "A:B" is an event A from source to target and B
// from target to source; ":B" only the latter ("received a loan from" [:071]). Comments start
// with "#" or ";" or are enclosed in "<!-- -->". Undefined synonym sets drop their pattern, as
// in PETRARCH. A malformed pattern is dropped and listed by [VerbDict.Skipped]; a malformed
// block or verb line is an error with its line number.
func ParseVerbDict(r io.Reader) (*VerbDict, error) {
	p := &dictParser{vd: &VerbDict{synsets: map[string]synset{}, verbs: map[string][]verbEntry{},
		irregular: map[string]string{}, known: map[string]bool{}}, rawSyn: map[string][]string{}, noPlural: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	inComment := false
	type rawLine struct {
		n             int
		text, comment string
	}
	var lines []rawLine
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		// <!-- comments -->, possibly over several lines
		var b strings.Builder
		for line != "" {
			if inComment {
				i := strings.Index(line, "-->")
				if i < 0 {
					line = ""
					break
				}
				line, inComment = line[i+3:], false
				continue
			}
			i := strings.Index(line, "<!--")
			if i < 0 {
				b.WriteString(line)
				break
			}
			b.WriteString(line[:i])
			line, inComment = line[i+4:], true
		}
		line = b.String()
		comment := ""
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line, comment = line[:i], line[i+1:]
		}
		line = strings.TrimSpace(line)
		if line != "" {
			lines = append(lines, rawLine{n, line, comment})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("events: read verb dictionary: %w", err)
	}
	// Synonym sets first: a pattern may use a set defined further down.
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l.text, "&") {
			continue
		}
		name := strings.ToUpper(strings.Fields(l.text)[0])
		if strings.HasSuffix(name, "_") {
			// "&AUXVERB1_": no plurals; patterns name the set without the "_"
			name = strings.TrimSuffix(name, "_")
			p.noPlural[name] = true
		}
		var members []string
		lines[i].text = "" // consumed, with its members
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1].text, "+") {
			i++
			members = append(members, strings.TrimSpace(lines[i].text[1:]))
			lines[i].text = ""
		}
		p.rawSyn[name] = members
	}
	for name := range p.rawSyn {
		if _, err := p.resolveSynset(name, 0); err != nil {
			return nil, err
		}
	}
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		var err error
		switch {
		case strings.HasPrefix(l.text, "---"):
			err = p.block(l.text)
		case strings.HasPrefix(l.text, "-"):
			if perr := p.pattern(l.text, l.n, l.comment); perr != nil {
				// a malformed pattern is dropped and listed; the others still code
				p.vd.skipped = append(p.vd.skipped, fmt.Sprintf("line %d: %v", l.n, perr))
			}
		default:
			err = p.verb(l.text)
		}
		if err != nil {
			return nil, fmt.Errorf("events: verb dictionary line %d: %w", l.n, err)
		}
	}
	p.vd.finish()
	return p.vd, nil
}

// dictParser holds the state of ParseVerbDict.
type dictParser struct {
	vd       *VerbDict
	rawSyn   map[string][]string
	noPlural map[string]bool
}

// resolveSynset expands synonym set name (with "&") into word sequences, with plurals, following
// included sets.
func (p *dictParser) resolveSynset(name string, depth int) (synset, error) {
	if s, ok := p.vd.synsets[name]; ok {
		return s, nil
	}
	members, ok := p.rawSyn[name]
	if !ok {
		return nil, fmt.Errorf("undefined synonym set %s", name)
	}
	if depth > 8 {
		return nil, fmt.Errorf("synonym set %s includes itself", name)
	}
	noPlural := p.noPlural[name]
	var out synset
	for _, m := range members {
		if strings.HasPrefix(m, "&") {
			sub, err := p.resolveSynset(strings.TrimSuffix(strings.ToUpper(strings.Fields(m)[0]), "_"), depth+1)
			if err != nil {
				continue // an undefined set adds nothing
			}
			out = append(out, sub...)
			continue
		}
		words := splitWords(m)
		if len(words) == 0 {
			continue
		}
		out = append(out, words)
		if !noPlural && !strings.HasSuffix(strings.TrimSpace(m), "_") {
			pl := slices.Clone(words)
			pl[len(pl)-1] = pluralOf(pl[len(pl)-1])
			out = append(out, pl)
		}
	}
	out = dedupSeqs(out)
	p.vd.synsets[name] = out
	return out, nil
}

// splitWords splits a phrase on blanks and "_" into lower-case words.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

// pluralOf is the regular plural of a noun, as PETRARCH forms it.
func pluralOf(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

func dedupSeqs(ss [][]string) [][]string {
	seen := map[string]bool{}
	out := ss[:0]
	for _, s := range ss {
		k := strings.Join(s, " ")
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// bracketCode splits "TEXT [CODE] rest" into TEXT and CODE (the last bracketed group).
func bracketCode(s string) (string, string, bool) {
	i := strings.LastIndex(s, "[")
	if i < 0 {
		return s, "", false
	}
	j := strings.Index(s[i:], "]")
	if j < 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : i+j]), true
}

// block reads "--- NAME [CODE] ---".
func (p *dictParser) block(s string) error {
	s = strings.TrimSpace(strings.Trim(s, "-"))
	name, code, _ := bracketCode(s)
	name = strings.TrimSpace(strings.Trim(name, "-"))
	if name == "" {
		return fmt.Errorf("verb block without a name")
	}
	p.vd.blocks = append(p.vd.blocks, verbBlock{name: strings.ToUpper(name), code: parseDictCode(code)})
	return nil
}

func (p *dictParser) current() int {
	if len(p.vd.blocks) == 0 {
		// verbs before any block header: an anonymous block without a default code
		p.vd.blocks = append(p.vd.blocks, verbBlock{})
	}
	return len(p.vd.blocks) - 1
}

// verb reads "VERB {FORMS} [CODE]".
func (p *dictParser) verb(s string) error {
	rest, code, hasCode := bracketCode(s)
	forms := ""
	if i := strings.Index(rest, "{"); i >= 0 {
		j := strings.Index(rest[i:], "}")
		if j < 0 {
			return fmt.Errorf("unclosed { in verb %q", s)
		}
		forms = rest[i+1 : i+j]
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return fmt.Errorf("verb line without a verb: %q", s)
	}
	before, lemma, after, ok := multiWord(f[0])
	if !ok {
		return fmt.Errorf("bad verb %q", f[0])
	}
	if l, ok := irregular(lemma); ok {
		lemma = l // "+IS_DETERMINED": the verb of the phrase is "be"
	}
	b := p.current()
	e := verbEntry{lemma: lemma, before: before, after: after, block: b, hasCode: hasCode}
	if hasCode {
		e.code = parseDictCode(code)
	}
	p.vd.verbs[lemma] = append(p.vd.verbs[lemma], e)
	for _, form := range strings.Fields(forms) {
		_, fl, _, ok := multiWord(form)
		if _, known := irregular(fl); known || strings.IndexFunc(fl, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue // the package's own forms of be, have, say...; separators
		}
		if ok && fl != lemma {
			if _, dup := p.vd.irregular[fl]; !dup {
				p.vd.irregular[fl] = lemma
			}
		}
	}
	return nil
}

// originVerbs reads the verbs a pattern's comment names: upper-case words ("SEND , DEPLOY",
// "CARRIED_OUT"), lower-cased, a multi-word verb by its first word. Coder initials and dates of
// other dictionaries' comments are left out by the lemma check of [VerbDict.finish].
func originVerbs(comment string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(comment, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		w, _, _ := strings.Cut(f, "_")
		if len(w) < 3 || strings.ToUpper(w) != w || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

// multiWord splits a dictionary verb ("+CARRY_OUT", "WIRE_+TAP", "BREAK") into the words before
// the verb, the verb (lower case) and the words after it.
func multiWord(s string) (before []string, verb string, after []string, ok bool) {
	parts := strings.Split(s, "_")
	vi := 0
	for i, w := range parts {
		if strings.HasPrefix(w, "+") {
			vi = i
		}
	}
	var words []string
	for _, w := range parts {
		w = strings.ToLower(strings.TrimPrefix(w, "+"))
		if w != "" {
			words = append(words, w)
		} else if len(words) <= vi && vi > 0 {
			vi--
		}
	}
	if len(words) == 0 || vi >= len(words) {
		return nil, "", nil, false
	}
	before, after = words[:vi:vi], words[vi+1:]
	if len(before) == 0 {
		before = nil
	}
	if len(after) == 0 {
		after = nil
	}
	return before, words[vi], after, true
}

// pattern reads "- PRE * POST [CODE] # ORIGIN".
func (p *dictParser) pattern(s string, line int, comment string) error {
	body, code, ok := bracketCode(strings.TrimPrefix(s, "-"))
	if !ok {
		return fmt.Errorf("pattern without a [code]: %q", s)
	}
	pat := verbPattern{code: parseDictCode(code), line: line, origin: originVerbs(comment)}
	side := &pat.pre
	seenVerb := false
	adjNext := false          // the next element is joined to the verb ("*_OUT")
	braces := 0               // depth inside { }
	braceStart := false       // the next element is the first of its { } group
	paren, parenN := false, 0 // inside ( ), and the number of elements in it so far
	for _, tok := range strings.Fields(body) {
		if tok != "*" && tok != "**" && strings.Contains(tok, "*") {
			// "*SCEPTICAL", "IN*": a verb marker glued to a word joins them
			tok = strings.ReplaceAll(strings.ReplaceAll(tok, "**", "*"), "*", "_*_")
			tok = strings.Trim(strings.ReplaceAll(tok, "__", "_"), "_")
		}
		pieces := strings.Split(tok, "_")
		for pi, piece := range pieces {
			for len(piece) > 0 && (piece[0] == '{' || piece[0] == '(') {
				if piece[0] == '{' {
					braces++
					braceStart = true
				} else {
					paren, parenN = true, 0
				}
				piece = piece[1:]
			}
			closing := ""
			for len(piece) > 0 && (piece[len(piece)-1] == '}' || piece[len(piece)-1] == ')') {
				closing = piece[len(piece)-1:] + closing
				piece = piece[:len(piece)-1]
			}
			adj := pi > 0 || adjNext || braces > 0 && !braceStart
			switch piece {
			case "":
			case "*", "**":
				if seenVerb {
					return fmt.Errorf("two verbs (*) in pattern %q", s)
				}
				seenVerb = true
				side = &pat.post
				pat.preVerb = pi > 0 && len(pat.pre) > 0 // "IN_*": the word before the verb is next to it
				adjNext = pi+1 < len(pieces)
				continue
			case "+", "$", "^", "%":
				k := map[string]elemKind{"+": elemTarget, "$": elemSource, "^": elemSkip, "%": elemComp}[piece]
				*side = append(*side, patElem{kind: k, adj: adj})
				braceStart, adjNext = false, false
				parenN++
			default:
				var e patElem
				if strings.HasPrefix(piece, "&") {
					set, err := p.resolveSynset(strings.TrimSuffix(strings.ToUpper(piece), "_"), 0)
					if err != nil {
						return err // PETRARCH skips patterns with undefined sets too
					}
					if len(set) == 0 {
						return fmt.Errorf("synonym set %s has no members", piece)
					}
					e = patElem{kind: elemWord, alts: set, adj: adj}
				} else {
					e = patElem{kind: elemWord, alts: [][]string{{strings.ToLower(piece)}}, adj: adj}
				}
				*side = append(*side, e)
				braceStart, adjNext = false, false
				parenN++
			}
			for _, c := range closing {
				switch c {
				case '}':
					braces--
					if braces < 0 {
						return fmt.Errorf("unbalanced braces in pattern %q", s)
					}
				case ')':
					if !paren {
						return fmt.Errorf("unbalanced parentheses in pattern %q", s)
					}
					if parenN == 1 && seenVerb {
						// "(WITH)": the object of the preposition is the target
						*side = append(*side, patElem{kind: elemTarget})
					}
					paren = false
				}
			}
		}
	}
	if !seenVerb {
		return fmt.Errorf("pattern without a verb (*): %q", s)
	}
	if braces != 0 || paren {
		return fmt.Errorf("unbalanced brackets in pattern %q", s)
	}
	// "CLAIM (AGAINST) +": the implied target of "(AGAINST)" and the explicit one are one
	pat.post = slices.CompactFunc(pat.post, func(a, b patElem) bool { return a.kind == elemTarget && b.kind == elemTarget })
	b := p.current()
	p.vd.blocks[b].patterns = append(p.vd.blocks[b].patterns, pat)
	return nil
}

// finish builds the lemma index and orders every block's patterns, most specific first.
func (vd *VerbDict) finish() {
	for l := range vd.verbs {
		vd.known[l] = true
	}
	for _, l := range vd.irregular {
		vd.known[l] = true
	}
	for i := range vd.blocks {
		ps := vd.blocks[i].patterns
		for k := range ps {
			var os []string
			for _, o := range ps[k].origin {
				if l := vd.lemma(o); vd.known[l] && !slices.Contains(os, l) {
					os = append(os, l)
				}
			}
			ps[k].origin = os
			ps[k].nwords = ps[k].countWords()
			ps[k].need = nil
			for _, side := range [2][]patElem{ps[k].pre, ps[k].post} {
				for _, e := range side {
					if e.kind == elemWord && (ps[k].need == nil || len(e.alts) < len(ps[k].need)) {
						ps[k].need = make([]string, 0, len(e.alts))
						for _, a := range e.alts {
							ps[k].need = append(ps[k].need, a[0])
						}
					}
				}
			}
		}
		slices.SortStableFunc(ps, func(a, b verbPattern) int { return cmp.Compare(b.words(), a.words()) })
	}
	vd.wordIDs = map[string]int32{}
	id := func(w string) int32 {
		k, ok := vd.wordIDs[w]
		if !ok {
			k = int32(len(vd.wordIDs))
			vd.wordIDs[w] = k
		}
		return k
	}
	for i := range vd.blocks {
		b := &vd.blocks[i]
		ps := b.patterns
		b.keys, b.byKey, b.always = nil, nil, nil
		byKey := map[int32][]int{}
		for k := range ps {
			ps[k].req = nil
			for _, side := range [2][]patElem{ps[k].pre, ps[k].post} {
				for _, e := range side {
					if e.kind != elemWord {
						continue
					}
					ids := make([]int32, 0, len(e.alts))
					for _, a := range e.alts {
						ids = append(ids, id(a[0]))
					}
					slices.Sort(ids)
					ps[k].req = append(ps[k].req, slices.Compact(ids))
				}
			}
			if len(ps[k].need) == 0 {
				b.always = append(b.always, k)
			}
			for _, w := range ps[k].need {
				if l := byKey[id(w)]; len(l) == 0 || l[len(l)-1] != k {
					byKey[id(w)] = append(l, k)
				}
			}
		}
		for key := range byKey {
			b.keys = append(b.keys, key)
		}
		slices.Sort(b.keys)
		for _, key := range b.keys {
			b.byKey = append(b.byKey, byKey[key])
		}
	}
	vd.words = newWordTable(vd.wordIDs)
	for i := range vd.blocks {
		b := &vd.blocks[i]
		b.keyBits = make([]uint64, (len(vd.wordIDs)+63)/64)
		for _, key := range b.keys {
			b.keyBits[key>>6] |= 1 << (key & 63)
		}
	}
	for l, es := range vd.verbs {
		// longer multi-word verbs first
		slices.SortStableFunc(es, func(a, b verbEntry) int {
			return cmp.Compare(len(b.before)+len(b.after), len(a.before)+len(a.after))
		})
		vd.verbs[l] = es
	}
}

// lemma returns the lemma of verb form w by the dictionary's irregular forms and the regular
// suffixes.
func (vd *VerbDict) lemma(w string) string {
	if l, ok := vd.irregular[w]; ok {
		return l
	}
	if l, ok := irregular(w); ok {
		return l
	}
	return verbLemma(w, vd.known)
}

// originRank is 2 when lemma l is the only verb pattern p was written for, 1 when it is one of
// them, 0 otherwise.
func (p *verbPattern) originRank(l string) int {
	switch {
	case len(p.origin) == 1 && p.origin[0] == l:
		return 2
	case slices.Contains(p.origin, l):
		return 1
	}
	return 0
}

// Skipped returns the patterns ParseVerbDict dropped because it could not read them, one message
// per pattern with its line number ("line 2374: unbalanced parentheses in pattern ...").
func (vd *VerbDict) Skipped() []string { return slices.Clone(vd.skipped) }

// Len returns the number of verbs and of patterns of the dictionary.
func (vd *VerbDict) Len() (verbs, patterns int) {
	for _, es := range vd.verbs {
		verbs += len(es)
	}
	for _, b := range vd.blocks {
		patterns += len(b.patterns)
	}
	return verbs, patterns
}

// Table format of a compiled dictionary (WriteTable, ReadVerbTable): one record per line, fields
// separated by tabs.
//
//	S  NAME  ALTS              a synonym set: alternatives separated by "|", words by "_"
//	B  NAME  CODE              a block
//	V  LEMMA BEFORE AFTER CODE a verb of the last block (BEFORE/AFTER: words joined by "_";
//	                           CODE "!" when the verb has none of its own)
//	I  FORM  LEMMA             an irregular form
//	P  PRE POST CODE LINE ORIGIN  a pattern of the last block (ORIGIN: the verbs its comment
//	                           names, separated by blanks): elements separated by blanks; an
//	                           element is a word, words joined by "_" (consecutive), alternatives
//	                           joined by "|", "&NAME", or one of + $ ^ %; a leading "~" joins
//	                           an element to the one before it (for the first element after the
//	                           verb: to the verb); a lone "~" ending PRE joins its last element
//	                           to the verb
//
// Lines starting with "#" are comments. CODE is "fwd:rev" with empty sides omitted ("042",
// "042:043", ":071"), or "-" for the null code.

// WriteTable writes vd in the table format read by [ReadVerbTable], comment lines first.
func (vd *VerbDict) WriteTable(w io.Writer, comments ...string) error {
	bw := bufio.NewWriter(w)
	for _, c := range comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	names := make([]string, 0, len(vd.synsets))
	for n := range vd.synsets {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		alts := make([]string, len(vd.synsets[n]))
		for i, a := range vd.synsets[n] {
			alts[i] = strings.Join(a, "_")
		}
		fmt.Fprintf(bw, "S\t%s\t%s\n", n, strings.Join(alts, "|"))
	}
	forms := make([]string, 0, len(vd.irregular))
	for f := range vd.irregular {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	for _, f := range forms {
		fmt.Fprintf(bw, "I\t%s\t%s\n", f, vd.irregular[f])
	}
	byBlock := make([][]verbEntry, len(vd.blocks))
	for _, es := range vd.verbs {
		for _, e := range es {
			byBlock[e.block] = append(byBlock[e.block], e)
		}
	}
	codeStr := func(c dictCode) string {
		if c.null() {
			return "-"
		}
		if c.rev == "" {
			return c.fwd
		}
		return c.fwd + ":" + c.rev
	}
	for bi, b := range vd.blocks {
		fmt.Fprintf(bw, "B\t%s\t%s\n", b.name, codeStr(b.code))
		es := byBlock[bi]
		slices.SortStableFunc(es, func(x, y verbEntry) int {
			return cmp.Or(cmp.Compare(x.lemma, y.lemma), slices.Compare(x.before, y.before), slices.Compare(x.after, y.after))
		})
		for _, e := range es {
			c := "!"
			if e.hasCode {
				c = codeStr(e.code)
			}
			fmt.Fprintf(bw, "V\t%s\t%s\t%s\t%s\n", e.lemma, strings.Join(e.before, "_"), strings.Join(e.after, "_"), c)
		}
		for _, p := range b.patterns {
			pre := vd.elemsString(p.pre)
			if p.preVerb {
				pre += " ~"
			}
			fmt.Fprintf(bw, "P\t%s\t%s\t%s\t%d\t%s\n", pre, vd.elemsString(p.post), codeStr(p.code), p.line, strings.Join(p.origin, " "))
		}
	}
	return bw.Flush()
}

// elemsString writes pattern elements in the table syntax; synonym sets are written by name.
func (vd *VerbDict) elemsString(es []patElem) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte(' ')
		}
		if e.adj {
			b.WriteByte('~')
		}
		switch e.kind {
		case elemTarget:
			b.WriteByte('+')
		case elemSource:
			b.WriteByte('$')
		case elemSkip:
			b.WriteByte('^')
		case elemComp:
			b.WriteByte('%')
		default:
			if name := vd.synsetName(e.alts); name != "" {
				b.WriteString(name)
				continue
			}
			for k, a := range e.alts {
				if k > 0 {
					b.WriteByte('|')
				}
				b.WriteString(strings.Join(a, "_"))
			}
		}
	}
	return b.String()
}

// synsetName returns the name of the synonym set whose alternatives are alts ("" if none): sets
// are shared slices, so the first element's address identifies them.
func (vd *VerbDict) synsetName(alts [][]string) string {
	if len(alts) < 2 {
		return ""
	}
	for n, s := range vd.synsets {
		if len(s) == len(alts) && &s[0] == &alts[0] {
			return n
		}
	}
	return ""
}

// ReadVerbTable reads a dictionary written by [VerbDict.WriteTable].
func ReadVerbTable(r io.Reader) (*VerbDict, error) {
	vd := &VerbDict{synsets: map[string]synset{}, verbs: map[string][]verbEntry{},
		irregular: map[string]string{}, known: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	readCode := func(s string) dictCode {
		if s == "-" {
			return dictCode{}
		}
		return parseDictCode(s)
	}
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(want int) error {
			return fmt.Errorf("events: verb table line %d: %d fields, want %d", n, len(f), want)
		}
		switch f[0] {
		case "S":
			if len(f) != 3 {
				return nil, bad(3)
			}
			var set synset
			for _, a := range strings.Split(f[2], "|") {
				set = append(set, strings.Split(a, "_"))
			}
			vd.synsets[f[1]] = set
		case "I":
			if len(f) != 3 {
				return nil, bad(3)
			}
			vd.irregular[f[1]] = f[2]
		case "B":
			if len(f) != 3 {
				return nil, bad(3)
			}
			vd.blocks = append(vd.blocks, verbBlock{name: f[1], code: readCode(f[2])})
		case "V":
			if len(f) != 5 {
				return nil, bad(5)
			}
			if len(vd.blocks) == 0 {
				return nil, fmt.Errorf("events: verb table line %d: verb before any block", n)
			}
			e := verbEntry{lemma: f[1], before: splitUnderscore(f[2]), after: splitUnderscore(f[3]), block: len(vd.blocks) - 1}
			if f[4] != "!" {
				e.hasCode, e.code = true, readCode(f[4])
			}
			vd.verbs[e.lemma] = append(vd.verbs[e.lemma], e)
		case "P":
			if len(f) != 6 {
				return nil, bad(6)
			}
			if len(vd.blocks) == 0 {
				return nil, fmt.Errorf("events: verb table line %d: pattern before any block", n)
			}
			src, err := strconv.Atoi(f[4])
			if err != nil {
				return nil, fmt.Errorf("events: verb table line %d: %w", n, err)
			}
			preVerb := strings.HasSuffix(f[1], " ~") || f[1] == "~"
			pre, err := vd.readElems(strings.TrimSuffix(strings.TrimSuffix(f[1], "~"), " "))
			if err != nil {
				return nil, fmt.Errorf("events: verb table line %d: %w", n, err)
			}
			post, err := vd.readElems(f[2])
			if err != nil {
				return nil, fmt.Errorf("events: verb table line %d: %w", n, err)
			}
			b := &vd.blocks[len(vd.blocks)-1]
			b.patterns = append(b.patterns, verbPattern{pre: pre, post: post, preVerb: preVerb, code: readCode(f[3]), line: src, origin: strings.Fields(f[5])})
		default:
			return nil, fmt.Errorf("events: verb table line %d: unknown record %q", n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("events: read verb table: %w", err)
	}
	vd.finish()
	return vd, nil
}

func splitUnderscore(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "_")
}

// readElems parses the pattern elements of a table line.
func (vd *VerbDict) readElems(s string) ([]patElem, error) {
	var out []patElem
	for _, t := range strings.Fields(s) {
		var e patElem
		if strings.HasPrefix(t, "~") {
			e.adj, t = true, t[1:]
		}
		switch t {
		case "+":
			e.kind = elemTarget
		case "$":
			e.kind = elemSource
		case "^":
			e.kind = elemSkip
		case "%":
			e.kind = elemComp
		case "":
			return nil, fmt.Errorf("empty pattern element")
		default:
			if strings.HasPrefix(t, "&") {
				set, ok := vd.synsets[t]
				if !ok {
					return nil, fmt.Errorf("undefined synonym set %s", t)
				}
				e.alts = set
			} else {
				for _, a := range strings.Split(t, "|") {
					e.alts = append(e.alts, strings.Split(a, "_"))
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}
