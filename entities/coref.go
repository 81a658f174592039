package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// Sources of the mentions added by Chain's coreference options.
const (
	SourcePronoun     = "pronoun"
	SourceDescription = "description"
)

// corefOptions says which references Chain.Recognize resolves to actors named in the document.
type corefOptions struct {
	pronouns, descriptions, shortRefs bool
	// safe are the references resolved even without pronouns and descriptions, each only where
	// its antecedent is not in doubt (see corefRule).
	safe corefRule
}

// on reports whether o resolves the references of rule r: all of a kind with Pronouns or
// Descriptions, the rules of safe otherwise.
func (o corefOptions) on(r corefRule) bool {
	return o.pronouns && r&pronounRules != 0 || o.descriptions && r&descriptionRules != 0 || o.safe&r != 0
}

// corefMentions returns the pronoun and description mentions of d that refer to an actor of named
// (the resolved name mentions of d, sorted by Start), sorted by Start. A reference with no antecedent
// yields no mention.
func corefMentions(d *text.Doc, g *Gazetteer, named []Mention, o corefOptions) []Mention {
	if len(d.Tokens) == 0 || len(named) == 0 || !o.pronouns && !o.descriptions && !o.shortRefs && o.safe == 0 {
		return nil
	}
	// One array, sized by a first count, holds both lists (appending would copy them as they grow).
	np, no := 0, 0
	for i := range named {
		switch m := &named[i]; m.Type {
		case PERSON:
			if !isISO3(m.Entity) {
				np++
			}
		case ORG:
			no++
		}
	}
	both := make([]Mention, 0, np+no)
	persons, orgs := both[:0:np], both[np:np:np+no]
	for _, m := range named {
		switch m.Type {
		case PERSON:
			if !isISO3(m.Entity) {
				persons = append(persons, m)
			}
		case ORG:
			orgs = append(orgs, m)
		}
	}
	// Every antecedent search goes through a finder, so that a long document with many references
	// and few antecedents of the kind sought costs O(n log n), not O(n²).
	pf, of, nf := newFinder(persons), newFinder(orgs), newFinder(named)
	institution, hasInstitution := firstInstitution(named)
	var author Mention
	hasAuthor, authorDone, authorPassed := false, false, false
	var out []Mention
	add := func(start, end int, typ string, ante Mention, src string) {
		m := Mention{Start: start, End: end, Text: d.Text[start:end], Type: typ, Entity: ante.Entity,
			Country: ante.Country, Source: src}
		if !overlapsAny(named, m) {
			out = append(out, m)
		}
	}
	for i := 0; i < len(d.Tokens); i++ {
		tk := d.Tokens[i]
		w := d.TokenText(i)
		if !o.pronouns && !o.descriptions && o.safe == 0 && (w == "" || w[0] < 'A' || w[0] > 'Z') {
			continue // short references are capitalized
		}
		switch w {
		case "he", "He", "him", "his", "His", "she", "She", "her", "Her":
			if !o.on(refHeShe) {
				break
			}
			if a, ok := pf.latest(tk.Start, "", anyMention); ok && (o.pronouns || onlyCandidate(d, pf, a, tk.Start, anyMention)) {
				add(tk.Start, tk.End, PERSON, a, SourcePronoun)
			}
			continue
		case "they", "They", "them":
			if !o.on(refThey) {
				break
			}
			// A group named in the same or the previous sentence: the organization named last,
			// or a people ("Syrians").
			group := func(m Mention) bool { return m.Type == ORG || m.Type == NORP && strings.HasSuffix(m.Text, "s") }
			if a, ok := nf.latest(tk.Start, "group", group); ok && recentSentence(d, a, tk.Start) &&
				(o.pronouns || onlyCandidate(d, nf, a, tk.Start, group)) {
				add(tk.Start, tk.End, ORG, a, SourcePronoun)
			}
			continue
		case "we", "We", "WE":
			if !o.on(refWe) {
				break
			}
			// The author or speaker's side: in statements and press releases the organization or
			// government that issues them (weAuthor).
			if !authorDone {
				author, authorPassed, hasAuthor = weAuthor(d, named)
				authorDone = true
			}
			if hasAuthor && (!authorPassed || author.Start < tk.Start) {
				add(tk.Start, tk.End, ORG, author, SourcePronoun)
			}
			continue
		case "I", "me":
			if !o.on(refI) {
				break
			}
			// The speaker: a person named after the pronoun in the same sentence ("“I am
			// convinced,” said Col. Caughlin"), else the latest person named before it.
			if a, ok := firstAfterInSentence(d, pf, i); ok {
				add(tk.Start, tk.End, PERSON, a, SourcePronoun)
			} else if a, ok := pf.latest(tk.Start, "", anyMention); ok && (o.pronouns || onlyCandidate(d, pf, a, tk.Start, anyMention)) {
				add(tk.Start, tk.End, PERSON, a, SourcePronoun)
			}
			continue
		}
		// "these terrorists", "this terrorist organisation": the armed group named before
		// (corefgroup.go)
		if o.on(refArmedGroup) && (w == "these" || w == "this" || w == "These" || w == "This") {
			if j, a, ok := demonstrativeGroup(d, orgs, i); ok {
				add(d.Tokens[i+1].Start, d.Tokens[j].End, ORG, a, SourceDescription)
				i = j
				continue
			}
		}
		// "the Foreign Secretary", "The Prime Minister", "the minister": the person last introduced
		// with that title. A name after the title makes it a title, not a description.
		if equalFoldASCII(w, "the") && i+1 < len(d.Tokens) {
			j := i + 1
			for j < len(d.Tokens) && j < i+4 && titleModifier(d.TokenText(j)) {
				j++
			}
			if o.on(refTitle) && j < len(d.Tokens) && isTitleWord(d.TokenText(j)) && !followedByName(d, j) {
				// the person an apposition names right after the title, whoever held it before
				// (corefappos.go): not in doubt, so in every mode
				a, ok, apposed := appositionPerson(d, persons, j)
				if nestedTitle(d, i) {
					ok, apposed = false, false // "the Special Envoy of the Secretary-General, X": X is the envoy
				}
				if ok {
					add(d.Tokens[i+1].Start, d.Tokens[j].End, PERSON, a, SourceDescription)
					i = j
					continue
				}
				if apposed {
					i = j // "the Foreign Minister, Kwame Mensah,": a person not recognized, not one named before
					continue
				}
			}
			if o.on(refTitle) && j < len(d.Tokens) && isTitleWord(d.TokenText(j)) && !followedByName(d, j) &&
				(o.descriptions || safeTitle(d, i, j) && !followedByOf(d, j)) {
				head := strings.ToLower(d.TokenText(j))
				mod := strings.ToLower(d.Text[d.Tokens[i+1].Start:d.Tokens[j].End])
				a, ok := titledBefore(d.Text, pf, d.Tokens[i].Start, mod, head)
				if !ok {
					a, ok = pf.onlyPersonBefore(d.Tokens[i].Start)
					if ok && conjoinedPerson(d.Text, d.Tokens[j].End, a) {
						ok = false
					}
				}
				if !ok && strings.IndexByte(mod, ' ') > 0 {
					// "The Foreign Secretary joined ..." in a headline, "The Foreign Secretary
					// Boris Johnson joined ..." after it: the one person introduced with that
					// title later (corefappos.go)
					a, ok = titledAfter(d.Text, pf, d.Tokens[j].End, mod)
					if ok && conjoinedPerson(d.Text, d.Tokens[j].End, a) {
						ok = false
					}
				}
				if !ok && o.on(refTitleGuess) && len(persons) > 0 && equalFoldASCII(w, "the") && w[0] == 'T' {
					// A capitalized "The Foreign Secretary" in a press release whose people are
					// not introduced with that title: the first person it names, as a rule the
					// one it is about; not a person joined to it ("The Prime Minister and
					// President Hollande" are two people): then the office of the government
					// that issues the release.
					a, ok = persons[0], o.descriptions || persons[0].End <= d.Tokens[i].Start && !otherTitle(d.Text, persons[0], head)
					if conjoinedPerson(d.Text, d.Tokens[j].End, a) {
						a, ok = institution, hasInstitution && strings.HasSuffix(institution.Entity, " Government")
					}
				}
				if ok && !o.descriptions && unnamedHolderBefore(d, i, head, mod, out, a.Entity) {
					ok = false // another holder of the title, not named, may be meant
				}
				if ok {
					add(d.Tokens[i+1].Start, d.Tokens[j].End, PERSON, a, SourceDescription)
					i = j
					continue
				}
			}
			// "the country", "the city", "the group": the country, city or organization named last
			// before it in the same or the previous sentence ("Iraq ... the country's second
			// city").
			if j := i + 1; j < len(d.Tokens) && (j+1 == len(d.Tokens) || !startsUpper(d.TokenText(j+1))) {
				var fit func(Mention) bool
				typ, key := GPE, ""
				switch strings.ToLower(d.TokenText(j)) {
				case "country", "nation":
					if o.on(refCountry) {
						fit, key = func(m Mention) bool { return m.Type == GPE && isISO3(m.Entity) }, "country"
					}
				case "city", "town":
					if o.descriptions {
						fit, key = func(m Mention) bool { return m.Type == GPE && !isISO3(m.Entity) && m.Country != "" }, "city"
					}
				case "group", "organisation", "organization", "militia":
					if o.on(refGroup) {
						fit, typ, key = func(m Mention) bool { return m.Type == ORG && !strings.HasSuffix(m.Entity, " Government") }, ORG, "org"
					}
				}
				if fit != nil {
					if a, ok := nf.latest(d.Tokens[j].Start, key, fit); ok && recentSentence(d, a, d.Tokens[j].Start) {
						add(d.Tokens[j].Start, d.Tokens[j].End, typ, a, SourceDescription)
						i = j
						continue
					}
				}
			}
			// "the regime", "the government": the government named last.
			if j := i + 1; j < len(d.Tokens) && o.on(refGovernment) {
				switch strings.ToLower(d.TokenText(j)) {
				case "regime", "government", "administration":
					if a, ok := of.latest(d.Tokens[j].Start, "government", func(m Mention) bool {
						return strings.HasSuffix(m.Entity, " Government")
					}); ok {
						add(d.Tokens[j].Start, d.Tokens[j].End, ORG, a, SourceDescription)
						i = j
						continue
					}
					// "the regime" with no government named: the government of the country named
					// last before it, other than the author's own ("Syrians besieged by the regime").
					if strings.EqualFold(d.TokenText(j), "regime") {
						author := institution
						if a, ok := nf.latest(d.Tokens[j].Start, "regime", func(m Mention) bool {
							return (m.Type == GPE || m.Type == NORP) && isISO3(m.Entity) && m.Entity != author.Country
						}); ok {
							a.Entity, a.Country = a.Entity+" Government", a.Entity
							add(d.Tokens[j].Start, d.Tokens[j].End, ORG, a, SourceDescription)
							i = j
							continue
						}
					}
				}
			}
		}
		// "the Secretary-General" with no name after it and no organization before it: the head of
		// the organization of that office named last before it (first after it), which is the UN's
		// when the document names none (UN speeches and UN-context news name it without "UN").
		if o.shortRefs && (w == "Secretary-General" || w == "Secretary") {
			if j, ok := secretaryGeneralEnd(d, i); ok {
				if a, ok := secretaryGeneralOrg(d, of, named, i, j); ok {
					add(tk.Start, d.Tokens[j].End, ORG, a, SourceDescription)
				}
				i = j
				continue
			}
		}
		// Capitalized short references to an organization named in the document ("the Agency" for
		// the IAEA, "Coalition forces" for the Global Coalition): GUIDELINES.md rule 10.
		if o.on(refLowerHead) && lowerRef(w) {
			// A lower-case head noun ("the coalition", "a coalition airstrike", "the alliance") for
			// an organization named in the document, with Descriptions only (GUIDELINES.md leaves
			// "the alliance" unannotated).
			w = upperFirst(w)
		} else if !o.shortRefs || !shortRef(w) {
			continue
		}
		if i+1 < len(d.Tokens) && startsUpper(d.TokenText(i+1)) && d.TokenText(i+1) != "." {
			continue // part of a longer name ("Coalition Provisional Authority")
		}
		if overlapsAny(named, Mention{Start: tk.Start, End: tk.End}) {
			continue // inside a name ("General Assembly")
		}
		fit := func(m Mention) bool { return orgHasWord(g, m, w) }
		a, ok := of.latest(tk.Start, "word "+w, fit)
		if !ok {
			a, ok = of.first(tk.End, "word "+w, fit)
		}
		if !ok && w == "Coalition" {
			a, ok = campaignCoalition(g, named)
		}
		if ok {
			add(tk.Start, tk.End, ORG, a, SourceDescription)
		}
	}
	return out
}

// isTitleWord reports whether w is a title that a description can end with ("Secretary",
// "minister", "President").
func isTitleWord(w string) bool {
	// The word is lowered into b (an ASCII word byte by byte, without strings.ToLower's allocation
	// when it has a capital), and the switch on string(b[:n]) compares b's bytes without a copy.
	var b [maxTitleWord]byte
	n := 0
	for ; n < len(w) && n < len(b); n++ {
		c := w[n]
		if c >= utf8.RuneSelf {
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n] = c
	}
	if n < len(w) { // longer than every title, or not ASCII: lowered as strings.ToLower lowers it
		l := strings.ToLower(w)
		if len(l) > len(b) {
			return false
		}
		n = copy(b[:], l)
	}
	switch string(b[:n]) {
	case "president", "minister", "secretary", "secretary-general", "premier", "chancellor", "king", "queen",
		"prince", "emir", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "commander",
		"general", "governor", "mayor", "senator", "chairman", "director", "director-general", "speaker":
		return true
	}
	return false
}

// maxTitleWord is at least the length of isTitleWord's longest word ("secretary-general").
const maxTitleWord = 17

// followedByName reports whether token j is followed by a capitalized word (a name: then the title is
// part of "the President Joe Biden" and the rules handle it).
func followedByName(d *text.Doc, j int) bool {
	return j+1 < len(d.Tokens) && startsUpper(d.TokenText(j+1)) && gapSep(d.Text[d.Tokens[j].End:d.Tokens[j+1].Start]) >= 0 &&
		!stopName(d, j+1)
}

func startsUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// shortRef reports whether w is a capitalized head noun used alone for an organization named in full.
func shortRef(w string) bool {
	switch w {
	case "Coalition", "Agency", "Council", "Alliance", "Commission", "Community", "Union", "Organization",
		"Organisation", "Assembly", "Fund", "Committee", "Court", "Tribunal", "Bank":
		return true
	}
	return false
}

// lowerRef reports whether w is a lower-case head noun that Descriptions resolves like a short
// reference.
func lowerRef(w string) bool {
	switch w {
	case "coalition", "alliance", "agency", "council", "commission":
		return true
	}
	return false
}

// orgHasWord reports whether the organization of m has w among the words of its name, its label or
// its entity.
func orgHasWord(g *Gazetteer, m Mention, w string) bool {
	if m.Text == w {
		return false
	}
	if hasWord(m.Text, w) || hasWord(m.Entity, w) {
		return true
	}
	if g != nil {
		if l, ok := g.Label(m.Entity); ok {
			return hasWord(l, w)
		}
	}
	return false
}

// hasWord reports whether w occurs in n between spaces or the ends of n.
func hasWord(n, w string) bool {
	for k := 0; k+len(w) <= len(n); {
		j := strings.Index(n[k:], w)
		if j < 0 {
			break
		}
		a, b := k+j, k+j+len(w)
		if (a == 0 || n[a-1] == ' ') && (b == len(n) || n[b] == ' ') {
			return true
		}
		k = b
	}
	return false
}

// finder finds antecedents among mentions sorted by Start that do not overlap (so their Ends are
// sorted too): the last one before a position, or the first one after it, that satisfies a predicate.
// A search looks at the nearest few mentions first; past them it uses an index built once per
// predicate (named by a key: one key, one predicate), so any number of searches over n mentions costs
// O(n) per predicate plus O(log n) per search.
type finder struct {
	ms         []Mention
	last, next map[string][]int32 // key → for each k, the last match before k / the first at or after k (-1: none)
	uniform    int                // ms[:uniform] all have the entity of ms[0]; -1 until computed
	titles     map[int]string     // Start of a mention → the lower-cased titleRun before it
}

// titleBefore returns the lower-cased run of title words before byte pos (titleRun), computed once
// per position.
func (f *finder) titleBefore(s string, pos int) string {
	t, ok := f.titles[pos]
	if !ok {
		if f.titles == nil {
			f.titles = map[int]string{}
		}
		t = strings.ToLower(titleRun(s, pos))
		f.titles[pos] = t
	}
	return t
}

func newFinder(ms []Mention) *finder { return &finder{ms: ms, uniform: -1} }

// nearScan is the number of mentions a search looks at before it turns to the index.
const nearScan = 16

func anyMention(Mention) bool { return true }

// latest returns the last mention that ends at or before pos and satisfies ok.
func (f *finder) latest(pos int, key string, ok func(Mention) bool) (Mention, bool) {
	ms := f.ms
	k := SearchStart(ms, pos)
	j := k - 1
	for n := 0; j >= 0 && n < nearScan; j, n = j-1, n+1 {
		if ms[j].End <= pos && ok(ms[j]) {
			return ms[j], true
		}
	}
	if j < 0 {
		return Mention{}, false
	}
	last := f.index(key, ok).last
	for j = int(last[j+1]); j >= 0; j = int(last[j]) {
		if ms[j].End <= pos {
			return ms[j], true
		}
	}
	return Mention{}, false
}

// first returns the first mention that starts at or after pos and satisfies ok.
func (f *finder) first(pos int, key string, ok func(Mention) bool) (Mention, bool) {
	ms := f.ms
	k := SearchStart(ms, pos)
	for n := 0; k < len(ms) && n < nearScan; k, n = k+1, n+1 {
		if ok(ms[k]) {
			return ms[k], true
		}
	}
	if k >= len(ms) {
		return Mention{}, false
	}
	if j := f.index(key, ok).next[k]; j >= 0 {
		return ms[j], true
	}
	return Mention{}, false
}

type finderIndex struct{ last, next []int32 }

// index returns the index of predicate ok, named key, building it on first use: last[k] is the
// largest j < k with ok(ms[j]) and next[k] the smallest j ≥ k, -1 when there is none.
func (f *finder) index(key string, ok func(Mention) bool) finderIndex {
	if l, found := f.last[key]; found {
		return finderIndex{l, f.next[key]}
	}
	n := len(f.ms)
	last, next := make([]int32, n+1), make([]int32, n+1)
	prev := int32(-1)
	for k := 0; k <= n; k++ {
		last[k] = prev
		if k < n && ok(f.ms[k]) {
			prev = int32(k)
		}
	}
	nx := int32(-1)
	for k := n; k >= 0; k-- {
		if k < n && ok(f.ms[k]) {
			nx = int32(k)
		}
		next[k] = nx
	}
	if f.last == nil {
		f.last, f.next = map[string][]int32{}, map[string][]int32{}
	}
	f.last[key], f.next[key] = last, next
	return finderIndex{last, next}
}

// onlyPersonBefore returns the person named before pos when all the persons named before it are one
// and the same: a title description ("the Foreign Secretary") with a single candidate.
func (f *finder) onlyPersonBefore(pos int) (Mention, bool) {
	ms := f.ms
	if f.uniform < 0 {
		f.uniform = 0
		for f.uniform < len(ms) && ms[f.uniform].Entity == ms[0].Entity {
			f.uniform++
		}
	}
	// The persons that end at or before pos are a prefix, since their Ends are sorted.
	c := searchEnd(ms, pos+1)
	if c == 0 || c > f.uniform {
		return Mention{}, false
	}
	return ms[c-1], true
}

// firstAfterInSentence returns the first person named after token i in its sentence.
func firstAfterInSentence(d *text.Doc, persons *finder, i int) (Mention, bool) {
	end := len(d.Text)
	k, found := sentenceAt(d, d.Tokens[i].Start)
	if found && k < len(d.Sentences) {
		end = d.Sentences[k].End
	}
	a, ok := persons.first(d.Tokens[i].End, "", anyMention)
	return a, ok && a.Start < end
}

// titledBefore returns the last person named before pos whose preceding words hold the title: the
// modifier and head ("foreign secretary") when there is one, else the head alone.
func titledBefore(s string, persons *finder, pos int, mod, head string) (Mention, bool) {
	for _, want := range []string{mod, head} {
		if a, ok := persons.latest(pos, "title "+want, func(m Mention) bool {
			return strings.Contains(persons.titleBefore(s, m.Start), want)
		}); ok {
			return a, true
		}
	}
	return Mention{}, false
}

// titleRun returns the run of capitalized words (and the function words inside titles) that ends
// right before byte pos: "Foreign Secretary" in "said Foreign Secretary Boris Johnson", "U.S.
// Secretary of State" in "U.S. Secretary of State John Kerry".
func titleRun(s string, pos int) string {
	from := max(0, pos-64)
	ws := strings.Fields(s[from:pos])
	k := len(ws)
	for k > 0 {
		w := ws[k-1]
		if !startsUpper(w) && w != "of" && w != "for" && w != "the" {
			break
		}
		k--
	}
	return strings.Join(ws[k:], " ")
}

// upperFirst returns w with its first byte upper-cased when it is an ASCII lower-case letter.
func upperFirst(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-('a'-'A')) + w[1:]
}

// firstInstitution returns the first organization named in the document, or the government of the
// first country named there ("the United States condemns…" → "USA Government"): the antecedent of a
// first-person plural pronoun in a statement. named must be sorted by Start.
func firstInstitution(named []Mention) (Mention, bool) {
	for _, m := range named {
		switch {
		case m.Type == ORG && m.Entity != "":
			return m, true
		case (m.Type == GPE || m.Type == NORP) && isISO3(m.Entity):
			m.Entity, m.Country = m.Entity+" Government", m.Entity
			return m, true
		}
	}
	return Mention{}, false
}

// recentSentence reports whether mention a lies in the sentence of byte pos or the one before it.
func recentSentence(d *text.Doc, a Mention, pos int) bool {
	k, ok := sentenceAt(d, pos)
	if !ok {
		return false
	}
	ka, ok := sentenceAt(d, a.Start)
	return ok && k-ka <= 1
}

// secretaryGeneralEnd reports whether the tokens from i spell the title "Secretary-General" (one
// token, or "Secretary General" / "Secretary - General" with a capital G) and returns its last token.
func secretaryGeneralEnd(d *text.Doc, i int) (int, bool) {
	if d.TokenText(i) == "Secretary-General" {
		return i, true
	}
	if d.TokenText(i) != "Secretary" {
		return 0, false
	}
	j := i + 1
	if j < len(d.Tokens) && d.TokenText(j) == "-" && d.Tokens[j].Start == d.Tokens[i].End {
		j++
	}
	if j < len(d.Tokens) && d.TokenText(j) == "General" && d.Tokens[j].Start-d.Tokens[j-1].End <= 1 {
		return j, true
	}
	return 0, false
}

// sgOrgs maps the organizations headed by a Secretary(-)General to the one the title stands for (the
// organs and missions of the UN, led by the Secretary-General's representatives, to the UN).
var sgOrgs = map[string]string{
	"UN": "UN", "UNGA": "UN", "UNSC": "UN", "UNSG": "UN", "UNHRC": "UN", "ECOSOC": "UN", "UNCTAD": "UNCTAD",
	"NATO": "NATO", "OAS": "OAS", "ARABLEAGUE": "ARABLEAGUE", "OIC": "OIC", "ASEAN": "ASEAN",
	"COMMONWEALTH": "COMMONWEALTH", "OECD": "OECD", "OPEC": "OPEC", "CARICOM": "CARICOM", "COE": "COE",
	"OSCE": "OSCE", "GCC": "GCC", "SCO": "SCO", "CSTO": "CSTO", "INTERPOL": "INTERPOL", "PIF": "PIF",
	"SAARC": "SAARC", "UNAMA": "UN", "UNAMI": "UN", "UNIFIL": "UN", "MONUSCO": "UN", "MINUSMA": "UN", "UNMISS": "UN",
}

// secretaryGeneralOrg returns the organization whose Secretary-General tokens i..j name: none when a
// person's name follows ("Secretary-General Antonio Guterres": the rules' person), when a name ends
// just before the title ("NATO Secretary-General", "Deputy Secretary-General") or "of" follows it
// (the organization is named); else the organization with such an office named last in the same
// sentence or the one before; else the UN when the document names it or one of its organs or
// missions (a speech at the UN that names NATO earlier still means the UN's); else the organization
// with such an office named last before it, or first after it; else the UN.
func secretaryGeneralOrg(d *text.Doc, of *finder, named []Mention, i, j int) (Mention, bool) {
	if followedByName(d, j) {
		return Mention{}, false
	}
	if j+1 < len(d.Tokens) && d.TokenText(j+1) == "of" {
		return Mention{}, false
	}
	if i > 0 {
		if p := d.TokenText(i - 1); startsUpper(p) && p != "The" || strings.EqualFold(p, "deputy") || strings.EqualFold(p, "assistant") {
			return Mention{}, false
		}
	}
	fit := func(m Mention) bool { return sgOrgs[m.Entity] != "" }
	tk := d.Tokens[i]
	a, ok := of.latest(tk.Start, "secretary-general", fit)
	if ok && recentSentence(d, a, tk.Start) {
		return Mention{Entity: sgOrgs[a.Entity]}, true
	}
	if _, un := of.latest(len(d.Text), "secretary-general UN", func(m Mention) bool { return sgOrgs[m.Entity] == "UN" }); un {
		return Mention{Entity: "UN"}, true
	}
	if !ok {
		a, ok = of.first(d.Tokens[j].End, "secretary-general", fit)
	}
	if ok {
		return Mention{Entity: sgOrgs[a.Entity]}, true
	}
	return Mention{Entity: "UN"}, true
}
