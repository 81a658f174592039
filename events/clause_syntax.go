package events

import (
	"github.com/geopol/geopol/text/syntax"
)

// predArg is one argument of a predicate found by the dependency parser: an actor group and the
// preposition that introduces it ("" for a direct object), and whether it modifies an object
// ("sanctions on Cuba", "an attack by X") rather than the verb.
type predArg struct {
	group int
	prep  string
	mod   bool
}

// predsFromSyntax builds the predicates of the sentence from the clauses of the dependency parser
// (package text/syntax): subjects, objects, obliques and passive agents mapped onto the actor
// groups of the view, complements and reported clauses onto the relations of the clause
// analysis. an must be the analysis of the view's sentence.
func (v *sentenceView) predsFromSyntax(an syntax.Analysis) []pred {
	first := v.s.First
	tok := func(i int) int { return i - first }
	ps := make([]pred, 0, len(an.Clauses))
	idx := make([]int, len(an.Clauses)) // clause → pred index, -1 for none
	for ci, c := range an.Clauses {
		idx[ci] = -1
		h := tok(c.Pred)
		if h < 0 || h >= v.n() || v.actorAt[h] >= 0 {
			continue
		}
		p := pred{head: h, end: h + 1, gov: -1, subj: -1, agent: -1, ctrl: -1, obj: -1, start: -1, first: h}
		if c.Copula {
			// "was pessimistic": the lexicon's patterns start at the copula
			for _, t := range c.Tokens {
				if t := tok(t); t >= 0 && t < h && v.lemmas[t] == "be" {
					p.head, p.end = t, t+1
				}
			}
		}
		for _, t := range c.Tokens {
			if t := tok(t); t >= 0 && t < p.first {
				p.first = t
			}
		}
		// the chain as the POS route sees it: intention and aspect verbs before "to"
		save := p.head
		v.chainOf(&p)
		p.head = save
		p.passive = c.Voice == syntax.Passive
		if len(c.Subjects) > 0 {
			p.subj = v.argGroup(c.Subjects[0], true)
			p.pronSubj = c.Subjects[0].Via == syntax.Antecedent
		}
		if len(c.Agents) > 0 {
			p.agent = v.argGroup(c.Agents[0], false)
		}
		for _, a := range c.Objects {
			v.addArg(&p, a, "", false)
		}
		for _, a := range c.IndirectObjects {
			v.addArg(&p, a, "", false)
		}
		for _, a := range c.Obliques {
			if a.Prep == "by" && p.passive {
				continue
			}
			v.addArg(&p, a, a.Prep, false)
		}
		p.compEnd = p.end
		for _, a := range p.args {
			p.compEnd = max(p.compEnd, v.groups[a.group].end)
		}
		for _, as := range [][]syntax.Arg{c.Objects, c.IndirectObjects, c.Obliques} {
			for _, a := range as {
				if e := v.spanEnd(a.Phrase.End); e > p.compEnd {
					p.compEnd = e
				}
			}
		}
		switch c.Relation {
		case syntax.Conj:
			p.rel = relConj
		case syntax.Advcl:
			if c.Mark == "to" {
				p.rel = relPurpose
			} else {
				p.rel = relAdjunct
			}
		case syntax.Acl, syntax.AclRelcl:
			if p.passive {
				p.rel = relReduced
			}
		}
		idx[ci] = len(ps)
		ps = append(ps, p)
	}
	for ci, c := range an.Clauses {
		k := idx[ci]
		if k < 0 {
			continue
		}
		p := &ps[k]
		if c.Relation == syntax.Conj && c.Parent >= 0 && idx[c.Parent] >= 0 {
			p.gov = idx[c.Parent]
		}
		if len(c.Governors) > 0 {
			g := c.Governors[0]
			if gk := idx[g.Clause]; gk >= 0 {
				switch {
				case isSpeech(g.Lemma):
					p.rel, p.gov = relReported, gk
				case g.Relation == syntax.Xcomp || g.Relation == syntax.Ccomp && isControl(g.Lemma):
					p.rel, p.gov = relXcomp, gk
					gp := &ps[gk]
					if p.subj >= 0 && c.Subjects[0].Via == syntax.Control && p.subj != gp.subj {
						gp.obj = p.subj // "urged Iran to halt": the addressee
					} else if g.Relation == syntax.Ccomp && p.subj >= 0 {
						gp.obj = p.subj // "demanded that Kyiv withdraw"
					}
					p.ctrl = p.subj
				}
			}
		}
		if c.Reported && p.rel != relXcomp && !isSpeech(v.lemmas[p.head]) {
			p.rel = relReported
			if p.gov < 0 && len(c.Speakers) > 0 {
				// the speaker as the governor's subject: find a speech predicate whose subject it is
				sp := v.argGroup(c.Speakers[0], true)
				for q := range ps {
					if isSpeech(v.lemmas[ps[q].head]) && ps[q].subj == sp {
						p.gov = q
						break
					}
				}
			}
		}
	}
	return ps
}

// argGroup returns the actor group of argument a, or -1: the group that holds its head, else one
// inside its core span ("the UN Secretary-General"), else, for a subject whose head is a role
// noun, the group of its modifier ("a spokesman for the Chinese foreign ministry").
func (v *sentenceView) argGroup(a syntax.Arg, subject bool) int {
	h := a.Head - v.s.First
	if h >= 0 && h < v.n() && v.actorAt[h] >= 0 {
		return v.actorAt[h]
	}
	lo, hi := v.spanStart(a.Span.Start), v.spanEnd(a.Span.End)
	for i := hi - 1; i >= lo && i >= 0; i-- {
		if i < v.n() && v.actorAt[i] >= 0 {
			return v.actorAt[i]
		}
	}
	if subject && h >= 0 && h < v.n() && roleOf(v.lemmas[h]) != "" {
		for _, m := range a.Mods {
			if g := v.argGroup(m, false); g >= 0 {
				return g
			}
		}
	}
	return -1
}

// addArg adds the actor groups of argument a (and of the modifiers of an object: "sanctions on
// Cuba") to the arguments of p.
func (v *sentenceView) addArg(p *pred, a syntax.Arg, prep string, mod bool) {
	if g := v.argGroup(a, false); g >= 0 {
		p.args = append(p.args, predArg{group: g, prep: prep, mod: mod})
		return
	}
	for _, m := range a.Mods {
		v.addArg(p, m, m.Prep, true)
	}
}

// spanStart returns the sentence-relative index of the token that starts at or after byte b.
func (v *sentenceView) spanStart(b int) int {
	for i := range v.n() {
		if v.d.Tokens[v.s.First+i].End > b {
			return i
		}
	}
	return v.n()
}

// spanEnd returns the sentence-relative index after the last token that ends at or before byte b.
func (v *sentenceView) spanEnd(b int) int {
	for i := v.n() - 1; i >= 0; i-- {
		if v.d.Tokens[v.s.First+i].Start < b {
			return i + 1
		}
	}
	return 0
}
