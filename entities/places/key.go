package places

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the lookup key of a place name: lower case, diacritics removed ("Zürich" → "zurich",
// "São Paulo" → "sao paulo", "Łódź" → "lodz"), periods dropped ("St. Louis" → "st louis"), hyphens
// and runs of white space made one space ("Winston-Salem" → "winston salem"), typographic
// apostrophes made ASCII and a leading "the " dropped ("The Hague" → "hague"). Names that differ only
// in these ways share a key.
func Key(name string) string {
	var buf [64]byte
	return string(appendKey(buf[:0], name))
}

// appendKey appends the key of name to dst (see Key) and returns the extended slice.
func appendKey(dst []byte, name string) []byte {
	ascii := true
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	start := len(dst)
	if ascii {
		dst = appendKeyASCII(dst, name)
	} else {
		dst = appendKeyRunes(dst, norm.NFD.String(name))
	}
	for len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	if k := dst[start:]; len(k) > 4 && string(k[:4]) == "the " {
		dst = append(dst[:start], k[4:]...)
	}
	return dst
}

// appendKeyASCII is the loop of appendKeyRunes for an ASCII name, byte by byte: the same rules for
// the ASCII runes (no ASCII rune is a mark, and the ASCII white space is \t \n \v \f \r and the
// space).
func appendKeyASCII(dst []byte, name string) []byte {
	space := true // drop leading white space
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch c {
		case '.':
			continue
		case '-', ' ', '\t', '\n', '\v', '\f', '\r', '_', '/':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		case '`':
			c = '\''
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendKeyRunes appends the key of name (in NFD), before its trailing space and leading "the "
// are dropped.
func appendKeyRunes(dst []byte, name string) []byte {
	space := true // drop leading white space
	for _, r := range name {
		switch {
		case r == '.':
			continue
		case r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r) || r == '_' || r == '/':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		case r == '’' || r == '‘' || r == '`' || r == 'ʻ' || r == 'ʼ' || r == '´':
			r = '\''
		case unicode.Is(unicode.Mn, r):
			continue
		}
		space = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if f, ok := foldLetter(r); ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// foldLetter spells the Latin letters that do not decompose into a base letter and a mark.
func foldLetter(r rune) (string, bool) {
	switch r {
	case 'ø', 'Ø':
		return "o", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ß':
		return "ss", true
	case 'ł', 'Ł':
		return "l", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'ı':
		return "i", true
	case 'þ', 'Þ':
		return "th", true
	case 'ħ', 'Ħ':
		return "h", true
	}
	return "", false
}

// Latin reports whether every letter of s is a Latin letter (Basic Latin to Latin Extended-B, and
// Latin Extended Additional), the scripts English text writes place names in.
func Latin(s string) bool {
	letters := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if !unicode.Is(unicode.Latin, r) || (r > 0x24F && (r < 0x1E00 || r > 0x1EFF)) {
			return false
		}
	}
	return letters > 0
}
