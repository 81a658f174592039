package actors

import (
	"slices"
	"strings"
	"unicode"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/text"
)

// Name repair: a recognizer's span that cuts a known person's name ("Ursula" and "Leyen" for
// "Ursula von der Leyen", "Bihari Vajpayee" for "Atal Bihari Vajpayee") or takes in words of a title
// ("Strategic Affairs Mohammad Javad Zarif") is set to the name.

// maxRepair bounds the tokens a span may grow or lose on either side.
const maxRepair = 3

// repairNames replaces each mention of the statistical model that is part of a person's name the
// built-in dictionaries know (of two words or more), or holds that name after other capitalized
// words, with a PERSON mention of the name: the longest such name among the spans that grow the
// mention by up to three tokens on either side over capitalized words and name particles ("von",
// "der", "al"), or drop up to three of its first words. Mentions of the model inside the new span
// are absorbed; a mention of another source, or one that would be cut, stops the span. ms is
// sorted and without overlaps, and stays so.
func (g *Grounder) repairNames(d *text.Doc, ms []entities.Mention) []entities.Mention {
	if g.builtin == nil || len(d.Tokens) == 0 {
		return ms
	}
	v := &docView{d: d, ms: ms, g: g}
	changed := false
	var kbuf [64]byte
	cur := 0 // token cursor: mentions are visited in order of Start
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.Source != ner.Source || m.Type != entities.PERSON && m.Type != entities.ORG && m.Type != entities.GPE {
			continue
		}
		// Only a word of a known name, or a particle, next to the span, or a first word of a known
		// name inside an organization's span after its first word, can change it: look at the text
		// first.
		pw, nw := prevWord(d.Text, m.Start), nextWord(d.Text, m.End)
		if !(isUpperWord(pw) && g.builtin.nameFirst[string(appendKey(kbuf[:0], pw))]) &&
			!nameParticle(nw) && !(isUpperWord(nw) && g.builtin.nameRest[string(appendKey(kbuf[:0], nw))]) &&
			!((m.Type != entities.PERSON || v.strayFirstWord(m.Text)) && g.builtin.innerNameStart(m.Text, kbuf[:0])) {
			continue
		}
		var first, last int
		first, last, cur = v.tokensFrom(m.Start, m.End, cur)
		if first < 0 || last < 0 {
			continue
		}
		// Only a span with a name word or particle next to it, or of three words or more (title
		// words taken in), can change.
		grow := first > 0 && (v.nameToken(first-1) || nameParticle(d.TokenText(first-1))) ||
			last+1 < len(d.Tokens) && (v.nameToken(last+1) || nameParticle(d.TokenText(last+1)))
		// A person's span of three words or more may lose a first word that is no name's
		// ("Transportaton Elizabeth Dole": a misspelt title word taken in).
		drop := (m.Type != entities.PERSON || v.strayFirstWord(m.Text)) && last-first >= 2 && last-first <= 6
		if !grow && !drop {
			continue
		}
		if m.Type == entities.PERSON && first < last && g.builtin.knownPerson(Key(m.Text)) {
			continue // already a known name
		}
		bestA, bestB := -1, -1
		hi := first
		if drop {
			hi = min(last-1, first+maxRepair)
		}
		for a := max(0, first-maxRepair); a <= hi; a++ {
			if !v.nameRun(a, first) || a > first && !g.builtin.nameFirst[string(appendKey(kbuf[:0], d.TokenText(a)))] {
				continue
			}
			for b := min(len(d.Tokens)-1, last+maxRepair); b >= max(a+1, last); b-- {
				if b-a <= bestB-bestA || a == first && b == last || !v.nameRun(last+1, b+1) || !v.nameToken(b) {
					continue
				}
				if a > first && !v.nameToken(a) {
					continue
				}
				if !v.absorbable(k, a, b) {
					continue
				}
				if g.builtin.knownPerson(Key(d.Text[d.Tokens[a].Start:d.Tokens[b].End])) {
					bestA, bestB = a, b
				}
			}
		}
		if bestA < 0 || bestA == first && bestB == last {
			continue
		}
		start, end := d.Tokens[bestA].Start, d.Tokens[bestB].End
		nm := m
		nm.Start, nm.End, nm.Text, nm.Entity, nm.Type = start, end, d.Text[start:end], d.Text[start:end], entities.PERSON
		nm.Country, nm.Role = "", ""
		out := ms[:0:0]
		for i, o := range ms {
			if i != k && m.Type == entities.PERSON && o.Type == entities.PERSON && o.Entity == m.Entity {
				// A later surname the resolver linked to the old span ("Treasurer Paul Keating ...
				// Keating") follows the name.
				o.Entity = nm.Entity
			}
			switch {
			case i == k:
				out = append(out, nm)
			case o.Start >= start && o.End <= end:
				// absorbed
			default:
				out = append(out, o)
			}
		}
		slices.SortStableFunc(out, func(a, b entities.Mention) int { return a.Start - b.Start })
		ms = out
		v.ms = ms
		changed = true
		k, cur = -1, 0 // the indexes moved: start again (each repair makes a known name, which stays)
	}
	if changed {
		fillSentences(d, ms)
	}
	return ms
}

// innerNameStart reports whether a word of text after its first, up to the last but one, is the
// first word of a known name ("Strategic Affairs Mohammad Javad Zarif"); buf is scratch space.
func (b *Builtin) innerNameStart(text string, buf []byte) bool {
	ws := strings.Fields(text)
	for i := 1; i < len(ws)-1 && i <= maxRepair; i++ {
		if isUpperWord(ws[i]) && b.nameFirst[string(appendKey(buf[:0], ws[i]))] {
			return true
		}
	}
	return false
}

// prevWord returns the word that ends right before byte p, across one space ("" for none).
func prevWord(s string, p int) string {
	if p < 2 || s[p-1] != ' ' {
		return ""
	}
	i := p - 1
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return s[i : p-1]
}

// nextWord returns the word that starts right after byte p, across one space ("" for none).
func nextWord(s string, p int) string {
	if p+1 >= len(s) || s[p] != ' ' {
		return ""
	}
	i := p + 1
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return s[p+1 : i]
}

// nameRun reports whether the tokens from i up to (not including) j are all name tokens, or j <= i.
func (v *docView) nameRun(i, j int) bool {
	for ; i < j; i++ {
		if !v.nameToken(i) && !nameParticle(v.d.TokenText(i)) {
			return false
		}
	}
	return true
}

// nameToken reports whether token i is a capitalized word.
func (v *docView) nameToken(i int) bool { return isUpperWord(v.d.TokenText(i)) }

// nameParticle reports whether w is a lower-case particle of names ("von der Leyen", "al-Assad").
func nameParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "del", "da", "dos", "du", "la", "le", "al", "el", "bin", "ben", "ibn":
		return true
	}
	return false
}

// absorbable reports whether the tokens a..b may become one mention in place of mention k: every
// other mention they touch is of the statistical model and lies wholly inside.
func (v *docView) absorbable(k, a, b int) bool {
	start, end := v.d.Tokens[a].Start, v.d.Tokens[b].End
	ok := func(o entities.Mention) bool {
		return o.Source == ner.Source && o.Start >= start && o.End <= end
	}
	for i := k - 1; i >= 0 && v.ms[i].End > start; i-- {
		if !ok(v.ms[i]) {
			return false
		}
	}
	for i := k + 1; i < len(v.ms) && v.ms[i].Start < end; i++ {
		if !ok(v.ms[i]) {
			return false
		}
	}
	// The mention's own words outside the span are dropped (a title taken in), not cut from a name.
	return true
}

// joinWrappedNames joins a PERSON mention of the model that ends a line and a one-word PERSON
// mention of the model that starts the next one, with nothing but white space between them: a name
// broken across the lines of a hard-wrapped wire story, which the model cut at the line break
// ("Assistant Defense Secretary Richard\nPerle resigned"). The joined mention's span and entity leave
// out the capitalized title words that start it. ms is sorted and without overlaps, and
// stays so.
func (g *Grounder) joinWrappedNames(d *text.Doc, ms []entities.Mention) []entities.Mention {
	changed := false
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.Type != entities.PERSON || b.Type != entities.PERSON || a.Source != ner.Source || b.Source != ner.Source ||
			strings.ContainsAny(b.Text, " \n") {
			continue
		}
		gap := d.Text[a.End:b.Start]
		if strings.Count(gap, "\n") != 1 || strings.TrimSpace(gap) != "" || !isUpperWord(b.Text) {
			continue
		}
		ws := strings.Fields(a.Text)
		if !isUpperWord(ws[len(ws)-1]) {
			continue
		}
		prev, i := "", 0
		for i < len(ws)-1 {
			w := strings.ToLower(ws[i])
			if !isUpperWord(ws[i]) || !g.titleWord(prev, w) {
				break
			}
			prev = w
			i++
		}
		nm := a
		// The span starts at the name, after the title words the model took in (the entity leaves
		// them out too): "Secretary David\nMulford" is "David\nMulford".
		start := a.Start
		for j, rest := 0, a.Text; j < i; j++ {
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			rest = rest[len(ws[j]):]
			start = a.End - len(rest)
		}
		start += len(d.Text[start:a.End]) - len(strings.TrimLeftFunc(d.Text[start:a.End], unicode.IsSpace))
		nm.Start, nm.End, nm.Text = start, b.End, d.Text[start:b.End]
		nm.Entity = strings.Join(append(ws[i:], b.Text), " ")
		nm.Country, nm.Role = "", ""
		ms[k] = nm
		ms = slices.Delete(ms, k+1, k+2)
		changed = true
	}
	if changed {
		fillSentences(d, ms)
	}
	return ms
}

// strayFirstWord reports whether the first word of a person's span of three words or more is no
// word of a known name (neither a first word nor a later word of one) and no particle: a word the
// recognizer took in before the name.
func (v *docView) strayFirstWord(text string) bool {
	f := strings.Fields(text)
	if len(f) < 3 || !isUpperWord(f[0]) || nameParticle(f[0]) {
		return false
	}
	var buf [64]byte
	k := appendKey(buf[:0], f[0])
	return !v.g.builtin.nameFirst[string(k)] && !v.g.builtin.nameRest[string(k)] // no string allocated
}

// cutTitleTails ends a person mention of the model before an inner "and" that only title words
// follow ("Yeutter and Agriculture" of "Yeutter and Agriculture Secretary Lyng", the recognizer
// running over a line break): the name is the part before it. ms stays sorted and without overlaps.
func (g *Grounder) cutTitleTails(d *text.Doc, ms []entities.Mention) []entities.Mention {
	for k := range ms {
		m := &ms[k]
		if m.Source != ner.Source || m.Type != entities.PERSON && m.Type != entities.ORG {
			continue
		}
		f := strings.Fields(m.Text)
		if len(f) < 3 {
			continue
		}
		if m.Type == entities.ORG && (len(f) < 3 || f[1] != "and" || laterSurnameOf(ms[:k], f[0]) == "") {
			// An organization's span is cut only when a surname of a person named before opens
			// it ("Yeutter and Commerce"), not "Ministry of Trade and Industry".
			continue
		}
		cut := -1
		for i := 1; i < len(f)-1; i++ {
			if f[i] == "and" {
				cut = i
				break
			}
		}
		if cut < 0 {
			continue
		}
		tail := true
		for _, w := range f[cut+1:] {
			lw := strings.ToLower(w)
			if !isUpperWord(w) || headRole(lw, "") == "" && domainRole(lw) == "" && !modifierWord(lw) {
				tail = false
				break
			}
		}
		if !tail {
			continue
		}
		// The end of the last name word before "and", as written (line breaks kept).
		end := m.Start
		rest := m.Text
		for i := 0; i < cut; i++ {
			j := strings.Index(rest, f[i])
			end += j + len(f[i])
			rest = m.Text[end-m.Start:]
		}
		m.End = end
		m.Text = d.Text[m.Start:end]
		m.Entity = strings.Join(f[:cut], " ")
		m.Type = entities.PERSON
		if cut == 1 {
			// A surname alone: the full name mentioned last before it ("Clayton Yeutter ... Yeutter").
			if full := laterSurnameOf(ms[:k], m.Entity); full != "" {
				m.Entity = full
			}
		}
	}
	return ms
}

// laterSurnameOf returns the entity of the last person mention of ms whose name of two words or more
// ends with surname, "" when none does.
func laterSurnameOf(ms []entities.Mention, surname string) string {
	for j := len(ms) - 1; j >= 0; j-- {
		o := ms[j]
		if o.Type != entities.PERSON {
			continue
		}
		if of := strings.Fields(o.Entity); len(of) >= 2 && strings.EqualFold(of[len(of)-1], surname) {
			return o.Entity
		}
	}
	return ""
}
