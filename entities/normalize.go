package entities

import (
	"strings"
	"unicode"
)

// NormalizeName returns the canonical written form of a name: runs of white space become one space,
// surrounding punctuation, quotes and angle brackets are dropped, and so is a stock ticker after the
// name ("Acme Corp <ACM>": the markup of wire stories), a leading "the" and a trailing possessive ("the  Iranian\nForeign Ministry's" → "Iranian
// Foreign Ministry"). Letter case is kept.
func NormalizeName(s string) string {
	if i := strings.IndexByte(s, '<'); i > 0 {
		s = s[:i] // "Development Corp of America <DCA>": a ticker after the name
	}
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) && r != '.' && r != ')' && r != '\'' && r != '’' || unicode.IsSpace(r) || r == '<' || r == '>'
	})
	s = trimName(s)
	return strings.TrimFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ':' || unicode.IsSpace(r) })
}

// stripTitles removes leading titles from a person's name ("Mr. Rouhani" → "Rouhani", "President
// Hassan Rouhani" → "Hassan Rouhani"); a name that is only titles is returned unchanged.
func stripTitles(name string) string {
	ws := strings.Fields(name)
	k := 0
	for k < len(ws)-1 {
		w := ws[k]
		if isTitle(w) || isTitle(w+".") || isModifier(w) && k+1 < len(ws)-1 && isTitle(ws[k+1]) {
			k++
			continue
		}
		break
	}
	return strings.Join(ws[k:], " ")
}

// isModifier reports whether w is a word that precedes a title head ("Prime Minister", "Foreign
// Minister", "Crown Prince").
func isModifier(w string) bool {
	switch strings.ToLower(w) {
	case "prime", "foreign", "defense", "defence", "deputy", "vice", "crown", "supreme", "grand", "interior",
		"finance", "first", "chief", "former", "acting", "secretary", "state":
		return true
	}
	return false
}
