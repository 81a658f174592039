package reports

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

// EvidenceKind says what a sentence of evidence backs.
type EvidenceKind uint8

// The kinds of evidence the report keeps.
const (
	// EvidenceActor sentences name actor A (any entity: a country, a person, a city, ...).
	EvidenceActor EvidenceKind = iota + 1
	// EvidenceLink sentences name both actors A < B: the co-occurrence link between them. Only
	// actors proper (countries, organizations, people) are paired, and only in sentences that
	// name at most [MaxSentenceActors] of them.
	EvidenceLink
	// EvidenceCountry sentences name country A, or an actor or a place of that country.
	EvidenceCountry
	// EvidenceCountryLink sentences name countries A < B (themselves, or actors or places of
	// theirs), with the same limit as EvidenceLink.
	EvidenceCountryLink
	// EvidenceEvent sentences were coded with an event from actor code A to actor code B of type
	// C (the CAMEO root, "04").
	EvidenceEvent
	// EvidencePlover sentences were coded with an event from actor code A to actor code B of
	// PLOVER event type C ("CONSULT"): the evidence of dyads counted in PLOVER types.
	EvidencePlover
)

// MaxSentenceActors is the most distinct actors (or countries) a sentence may name and still back
// the links between them: longer lists ("Haiti, Guinea-Bissau, Cape Verde, Palestine, ...") say
// little about any one pair, and would make the number of pairs kept grow with their square.
const MaxSentenceActors = 10

// MaxSnippetBytes is the longest sentence kept whole; a longer one is cut to this many bytes
// around its marks, at word boundaries, with "…" where it was cut.
const MaxSnippetBytes = 400

// EvidenceKey names what a set of sentences backs.
type EvidenceKey struct {
	Kind    EvidenceKind
	A, B, C string
}

// MarkRole says what a marked span of a snippet is.
type MarkRole uint8

// The roles of marked spans.
const (
	// MarkActor is a mention of the actor (or country) the evidence is about.
	MarkActor MarkRole = iota + 1
	// MarkSource, MarkTarget and MarkVerb are the source, the target and the words that
	// triggered an event.
	MarkSource
	MarkTarget
	MarkVerb
)

// Mark is a span of a snippet to highlight, in byte offsets into Snippet.Text.
type Mark struct {
	Start, End int
	Role       MarkRole
}

// Snippet is one sentence of evidence: the sentence of document DocID (dated Date, "" when
// undated) numbered Sentence, on one line, with the spans to highlight.
type Snippet struct {
	DocID, Date string
	Sentence    int
	// Text is the whole sentence, or when longer than MaxSnippetBytes a cut of it around its
	// marks with "…" where it was cut.
	Text  string
	Marks []Mark
	// Note describes an event ("057 Sign formal agreement · reported"); "" for other evidence.
	Note string
	// Rank orders the documents of a key: a hash of the key and the document id. The evidence of a
	// key is the sentences of the documents of smallest rank, a uniform sample of its documents
	// that does not depend on their order.
	Rank uint64
}

// compareSnippets orders snippets by rank, then document and sentence: a total order.
func compareSnippets(a, b *Snippet) int {
	// Each comparison only when the earlier ones tie (cmp.Or would make them all).
	if a.Rank != b.Rank {
		return cmp.Compare(a.Rank, b.Rank)
	}
	if r := strings.Compare(a.DocID, b.DocID); r != 0 {
		return r
	}
	return cmp.Compare(a.Sentence, b.Sentence)
}

// EvidenceItem is one candidate sentence of a document for one key.
type EvidenceItem struct {
	Key     EvidenceKey
	Snippet Snippet
}

// PlaceCount is a place with coordinates and the number of its mentions.
type PlaceCount struct {
	// GeonamesID is the place's GeoNames id; Name its canonical entity id ("Vienna"), which
	// names it on the map and links it to the actor; Country its ISO3 country.
	GeonamesID int
	Name       string
	Country    string
	Lat, Lon   float64
	Count      int
}

// DocEvidence is what one document gives the report's evidence: for every key at most one
// sentence (Items, in key order) and the places it mentions. [DigestDocument] makes it where the
// document's text is; its fields are exported so it can be encoded (gob) and sent elsewhere.
type DocEvidence struct {
	Items  []EvidenceItem
	Places []PlaceCount
}

// isCountryCode reports whether id looks like an ISO 3166-1 alpha-3 code (three upper-case
// ASCII letters).
func isCountryCode(id string) bool {
	if len(id) != 3 {
		return false
	}
	for i := range 3 {
		if id[i] < 'A' || id[i] > 'Z' {
			return false
		}
	}
	return true
}

// isActorMention reports whether m names an actor proper: an organization, a person, or a
// country (a mention resolved to its own country code), rather than a place, a region or a group.
func isActorMention(m *entities.Mention) bool {
	switch m.Type {
	case "ORG", "PERSON":
		return true
	}
	return m.Entity == m.Country && isCountryCode(m.Entity)
}

// keyHash hashes a key and a document id: the rank of the document's sentences for that key.
// It is FNV-1a (64 bits) of the kind byte and of each string followed by a zero byte, computed
// inline rather than through hash/fnv, which would allocate for every call.
func keyHash(k EvidenceKey, docID string) uint64 {
	return docHash(keyState(k), docID)
}

// keyState is the state of keyHash's FNV-1a after the key's kind and strings, before the document
// id: keyHash(k, docID) == docHash(keyState(k), docID). digest's key table hashes keys with it.
func keyState(k EvidenceKey) uint64 {
	h := uint64(fnvOffset64)
	h = (h ^ uint64(k.Kind)) * fnvPrime64
	h = fnvString(h, k.A)
	h = fnvString(h, k.B)
	return fnvString(h, k.C)
}

// docHash ends keyHash from the key's keyState h with the document id.
func docHash(h uint64, docID string) uint64 {
	return mix64(fnvString(h, docID))
}

// fnvString adds the bytes of s and a zero byte to FNV-1a state h.
func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime64
	}
	return h * fnvPrime64 // the zero byte: h ^ 0 == h
}

// The parameters of 64-bit FNV-1a.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// mix64 is the finalizer of SplitMix64: it spreads the bits of x.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// DigestDocument picks the report's evidence in one document: for every key (an actor, a pair of
// actors, a country, a pair of countries, an event type, CAMEO and PLOVER, between two actors) one of the sentences
// that back it, and counts the places with coordinates it mentions. sentences are the byte
// ranges of the document's sentences in text (Mention.Sentence and Event.Sentence index them);
// mentions and events whose spans fall outside text or off UTF-8 boundaries are ignored.
//
// Among a document's sentences for a key it prefers those of at most MaxSnippetBytes, then
// picks by a hash of the key, the document and the sentence: the choice depends on nothing
// else, so that the same document gives the same evidence wherever it is processed.
func DigestDocument(docID, date, txt string, sentences []text.Span, mentions []entities.Mention, evs []events.Event) *DocEvidence {
	var d digest
	return d.run(docID, date, txt, sentences, mentions, evs)
}

// Digest is [DigestDocument] for this collector: it leaves out the items that Add would not keep
// now, the keys for which c already holds a sentence of document docID or PerKey sentences of
// smaller rank, without cutting their snippets. c.Add(c.Digest(...)) keeps what
// c.Add(DigestDocument(...)) keeps, provided nothing is added to c in between; the result is not
// meant for another collector. Its working state is kept in c and reused by the next Digest.
func (c *EvidenceCollector) Digest(docID, date, txt string, sentences []text.Span, mentions []entities.Mention, evs []events.Event) *DocEvidence {
	d := c.scratch
	if d == nil {
		d = &digest{}
		c.scratch = d
	}
	d.coll = c
	return d.run(docID, date, txt, sentences, mentions, evs)
}

// run is DigestDocument on d's (empty) state, leaving out the keys that d.coll (when not nil)
// would not keep; it leaves d empty, ready for the next document.
func (d *digest) run(docID, date, txt string, sentences []text.Span, mentions []entities.Mention, evs []events.Event) *DocEvidence {
	d.docID, d.date, d.text, d.sentences = docID, date, txt, sentences
	defer d.release()
	valid := func(s, e int) bool {
		return s >= 0 && s <= e && e <= len(txt) && boundary(txt, s) && boundary(txt, e)
	}
	// Mentions by sentence: (sentence, mention) pairs in mention order, stably sorted by sentence.
	bySentence := d.bySentence[:0]
	places := map[int]*PlaceCount{}
	for i := range mentions {
		m := &mentions[i]
		if m.Entity == "" || !valid(m.Start, m.End) || m.End == m.Start {
			continue
		}
		if m.GeonamesID != 0 && (m.Lat != 0 || m.Lon != 0) {
			p := places[m.GeonamesID]
			if p == nil || m.Entity < p.Name {
				n := 0
				if p != nil {
					n = p.Count
				}
				p = &PlaceCount{GeonamesID: m.GeonamesID, Name: m.Entity, Country: m.Country, Lat: m.Lat, Lon: m.Lon, Count: n}
				places[m.GeonamesID] = p
			}
			p.Count++
		}
		si := d.sentenceOf(m.Sentence, m.Start, m.End)
		if si < 0 {
			continue
		}
		bySentence = append(bySentence, sentenceMention{sentence: si, mention: i})
	}
	d.bySentence = bySentence
	bySi := func(a, b sentenceMention) int { return cmp.Compare(a.sentence, b.sentence) }
	if !slices.IsSortedFunc(bySentence, bySi) {
		slices.SortStableFunc(bySentence, bySi)
	}
	ms := d.ms[:0]
	for lo := 0; lo < len(bySentence); {
		si := bySentence[lo].sentence
		hi := lo + 1
		for hi < len(bySentence) && bySentence[hi].sentence == si {
			hi++
		}
		ms = ms[:0]
		for _, x := range bySentence[lo:hi] {
			ms = append(ms, &mentions[x.mention])
		}
		lo = hi
		actors, countries := d.actors[:0], d.countries[:0]
		for _, m := range ms {
			d.offer(EvidenceKey{Kind: EvidenceActor, A: m.Entity}, si, func(m2 *entities.Mention) bool { return m2.Entity == m.Entity }, ms)
			if isActorMention(m) && !slices.Contains(actors, m.Entity) {
				actors = append(actors, m.Entity)
			}
			if isCountryCode(m.Country) && !slices.Contains(countries, m.Country) {
				countries = append(countries, m.Country)
				c := m.Country
				d.offer(EvidenceKey{Kind: EvidenceCountry, A: c}, si, func(m2 *entities.Mention) bool { return m2.Country == c }, ms)
			}
		}
		d.actors, d.countries = actors, countries
		pairs := func(ids []string, kind EvidenceKind, of func(*entities.Mention) string) {
			if len(ids) < 2 || len(ids) > MaxSentenceActors {
				return
			}
			for i, a := range ids {
				for _, b := range ids[i+1:] {
					a, b := min(a, b), max(a, b)
					d.offer(EvidenceKey{Kind: kind, A: a, B: b}, si, func(m2 *entities.Mention) bool {
						x := of(m2)
						return x == a || x == b
					}, ms)
				}
			}
		}
		pairs(actors, EvidenceLink, func(m *entities.Mention) string {
			if isActorMention(m) {
				return m.Entity
			}
			return ""
		})
		pairs(countries, EvidenceCountryLink, func(m *entities.Mention) string { return m.Country })
	}
	d.ms = ms
	for i := range evs {
		ev := &evs[i]
		if ev.Source == "" || ev.Target == "" {
			continue
		}
		si := d.sentenceOf(ev.Sentence, ev.SourceMention.Start, ev.SourceMention.End)
		if si < 0 {
			continue
		}
		var marks []Mark
		for _, m := range [...]struct {
			s    text.Span
			role MarkRole
		}{{ev.SourceMention, MarkSource}, {ev.TargetMention, MarkTarget}, {ev.Verb, MarkVerb}} {
			if m.s.End > m.s.Start && valid(m.s.Start, m.s.End) {
				marks = append(marks, Mark{Start: m.s.Start, End: m.s.End, Role: m.role})
			}
		}
		note := strings.TrimSpace(ev.Code + " " + ev.Label)
		if ev.Modality != "" && ev.Modality != "asserted" {
			note += " · " + ev.Modality
		}
		d.offerMarks(EvidenceKey{Kind: EvidenceEvent, A: ev.Source, B: ev.Target, C: ev.Root}, si, marks, note)
		if ev.PloverEvent != "" {
			d.offerMarks(EvidenceKey{Kind: EvidencePlover, A: ev.Source, B: ev.Target, C: ev.PloverEvent}, si, marks, note)
		}
	}

	out := &DocEvidence{}
	keys := d.keys[:0]
	for i := range d.cands {
		if c := &d.cands[i]; !c.dropped {
			keys = append(keys, keyCandidate{key: c.key, cand: int32(i)})
		}
	}
	d.keys = keys
	slices.SortFunc(keys, func(a, b keyCandidate) int { return compareKeys(&a.key, &b.key) })
	if len(keys) > 0 {
		out.Items = make([]EvidenceItem, 0, len(keys))
	}
	texts := map[int]string{} // one copy of each whole sentence, shared by its items
	for _, kc := range keys {
		c := &d.cands[kc.cand]
		// What cutSnippet returns, as strings that are not substrings of the document's text (so
		// that it can be freed), made once for each whole sentence.
		w := snippetWindow(txt, d.sentences[c.sentence], c.marks)
		var snip string
		if w.whole {
			if t, ok := texts[c.sentence]; ok {
				snip = t
			} else {
				snip = ownLine(txt[w.start:w.end])
				texts[c.sentence] = snip
			}
		} else if w.prefix == "" && w.suffix == "" {
			snip = ownLine(txt[w.start:w.end])
		} else {
			snip = w.prefix + oneLine(txt[w.start:w.end]) + w.suffix // a new string
		}
		marks := w.marks(c.marks)
		out.Items = append(out.Items, EvidenceItem{Key: kc.key, Snippet: Snippet{
			DocID: docID, Date: date, Sentence: c.sentence, Text: snip, Marks: marks, Note: c.note,
			Rank: c.keyHash,
		}})
	}
	for _, p := range places {
		out.Places = append(out.Places, *p)
	}
	slices.SortFunc(out.Places, func(a, b PlaceCount) int { return cmp.Compare(a.GeonamesID, b.GeonamesID) })
	return out
}

// compareKeys orders keys by kind, then A, B and C.
func compareKeys(a, b *EvidenceKey) int {
	// Each comparison only when the earlier ones tie (cmp.Or would make them all).
	if a.Kind != b.Kind {
		return cmp.Compare(a.Kind, b.Kind)
	}
	if r := strings.Compare(a.A, b.A); r != 0 {
		return r
	}
	if r := strings.Compare(a.B, b.B); r != 0 {
		return r
	}
	return strings.Compare(a.C, b.C)
}

// digest is DigestDocument's state: the best sentence found so far for every key. Its slices
// and map are working memory that a collector reuses from one document to the next (Digest);
// release empties them between documents, so that they keep no document alive.
type digest struct {
	docID, date, text string
	sentences         []text.Span
	// cands holds the candidate of every key seen in the document, found by its key in table.
	cands []candidate
	table keyTable
	// coll, when set, is the collector whose Digest this is: a key it would not keep in this
	// document (EvidenceCollector.Digest) is kept in cands as dropped, so that it is asked once.
	coll *EvidenceCollector
	// marks holds the marks of the candidates of actor and country keys, each a slice of it.
	marks []Mark
	// Reused buffers of run.
	bySentence        []sentenceMention
	ms                []*entities.Mention
	actors, countries []string
	keys              []keyCandidate
}

// sentenceMention is a mention (an index of the document's mentions) and its sentence.
type sentenceMention struct{ sentence, mention int }

// keyCandidate is a key and the index of its candidate in digest.cands.
type keyCandidate struct {
	key  EvidenceKey
	cand int32
}

// release empties d, dropping its references to the document, and keeps its memory.
func (d *digest) release() {
	d.docID, d.date, d.text, d.sentences, d.coll = "", "", "", nil, nil
	d.table.empty(d.cands)
	clear(d.cands)
	d.cands = d.cands[:0]
	d.marks = d.marks[:0]
	clear(d.ms[:cap(d.ms)])
	clear(d.actors[:cap(d.actors)])
	clear(d.countries[:cap(d.countries)])
	clear(d.keys)
	d.keys = d.keys[:0]
	d.bySentence = d.bySentence[:0]
}

type candidate struct {
	// key is the candidate's key, state its keyState and slot its place in digest.table.
	key   EvidenceKey
	state uint64
	slot  int32
	// keyHash is keyHash(key, docID), computed once per key.
	keyHash  uint64
	sentence int
	long     bool
	hash     uint64
	marks    []Mark
	note     string
	// dropped marks a key that digest.coll does not want: no sentence is picked for it.
	dropped bool
}

// sentenceOf returns the index of the sentence that holds [start, end): hint when it does, else
// the one found by search; -1 when none does.
func (d *digest) sentenceOf(hint, start, end int) int {
	in := func(i int) bool {
		return i >= 0 && i < len(d.sentences) && d.sentences[i].Start <= start && end <= d.sentences[i].End &&
			d.sentences[i].End <= len(d.text) && d.sentences[i].Start >= 0
	}
	if in(hint) {
		return hint
	}
	i, _ := slices.BinarySearchFunc(d.sentences, start, func(s text.Span, x int) int {
		if s.End <= x {
			return -1
		}
		if s.Start > x {
			return 1
		}
		return 0
	})
	if in(i) {
		return i
	}
	return -1
}

// offer proposes sentence si for key k, marking the mentions of ms that match.
func (d *digest) offer(k EvidenceKey, si int, match func(*entities.Mention) bool, ms []*entities.Mention) {
	i, ok := d.want(k, si)
	if !ok {
		return
	}
	start := len(d.marks)
	for _, m := range ms {
		if match(m) {
			d.marks = append(d.marks, Mark{Start: m.Start, End: m.End, Role: MarkActor})
		}
	}
	d.set(i, si, d.marks[start:len(d.marks):len(d.marks)], "")
}

// offerMarks proposes sentence si for key k with the given marks.
func (d *digest) offerMarks(k EvidenceKey, si int, marks []Mark, note string) {
	if i, ok := d.want(k, si); ok {
		d.set(i, si, marks, note)
	}
}

// want returns the index in d.cands of the candidate of key k and whether sentence si should
// replace its sentence: the key is new to the document and wanted by d.coll, or si is a better
// choice than the key's sentence. A new key gets its candidate (dropped, when d.coll does not
// want it).
func (d *digest) want(k EvidenceKey, si int) (int32, bool) {
	st := keyState(k)
	slot, i := d.table.find(d.cands, k, st)
	if i >= 0 {
		c := &d.cands[i]
		return i, !c.dropped && d.better(si, c)
	}
	kh := docHash(st, d.docID)
	i = int32(len(d.cands))
	dropped := d.coll != nil && !keeps(d.coll.Snippets(k), orDefault(d.coll.PerKey, 3), kh, d.docID)
	d.cands = append(d.cands, candidate{key: k, state: st, keyHash: kh, dropped: dropped})
	d.table.insert(d.cands, slot)
	return i, !dropped
}

// sentenceHash mixes the hash of a key (keyHash) with sentence si.
func sentenceHash(kh uint64, si int) uint64 {
	return mix64(kh ^ uint64(si+1)*0x9e3779b97f4a7c15)
}

func (d *digest) isLong(si int) bool {
	s := d.sentences[si]
	return s.End-s.Start > MaxSnippetBytes
}

// better reports whether sentence si is a better choice for k than c.
func (d *digest) better(si int, c *candidate) bool {
	if si == c.sentence {
		return false
	}
	long := d.isLong(si)
	if long != c.long {
		return !long
	}
	return sentenceHash(c.keyHash, si) < c.hash
}

// set makes sentence si the choice of candidate i, keeping the key's hash.
func (d *digest) set(i int32, si int, marks []Mark, note string) {
	c := &d.cands[i]
	*c = candidate{key: c.key, state: c.state, slot: c.slot, keyHash: c.keyHash, sentence: si, long: d.isLong(si),
		hash: sentenceHash(c.keyHash, si), marks: marks, note: note}
}

// cutSnippet returns sentence s of txt on one line, trimmed, and the marks (document offsets)
// moved into it; a sentence longer than MaxSnippetBytes is cut around the marks, at word
// boundaries, with "…" at each cut. whole reports whether the snippet is the whole sentence.
func cutSnippet(txt string, s text.Span, marks []Mark) (snip string, out []Mark, whole bool) {
	w := snippetWindow(txt, s, marks)
	return w.prefix + oneLine(txt[w.start:w.end]) + w.suffix, w.marks(marks), w.whole
}

// window is the stretch txt[start:end] of a sentence that a snippet shows, on one line with
// prefix before and suffix after it ("…" where the sentence was cut).
type window struct {
	start, end     int
	prefix, suffix string
	whole          bool
}

// snippetWindow returns the window of sentence s of txt that cutSnippet shows around marks.
func snippetWindow(txt string, s text.Span, marks []Mark) window {
	start, end := s.Start, s.End
	for start < end {
		r, n := utf8.DecodeRuneInString(txt[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(txt[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	prefix, suffix := "", ""
	whole := true
	if end-start > MaxSnippetBytes {
		lo, hi := end, start
		for _, m := range marks {
			if m.Start >= start && m.End <= end {
				lo, hi = min(lo, m.Start), max(hi, m.End)
			}
		}
		if lo > hi {
			lo, hi = start, start
		}
		if hi-lo > MaxSnippetBytes {
			hi = lo + MaxSnippetBytes // keep the first marks
		}
		// Centre the marked stretch in the window.
		pad := (MaxSnippetBytes - (hi - lo)) / 2
		wlo := max(start, lo-pad)
		whi := min(end, wlo+MaxSnippetBytes)
		wlo = max(start, whi-MaxSnippetBytes)
		for wlo > start && !utf8.RuneStart(txt[wlo]) {
			wlo++
		}
		for whi < end && !utf8.RuneStart(txt[whi]) {
			whi--
		}
		if wlo > start {
			// Start after a space, dropping the partial word.
			if i := strings.IndexFunc(txt[wlo:whi], unicode.IsSpace); i >= 0 && wlo+i < lo {
				wlo += i
				for wlo < whi && txt[wlo] == ' ' {
					wlo++
				}
			}
			prefix = "…"
		}
		if whi < end {
			if i := strings.LastIndexFunc(txt[wlo:whi], unicode.IsSpace); i >= 0 && wlo+i >= hi {
				whi = wlo + i
			}
			suffix = "…"
		}
		start, end = wlo, whi
		whole = false
	}
	return window{start: start, end: end, prefix: prefix, suffix: suffix, whole: whole}
}

// marks returns marks (document offsets) moved into the snippet of w, in order, without those
// that overlap an earlier one.
func (w window) marks(marks []Mark) []Mark {
	start, end, prefix := w.start, w.end, w.prefix
	if len(marks) == 0 {
		return nil
	}
	out := make([]Mark, 0, len(marks))
	for _, m := range marks {
		ms, me := max(m.Start, start), min(m.End, end)
		if ms >= me {
			continue
		}
		out = append(out, Mark{Start: ms - start + len(prefix), End: me - start + len(prefix), Role: m.Role})
	}
	slices.SortFunc(out, func(a, b Mark) int {
		if r := cmp.Compare(a.Start, b.Start); r != 0 {
			return r
		}
		return cmp.Compare(b.End, a.End)
	})
	// Drop marks that overlap an earlier one (a mention inside the verb phrase, say).
	kept := out[:0]
	last := -1
	for _, m := range out {
		if m.Start >= last {
			kept = append(kept, m)
			last = m.End
		}
	}
	if len(kept) == 0 {
		return nil // as when no mark was appended to a nil out
	}
	return kept
}

// EvidenceCollector keeps the report's evidence while documents stream by: for every key the
// sentences of the PerKey documents of smallest rank ([Snippet.Rank]), and the places mentioned
// with their counts. What it keeps does not depend on the order documents (or other collectors)
// are added in, so shards of a corpus can be collected apart and merged in any order. It keeps at
// most PerKey sentences per key: its size grows with the number of actors, pairs of actors and
// event types that occur, not with the number of documents. The zero value is ready to use; it is
// not safe for concurrent use.
type EvidenceCollector struct {
	// PerKey is how many sentences are kept per key (3 when 0).
	PerKey int

	// items maps every key with sentences to the index of its sentences in lists: a sentence
	// added to a key already kept updates its list without writing the map again.
	items  map[EvidenceKey]int32
	lists  [][]Snippet
	places map[int]*PlaceCount
	strs   map[string]string
	// scratch is Digest's working memory, reused from one document to the next.
	scratch *digest
}

func (c *EvidenceCollector) intern(s string) string {
	if k, ok := c.strs[s]; ok {
		return k
	}
	if c.strs == nil {
		c.strs = map[string]string{}
	}
	k := strings.Clone(s)
	c.strs[k] = k
	return k
}

// Add adds the evidence of one document.
func (c *EvidenceCollector) Add(d *DocEvidence) {
	if d == nil {
		return
	}
	var m internMemo // a document's items share its id and date
	for i := range d.Items {
		c.add(d.Items[i].Key, d.Items[i].Snippet, &m)
	}
	for _, p := range d.Places {
		c.addPlace(p)
	}
}

// internMemo remembers the last strings interned by EvidenceCollector.add for a snippet's
// document id and date, which the items of one document share.
type internMemo struct {
	idIn, id, dateIn, date string
	ok                     bool
}

// add adds snippet s of key k if c keeps it; m, when not nil, spares interning the same document
// id and date again.
func (c *EvidenceCollector) add(k EvidenceKey, s Snippet, m *internMemo) {
	per := orDefault(c.PerKey, 3)
	if c.items == nil {
		c.items = map[EvidenceKey]int32{}
	}
	li, ok := c.items[k]
	var have []Snippet
	if ok {
		have = c.lists[li]
	}
	if !keeps(have, per, s.Rank, s.DocID) {
		return
	}
	// Binary search by hand: through slices.BinarySearchFunc's closure s would escape to the heap.
	i, j := 0, len(have)
	for i < j {
		if h := int(uint(i+j) >> 1); compareSnippets(&have[h], &s) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	if !ok {
		k = EvidenceKey{Kind: k.Kind, A: c.intern(k.A), B: c.intern(k.B), C: c.intern(k.C)}
		li = int32(len(c.lists))
		c.items[k] = li
		c.lists = append(c.lists, nil)
	}
	if m == nil {
		s.DocID, s.Date = c.intern(s.DocID), c.intern(s.Date)
	} else {
		if !m.ok || s.DocID != m.idIn || s.Date != m.dateIn {
			*m = internMemo{idIn: s.DocID, id: c.intern(s.DocID), dateIn: s.Date, date: c.intern(s.Date), ok: true}
		}
		s.DocID, s.Date = m.id, m.date
	}
	s.Marks = slices.Clip(s.Marks)
	have = slices.Insert(have, i, s)
	if len(have) > per {
		have = have[:per]
	}
	c.lists[li] = have
}

// keeps reports whether a key's sentences have, PerKey being per, take one of document docID of
// rank rank: have holds none of that document (one sentence per document and key; so none equal
// to it either) and fewer than per, or the last has a greater rank (documents break ties). The
// answer does not depend on which sentence of the document it is, which Digest relies on.
func keeps(have []Snippet, per int, rank uint64, docID string) bool {
	for i := range have {
		if have[i].DocID == docID {
			return false
		}
	}
	if len(have) < per {
		return true
	}
	last := &have[len(have)-1]
	return cmp.Or(cmp.Compare(rank, last.Rank), cmp.Compare(docID, last.DocID)) < 0
}

func (c *EvidenceCollector) addPlace(p PlaceCount) {
	if c.places == nil {
		c.places = map[int]*PlaceCount{}
	}
	q := c.places[p.GeonamesID]
	if q == nil {
		p.Name, p.Country = c.intern(p.Name), c.intern(p.Country)
		c.places[p.GeonamesID] = &p
		return
	}
	q.Count += p.Count
	if p.Name < q.Name {
		q.Name = c.intern(p.Name)
	}
}

// Merge adds what another collector kept.
func (c *EvidenceCollector) Merge(o *EvidenceCollector) {
	if o == nil {
		return
	}
	for k, li := range o.items {
		for _, s := range o.lists[li] {
			c.add(k, s, nil)
		}
	}
	for _, p := range o.places {
		c.addPlace(*p)
	}
}

// Snippets returns the sentences kept for k, smallest rank first. The slice is the collector's
// own: do not modify it.
func (c *EvidenceCollector) Snippets(k EvidenceKey) []Snippet {
	if c == nil {
		return nil
	}
	if li, ok := c.items[k]; ok {
		return c.lists[li]
	}
	return nil
}

// perKey is PerKey, 0 for a nil collector.
func (c *EvidenceCollector) perKey() int {
	if c == nil {
		return 0
	}
	return c.PerKey
}

// Keys returns the number of keys with evidence.
func (c *EvidenceCollector) Keys() int {
	if c == nil {
		return 0
	}
	return len(c.items)
}

// Each calls f for every key of the given kind and its snippets, in no particular order.
func (c *EvidenceCollector) Each(kind EvidenceKind, f func(EvidenceKey, []Snippet)) {
	if c == nil {
		return
	}
	for k, li := range c.items {
		if k.Kind == kind {
			f(k, c.lists[li])
		}
	}
}

// Places returns the places mentioned, by count descending then GeoNames id.
func (c *EvidenceCollector) Places() []PlaceCount {
	if c == nil {
		return nil
	}
	out := make([]PlaceCount, 0, len(c.places))
	for _, p := range c.places {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b PlaceCount) int {
		if r := cmp.Compare(b.Count, a.Count); r != 0 {
			return r
		}
		return cmp.Compare(a.GeonamesID, b.GeonamesID)
	})
	return out
}

// evidenceWire is the encoded form of a collector: keys and places in order.
type evidenceWire struct {
	PerKey int
	Items  []EvidenceItem
	Places []PlaceCount
}

// MarshalBinary encodes what the collector kept (gob), keys in order: the same content gives
// the same bytes.
func (c *EvidenceCollector) MarshalBinary() ([]byte, error) {
	w := evidenceWire{PerKey: c.PerKey, Places: c.Places()}
	keys := make([]EvidenceKey, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b EvidenceKey) int { return compareKeys(&a, &b) })
	for _, k := range keys {
		for _, s := range c.lists[c.items[k]] {
			w.Items = append(w.Items, EvidenceItem{Key: k, Snippet: s})
		}
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&w); err != nil {
		return nil, fmt.Errorf("reports: encode evidence: %w", err)
	}
	return b.Bytes(), nil
}

// UnmarshalBinary replaces the collector's content with an encoded one.
func (c *EvidenceCollector) UnmarshalBinary(data []byte) error {
	var w evidenceWire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return fmt.Errorf("reports: decode evidence: %w", err)
	}
	*c = EvidenceCollector{PerKey: w.PerKey}
	for _, it := range w.Items {
		c.add(it.Key, it.Snippet, nil)
	}
	for _, p := range w.Places {
		c.addPlace(p)
	}
	return nil
}

// boundary reports whether i is at the start of a UTF-8 character of s (or at its end).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// hasBreak reports whether s has a line break or a tab, the bytes oneLine replaces: three byte
// searches, each faster than strings.ContainsAny's loop over the bytes of s.
func hasBreak(s string) bool {
	return strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0 || strings.IndexByte(s, '\t') >= 0
}

// ownLine is oneLine(s) as a new string, never s itself or a substring of it.
func ownLine(s string) string {
	if !hasBreak(s) {
		return strings.Clone(s)
	}
	return oneLine(s) // strings.Map's result, a new string, since s has a character it changes
}

// oneLine replaces line breaks and tabs with spaces (and, as strings.Map does, each byte of
// invalid UTF-8 with U+FFFD when s has a line break or tab).
func oneLine(s string) string {
	if !hasBreak(s) {
		return s
	}
	if utf8.ValidString(s) {
		// '\r', '\n' and '\t' are single bytes that are never part of a longer UTF-8 sequence:
		// each is replaced in a copy, found by a byte search of its own.
		b := []byte(s)
		for _, c := range [...]byte{'\r', '\n', '\t'} {
			for i := 0; ; i++ {
				j := bytes.IndexByte(b[i:], c)
				if j < 0 {
					break
				}
				i += j
				b[i] = ' '
			}
		}
		return string(b)
	}
	return strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
