package reports

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

func TestDigestDocument(t *testing.T) {
	sents, ms, evs := fixtureDoc()
	d := DigestDocument("a/1.txt", "2024-01-15", fixtureText, sents, ms, evs)
	got := map[EvidenceKey]Snippet{}
	for _, it := range d.Items {
		if _, dup := got[it.Key]; dup {
			t.Errorf("key %+v twice", it.Key)
		}
		got[it.Key] = it.Snippet
	}
	want := []struct {
		key      EvidenceKey
		sentence int
		marked   []string
		roles    []MarkRole
	}{
		{EvidenceKey{Kind: EvidenceActor, A: "IAEA"}, 0, []string{"IAEA"}, []MarkRole{MarkActor}},
		{EvidenceKey{Kind: EvidenceActor, A: "Vienna"}, 1, []string{"Vienna"}, []MarkRole{MarkActor}},
		{EvidenceKey{Kind: EvidenceLink, A: "IAEA", B: "IRN"}, 0, []string{"Tehran", "IAEA"}, []MarkRole{MarkActor, MarkActor}},
		{EvidenceKey{Kind: EvidenceLink, A: "IRN", B: "USA"}, 1, []string{"United States", "Iran"}, []MarkRole{MarkActor, MarkActor}},
		// Vienna is a place, not an actor: no link, but its country is in the sentence.
		{EvidenceKey{Kind: EvidenceCountry, A: "AUT"}, 1, []string{"Vienna"}, []MarkRole{MarkActor}},
		{EvidenceKey{Kind: EvidenceCountryLink, A: "AUT", B: "USA"}, 1, []string{"United States", "Vienna"}, []MarkRole{MarkActor, MarkActor}},
		{EvidenceKey{Kind: EvidenceEvent, A: "IAEA", B: "IRN", C: "04"}, 0, []string{"Tehran", "IAEA", "would return"},
			[]MarkRole{MarkTarget, MarkSource, MarkVerb}},
		{EvidenceKey{Kind: EvidencePlover, A: "IAEA", B: "IRN", C: "CONSULT"}, 0, []string{"Tehran", "IAEA", "would return"},
			[]MarkRole{MarkTarget, MarkSource, MarkVerb}},
	}
	for _, w := range want {
		s, ok := got[w.key]
		if !ok {
			t.Errorf("no evidence for %+v", w.key)
			continue
		}
		if s.Sentence != w.sentence || s.DocID != "a/1.txt" || s.Date != "2024-01-15" {
			t.Errorf("%+v: sentence %d of %s %s, want %d", w.key, s.Sentence, s.DocID, s.Date, w.sentence)
		}
		var marked []string
		var roles []MarkRole
		for _, m := range s.Marks {
			marked = append(marked, s.Text[m.Start:m.End])
			roles = append(roles, m.Role)
		}
		if !slices.Equal(marked, w.marked) || !slices.Equal(roles, w.roles) {
			t.Errorf("%+v: marks %q %v, want %q %v", w.key, marked, roles, w.marked, w.roles)
		}
	}
	for _, k := range []EvidenceKey{{Kind: EvidenceLink, A: "IRN", B: "Vienna"}, {Kind: EvidenceLink, A: "IAEA", B: "USA"}} {
		if _, ok := got[k]; ok {
			t.Errorf("evidence for %+v: a place is no actor, and IAEA and the USA share no sentence", k)
		}
	}
	if s := got[EvidenceKey{Kind: EvidenceEvent, A: "IAEA", B: "IRN", C: "04"}]; s.Note != "040 Consult" {
		t.Errorf("event note %q", s.Note)
	}
	if len(d.Places) != 1 || d.Places[0] != (PlaceCount{GeonamesID: 2761369, Name: "Vienna", Country: "AUT", Lat: 48.21, Lon: 16.37, Count: 1}) {
		t.Errorf("places = %+v", d.Places)
	}

	// Bad spans are ignored, not a crash: outside the text, reversed, inside a character.
	bad := []entities.Mention{{Start: -1, End: 3, Entity: "X", Type: "ORG"}, {Start: 5, End: 2, Entity: "Y", Type: "ORG"},
		{Start: 0, End: len(fixtureText) + 1, Entity: "Z", Type: "ORG"}}
	u := "é Iran"
	bad2 := []entities.Mention{{Start: 1, End: 6, Entity: "W", Type: "ORG"}}
	if d := DigestDocument("b", "", fixtureText, sents, bad, []events.Event{{Source: "A", Target: "B", Sentence: 99,
		SourceMention: text.Span{Start: 500, End: 501}}}); len(d.Items) != 0 {
		t.Errorf("bad spans gave %+v", d.Items)
	}
	if d := DigestDocument("c", "", u, []text.Span{{Start: 0, End: len(u)}}, bad2, nil); len(d.Items) != 0 {
		t.Errorf("a span inside a character gave %+v", d.Items)
	}
}

// randomCorpus makes n documents of sentences naming a few of a small set of actors.
func randomCorpus(n int, seed uint64) []*DocEvidence {
	rng := rand.New(rand.NewPCG(seed, 7))
	actors := []struct{ name, id, typ, country string }{
		{"Iran", "IRN", "GPE", "IRN"}, {"the United States", "USA", "GPE", "USA"}, {"the IAEA", "IAEA", "ORG", ""},
		{"Rafael Grossi", "Rafael Grossi", "PERSON", ""}, {"Tehran", "IRN", "GPE", "IRN"}, {"Vienna", "Vienna", "GPE", "AUT"},
	}
	var out []*DocEvidence
	for d := range n {
		var b strings.Builder
		var sents []text.Span
		var ms []entities.Mention
		var evs []events.Event
		for s := range 1 + rng.IntN(6) {
			start := b.Len()
			b.WriteString("On day ")
			b.WriteString(fmt.Sprint(s))
			var last []entities.Mention
			for range 1 + rng.IntN(3) {
				a := actors[rng.IntN(len(actors))]
				b.WriteString(" and ")
				m := entities.Mention{Start: b.Len(), Text: a.name, Type: a.typ, Entity: a.id, Country: a.country, Sentence: s}
				b.WriteString(a.name)
				m.End = b.Len()
				ms = append(ms, m)
				last = append(last, m)
			}
			b.WriteString(" met again.")
			sents = append(sents, text.Span{Start: start, End: b.Len()})
			b.WriteString(" ")
			if len(last) >= 2 && rng.IntN(2) == 0 {
				evs = append(evs, events.Event{Sentence: s, Source: last[0].Entity, Target: last[1].Entity, Root: "04",
					SourceMention: text.Span{Start: last[0].Start, End: last[0].End},
					TargetMention: text.Span{Start: last[1].Start, End: last[1].End}})
			}
		}
		date := fmt.Sprintf("2024-%02d-01", 1+d%12)
		out = append(out, DigestDocument(fmt.Sprintf("doc-%03d", d), date, b.String(), sents, ms, evs))
	}
	return out
}

// contents lists what a collector kept, key by key.
func contents(c *EvidenceCollector) map[EvidenceKey][]Snippet {
	out := map[EvidenceKey][]Snippet{}
	for k, li := range c.items {
		out[k] = c.lists[li]
	}
	return out
}

func TestEvidenceCollectorOrderIndependent(t *testing.T) {
	docs := randomCorpus(120, 1)
	var inOrder EvidenceCollector
	for _, d := range docs {
		inOrder.Add(d)
	}
	want := contents(&inOrder)
	if len(want) < 10 {
		t.Fatalf("only %d keys", len(want))
	}
	for k, ss := range want {
		if len(ss) > 3 {
			t.Errorf("%+v: %d snippets, want at most 3", k, len(ss))
		}
		seen := map[string]bool{}
		for i, s := range ss {
			if seen[s.DocID] {
				t.Errorf("%+v: two snippets of %s", k, s.DocID)
			}
			seen[s.DocID] = true
			if i > 0 && compareSnippets(&ss[i-1], &s) >= 0 {
				t.Errorf("%+v: snippets out of rank order", k)
			}
		}
	}

	// Shuffled, in shards merged in another order, and through an encoding: the same evidence.
	rng := rand.New(rand.NewPCG(3, 3))
	shuffled := slices.Clone(docs)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var a EvidenceCollector
	for _, d := range shuffled {
		a.Add(d)
	}
	if !reflect.DeepEqual(contents(&a), want) {
		t.Error("shuffled documents kept other evidence")
	}
	shards := make([]*EvidenceCollector, 4)
	for i, d := range docs {
		if shards[i%4] == nil {
			shards[i%4] = &EvidenceCollector{}
		}
		shards[i%4].Add(d)
	}
	var merged EvidenceCollector
	for _, i := range []int{2, 0, 3, 1} {
		bin, err := shards[i].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var dec EvidenceCollector
		if err := dec.UnmarshalBinary(bin); err != nil {
			t.Fatal(err)
		}
		merged.Merge(&dec)
	}
	if !reflect.DeepEqual(contents(&merged), want) {
		t.Error("merged shards kept other evidence")
	}
	if !reflect.DeepEqual(merged.Places(), inOrder.Places()) {
		t.Errorf("places %+v, want %+v", merged.Places(), inOrder.Places())
	}
	if err := new(EvidenceCollector).UnmarshalBinary([]byte("not gob")); err == nil {
		t.Error("garbage decoded")
	}

	// The documents kept are a sample across the corpus, not its first ones.
	late := 0
	for _, ss := range want {
		for _, s := range ss {
			if s.DocID >= "doc-060" {
				late++
			}
		}
	}
	if late == 0 {
		t.Error("no evidence from the second half of the corpus")
	}
}

func TestCutSnippet(t *testing.T) {
	long := strings.Repeat("The delegation of Ruritania réaffirme its position on the question. ", 12)
	mid := strings.Index(long[300:], "Ruritania") + 300
	marks := []Mark{{Start: mid, End: mid + len("Ruritania"), Role: MarkActor}}
	snip, out, whole := cutSnippet(long, text.Span{Start: 0, End: len(long)}, marks)
	if whole || !strings.HasPrefix(snip, "…") || !strings.HasSuffix(snip, "…") {
		t.Errorf("long sentence not cut at both ends: %q", snip)
	}
	if len(snip) > MaxSnippetBytes+2*len("…") || !utf8.ValidString(snip) {
		t.Errorf("cut of %d bytes, valid UTF-8 %v", len(snip), utf8.ValidString(snip))
	}
	if len(out) != 1 || snip[out[0].Start:out[0].End] != "Ruritania" {
		t.Errorf("mark moved to %+v in %q", out, snip)
	}
	// Cuts fall between words.
	if body := strings.TrimSuffix(strings.TrimPrefix(snip, "…"), "…"); !strings.HasPrefix(long, body) &&
		!strings.Contains(long, " "+body) {
		t.Errorf("cut inside a word: %q", body)
	}
	short := "  Short sentence with Iran.\n"
	snip, out, whole = cutSnippet(short, text.Span{Start: 0, End: len(short)}, []Mark{{Start: 22, End: 26, Role: MarkActor}})
	if !whole || snip != "Short sentence with Iran." || len(out) != 1 || snip[out[0].Start:out[0].End] != "Iran" {
		t.Errorf("short sentence: %q %+v %v", snip, out, whole)
	}
}

func FuzzCutSnippet(f *testing.F) {
	f.Add("Iran and the IAEA met in Vienna on Monday.", 0, 4, 13, 17)
	f.Add(strings.Repeat("ééé word ", 100), 401, 409, 2, 700)
	f.Fuzz(func(t *testing.T, s string, a, b, c, d int) {
		if !utf8.ValidString(s) {
			return
		}
		var marks []Mark
		for _, p := range [][2]int{{a, b}, {c, d}} {
			if p[0] >= 0 && p[0] < p[1] && p[1] <= len(s) && boundary(s, p[0]) && boundary(s, p[1]) {
				marks = append(marks, Mark{Start: p[0], End: p[1], Role: MarkActor})
			}
		}
		snip, out, _ := cutSnippet(s, text.Span{Start: 0, End: len(s)}, marks)
		if !utf8.ValidString(snip) {
			t.Fatalf("invalid UTF-8 %q", snip)
		}
		last := 0
		for _, m := range out {
			if m.Start < last || m.End < m.Start || m.End > len(snip) {
				t.Fatalf("mark %+v out of order or range in %q", m, snip)
			}
			if !strings.Contains(oneLine(s), snip[m.Start:m.End]) {
				t.Fatalf("marked %q is not in the text", snip[m.Start:m.End])
			}
			last = m.End
		}
	})
}

// TestKeyHashIsFNV checks that keyHash is SplitMix64's finalizer over 64-bit FNV-1a of the kind
// byte and of each string followed by a zero byte, the ranks of earlier runs.
func TestKeyHashIsFNV(t *testing.T) {
	for _, tc := range []struct {
		k   EvidenceKey
		doc string
	}{
		{EvidenceKey{}, ""},
		{EvidenceKey{Kind: EvidenceActor, A: "USA"}, "doc-1"},
		{EvidenceKey{Kind: EvidenceLink, A: "FRA", B: "Emmanuel Macron"}, "un/2019/FRA"},
		{EvidenceKey{Kind: EvidenceEvent, A: "USA", B: "IRN", C: "04"}, "a"},
		{EvidenceKey{Kind: EvidencePlover, A: "Côte d'Ivoire", B: "Zürich", C: "CONSULT"}, "é\x00x"},
	} {
		h := fnv.New64a()
		h.Write([]byte{byte(tc.k.Kind)})
		for _, s := range []string{tc.k.A, tc.k.B, tc.k.C, tc.doc} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		if got, want := keyHash(tc.k, tc.doc), mix64(h.Sum64()); got != want {
			t.Errorf("keyHash(%v, %q) = %#x, want %#x", tc.k, tc.doc, got, want)
		}
	}
}

// TestOneLine checks oneLine against strings.Map replacing line breaks and tabs, on valid and
// invalid UTF-8.
func TestOneLine(t *testing.T) {
	ref := func(s string) string {
		if !strings.ContainsAny(s, "\r\n\t") {
			return s
		}
		return strings.Map(func(r rune) rune {
			if r == '\r' || r == '\n' || r == '\t' {
				return ' '
			}
			return r
		}, s)
	}
	for _, s := range []string{
		"", "no breaks at all", "line one\nline two", "Mr. President,\r\n\tDistinguished delegates",
		"Côte d'Ivoire\nand São Tomé\tand Príncipe", "日本\n中国", "trailing\n", "\n\n\n",
		"bad \xff byte\nafter", "bad \xff byte without breaks", "cut \xe2\x80 rune\t",
	} {
		if got, want := oneLine(s), ref(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestDigestMentionOrder checks that a document's mentions are taken sentence by sentence, in
// their own order within a sentence, whatever order they come in (DigestDocument sorts them
// stably by sentence), and that a collector's Digest, which reuses its working memory from one
// document to the next, gives the same items as a fresh DigestDocument.
func TestDigestMentionOrder(t *testing.T) {
	sents, ms, evs := fixtureDoc()
	want := DigestDocument("a/1.txt", "2024-01-15", fixtureText, sents, ms, evs)
	// The mentions of the last sentence first, each sentence's in their order.
	var moved []entities.Mention
	for _, m := range ms {
		if m.Sentence == 1 {
			moved = append(moved, m)
		}
	}
	for _, m := range ms {
		if m.Sentence != 1 {
			moved = append(moved, m)
		}
	}
	if got := DigestDocument("a/1.txt", "2024-01-15", fixtureText, sents, moved, evs); !reflect.DeepEqual(got, want) {
		t.Errorf("mentions out of sentence order: got %+v, want %+v", got, want)
	}
	var c EvidenceCollector
	for i := range 3 { // other documents in between: the working memory is reused
		c.Digest(fmt.Sprint("other/", i), "", fixtureText, sents, ms, evs)
	}
	if got := c.Digest("a/1.txt", "2024-01-15", fixtureText, sents, moved, evs); !reflect.DeepEqual(got, want) {
		t.Errorf("collector's Digest: got %+v, want %+v", got, want)
	}
}

// TestOneLineEveryPosition checks oneLine and ownLine against strings.Map on strings of a few
// letters, spaces and multi-byte characters with every combination of line breaks and tabs at
// every position (adjacent ones, at the start and at the end), and hasBreak against
// strings.ContainsAny.
func TestOneLineEveryPosition(t *testing.T) {
	ref := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '\r' || r == '\n' || r == '\t' {
				return ' '
			}
			return r
		}, s)
	}
	alphabet := []string{"a", " ", "\r", "\n", "\t", "é", "日"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if got, want := hasBreak(s), strings.ContainsAny(s, "\r\n\t"); got != want {
			t.Fatalf("hasBreak(%q) = %v, want %v", s, got, want)
		}
		if got, want := oneLine(s), ref(s); got != want {
			t.Fatalf("oneLine(%q) = %q, want %q", s, got, want)
		}
		if got, want := ownLine(s), ref(s); got != want {
			t.Fatalf("ownLine(%q) = %q, want %q", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
}
