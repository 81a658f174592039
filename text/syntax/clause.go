package syntax

import (
	"slices"
	"strings"

	"github.com/geopol/geopol/text"
)

// Voice is the voice of a clause.
type Voice uint8

// Voices.
const (
	Active  Voice = iota
	Passive       // "was attacked", "soldiers killed in Syria", "the base attacked by rebels"
)

func (v Voice) String() string {
	if v == Passive {
		return "passive"
	}
	return "active"
}

// Via says how an argument of a clause was found.
type Via uint8

// Ways an argument is found.
const (
	// Direct: a dependent of the predicate ("Russia" in "Russia vetoed the draft").
	Direct Via = iota
	// Coordination: a conjunct of another argument ("China" in "Russia and China vetoed").
	Coordination
	// Control: the subject of an open complement or an adverbial clause without its own,
	// taken from the governing clause ("Obama" for "ease" in "Obama agreed to ease sanctions";
	// "Iran" for "stop" in "urged Iran to stop").
	Control
	// Shared: the subject (or a following object) that a conjoined predicate shares with the
	// first conjunct ("Russia" for "criticized" in "Russia vetoed the draft and criticized the US").
	Shared
	// Relative: the noun a relative or participle clause modifies ("rebels" for "attacked" in
	// "the rebels who attacked the base"; "soldiers" for "killed" in "soldiers killed in Syria").
	Relative
	// Antecedent: the subject of the governing clause, standing for a personal pronoun subject
	// of a complement clause ("Ethiopia" for "act" in "Ethiopia indicated it would act").
	Antecedent
)

var viaNames = [...]string{"direct", "coordination", "control", "shared", "relative", "antecedent"}

func (v Via) String() string {
	if int(v) < len(viaNames) {
		return viaNames[v]
	}
	return "direct"
}

// Arg is one argument of a clause: a noun phrase (or a clause's head) given by its head token and
// two byte spans into the document text.
type Arg struct {
	// Head is the document index (into text.Doc.Tokens) of the argument's head word.
	Head int
	// Span is the core of the noun phrase: the head with its determiners, numbers, adjectives,
	// compounds, flat names, titles (nmod:desc) and possessors, recursively ("Iran's foreign
	// minister", "the Syrian army positions", "President Barack Obama"), as one byte range from
	// its first to its last word.
	Span text.Span
	// Phrase is the whole phrase of the head without its own preposition, its conjuncts and
	// its clausal modifiers (relative and participle clauses): "the Government of Iran",
	// "Javad Zarif, Iran's foreign minister".
	Phrase text.Span
	// Prep is the lower-cased preposition of an oblique or a nominal modifier, words joined by a
	// space ("at", "on", "from", "because of", "according to"), and "" for subjects and objects
	// and for bare obliques ("Monday").
	Prep string
	// Via says how the argument was found.
	Via Via
	// Mods are the prepositional modifiers of the phrase's head (nmod), with their Prep: "Cuba"
	// (on) in "sanctions on Cuba", "Iran" (with) in "talks with Iran". Coordinated modifiers are
	// expanded. Mods of Mods are filled down to three levels.
	Mods []Arg
}

// Governor is a predicate that governs a clause through a complement: "agreed" for "ease" in
// "Obama agreed to ease sanctions", "said" for "attacked" in "X said Y attacked Z".
type Governor struct {
	Clause   int    // index of the governing clause in the same slice
	Lemma    string // its lemma ("agree", "say", "fail", "consider")
	Relation Label  // how the governed clause attaches: Xcomp, Ccomp or Csubj
}

// Clause is a predicate with its arguments and modality. Token indices are indices into
// text.Doc.Tokens; spans are byte offsets into text.Doc.Text.
type Clause struct {
	// Pred is the predicate's head: a verb, or for a copular clause ("Iran is a threat to
	// Israel") the noun or adjective.
	Pred int
	// Tokens are the predicate's words in text order: the head, its auxiliaries, copula,
	// negation and particle ("has not been attacked", "carried out").
	Tokens []int
	// Lemma is the lemma of the head, with the particle of a phrasal verb ("carry out").
	Lemma string
	// Tag is the head's Penn Treebank tag.
	Tag string
	// Copula is set when the predicate is a noun or adjective with a copula.
	Copula bool
	// Voice is Passive with a passive auxiliary or subject, and for a past participle that has
	// no auxiliary and no object (headlines and reduced relatives: "soldiers killed in Syria").
	Voice Voice
	// Negated is set when the predicate has "not", "n't" or "never", or "no longer" (also when
	// it shares them with the first of "did not X or Y").
	Negated bool
	// Modals are the lower-cased modal auxiliaries ("may", "would", "will" for "'ll" and "wo").
	Modals []string
	// Mark is the lower-cased subordinator that introduces the clause ("if", "that", "after",
	// "to"), or "".
	Mark string
	// Conditional is set for a clause introduced by "if" or "unless", and for the complements
	// and conjuncts of such a clause.
	Conditional bool
	// Relation is the predicate's own relation (Root, Xcomp, Ccomp, Advcl, Conj, AclRelcl, Acl,
	// Parataxis, ...).
	Relation Label
	// Parent is the index of the clause of the nearest predicate above this one, -1 for none.
	Parent int
	// Governors are the predicates that govern this clause through complements (xcomp, ccomp,
	// csubj), nearest first, at most 8: "try" then "agree" for "ease" in "agreed to try to
	// ease". A conjunct shares the governors of the first conjunct.
	Governors []Governor
	// Reported is set when the clause is what a speech verb reports ("say", "tell", "announce",
	// ...): as its complement ("X said (that) Y attacked Z"), with the speech verb in parenthesis
	// ("Y attacked Z, X said"), or with "according to X"; and for the clauses inside a reported one.
	Reported bool
	// Speakers are the subjects of the nearest speech verb (or the object of "according to").
	Speakers []Arg
	// Subjects are the subjects, coordination expanded ("Russia and China vetoed" → two). In a
	// passive clause they are the patients ("Iran" in "Iran was attacked by X").
	Subjects []Arg
	// Objects are the direct objects, coordination expanded ("met Iran and Iraq" → two).
	Objects []Arg
	// IndirectObjects are the indirect objects ("Iran" in "gave Iran weapons").
	IndirectObjects []Arg
	// Obliques are the prepositional (and bare) obliques with their Prep ("at Syrian army
	// positions", "from the World Bank"); in a copular clause also the nominal modifiers of
	// the predicate ("to Israel" in "a threat to Israel").
	Obliques []Arg
	// Agents are the agents of a passive clause: obl:agent, or an oblique with "by".
	Agents []Arg
}

// Analysis is the parse and the clauses of one sentence.
type Analysis struct {
	Sentence int  // index into text.Doc.Sentences
	First    int  // document index of the sentence's first token: tree token i is document token First+i
	Tree     Tree // over the sentence's tokens
	Clauses  []Clause
}

// Analyze parses sentence k of d (tagging it first if d was analysed lazily) and finds its
// clauses.
func (m *Model) Analyze(d *text.Doc, k int) Analysis {
	t := m.ParseSentence(d, k)
	return Analysis{Sentence: k, First: d.Sentences[k].First, Tree: t, Clauses: m.Clauses(d, k, t)}
}

// speechVerbs are the lemmas whose complements are reported speech.
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "announce": true, "report": true, "claim": true, "state": true,
	"declare": true, "add": true, "note": true, "allege": true, "insist": true, "assert": true,
	"confirm": true, "write": true, "explain": true, "stress": true, "reiterate": true,
	"acknowledge": true, "admit": true, "indicate": true, "quote": true, "tweet": true,
	"argue": true, "maintain": true, "contend": true, "emphasize": true, "emphasise": true,
	"comment": true, "remark": true,
}

// modalNorm maps modal auxiliaries to their lemma.
var modalNorm = map[string]string{
	"may": "may", "might": "might", "would": "would", "could": "could", "should": "should",
	"will": "will", "can": "can", "must": "must", "shall": "shall", "'ll": "will", "wo": "will",
	"'d": "would", "ca": "can", "cannot": "can", "ought": "ought",
}

// clauseCtx holds the per-sentence working data of Clauses.
type clauseCtx struct {
	m      *Model
	d      *text.Doc
	first  int
	t      Tree
	lower  []string
	kids   [][]int // children of each token, in text order
	clause []int   // clause index of each predicate token, -1 otherwise
	// reporter marks the clauses of parenthetical speech verbs (", officials said"); reportedBy
	// gives, for each clause, the reporter that reports it, or -1.
	reporter   []bool
	reportedBy []int
	core       []span2 // token ranges (sentence-relative) of each token's core
	phr0       []span2 // phrase without own case dependents, conjuncts and clausal modifiers
	sub        []span2 // whole subtree
	lastWord   int     // the last token that is not punctuation
}

type span2 struct{ lo, hi int }

func (s span2) union(o span2) span2 { return span2{min(s.lo, o.lo), max(s.hi, o.hi)} }

// Clauses finds the clauses of sentence k of d over tree t (which must have one entry per token of
// the sentence; a tree that does not, or whose heads are out of range or make a cycle, gives no
// clauses). Clauses are in the text order of their predicates. The work is linear in the length
// of the sentence.
func (m *Model) Clauses(d *text.Doc, k int, t Tree) []Clause {
	if k < 0 || k >= len(d.Sentences) {
		return nil
	}
	s := d.Sentences[k]
	n := s.Last - s.First
	if n <= 0 || len(t.Head) != n || len(t.Label) != n || !validTree(t.Head) {
		return nil
	}
	d.TagSentence(k)
	c := &clauseCtx{m: m, d: d, first: s.First, t: t}
	c.prepare()
	return c.build()
}

// validTree reports whether heads are in range and acyclic.
func validTree(head []int) bool {
	for _, h := range head {
		if h < -1 || h >= len(head) {
			return false
		}
	}
	return !hasCycle(head)
}

func (c *clauseCtx) word(i int) string { return c.lower[i] }
func (c *clauseCtx) tag(i int) string  { return c.d.Tokens[c.first+i].Tag }

// prepare builds the children lists, lower-cased words and the spans of every token.
func (c *clauseCtx) prepare() {
	n := len(c.t.Head)
	c.lower = make([]string, n)
	for i := range n {
		c.lower[i] = strings.ToLower(strings.ReplaceAll(c.d.TokenText(c.first+i), "’", "'"))
	}
	c.lastWord = n - 1
	for c.lastWord > 0 && isPunctText(c.lower[c.lastWord]) {
		c.lastWord--
	}
	c.kids = make([][]int, n)
	for i, h := range c.t.Head {
		if h >= 0 {
			c.kids[h] = append(c.kids[h], i)
		}
	}
	// Children before heads: a reverse breadth-first order from the roots.
	order := make([]int, 0, n)
	for i, h := range c.t.Head {
		if h < 0 {
			order = append(order, i)
		}
	}
	for q := 0; q < len(order); q++ {
		order = append(order, c.kids[order[q]]...)
	}
	c.core = make([]span2, n)
	c.phr0 = make([]span2, n)
	c.sub = make([]span2, n)
	inner := make([]span2, n) // the subtree without clausal modifiers
	for q := len(order) - 1; q >= 0; q-- {
		i := order[q]
		core, p0, in, sub := span2{i, i}, span2{i, i}, span2{i, i}, span2{i, i}
		for _, ch := range c.kids[i] {
			l := c.t.Label[ch]
			sub = sub.union(c.sub[ch])
			switch l {
			case Det, DetPredet, Nummod, Amod, Compound, Flat, NmodPoss, NmodDesc, Fixed, Goeswith:
				core = core.union(c.core[ch])
			case Case:
				if c.t.Label[i] == NmodPoss {
					core = core.union(c.core[ch]) // the 's of a possessor
				}
			}
			switch l {
			case AclRelcl, Acl, Advcl, Parataxis, Punct, List, Dep, Ccomp, Csubj, Discourse, Vocative:
				continue
			}
			in = in.union(inner[ch])
			switch l {
			case Case, Mark, Conj, Cc, CcPreconj:
			default:
				p0 = p0.union(inner[ch])
			}
		}
		c.core[i], c.phr0[i], c.sub[i], inner[i] = core, p0, sub, in
	}
}

// isPredicate reports whether token i heads a clause.
func (c *clauseCtx) isPredicate(i int) bool {
	l := c.t.Label[i]
	switch l {
	case Aux, AuxPass, Cop, Case, Mark, Det, Fixed, Flat, Goeswith, Punct, Compound, CompoundPrt, Cc, Amod, Nummod, Discourse, Expl:
		return false
	}
	hasSubj, hasCop, hasAux, verbal := false, false, false, false
	for _, ch := range c.kids[i] {
		switch c.t.Label[ch] {
		case Nsubj, NsubjPass, Csubj:
			hasSubj = true
		case Cop:
			hasCop = true
		case Aux, AuxPass:
			hasAux = true
		case Obj, Iobj, Xcomp, Ccomp, CompoundPrt, OblAgent:
			verbal = true
		}
	}
	if hasCop || hasSubj || hasAux || verbal {
		return true
	}
	if !strings.HasPrefix(c.tag(i), "VB") && c.tag(i) != "MD" {
		return false
	}
	switch l {
	case Root, Conj, Xcomp, Ccomp, Advcl, Acl, AclRelcl, Parataxis, Csubj, List, Dep, Appos:
		return true
	}
	return false
}

// span converts a sentence-relative token range to a byte span of the document.
func (c *clauseCtx) span(r span2) text.Span {
	return text.Span{Start: c.d.Tokens[c.first+r.lo].Start, End: c.d.Tokens[c.first+r.hi].End}
}

// prep returns the lower-cased preposition of token i (its case dependents and their fixed
// parts, in text order, joined by spaces; the possessive 's is not a preposition).
func (c *clauseCtx) prep(i int) string {
	var parts []string
	for _, ch := range c.kids[i] {
		if c.t.Label[ch] != Case || c.tag(ch) == "POS" {
			continue
		}
		parts = append(parts, c.word(ch))
		for _, f := range c.kids[ch] {
			if c.t.Label[f] == Fixed {
				parts = append(parts, c.word(f))
			}
		}
	}
	return strings.Join(parts, " ")
}

// arg builds the argument headed by i.
func (c *clauseCtx) arg(i int, via Via, prep string, depth int) Arg {
	a := Arg{Head: c.first + i, Span: c.span(c.core[i]), Phrase: c.span(c.phr0[i]), Prep: prep, Via: via}
	if depth < 3 {
		for _, ch := range c.kids[i] {
			if c.t.Label[ch] == Nmod {
				a.Mods = c.expand(a.Mods, ch, Direct, c.prep(ch), depth+1)
			}
		}
	}
	return a
}

// expand appends the argument headed by i and its conjuncts (with their own preposition if they
// have one, else the first conjunct's).
func (c *clauseCtx) expand(out []Arg, i int, via Via, prep string, depth int) []Arg {
	out = append(out, c.arg(i, via, prep, depth))
	for _, ch := range c.kids[i] {
		if c.t.Label[ch] != Conj || c.isPredicate(ch) {
			continue
		}
		p := c.prep(ch)
		if p == "" {
			p = prep
		}
		cv := Coordination
		if via != Direct {
			cv = via
		}
		out = append(out, c.arg(ch, cv, p, depth))
	}
	return out
}

// personalPronoun reports whether token i is a third-person or "we" subject pronoun.
func (c *clauseCtx) personalPronoun(i int) bool {
	switch c.word(i) {
	case "it", "he", "she", "they", "we":
		return c.tag(i) == "PRP"
	}
	return false
}

// relPronoun reports whether token i is a relative pronoun.
func (c *clauseCtx) relPronoun(i int) bool {
	switch c.word(i) {
	case "who", "whom", "which", "that", "whose":
		switch c.tag(i) {
		case "WP", "WDT", "WP$", "IN", "DT":
			return true
		}
	}
	return false
}

// build finds the clauses.
func (c *clauseCtx) build() []Clause {
	n := len(c.t.Head)
	c.clause = make([]int, n)
	var cl []Clause
	for i := range n {
		c.clause[i] = -1
		if c.isPredicate(i) {
			c.clause[i] = len(cl)
			cl = append(cl, c.local(i))
		}
	}
	// Parents, then inheritance in top-down order (a clause's parent is done before it).
	order := make([]int, 0, len(cl))
	done := make([]bool, len(cl))
	for k := range cl {
		cl[k].Parent = -1
		for h := c.t.Head[cl[k].Pred-c.first]; h >= 0; h = c.t.Head[h] {
			if c.clause[h] >= 0 {
				cl[k].Parent = c.clause[h]
				break
			}
		}
	}
	c.findReporters(cl)
	var visit func(k int)
	visit = func(k int) {
		if done[k] {
			return
		}
		done[k] = true
		if p := cl[k].Parent; p >= 0 {
			visit(p)
		}
		order = append(order, k)
	}
	for k := range cl {
		visit(k)
	}
	for _, k := range order {
		c.inherit(cl, k)
	}
	return cl
}

// local fills what a clause gets from its own dependents.
func (c *clauseCtx) local(i int) Clause {
	cl := Clause{Pred: c.first + i, Tag: c.tag(i), Relation: c.t.Label[i]}
	toks := []int{c.first + i}
	particle := ""
	hasAux, hasObj := false, false
	for _, ch := range c.kids[i] {
		l := c.t.Label[ch]
		w := c.word(ch)
		switch l {
		case Nsubj:
			cl.Subjects = c.expand(cl.Subjects, ch, Direct, "", 0)
		case NsubjPass:
			cl.Voice = Passive
			cl.Subjects = c.expand(cl.Subjects, ch, Direct, "", 0)
		case Obj:
			hasObj = true
			cl.Objects = c.expand(cl.Objects, ch, Direct, "", 0)
		case Iobj:
			cl.IndirectObjects = c.expand(cl.IndirectObjects, ch, Direct, "", 0)
		case OblAgent:
			cl.Agents = c.expand(cl.Agents, ch, Direct, c.prep(ch), 0)
		case Obl, OblUnmarked:
			p := c.prep(ch)
			if p == "according to" {
				cl.Reported = true
				cl.Speakers = c.expand(cl.Speakers, ch, Direct, p, 0)
				continue
			}
			cl.Obliques = c.expand(cl.Obliques, ch, Direct, p, 0)
		case Nmod:
			// the modifiers of a copular predicate act as its obliques: "a threat to Israel"
			if c.hasCop(i) {
				cl.Obliques = c.expand(cl.Obliques, ch, Direct, c.prep(ch), 0)
			}
		case Aux:
			hasAux = true
			toks = append(toks, c.first+ch)
			if md, ok := modalNorm[w]; ok && (c.tag(ch) == "MD" || w == "cannot") {
				cl.Modals = append(cl.Modals, md)
			}
			if w == "cannot" {
				cl.Negated = true
			}
		case AuxPass:
			hasAux = true
			cl.Voice = Passive
			toks = append(toks, c.first+ch)
		case Cop:
			hasAux = true
			cl.Copula = true
			toks = append(toks, c.first+ch)
		case Advmod:
			switch w {
			case "not", "n't", "never":
				cl.Negated = true
				toks = append(toks, c.first+ch)
			case "longer":
				for _, g := range c.kids[ch] {
					if c.word(g) == "no" {
						cl.Negated = true
						toks = append(toks, c.first+g, c.first+ch)
					}
				}
			}
		case Mark:
			if cl.Mark == "" {
				cl.Mark = w
				for _, f := range c.kids[ch] {
					if c.t.Label[f] == Fixed {
						cl.Mark += " " + c.word(f)
					}
				}
			}
		case CompoundPrt:
			if particle == "" {
				particle = w
				toks = append(toks, c.first+ch)
			}
		}
	}
	if len(cl.Subjects) == 0 && cl.Relation != Xcomp && cl.Relation != Acl && cl.Relation != AclRelcl {
		// The parser sometimes attaches a sentence-initial subject as dep, discourse or
		// vocative ("Arnor<discourse is about to ..."): a noun or pronoun left of a predicate
		// without a subject is taken as its subject.
		for _, ch := range c.kids[i] {
			switch c.t.Label[ch] {
			case Dep, Discourse, Vocative:
				if t := c.tag(ch); ch < i && (strings.HasPrefix(t, "NN") || t == "PRP") {
					cl.Subjects = c.expand(cl.Subjects, ch, Direct, "", 0)
				}
			}
			if len(cl.Subjects) > 0 {
				break
			}
		}
	}
	cl.Conditional = cl.Mark == "if" || cl.Mark == "unless"
	if cl.Voice == Active && !hasAux && !hasObj && c.tag(i) == "VBN" {
		cl.Voice = Passive // "soldiers killed in Syria", "the base attacked by rebels"
	}
	if cl.Voice == Passive {
		kept := cl.Obliques[:0]
		for _, o := range cl.Obliques {
			if o.Prep == "by" {
				cl.Agents = append(cl.Agents, o)
			} else {
				kept = append(kept, o)
			}
		}
		cl.Obliques = kept
	}
	tag := c.tag(i)
	if !cl.Copula && !strings.HasPrefix(tag, "VB") && tag != "MD" && c.actsAsVerb(i) {
		// a verb the tagger took for something else ("met/NN", "seized/JJ"): lemmatize as a verb
		tag = "VB"
	}
	cl.Lemma = c.m.Lemma(c.d.TokenText(c.first+i), tag)
	if particle != "" {
		cl.Lemma += " " + particle
	}
	slices.Sort(toks)
	cl.Tokens = toks
	return cl
}

// actsAsVerb reports whether token i has dependents only verbs have: an object, an auxiliary,
// a verb particle, a clausal complement or a passive agent.
func (c *clauseCtx) actsAsVerb(i int) bool {
	for _, ch := range c.kids[i] {
		switch c.t.Label[ch] {
		case Obj, Iobj, Aux, AuxPass, CompoundPrt, Xcomp, Ccomp, OblAgent, NsubjPass:
			return true
		}
	}
	return false
}

func (c *clauseCtx) hasCop(i int) bool {
	for _, ch := range c.kids[i] {
		if c.t.Label[ch] == Cop {
			return true
		}
	}
	return false
}

// inherit fills what clause k gets from its parent and its head: controlled and shared subjects,
// relative-clause antecedents, governors, reported speech and conditions.
func (c *clauseCtx) inherit(cl []Clause, k int) {
	x := &cl[k]
	i := x.Pred - c.first
	h := c.t.Head[i]
	var head *Clause // the clause of the predicate's own head, if it is a predicate
	if h >= 0 && c.clause[h] >= 0 {
		head = &cl[c.clause[h]]
	}
	switch x.Relation {
	case Xcomp:
		if head != nil && len(x.Subjects) == 0 {
			src := head.Objects
			if len(src) == 0 {
				src = head.IndirectObjects
			}
			if len(src) == 0 {
				src = head.Subjects
			}
			x.Subjects = relabel(src, Control)
		}
	case Advcl:
		if head != nil && len(x.Subjects) == 0 && x.Mark != "if" && x.Mark != "unless" {
			x.Subjects = relabel(head.Subjects, Control)
		}
	case Conj:
		if head != nil {
			if len(x.Subjects) == 0 {
				x.Subjects = relabel(head.Subjects, Shared)
				ownAux := false
				for _, t := range x.Tokens {
					if t != x.Pred {
						ownAux = true
					}
				}
				if !ownAux {
					x.Modals = head.Modals
					if head.Negated && c.ccWord(i) != "and" && c.ccWord(i) != "but" {
						x.Negated = true
					}
				}
			}
			if len(x.Objects) == 0 && x.Voice == Active {
				for _, o := range head.Objects {
					if o.Head > x.Pred {
						x.Objects = append(x.Objects, withVia(o, Shared))
					}
				}
			}
			x.Governors = head.Governors
			if !x.Reported {
				x.Reported, x.Speakers = head.Reported, head.Speakers
			}
			x.Conditional = x.Conditional || head.Conditional
		}
	case AclRelcl:
		if h >= 0 {
			ante := c.arg(h, Relative, "", 0)
			replaced := false
			for _, list := range []*[]Arg{&x.Subjects, &x.Objects, &x.Obliques, &x.Agents} {
				for j := range *list {
					if (*list)[j].Via == Direct && c.relPronoun((*list)[j].Head-c.first) {
						p := (*list)[j].Prep
						(*list)[j] = ante
						(*list)[j].Prep = p
						replaced = true
					}
				}
			}
			if !replaced && len(x.Subjects) == 0 {
				x.Subjects = []Arg{ante}
			}
		}
	case Acl:
		if h >= 0 && len(x.Subjects) == 0 {
			switch {
			case x.Mark == "to":
				// "Iran's decision to withdraw": the possessor acts
				for _, ch := range c.kids[h] {
					if c.t.Label[ch] == NmodPoss {
						x.Subjects = []Arg{c.arg(ch, Relative, "", 0)}
					}
				}
				// "wants the United States to stop", attached by the parser to the name: an
				// open complement of the verb whose object the name is
				hv := c.t.Head[h]
				if t := c.tag(h); len(x.Subjects) == 0 && (t == "NNP" || t == "NNPS" || t == "PRP") &&
					(c.t.Label[h] == Obj || c.t.Label[h] == Iobj) && hv >= 0 && c.clause[hv] >= 0 {
					x.Subjects = []Arg{c.arg(h, Control, "", 0)}
					g := &cl[c.clause[hv]]
					x.Governors = governorChain(Governor{Clause: c.clause[hv], Lemma: g.Lemma, Relation: Xcomp}, g.Governors)
				}
			case x.Tag == "VBN" || x.Tag == "VBG":
				x.Subjects = []Arg{c.arg(h, Relative, "", 0)}
			}
		}
	}
	if head != nil && x.Relation == Ccomp && len(x.Subjects) == 1 && len(head.Subjects) > 0 && c.personalPronoun(x.Subjects[0].Head-c.first) {
		x.Subjects = relabel(head.Subjects, Antecedent)
	}
	if head != nil {
		switch x.Relation {
		case Xcomp, Ccomp, Csubj:
			x.Governors = governorChain(Governor{Clause: c.clause[h], Lemma: head.Lemma, Relation: x.Relation}, head.Governors)
			x.Conditional = x.Conditional || head.Conditional
		}
	}
	// Reported speech: the complement of a speech verb, a clause with a parenthetical speech
	// verb (", officials said"), and what is inside a reported clause.
	switch {
	case c.reporter[k]:
		x.Governors = nil // "..., officials said": said is not governed by what it reports
	case c.reportedBy[k] >= 0:
		x.Reported, x.Speakers = true, c.subjectsOf(cl[c.reportedBy[k]].Pred-c.first)
	case x.Reported || head == nil:
	case speechVerbs[head.Lemma] && (x.Relation == Ccomp || x.Relation == Parataxis):
		x.Reported, x.Speakers = true, head.Subjects
	case head.Reported:
		x.Reported, x.Speakers = true, head.Speakers
	}
}

// findReporters marks the parenthetical speech verbs (", officials said", "as the minister
// said") and the clause each reports: the clause it depends on, or, when the speech verb ends
// the sentence, the main clause (", Palestinian officials said." reports the whole sentence
// even when the parser attaches it to the last verb). Clauses reported this way pass the report
// on to the clauses inside them.
func (c *clauseCtx) findReporters(cl []Clause) {
	c.reporter = make([]bool, len(cl))
	c.reportedBy = make([]int, len(cl))
	for k := range c.reportedBy {
		c.reportedBy[k] = -1
	}
	for q := range cl {
		p := cl[q].Parent
		if p < 0 || speechVerbs[cl[p].Lemma] || !c.reports(cl[q].Pred-c.first, cl[p].Pred-c.first, cl[q]) {
			continue
		}
		target := p
		if c.sentenceFinal(cl[q].Pred - c.first) {
			for cl[target].Parent >= 0 && cl[target].Parent != q {
				target = cl[target].Parent
			}
		}
		if c.reportedBy[target] < 0 {
			c.reporter[q] = true
			c.reportedBy[target] = q
		}
	}
}

// sentenceFinal reports whether only punctuation follows the subtree of token i.
func (c *clauseCtx) sentenceFinal(i int) bool { return c.sub[i].hi >= c.lastWord }

// reports reports whether the clause q of token ch, below the predicate i, is a parenthetical
// speech verb: one without a complement clause of its own, not introduced by a subordinator
// other than "as". The parser attaches such verbs as parataxis, advcl, ccomp or dep, which count
// when the verb follows i or is followed by a comma; and as a relative clause, participle or
// conjunct, which count only when a comma comes right before the speech verb's phrase (and a
// conjunct has no conjunction, a relative clause no relative pronoun).
func (c *clauseCtx) reports(ch, i int, q Clause) bool {
	if !speechVerbs[q.Lemma] || c.hasLabel(ch, Ccomp) || c.hasLabel(ch, Xcomp) || q.Mark != "" && q.Mark != "as" {
		return false
	}
	lo := c.sub[ch].lo
	commaBefore := lo > 0 && c.word(lo-1) == ","
	switch c.t.Label[ch] {
	case Parataxis, Advcl, Ccomp, Dep:
		if ch > i || commaBefore {
			return true
		}
		hi := c.sub[ch].hi
		return hi+1 < len(c.t.Head) && c.word(hi+1) == ","
	case AclRelcl, Acl:
		for _, g := range c.kids[ch] {
			if c.relPronoun(g) {
				return false
			}
		}
		return commaBefore && ch > i
	case Conj:
		return commaBefore && ch > i && !c.hasLabel(ch, Cc)
	}
	return false
}

// maxGovernors bounds Clause.Governors, so that a chain of complements costs linear time.
const maxGovernors = 8

// governorChain returns g followed by the governors above it, at most maxGovernors in all.
func governorChain(g Governor, above []Governor) []Governor {
	out := make([]Governor, 0, min(len(above)+1, maxGovernors))
	out = append(out, g)
	return append(out, above[:min(len(above), maxGovernors-1)]...)
}

// subjectsOf returns the direct subjects of token i.
func (c *clauseCtx) subjectsOf(i int) []Arg {
	var out []Arg
	for _, ch := range c.kids[i] {
		if l := c.t.Label[ch]; l == Nsubj || l == NsubjPass {
			out = c.expand(out, ch, Direct, "", 0)
		}
	}
	return out
}

func (c *clauseCtx) hasLabel(i int, l Label) bool {
	for _, ch := range c.kids[i] {
		if c.t.Label[ch] == l {
			return true
		}
	}
	return false
}

// ccWord returns the lower-cased coordinating conjunction of conjunct i, or "".
func (c *clauseCtx) ccWord(i int) string {
	for _, ch := range c.kids[i] {
		if c.t.Label[ch] == Cc {
			return c.word(ch)
		}
	}
	return ""
}

func relabel(args []Arg, via Via) []Arg {
	out := make([]Arg, len(args))
	for j, a := range args {
		out[j] = withVia(a, via)
	}
	return out
}

func withVia(a Arg, via Via) Arg {
	a.Via = via
	return a
}
