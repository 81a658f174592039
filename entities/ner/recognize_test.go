package ner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

func TestContractType(t *testing.T) {
	tests := []struct{ typ, surface, want string }{
		{"per", "Angela Merkel", entities.PERSON},
		{"org", "NATO", entities.ORG},
		{"gpe", "Iranian", entities.NORP},
		{"gpe", "Albania", entities.GPE},
		{"gpe", "Czech Republic", entities.GPE},
		{"gpe", "Kurds", entities.NORP},
		{"geo", "Berlin", entities.GPE},
		{"geo", "Red Sea", entities.LOC},
		{"geo", "Middle East", entities.LOC},
		{"geo", "Persian Gulf", entities.LOC},
		{"geo", "Solomon Islands", entities.GPE},
		{"tim", "Tuesday", ""},
		{entities.LOC, "Alps", entities.LOC},
	}
	for _, tt := range tests {
		if got := ContractType(tt.typ, tt.surface); got != tt.want {
			t.Errorf("ContractType(%q, %q) = %q, want %q", tt.typ, tt.surface, got, tt.want)
		}
	}
}

func TestEntityName(t *testing.T) {
	tests := []struct{ typ, surface, want string }{
		{entities.PERSON, "President  George W.\nBush", "George W. Bush"},
		{entities.PERSON, "Prime Minister Nouri al-Maliki", "Nouri al-Maliki"},
		{entities.PERSON, "President", "President"},
		{entities.PERSON, "Mr. Allawi", "Allawi"},
		{entities.ORG, "United  Nations", "United Nations"},
		{entities.GPE, "Berlin", "Berlin"},
	}
	for _, tt := range tests {
		if got := EntityName(tt.typ, tt.surface); got != tt.want {
			t.Errorf("EntityName(%q, %q) = %q, want %q", tt.typ, tt.surface, got, tt.want)
		}
	}
}

// mention builds a model mention of the nth occurrence (from 0) of surface in d.
func mention(d *text.Doc, surface, typ string, nth int) entities.Mention {
	i := -1
	for range nth + 1 {
		i += 1 + strings.Index(d.Text[i+1:], surface)
	}
	return entities.Mention{Start: i, End: i + len(surface), Text: surface, Type: typ,
		Entity: EntityName(typ, surface), Source: Source}
}

func describe(ms []entities.Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s/%s/%s@%d", m.Text, m.Type, m.Entity, m.Sentence))
	}
	return strings.Join(parts, " ")
}

func TestHarmonize(t *testing.T) {
	const doc = "Chancellor Angela Merkel visited Jordan. Merkel spoke. Jordan said Merkel was welcome. " +
		"Tonga is small. Tonga has an economy. Visitors like Tonga."
	d := simpleDoc(doc)
	in := []entities.Mention{
		mention(d, "Chancellor Angela Merkel", entities.PERSON, 0),
		mention(d, "Jordan", entities.GPE, 0),
		mention(d, "Merkel", entities.GPE, 1),   // surname typed wrongly
		mention(d, "Tonga", entities.PERSON, 0), // minority type
		mention(d, "Tonga", entities.GPE, 1),
		mention(d, "Tonga", entities.GPE, 2),
	}
	want := "Chancellor Angela Merkel/PERSON/Angela Merkel@0 Jordan/GPE/Jordan@0 " +
		"Merkel/PERSON/Angela Merkel@1 Jordan/GPE/Jordan@2 Merkel/PERSON/Angela Merkel@2 " +
		"Tonga/GPE/Tonga@3 Tonga/GPE/Tonga@4 Tonga/GPE/Tonga@5"
	got := Harmonize(d, in)
	for i := range got {
		got[i].Sentence = sentenceOf(d, got[i].Start)
	}
	if s := describe(got); s != want {
		t.Errorf("Harmonize:\n got %s\nwant %s", s, want)
	}
	if in[2].Type != entities.GPE {
		t.Error("Harmonize modified its input")
	}
}

func sentenceOf(d *text.Doc, off int) int {
	for i, s := range d.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// checkOffsets asserts the span properties of mentions over d.
func checkOffsets(t *testing.T, d *text.Doc, ms []entities.Mention) {
	t.Helper()
	for i, m := range ms {
		if m.Start < 0 || m.Start >= m.End || m.End > len(d.Text) {
			t.Fatalf("mention %d [%d,%d) out of range (len %d)", i, m.Start, m.End, len(d.Text))
		}
		if d.Text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d: text %q != doc[%d:%d] %q", i, m.Text, m.Start, m.End, d.Text[m.Start:m.End])
		}
		if i > 0 && ms[i-1].End > m.Start {
			t.Fatalf("mentions %d and %d overlap or are out of order", i-1, i)
		}
		if m.Sentence < 0 || m.Sentence >= max(1, len(d.Sentences)) {
			t.Fatalf("mention %d: sentence %d of %d", i, m.Sentence, len(d.Sentences))
		}
		if s := d.Sentences; len(s) > 0 && (m.Start < s[m.Sentence].Start || m.End > s[m.Sentence].End) {
			t.Fatalf("mention %d %q outside its sentence %d", i, m.Text, m.Sentence)
		}
		if !slices.Contains([]string{entities.PERSON, entities.ORG, entities.GPE, entities.LOC, entities.NORP}, m.Type) {
			t.Fatalf("mention %d: type %q", i, m.Type)
		}
		if m.Entity == "" || m.Source != Source {
			t.Fatalf("mention %d: entity %q source %q", i, m.Entity, m.Source)
		}
	}
}

func TestRecognizeObvious(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{
			"Iranian President Hassan Rouhani met German Chancellor Angela Merkel in Berlin on Tuesday.",
			"Iranian/NORP/Iranian@0 President Hassan Rouhani/PERSON/Hassan Rouhani@0 German/NORP/German@0 " +
				"Chancellor Angela Merkel/PERSON/Angela Merkel@0 Berlin/GPE/Berlin@0", // GMB spans include titles
		},
		{
			"NATO and the European Union discussed Russia's troops near Ukraine.",
			"NATO/ORG/NATO@0 European Union/ORG/European Union@0 Russia/GPE/Russia@0 Ukraine/GPE/Ukraine@0",
		},
		{
			"Kofi Annan told the U.N. Security Council about Darfur.",
			"Kofi Annan/PERSON/Kofi Annan@0 U.N. Security Council/ORG/U.N. Security Council@0 Darfur/LOC/Darfur@0",
		},
	}
	for _, tt := range tests {
		d := simpleDoc(tt.text)
		got := m.Recognize(d)
		checkOffsets(t, d, got)
		if s := describe(got); s != tt.want {
			t.Errorf("Recognize(%q):\n got %s\nwant %s", tt.text, s, tt.want)
		}
	}
}

func TestRecognizeEdgeCases(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Recognize(nil); got != nil {
		t.Errorf("Recognize(nil) = %v", got)
	}
	if got := m.Recognize(&text.Doc{}); got != nil {
		t.Errorf("Recognize(empty) = %v", got)
	}
	// Tokens without sentences, and a token with broken offsets, are handled without panicking.
	d := simpleDoc("Kofi Annan visited Kenya")
	d.Sentences = nil
	checkOffsets(t, d, m.Recognize(d))
	d.Tokens = append(d.Tokens, text.Token{Start: 50, End: 60})
	checkOffsets(t, d, m.Recognize(d))
}

func TestRecognizeOffsetsUN(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	texts := loadUNDocs(t, 5)
	texts = append(texts, "Ünïcödé Café in Zürich — “Angela Merkel” met 習近平 in Beijing.\n\nThe U.S. and U.K. agreed.")
	total := 0
	for _, s := range texts {
		for _, d := range []*text.Doc{simpleDoc(s), a.Analyze(s, nil)} {
			ms := m.Recognize(d)
			checkOffsets(t, d, ms)
			total += len(ms)
		}
	}
	if total < 50 {
		t.Errorf("only %d mentions in %d UN speeches", total, len(texts)-1)
	}
}

func TestRecognizeConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Iranian President Hassan Rouhani met German Chancellor Angela Merkel in Berlin on Tuesday.",
		"NATO and the European Union discussed Russia's troops near Ukraine. Merkel said Berlin would help.",
		"Kofi Annan told the U.N. Security Council that Sudan must disarm militias in Darfur.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = describe(m.Recognize(simpleDoc(s)))
	}
	done := make(chan string, 8*len(texts))
	for g := range 8 {
		go func() {
			for i := range texts {
				k := (i + g) % len(texts)
				if got := describe(m.Recognize(simpleDoc(texts[k]))); got != want[k] {
					done <- fmt.Sprintf("text %d: %s, want %s", k, got, want[k])
					continue
				}
				done <- ""
			}
		}()
	}
	for range 8 * len(texts) {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
	for i, w := range want {
		t.Logf("%d: %s", i, w)
	}
}

// hasCollapsibleSpace is strings.ContainsAny(s, " \t\n\r\v\f\u00a0"), on valid and invalid UTF-8.
func TestHasCollapsibleSpace(t *testing.T) {
	for _, s := range []string{"", "Iran", "New York", "a\tb", "x\u00a0y", "\u00a0", "\xc2", "\xc2\xa0",
		"\xe2\xc2\xa0", "\xe2\x80\x83", "a\u2003b", "\x0b", "\x1f", "é\u00a0", "\xa0", "\xc3\xa0", "x\r"} {
		if got, want := hasCollapsibleSpace(s), strings.ContainsAny(s, " \t\n\r\v\f\u00a0"); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

func FuzzHasCollapsibleSpace(f *testing.F) {
	f.Add("New\u00a0York")
	f.Add("\xe2\xc2\xa0")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasCollapsibleSpace(s), strings.ContainsAny(s, " \t\n\r\v\f\u00a0"); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	})
}

// TestRecognizeLinkAfterAbbreviation: Reuters wire copy of the 1980s capitalizes the word after
// "U.S." ("the U.S. And West Germany"); the model reads such a conjunction or preposition in lower
// case, so no name runs across it, and every span is still the original text's.
func TestRecognizeLinkAfterAbbreviation(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // mentions that must be found, each alone
	}{
		{"In Tokyo, Britain, Italy, the U.S. And West Germany agreed to cooperate.",
			[]string{"U.S.", "West Germany"}},
		{"Talks resumed between the U.S. Or Canada and the European Community.", []string{"U.S.", "Canada"}},
		{"Strained ties with the U.S. And Japan worried Brussels.", []string{"U.S.", "Japan"}},
		{"Lucas has plants in the U.K. And Australia.", []string{"U.K.", "Australia"}},
		{"Orders will shift to the U.S. From Japan next year.", []string{"U.S.", "Japan"}},
		{"The loan was arranged by Chase Manhattan Corp. And Citicorp.", []string{"Citicorp"}},
	}
	for _, tt := range tests {
		d := text.Segment(tt.text, nil)
		got := m.Recognize(d)
		checkOffsets(t, d, got)
		for _, w := range tt.want {
			if !slices.ContainsFunc(got, func(x entities.Mention) bool { return x.Text == w }) {
				t.Errorf("Recognize(%q): no mention %q alone: %s", tt.text, w, describe(got))
			}
		}
		for _, x := range got {
			for w := range strings.FieldsSeq(x.Text) {
				if text.IsCapitalizedLink(w) {
					t.Errorf("Recognize(%q): mention %q runs across %q", tt.text, x.Text, w)
				}
			}
		}
	}
}

// TestNormalizeSurfaceShortcut checks NormalizeSurface, whose shortcut returns single-spaced
// surfaces as they are, against the plain definition (fields joined by single spaces when the
// surface holds collapsible space) on realistic surfaces and on random strings of spaces, other
// white space (ASCII, no-break, em space) and letters.
func TestNormalizeSurfaceShortcut(t *testing.T) {
	plain := func(s string) string {
		if !hasCollapsibleSpace(s) {
			return s
		}
		return strings.Join(strings.Fields(s), " ")
	}
	cases := []string{"", "Iran", "United States", "United  States", " United States", "United States ",
		"United\nStates", "United\tStates", "Côte d'Ivoire", "Côte  d'Ivoire", "Secretary-General Ban Ki-moon",
		"New\u00a0York", "New\u2003York", "A B C", " ", "  ", "a\r\nb", "U.N. Security Council",
		"Côte d’Ivoire", "São Tomé and Príncipe", "Türkiye’s Foreign Ministry", "Ban Ki-moon\u0085",
		"Bosnia and Herzegovina\u00a0", "\u2003Kosovo", "Timor-Leste \u3000Dili", "bad\xff byte"}
	alphabet := []string{" ", " ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "\u3000", "a", "B", "é", "’", "\xff", "-"}
	rng := rand.New(rand.NewPCG(3, 5))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := NormalizeSurface(s), plain(s); got != want {
			t.Errorf("NormalizeSurface(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestHarmonizeMajorityTies checks step 2 of Harmonize on surfaces with two or more types: the
// most frequent type wins; a tie with the first mention's type keeps it; a tie among other types
// goes to the first in type order.
func TestHarmonizeMajorityTies(t *testing.T) {
	const doc = "Kivu grew. Kivu fell. Kivu rose. Kivu waited. Kivu spoke. Kivu left."
	cases := []struct {
		types []string
		want  string
	}{
		{[]string{entities.ORG, entities.GPE}, entities.ORG},
		{[]string{entities.GPE, entities.ORG}, entities.GPE},
		{[]string{entities.LOC, entities.GPE, entities.GPE}, entities.GPE},
		{[]string{entities.PERSON, entities.ORG, entities.GPE, entities.GPE, entities.ORG}, entities.GPE},
		{[]string{entities.NORP, entities.ORG, entities.ORG, entities.LOC, entities.LOC, entities.NORP}, entities.NORP},
		{[]string{entities.NORP, entities.ORG, entities.ORG, entities.LOC, entities.LOC, entities.GPE}, entities.LOC},
	}
	for _, c := range cases {
		d := simpleDoc(doc)
		var in []entities.Mention
		for k, typ := range c.types {
			in = append(in, mention(d, "Kivu", typ, k))
		}
		for _, m := range Harmonize(d, in) {
			if m.Type != c.want {
				t.Errorf("types %v: mention at %d has type %s, want %s", c.types, m.Start, m.Type, c.want)
			}
		}
	}
}
