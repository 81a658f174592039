package entities

import (
	"cmp"
	"slices"
	"strings"
)

// Resolve canonicalizes the entities of one document's mentions (sorted by Start) in place and
// returns them:
//
//   - PERSON: the entity is the normalized name without titles ("Mr. Rouhani" → "Rouhani"); a one-word
//     name that is the surname or first name of a full name (two words or more) mentioned earlier in the
//     document resolves to that full name ("Rouhani" → "Hassan Rouhani"), and takes its Country when it
//     has none. With no earlier full name, a full name later in the document is used if it is the only
//     one that fits. Arabic article prefixes are ignored when matching ("Assad" → "Bashar al-Assad").
//     A name of two words or more that ends a longer full name mentioned before it resolves to it
//     ("Paz Estenssoro" → "Victor Paz Estenssoro"; see resolveSurnamePhrases).
//   - ORG: an acronym written in parentheses right after an organization name ("Islamic Revolutionary
//     Guard Corps (IRGC)") takes that organization's entity wherever it appears in the document.
//   - Everything else keeps its entity; empty entities become the normalized text.
func Resolve(ms []Mention) []Mention {
	type full struct {
		name, country string
		start         int
	}
	byPart := map[string][]int{} // lower-case name part → indexes into fulls
	var fulls []full
	for i := range ms {
		m := &ms[i]
		if m.Entity == "" {
			m.Entity = NormalizeName(m.Text)
		}
		if m.Type != PERSON {
			continue
		}
		if !isISO3(m.Entity) {
			m.Entity = stripTitles(NormalizeName(m.Entity))
		}
		ws := strings.Fields(m.Entity)
		if len(ws) < 2 {
			continue
		}
		fi := len(fulls)
		fulls = append(fulls, full{name: m.Entity, country: m.Country, start: m.Start})
		for _, p := range []string{ws[0], ws[surnameIndex(ws)]} {
			for _, k := range partKeys(p) {
				if idx := byPart[k]; len(idx) == 0 || fulls[idx[len(idx)-1]].name != m.Entity {
					byPart[k] = append(byPart[k], fi)
				}
			}
		}
	}
	resolveSurnamePhrases(ms, func(i int) (string, string, int) { f := fulls[i]; return f.name, f.country, f.start }, len(fulls))
	for i := range ms {
		m := &ms[i]
		if m.Type != PERSON || strings.Contains(m.Entity, " ") {
			continue
		}
		cands := byPart[partKeys(m.Entity)[0]]
		// The latest full name before the mention (fulls, and so cands, are in text order).
		k, _ := slices.BinarySearchFunc(cands, m.Start, func(fi, start int) int { return cmp.Compare(fulls[fi].start, start) })
		best := -1
		if k > 0 {
			best = cands[k-1]
		}
		if best < 0 && len(cands) > 0 && oneName(cands, func(fi int) string { return fulls[fi].name }) {
			best = cands[0]
		}
		if best >= 0 {
			m.Entity = fulls[best].name
			if m.Country == "" {
				m.Country = fulls[best].country
			}
		}
	}
	resolveAcronyms(ms)
	return ms
}

// resolveSurnamePhrases resolves a person mention of two or more words that ends a longer full name
// mentioned earlier in the document to that name: a surname of two words or with a particle
// ("Victor Paz Estenssoro ... Paz Estenssoro", "Maria de Souza ... de Souza" is one word less),
// and takes its Country when it has none. A phrase two different earlier names end with is left
// alone. full returns the name, country and start of the n full names in text order.
func resolveSurnamePhrases(ms []Mention, full func(int) (name, country string, start int), n int) {
	type hit struct {
		name, country string
		start         int
		ambiguous     bool
	}
	var bySuffix map[string]*hit
	for fi := 0; fi < n; fi++ {
		name, country, start := full(fi)
		ws := strings.Fields(name)
		if len(ws) < 3 {
			continue
		}
		if bySuffix == nil {
			bySuffix = map[string]*hit{}
		}
		for j := 1; j+2 <= len(ws); j++ {
			k := strings.ToLower(strings.Join(ws[j:], " "))
			if h := bySuffix[k]; h != nil {
				if h.name != name {
					h.ambiguous = true
				}
				continue
			}
			bySuffix[k] = &hit{name: name, country: country, start: start}
		}
	}
	if bySuffix == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != PERSON || !strings.Contains(m.Entity, " ") {
			continue
		}
		h := bySuffix[strings.ToLower(m.Entity)]
		if h == nil || h.ambiguous || h.start >= m.Start {
			continue
		}
		m.Entity = h.name
		if m.Country == "" {
			m.Country = h.country
		}
	}
}

// oneName reports whether the full names at idx are all the same name. It looks at most at two
// entries: byPart never holds the same name twice in a row.
func oneName(idx []int, name func(int) string) bool {
	for _, fi := range idx[1:] {
		if name(fi) != name(idx[0]) {
			return false
		}
	}
	return true
}

// partKeys returns the lookup keys of a name part: lower case, with and without an Arabic article
// prefix ("al-Assad" → "al-assad", "assad").
func partKeys(p string) []string {
	p = strings.ToLower(trimPossessive(p))
	for _, pre := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"} {
		if strings.HasPrefix(p, pre) && len(p) > len(pre) {
			return []string{p, p[len(pre):]}
		}
	}
	return []string{p}
}

// resolveAcronyms links "Name (ACR)" pairs of ORG mentions: the acronym mentions take the name's
// entity and country.
func resolveAcronyms(ms []Mention) {
	alias := map[string]Mention{}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Type != ORG || b.Type != ORG || !isAcronym(b.Text) || b.Start-a.End > 3 || b.Start-a.End < 2 {
			continue
		}
		if strings.Contains(a.Text, " ") && acronymFits(b.Text, a.Text) && !isISO3(b.Entity) {
			alias[b.Text] = a
		}
	}
	if len(alias) == 0 {
		return
	}
	for i := range ms {
		if ms[i].Type != ORG {
			continue
		}
		if a, ok := alias[ms[i].Text]; ok && ms[i].Entity == NormalizeName(ms[i].Text) {
			ms[i].Entity = a.Entity
			if ms[i].Country == "" {
				ms[i].Country = a.Country
			}
		}
	}
}

// isAcronym reports whether s is 2 to 8 upper-case letters (digits and hyphens allowed after the first).
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// acronymFits reports whether the letters of acr are the initials of name's capitalized words, in
// order (gaps allowed, "IRGC" fits "Islamic Revolutionary Guard Corps").
func acronymFits(acr, name string) bool {
	var initials []byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			initials = append(initials, w[0])
		}
	}
	j := 0
	for i := 0; i < len(acr) && j <= len(initials); i++ {
		c := acr[i]
		if c < 'A' || c > 'Z' {
			continue
		}
		for j < len(initials) && initials[j] != c {
			j++
		}
		if j == len(initials) {
			return false
		}
		j++
	}
	return true
}
