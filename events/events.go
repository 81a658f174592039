package events

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Modalities of an event (Event.Modality).
const (
	// Asserted: the text states that the event happened or happens.
	Asserted = "asserted"
	// Negated: the text states that it did not happen ("did not meet", "never attacked").
	Negated = "negated"
	// Reported: the event is inside attributed speech ("X said that Y attacked Z", "..., X said").
	Reported = "reported"
	// Intended: the event is announced for the future ("will meet", "plans to visit", "is expected to sign").
	Intended = "intended"
	// Hypothetical: the event is conditional or possible ("if X attacks", "could impose", "would meet").
	Hypothetical = "hypothetical"
)

// Event is one actor-relationship event: who did what to whom, in one sentence.
//
// It maps field by field onto a row of relations.csv (reports.RelationRow): Sentence → sentence,
// Source → source, Target → target, Code → event_code, Root → event_root, Label → event_label,
// QuadClass → quad_class, Goldstein → goldstein, Modality → modality, Evidence → evidence,
// SourceMention.Start/End → source_start/source_end, TargetMention.Start/End →
// target_start/target_end; doc_id and date come from the document.
type Event struct {
	// Sentence is the index of the sentence in text.Doc.Sentences.
	Sentence int
	// Source and Target are actor codes: the canonical entity id of the mention (ISO3, IGO id or
	// person name), followed by a role code when the text gives one ("IRQMIL", "SYRGOV", "USA"),
	// or a role code alone for an unnamed agent ("REB"). See the package documentation.
	Source, Target string
	// SourceMention and TargetMention are the byte spans, in the document text, of the mentions of
	// the source and target actors.
	SourceMention, TargetMention text.Span
	// Verb is the byte span of the words that triggered the event ("imposed sanctions on").
	Verb text.Span
	// Code is the CAMEO event code ("0874"), Root its root ("08"), Label its codebook name.
	Code, Root, Label string
	// QuadClass is 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
	QuadClass int
	// Goldstein is the code's Goldstein weight in [-10, +10].
	Goldstein float64
	// Modality is one of Asserted, Negated, Reported, Intended, Hypothetical.
	Modality string
	// Evidence is the text of the sentence.
	Evidence string
	// PloverEvent, PloverMode and PloverContext are the PLOVER coding of Code ([PLOVEROf]); all
	// empty for a code PLOVER does not code (statements, 01) or a code of a user dictionary that
	// is not a CAMEO code.
	PloverEvent, PloverMode, PloverContext string
	// Confidence is the share of five clues that hold for the event, in [0.2, 1]: one for being
	// coded at all; one for a code from a pattern with words beyond the verb ("imposed sanctions
	// on", not "imposed"); one for two named actors (not generic agents such as "rebels"); one
	// for a target that is a direct argument (the target a pattern names, a direct object, the
	// patient of a passive, the object of "with", "to", "against", "on", "from"..., a member of
	// a compound subject), not a place or a looser prepositional phrase; one for modality
	// Asserted. See [EventID] for the events that several mentions report.
	Confidence float64
	// SourceSide and TargetSide are the country and CAMEO role of the source and target (GDELT's
	// Actor1CountryCode and Actor1Type1Code; see [Side]): relations.csv's source_country,
	// source_role, target_country and target_role.
	SourceSide, TargetSide Side
}

// EventID returns the identifier of the event that mentions of the same date (the document's,
// YYYY-MM-DD or ""), source, target and CAMEO code share, so that wire copies and follow-up
// stories count as one event: "ev" and 16 hexadecimal digits of the FNV-1a hash of the four
// fields. It is a pure function of its arguments: the same event gets the same identifier in
// every run, shard and process. Undated mentions of a pair and code share one identifier.
func EventID(date, source, target, code string) string {
	h := fnv.New64a()
	for _, f := range [...]string{date, source, target, code} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("ev%016x", h.Sum64())
}

// actor is one actor of a sentence: a mention (or an unnamed agent noun) with its role.
type actor struct {
	code       string
	unnamed    bool      // an agent noun without a name ("rebels"): code is a role alone
	demonym    bool      // a NORP mention ("Chinese")
	place      bool      // after a locative preposition ("in Iran")
	grounded   bool      // a known actor, not only a capitalized name (see groundedMention)
	thing      bool      // a demonym describing a thing ("Russian assets"): a target, never a source
	person     bool      // a PERSON mention
	country    bool      // code starts with the ISO3 code of a country (not an IGO such as "IMF")
	span       text.Span // the mention's bytes
	first, end int       // token range covering the mention and its role noun ("Iraqi troops")
	home       string    // the mention's country (entities.Mention.Country), "" when unknown
	listed     bool      // a name of the gazetteer or an actor dictionary, not only one a rule or model found
}

// group is one or more actors joined by "and" or commas ("France and Britain").
type group struct {
	members    []actor
	first, end int
}

// sentenceView holds the per-sentence data the coder works on; token indices are relative to the
// sentence.
type sentenceView struct {
	d       *text.Doc
	s       text.Sentence
	words   []string // lower-case token texts
	lemmas  []string
	tags    []string
	actorAt []int // token → index into groups, or -1
	groups  []group
	known   map[string]bool   // lemmas of the verb dictionaries, for the lemmatizer
	irreg   map[string]string // irregular verb forms of the verb dictionary → lemma
	k       int               // index of the sentence in d.Sentences
	// present holds the ids (VerbDict.wordIDs) of the words and lemmas of the tokens, also
	// marked in marks, which keeps the candidate patterns of the blocks looked at so far (set
	// with presentSet by candidates)
	present    []int32
	presentSet bool
	marks      *idMarks
	buf        *viewBuffers // the buffers the view's slices belong to
	// substituted is set while codeOf has replaced a token's lemma, substLemma, for a look-up
	substituted bool
	substLemma  string
	tokSorted   bool // the starts and the ends of the sentence's tokens are each in order
}

func (v *sentenceView) n() int { return len(v.words) }

func (v *sentenceView) span(i, j int) text.Span {
	return text.Span{Start: v.d.Tokens[v.s.First+i].Start, End: v.d.Tokens[v.s.First+j-1].End}
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") }
func isFinite(t string) bool  { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }
func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }

// ExtractEvents codes the actor-relationship events ("who did what to whom") of one analysed
// document from its mentions. It is a pure function of its arguments and safe for concurrent use;
// events come in sentence order, then by verb position. Inconsistent sentences or mentions are
// skipped, never trusted.
//
// Actors. A sentence yields events only when it has at least two actors, one of them a mention
// with an Entity. An actor code is the mention's canonical entity (ISO3, IGO id, organization or
// person name) followed by a role code when the text names one: "Iraqi troops" IRQMIL, "the
// Syrian government" SYRGOV, "Russia's foreign minister" RUSGOV, "soldiers from Gondor" GONMIL,
// "Chinese President Xi Jinping" CHNGOV (the official is coded as the office). Roles follow CAMEO
// agent codes: GOV (government, ministry, minister, president, officials, diplomats, authorities),
// MIL (troops, army, forces, navy, jets, warships), COP (police), REB (rebels, insurgents,
// militants), OPP (opposition, activists), JUD (courts, prosecutors), LEG (parliament,
// lawmakers), SPY (intelligence, agents), MED (journalists), EDU (students), LAB (workers), AGR
// (farmers), REF (refugees), NGO (aid workers), CRM (gangs), CVL (civilians, protesters,
// residents; "Kenyans protested" KENCVL). An agent noun without a name ("rebels") is an actor
// of its own: its role alone, prefixed by the sentence's country when exactly one country is
// named ("Iraqi troops attacked rebels" IRQMIL → IRQREB). A city not used as a place stands for
// its country ("sanctions on Moscow" RUS); a place after "in", "at", "near"... is a target only
// when no other actor follows the verb.
//
// Verbs and direction. Verb phrases are matched against the package's lexicon (lemmas, multi-word
// patterns with gaps: "signed a trade agreement with", "imposed sanctions on"). The source is the
// actor group before the verb, the target the first actor group after it in the same clause:
//   - passive voice: "X was attacked by Y" and "a deal brokered by Y" give Y → X;
//   - compound actors ("X and Y", "X, Y and Z") give one event per source × target;
//   - reciprocal verbs (meet, talk, negotiate, sign, agree, cooperate, clash, fight, exchange
//     fire...) go both ways: "X and Y met" gives X → Y and Y → X, and so do "X met Y" and "X
//     signed an accord with Y"; "talks between X and Y" gives both directions;
//   - "X urged Y to release Z": one appeal X → Y whose code comes from the requested act (0253);
//     the complement of urge, call on, ask, demand, promise, threaten, refuse and the clause of
//     "demanded that Y ..." are not coded apart;
//   - "X's foreign minister met Y": the possessor with the role is the source (XGOV);
//   - coordinated predicates share their subject ("X criticized Y and praised Z"), and so do
//     participial adjuncts ("after arresting ...");
//   - purpose clauses ("met in Almaty to discuss"), participles used as adjectives ("alleged
//     crimes") and the content of a speech act ("criticized Y for blocking") are not coded;
//   - neutral reporting verbs (say, report, announce, according to) are not events themselves:
//     what they report is, with modality Reported.
//
// Modality (precedence Hypothetical > Negated > Intended > Reported > Asserted):
//   - Negated: "did not meet", "never recognized"; a refusal verb ("refused to meet") is itself
//     an asserted event of root 12;
//   - Hypothetical: "if" in the same clause, or could, would, might, may, should;
//   - Intended: will, plans to, is expected to, is set to...: the act keeps its own code;
//   - Reported: inside the complement of a reporting verb, before a trailing ", X said", or with
//     "according to";
//   - a speaker's own commitment ("Washington said it would ease sanctions", "X is ready to
//     mediate") is an asserted 03 event (13 for a conflictual act: a threat), as in CAMEO; so is
//     "threatened to attack" (138, asserted); "X said Y must return Z" is a demand X → Y (1053).
func ExtractEvents(d *text.Doc, ms []entities.Mention) []Event {
	c, err := defaultCoder()
	if err != nil {
		return nil // the embedded tables are checked by the tests
	}
	return c.Extract(d, ms)
}

// mentionIndex returns, sentence by sentence, the mentions of one document that have an Entity and
// lie inside the sentence. When the mentions are sorted by start offset (recognizers return them in
// text order), only those starting inside the sentence are scanned, found by binary search;
// otherwise every mention is.
type mentionIndex struct {
	ms     []entities.Mention
	sorted bool
	buf    []entities.Mention
}

func newMentionIndex(ms []entities.Mention) *mentionIndex {
	sorted := true
	for i := 1; i < len(ms) && sorted; i++ {
		sorted = ms[i-1].Start <= ms[i].Start
	}
	return &mentionIndex{ms: ms, sorted: sorted}
}

// in returns the mentions of sentence s, in the order of the index's mentions; the slice is reused
// by the next call.
func (x *mentionIndex) in(s text.Sentence) []entities.Mention {
	ms := x.ms
	if x.sorted {
		lo := firstStartingAt(ms, s.Start)
		ms = ms[lo : lo+firstStartingAt(ms[lo:], s.End)] // the mentions with s.Start <= Start < s.End
	}
	x.buf = x.buf[:0]
	for _, m := range ms {
		if m.Entity != "" && m.Start >= s.Start && m.End <= s.End && m.Start < m.End {
			x.buf = append(x.buf, m)
		}
	}
	return x.buf
}

// firstStartingAt returns the index of the first of mentions ms (sorted by Start) that starts at
// or after offset t, len(ms) if none does. It reads the mentions in place: a comparison function
// taking a Mention would copy it at every step.
func firstStartingAt(ms []entities.Mention, t int) int {
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= t })
}

// validSentence reports whether s is consistent with d (defensive: never index out of range).
func validSentence(d *text.Doc, s text.Sentence) bool {
	return s.First >= 0 && s.Last <= len(d.Tokens) && s.First < s.Last && s.Start >= 0 && s.End <= len(d.Text) && s.Start <= s.End
}

// MainCode returns the CAMEO code of the main event of a document: the code (after frames, see
// the package documentation) of the first verb pattern that is neither a speech verb nor the
// complement of another verb; else 010 when a speech verb was found; else "". Unlike
// [ExtractEvents] it needs no actors: it classifies sentences by event type.
func MainCode(d *text.Doc, ms []entities.Mention) string {
	c, err := defaultCoder()
	if err != nil {
		return ""
	}
	return c.MainCode(d, ms)
}

// mayHaveTwoActors reports whether sentence s with mentions sm may hold two actors after
// findActors and ground; when it reports false, they would leave fewer than two. It reads no POS
// tag, so a sentence it rules out need not be tagged. It bounds the actors from above:
//   - findActors makes at most one actor of each mention, and ground keeps it only when it is an
//     actor (isActorEntity) and grounded;
//   - an unnamed agent is a token whose lemma (its word, or its noun lemma when tagged as a
//     plural) has a role, and findActors skips the token, whatever its tag, when that role is
//     CVL, when the lemma is "security", "peacekeeper" or "delegation", when the role is GOV and
//     the word before is not "the", when the word before is locative, and when the token lies
//     in a mention of which it surely makes an actor (inActorMention);
//   - unless agents is set, ground drops an unnamed agent that was given no country, and
//     findActors gives it one only from a named actor that is a country (soleCountry), which
//     needs a mention of a country, demonym or place, or one with a country that is not an IGO.
func mayHaveTwoActors(d *text.Doc, s text.Sentence, sm []entities.Mention, known map[string]bool, agents bool) bool {
	var b viewBuffers
	return b.mayHaveTwoActors(d, s, sm, known, agents)
}

// mayHaveTwoActors is [mayHaveTwoActors] with the lower-case words of b, which a view of the
// sentence made next reuses.
func (b *viewBuffers) mayHaveTwoActors(d *text.Doc, s text.Sentence, sm []entities.Mention, known map[string]bool, agents bool) bool {
	n := 0
	country := agents
	var words []string
	for _, m := range sm {
		if !isActorEntity(m) {
			if m.GeonamesID == 0 || m.Source == entities.SourceGazetteer {
				continue
			}
			if words == nil {
				words = b.lower(d, s)
			}
			if !placeArgumentIn(d, s, m, words) {
				continue
			}
		}
		if groundedMention(m) || m.Type == entities.ORG && tickerCountry(d.Text, m.Start, m.End) != "" ||
			centralBankCountry(d.Text[m.Start:m.End]) != "" {
			n++
		}
		if m.Type == entities.GPE || m.Type == entities.NORP || m.Type == entities.LOC || len(m.Country) == 3 && m.Role != "IGO" {
			country = true
		}
	}
	if n >= 2 {
		return true
	}
	if !country {
		return false // no unnamed agent survives ground
	}
	prev := ""
	if words == nil {
		words = b.lower(d, s)
	}
	for i := s.First; i < s.Last && n < 2; i++ {
		w := words[i-s.First]
		if mayBeAgent(w, prev, known) && !inActorMention(d, s, sm, i) {
			n++
		}
		prev = w
	}
	return n >= 2
}

// inActorMention reports whether token i of sentence s overlaps a mention of sm of which
// findActors surely makes an actor, whatever the tags: an actor entity that is not an
// organization nothing grounds, not a city, and not a country or demonym before a currency word.
// findActors makes no unnamed agent of a token an actor covers.
func inActorMention(d *text.Doc, s text.Sentence, sm []entities.Mention, i int) bool {
	t := d.Tokens[i]
	for _, m := range sm {
		if t.End <= m.Start || t.Start >= m.End || !isActorEntity(m) ||
			m.Type == entities.ORG && !groundedMention(m) || m.Type == entities.GPE && !upperCode(m.Entity) {
			continue
		}
		if m.Type == entities.GPE || m.Type == entities.NORP {
			j := i
			for j < s.Last && d.Tokens[j].Start < m.End {
				j++
			}
			if j < s.Last && currencyWord(lowerWord(d.TokenText(j))) {
				continue
			}
		}
		return true
	}
	return false
}

// mayBeAgent reports whether findActors may make an unnamed agent of a token with lower-case word
// w after the word prev ("" at the start of the sentence), whatever the token's tag: the lemma
// findActors reads is w or, for a plural noun, nounLemma(w, known).
func mayBeAgent(w, prev string, known map[string]bool) bool {
	if locative(prev) {
		return false
	}
	for k, l := range [2]string{w, lowerNounLemma(w, known)} {
		if k == 1 && l == w {
			break
		}
		switch r := roleOf(l); {
		case r == "" || r == "CVL" || l == "security" || r == "GOV" && prev != "the":
		case l == "peacekeeper" || l == "delegation":
		default:
			return true
		}
	}
	return false
}

func countActors(gs []group) int {
	n := 0
	for _, g := range gs {
		n += len(g.members)
	}
	return n
}

// viewBuffers holds the per-token slices of the sentence views of one document, reused from one
// sentence to the next (a view is not used after the next one is made).
type viewBuffers struct {
	words, lemmas, tags []string
	actorAt             []int
	marks               idMarks
	// the working memory of findActors, and the members of the view's groups
	raw, as, members []actor
	types            []string
	absorbed         []bool
	links            []int
	groups           []group
	// isilDoc: the document names the Islamic State (coalition.go)
	isilDoc bool
	// the lower-case words of sentence lowS of document lowDoc (see lower)
	lowDoc  *text.Doc
	lowS    text.Sentence
	low     []string
	lowText []byte
	lowHigh []int
}

// lower returns the words of sentence s of d in lower case (lowerWord of each token's text), kept
// until the words of another sentence are asked for. When the sentence's text holds its tokens,
// its ASCII capitals are lowered eight bytes at a time into one string that the words of ASCII
// tokens are slices of; a token with other bytes, or every token of a sentence that does not hold
// them, is lowered by lowerWord.
func (b *viewBuffers) lower(d *text.Doc, s text.Sentence) []string {
	if b.lowDoc == d && b.lowS == s && d != nil {
		return b.low
	}
	n := s.Last - s.First
	b.low = resize(b.low, n)
	b.lowDoc, b.lowS = d, s
	toks := d.Tokens[s.First:s.Last]
	for _, t := range toks {
		if t.Start < s.Start || t.End > s.End || t.Start > t.End {
			for i, t := range toks {
				b.low[i] = lowerWord(d.Text[t.Start:t.End])
			}
			return b.low
		}
	}
	buf := append(b.lowText[:0], d.Text[s.Start:s.End]...)
	high := lowerASCII(buf, b.lowHigh[:0])
	b.lowText, b.lowHigh = buf[:0], high[:0]
	str := string(buf)
	for i, t := range toks {
		a, e := t.Start-s.Start, t.End-s.Start
		if len(high) > 0 {
			if k := sort.SearchInts(high, a); k < len(high) && high[k] < e {
				b.low[i] = lowerWord(d.Text[t.Start:t.End]) // a token with a byte past ASCII
				continue
			}
		}
		b.low[i] = str[a:e]
	}
	return b.low
}

// lowerASCII lowers the ASCII capitals of buf in place and returns high with the offsets, in order,
// of the bytes of buf past ASCII (0x80 and above), which it leaves as they are.
func lowerASCII(buf []byte, high []int) []int {
	const hi = 0x8080808080808080
	k := 0
	for ; k+8 <= len(buf); k += 8 {
		x := binary.LittleEndian.Uint64(buf[k:])
		if x&hi != 0 {
			high = lowerBytes(buf[k:k+8], k, high)
			continue
		}
		// per byte (each below 0x80, so no carry crosses bytes): adding 0x80-'A' sets the high
		// bit from 'A' on, adding 0x80-'Z'-1 from past 'Z' on; a capital has the first only
		upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & hi
		binary.LittleEndian.PutUint64(buf[k:], x|upper>>2)
	}
	return lowerBytes(buf[k:], k, high)
}

// lowerBytes is lowerASCII byte by byte, for the bytes of a buffer from offset off.
func lowerBytes(buf []byte, off int, high []int) []int {
	for k, c := range buf {
		switch {
		case c >= utf8.RuneSelf:
			high = append(high, off+k)
		case c-'A' < 26:
			buf[k] = c + 'a' - 'A'
		}
	}
	return high
}

// viewIrreg returns the view of sentence s of d, built in the slices of b (which it reuses from
// sentence to sentence), with the irregular verb forms of a verb dictionary (nil for none).
func (b *viewBuffers) viewIrreg(d *text.Doc, s text.Sentence, known map[string]bool, irreg map[string]string) *sentenceView {
	n := s.Last - s.First
	low := b.lower(d, s)
	b.words, b.lemmas, b.tags = resize(b.words, n), resize(b.lemmas, n), resize(b.tags, n)
	b.actorAt = resize(b.actorAt, n)
	b.marks.cand, b.marks.blocks = b.marks.cand[:0], b.marks.blocks[:0]
	v := &sentenceView{d: d, s: s, words: b.words, lemmas: b.lemmas, tags: b.tags, actorAt: b.actorAt, known: known, irreg: irreg,
		marks: &b.marks, buf: b, groups: b.groups[:0]}
	v.tokSorted = true
	for i := range n {
		t := d.Tokens[s.First+i]
		if i > 0 && (t.Start < d.Tokens[s.First+i-1].Start || t.End < d.Tokens[s.First+i-1].End) {
			v.tokSorted = false
		}
		w := low[i]
		v.words[i], v.tags[i], v.actorAt[i] = w, t.Tag, -1
		switch {
		case isVerbTag(t.Tag):
			v.lemmas[i] = v.verbLemma(w)
		case t.Tag == "NNS" || t.Tag == "NNPS":
			v.lemmas[i] = lowerNounLemma(w, known)
		default:
			v.lemmas[i] = w
		}
	}
	v.pairDashes()
	// The tagger sometimes tags a trigger verb as a noun after a subject ("Iran attacks Iraq"):
	// nothing is changed for those; noun triggers cover the frequent noun uses. Two forms are
	// verbs whatever the tag: a singular noun right after a modal ("Libya must hand over", "would
	// this year criticize"), and
	// after a noun or pronoun an irregular past form ("Klibi undertook mediation") or a past
	// form of a known verb followed by its object ("agents abused immigrants").
	for i := 1; i < n; i++ {
		t, w := v.tags[i], v.words[i]
		if t == "VBG" && i+1 < n && sortieNoun(v.words[i+1]) {
			v.tags[i], v.lemmas[i] = "NN", w // "flew bombing raids": a noun modifier, not a verb
			continue
		}
		if t == "VBG" && ingNoun(w) && (isVerbTag(v.tags[i-1]) || i > 1 && v.tags[i-1] == "JJ" && isVerbTag(v.tags[i-2])) {
			// "performed (noble) peacekeeping missions": the object of the verb before, not a
			// verb of its own ("NATO peacekeeping troops" keep the tag the verb patterns expect)
			v.tags[i], v.lemmas[i] = "NN", w
			continue
		}
		if v.neighbourAdjective(i) {
			v.tags[i] = "JJ" // "accused neighbouring Peru" (tagrepair.go)
			continue
		}
		if vt := v.countedConjunct(i); vt != "" {
			v.tags[i], v.lemmas[i] = vt, v.verbLemma(w) // "and injured/JJ scores of others" (tagrepair.go)
			continue
		}
		if v.floatingQuantifier(i) {
			v.tags[i] = "RB" // "France, Britain and Jordan have all signed" (manyparties.go)
			continue
		}
		if v.pluralBeforeVerb(d, s, i) {
			v.tags[i], v.lemmas[i] = "NNS", nounLemma(w, nil) // "Israeli jets/VBZ struck" (tagrepair.go)
			continue
		}
		if (w == "overnight" || w == "yesterday" || w == "today") && isVerbTag(t) && i+1 < n && isVerbTag(v.tags[i+1]) {
			// "Taiwan overnight bought ...": a time adverb the tagger took for a verb before the verb
			v.tags[i], v.lemmas[i] = "RB", w
			continue
		}
		if t != "NN" && t != "JJ" && !(t == "RB" && known[w] && i+1 < n && (objectStart(v.tags[i+1]) || v.tags[i+1] == "NNP")) {
			continue
		}
		j := i - 1
		for j > 0 && (v.tags[j] == "RB" || v.tags[j] == "RBR" || j > 1 && v.timeAdjunct(j-1)) {
			if v.tags[j] != "RB" && v.tags[j] != "RBR" {
				j-- // "would this year criticize": over the time phrase too
			}
			j--
		}
		switch {
		case v.tags[j] == "MD" && t == "NN" && w == d.Text[d.Tokens[s.First+i].Start:d.Tokens[s.First+i].End]:
			v.tags[i], v.lemmas[i] = "VB", v.verbLemma(w)
		case v.tags[j] == "MD" && (t == "JJ" || t == "RB") && known[w] && j < i-1:
			// "would this year once more urge/JJ": a verb the tagger took for an adjective
			// after adverbs (not "would be"-less predicates: "will not available")
			v.tags[i], v.lemmas[i] = "VB", w
		case t == "JJ" || irreg[w] != "":
			k := i - 1 // "agents sexually abused/JJ immigrants"
			for k > 0 && v.tags[k] == "RB" {
				k--
			}
			if !isNounTag(v.tags[k]) && v.tags[k] != "PRP" {
				continue
			}
			if l := irreg[w]; l != "" && l != w && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") {
				v.tags[i], v.lemmas[i] = "VBD", l
			} else if t == "JJ" && strings.HasSuffix(w, "ed") && i+1 < n && objectStart(v.tags[i+1]) {
				if l := v.verbLemma(w); l != w && known[l] {
					v.tags[i], v.lemmas[i] = "VBD", l
				}
			}
		}
	}
	v.fixAbbrevCapitals()
	return v
}

// sortieNoun reports whether w names a military flight or run that a gerund before it modifies
// ("bombing raids", "reconnaissance missions", "strafing runs").
func sortieNoun(w string) bool {
	switch w {
	case "raid", "raids", "run", "runs", "sortie", "sorties", "mission", "missions":
		return true
	}
	return false
}

// ingNoun reports whether w is a noun in -ing that has no verb ("peacekeeping"), which the tagger
// sometimes tags as a gerund.
func ingNoun(w string) bool {
	switch w {
	case "peacekeeping", "peace-keeping", "peacebuilding", "peace-building", "shipbuilding", "wrongdoing", "policymaking":
		return true
	}
	return false
}

// soleCountry returns the only country of the named actors of as ("" when none, "-" when several),
// else of the places; an organization counts as another country unless ignoreOrgs.
func soleCountry(as []actor, ignoreOrgs bool) string {
	country := ""
	for _, places := range []bool{false, true} {
		for _, a := range as {
			if a.unnamed || a.place != places || len(a.code) < 3 || !upperCode(a.code[:3]) || len(a.code) > 6 {
				continue
			}
			if !a.country {
				if ignoreOrgs {
					continue
				}
				return "-"
			}
			if country != "" && country != a.code[:3] {
				return "-"
			}
			country = a.code[:3]
		}
		if country != "" {
			break
		}
	}
	return country
}

// orgAgent reports whether an agent noun (lemma) may name people of an international
// organization: "UN officials", "an EU envoy".
func orgAgent(l string) bool {
	switch l {
	case "official", "envoy", "spokesman", "spokeswoman", "spokesperson", "diplomat", "secretary",
		"negotiator", "leader", "counterpart", "delegation", "ambassador":
		return true
	}
	return false
}

// objectStart reports whether a token of tag t may start a direct object.
func objectStart(t string) bool {
	switch t {
	case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD":
		return true
	}
	return false
}

// verbLemma returns the lemma of verb form w (lower case): the dictionary's irregular forms
// first, then the package's.
func (v *sentenceView) verbLemma(w string) string {
	if l, ok := v.irreg[w]; ok {
		return l
	}
	l := lowerVerbLemma(w, v.known)
	if !v.known[l] && len(w) > 5 && strings.HasPrefix(w, "re") {
		// "reimposed", "reopening": the verb repeated is the verb
		if r := strings.TrimPrefix(strings.TrimPrefix(w, "re-"), "re"); v.known[lowerVerbLemma(r, v.known)] {
			return lowerVerbLemma(r, v.known)
		}
	}
	return l
}

// roleOf returns the CAMEO-style role code of an agent noun (lemma), or "": the generic agents of
// package entities, and companies, BUS ("Japanese firms", "Taiwan's soybean importers", "U.S.
// companies"), which the coder needs as a role of a named country but does not mark as agents.
func roleOf(lemma string) string {
	switch lemma {
	case "firm", "company", "business", "businessman", "businessmen", "corporation", "manufacturer",
		"maker", "chipmaker", "carmaker", "automaker", "exporter", "importer", "trader", "investor":
		return "BUS"
	case "grower":
		return "AGR" // "French corn growers"
	case "delegation":
		return "GOV" // "a Zambian delegation", "the Nigerian delegation will hold talks"
	case "peacekeeper", "peace-keeper", "blue-helmet":
		return "MIL" // "Ukrainian peacekeepers" (CAMEO codes peacekeeping forces as MIL)
	}
	if mediaNoun(lemma) {
		return "MED" // "Brazil's leading newspaper", "Syrian state television"
	}
	if peopleNoun(lemma) {
		return "CVL" // "a Palestinian woman", "the civilian population in Kenya"
	}
	return entities.AgentRole(lemma) // "Russian bombers": MIL (entities.Equipment)
}

// sharedRoleNoun returns the role of the noun that a demonym shares with the demonym coordinated
// after it ("Iraqi and Kurdish officials": GOV; "Sudanese and Chadian troops": MIL), "" when raw
// actor i is no demonym, j (the token after it) no "and" or "or" before another demonym, or the
// noun after that one no role noun heading its phrase. CAMEO codes each of the coordinated
// adjectives with the head noun; "the Israeli and Palestinian peoples" are the nations (no role).
func (v *sentenceView) sharedRoleNoun(i, j int, raw []actor, types []string, startsAt func(int) (int, bool)) string {
	if types[i] != entities.NORP || j+1 >= v.n() || v.words[j] != "and" && v.words[j] != "or" {
		return ""
	}
	o, ok := startsAt(j + 1)
	if !ok || types[o] != entities.NORP {
		return ""
	}
	h := raw[o].end
	if h >= v.n() || !isNounTag(v.tags[h]) || v.tags[h] == "NNP" || v.words[h] == "people" || v.words[h] == "peoples" {
		return ""
	}
	l := nounLemma(v.words[h], nil)
	r := roleOf(l)
	if r == "" || equipment(l) {
		return ""
	}
	if h+1 < v.n() && isNounTag(v.tags[h+1]) && v.tags[h+1] != "NNP" && roleOf(nounLemma(v.words[h+1], nil)) == "" && !groupNoun(nounLemma(v.words[h+1], nil)) {
		return "" // a modifier: "Iraqi and Kurdish military positions"
	}
	return r
}

// campPlace reports whether the word at i is a camp that names a place ("Kenya's largest refugee
// camp was attacked", "Jordanian refugee camps"), not one whose people are named after it and act
// ("the Kenyan refugee camp's residents protested", "refugee camp residents").
func (v *sentenceView) campPlace(i int) bool {
	if i >= v.n() || v.words[i] != "camp" && v.words[i] != "camps" {
		return false
	}
	k := i + 1
	if k < v.n() && (v.words[k] == "'s" || v.words[k] == "’s" || v.words[k] == "'") {
		k++
	}
	return k >= v.n() || !isNounTag(v.tags[k]) || roleOf(nounLemma(v.words[k], nil)) == ""
}

// mediaNoun reports whether a noun lemma names a news outlet, whose country's media it is (CAMEO
// MED): "Brazil's leading newspaper", "Iranian state television", "Chinese media". Alone ("the
// newspaper") it names no one's: the unnamed-agent scan passes it.
func mediaNoun(l string) bool {
	switch l {
	case "newspaper", "magazine", "television", "tv", "radio", "media", "press":
		return true
	}
	return false
}

// wholeNation reports whether the demonym at token i opens a nation named as a whole: "the" and
// at most two adjectives before it ("the Palestinian people", "the brotherly Syrian people"), not a
// number or quantifier ("20 Iraqi people", "many Afghan people").
func (v *sentenceView) wholeNation(i int) bool {
	for n := 0; n < 3 && i > 0; n++ {
		i--
		switch {
		case v.words[i] == "the" || v.words[i] == "our" || v.words[i] == "their" || v.words[i] == "its":
			return true
		case v.tags[i] != "JJ" && v.tags[i] != "RB" && v.words[i] != ",":
			return false
		}
	}
	return false
}

// equipment reports whether an agent noun names equipment rather than people: "drones from
// Iran" are what Iran gave, not Iran's forces.
func equipment(l string) bool {
	return entities.Equipment(l) // "helicopters from China"
}

// currencyWord reports whether w names a currency unit after a country's name ("U.S. dollars",
// "Australian dlrs", the wire's abbreviation included).
func currencyWord(w string) bool {
	switch w {
	case "dollar", "dollars", "dlr", "dlrs", "cent", "cents", "sterling", "yen", "franc", "francs", "lira",
		"lire", "peso", "pesos", "rupee", "rupees", "krona", "kronor", "krone", "kroner", "rouble", "roubles",
		"ruble", "rubles", "yuan", "rand", "euro", "euros":
		return true
	}
	return false
}

// groupNoun reports whether a noun after a role noun keeps the role ("opposition parties").
func groupNoun(l string) bool {
	switch l {
	case "party", "group", "member", "figure", "unit", "officer", "personnel", "service", "chief", "head",
		"post", "station", "patrol", "politician", "movement", "camp", "position", "base", "partner", "ally",
		"channel", "network": // "state television channel", "a Qatari television network"
		return true
	}
	return false
}

// locative prepositions: an actor right after one is a place, not a participant
// (entities.LocativePreposition).
func locative(w string) bool { return entities.LocativePreposition(w) }

// SourceActorDictionary is the Mention.Source a recognizer sets on names it read from a user's
// actor dictionary (such as a PETRARCH/TABARI actor dictionary): the coder takes them as grounded
// actors.
const SourceActorDictionary = "actor-dictionary"

// groundedMention reports whether a mention names an actor the recognizers know beyond its
// surface: a country, demonym or place of a country, an entry of the gazetteer or of a rule (known
// organizations, leaders), a generic agent or a coreferent of one, a name of a user's actor
// dictionary, or any mention given a country. A name the statistical model found and nothing
// grounds ("LOC" for a letter of credit, a job title) is not an actor.
func groundedMention(m entities.Mention) bool {
	if m.Country != "" || m.Type == entities.NORP || m.Type == entities.GPE || m.Type == entities.LOC {
		return true
	}
	switch m.Source {
	case entities.SourceGazetteer, entities.SourceRule, entities.SourceAgent, entities.SourcePronoun, entities.SourceDescription, SourceActorDictionary:
		return true
	}
	return upperCode(m.Entity) && len(m.Entity) == 3 // an ISO3 country code
}

// IsActor reports whether the coder takes mention m as an actor that can be the source or target
// of an event: an actor rather than a place where something happened, and grounded (see the package
// documentation). Unnamed agent nouns ("rebels") are found by the coder itself, not from mentions.
func IsActor(m entities.Mention) bool { return isActorEntity(m) && groundedMention(m) }

// isActorEntity reports whether a mention names an actor rather than a place: countries and
// organizations, people, demonyms; not cities, regions or seas.
func isActorEntity(m entities.Mention) bool {
	if m.GeonamesID != 0 && m.Source != entities.SourceGazetteer {
		// a city or division grounded in GeoNames that the gazetteer does not list as standing
		// for its country (capitals and the cities news names for their governments): a place
		// where something happened ("in Antalya", "in Borno state"), not a participant
		return false
	}
	switch m.Type {
	case entities.LOC:
		return m.Country != ""
	case entities.GPE:
		return upperCode(m.Entity) || m.Country != ""
	}
	return true
}

func upperCode(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// tokenRange maps a byte span to the sentence-relative token range overlapping it.
func (v *sentenceView) tokenRange(sp text.Span) (int, int, bool) {
	a, b := -1, -1
	ts := v.d.Tokens[v.s.First : v.s.First+v.n()]
	from := 0
	if v.tokSorted {
		// starts and ends in order: the tokens overlapping sp are a run, from the first that ends
		// after sp.Start up to the first that starts at or after sp.End
		from = sort.Search(len(ts), func(i int) bool { return ts[i].End > sp.Start })
	}
	for i := from; i < len(ts); i++ {
		t := ts[i]
		if v.tokSorted && t.Start >= sp.End {
			break
		}
		if t.End > sp.Start && t.Start < sp.End {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	return a, b, a >= 0
}

// titleBeforePerson reports whether the tokens from b on are a title of one or two capitalized
// words and then a grounded person's mention: the words before them ("Treasury" in "Treasury
// Secretary James Baker") name the person's office, not another actor.
func (v *sentenceView) titleBeforePerson(sm []entities.Mention, b int) bool {
	for k := 0; k < 2 && b+k < v.n(); k++ {
		if v.tags[b+k] != "NNP" || v.actorAt[b+k] >= 0 || !titleWord(strings.ToLower(v.words[b+k])) {
			return false
		}
		start := b + k + 1
		if start >= v.n() {
			return false
		}
		pos := v.d.Tokens[v.s.First+start].Start
		for _, m := range sm {
			if m.Start == pos && m.Type == entities.PERSON && groundedMention(m) {
				return true
			}
		}
	}
	return false
}

// titleSpanBeforePerson reports whether the mention on tokens [a, b) ends in an office title and
// a grounded person's mention starts right after it ("met Bank of France Governor Jacques de
// Larosiere", whose recognizer found "Bank of France Governor" as an organization): the span is
// the person's title, and the person, not the title, is the actor the sentence names.
func (v *sentenceView) titleSpanBeforePerson(sm []entities.Mention, a, b int) bool {
	if b-a < 2 || b >= v.n() || !titleWord(strings.ToLower(v.words[b-1])) {
		return false
	}
	pos := v.d.Tokens[v.s.First+b].Start
	for _, m := range sm {
		if m.Start == pos && m.Type == entities.PERSON && groundedMention(m) {
			return true
		}
	}
	return false
}

// titleWord reports whether w (lower case) is an office title written before a person's name.
func titleWord(w string) bool {
	switch w {
	case "secretary", "undersecretary", "minister", "president", "chairman", "governor", "ambassador",
		"spokesman", "spokeswoman", "director", "commissioner", "envoy", "chancellor", "senator",
		"representative", "general", "commander", "chief", "adviser", "advisor", "counsel":
		return true
	}
	return false
}

// findActors builds the actors of the sentence from its mentions and unnamed agent nouns, and
// groups them.
func (v *sentenceView) findActors(sm []entities.Mention) {
	b := v.buf
	raw, types := b.raw[:0], b.types[:0]
	for _, m := range sm {
		a, b, ok := v.tokenRange(text.Span{Start: m.Start, End: m.End})
		if !ok || !isActorEntity(m) && !placeArgument(m, v.words, a) {
			continue // (a place only GeoNames grounds is an actor when struck or taken: placeargs.go)
		}
		if (m.Type == entities.GPE || m.Type == entities.NORP) && b < v.n() && currencyWord(v.words[b]) {
			continue // a country naming a currency is no actor: "a 50 mln Australian dlr bond", "U.S. dollars"
		}
		if s := v.companyBeforeOf(a); s >= 0 && (m.Type == entities.GPE || m.Type == entities.LOC) && len(m.Country) == 3 && upperCode(m.Country) {
			// "Richco Grain Ltd of New York", "<Inland Steel Co> of the U.S.": the place's
			// country's business (actorcodes.go); the company's own mention is this actor, and its
			// span runs from the company's first word to the place's end
			for len(raw) > 0 && raw[len(raw)-1].first >= s {
				raw, types = raw[:len(raw)-1], types[:len(types)-1]
			}
			raw = append(raw, actor{code: m.Country + "BUS", span: text.Span{Start: v.d.Tokens[v.s.First+s].Start, End: m.End}, first: s, end: b,
				grounded: true, country: true, home: m.Country})
			types = append(types, entities.ORG)
			continue
		}
		if m.Type == entities.GPE && !upperCode(m.Entity) && a >= 2 && v.words[a-1] == "of" && v.tags[a-2] == "NNP" {
			continue // a city after a name is where it is: "Cargill Inc of Minneapolis"
		}
		loc := false
		if p := a - 1; (m.Type == entities.GPE || m.Type == entities.LOC) && p >= 0 && (locative(v.words[p]) || p > 0 && v.words[p] == "the" && locative(v.words[p-1])) {
			loc = true // a place: a target only when nothing else is
		}
		if m.Type == entities.ORG && !groundedMention(m) && v.titleBeforePerson(sm, b) {
			continue // a department naming a person's title: "by Treasury Secretary James Baker"
		}
		if m.Type == entities.ORG && v.titleSpanBeforePerson(sm, a, b) {
			continue // a recognizer's span that is a person's title: "Bank of France Governor Jacques de Larosiere"
		}
		act := actor{code: m.Entity, span: text.Span{Start: m.Start, End: m.End}, first: a, end: b, place: loc, grounded: groundedMention(m),
			person: m.Type == entities.PERSON, home: m.Country, listed: m.Source == entities.SourceGazetteer || m.Source == SourceActorDictionary}
		if m.Type == entities.PERSON && (m.Country == "" && m.Role == "" || m.Role == "IGO") {
			if o := v.electedOffice(sm, b); o != "" {
				act.code = o // "Mr. X on his election as President of the General Assembly" (actorcodes.go)
			}
		}
		if m.Type == entities.NORP && continental(m.Entity) && v.pluralAfter(b) {
			// "European central banks", "African governments": a collective of states or firms,
			// not an actor (EVENTS_GUIDELINES.md R-5)
			act.grounded = false
		}
		if m.Type == entities.ORG && m.Role == "" && m.Country != "" && centralBankName(v.d.Text[m.Start:m.End]) {
			act.code = m.Country + "GOV" // "the Bank of Japan", "the Central Bank of Kenya": the state's government
		}
		if (m.Type == entities.ORG || m.Type == entities.GPE) && m.Country == "" {
			if c := centralBankCountry(v.d.Text[m.Start:m.End]); c != "" {
				// "the Bank of England", "the Fed": a central bank is its state's government
				act.code, act.grounded, act.home = c+"GOV", true, c
			}
		}
		if m.Type == entities.ORG && m.Role == "" && len(m.Country) == 3 && upperCode(m.Country) && act.code == m.Entity && m.Entity != m.Country {
			if r := v.namedOrgRole(a, b); r != "" {
				act.code = m.Country + r // "Nippon Steel Corp" of JPN: JPNBUS (actorcodes.go)
			}
		}
		if m.Type == entities.ORG && m.Country == "" && act.home == "" {
			if c := tickerCountry(v.d.Text, m.Start, m.End); c != "" {
				// "TDK Corp <TDK.T>": the stock exchange of the wire's ticker gives its country
				act.code, act.grounded, act.home = c+"BUS", true, c
			} else if act.grounded && m.Source == entities.SourceRule && b > a && companySuffix(v.words[b-1]) && !v.publicBank(a, b-1) {
				// a company the sentence gives no country ("<Battery Group Ltd>"): no actor
				// (EVENTS_GUIDELINES.md R-4); after a nationality it is that country's BUS
				act.grounded = false
			}
		}
		p := a - 1
		if p >= 2 && v.words[p] == "the" {
			p-- // "the government of the United States"
		}
		if p >= 1 && v.words[p] == "in" && isNounTag(v.tags[p-1]) && upperCode(m.Entity) && len(m.Entity) <= 4 && civilianHead(v.lemmas[p-1]) {
			// "civilians in Cameroon", "the civilian population in Kenya": people of the place
			act.code, act.first = m.Country+"CVL", p-1
			if m.Country == "" {
				act.code = m.Entity + "CVL"
			}
			raw = append(raw, act)
			types = append(types, m.Type)
			continue
		}
		if g := v.govAndPeopleBefore(p); g >= 0 && upperCode(m.Entity) && len(m.Entity) <= 4 {
			// "the Government and the people of Yemen": the first role named (actorcodes.go)
			act.code, act.first = m.Entity+"GOV", g
			raw = append(raw, act)
			types = append(types, m.Type)
			continue
		}
		if p >= 1 && (v.words[p] == "from" || v.words[p] == "of") && isNounTag(v.tags[p-1]) {
			// "soldiers from Gondor", "the government of Liberia": the role noun comes first
			// ("delegations from Armenia" stay the country: the gold codes them so)
			if r := roleOf(v.lemmas[p-1]); r != "" && !equipment(v.lemmas[p-1]) && v.lemmas[p-1] != "delegation" && upperCode(m.Entity) && len(m.Entity) <= 4 &&
				!v.peopleOfNation(p-1) {
				act.code, act.first = m.Entity+r, p-1
				if orgID(m) {
					act.code = m.Entity // "the head of the IAEA": the organization, no role (actorcodes.go)
				}
				raw = append(raw, act)
				types = append(types, m.Type)
				continue
			}
		}
		if m.Type == entities.GPE && !upperCode(m.Entity) && !loc && b < v.n() && (v.tags[b] == "NN" || v.tags[b] == "NNS") &&
			roleOf(nounLemma(v.words[b], nil)) == "" && !groupNoun(nounLemma(v.words[b], nil)) {
			continue // a city naming a venue or a thing: "the Paris accord", "the Geneva talks" (a place
			// after "in" stays one: "in the Belgorod region")
		}
		if m.Type == entities.GPE && !upperCode(m.Entity) && !loc && b < v.n() && orgAt(sm, v.d.Tokens[v.s.First+b].Start) {
			continue // a city opening the name of an organization or a thing the recognizer found
			// apart: "the London Interbank Offered Rate", "the Tokyo Stock Exchange"
		}
		if m.Type == entities.GPE && !upperCode(m.Entity) {
			act.code = m.Country // a city not used as a place stands for its country's government ("sanctions on Moscow")
		}
		if (m.Type == entities.ORG || m.Type == entities.PERSON) && m.Country != "" && strings.HasPrefix(m.Entity, m.Country+" ") {
			// (a person so coded is an office standing for its body: "The Prime Minister" of a
			// government's release)
			// "Syrian government", "Iraqi Foreign Ministry": a body of a country; without a role
			// noun ("Egypt's central bank", "the Israeli embassy") the country itself
			act.code = m.Country
			for i := a; i < b; i++ {
				if r := roleOf(nounLemma(v.words[i], nil)); r != "" {
					act.code = m.Country + r
				}
			}
		}
		if c, e := v.abbrevOrgRole(m, a, b); c != "" {
			act.code, act.end = c, e // "U.S. Diplomats": the wire's capital after "U.S." (capitals.go)
		}
		if c := v.wireCapital(m, a, b); c != "" && (act.code == m.Entity || strings.HasSuffix(act.code, "COP")) {
			act.code = c // "U.S. Retaliatory action": the country (actorcodes.go)
		}
		if m.Type == entities.NORP && upperCode(m.Entity) && (v.tags[b-1] == "NNPS" || v.tags[b-1] == "NNS") && strings.HasSuffix(v.words[b-1], "s") {
			act.code = m.Entity + "CVL" // "Kenyans protested"
		}
		if e, ok := v.campaignCoalition(m, a, b); ok {
			// the coalition against the Islamic State, by the guidelines' name (coalition.go)
			act.code, act.home, act.end = campaignCoalitionCode, "", e
			act.span.End = max(act.span.End, v.span(e-1, e).End)
		}
		act.country = upperCode(act.code[:min(3, len(act.code))]) && (m.Type == entities.GPE || m.Type == entities.NORP || m.Type == entities.LOC ||
			len(m.Country) == 3 && m.Role != "IGO" && strings.HasPrefix(act.code, m.Country))
		raw = append(raw, act)
		types = append(types, m.Type)
	}
	// startsAt returns the last raw actor that starts at token j
	startsAt := func(j int) (int, bool) {
		for o := len(raw) - 1; o >= 0; o-- {
			if raw[o].first == j {
				return o, true
			}
		}
		return 0, false
	}
	b.absorbed = resize(b.absorbed, len(raw))
	absorbed := b.absorbed
	as := b.as[:0]
	for i, a := range raw {
		if absorbed[i] {
			continue
		}
		if types[i] != entities.PERSON {
			// a role noun after the name: "Iraqi troops", "Russia's foreign minister",
			// "Chinese President Xi Jinping" (the person is absorbed into CHNGOV)
			role, j, people, poss := "", a.end, false, false
			if j < v.n() && (v.words[j] == "'s" || v.words[j] == "'") {
				j, poss = j+1, true
			}
			if e, o := v.describedFirm(j, raw, types, startsAt); e > 0 && (types[i] == entities.NORP || types[i] == entities.GPE) {
				role, a.end = "BUS", e // "French computer services group <Cap Gemini Sogeti>" (companies.go)
				if o >= 0 {
					absorbed[o] = true
				}
				j = v.n() // no role noun after the name
			}
			if r := v.sharedRoleNoun(i, j, raw, types, startsAt); r != "" && !poss && upperCode(a.code) && len(a.code) <= 4 {
				a.code += r // "Iraqi and Kurdish officials": Iraqi officials too
			}
			for k := 0; k < 4 && j < v.n(); k, j = k+1, j+1 {
				if o, ok := startsAt(j); ok {
					if role == "" && k == 0 && v.companyOf(raw[o], types[o]) {
						role = "BUS" // "the Indian State Trading Corp", "Japan's Marubeni Corp"
					}
					if role == "" && k == 0 && types[o] == entities.ORG && raw[o].home == "" && !upperCode(raw[o].code) && !seaWord(v.words[raw[o].first]) {
						role = v.namedOrgRole(raw[o].first, raw[o].end) // "the Kenyan Ports Authority" (actorcodes.go)
					}
					if role != "" {
						absorbed[o] = true
						a.end = raw[o].end
					}
					break
				}
				// a superlative or "leading" only after a possessive ("Taiwan's leading industrial
				// organisation"), not after a bare name ("the United States leading police officers")
				if !isNounTag(v.tags[j]) && v.tags[j] != "JJ" && !(poss && (v.tags[j] == "JJS" || v.words[j] == "leading")) {
					break
				}
				if e := v.companyNameAfter(j); role == "" && k == 0 && e > 0 {
					role, a.end = "BUS", e // the name no recognizer marked: "the Indian State Trading Corp"
					break
				}
				r := v.fighterCraft(j, roleOf(nounLemma(v.words[j], nil))) // "fighter jets" (hardware.go)
				r = v.tradeRole(a.first, j, r)                             // "a Japanese bank" (actorcodes.go)
				if r == "CVL" && peopleNoun(nounLemma(v.words[j], nil)) {
					people = true
				}
				if v.words[j] == "position" {
					r = "" // "Brazil's position on the election"; "army positions" are military
				}
				if r == "CVL" && (v.words[j] == "people" || v.words[j] == "peoples") && v.wholeNation(a.first) {
					if o, ok := startsAt(j + 2); ok && v.words[j+1] == "of" && (types[o] == entities.GPE || types[o] == entities.LOC) && role == "" {
						// "the Comorian people of Mayotte": the nation's people of a place, its
						// civilians (section 2), who may act; the place is part of the actor
						role, people, absorbed[o], a.end = "CVL", false, true, raw[o].end
					}
					break // "the Palestinian people", "the brotherly Syrian people": the nation as a whole
				}
				if r == "LAB" && v.words[j-1] == "aid" {
					r = "NGO" // aid workers
				}
				if (r == "REF" || r == "CVL") && v.campPlace(j+1) {
					break // "Kenya's largest refugee camp": a place of the country, not its refugees
				}
				if r != "" {
					if j+1 < v.n() && isNounTag(v.tags[j+1]) && v.tags[j+1] != "NNP" && roleOf(nounLemma(v.words[j+1], nil)) == "" && !groupNoun(nounLemma(v.words[j+1], nil)) &&
						!dayAdverb(v.words[j+1]) { // ("the Canadian government today said": a time, not a head)
						break // a modifier, not the head: "military aid package"
					}
					if role != "OPP" && role != "REB" && role != "BUS" { // "opposition leader" stays OPP, "business leaders" BUS
						role = r
					}
					a.end = j + 1
				}
			}
			if upperCode(a.code) && len(a.code) <= 4 && !orgTakesNoRole(types[i], a) { // ISO3; longer codes already carry a role, an IGO none
				a.code += role
			}
			if role == "CVL" && people {
				a.thing = true // "East Timorese women occupy positions": people named so are a target, never a source
			}
			a.demonym = types[i] == entities.NORP
			if e := v.ministerTitle(a.end); a.demonym && role == "" && e > 0 {
				role, a.code, a.end = "GOV", a.code+"GOV", e // "Venezuelan Energy and Mines Minister" (actorcodes.go)
			}
			if a.demonym && role == "" {
				if e := v.demonymName(a.end, startsAt); e > 0 {
					a.code, a.end, a.demonym = a.code+"BUS", e, false // "American Express", "British Petroleum"
				}
			}
			if a.demonym && role == "" && a.end < v.n() && (v.tags[a.end] == "NN" || v.tags[a.end] == "NNS") &&
				roleOf(v.lemmas[a.end]) == "" && !groupNoun(v.lemmas[a.end]) && !v.attackBy(a.end) {
				a.thing = true // a demonym describing a thing: "an Iranian film", "Russian assets"
			}

		}
		as = append(as, a)
	}
	// unnamed agents: "rebels", "police", "the government"
	covered := func(i int) bool {
		for _, a := range as {
			if i >= a.first && i < a.end {
				return true
			}
		}
		return false
	}
	for i := range v.n() {
		if !isNounTag(v.tags[i]) || v.tags[i] == "NNP" || covered(i) {
			continue
		}
		r := roleOf(v.lemmas[i])
		switch {
		case r == "" || r == "CVL" || v.lemmas[i] == "security" || r == "GOV" && (i == 0 || v.words[i-1] != "the"):
			continue
		case mediaNoun(v.lemmas[i]):
			continue // "the newspaper", "the media": an outlet the sentence gives no country
		case v.lemmas[i] == "peacekeeper" || v.lemmas[i] == "delegation":
			continue // serve abroad or come from elsewhere: not the sentence's country (roleOf's roles are for "Ghanaian peacekeepers")
		case i+1 < v.n() && isNounTag(v.tags[i+1]) && !groupNoun(nounLemma(v.words[i+1], nil)) && !dayAdverb(v.words[i+1]): // "police station", "rebel positions"
			continue
		case i > 0 && locative(v.words[i-1]):
			continue
		case v.instrumentNoun(i): // "using fighter jets and artillery": instruments, not agents
			continue
		}
		as = append(as, actor{code: r, unnamed: true, span: v.span(i, i+1), first: i, end: i + 1, grounded: true})
	}
	slices.SortFunc(as, func(x, y actor) int { return cmp.Compare(x.first, y.first) })
	// "called on the government": an unnamed agent belongs to the only country of the sentence
	// (the countries of named actors; when there are none, of places: "rebels in Syria"). A named
	// organization ("NATO", "the IMF") may have troops and officials of its own: those get no
	// country then; a government, police, parliament or rebels are a country's.
	country, stateCountry := soleCountry(as, false), soleCountry(as, true)
	kept2 := as[:0]
	for _, a := range as {
		c := country
		if l := v.lemmas[a.first]; a.unnamed && a.code != "MIL" && !orgAgent(l) {
			c = stateCountry
		}
		if a.unnamed && len(c) == 3 && a.code != "BUS" { // "an exporter" of a sale to Nigeria is no Nigerian firm
			a.code = c + a.code
		} else if a.unnamed && a.code == "GOV" && v.lemmas[a.first] != "government" {
			continue // "the prime minister" of no known country
		}
		kept2 = append(kept2, a)
	}
	as = kept2
	as = v.overParens(as)
	as = v.titleAppositives(as)
	// group "X and Y", "X, Y and Z": a comma joins only in a list that ends with "and"
	b.links = resize(b.links, len(as))
	links := b.links // links[i]: how as[i] joins as[i-1]: 0 no, 1 comma, 2 and
	for i := 1; i < len(as); i++ {
		links[i] = joinable(v, as[i-1].end, as[i].first)
		if links[i] > 0 && subjectOfNext(v, as[i]) && afterVerb(v, as[i-1].first) && !pluralCompound(v, as[i-1].end, as[i]) {
			links[i] = 0 // "attacked Y, and Z retaliated": Z starts a clause of its own
		}
		if links[i] == 1 && as[i-1].place && !as[i].place {
			links[i] = 0 // "In Geneva, Britain and France agreed": a fronted place is not in the list
		}
		if k := as[i-1].first; links[i] == 1 && (v.requestOf(k) || k > 0 && v.tags[k-1] == "DT" && v.requestOf(k-1)) {
			links[i] = 0 // "At the request of Egypt, Sudan and Ethiopia met"
		}
	}
	for i := len(as) - 1; i >= 1; i-- {
		if links[i] == 1 && (i+1 >= len(as) || links[i+1] == 0) {
			links[i] = 0
		}
	}
	// a group's members are a run of as: they are kept in b.members, each group's slice capped
	// at its own run
	b.members = append(b.members[:0], as...)
	b.raw, b.types, b.as = raw[:0], types[:0], as[:0] // keep the buffers grown
	mem, start := b.members, 0
	for i, a := range as {
		if k := len(v.groups) - 1; k >= 0 && links[i] > 0 {
			g := &v.groups[k]
			g.members = mem[start : i+1 : i+1]
			g.end = max(g.end, a.end)
			continue
		}
		start = i
		v.groups = append(v.groups, group{members: mem[i : i+1 : i+1], first: a.first, end: a.end})
	}
	b.groups = v.groups[:0]
	for gi, g := range v.groups {
		for i := g.first; i < g.end && i < v.n(); i++ {
			v.actorAt[i] = gi
		}
		// "Russians and Belarusians — representatives of non-governmental organizations": the
		// people the apposition describes take its role (appositionRole)
		if r := v.appositionRole(g.end); r != "" {
			for k := range g.members {
				if m := &g.members[k]; m.demonym && len(m.code) == 6 && strings.HasSuffix(m.code, "CVL") {
					m.code = m.code[:3] + r
				}
			}
		}
		// "the Chinese and French presidents": the role noun is shared
		last := g.members[len(g.members)-1]
		if len(last.code) == 6 && last.demonym {
			for k := range g.members[:len(g.members)-1] {
				if m := &g.members[k]; m.demonym && len(m.code) == 3 {
					m.code += last.code[3:]
				}
			}
		}
	}
}

// overParens extends an actor over the parenthesis right after it when it holds only a short name,
// the actor's acronym ("the International Monetary Fund (IMF)", "Shenzhen Electronics Group (SEG)"),
// so that the actor joins a list and is found as a subject across it; an actor inside such a
// parenthesis is the same actor again and is dropped.
func (v *sentenceView) overParens(as []actor) []actor {
	out := as[:0]
	end := -1
	for _, a := range as {
		if a.first < end {
			continue // the acronym in the parenthesis just absorbed
		}
		if j := a.end; j+2 < v.n() && v.words[j] == "(" {
			k := j + 1
			for k < v.n() && k <= j+3 && (v.tags[k] == "NNP" || v.tags[k] == "NNPS") {
				k++
			}
			if k > j+1 && k < v.n() && v.words[k] == ")" {
				a.end = k + 1
				end = a.end
			}
		}
		if j := a.end; j+1 < v.n() && v.words[j] == "<" {
			// a wire story's stock ticker: "TDK Corp <TDK.T> and ..."
			for k := j + 1; k < v.n() && k <= j+4; k++ {
				if v.words[k] == ">" {
					if tickerCountry(v.d.Text, a.span.Start, a.span.End) != "" || a.home != "" {
						a.end = k + 1
						end = a.end
					}
					break
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// orgAt reports whether an organization mention of ms starts at byte start.
func orgAt(ms []entities.Mention, start int) bool {
	for _, m := range ms {
		if m.Start == start && m.Type == entities.ORG {
			return true
		}
	}
	return false
}

// subjectOfNext reports whether actor a is directly followed by a finite verb or a modal: the
// subject of a clause.
func subjectOfNext(v *sentenceView, a actor) bool {
	j := a.end
	for j < v.n() && v.tags[j] == "RB" {
		j++
	}
	return j < v.n() && (isFinite(v.tags[j]) || v.tags[j] == "MD")
}

// afterVerb reports whether a verb comes before token i in its clause: an actor there is not at
// the start of a clause. A word that opens a clause between them ("added that British, French and
// Japanese firms had contacted") puts i at the start of the clause it opens.
func afterVerb(v *sentenceView, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if boundaryWord(v.words[j]) {
			return false
		}
		if isVerbTag(v.tags[j]) {
			return true
		}
	}
	return false
}

// joinable tells how the actors ending at end and starting at next are joined: 2 by "and" (or
// "&"), 1 by commas only, 0 not joined.
func joinable(v *sentenceView, end, next int) int {
	if next <= end || next-end > 5 {
		return 0
	}
	how := 0
	for k := end; k < next; k++ {
		switch v.words[k] {
		case "and", "&", "nor":
			how = 2
		case ",":
			how = max(how, 1)
		default:
			if how == 2 && k+1 == next && titleWord(v.words[k]) {
				continue // a title before a name: "The Prime Minister and President Hollande"
			}
			if n := listLink(v, k, next); n > 0 {
				how, k = 2, k+n-1 // "X as well as Y" (manyparties.go)
				continue
			}
			if how == 1 && titleRun(v, k, next) {
				k = next - 1 // "President Putin, Chancellor Merkel and ..." (manyparties.go)
				continue
			}
			if how == 1 && k+1 == next && v.tags[k] == "NN" && v.tags[k-1] == "DT" {
				continue // a list's member with a modifier the tagger took for a noun: "X, the wider Y and Z"
			}
			if t := v.tags[k]; t != "DT" && t != "JJ" && t != "JJR" && t != "JJS" && t != "RB" || v.words[k] == "no" {
				return 0 // determiners and adjectives may come between: "X and the evil Y"
			}
		}
	}
	return how
}

// resize returns s with length n and zero elements, reusing its array when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// lowerWord returns w in lower case with typographic apostrophes made plain.
func lowerWord(w string) string { return apostrophes(strings.ToLower(w)) }

// apostrophes replaces the typographic apostrophes of w with plain ones.
func apostrophes(w string) string {
	if strings.IndexByte(w, 0xE2) < 0 { // the first byte of "’"
		return w
	}
	return strings.ReplaceAll(w, "’", "'")
}

// apposDash stands in the view for an em or en dash that opens or closes a verbless insertion
// ("the three founding members of KEDO — Japan, the United States and South Korea — launched
// ..."): unlike a lone dash, which ends a clause ("hurt Libya — and Egypt condemned Sudan"), the
// pair encloses an apposition of the phrase before it, so its dashes are not clause boundaries.
const apposDash = "\x00dash"

// pairDashes replaces each pair of the same em or en dash that encloses no verb by apposDash.
func (v *sentenceView) pairDashes() {
	n := len(v.words)
	for i := 0; i < n; i++ {
		w := v.words[i]
		if w != "—" && w != "–" {
			continue
		}
		j := i + 1
		for j < n && v.words[j] != w && !isVerbTag(v.tags[j]) {
			j++
		}
		if j < n && v.words[j] == w {
			v.words[i], v.words[j] = apposDash, apposDash
			v.lemmas[i], v.lemmas[j] = apposDash, apposDash
			i = j
		}
	}
}
