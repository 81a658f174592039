package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// evidence is what the text says of a person: a country and a role from a title or an apposition.
type evidence struct {
	country, role string
	// igo is set for a title of an international organization with no organization named in it
	// ("Secretary-General António Guterres"): the organization is the one the text names nearby.
	igo bool
	// abroad is set for a title whose holder deals with other countries or serves abroad (a foreign
	// minister, an ambassador, an envoy, a general): the countries named around such a person are
	// seldom the person's own.
	abroad bool
	// corp is set for a title that names no role but is a company's office ("Chairman Robert
	// Mercer", "continues as chairman and chief executive officer"): BUS in a story about a company.
	corp bool
	// bare is set when the only title before the name is "President" (or "Board President") and
	// nothing else gives the role: a company's office in a story about a company.
	bare bool
	// left is set when a relative clause says the person left an office to join or open a firm
	// ("X, who left the government to join a law firm"): BUS, of the country of the office left.
	left bool
	// of is set when the country is only the one named right after the name ("Ambassador X of
	// Nigeria"): a nationality as often as an office's country.
	of bool
}

// maxWindow bounds the tokens read on either side of a name.
const maxWindow = 14

// docView gives the evidence scans their lookups over one document.
type docView struct {
	d  *text.Doc
	ms []entities.Mention // sorted by Start, no overlaps
	g  *Grounder
	// named holds the countries the document names, computed on first use.
	named map[string]bool
	// speaker is the country the document speaks for (Grounder.GroundFor), "" when unknown.
	speaker string
	// storyEnds holds, once companyStory has computed them, the offsets (+1) in the text where
	// the first '<', the first "Exchange" and the first "Board" end, 0 for none (see storyMarks).
	storyEnds *[3]int
	// firstCompany is 1 + the index of the first mention that names a company (companyBefore), or
	// len(ms)+1 for none; 0 until computed.
	firstCompany int
}

// namedCountries returns the countries of the document's country and demonym mentions.
func (v *docView) namedCountries() map[string]bool {
	if v.named == nil {
		v.named = map[string]bool{}
		for _, m := range v.ms {
			if (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity) {
				v.named[m.Entity] = true
			}
		}
	}
	return v.named
}

// tokenAt returns the index of the token starting at byte p, or -1.
func (v *docView) tokenAt(p int) int {
	k, ok := slices.BinarySearchFunc(v.d.Tokens, p, func(t text.Token, p int) int { return cmp.Compare(t.Start, p) })
	if !ok {
		return -1
	}
	return k
}

// tokenEndingAt returns the index of the token ending at byte p, or -1.
func (v *docView) tokenEndingAt(p int) int {
	k, _ := slices.BinarySearchFunc(v.d.Tokens, p, func(t text.Token, p int) int { return cmp.Compare(t.End, p) })
	if k < len(v.d.Tokens) && v.d.Tokens[k].End == p {
		return k
	}
	return -1
}

// tokensFrom returns the first and last tokens of the span start..end (-1 when the span does not
// start or end on a token boundary), searching from token from on, and the token to search the
// next span from: mentions visited in order of Start search ever shorter ranges.
func (v *docView) tokensFrom(start, end, from int) (first, last, next int) {
	ts := v.d.Tokens
	// Gallop from from (the next mention is seldom far), then search the bracket found.
	lo, step := min(from, len(ts)), 1
	hi := lo
	for hi < len(ts) && ts[hi].Start < start {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, len(ts))
	k, _ := slices.BinarySearchFunc(ts[lo:hi], start, func(t text.Token, p int) int { return cmp.Compare(t.Start, p) })
	i := lo + k
	if i >= len(ts) || ts[i].Start != start {
		return -1, -1, i
	}
	j := i
	for j < len(ts) && ts[j].End < end {
		j++
	}
	if j >= len(ts) || ts[j].End != end {
		return i, -1, i
	}
	return i, j, i
}

// mentionAt returns the index of the mention that covers token i, or -1.
func (v *docView) mentionAt(i int) int {
	t := v.d.Tokens[i]
	k := entities.SearchStart(v.ms, t.Start+1)
	if k > 0 && v.ms[k-1].Start <= t.Start && t.Start < v.ms[k-1].End {
		return k - 1
	}
	return -1
}

// candidate is a country that a mention inside a title phrase gives.
type candidate struct {
	country string
	igo     bool   // an international organization ("the UN envoy")
	after   bool   // after "to", "in", "at", "with", "from": a destination or a place, not the employer
	from    bool   // after "from": a home or a constituency ("a congressman from Ohio")
	company bool   // a company ("American Motors president Joseph Cappy")
	body    string // the role of a national body of package entities ("USA FBI" COP)
	state   bool   // a country or its demonym ("the Malaysian delegation")
}

// mentionCountry returns the country a mention gives to the title phrase it stands in: a country or
// demonym is its own country, an organization or a city its Country, an international organization
// its id.
func (v *docView) mentionCountry(m entities.Mention) (candidate, bool) {
	if m.Source == SourceDictionary && m.Country != "" && m.Entity == m.Country {
		return candidate{country: m.Country, state: true}, true // a user dictionary's country or group code ("GON")
	}
	switch m.Type {
	case entities.PERSON:
		return candidate{}, false
	case entities.GPE, entities.NORP:
		if v.g.isCountry(m.Entity) {
			return candidate{country: m.Entity, state: true}, true
		}
		if m.Country != "" {
			return candidate{country: m.Country}, true
		}
	case entities.ORG:
		if m.Country != "" {
			c := candidate{country: m.Country, company: v.company(m)}
			if len(m.Entity) > 4 && m.Entity[3] == ' ' && m.Entity[:3] == m.Country {
				c.body = bodyRole(m.Entity[4:]) // a national body of package entities: "USA FBI"
			}
			if c.body == "" {
				c.body = v.orgBody(m) // "White House", "House Ways and Means Committee" (officebodies.go)
			}
			if !c.company && c.body == "" {
				c.company = v.knownCompany(m)
			}
			return c, true
		}
		if id := v.g.igoDelegation(m); id != "" {
			return candidate{country: id, igo: true, body: "GOV"}, true // "Head of the EC Delegation" (officebodies.go)
		}
		if code := v.g.cameoOf(m.Entity); strings.HasPrefix(code, "IGO") || v.g.curatedIGO(m.Entity) {
			// An international organization of the Phoenix dictionaries, or one of data/orgs.csv
			// they do not code ("a spokesman for the World Trade Organization").
			return candidate{country: m.Entity, igo: true}, true
		}
		if v.g.isCountry(m.Entity) { // a seat of government: "the Kremlin"
			return candidate{country: m.Entity}, true
		}
		if c := v.g.curatedCountry(m); c != "" {
			// A national organization of data/orgs.csv, grounded only after people: "leader of the
			// main opposition Republican People's Party" is Turkish.
			cand := candidate{country: c, company: v.company(m)}
			cand.company = cand.company || v.knownCompany(m)
			if bc, br, ok := v.g.curatedBody(m.Text); ok && bc == c && br == "GOV" && !cand.company {
				// A government agency ("Securities and Exchange Commission" USA GOV): a generic
				// head right after it ("Chairman X") is an official.
				cand.body = br
			}
			return cand, true
		}
	case entities.LOC:
		if m.Country != "" {
			return candidate{country: m.Country}, true
		}
	}
	return candidate{}, false
}

// company reports whether an organization mention names a company: its name ends with a company
// suffix ("American Motors Corp", "Volkswagen AG"), or the document writes it so elsewhere
// ("American Motors Corp said ... American Motors president Joseph Cappy").
func (v *docView) company(m entities.Mention) bool {
	if companySuffix(m.Text) || marketName(m.Text) {
		return true
	}
	name := strings.Join(strings.Fields(m.Text), " ") + " "
	for _, o := range v.ms {
		if o.Type == entities.ORG && len(o.Text) > len(m.Text) && companySuffix(o.Text) &&
			strings.HasPrefix(strings.Join(strings.Fields(o.Text), " "), name) {
			return true
		}
	}
	return false
}

// companySuffix reports whether a name of two or more words ends with the legal form of a company.
func companySuffix(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && legalForm(f[len(f)-1])
}

// marketName reports whether a name of two or more words is that of an exchange, a market whose
// officers are business people as a company's are: "New York Stock Exchange", "Chicago Mercantile
// Exchange", and a city's "Board of Trade" ("Chicago Board of Trade"; not "the Board of Trade" alone,
// the British government department).
func marketName(name string) bool {
	f := strings.Fields(name)
	n := len(f)
	switch {
	case n >= 2 && f[n-1] == "Exchange":
		return f[n-2] != "Foreign" // "Foreign Exchange" is a trade, not a market's name
	case n >= 4 && f[n-3] == "Board" && f[n-2] == "of" && f[n-1] == "Trade":
		return f[0] != "the" && f[0] != "The"
	}
	return false
}

// legalForm reports whether the word w, as names write it, is the legal form of a company ("Corp",
// "Inc.", "GmbH", "PLC"): entities.LegalForm, whose list the event coder shares.
func legalForm(w string) bool { return entities.LegalForm(w) }

// titleHead returns the last word of a title before its first preposition: "president" in
// "executive vice president of Utah International".
func titleHead(words []string) string {
	for i, w := range words {
		switch w {
		case "of", "for", "at", "with", "in", "from", "to", "on":
			if i > 0 {
				return words[i-1]
			}
			return ""
		}
	}
	return words[len(words)-1]
}

// companyRank reports whether a title is one of the ranks of a company's officers that would read
// as a state's office: an executive, senior or group vice president ("was named executive vice
// president").
func companyRank(words []string) bool {
	for i := 1; i < len(words); i++ {
		w := strings.TrimSuffix(words[i], "s")
		if w == "vice-president" && (words[i-1] == "executive" || words[i-1] == "senior" || words[i-1] == "group") ||
			w == "president" && words[i-1] == "vice" && i > 1 && (words[i-2] == "executive" || words[i-2] == "senior" || words[i-2] == "group") {
			return true
		}
	}
	return false
}

// corporateTitle reports whether a title phrase names a company's office and no role: it ends with
// "chairman" (or chairwoman, chairperson) or holds "chief executive" or "executive officer"
// ("Chairman", "vice chairman", "chairman and chief executive officer"), or is a rank of a
// company's officers (companyRank).
func corporateTitle(words []string) bool {
	if companyRank(words) {
		return true
	}
	for i, w := range words {
		switch w {
		case "chairman", "chairwoman", "chairperson", "vice-chairman":
			if i == len(words)-1 || words[i+1] == "and" || words[i+1] == "of" && unreadBody(words[i+2:]) {
				return true
			}
		case "executive":
			if i > 0 && words[i-1] == "chief" || i+1 < len(words) && words[i+1] == "officer" {
				return true
			}
		}
	}
	return false
}

// bodyBefore reports whether the capitalized words and lower-case title words right before token
// first (at most six, in the sentence) name a body other than a company, whose office a title such
// as "chairman" then is: "Committee chairman X", "Senate Banking Committee chairman X", "Labour
// Party chairman X", "National Assembly chairman X" (the title phrase read before a name may stop
// short of the body's name).
func (v *docView) bodyBefore(first, sentStart int) bool {
	d := v.d
	for i, n := first-1, 0; i >= 0 && n < 6 && d.Tokens[i].Start >= sentStart; i, n = i-1, n+1 {
		w, lower := lowerWord(d, i)
		if lower && isLowerWord(d.TokenText(i)) && !corporateOffice(w) {
			return false
		}
		if !lower && !isUpperWord(d.TokenText(i)) && !isUpperAll(d.TokenText(i)) {
			return false // punctuation, a number
		}
		switch w {
		case "committee", "subcommittee", "party", "council", "caucus", "politburo", "presidium":
			return true
		}
		if r := domainRole(w); r != "" && r != "BUS" {
			return true
		}
	}
	return false
}

// corporateOffice reports whether a lower-case word may stand in a company's title ("vice
// chairman", "chief executive officer").
func corporateOffice(w string) bool {
	switch w {
	case "chairman", "chairwoman", "chairperson", "vice-chairman", "vice", "deputy", "chief", "executive",
		"officer", "operating", "financial", "president", "senior", "managing", "director", "and":
		return true
	}
	return false
}

// isUpperAll reports whether w is written in capitals (an acronym: "SEC", "NASA").
func isUpperAll(w string) bool { return w != "" && upperOnly(w) }

// corporateHead reports whether a title head is also a company's office ("president", "chairman").
func corporateHead(w string) bool {
	switch w {
	case "president", "vice-president", "chairman", "chairwoman", "chair", "treasurer", "secretary",
		"director", "governor", "official":
		return true
	}
	return false
}

// regionOf reports whether m is a region with no country ("Middle East", "Africa"), whose words
// may end a title ("Minister for the Middle East").
func regionOf(m entities.Mention) bool {
	return m.Type == entities.LOC && m.Country == ""
}

// phrase is the words of a title or apposition and the countries named in it.
type phrase struct {
	words []string
	cands []candidate
}

func (p *phrase) reverse() {
	slices.Reverse(p.words)
	slices.Reverse(p.cands)
}

// add appends a word and notes whether a preposition of place or destination was seen.
func (p *phrase) add(w string) { p.words = append(p.words, w) }

// allowedWord reports whether a lower-case word may stand in a title phrase.
func (g *Grounder) allowedWord(prev, w string) bool {
	switch w {
	case "the", "a", "an", "'s", "’s", "'", "’", "of", "for", "to", "and", "in", "at", "on", "from",
		"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "h.e.", "excellency", "hon", "hon.":
		return true
	}
	return g.titleWord(prev, w) || g.agentWord(prev, w) != ""
}

// titleWord reports whether w (lower case) is a word of an office or rank that a recognizer's span
// may take in before a name: a head of an office, a domain ("defense", "foreign") or a modifier
// ("deputy", "acting", "former"), not an article or a preposition.
func (g *Grounder) titleWord(prev, w string) bool {
	if headRole(w, prev) != "" || domainRole(w) != "" || modifierWord(w) || formerWord(w) {
		return true
	}
	_, ok := genericHead(w)
	return ok
}

// lowerWord returns the lower-case form of token i and whether it was written in lower case; a
// hyphen that ends a word broken across lines is dropped ("Secretary- General").
func lowerWord(d *text.Doc, i int) (string, bool) {
	w := d.TokenText(i)
	if len(w) > 1 && w[len(w)-1] == '-' {
		w = w[:len(w)-1]
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w), false
		}
	}
	return w, true
}

// before reads the title phrase that ends right before token first (the first token of a name):
// seg0 between an optional comma and the name, seg1 before that comma ("the head of the Iraqi army,
// General X": seg1 "the head of the Iraqi army", seg0 "General").
func (v *docView) before(self, first, sentStart int) (seg0, seg1 phrase) {
	d := v.d
	cur := &seg0
	unknown := 0
	for i, steps := first-1, 0; i >= 0 && steps < maxWindow; steps++ {
		t := d.Tokens[i]
		if t.Start < sentStart {
			break
		}
		if mi := v.mentionAt(i); mi >= 0 && mi != self && !v.ownDescription(mi, self) {
			m := v.ms[mi]
			c, ok := v.mentionCountry(m)
			if !ok && m.Type == entities.ORG && cur == &seg0 && len(cur.words) == 0 {
				// "Federal Bureau of Investigation Director" taken for one name by the recognizer:
				// a national body the dictionaries know and the title words that end it.
				if bc, ws, found := v.g.bodyWithTitle(m.Text); found {
					cur.words = append(cur.words, ws...)
					cur.cands = append(cur.cands, bc)
					cur.words = append(cur.words, "\x00")
					k := v.tokenAt(m.Start)
					if k < 0 || k >= i+1 {
						break
					}
					i = k - 1
					continue
				}
			}
			if !ok && !regionOf(m) && !v.g.titleName(m) && !titleBodyName(m) && !v.honorificAfterBody(m, cur == &seg0, sentStart) {
				break
			}
			if ok {
				// "Wisconsin Governor" taken for one name by the recognizer: the title words that
				// end it stand after the place.
				ws := strings.Fields(strings.ToLower(m.Text))
				for j := len(ws) - 1; j > 0 && v.g.titleWord(ws[j-1], ws[j]) && headRole(ws[j], ws[j-1]) != ""; j-- {
					cur.words = append(cur.words, ws[j])
				}
				cur.cands = append(cur.cands, c)
				cur.words = append(cur.words, "\x00") // a placeholder: where the mention stands
			} else { // "Minister for the Middle East", "Acting Homeland Security": its words, backwards
				ws := strings.Fields(strings.ToLower(m.Text))
				ws = ws[v.g.gluedBodyPrefix(m.Text):] // "Reuters House Budget Committee" (unmarkedorg.go)
				slices.Reverse(ws)
				cur.words = append(cur.words, ws...)
			}
			k := v.tokenAt(m.Start)
			if k < 0 || k >= i+1 {
				break
			}
			i = k - 1
			continue
		}
		w, _ := lowerWord(d, i)
		if w == "," {
			if cur == &seg1 || !titlesOnly(seg0.words) {
				break
			}
			cur = &seg1
			i--
			continue
		}
		pw := ""
		if i > 0 {
			pw, _ = lowerWord(d, i-1)
		}
		if w == "session" && cur == &seg1 && i >= 3 {
			// "the President of the General Assembly at its seventy-fifth session, X": the session
			// of a body's office, read past.
			ow, _ := lowerWord(d, i-1)
			dw, _ := lowerWord(d, i-2)
			pw, _ := lowerWord(d, i-3)
			if ordinalWord(ow) && (dw == "its" || dw == "the" || dw == "this") && (pw == "at" || pw == "of" || pw == "during") {
				i -= 4
				continue
			}
		}
		if (w == "his" || w == "her") && i+1 < first && cur == &seg0 && v.bodyComma(i-1, sentStart) {
			// "the President of the General Assembly, His Excellency Mr. X": the honorific's
			// pronoun after the comma of an office whose body is named before it (not "the outgoing
			// President, His Excellency X", nor "... of Liberia and His Excellency X").
			if nw, _ := lowerWord(d, i+1); nw == "excellency" {
				cur.add(w)
				i--
				continue
			}
		}
		if !v.g.allowedWord(pw, w) && d.TokenText(i) != "HE" { // "HE Dr Ibrahim al-Jaafari": His Excellency
			// An adjective between a country and a title ("Iran's outspoken foreign minister"): the
			// sentence is tagged only when a title word has been read.
			if !isLowerWord(d.TokenText(i)) || unknown >= 3 || !hasOffice(cur.words) || !modifierTag(d.Tag(i)) {
				break
			}
			unknown++
		}
		cur.add(w)
		i--
	}
	seg0.reverse()
	seg1.reverse()
	trimAdjective(&seg0)
	trimLeading(&seg0)
	trimLeading(&seg1)
	trimOwner(&seg0)
	markAfter(&seg0)
	markAfter(&seg1)
	return seg0, seg1
}

// bodyWithTitle splits the text of an organization mention that ends with title words ("Federal
// Bureau of Investigation Director", "CIA Director") into a national body of the curated
// organizations (data/orgs.csv) with one country and role, as a candidate, and its title words,
// lower case and last first as before reads them. found is false when the text does not end with
// title words or the rest is no such body.
func (g *Grounder) bodyWithTitle(text string) (c candidate, titleWords []string, found bool) {
	if g.builtin == nil {
		return candidate{}, nil, false
	}
	f := strings.Fields(text)
	j := len(f)
	for j > 1 {
		w := strings.ToLower(f[j-1])
		if _, ok := genericHead(w); !ok && headRole(w, strings.ToLower(f[j-2])) == "" {
			break
		}
		titleWords = append(titleWords, w)
		j--
	}
	if len(titleWords) == 0 || j == len(f) {
		return candidate{}, nil, false
	}
	country, role, ok := g.curatedBody(strings.Join(f[:j], " "))
	if !ok {
		return candidate{}, nil, false
	}
	return candidate{country: country, body: role}, titleWords, true
}

// curatedBody returns the one country and role the curated organizations (data/orgs.csv) give the
// name of a national body ("Federal Bureau of Investigation" USA COP, "Securities and Exchange
// Commission" USA GOV); ok is false when they list none, or several.
func (g *Grounder) curatedBody(name string) (country, role string, ok bool) {
	if g.builtin == nil {
		return "", "", false
	}
	for _, i := range g.builtin.Dict.Lookup(Key(name)) {
		if int(i) >= g.builtin.curated {
			continue
		}
		for _, r := range g.builtin.Dict.Actor(int(i)).Ranges {
			if r.Country == "" || !g.isCountry(r.Country) || country != "" && (r.Country != country || r.Role != role) {
				return "", "", false
			}
			country, role = r.Country, r.Role
		}
	}
	return country, role, country != ""
}

// titleName reports whether a mention of no known country is made of title words only, a part of
// the title that a recognizer took for a name: "Acting Homeland Security" before "Secretary Chad
// Wolf", "Republican" before "Senator".
func (g *Grounder) titleName(m entities.Mention) bool {
	if m.Country != "" || m.Type != entities.ORG && m.Type != entities.NORP {
		return false
	}
	ws := strings.Fields(strings.ToLower(m.Text))
	if n := len(ws); n >= 2 && (ws[n-1] == "committee" || ws[n-1] == "subcommittee") {
		// A committee of a house of the legislature: "Senate Armed Services Committee", also with a
		// word the recognizer took in before it ("told Reuters Senate Budget Committee Chairman X").
		for j := 0; j < n-1 && j <= 1; j++ {
			if domainRole(ws[j]) == "LEG" {
				return true
			}
		}
	}
	prev := ""
	for _, w := range ws {
		if !g.titleWord(prev, w) && !partyWord(w) {
			return false
		}
		prev = w
	}
	return true
}

// partyWord reports whether w names a party's member or a political leaning ("republican",
// "democratic", "labour"), which may stand in a title ("Republican Senator").
func partyWord(w string) bool {
	switch w {
	case "republican", "democratic", "democrat", "labour", "labor", "tory", "green", "liberal",
		"conservative", "socialist", "communist", "christian":
		return true
	}
	return false
}

// trimLeading drops the prepositions and conjunctions a backward read took in before the title
// ("the telephone of former adviser X" reads "of former adviser"): the title starts after them.
func trimLeading(p *phrase) {
	k := 0
	for k < len(p.words) {
		switch p.words[k] {
		case "of", "for", "to", "in", "at", "on", "from", "with", "and":
			k++
			continue
		}
		break
	}
	p.words = p.words[k:]
}

// trimAdjective drops from a title phrase read right before a name (no comma between) the
// adjectives and the preposition after them that the backward read took in: "grateful to
// President X", "loyal to Prime Minister X" are the sentence's words, not the title's.
func trimAdjective(p *phrase) {
	k := 0
	for j, w := range p.words {
		if w == "to" || w == "with" || w == "at" || w == "on" || w == "from" {
			if j > 0 {
				k = j
			}
			break
		}
		if w == "\x00" || headRole(w, "") != "" || modifierWord(w) || formerWord(w) {
			break
		}
		if _, ok := genericHead(w); ok {
			break
		}
	}
	p.words = p.words[k:]
}

// trimOwner drops the words up to the last "of" of a title phrase read before a name when the words
// after it end with the head of an office: "the government of Prime Minister Branko Mikulic", "the
// wife of President X", "the coalition of Chancellor X" — the office right before the name is the
// person's, what comes before "of" is something of his. "Minister of Foreign Affairs", "Secretary of
// State" and "Chief of Staff General" are unchanged, or keep their head.
func trimOwner(p *phrase) {
	n := len(p.words)
	i := -1
	for k := n - 1; k >= 0; k-- {
		if p.words[k] == "of" {
			i = k
			break
		}
	}
	if i < 0 || i >= n-1 {
		return
	}
	prev := ""
	if n >= 2 {
		prev = p.words[n-2]
	}
	if headRole(p.words[n-1], prev) == "" {
		return
	}
	dropped := 0
	for _, w := range p.words[:i+1] {
		if w == "\x00" {
			dropped++
		}
	}
	p.words = p.words[i+1:]
	p.cands = p.cands[dropped:]
}

// titlesOnly reports whether words (in reverse order, as before reads them) hold only title words,
// so that a comma before them may separate a description from the titled name.
func titlesOnly(words []string) bool {
	for _, w := range words {
		if w == "\x00" {
			return false
		}
	}
	return true
}

// markAfter flags the candidates that follow a preposition of destination or place ("ambassador to
// the UN", "envoy in Moscow").
func markAfter(p *phrase) {
	after, from := false, false
	k := 0
	prev := ""
	for _, w := range p.words {
		switch w {
		case "to", "in", "at", "with", "from", "on":
			after, from = true, w == "from"
			if w == "to" && serviceHead(prev) {
				after = false // "an aide to Polish leader X": the country served is the aide's
			}
		case "of", "for":
			after, from = false, false
		case "\x00":
			if k < len(p.cands) {
				p.cands[k].after, p.cands[k].from = after, from
			}
			k++
		}
		prev = w
	}
}

// serviceHead reports whether w names an office held in someone's service, whose holder belongs to
// the country or body served ("aide to", "adviser to", "assistant to"), unlike an envoy's
// destination ("ambassador to").
func serviceHead(w string) bool {
	switch w {
	case "aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants", "counsellor":
		return true
	}
	return false
}

// servedPerson reports whether a title phrase read so far ends with a service head, "to" and title
// words, so that the person's name it runs into is the one served ("X, a top aide to Surinam
// military leader Y"), not another person of a list.
func servedPerson(words []string) bool {
	for i := len(words) - 1; i > 0; i-- {
		if words[i] == "to" {
			return serviceHead(words[i-1]) && i < len(words)-1
		}
	}
	return false
}

// after reads an apposition that follows token last: ", Iran's foreign minister," or ", the head
// of the army". ok is false when there is none or when it runs into another person's name (a list:
// "Putin, Iran's foreign minister Zarif").
func (v *docView) after(last, sentEnd int) (phrase, bool) {
	d := v.d
	i := last + 1
	if i >= len(d.Tokens) || d.TokenText(i) != "," {
		return phrase{}, false
	}
	return v.titleFrom(i+1, sentEnd)
}

// titleFrom reads a title phrase that starts at token i (after an apposition's comma, or after "as"
// in "was sworn in as Egypt's president"); see after.
func (v *docView) titleFrom(i, sentEnd int) (phrase, bool) {
	d := v.d
	var p phrase
	unknown := 0
	prev := ""
	for ; i < len(d.Tokens) && len(p.words) < maxWindow; i++ {
		t := d.Tokens[i]
		if t.Start >= sentEnd {
			break
		}
		if mi := v.mentionAt(i); mi >= 0 {
			m := v.ms[mi]
			c, ok := v.mentionCountry(m)
			if !ok && m.Type == entities.PERSON {
				if n := len(p.words); n >= 2 && p.words[n-1] == "of" && !strings.Contains(strings.TrimSpace(m.Text), " ") && corporateTitle(p.words[:n-1]) {
					// "chairman of Nordvik", a company's one-word name the recognizer typed PERSON:
					// the title of an unread body.
					markAfter(&p)
					return p, true
				}
				if servedPerson(p.words) {
					markAfter(&p)
					return p, true
				}
				if n := len(p.words); n > 1 && p.words[n-1] == "and" {
					// "X continues as chairman and Warren continues as ...": the title ends before
					// the other person's clause.
					p.words = p.words[:n-1]
					markAfter(&p)
					return p, true
				}
				return p, false
			}
			if !ok && !regionOf(m) && m.Type != entities.ORG && m.Type != entities.NORP {
				break
			}
			if ok {
				p.cands = append(p.cands, c)
				p.words = append(p.words, "\x00")
			} else {
				// A region ("Minister for the Middle East"), an organization of no known country
				// whose words tell its kind ("the National Union of Mineworkers"), or a party or
				// group ("a Republican congressman").
				p.words = append(p.words, strings.Fields(strings.ToLower(m.Text))...)
			}
			k := v.tokenEndingAt(m.End)
			if k < i {
				break
			}
			i = k
			prev = ""
			continue
		}
		w, _ := lowerWord(d, i)
		switch w {
		case ",", ".", ";", ":", ")", "(", "\"", "“", "”", "—", "–", "-":
			markAfter(&p)
			return p, len(p.words) > 0
		}
		if sg, ok := strings.CutSuffix(w, "s"); ok && !v.g.allowedWord(prev, w) && pluralHead(sg, prev) {
			w = sg // "were named senior vice presidents", "ministers of Nigeria": one office each
		}
		if !v.g.allowedWord(prev, w) && titleDomain(w) == "" { // "head of the EC delegation" (officebodies.go)
			// An adjective inside the apposition ("X, the outspoken foreign minister"), not its first
			// word ("X, who"), or a noun that describes the body an office heads ("the leader of the
			// metalworkers' union", "chairman of the steel company"): the sentence is tagged only then.
			if !isLowerWord(d.TokenText(i)) || unknown >= 3 || len(p.words) == 0 && !v.headNext(i, sentEnd) {
				break
			}
			if tag := d.Tag(i); !modifierTag(tag) && !(nounTag(tag) && officeOf(p.words)) {
				break
			}
			unknown++
		}
		p.add(w)
		prev = w
	}
	markAfter(&p)
	return p, len(p.words) > 0
}

// headNext reports whether token i+1, before sentEnd, is the head of an office or a generic head, so
// that an adjective at i may open an apposition: "X, agricultural aide to the majority leader,",
// "X, economic adviser to the president,".
func (v *docView) headNext(i, sentEnd int) bool {
	d := v.d
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Start >= sentEnd || d.Tag(i) != "JJ" {
		return false
	}
	w, _ := lowerWord(d, i+1)
	if headRole(w, "") != "" {
		return true
	}
	_, ok := genericHead(w)
	return ok
}

// pluralHead reports whether w is the singular of the head of an office that a title written in
// the plural names after other title words: "president" in "senior vice presidents", "minister" in
// "were named ministers of Nigeria".
func pluralHead(w, prev string) bool {
	if headRole(w, prev) != "" {
		return true
	}
	_, ok := genericHead(w)
	return ok
}

// hasOffice reports whether words hold a word that names an office or the head of a title.
func hasOffice(words []string) bool {
	for i, w := range words {
		prev := ""
		if i+1 < len(words) {
			prev = words[i+1] // before reads words backwards
		}
		if headRole(w, prev) != "" {
			return true
		}
		if _, ok := genericHead(w); ok {
			return true
		}
	}
	return false
}

// nounTag reports whether a POS tag is a common noun's.
func nounTag(tag string) bool { return tag == "NN" || tag == "NNS" }

// officeOf reports whether words (in order) end in the body an office heads: an office word or a
// generic head, then "of" or "for" and no other preposition ("the leader of the", "chairman of").
func officeOf(words []string) bool {
	for i := len(words) - 1; i > 0; i-- {
		switch words[i] {
		case "of", "for":
			for j := i - 1; j >= 0 && i-j <= 4; j-- {
				pw := ""
				if j > 0 {
					pw = words[j-1]
				}
				if headRole(words[j], pw) != "" {
					return true
				}
				if _, ok := genericHead(words[j]); ok {
					return true
				}
			}
			return false
		case "to", "in", "at", "with", "from", "on":
			return false
		}
	}
	return false
}

// isLowerWord reports whether w starts with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// modifierTag reports whether a POS tag is one of the words that may sit inside a title phrase
// without naming the office: adjectives, adverbs, conjunctions, determiners, numbers.
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "RB", "CC", "DT", "CD", "VBN":
		return true
	}
	return false
}

// phraseEvidence works out the role and country of a phrase: the role from its words, the country
// from the first mention in it that is not after a preposition of place or destination.
func (g *Grounder) phraseEvidence(p phrase) evidence {
	var words []string
	stateDel := stateDelegation(p)
	for _, w := range p.words {
		if w == "\x00" || !stateDel && (w == "delegation" || w == "delegations") {
			continue // the delegation of a company, party or team names no government's office (officebodies.go)
		}
		words = append(words, w)
	}
	ev := evidence{role: phraseRole(words, g.agentWord)}
	for _, c := range p.cands {
		if c.after {
			continue
		}
		ev.country = c.country
		if c.igo && ev.role != "" && ev.role != "ELI" {
			ev.role = "IGO"
		}
		if c.igo && ev.role == "" && c.body != "" && len(words) > 0 && igoHead(titleHead(words)) {
			ev.role = "IGO" // "head of the EC Delegation": the organization's official (officebodies.go)
		}
		if c.company && (ev.role == "GOV" || ev.role == "") && len(words) > 0 && (corporateHead(titleHead(words)) || civilStaffChief(words)) {
			// The head of a company, not of a state ("Utah International Chairman X", "executive
			// vice president of Utah International"); a company's chief of staff too ("Apple
			// chief of staff X": the company is read before civilStaffChief's GOV).
			ev.role = "BUS"
		}
		break
	}
	if n, nc := len(p.words), len(p.cands); ev.role == "" && nc > 0 && p.cands[nc-1].body != "" && !p.cands[nc-1].after && n >= 2 && (p.words[n-2] == "\x00" || headAfterBody(p.words)) {
		// A generic head right after a national body: its head or officer ("FBI Director X",
		// "Army chief X"). An agency of police or intelligence is headed by a senior official
		// (GOV in the guidelines), not by one of its officers.
		if _, ok := genericHead(p.words[n-1]); ok {
			ev.role = p.cands[nc-1].body
			if ev.role == "COP" || ev.role == "SPY" {
				ev.role = "GOV"
			}
			if ev.country == "" {
				ev.country = p.cands[nc-1].country
			}
		}
	}
	if ev.role == "GOV" && companyRank(words) {
		ev.role = "" // "executive vice president": a company's office, BUS in a story about a company
	}
	if ev.country == "" && ev.role != "" {
		// "a Republican congressman from Ohio", "a diplomat from Mexico": the constituency's or
		// the home country.
		for _, c := range p.cands {
			if c.from && !c.igo {
				ev.country = c.country
				break
			}
		}
	}
	if ev.role == "" && len(words) > 0 && titleHead(words) == "representative" {
		// "U.S. deputy trade representative X", "Iran's representative, X", "X, representative
		// of Maldives": a state's representative is its official (a union's or a company's names
		// its body: LAB, BUS).
		if c := g.stateRepresentative(p); c != "" {
			ev.country, ev.role = c, "GOV"
		}
	}
	ev.corp = ev.role == "" && corporateTitle(words)
	ev.igo = ev.country == "" && ev.role != "" && ev.role != "ELI" && igoTitle(words)
	ev.abroad = ev.role != "" && abroadTitle(words)
	if ev.country == "" && ev.role == "GOV" && usCabinetTitle(words) {
		ev.country = "USA"
	}
	return ev
}

// papalTitle reports whether a title is the Pope's with nothing that names another church ("Pope",
// "the Pope", "His Holiness Pope"; not "Coptic Pope", "the Orthodox patriarch").
func papalTitle(words []string) bool {
	pope := false
	for _, w := range words {
		switch w {
		case "pope":
			pope = true
		case "the", "his", "holiness":
		default:
			return false
		}
	}
	return pope
}

// papalName reports whether a name starts with a regnal name of the popes since 1878 (Leo, Pius,
// Benedict, John, Paul, John Paul, Francis), as "Pope X" names a pope ("Pope Francis", "Pope
// Benedict XVI"), not a company's founder ("Pope, Evans and Robbins Inc").
func papalName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "Leo", "Pius", "Benedict", "John", "Paul", "Francis":
		return true
	}
	return false
}

// churchBefore reports whether token i (before a title) names another church or people than the
// Pope's: a mention ("Coptic" as the recognizer marks it) or an adjective of an Eastern church
// ("Coptic Pope Tawadros II", "the Orthodox Pope").
func (v *docView) churchBefore(i, sentStart int) bool {
	if i < 0 || v.d.Tokens[i].Start < sentStart {
		return false
	}
	if v.mentionAt(i) >= 0 {
		return true
	}
	switch w, _ := lowerWord(v.d, i); w {
	case "coptic", "orthodox", "greek", "armenian", "ethiopian", "eritrean", "syriac", "melkite", "alexandrian":
		return true
	}
	return false
}

// usCabinetTitle reports whether a title is one of the United States' executive departments in
// their American form: "Secretary of State" (not the British "Secretary of State for ..."),
// "Secretary of Defense", "Secretary of Homeland Security", "Treasury Secretary", "Defense
// Secretary".
func usCabinetTitle(words []string) bool {
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "secretary" && next == "of" && i+2 < len(words):
			switch words[i+2] {
			case "state":
				return i+3 == len(words) || words[i+3] != "for"
			case "defense", "homeland":
				return true
			case "the":
				return i+3 < len(words) && words[i+3] == "treasury"
			}
		case (w == "defense" || w == "treasury") && next == "secretary":
			return true
		case w == "security" && i > 0 && words[i-1] == "homeland" && next == "secretary":
			return true
		}
	}
	return false
}

// abroadTitle reports whether a title is one of external relations or of the armed forces.
func abroadTitle(words []string) bool {
	for i, w := range words {
		switch w {
		case "foreign", "ambassador", "envoy", "diplomat", "consul", "emissary", "negotiator", "attaché",
			"colonel", "commander", "admiral", "lieutenant", "major", "brigadier", "marshal",
			"gen", "col", "lt", "maj", "brig", "adm", "army", "military", "forces", "troops":
			return true
		case "general":
			if i == 0 || headRole(w, words[i-1]) == "MIL" { // not "secretary general", "attorney general"
				return true
			}
		case "state":
			if i > 1 && words[i-1] == "of" && words[i-2] == "secretary" {
				return true // the US Secretary of State
			}
		case "east", "africa", "asia", "europe", "americas", "affairs":
			if i > 0 && (words[i-1] == "middle" || words[i-1] == "the" || words[i-1] == "for" || words[i-1] == "international") {
				return true // "Minister for the Middle East", "for Africa"
			}
		}
	}
	return false
}

// igoTitle reports whether a title names an office of an international organization: a
// secretary-general, director-general or high commissioner.
func igoTitle(words []string) bool {
	for i, w := range words {
		switch strings.TrimSuffix(w, "’s") {
		case "secretary-general", "secretary-general's", "under-secretary-general", "director-general", "directors-general":
			return true
		case "general":
			if i > 0 && (strings.TrimSuffix(words[i-1], "-") == "secretary" || words[i-1] == "director") {
				return true
			}
		case "commissioner":
			if i > 0 && words[i-1] == "high" {
				return true
			}
		}
	}
	return false
}

// personEvidence returns what the title before the person mention ms[k] and an apposition after it
// say of the person. A country alone counts only when it stands right before the name ("Iran's
// Zarif", "Iranian Javad Zarif").
func (v *docView) personEvidence(k int) (evidence, bool) {
	m := v.ms[k]
	first := v.tokenAt(m.Start)
	last := v.tokenEndingAt(m.End)
	if first < 0 || last < 0 {
		return evidence{}, false
	}
	sentStart, sentEnd := 0, len(v.d.Text)
	if m.Sentence >= 0 && m.Sentence < len(v.d.Sentences) {
		s := v.d.Sentences[m.Sentence]
		if s.Start <= m.Start && m.End <= s.End {
			sentStart, sentEnd = s.Start, s.End
		}
	}
	titleStart := v.wrappedSentenceStart(m.Sentence, sentStart)
	// Lower-case title words a model span took in ("president Mohammad Khatami") are read as part
	// of the title.
	// So are capitalized ones ("Secretary Chad Wolf", "Opposition leader X"): a word that may stand in
	// a title phrase, before at least one word of the name.
	for first < last {
		w, lower := lowerWord(v.d, first)
		pw := ""
		if first > 0 {
			pw, _ = lowerWord(v.d, first-1)
		}
		if !lower && !v.g.titleWord(pw, w) || lower && !isLowerWord(v.d.TokenText(first)) {
			break
		}
		first++
	}
	var ev evidence
	seg0, seg1 := v.before(k, first, titleStart)
	e0 := v.g.phraseEvidence(seg0)
	if e0.role == "" && e0.country != "" && !adjacentCountry(seg0) {
		e0.country = ""
	}
	if e0.country == "" && e0.role == "REL" && papalTitle(seg0.words) && len(seg1.words) == 0 && papalName(m.Text) && !v.churchBefore(first-len(seg0.words)-1, sentStart) {
		// "Pope Francis": the sovereign of the Holy See, a head of state (GOV, as monarchs are).
		e0.country, e0.role = "VAT", "GOV"
	}
	if e0.role == "GOV" && e0.country == "" && len(seg0.cands) == 0 && len(seg1.words) == 0 && civilStaffChief(seg0.words) &&
		v.unmarkedNameBefore(first-len(seg0.words)-1, titleStart) {
		e0.role = "" // "Siemens chief of staff X": an unmarked organization's office (unmarkedorg.go)
	}
	ev = e0
	ev.corp = e0.corp && !v.bodyBefore(first, titleStart)
	ev.bare = e0.role == "GOV" && e0.country == "" && len(seg1.words) == 0 && bareCompanyTitle(seg0.words)
	if e1 := v.g.phraseEvidence(seg1); e1.role != "" {
		if ev.role == "" || officeRole(e1.role) && !officeRole(ev.role) || rules(e1.role, ev.role) || currentOverFormer(e0, e1, seg0) {
			ev.role = e1.role // "the President of Ecuador, the economist Rafael Correa"
		}
		if ev.country == "" {
			ev.country = e1.country
		}
		ev.igo = ev.igo || e1.igo
		ev.abroad = ev.abroad || e1.abroad
	}
	if p, ok := v.after(last, sentEnd); ok {
		ea := v.g.phraseEvidence(p)
		ev.corp = ev.corp || ea.corp && ev.role == "" // "X, chairman of Northgate,": a company's office
		if ea.role != "" {
			if ev.role == "" || officeRole(ea.role) && !officeRole(ev.role) || rules(ea.role, ev.role) {
				ev.role = ea.role
			}
			if ev.country == "" {
				ev.country = ea.country
			}
			ev.igo = ev.igo || ea.igo
			ev.abroad = ev.abroad || ea.abroad
		}
	}
	if p, ok := v.asTitle(last, sentEnd); ok {
		// "X was sworn in as Egypt's president", "X resigned as economy minister": the office
		// on the day, before a former one or a profession.
		ea := v.g.phraseEvidence(p)
		ev.corp = ev.corp || ea.corp
		if ea.role != "" && ea.role != "ELI" {
			if ev.role == "" || ev.role == "ELI" || officeRole(ea.role) && !officeRole(ev.role) {
				ev.role = ea.role
			}
			if ev.country == "" {
				ev.country = ea.country
			}
			ev.abroad = ev.abroad || ea.abroad
		}
	}
	if p, ok := v.electionTitle(last, sentEnd); ok {
		// "Ambassador Yang on your election as President of the General Assembly": the office of
		// an international body the speaker congratulates the person on is the one of the day,
		// whatever the title (a state's president-elect is not yet in office, and is left alone).
		if ea := v.g.phraseEvidence(p); ea.role != "" && ea.role != "ELI" &&
			(ea.igo || strings.HasPrefix(v.g.cameoOf(ea.country), "IGO")) {
			ev.role = ea.role
			if ea.country != "" {
				ev.country = ea.country
			}
			ev.igo = ev.igo || ea.igo
		}
	}
	if r, left := v.relativeRole(last, sentEnd); r != "" {
		ev.role = r // "the former president who now leads the opposition party": the current office
		ev.left = ev.left || left
	}
	if ev.country == "" && nationalRole(ev.role) && !ev.igo {
		// "President Van der Bellen of Austria", "Prime Minister X of Jamaica": a titled person
		// and the country named right after the name.
		ev.country = v.ofCountry(last, sentEnd)
		ev.of = ev.country != ""
	}
	if (ev.role == "" || ev.country == "") && partyState(v.d.Text[m.End:]) {
		// "Rep. Hal Daub (R-Nebr.)", "Senator X (D-Ohio)": a member of the US Congress by party
		// and state.
		if ev.role == "" {
			ev.role = "LEG"
		}
		if ev.country == "" {
			ev.country = "USA"
		}
	}
	if ev.role == "" {
		// "U.S. House Ways and Means Committee Chairman X" cut by the recognizer (officebodies.go).
		if c, ok := v.brokenCommittee(first, titleStart); ok {
			ev.role = "LEG"
			if ev.country == "" {
				ev.country = c
			}
		}
	}
	if v.speaker != "" && !ev.igo && (ev.role == "" || nationalRole(ev.role)) && v.firstPersonOffice(first, last, titleStart, sentEnd) {
		// "our President, X", "my Prime Minister X", "the President of my country, X": the
		// office of the country the document speaks for (speaker.go).
		ev.country = v.speaker
		if ev.role == "" {
			ev.role = "GOV"
		}
		ev.abroad = false
	}
	ev.igo = ev.igo && ev.country == ""
	ev.bare = ev.bare && ev.role == "GOV"
	return ev, ev.role != "" || ev.country != "" || ev.corp
}

// ofCountry returns the country a GPE mention names right after "of" after token last ("Van der
// Bellen of Austria"), "" when none does.
func (v *docView) ofCountry(last, sentEnd int) string {
	d := v.d
	i := last + 1
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Start >= sentEnd || d.TokenText(i) != "of" {
		return ""
	}
	if mi := v.mentionAt(i + 1); mi >= 0 {
		if m := v.ms[mi]; m.Type == entities.GPE && v.g.isCountry(m.Entity) && m.Start == d.Tokens[i+1].Start {
			return m.Entity
		}
	}
	return ""
}

// partyState reports whether s, the text right after a name, opens with the party and state of a
// member of the US Congress in parentheses, as wire stories write them: "(R-Nebr.)", "(D-Wash.)",
// "(D-N.Y.)", "(R-Calif)", "(I-Vt.)", "(D-South Carolina)". A letter, a hyphen, a capitalized state
// (letters, dots, one space) and the closing parenthesis; nothing more is read.
func partyState(s string) bool {
	if len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	if len(s) < 6 || s[0] != '(' || s[2] != '-' || s[3] < 'A' || s[3] > 'Z' {
		return false
	}
	switch s[1] {
	case 'R', 'D', 'I':
	default:
		return false
	}
	for k := 4; k < len(s) && k < 24; k++ {
		switch c := s[k]; {
		case c == ')':
			return true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '.', c == ' ' && s[k-1] != ' ':
		default:
			return false
		}
	}
	return false
}

// asTitle reads the title of an office a person holds, takes up or leaves on the day, after the
// name: "is Iran's foreign minister", "remains the army chief", "serves as", "was sworn in as",
// "was inaugurated as", "took office as", "was appointed", "was named", "became", "resigned as",
// "stepped down as" (a past "served as" is no evidence of the day). ok is false when no such verb
// follows the name.
func (v *docView) asTitle(last, sentEnd int) (phrase, bool) {
	d := v.d
	i := v.pastCoordinated(last+1, sentEnd)
	if i+1 < len(d.Tokens) && d.Tokens[i+1].Start < sentEnd {
		switch w, _ := lowerWord(d, i); w {
		case "is", "remains":
			// "X is Iran's foreign minister", "X remains the army chief", "X is currently executive
			// vice president of Y": the office of the day.
			j := i + 1
			if nw, _ := lowerWord(d, j); (nw == "currently" || nw == "now") && j+1 < len(d.Tokens) && d.Tokens[j+1].Start < sentEnd {
				if w, _ := lowerWord(d, j+1); v.g.titleWord("", w) && w != "former" {
					return v.titleFrom(j+1, sentEnd)
				}
				j++
			}
			switch nw, _ := lowerWord(d, j); nw {
			case "a", "an", "the":
				return v.titleFrom(j, sentEnd)
			}
			if mi := v.mentionAt(j); mi >= 0 && v.ms[mi].Type != entities.PERSON {
				return v.titleFrom(j, sentEnd)
			}
		case "serves", "serving", "continues", "continue", "continuing", "remained", "stays":
			if nw, _ := lowerWord(d, i+1); nw == "as" {
				return v.titleFrom(i+2, sentEnd)
			}
		}
		switch w, _ := lowerWord(d, i); w {
		case "was", "is", "were", "are":
			// "X was among the Conservative lawmakers who voted against the deal": one of them.
			if nw, _ := lowerWord(d, i+1); nw == "among" {
				return v.titleFrom(i+2, sentEnd)
			}
		}
	}
	verb := false
	i = v.whoClause(i, sentEnd)
	for n := 0; i < len(d.Tokens) && d.Tokens[i].Start < sentEnd && n < 9; i, n = i+1, n+1 {
		w, _ := lowerWord(d, i)
		if verb && leftPostWord(w) {
			continue // "resigned yesterday from his post as Planning Minister"
		}
		switch w {
		case "was", "is", "were", "are", "has", "been", "had", "have", "will", "be", "formally", "officially", "also":
			continue
		case "sworn", "inaugurated", "appointed", "named", "elected", "re-elected", "reelected",
			"installed", "confirmed", "resigned", "quit", "stepped", "took", "takes", "became", "becomes",
			"become", "promoted":
			verb = true
			continue
		case "in", "office", "down", "over":
			if verb {
				continue
			}
		case "as":
			if verb {
				return v.titleFrom(i+1, sentEnd)
			}
		case "to":
			// "X was promoted to executive vice president": the office, not "named X to lead".
			if pw, _ := lowerWord(d, i-1); pw == "promoted" {
				return v.titleFrom(i+1, sentEnd)
			}
		}
		if verb && n > 0 {
			switch pw, _ := lowerWord(d, i-1); pw {
			case "became", "becomes", "become", "appointed", "named", "elected":
				return v.titleFrom(i, sentEnd) // "became Nigeria's president", "was named foreign minister"
			}
		}
		break
	}
	return phrase{}, false
}

// pastCoordinated returns the token after the other people a name is coordinated with ("Philip
// Sims and Bruce Johnson were named ...", "X, Y and Z were appointed ..."), so that a verb of office
// after the last one is read for each; i itself when no other person's name follows with "and" or a
// comma.
func (v *docView) pastCoordinated(i, sentEnd int) int {
	d := v.d
	j := i
	for n := 0; n < 4 && j+1 < len(d.Tokens) && d.Tokens[j+1].Start < sentEnd; n++ {
		sep := d.TokenText(j)
		if sep == "," && d.TokenText(j+1) == "and" {
			j, sep = j+1, "and" // "X, Y, and Z"
		}
		if sep != "and" && sep != "," || j+1 >= len(d.Tokens) {
			break
		}
		mi := v.mentionAt(j + 1)
		if mi < 0 || v.ms[mi].Type != entities.PERSON || v.ms[mi].Start != d.Tokens[j+1].Start {
			break
		}
		k := v.tokenEndingAt(v.ms[mi].End)
		if k <= j {
			break
		}
		j = k + 1
		if sep == "and" {
			return j
		}
	}
	return i
}

// electionTitle reads the office a person is congratulated on right after the name: "(,) on his
// election as President of the General Assembly", "on your appointment as Secretary-General", "on
// her re-election as ...".
func (v *docView) electionTitle(last, sentEnd int) (phrase, bool) {
	d := v.d
	i := last + 1
	if i < len(d.Tokens) && d.TokenText(i) == "," {
		i++
	}
	if i+3 >= len(d.Tokens) || d.Tokens[i+3].Start >= sentEnd {
		return phrase{}, false
	}
	if i+5 < len(d.Tokens) && d.TokenText(i) == "of" {
		// "Ambassador X of Turkey, on his election ...": the person's country, then the clause.
		if mi := v.mentionAt(i + 1); mi >= 0 && v.ms[mi].Start == d.Tokens[i+1].Start {
			if k := v.tokenEndingAt(v.ms[mi].End); k > i {
				i = k + 1
				if d.TokenText(i) == "," {
					i++
				}
			}
		}
	}
	if i+3 >= len(d.Tokens) || d.Tokens[i+3].Start >= sentEnd {
		return phrase{}, false
	}
	if w, _ := lowerWord(d, i); w != "on" {
		return phrase{}, false
	}
	switch w, _ := lowerWord(d, i+1); w {
	case "his", "her", "your", "their":
	default:
		return phrase{}, false
	}
	if w, _ := lowerWord(d, i+2); !takingOfficeNoun(w) {
		return phrase{}, false
	}
	switch w, _ := lowerWord(d, i+3); w {
	case "as":
		return v.titleFrom(i+4, sentEnd)
	case "to":
		// "on his election to the presidency of the General Assembly", "to the prestigious post of
		// General Assembly President": the office after the post's noun.
		for j := i + 4; j < len(d.Tokens) && j < i+8 && d.Tokens[j].Start < sentEnd; j++ {
			w, lower := lowerWord(d, j)
			if !lower {
				break
			}
			switch w {
			case "post", "office", "position":
				if nw, _ := lowerWord(d, j+1); nw == "of" {
					return v.titleFrom(j+2, sentEnd)
				}
				return phrase{}, false
			case "presidency", "chairmanship":
				p, ok := v.titleFrom(j+1, sentEnd)
				if !ok || len(p.words) == 0 || p.words[0] != "of" {
					return phrase{}, false
				}
				head := "president"
				if w == "chairmanship" {
					head = "chairman"
				}
				p.words = append([]string{head}, p.words...)
				return p, true
			}
		}
	}
	return phrase{}, false
}

// rules reports whether a description that gives a government role beats a military rank: an
// officer who rules ("Nigeria's military ruler, Major General X", "Guinea's junta leader, Colonel
// X") is GOV, as CAMEO codes juntas.
func rules(desc, rank string) bool { return desc == "GOV" && rank == "MIL" }

// relativeRole returns the role a relative clause after a person's name gives as the person's
// current occupation: ", the former president who now leads the opposition European Solidarity
// party" (OPP), ", who heads the miners' union" (LAB). It reads past an apposition to the first
// "who" of the sentence, then an optional adverb and a verb of leading, then the words of the body
// led up to the next punctuation, or "is now" and an occupation (isNowRole: ", who is now a
// Washington lobbyist," BUS); "" when there is no such clause or its body tells no role. left is
// set when the clause says the person left an office for a firm (leftForBusiness): a former
// official, of the country of the office left.
func (v *docView) relativeRole(last, sentEnd int) (role string, left bool) {
	d := v.d
	i := last + 1
	for n := 0; i < len(d.Tokens) && d.Tokens[i].Start < sentEnd && n < maxWindow; i, n = i+1, n+1 {
		w := d.TokenText(i)
		if w == "who" {
			break
		}
		switch w {
		case ".", ";", ":", "(", ")", "—", "–":
			return "", false
		}
	}
	if i >= len(d.Tokens) || d.Tokens[i].Start >= sentEnd || d.TokenText(i) != "who" {
		return "", false
	}
	// Another person named before "who" is the one the clause is about ("X met Y, who leads ...").
	if k := v.mentionAt(last); k >= 0 {
		for j := k + 1; j < len(v.ms) && v.ms[j].Start < d.Tokens[i].Start; j++ {
			if v.ms[j].Type == entities.PERSON {
				return "", false
			}
		}
	}
	if r := v.isNowRole(i+1, sentEnd); r != "" {
		return r, false
	}
	if r := v.leftForBusiness(i+1, sentEnd); r != "" {
		return r, true // "X, who resigned as ... to open a lobbying firm" (leftforbusiness.go)
	}
	words := []string{"head", "of"}
	verb := false
	for i++; i < len(d.Tokens) && d.Tokens[i].Start < sentEnd && len(words) < maxWindow; i++ {
		w, lower := lowerWord(d, i)
		if !verb {
			switch w {
			case "now", "currently", "also", "still":
				continue
			case "leads", "heads", "chairs", "runs":
				verb = true
				continue
			}
			return "", false
		}
		switch w {
		case ",", ".", ";", ":", "(", ")", "—", "–", "and", "who", "which", "that":
			return clauseRole(words), false
		}
		if mi := v.mentionAt(i); lower || mi >= 0 && (v.ms[mi].Type == entities.ORG || unplacedName(v.ms[mi])) {
			words = append(words, w) // an organization's name tells its kind ("Tata Sons")
		}
	}
	return clauseRole(words), false
}

// isNowRole reads a relative clause from token i on (after "who") of the form "is now a Washington
// lobbyist", "is currently the opposition leader": "is", "now" or "currently", an article, then a
// title phrase up to the next punctuation, whose role it returns when it is a current one (not ELI).
// Without "now" or "currently" ("who is a former general") the clause tells no occupation that
// beats a title.
func (v *docView) isNowRole(i, sentEnd int) string {
	d := v.d
	step := 0 // 0: "is", 1: "now"/"currently", 2: the article, 3: the phrase
	var words []string
	for ; i < len(d.Tokens) && d.Tokens[i].Start < sentEnd && len(words) < maxWindow; i++ {
		w, _ := lowerWord(d, i)
		switch step {
		case 0:
			if w != "is" {
				return ""
			}
			step = 1
			continue
		case 1:
			if w != "now" && w != "currently" {
				return ""
			}
			step = 2
			continue
		case 2:
			step = 3
			if w == "a" || w == "an" || w == "the" {
				continue
			}
		}
		switch w {
		case ",", ".", ";", ":", "(", ")", "—", "–", "and", "who", "which", "that":
			i = len(d.Tokens)
			continue
		}
		if mi := v.mentionAt(i); mi >= 0 {
			continue // "a Washington lobbyist": the place says where, the noun what
		}
		words = append(words, w)
	}
	if r := phraseRole(words, v.g.agentWord); r != "ELI" {
		return r
	}
	return ""
}

// unplacedName reports whether a mention is a name the model took for a place that no gazetteer
// places: often an organization ("Tata Sons").
func unplacedName(m entities.Mention) bool {
	return m.Type == entities.GPE && m.Country == "" && m.Source != entities.SourceGazetteer
}

// clauseRole is the role of "head of" the body a relative clause names, but not a former one.
func clauseRole(words []string) string {
	if r := phraseRole(words, nil); r != "ELI" {
		return r
	}
	return ""
}

// officeRole reports whether a role is a public office, which a title gives in preference to a
// profession ("the President of Ecuador, the economist Rafael Correa" is GOV).
func officeRole(r string) bool {
	switch r {
	case "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "ELI":
		return true
	}
	return false
}

// adjacentCountry reports whether a phrase with no office word is a country mention alone, with an
// optional possessive: "Iran's" or "Iranian" right before a name.
func adjacentCountry(p phrase) bool {
	n := 0
	for _, w := range p.words {
		switch w {
		case "\x00":
			n++
		case "'s", "’s", "'", "’":
		default:
			return false
		}
	}
	return n == 1
}

// honorificAfterBody reports whether mention m, read in the phrase right before a name (inSeg0), is
// an honorific the recognizer took for a name, after the comma of an office whose body is named
// ("the President of the General Assembly, His Excellency Mr. X"; see bodyComma).
func (v *docView) honorificAfterBody(m entities.Mention, inSeg0 bool, sentStart int) bool {
	if !inSeg0 || !honorificName(m.Text) {
		return false
	}
	k := v.tokenAt(m.Start)
	return k > 0 && v.bodyComma(k-1, sentStart)
}

// honorificName reports whether a mention's text is only an honorific, which a recognizer may take
// for a name of its own ("His Excellency", "Her Excellency Ms."): the title words before a name.
func honorificName(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	excellency := false
	for _, w := range f {
		switch strings.TrimSuffix(w, ".") {
		case "excellency":
			excellency = true
		case "his", "her", "mr", "ms", "mrs", "dr", "ambassador":
		default:
			return false
		}
	}
	return excellency
}

// ordinalWord reports whether a lower-case word is an ordinal ("seventy-fifth", "75th", "first").
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third":
		return true
	}
	return strings.HasSuffix(w, "th") || strings.HasSuffix(w, "-first") || strings.HasSuffix(w, "-second") ||
		strings.HasSuffix(w, "-third") || strings.HasSuffix(w, "1st") || strings.HasSuffix(w, "2nd") || strings.HasSuffix(w, "3rd")
}

// unreadBody reports whether the words after "chairman of" hold nothing that names the body: an
// article, a possessive, a country's placeholder, or nothing (a name the title phrase could not
// read, "chairman of Northgate": a company's, in a story about a company).
func unreadBody(words []string) bool {
	for _, w := range words {
		switch w {
		case "the", "\x00", "'s", "’s":
		default:
			return false
		}
	}
	return true
}

// bodyComma reports whether token i is a comma that ends a phrase whose last word is a name (a
// mention: "the President of the General Assembly,") or the session of a body ("at its
// seventy-fourth session,").
func (v *docView) bodyComma(i, sentStart int) bool {
	d := v.d
	if i < 1 || d.Tokens[i-1].Start < sentStart || d.TokenText(i) != "," {
		return false
	}
	if w, _ := lowerWord(d, i-1); w == "session" {
		return true
	}
	mi := v.mentionAt(i - 1)
	return mi >= 0 && v.ms[mi].Type != entities.PERSON
}

// stateRepresentative returns the country a representative's title phrase names as the one
// represented: a country before the head with only title words between ("U.S. deputy trade
// representative", "Iran's representative"), or the whole object of "representative of"
// ("representative of Maldives"); "" for none, and when the phrase names an international
// organization ("Joint Special Representative for Syria of the United Nations") or the country
// only qualifies another word ("a representative of Dutch youth").
func (g *Grounder) stateRepresentative(p phrase) string {
	for _, c := range p.cands {
		if c.igo {
			return ""
		}
	}
	h := slices.Index(p.words, "representative")
	if h < 0 {
		return ""
	}
	cand := func(at int) string { // the candidate of the placeholder at word index at
		k := 0
		for i := 0; i < at; i++ {
			if p.words[i] == "\x00" {
				k++
			}
		}
		if k < len(p.cands) && g.isCountry(p.cands[k].country) {
			return p.cands[k].country
		}
		return ""
	}
	if n := len(p.words); h+3 == n && p.words[h+1] == "of" && p.words[h+2] == "\x00" {
		return cand(h + 2)
	}
	for i := h - 1; i >= 0; i-- {
		switch w := p.words[i]; {
		case w == "\x00":
			return cand(i)
		case w == "'s" || w == "’s" || g.titleWord("", w):
		default:
			return ""
		}
	}
	return ""
}

// ownDescription reports whether mention mi is a description that coreference resolved to the
// person of mention self ("The mayor of Tehran, Mahmoud Ahmadinejad": "mayor"): its words are
// the person's title, read as words, not a mention that ends the title.
func (v *docView) ownDescription(mi, self int) bool {
	return self >= 0 && v.ms[mi].Source == entities.SourceDescription && v.ms[mi].Entity == v.ms[self].Entity
}
