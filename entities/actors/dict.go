package actors

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Range is what a dictionary says an actor is during a period: its country and role, and for user
// dictionaries the canonical entity and type to mark it with.
type Range struct {
	// From and To bound the period, both included; 0 leaves that end open. A Range that is not Dated
	// is the actor's default, valid on any date no dated Range covers.
	From, To Date
	Dated    bool
	// Country is the ISO3 code (or IGO id, or a user dictionary's own code) of the country the actor
	// belongs to; Role its CAMEO sector ("GOV", "MIL", "ELI", "IGO"). Either may be empty.
	Country, Role string
	// Code is the CAMEO code as written in a PETRARCH dictionary ("RUSGOV"), "" for CSV entries.
	// A null code ("---") marks an actor that is known and deliberately left uncoded.
	Code string
	// Entity and Type are the canonical actor and entity type a user dictionary gives; empty in the
	// built-in table, whose entries ground mentions without renaming them.
	Entity, Type string
	// TypeGuessed is set when Type was inferred (a PETRARCH code, a CSV row without a type): a
	// mention the chain found on the same span keeps its own type.
	TypeGuessed bool
}

func (r Range) contains(d Date) bool {
	return (r.From == 0 || d >= r.From) && (r.To == 0 || d <= r.To)
}

// Name is one surface form of an actor.
type Name struct {
	// Key is the name as Key writes it ("BAN KI MOON").
	Key string
	// Prefix lets the last word match as a prefix of a longer text word when it has four letters or
	// more, as in TABARI ("ARGENTIN" matches "Argentina" and "Argentine"); set for PETRARCH names
	// without a trailing "_".
	Prefix bool
	// Cased is set when the name was written with capitals and lower-case letters (a CSV name such
	// as "Frodo Baggins"): a text word in lower case then does not match a capitalized name word.
	Cased []bool
}

// Actor is one dictionary record: its names and what it is by date.
type Actor struct {
	Names  []Name
	Ranges []Range
	// Person is set when the record describes a person (it has dated roles, or the dictionary says
	// so); the built-in table applies records of people to one-word PERSON mentions only and other
	// records to one-word ORG and NORP mentions only. Multi-word names ground any mention.
	Person bool
	// Agent is set for the entries of a PETRARCH agents dictionary: common nouns that name a role
	// ("minister", "police") rather than an actor.
	Agent bool
	// File and Line say where the record starts.
	File string
	Line int
}

// At returns the Range valid on date: the first dated Range that covers it, in dictionary order,
// else the default (undated) one, as PETRARCH resolves date restrictions. For the zero date (an
// undated document) it returns the latest Range and latest true when the actor has dated ones: an
// open-ended Range (">date") with the latest start, else the default, else the Range that ends last.
func (a *Actor) At(date Date) (r Range, latest, ok bool) {
	if date == 0 {
		return a.latest()
	}
	for _, r := range a.Ranges {
		if r.Dated && r.contains(date) {
			return r, false, true
		}
	}
	for _, r := range a.Ranges {
		if !r.Dated {
			return r, false, true
		}
	}
	return Range{}, false, false
}

// assemblyAt returns the person's dated UN office other than the first one covering date when one
// covers it too: the months of a President-elect of the General Assembly who keeps a national
// office, listed after it (data/offices.csv), which a document naming the Assembly reads instead.
func (a *Actor) assemblyAt(date Date) (Range, bool) {
	first := true
	for _, r := range a.Ranges {
		if !r.Dated || !r.contains(date) {
			continue
		}
		if !first && r.Country == "UN" && r.Role == "IGO" {
			return r, true
		}
		first = false
	}
	return Range{}, false
}

func (a *Actor) latest() (Range, bool, bool) {
	best, dated := -1, false
	for i, r := range a.Ranges {
		if r.Dated {
			dated = true
			if r.To == 0 && (best < 0 || r.From > a.Ranges[best].From) {
				best = i
			}
		}
	}
	if best >= 0 {
		return a.Ranges[best], true, true
	}
	for _, r := range a.Ranges {
		if !r.Dated {
			return r, dated, true
		}
	}
	for i, r := range a.Ranges {
		if best < 0 || r.To > a.Ranges[best].To {
			best = i
		}
	}
	if best < 0 {
		return Range{}, false, false
	}
	return a.Ranges[best], true, true
}

// Key returns the lookup form of a name: Latin letters folded to ASCII, upper case, underscores,
// hyphens and white space as single spaces, periods and apostrophes dropped ("Ban Ki-moon" and
// "BAN_KI_MOON" → "BAN KI MOON"; "U.S." → "US"; "Erdoğan" → "ERDOGAN"). Other punctuation is kept.
func Key(name string) string { return string(appendKey(make([]byte, 0, len(name)), name)) }

// appendKey appends the Key of name to dst.
func appendKey(dst []byte, name string) []byte {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return appendKeyRunes(dst, name)
		}
	}
	return appendKeyASCII(dst, name)
}

// appendKeyASCII is appendKeyRunes for an ASCII name, byte by byte: the same rules for the ASCII
// runes (ASCII white space is \t \n \v \f \r and the space; no ASCII letter has a diacritic).
func appendKeyASCII(dst []byte, name string) []byte {
	space := false
	n0 := len(dst)
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch c {
		case '_', '-', ' ', '\t', '\n', '\v', '\f', '\r':
			space = len(dst) > n0
			continue
		case '.', '\'', '`':
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendKeyRunes appends the Key of name to dst, rune by rune.
func appendKeyRunes(dst []byte, name string) []byte {
	space := false
	n0 := len(dst)
	for _, r := range name {
		switch {
		case r == '_' || r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			space = len(dst) > n0
			continue
		case r == '.' || r == '\'' || r == '’' || r == '`':
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToUpper(fold(r)))
	}
	return dst
}

// fold maps a letter with diacritics to its base letter ("ğ" → "g", "É" → "E"): the first rune of
// its canonical decomposition when the rest are combining marks, and the few Latin letters that do
// not decompose ("ł", "ø", "đ", "ı").
func fold(r rune) rune {
	switch r {
	case 'ł':
		return 'l'
	case 'Ł':
		return 'L'
	case 'ø':
		return 'o'
	case 'Ø':
		return 'O'
	case 'đ':
		return 'd'
	case 'Đ':
		return 'D'
	case 'ı':
		return 'i'
	}
	var in [utf8.UTFMax]byte
	var out [4 * utf8.UTFMax]byte
	d := norm.NFD.Append(out[:0], in[:utf8.EncodeRune(in[:], r)]...)
	base, n := utf8.DecodeRune(d)
	if n == len(d) || base == utf8.RuneError {
		return r
	}
	for _, m := range string(d[n:]) {
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
	}
	return base
}

// Dictionary is a set of actor records indexed by the Key of their names. Records read earlier win
// over later ones for the same name. A Dictionary is immutable once built and safe for concurrent
// use.
type Dictionary struct {
	actors []Actor
	// index maps a Key to its record, or, when several records share it, to -1-k for more[k].
	index map[string]int32
	more  [][]int32
	// match finds the names in text; built on first use (the built-in table is only looked up).
	match func() *matcher
}

// NewDictionary indexes actors. Names without words are ignored.
func NewDictionary(actors []Actor) *Dictionary {
	d := &Dictionary{actors: actors, index: make(map[string]int32, len(actors)+len(actors)/8)}
	for i := range actors {
		for _, n := range actors[i].Names {
			if n.Key != "" {
				d.add(n.Key, int32(i))
			}
		}
	}
	d.match = sync.OnceValue(func() *matcher { return newMatcher(d) })
	return d
}

// Len returns the number of records.
func (d *Dictionary) Len() int {
	if d == nil {
		return 0
	}
	return len(d.actors)
}

// Actor returns record i.
func (d *Dictionary) Actor(i int) *Actor { return &d.actors[i] }

// add indexes record i under key k (once).
func (d *Dictionary) add(k string, i int32) {
	v, ok := d.index[k]
	switch {
	case !ok:
		d.index[k] = i
	case v >= 0:
		if v != i {
			d.index[k] = int32(-1 - len(d.more))
			d.more = append(d.more, []int32{v, i})
		}
	default:
		if m := d.more[-1-v]; m[len(m)-1] != i {
			d.more[-1-v] = append(m, i)
		}
	}
}

// Lookup returns the indexes of the records with a name whose Key is key, in dictionary order.
func (d *Dictionary) Lookup(key string) []int32 {
	if d == nil {
		return nil
	}
	v, ok := d.index[key]
	switch {
	case !ok:
		return nil
	case v >= 0:
		return []int32{v}
	}
	return d.more[-1-v]
}

// Concat returns a dictionary holding the records of ds in order (the records of earlier
// dictionaries win over later ones for the same name). Nil dictionaries are skipped.
func Concat(ds ...*Dictionary) *Dictionary {
	var all []Actor
	for _, d := range ds {
		if d != nil {
			all = append(all, d.actors...)
		}
	}
	return NewDictionary(all)
}

// ParseError reports a malformed line of a dictionary file. Reading stops at the first one, and the
// reader returns no records: a dictionary is used whole or not at all.
type ParseError struct {
	File string // the name given to the reader
	Line int    // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// nameWords splits a dictionary phrase into Key words.
func nameWords(phrase string) []string {
	return strings.Fields(Key(phrase))
}

// titleCase writes an upper-case dictionary phrase as a name ("PRESIDENT_GEORGE_W._BUSH" →
// "President George W. Bush"); phrases with lower-case letters are kept as written.
func titleCase(phrase string) string {
	phrase = strings.Join(strings.FieldsFunc(phrase, func(r rune) bool { return r == '_' || unicode.IsSpace(r) }), " ")
	if strings.IndexFunc(phrase, unicode.IsLower) >= 0 {
		return phrase
	}
	var b strings.Builder
	start := true
	for _, r := range phrase {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '.' || r == '(' || r == '/'
	}
	return b.String()
}
