package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// Rules recognizes national government bodies and titled person names with patterns over tokens and
// the gazetteer's country and demonym matches. It is safe for concurrent use.
//
// Government bodies become ORG mentions whose Entity is "<ISO3> <Body>" with Body from a fixed
// vocabulary ("Foreign Ministry", "Defense Ministry", "Interior Ministry", "Government", "Military",
// "Army", "Navy", "Air Force", "Parliament", "Embassy", ...; US spelling; the US State Department is
// the "Foreign Ministry"), and Country the ISO3:
//
//	the Iranian Foreign Ministry   → "Iranian Foreign Ministry"  ORG  IRN Foreign Ministry
//	Foreign Ministry of Iran       → the whole phrase            ORG  IRN Foreign Ministry
//	Iran's foreign ministry        → the whole phrase            ORG  IRN Foreign Ministry
//	the Syrian government          → "Syrian government"         ORG  SYR Government
//	Ministry of Defence            → the phrase                  ORG  Ministry of Defence (no country)
//
// A title before capitalized name tokens yields a PERSON mention of the name alone (the title stays
// outside the span; Entity is the name), with Country from a country or demonym just before the title:
// "Iranian President Hassan Rouhani" → PERSON "Hassan Rouhani", Country IRN.
type Rules struct {
	// Gazetteer finds the countries and demonyms the patterns build on; nil means DefaultGazetteer.
	Gazetteer *Gazetteer
}

// body is a government-body phrase: lower-case words and the normalized body name.
type body struct {
	words []string
	name  string
}

// bodyTable indexes the government-body phrases by first word.
type bodyTable struct {
	idx map[string][]body
	// lens[a&31][b&31] has bit n set when a first word of n bytes starts with the bytes a and b (in
	// either case): a token whose first two bytes and length are not those of a first word starts
	// no body, without a map lookup.
	lens [32][32]uint32
}

// bodyIndex builds the body table once.
var bodyIndex = sync.OnceValue(func() *bodyTable {
	t := &bodyTable{idx: map[string][]body{}}
	for _, b := range bodies() {
		w := b.words[0]
		t.idx[w] = append(t.idx[w], b)
		t.lens[w[0]&31][w[1]&31] |= 1 << len(w)
	}
	return t
})

// bodies lists the government-body phrases.
func bodies() []body {
	mk := func(name string, forms ...string) []body {
		var bs []body
		for _, f := range forms {
			bs = append(bs, body{words: strings.Fields(f), name: name})
		}
		return bs
	}
	var bs []body
	bs = append(bs, mk("Foreign Ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign ministry",
		"foreign office", "state department", "department of state", "ministry for foreign affairs", "mfa")...)
	bs = append(bs, mk("Defense Ministry", "ministry of defense", "ministry of defence", "defense ministry",
		"defence ministry", "defense department", "department of defense", "ministry of national defense", "mod")...)
	bs = append(bs, mk("Interior Ministry", "ministry of the interior", "ministry of interior", "interior ministry", "home office")...)
	bs = append(bs, mk("Finance Ministry", "ministry of finance", "finance ministry", "treasury department", "treasury")...)
	bs = append(bs, mk("Justice Ministry", "ministry of justice", "justice ministry", "justice department", "department of justice")...)
	bs = append(bs, mk("Health Ministry", "ministry of health", "health ministry")...)
	bs = append(bs, mk("Information Ministry", "ministry of information", "information ministry")...)
	bs = append(bs, mk("Oil Ministry", "ministry of oil", "oil ministry", "ministry of petroleum", "petroleum ministry")...)
	bs = append(bs, mk("Government", "government", "regime", "administration", "authorities", "cabinet", "leadership")...)
	bs = append(bs, mk("Defense Forces", "defense forces", "defence forces")...)
	bs = append(bs, mk("Security Forces", "security forces", "security services")...)
	bs = append(bs, mk("Special Forces", "special forces")...)
	bs = append(bs, mk("Military", "armed forces", "military", "forces")...)
	bs = append(bs, mk("Army", "army")...)
	bs = append(bs, mk("Navy", "navy")...)
	bs = append(bs, mk("Air Force", "air force")...)
	bs = append(bs, mk("Coast Guard", "coast guard")...)
	bs = append(bs, mk("Police", "police", "national police")...)
	bs = append(bs, mk("Intelligence", "intelligence services", "intelligence agency", "intelligence service", "intelligence")...)
	bs = append(bs, mk("Parliament", "parliament", "national assembly", "legislature")...)
	bs = append(bs, mk("Congress", "congress")...)
	bs = append(bs, mk("Senate", "senate")...)
	bs = append(bs, mk("Embassy", "embassy")...)
	bs = append(bs, mk("Consulate", "consulate")...)
	bs = append(bs, mk("Central Bank", "central bank")...)
	bs = append(bs, mk("Supreme Court", "supreme court")...)
	bs = append(bs, mk("Judiciary", "judiciary")...)
	bs = append(bs, mk("Presidency", "presidency")...)
	bs = append(bs, mk("Opposition", "opposition")...)
	bs = append(bs, mk("State Media", "state media", "state television", "state tv", "news agency")...)
	return bs
}

// Recognize returns the rule mentions of d, sorted by Start, with Source "rule".
func (r *Rules) Recognize(d *text.Doc) []Mention {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	g := r.Gazetteer
	if g == nil {
		var err error
		if g, err = DefaultGazetteer(); err != nil {
			return nil
		}
	}
	return r.recognize(d, g, g.scan(d))
}

// recognize runs the rules over d given the gazetteer matches of d.
func (r *Rules) recognize(d *text.Doc, g *Gazetteer, hits []hit) []Mention {
	x := indexHits(g, d, hits)
	defer x.release()
	bs := bodyIndex()
	var chain titleChain
	var out []Mention
	last := -1 // last token used by a mention
	for i := 0; i < len(d.Tokens); i++ {
		if i <= last {
			continue
		}
		// Country or demonym, optional possessive, then a body: "Iranian Foreign Ministry".
		if h, ok := x.byStart(i); ok && h.end == d.Tokens[h.endTok].End || ok && possessiveAt(d, h) {
			j := h.endTok + 1
			poss := false
			if j < len(d.Tokens) && isPossessive(d.TokenText(j)) {
				j++
				poss = true
			}
			poss = poss || possessiveAt(d, h)
			if b, end, ok := matchBody(d, j, bs); ok && capitalized(d, j, end) {
				iso := g.patterns[h.pat].Entry.Entity
				start := h.start
				if poss { // "Iran's Foreign Ministry": GPE "Iran" (the gazetteer's) + ORG "Foreign Ministry"
					start = d.Tokens[j].Start
				}
				out = append(out, r.mention(d, start, d.Tokens[end].End, ORG, iso+" "+b.name, iso))
				last = end
				i = end
				continue
			}
		}
		// Body, "of", optional "the", country: "Foreign Ministry of Iran", "Ministry of Defence".
		if b, end, ok := matchBody(d, i, bs); ok && !x.covered(i) && capitalized(d, i, end) {
			j := end + 1
			if j+1 < len(d.Tokens) && strings.EqualFold(d.TokenText(j), "of") {
				k := j + 1
				if strings.EqualFold(d.TokenText(k), "the") && k+1 < len(d.Tokens) {
					k++
				}
				if h, ok := x.byStart(k); ok && g.patterns[h.pat].Entry.Kind == KindCountry {
					iso := g.patterns[h.pat].Entry.Entity
					out = append(out, r.mention(d, d.Tokens[i].Start, h.end, ORG, iso+" "+b.name, iso))
					last = h.endTok
					i = h.endTok
					continue
				}
			}
			if strings.HasPrefix(d.TokenText(i), "Ministry") && len(b.words) > 1 {
				s := d.Text[d.Tokens[i].Start:d.Tokens[end].End]
				out = append(out, r.mention(d, d.Tokens[i].Start, d.Tokens[end].End, ORG, NormalizeName(s), ""))
				last = end
				i = end
				continue
			}
		}
		// Title, then name tokens.
		if n := titleLen(d, i); n > 0 && !x.covered(i) {
			first := chain.end(d, x, i+n)
			end := nameEnd(d, first, x)
			if end < first {
				continue
			}
			country := ""
			if h, ok := countryBefore(d, i, x); ok {
				country = g.patterns[h.pat].Entry.Entity
			}
			s, e := d.Tokens[first].Start, d.Tokens[end].End
			e = s + len(trimPossessive(d.Text[s:e]))
			out = append(out, r.mention(d, s, e, PERSON, NormalizeName(d.Text[s:e]), country))
			last = end
			i = end
		}
	}
	fillSentences(d, out)
	return out
}

func (r *Rules) mention(d *text.Doc, start, end int, typ, entity, country string) Mention {
	return Mention{Start: start, End: end, Text: d.Text[start:end], Type: typ, Entity: entity, Country: country, Source: SourceRule}
}

// capitalized reports whether the words of tokens i..end start with an upper-case letter, function
// words aside ("Ministry of Foreign Affairs", "Foreign Ministry", "MFA"). Lower-case descriptions
// ("the Syrian government", "Iran's foreign ministry") are not names (testdata/gold/GUIDELINES.md,
// rule 9): only their country or demonym is a mention.
func capitalized(d *text.Doc, i, end int) bool {
	for k := i; k <= end && k < len(d.Tokens); k++ {
		w := d.TokenText(k)
		switch w {
		case "of", "for", "the", "and", "on":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// possessiveAt reports whether hit h ends inside its token just before a possessive ("Iran's").
func possessiveAt(d *text.Doc, h hit) bool {
	rest := d.Text[h.end:d.Tokens[h.endTok].End]
	return isPossessive(rest)
}

func isPossessive(s string) bool {
	switch s {
	case "'s", "’s", "'", "’", "'S", "’S":
		return true
	}
	return false
}

// trimPossessive removes a trailing possessive ending.
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// matchBody matches the longest body phrase starting at token i; it returns the body and the index
// of its last token. A one-word body that is an acronym ("MFA", "MOD") must be upper case.
func matchBody(d *text.Doc, i int, bt *bodyTable) (body, int, bool) {
	best, bestEnd := body{}, -1
	if i >= len(d.Tokens) {
		return best, bestEnd, false
	}
	w := d.TokenText(i)
	if len(w) < 3 || len(w) > 16 || bt.lens[w[0]&31][w[1]&31]>>len(w)&1 == 0 {
		return best, bestEnd, false
	}
	var lb [16]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lb[k] = c
	}
	for _, b := range bt.idx[string(lb[:len(w)])] {
		if i+len(b.words) > len(d.Tokens) || len(b.words) <= len(best.words) {
			continue
		}
		ok := true
		for k, w := range b.words {
			t := d.TokenText(i + k)
			if !strings.EqualFold(t, w) || (k > 0 && gapSep(d.Text[d.Tokens[i+k-1].End:d.Tokens[i+k].Start]) < 0) {
				ok = false
				break
			}
			if (w == "mfa" || w == "mod") && t != strings.ToUpper(w) {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd = b, i+len(b.words)-1
		}
	}
	return best, bestEnd, bestEnd >= 0
}

// titleLen returns the number of tokens of a title starting at token i ("President": 1, "Secretary of
// State": 3), or 0.
func titleLen(d *text.Doc, i int) int {
	w := d.TokenText(i)
	if w == "" || w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z') && w[0] != 's' && w[0] != 'm' && w[0] != 'c' {
		// Most tokens: an ASCII first byte that is neither a capital (isTitle) nor the lower-case
		// initial of "secretary", "minister" or "chief", which titlePhraseLen accepts in any case.
		return 0
	}
	return titlePhraseLen(d, i)
}

// titlePhraseLen is titleLen without its filter on the first byte.
func titlePhraseLen(d *text.Doc, i int) int {
	w := d.TokenText(i)
	if i+2 < len(d.Tokens) && equalFoldASCII(d.TokenText(i+1), "of") {
		// "Secretary of State", "Minister of Defence", "Chief of Staff", ...: compared without
		// building the lower-cased pair, which most "X of Y" tokens are not.
		var seconds []string
		switch {
		case lowerIs(w, "secretary"):
			seconds = []string{"state", "defense", "defence"}
		case lowerIs(w, "minister"):
			seconds = []string{"defense", "defence", "state", "interior", "finance", "justice"}
		case lowerIs(w, "chief"):
			seconds = []string{"staff"}
		}
		if len(seconds) > 0 {
			w2 := d.TokenText(i + 2)
			for _, s := range seconds {
				if lowerIs(w2, s) {
					return 3
				}
			}
		}
	}
	if i+4 < len(d.Tokens) && foldIs(w, "minister") && foldIs(d.TokenText(i+2), "foreign") &&
		foldIs(d.TokenText(i+3), "affairs") {
		switch strings.ToLower(d.TokenText(i + 1)) {
		case "of", "for":
			return 4
		}
	}
	if isTitle(w) {
		// "Dr" or "Mr" followed by a separate "." token.
		if i+1 < len(d.Tokens) && d.TokenText(i+1) == "." && d.Tokens[i+1].Start == d.Tokens[i].End {
			return 2
		}
		return 1
	}
	return 0
}

// equalFoldASCII is strings.EqualFold(w, lower) for a lower-case ASCII word lower without the
// letters k and s: no rune but the ASCII capital folds to any other ASCII letter (k and s alone
// fold to non-ASCII runes too, the Kelvin sign and the long s; TestEqualFoldASCII checks it), so w
// must be lower byte for byte but for capitals, and no rune needs decoding.
func equalFoldASCII(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// foldIs is strings.EqualFold(w, lower) for an all-lower-case ASCII lower, compared byte by byte
// while w is ASCII: an ASCII rune of w folds to lower's rune at the same place only if it is that
// letter in either case, so the first ASCII byte that differs (most words differ at their first)
// answers false; from a non-ASCII byte of w on (a rune that may fold to an ASCII letter: the Kelvin
// sign, the long s), strings.EqualFold compares the rests. Titles are looked for at every
// capitalized token.
func foldIs(w, lower string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return strings.EqualFold(w[k:], lower[k:]) // k <= len(lower): the bytes before matched
		}
		if k >= len(lower) {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return len(w) == len(lower)
}

// lowerIs reports whether strings.ToLower(w) == lower, for an all-lower-case ASCII lower, without
// allocating when w is ASCII.
func lowerIs(w, lower string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return strings.ToLower(w) == lower
		}
	}
	return equalFoldASCII(w, lower) // an ASCII word: the same comparison
}

// titleSet holds the titles and ranks that precede person names, in lower, title and upper case.
var titleSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"president", "vice-president", "president-elect", "minister", "premier", "chancellor", "secretary",
		"secretary-general", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
		"prince", "princess", "emir", "amir", "sultan", "sheikh", "shaikh", "ayatollah", "imam", "mullah", "pope",
		"cardinal", "archbishop", "bishop", "general", "gen.", "gen", "lt.", "lt", "col.", "col", "colonel",
		"maj.", "major", "brig.", "capt.", "captain", "adm.", "admiral", "sgt.", "sergeant", "lieutenant",
		"commander", "marshal", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor",
		"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "prof.", "professor", "rev.", "judge", "justice",
		"speaker", "chairman", "chairwoman", "chairperson", "leader", "director", "lord", "lady", "sir", "dame",
		"dictator", "strongman", "excellency", "pres.", "gen.-", "lt.-gen.", "maj.-gen.", "brig.-gen.",
		"director-general", "under-secretary-general", "deputy", "commissioner", "high-commissioner", "crown",
	} {
		m[w] = true
		m[strings.ToUpper(w[:1])+w[1:]] = true
		m[strings.ToUpper(w)] = true
	}
	return m
})

// titleLens has bit n of entry c set when a title of titleSet has n bytes and starts with the byte c
// (the titles in lower case): isTitle looks up only the words that pass it.
var titleLens = sync.OnceValue(func() *[256]uint32 {
	var lens [256]uint32
	for w := range titleSet() {
		if len(w) < 32 {
			c := w[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lens[c] |= 1 << len(w)
		}
	}
	return &lens
})

// isTitle reports whether w is a capitalized title or rank that precedes person names ("President",
// "Gen.", "MR"); lower-case "president" is not one ("the president said" is common).
func isTitle(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > 20 || titleLens()[w[0]+('a'-'A')]>>len(w)&1 == 0 {
		return false
	}
	set := titleSet()
	if set[w] {
		return true
	}
	var lb [20]byte // "Secretary-General", "Lt.-Gen.": compare in lower case
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lb[k] = c
	}
	return set[string(lb[:len(w)])]
}

// nameEnd returns the index of the last name token of a name starting at token i, or i-1 when
// there is none. Names are 1 to 5 tokens: capitalized words, initials, hyphenated Arabic names
// ("al-Assad") and particles between capitalized words ("bin", "de", "van der").
func nameEnd(d *text.Doc, i int, x *tokHits) int {
	end := i - 1
	for k := i; k < len(d.Tokens) && k < i+5; k++ {
		if k > i && gapSep(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start]) < 0 {
			break
		}
		w := d.TokenText(k)
		if (x.hard(k) && !(x.surname(k) && k >= i+2 && end == k-1)) || stopName(d, k) {
			break
		}
		switch {
		case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && k+1 < len(d.Tokens) && d.TokenText(k+1) == "." &&
			d.Tokens[k+1].Start == d.Tokens[k].End && k+2 < len(d.Tokens) && nameWord(d.TokenText(k+2)):
			k++ // an initial split from its period: "J" "."
			end = k
		case nameWord(w):
			end = k
		case isParticle(w) && k+1 < len(d.Tokens) && nameWord(d.TokenText(k+1)) && end >= i:
			// keep going; the particle is kept only when a name word follows
		default:
			return end
		}
	}
	return end
}

// nameWord reports whether w can be part of a person's name.
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		for _, c := range w {
			if unicode.IsLetter(c) {
				return true
			}
		}
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ibn-", "bin-", "abu-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isParticle reports whether w is a lower-case name particle.
func isParticle(w string) bool {
	switch w {
	case "bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "del", "della", "der", "van", "von", "la", "le", "dos", "das", "y":
		return true
	}
	return false
}

// stopName reports whether token k ends a name: titles, weekdays, months before a number, and a few
// capitalized function words.
func stopName(d *text.Doc, k int) bool {
	w := d.TokenText(k)
	if strings.HasSuffix(w, ".") && isTitle(w) { // "Mr.", "Gen.": a new title, not a name
		return true
	}
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "In",
		"On", "At", "And", "But", "He", "She", "It", "They", "We", "I", "His", "Her", "This", "That", "Said", "Says":
		return true
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
		"November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.":
		if k+1 < len(d.Tokens) {
			n := d.TokenText(k + 1)
			if n != "" && n[0] >= '0' && n[0] <= '9' {
				return true
			}
		}
	}
	return false
}

// countryBefore finds a country or demonym that ends just before title token i, skipping capitalized
// modifiers of the title ("Russian Foreign Minister", "Saudi Crown Prince", "U.S. Secretary of State").
func countryBefore(d *text.Doc, i int, x *tokHits) (hit, bool) {
	k := i - 1
	for step := 0; step < 3 && k >= 0; step++ {
		if h, ok := x.byEnd(k); ok && h.end == d.Tokens[k].End {
			return h, true
		}
		if isPossessive(d.TokenText(k)) && k > 0 {
			if h, ok := x.byEnd(k - 1); ok {
				return h, true
			}
		}
		w := d.TokenText(k)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isTitle(w) && step > 0 {
			break
		}
		k--
	}
	return hit{}, false
}

// tokHits indexes one document's gazetteer matches by token.
type tokHits struct {
	hits       []hit
	start, end []int32 // per token: 1 + index of the country or demonym match starting/ending there, or 0
	cover      []uint8 // per token: 0 free, 1 inside a place match, 2 inside a match that cannot be in a name
}

// surnameOrg marks a one-token organization match, which ends a name unless two name words precede it:
// "Foreign Minister Thérèse Kayikwamba Wagner" is a person, "President Putin and Wagner" is not.
const surnameOrg = 3

func indexHits(g *Gazetteer, d *text.Doc, hits []hit) *tokHits {
	n := len(d.Tokens)
	x, _ := hitsPool.Get().(*tokHits)
	if x == nil {
		x = new(tokHits)
	}
	x.hits, x.start, x.end, x.cover = hits, zeroed(x.start, n), zeroed(x.end, n), zeroed(x.cover, n)
	for i, h := range hits {
		k := g.patterns[h.pat].Entry.Kind
		c := uint8(2)
		switch {
		case k == KindCapital || k == KindCity || k == KindRegion:
			c = 1
		case k == KindOrg && h.startTok == h.endTok:
			c = surnameOrg // "Wagner" in "Thérèse Kayikwamba Wagner"
		}
		for t := h.startTok; t <= h.endTok && t < n; t++ {
			x.cover[t] = max(x.cover[t], c)
		}
		if k == KindCountry || k == KindDemonym {
			x.start[h.startTok] = int32(i + 1)
			x.end[h.endTok] = int32(i + 1)
		}
	}
	return x
}

// hitsPool holds the released tokHits (their arrays are reused by indexHits).
var hitsPool sync.Pool

// release hands x to the next indexHits; x must not be used afterwards.
func (x *tokHits) release() {
	x.hits = nil
	hitsPool.Put(x)
}

// zeroed returns s resized to n elements, all zero, allocating only when its capacity is short.
func zeroed[T int32 | uint8](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (x *tokHits) byStart(i int) (hit, bool) {
	if i < 0 || i >= len(x.start) || x.start[i] == 0 {
		return hit{}, false
	}
	return x.hits[x.start[i]-1], true
}

func (x *tokHits) byEnd(i int) (hit, bool) {
	if i < 0 || i >= len(x.end) || x.end[i] == 0 {
		return hit{}, false
	}
	return x.hits[x.end[i]-1], true
}

func (x *tokHits) covered(i int) bool { return i >= 0 && i < len(x.cover) && x.cover[i] > 0 }
func (x *tokHits) hard(i int) bool    { return i >= 0 && i < len(x.cover) && x.cover[i] > 1 }

// surname reports whether token i is a one-token organization name that may be a surname.
func (x *tokHits) surname(i int) bool { return i >= 0 && i < len(x.cover) && x.cover[i] == surnameOrg }

// titleChain finds where a run of consecutive titles ends ("Deputy Prime Minister", "Gen. Lt."),
// remembering the answer for every title of the run it walked, so that a long run of titles without a
// name after them costs time linear in its length, not quadratic.
type titleChain struct {
	memo []int32 // per token: 1 + the index of the first token after the run of titles starting there, or 0
}

// end returns the first token at or after i that does not start an uncovered title.
func (c *titleChain) end(d *text.Doc, x *tokHits, i int) int {
	var path []int
	p := i
	for p < len(d.Tokens) {
		if p < len(c.memo) && c.memo[p] > 0 {
			p = int(c.memo[p] - 1)
			break
		}
		n := titleLen(d, p)
		if n == 0 || x.covered(p) {
			break
		}
		path = append(path, p)
		p += n
	}
	if len(path) > 1 {
		if c.memo == nil {
			c.memo = make([]int32, len(d.Tokens))
		}
		for _, q := range path {
			c.memo[q] = int32(p + 1)
		}
	}
	return p
}
