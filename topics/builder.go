package topics

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PhraseSep joins the words of a phrase term.
const PhraseSep = '_'

// ActorPrefix starts every actor term: the actor id "IRN" becomes the term
// "actor:IRN".
const ActorPrefix = "actor:"

// docRow is one document's bag of words: interned term ids in increasing
// order and their counts.
type docRow struct {
	id     string
	terms  []int32
	counts []int32
}

// Builder accumulates the partial aggregates of a corpus: the interned
// vocabulary, each term's document frequency and every document's sparse
// term counts. The zero value is ready to use.
//
// Builders over disjoint shards combine with Merge; document frequencies
// add, which is associative and commutative, and the matrix built from the
// result does not depend on the order in which terms were interned.
// A Builder is not safe for concurrent use: give each goroutine its own and
// merge them.
type Builder struct {
	// Phrases, when set before the first Add, also counts every pair of
	// adjacent kept tokens (no dropped token between them) as the phrase
	// term "first_second", e.g. "security_council". Phrase terms pass the
	// same document frequency filters as words, so only frequent ones stay.
	// Merge only builders with the same setting.
	Phrases bool

	ids   map[string]int32 // term → id; -1 for a stop word seen by lookupASCII
	terms []string
	df    []int
	docs  []docRow

	scratch []int32 // distinct term ids of the document being added
	cnt     []int32 // per term id, its count in that document
	lower   []byte  // lower-casing buffer
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{} }

// Docs returns the number of documents added so far.
func (b *Builder) Docs() int { return len(b.docs) }

// intern returns the id of term, assigning the next one if it is new.
func (b *Builder) intern(term string) int32 {
	if b.ids == nil {
		b.ids = make(map[string]int32)
	}
	if id, ok := b.ids[term]; ok && id >= 0 {
		return id
	}
	id := int32(len(b.terms))
	// Clone: term may be a substring of a whole document's text.
	term = strings.Clone(term)
	b.ids[term] = id
	b.terms = append(b.terms, term)
	b.df = append(b.df, 0)
	return id
}

// Add adds one document. tokens are surface tokens, normalized by
// NormalizeToken (lower-cased; stop words, numbers, punctuation and
// one-letter tokens dropped); actorTerms are canonical actor ids, each
// counted as the single term ActorPrefix+id (empty ids are ignored).
// With Phrases set, adjacent kept tokens also count as phrase terms.
// Documents keep the order in which they are added.
func (b *Builder) Add(docID string, tokens []string, actorTerms []string) {
	touched := b.scratch[:0]
	prev := int32(-1)
	for _, tok := range tokens {
		id, ok := b.lookupASCII(tok)
		if !ok {
			id = -1
			if t, ok := NormalizeToken(tok); ok {
				id = b.intern(t)
			}
		}
		if id < 0 {
			prev = -1
			continue
		}
		touched = b.count(id, touched)
		if b.Phrases && prev >= 0 {
			touched = b.count(b.internPhrase(prev, id), touched)
		}
		prev = id
	}
	for _, a := range actorTerms {
		if a = strings.TrimSpace(a); a != "" {
			touched = b.count(b.intern(ActorPrefix+a), touched)
		}
	}
	slices.Sort(touched)
	row := docRow{id: docID, terms: slices.Clone(touched), counts: make([]int32, len(touched))}
	for i, id := range touched {
		row.counts[i] = b.cnt[id]
		b.cnt[id] = 0
		b.df[id]++
	}
	b.scratch = touched
	b.docs = append(b.docs, row)
}

// lookupASCII is Add's allocation-free path for tokens of ASCII letters,
// the common case, with the same result as NormalizeToken then intern: it
// lower-cases into a reused buffer and interns the result, returning id -1
// for a dropped token. ok is false when tok has another character.
func (b *Builder) lookupASCII(tok string) (id int32, ok bool) {
	if len(tok) < 2 {
		return -1, true // one byte: never two letters
	}
	if b.ids == nil {
		b.ids = make(map[string]int32)
	}
	buf := b.lower[:0]
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			return 0, false
		}
		buf = append(buf, c)
	}
	b.lower = buf
	if len(buf) < 2 {
		return -1, true
	}
	// One map lookup per token: stop words are remembered in ids with
	// the id -1 the first time they are seen, so the stop list is only
	// consulted for new words.
	if id, ok := b.ids[string(buf)]; ok {
		return id, true
	}
	if isStopWord(string(buf)) {
		b.ids[string(buf)] = -1
		return -1, true
	}
	return b.intern(string(buf)), true
}

// internPhrase returns the id of the phrase term "a_b".
func (b *Builder) internPhrase(a, c int32) int32 {
	buf := append(b.lower[:0], b.terms[a]...)
	buf = append(buf, PhraseSep)
	buf = append(buf, b.terms[c]...)
	b.lower = buf
	if id, ok := b.ids[string(buf)]; ok {
		return id
	}
	return b.intern(string(buf))
}

// count adds one occurrence of term id to the current document, appending
// id to touched on its first occurrence.
func (b *Builder) count(id int32, touched []int32) []int32 {
	for int(id) >= len(b.cnt) {
		b.cnt = append(b.cnt, 0)
	}
	if b.cnt[id] == 0 {
		touched = append(touched, id)
	}
	b.cnt[id]++
	return touched
}

// Merge adds the documents and document frequencies of other to b; other
// is not modified. Documents of other come after those of b, so merging
// shards in corpus order keeps corpus order. Merging b with itself is an
// error.
func (b *Builder) Merge(other *Builder) error {
	if other == nil {
		return nil
	}
	if other == b {
		return fmt.Errorf("topics: merge a builder with itself")
	}
	remap := make([]int32, len(other.terms))
	for i, t := range other.terms {
		remap[i] = b.intern(t)
	}
	for _, d := range other.docs {
		row := docRow{id: d.id, terms: make([]int32, len(d.terms)), counts: slices.Clone(d.counts)}
		for i, t := range d.terms {
			row.terms[i] = remap[t]
		}
		// Remapped ids are distinct but may be out of order; sort the pairs.
		sortPairs(row.terms, row.counts)
		b.docs = append(b.docs, row)
	}
	for i, n := range other.df {
		b.df[remap[i]] += n
	}
	return nil
}

// sortPairs sorts keys (non-negative) increasingly, permuting vals
// alongside.
func sortPairs(keys, vals []int32) {
	if slices.IsSorted(keys) {
		return
	}
	packed := make([]uint64, len(keys))
	for i, k := range keys {
		packed[i] = uint64(k)<<32 | uint64(uint32(vals[i]))
	}
	slices.Sort(packed)
	for i, p := range packed {
		keys[i], vals[i] = int32(p>>32), int32(uint32(p))
	}
}

// NormalizeToken maps a surface token to its vocabulary term. It
// lower-cases, trims surrounding punctuation and a possessive "'s", and
// rejects the token (ok == false) when what is left is shorter than two
// letters, contains a digit or a character other than letters, inner
// hyphens and apostrophes, or is a stop word.
func NormalizeToken(tok string) (term string, ok bool) {
	t := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	t = strings.ToLower(t)
	t = strings.ReplaceAll(t, "\u2019", "'")
	t = strings.TrimSuffix(t, "'s")
	if utf8.RuneCountInString(t) < 2 {
		return "", false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return "", false
		}
	}
	if isStopWord(t) {
		return "", false
	}
	return t, true
}
