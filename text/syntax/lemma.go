package syntax

import (
	"cmp"
	"slices"
	"strings"
)

// lemmas maps an inflected form and its tag class to a lemma: forms seen in training are looked
// up; others get the most frequent edit rule (cut a suffix, append a string) of the longest
// ending seen at least minRuleCount times with that tag class.
type lemmas struct {
	known map[string]string // class byte + lower-case form → lemma
	rules map[string]rule   // class byte + ending → rule
}

type rule struct {
	cut int
	add string
}

const (
	maxEnding    = 4
	minRuleCount = 3
)

// tagClass is the lemma class of a Penn Treebank tag: V for verbs and modals, N for common
// nouns, J for adjectives, R for adverbs, and 0 for the rest (whose lemma is the lower-cased form).
func tagClass(tag string) byte {
	switch {
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return 'V'
	case tag == "NN" || tag == "NNS":
		return 'N'
	case strings.HasPrefix(tag, "JJ"):
		return 'J'
	case strings.HasPrefix(tag, "RB"):
		return 'R'
	}
	return 0
}

// Lemma returns the lemma of a word with Penn Treebank tag tag: lower case ("attacked" →
// "attack", "was" → "be", "talks" → "talk"); proper nouns keep their case.
func (m *Model) Lemma(word, tag string) string {
	if tag == "NNP" || tag == "NNPS" {
		return word
	}
	w := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	c := tagClass(tag)
	if c == 0 || m.lem == nil {
		return w
	}
	return m.lem.lemma(w, c)
}

func (l *lemmas) lemma(w string, c byte) string {
	if v, ok := l.known[string(c)+w]; ok {
		return v
	}
	for k := min(maxEnding, len(w)-1); k >= 0; k-- {
		r, ok := l.rules[string(c)+w[len(w)-k:]]
		if ok && r.cut < len(w) {
			return w[:len(w)-r.cut] + r.add
		}
	}
	return w
}

// trainLemmas learns the lemma table from the examples' gold lemmas and geopol's tags.
func trainLemmas(exs []Example) *lemmas {
	type formKey struct {
		key, lemma string
	}
	formCount := map[formKey]int{}
	ruleCount := map[string]map[rule]int{}
	for _, ex := range exs {
		for i, tk := range ex.Tokens {
			if i >= len(ex.Lemma) || ex.Lemma[i] == "" {
				continue
			}
			c := tagClass(tk.Tag)
			if c == 0 {
				continue
			}
			w := strings.ToLower(strings.ReplaceAll(ex.Text[tk.Start:tk.End], "’", "'"))
			lem := strings.ToLower(ex.Lemma[i])
			formCount[formKey{string(c) + w, lem}]++
			p := 0
			for p < len(w) && p < len(lem) && w[p] == lem[p] {
				p++
			}
			r := rule{cut: len(w) - p, add: lem[p:]}
			if r.cut > 3 || len(r.add) > 2 {
				continue // an irregular form: no rule to generalize
			}
			for k := 0; k <= maxEnding && k < len(w); k++ {
				e := string(c) + w[len(w)-k:]
				if ruleCount[e] == nil {
					ruleCount[e] = map[rule]int{}
				}
				ruleCount[e][r]++
			}
		}
	}
	l := &lemmas{known: map[string]string{}, rules: map[string]rule{}}
	bestForm := map[string]int{}
	fks := make([]formKey, 0, len(formCount))
	for fk := range formCount {
		fks = append(fks, fk)
	}
	slices.SortFunc(fks, func(a, b formKey) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.lemma, b.lemma)) })
	for _, fk := range fks {
		if n := formCount[fk]; n > bestForm[fk.key] {
			bestForm[fk.key] = n
			l.known[fk.key] = fk.lemma
		}
	}
	for e, rs := range ruleCount {
		total, best, bestN := 0, rule{}, -1
		for r, n := range rs {
			total += n
			if n > bestN || n == bestN && (r.cut < best.cut || r.cut == best.cut && r.add < best.add) {
				best, bestN = r, n
			}
		}
		if total >= minRuleCount {
			l.rules[e] = best
		}
	}
	return l
}
