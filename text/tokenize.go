package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isASCIISpace reports whether c is ASCII white space: \t \n \v \f \r or space.
func isASCIISpace(c byte) bool { return c == ' ' || ('\t' <= c && c <= '\r') }

// isSpaceRune reports whether r separates tokens: Unicode white space plus the invisible
// zero-width space, word joiner and byte-order mark, which never form a token of their own.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIISpace(byte(r))
	}
	switch r {
	case 0x200B, 0x2060, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r)
}

// isOpenRune reports whether r is peeled off the front of a chunk as a token of its own.
func isOpenRune(r rune) bool {
	switch r {
	case '(', '[', '{', '<', '$', '"', '\'':
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	switch r {
	case '“', '‘', '„', '«', '¿', '¡', '「', '『', '（', '【', '《':
		return true
	}
	return unicode.Is(unicode.Sc, r) // currency symbols: £100 → £ 100
}

// isCloseRune reports whether r is peeled off the back of a chunk as a token of its own ('.' is
// handled apart because of abbreviations).
func isCloseRune(r rune) bool {
	switch r {
	case ')', ']', '}', '>', ',', ';', ':', '!', '?', '%', '"', '\'',
		'”', '’', '»', '。', '，', '、', '！', '？', '；', '：', '」', '』', '）', '】', '》', '،', '؛', '؟', '।':
		return true
	}
	return false
}

// isSplitRune reports whether r is always a token of its own, even inside a chunk: em dash,
// horizontal bar, and the full-width punctuation of scripts written without spaces.
func isSplitRune(r rune) bool {
	switch r {
	case '—', '―', '。', '，', '、', '！', '？', '；', '：', '「', '」', '『', '』', '（', '）':
		return true
	}
	return false
}

// Classes of bytes in chunkBytes.
const (
	chunkPlain = iota // an ASCII letter or digit
	chunkOther        // other ASCII, not white space
	chunkSpace        // ASCII white space
	chunkHigh         // a byte beyond ASCII
)

// chunkBytes classifies the bytes tokenize meets while it reads a chunk. It is built once and never
// changed.
var chunkBytes = func() (t [256]uint8) {
	for c := range 256 {
		switch b := byte(c); {
		case b >= utf8.RuneSelf:
			t[c] = chunkHigh
		case isASCIISpace(b):
			t[c] = chunkSpace
		case (b|0x20)-'a' < 26 || b-'0' < 10:
			t[c] = chunkPlain
		default:
			t[c] = chunkOther
		}
	}
	return t
}()

// tokenize appends the tokens of text[start:end] to toks and returns the extended slice.
// start and end must be rune boundaries of text.
func tokenize(text string, start, end int, toks []Token) []Token {
	t := text[:end] // indexing t below i < len(t) needs no bounds check
	i := start
	for i < len(t) {
		// skip white space
		c := t[i]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(t[i:])
			if isSpaceRune(r) {
				i += n
				continue
			}
		}
		// find the end of the chunk
		j := i
		plain := true // t[i:j] holds only ASCII letters and digits
		for j < len(t) {
			cls := chunkBytes[t[j]]
			if cls == chunkPlain { // most bytes: one test
				j++
				continue
			}
			if cls == chunkOther {
				plain = false
				j++
				continue
			}
			if cls == chunkSpace {
				break
			}
			// a byte beyond ASCII
			plain = false
			r, n := utf8.DecodeRuneInString(t[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		if plain {
			// What splitChunk gives such a chunk: no punctuation to peel, no apostrophe for a
			// clitic, no dash: one token.
			toks = append(toks, Token{Start: i, End: j})
		} else {
			toks = splitChunk(text, i, j, toks)
		}
		i = j
	}
	return toks
}

// maxSuffixes bounds the trailing tokens peeled from one chunk; the rest stays in the chunk.
const maxSuffixes = 16

// splitChunk appends the tokens of one white-space-free chunk text[s:e].
func splitChunk(text string, s, e int, toks []Token) []Token {
	// Leading punctuation: ( [ { " ' “ ‘ $ £ … each become a token.
	for e-s > 0 {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if s+n >= e {
			break
		}
		if isOpenRune(r) {
			if r == '\'' && isClitic(text[s:e]) {
				break
			}
			toks = append(toks, Token{Start: s, End: s + n})
			s += n
			continue
		}
		break
	}
	// Trailing punctuation, peeled from the back onto a small stack. Peeled tokens are contiguous,
	// so the stack keeps only their ends: the k-th peeled token ends at ends[k] and starts where
	// the one peeled after it ends (the last one peeled, where the middle ends). (A stack of Tokens
	// had to be zeroed for every chunk: 512 bytes with pointers.)
	var ends [maxSuffixes]int
	ns := 0
	for ns < maxSuffixes-1 && e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if e-n <= s {
			break
		}
		if r == '.' {
			if e-s > 3 && text[e-3:e] == "..." {
				k := e - 3
				for k > s+1 && text[k-1] == '.' {
					k--
				}
				ends[ns] = e
				ns++
				e = k
				continue
			}
			if isAbbreviation(text[s:e]) || strings.Trim(text[s:e], ".") == "" {
				break
			}
			ends[ns] = e
			ns++
			e--
			continue
		}
		if r == '…' || isCloseRune(r) {
			ends[ns] = e
			ns++
			e -= n
			continue
		}
		break
	}
	// Clitics: do|n't, it|'s, we|'re, they|'ll, I|'m, we|'ve, he|'d (with ' or ’).
	if c := cliticLen(text[s:e]); c > 0 && c < e-s && ns < maxSuffixes {
		ends[ns] = e
		ns++
		e -= c
	}
	// The middle: split off em dashes, "--" runs and full-width punctuation.
	toks = splitDashes(text, s, e, toks)
	start := e
	for k := ns - 1; k >= 0; k-- {
		toks = append(toks, Token{Start: start, End: ends[k]})
		start = ends[k]
	}
	return toks
}

// splitDashes appends text[s:e] as one token, except that "--" runs and the runes of isSplitRune
// inside it become tokens of their own.
func splitDashes(text string, s, e int, toks []Token) []Token {
	if s >= e {
		return toks
	}
	seg := s
	i := s
	for i < e {
		c := text[i]
		if c == '-' && i+1 < e && text[i+1] == '-' {
			j := i + 2
			for j < e && text[j] == '-' {
				j++
			}
			if seg < i {
				toks = append(toks, Token{Start: seg, End: i})
			}
			toks = append(toks, Token{Start: i, End: j})
			seg, i = j, j
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:e])
			if isSplitRune(r) {
				if seg < i {
					toks = append(toks, Token{Start: seg, End: i})
				}
				toks = append(toks, Token{Start: i, End: i + n})
				seg = i + n
			}
			i += n
			continue
		}
		i++
	}
	if seg < e {
		toks = append(toks, Token{Start: seg, End: e})
	}
	return toks
}

// cliticLen returns the byte length of the clitic that ends w ("n't", "'s", "’re", ...), or 0.
func cliticLen(w string) int {
	// Every clitic has an apostrophe (' or the last byte of ’) among the last 5 bytes of w.
	tail := lastBytes(w, 5)
	apostrophe := false
	for i := 0; i < len(tail); i++ { // tail is short: a loop is cheaper than two IndexByte calls
		if c := tail[i]; c == '\'' || c == 0x99 {
			apostrophe = true
			break
		}
	}
	if !apostrophe {
		return 0
	}
	// The Penn Treebank contraction suffixes, lower case, written with an ASCII apostrophe.
	for _, c := range [...]string{"n't", "'s", "'re", "'ll", "'m", "'ve", "'d"} {
		if n := matchClitic(w, c); n > 0 {
			return n
		}
	}
	return 0
}

// matchClitic reports the byte length of clitic c at the end of w, accepting ’ for ' and any case.
func matchClitic(w, c string) int {
	// c has exactly one apostrophe; split it around it.
	k := strings.IndexByte(c, '\'')
	pre, post := c[:k], c[k+1:]
	if len(w) < len(post) || !strings.EqualFold(w[len(w)-len(post):], post) {
		return 0
	}
	rest := w[:len(w)-len(post)]
	apos := 0
	switch {
	case strings.HasSuffix(rest, "'"):
		apos = 1
	case strings.HasSuffix(rest, "’"):
		apos = len("’")
	default:
		return 0
	}
	rest = rest[:len(rest)-apos]
	if len(rest) < len(pre) || !strings.EqualFold(rest[len(rest)-len(pre):], pre) {
		return 0
	}
	return len(pre) + apos + len(post)
}

// isClitic reports whether the whole of w is a clitic ("'s", "’re", "n't").
func isClitic(w string) bool {
	n := cliticLen(w)
	return n > 0 && n == len(w)
}

// abbrevKind classifies a token that ends with a period and is kept whole.
type abbrevKind uint8

const (
	notAbbrev     abbrevKind = iota
	abbrevTitle              // Mr. Dr. Gen. St. No.: never ends a sentence
	abbrevMonth              // Jan. Sept.: never ends a sentence
	abbrevInitial            // single capital initial, as in George W. Bush: never ends a sentence
	abbrevOther              // U.S. e.g. etc. Inc.: ends a sentence when a sentence starter follows
)

// listedAbbrev classifies the listed abbreviations: titles and other words that precede a name
// or number, months, and abbreviations that may end a sentence.
func listedAbbrev(w string) abbrevKind {
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.",
		"Adm.", "Sgt.", "Cpl.", "Pvt.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Pres.", "Amb.",
		"Sec.", "Rev.", "Hon.", "Fr.", "Sr.", "St.", "Mt.", "Ft.", "No.", "Nos.", "Art.", "Vol.", "Fig.",
		"Ch.", "Sec'y.", "Messrs.", "Mmes.", "Gens.", "Supt.", "Insp.", "p.", "pp.", "para.", "Para.":
		return abbrevTitle
	case "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
		"Dec.":
		return abbrevMonth
	case "Jr.", "Dept.", "Univ.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "vs.", "etc.", "approx.",
		"al.", "cf.", "Ave.", "Blvd.", "Rd.", "est.", "Est.":
		return abbrevOther
	}
	return notAbbrev
}

// abbreviation classifies w (which ends with '.') as an abbreviation kept whole, or notAbbrev.
func abbreviation(w string) abbrevKind {
	n := len(w)
	if n < 2 || w[n-1] != '.' {
		return notAbbrev
	}
	if k := listedAbbrev(w); k != notAbbrev {
		return k
	}
	if n == 2 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrevInitial
	}
	// (letter .){2,}: U.S. U.N. e.g. a.m. U.S.A.
	if n >= 4 && n%2 == 0 {
		ok := true
		for i := 0; i < n; i += 2 {
			c := w[i] | 0x20
			if c < 'a' || c > 'z' || w[i+1] != '.' {
				ok = false
				break
			}
		}
		if ok {
			return abbrevOther
		}
	}
	return notAbbrev
}

// isAbbreviation reports whether w is an abbreviation whose final period belongs to the token.
func isAbbreviation(w string) bool { return abbreviation(w) != notAbbrev }
