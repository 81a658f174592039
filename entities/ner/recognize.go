package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Source is the Mention.Source of the mentions the model finds.
const Source = "model"

// ContractType maps a model type to the contract's entity type: GMB per → PERSON, org → ORG,
// gpe (demonyms: "British", "Iraqi") → NORP, and geo → GPE, or LOC when the surface names a
// non-political place (see IsLocationName). GMB geo does not tell countries and cities from
// regions, seas and mountains, so the split is made here by name. Types that are already contract
// types are kept; anything else gives "".
func ContractType(modelType, surface string) string {
	switch modelType {
	case "per", entities.PERSON:
		return entities.PERSON
	case "org", entities.ORG:
		return entities.ORG
	case "gpe", entities.NORP:
		if looksLikeCountryName(surface) {
			return entities.GPE
		}
		return entities.NORP
	case "geo", entities.GPE:
		if IsLocationName(surface) {
			return entities.LOC
		}
		return entities.GPE
	case entities.LOC:
		return entities.LOC
	}
	return ""
}

// looksLikeCountryName reports whether a surface the model typed as a demonym has the ending of a
// place name instead ("Albania", "Poland", "Kazakhstan", "Czech Republic"): no English demonym
// ends with -ia, -land, -stan, Republic, Kingdom or States.
func looksLikeCountryName(s string) bool {
	for _, suf := range [...]string{"ia", "land", "stan", " Republic", " Kingdom", " States"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// IsLocationName reports whether a place name denotes a non-political place: a continent or
// world region ("Africa", "Middle East") or a name ending with a geographic head word ("Red Sea",
// "Persian Gulf", "Hindu Kush Mountains").
func IsLocationName(s string) bool {
	switch s {
	case "Africa", "Asia", "Europe", "Antarctica", "Arctic", "Middle East", "Mideast", "Near East",
		"Far East", "Latin America", "South America", "North America", "Central America", "Caribbean",
		"Balkans", "Caucasus", "Sahel", "Sahara", "Horn of Africa", "Central Asia", "South Asia",
		"Southeast Asia", "East Asia", "East Africa", "West Africa", "North Africa", "Southern Africa",
		"Sub-Saharan Africa", "Western Europe", "Eastern Europe", "Mediterranean", "Pacific",
		"Atlantic", "Indian Ocean", "Himalayas", "Amazon", "Darfur", "Kashmir":
		return true
	}
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	switch s[i+1:] {
	case "Sea", "Ocean", "River", "Gulf", "Mountains", "Mountain", "Valley", "Strait", "Straits",
		"Peninsula", "Desert", "Lake", "Bay", "Basin", "Plateau", "Canal", "Delta", "Channel",
		"Range", "Region", "Glacier", "Volcano", "Hills", "Coastline":
		return true
	}
	return false
}

// Recognize finds the entity mentions of an analysed document: it tags each sentence of d (POS
// tags come from d.Tokens[i].Tag when the model uses them), turns the spans into mentions with
// byte offsets from the token offsets, and applies Harmonize. Mentions are in text order.
func (m *Model) Recognize(d *text.Doc) []entities.Mention { return m.recognize(d, true) }

// recognize is Recognize; with windows false the model runs on whole sentences instead of their
// nameWindows (a test checks that the mentions are the same).
func (m *Model) recognize(d *text.Doc, windows bool) []entities.Mention {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	if m.usePOS {
		d.TagAll() // a lazily analysed document (the default model does not use POS tags)
	}
	s := m.getScratch()
	defer func() {
		clear(s.words[:cap(s.words)]) // do not keep the document's text alive while idle
		m.putScratch(s)
	}()
	sents := d.Sentences
	whole := [1]text.Sentence{{Start: 0, End: len(d.Text), First: 0, Last: len(d.Tokens)}}
	if len(sents) == 0 {
		sents = whole[:]
	}
	out := s.out[:0]
	var spans []TokenSpan
	for si, sent := range sents {
		first, last := max(0, sent.First), min(sent.Last, len(d.Tokens))
		if first >= last {
			continue
		}
		wins := s.wins[:0]
		if windows {
			wins = nameWindows(d, first, last, wins)
		} else {
			wins = append(wins, [2]int{first, last})
		}
		s.wins = wins
		for _, w := range wins {
			if windows && len(d.Sentences) > 0 && !capitalIn(d, w[0], w[1]) {
				continue // no span of it can be a mention (see capitalIn)
			}
			out, spans = m.recognizeWindow(d, w[0], w[1], si, s, out, spans)
		}
		s.wins = wins[:0]
	}
	res := harmonize(d, out)
	if len(res) == 0 {
		res = nil
	} else if len(out) > 0 && &res[0] == &out[0] {
		res = slices.Clone(res) // the result is the caller's: one array of its final size
	}
	// The mentions are built in the scratch's array, which keeps the largest of them (harmonize
	// may have appended past len(out) in it): cleared, so that it keeps no text alive while idle.
	if out = out[:cap(out)]; len(out) <= maxIdleMentions {
		clear(out)
		s.out = out[:0]
	} else {
		s.out = nil
	}
	return res
}

// maxIdleMentions bounds the mentions array a scratch keeps between documents.
const maxIdleMentions = 1 << 12

// recognizeWindow runs the model on tokens [first, last) of sentence si and appends their mentions
// to out.
func (m *Model) recognizeWindow(d *text.Doc, first, last, si int, s *scratch, out []entities.Mention, spans []TokenSpan) ([]entities.Mention, []TokenSpan) {
	s.words, s.pos = s.words[:0], s.pos[:0]
	for k, tok := range d.Tokens[first:last] {
		switch {
		case !validSpan(d.Text, tok.Start, tok.End):
			s.words = append(s.words, "")
		default:
			w := d.Text[tok.Start:tok.End]
			if low := d.LinkAfterAbbreviation(first + k); low != "" {
				w = low // "the U.S. And West Germany" is read as "the U.S. and West Germany"
			}
			s.words = append(s.words, w)
		}
		s.pos = append(s.pos, tok.Tag)
	}
	spans = m.spansFromTags(m.tagInto(s.words, s.pos, s), spans[:0])
	for _, sp := range spans {
		start, end := d.Tokens[first+sp.Start].Start, d.Tokens[first+sp.End-1].End
		if !validSpan(d.Text, start, end) || start == end {
			continue
		}
		surface := d.Text[start:end]
		typ := ContractType(sp.Type, NormalizeSurface(surface))
		if typ == "" || typ == entities.PERSON && onlyTitles(surface) {
			continue // GMB tags lone titles ("President", "Mr.") as persons
		}
		if !hasCapital(surface) {
			continue // "earth", "micro-", "**renewables**": names have a capital letter
		}
		out = append(out, entities.Mention{
			Start: start, End: end, Text: surface, Type: typ,
			Entity: EntityName(typ, surface), Sentence: si, Source: Source,
		})
	}
	return out, spans
}

func validSpan(t string, start, end int) bool { return 0 <= start && start <= end && end <= len(t) }

// capitalIn reports whether one of the tokens [first, last) of a sentence of d holds an upper-case
// letter (hasCapital), or has offsets outside the text. When none does, the model is not run on
// them, which changes no mention: recognizeWindow keeps only the spans whose surface has a
// capital, a surface runs from the start of a span's first token to the end of its last, and
// between two tokens of a sentence the text holds only white space (the tokenizer drops nothing
// else, and a kept-span boundary ends a sentence: recognize skips only inside the document's
// sentences), which is no letter. Windows opened by
// non-ASCII tokens alone ("—", "’s", quotation marks) are the ones skipped: on the UN speeches,
// 13,967 of 253,084 windows (99,450 of 2,170,596 tokens).
func capitalIn(d *text.Doc, first, last int) bool {
	t := d.Text
	for _, tok := range d.Tokens[first:last] {
		if !validSpan(t, tok.Start, tok.End) {
			return true
		}
		w := t[tok.Start:tok.End]
		high := false
		for i := 0; i < len(w); i++ {
			if c := w[i]; 'A' <= c && c <= 'Z' {
				return true
			} else if c >= utf8.RuneSelf {
				high = true
			}
		}
		if high && hasCapital(w) {
			return true
		}
	}
	return false
}

// NormalizeSurface collapses runs of white space in s to single spaces and trims it.
func NormalizeSurface(s string) string {
	if !hasCollapsibleSpace(s) || singleSpaced(s) {
		return s
	}
	return collapseSpace(s)
}

// collapseSpace returns strings.Join(strings.Fields(s), " ") in one pass, without the slice of
// fields: white space is what strings.Fields splits on (ASCII space, \t, \n, \v, \f, \r, and
// any rune for which unicode.IsSpace holds), and other bytes, invalid ones included, are copied.
// (Surfaces broken across lines, "United\nNations", take this path.)
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // the start of the field being read, -1 between fields
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// singleSpaced reports whether s holds no white space but single ASCII spaces and neither starts
// nor ends with one ("United States", "Côte d’Ivoire"): strings.Fields splits it on exactly those
// spaces, so NormalizeSurface would give s back. A multi-byte rune is decoded and must not be a
// space (unicode.IsSpace, as strings.Fields has it; an invalid byte is none). (Most multi-word
// mentions are like this; joining their fields again took a third of Harmonize.)
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		case '\t' <= c && c <= '\r':
			return false
		case c == ' ' && s[i+1] == ' ': // s does not end with a space, so i+1 < len(s)
			return false
		}
	}
	return true
}

// hasCollapsibleSpace reports whether s holds a space, \t, \n, \v, \f, \r or U+00A0 (the bytes C2
// A0: C2 is never a continuation byte, so the pair is always that rune). It is
// strings.ContainsAny(s, " \t\n\r\v\f\u00a0") without the rune decoding, which took a fifth of
// Harmonize.
func hasCollapsibleSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ', '\t' <= c && c <= '\r':
			return true
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			return true
		}
	}
	return false
}

// titleWords are words that GMB includes in person spans ("President Bush") and that are not
// part of the name.
func isTitleWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "President", "Prime", "Minister", "Mr", "Mrs", "Ms", "Dr", "Chancellor", "King", "Queen",
		"Prince", "Princess", "Pope", "Secretary", "Secretary-General", "General", "Gen", "Senator",
		"Sen", "Foreign", "Defense", "Vice", "Premier", "Ambassador", "Envoy", "Sheikh", "Ayatollah",
		"Lieutenant", "Colonel", "Col", "Lt", "Governor", "Gov", "Mayor", "Judge", "Justice",
		"Representative", "Rep", "Sir", "Lord", "Cardinal", "Archbishop", "Bishop", "Rev", "Commander",
		"Admiral", "Adm", "Captain", "Capt", "Sergeant", "Sgt", "Major", "Maj", "Spokesman", "Former",
		"Opposition", "Leader", "Emir", "Sultan", "Crown":
		return true
	}
	return false
}

// onlyTitles reports whether every word of s is a title word.
func onlyTitles(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !isTitleWord(w) {
			return false
		}
	}
	return true
}

// EntityName returns the normalized name of a mention of type typ: its surface with white space
// collapsed and, for a person, leading titles dropped ("President George W. Bush" → "George W.
// Bush"), as long as a name remains.
func EntityName(typ, surface string) string {
	s := NormalizeSurface(surface)
	if typ != entities.PERSON {
		return s
	}
	for {
		i := strings.IndexByte(s, ' ')
		if i < 0 || !isTitleWord(s[:i]) {
			return s
		}
		s = s[i+1:]
	}
}

// windowMargin is the number of tokens nameWindows keeps on each side of the words that may be
// names: one more than the feature window (±2 tokens), so that every such word's emission scores
// are those of the whole sentence.
const windowMargin = 3

// nameWindows appends to dst the stretches [a, b) of the sentence [first, last) on which the model
// runs: windowMargin tokens on each side of every word that may be a name, stretches that touch or
// overlap merged. A word may be a name when it holds a capital letter or a non-ASCII byte, except
// the sentence's first word when it is a function word ("We", "The", "In") and the pronoun "I".
// Lower-case stretches name nothing, and the model is not run on them: on the UN General Debate
// speeches 31% of the sentences (77,815 of 254,890) have no word that may be a name, and the
// windows hold 33% of the tokens (2,170,596 of 6,490,045; 2,224,325 when "I" opened windows). On all 2,903 speeches the mentions are the same as with the model run on whole sentences
// (TestNameWindowChangesNothingUN, with GEOPOL_FULL_UN=1 for all of them; before the model's
// lower-case spans were dropped, the windows changed 16 of them, "earth", "micro-", "prime", and no
// other).
func nameWindows(d *text.Doc, first, last int, dst [][2]int) [][2]int {
	t := d.Text
	for k := first; k < last; k++ {
		tok := &d.Tokens[k]
		if start, n := tok.Start, tok.End-tok.Start; 0 <= start && 0 <= n && n <= 8 && start <= len(t)-8 {
			// capitalOrHigh8 written out (the compiler does not inline it): a word without a
			// capital or a non-ASCII byte is no name, as mayBeNameAt would say.
			s := t[start : start+8]
			x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
			x &= ^uint64(0) >> (64 - 8*uint(n))
			if x&high8 == 0 && (x+0x3F*ones8)&^(x+0x25*ones8)&high8 == 0 {
				continue
			}
		}
		if !mayBeNameAt(t, tok.Start, tok.End, k == first) {
			continue
		}
		a, b := max(first, k-windowMargin), min(last, k+windowMargin+1)
		if n := len(dst); n > 0 && a <= dst[n-1][1] {
			dst[n-1][1] = b
		} else {
			dst = append(dst, [2]int{a, b})
		}
	}
	return dst
}

// mayBeNameAt reports whether the token t[start:end] holds a capital letter or a non-ASCII byte
// and is neither a sentence's first function word nor the pronoun "I" inside a sentence; a token
// outside the text (a caller's bad offsets) may be one. It is the test's mayBeName for the token t[start:end], which it reads without copying the token
// and, when the word is at most eight bytes long and eight bytes of t follow start, with one
// eight-byte load (capitalOrHigh8). TestMayBeNameAt compares the two.
func mayBeNameAt(t string, start, end int, sentenceFirst bool) bool {
	if !validSpan(t, start, end) {
		return true
	}
	if n := end - start; n <= 8 && start <= len(t)-8 {
		if !capitalOrHigh8(t[start:start+8], n) {
			return false // neither a function word nor "I", which have a capital
		}
		w := t[start:end]
		return !(sentenceFirst && sentenceStarter(w) || w == "I" && !sentenceFirst)
	}
	w := t[start:end]
	if sentenceFirst && sentenceStarter(w) || w == "I" && !sentenceFirst {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// capitalOrHigh8 reports whether one of the first n (at most 8) bytes of s (of length 8) is an
// ASCII capital or a byte of a multi-byte rune (>= 0x80). It reads s as one little-endian word, clears the bytes past n and tests all of them at once: a byte
// of 0x80 or more has its high bit set; for bytes below 0x80, adding 0x3F sets the high bit from
// 'A' (0x41) up and adding 0x25 sets it from '[' (0x5B) up, without a carry into the next byte.
func capitalOrHigh8(s string, n int) bool {
	s = s[:8]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	x &= ^uint64(0) >> (64 - 8*uint(n)) // n == 0 shifts by 64: no byte
	if x&high8 != 0 {
		return true
	}
	return (x+0x3F*ones8)&^(x+0x25*ones8)&high8 != 0
}

// ones8 and high8 are the words of eight bytes 0x01 and eight bytes 0x80.
const (
	ones8 = 0x0101010101010101
	high8 = 0x8080808080808080
)

// sentenceStarter reports whether w is a capitalized function word that begins sentences.
func sentenceStarter(w string) bool {
	switch w {
	case "The", "We", "It", "This", "In", "Our", "I", "That", "These", "As", "There", "They", "A", "An",
		"For", "At", "On", "To", "With", "All", "Such", "And", "But", "My", "Let", "Today", "While", "If",
		"When", "Since", "Although", "However", "Moreover", "Furthermore", "Therefore", "Thus", "Finally",
		"Indeed", "Yet", "Nor", "Or", "So", "Those", "Its", "Their", "Her", "His", "He", "She", "You",
		"Your", "By", "From", "Through", "Without", "Despite", "After", "Before", "During", "Over", "Under",
		"Only", "Many", "Most", "Some", "No", "Not", "Every", "Each", "Both", "What", "How", "Why", "Where",
		"Who", "Which", "Here", "Now":
		return true
	}
	return false
}

// hasCapital reports whether s holds an upper-case letter.
func hasCapital(s string) bool {
	for _, r := range s {
		if 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
