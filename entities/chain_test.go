package entities

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// fakeModel returns fixed mentions found by searching their text in the document.
type fakeModel []struct{ text, typ string }

func (f fakeModel) Recognize(d *text.Doc) []Mention {
	var ms []Mention
	for _, x := range f {
		from := 0
		for {
			k := strings.Index(d.Text[from:], x.text)
			if k < 0 {
				break
			}
			s := from + k
			ms = append(ms, Mention{Start: s, End: s + len(x.text), Text: x.text, Type: x.typ, Source: "model"})
			from = s + len(x.text)
		}
	}
	return ms
}

func TestChainOverlaps(t *testing.T) {
	type want struct{ text, typ, entity, country string }
	tests := []struct {
		name     string
		sentence string
		model    fakeModel
		want     []want
	}{
		{
			name:     "model span contains a demonym: span kept, country attached",
			sentence: "The Iranian Nuclear Agency said.",
			model:    fakeModel{{"Iranian Nuclear Agency", ORG}},
			want:     []want{{"Iranian Nuclear Agency", ORG, "Iranian Nuclear Agency", "IRN"}},
		},
		{
			name:     "rule and model agree on the span: the rule's canonical id wins",
			sentence: "The Iranian Foreign Ministry said.",
			model:    fakeModel{{"Iranian Foreign Ministry", ORG}},
			want:     []want{{"Iranian Foreign Ministry", ORG, "IRN Foreign Ministry", "IRN"}},
		},
		{
			name:     "model determiner moved out, gazetteer id wins on the same span",
			sentence: "He visited the United States.",
			model:    fakeModel{{"the United States", GPE}},
			want:     []want{{"United States", GPE, "USA", "USA"}},
		},
		{
			name:     "model types a country ORG (agent): gazetteer wins the tie",
			sentence: "Syria has accused Israel.",
			model:    fakeModel{{"Syria", ORG}},
			want:     []want{{"Syria", GPE, "SYR", "SYR"}, {"Israel", GPE, "ISR", "ISR"}},
		},
		{
			name:     "longer model person beats a gazetteer city",
			sentence: "Valeska Paris spoke.",
			model:    fakeModel{{"Valeska Paris", PERSON}},
			want:     []want{{"Valeska Paris", PERSON, "Valeska Paris", ""}},
		},
		{
			name:     "invalid model mentions are dropped",
			sentence: "Kofi Annan spoke.",
			model:    fakeModel{{"Kofi Annan", "DATE"}},
			want:     nil,
		},
		{
			name:     "model name found by the gazetteer gets its id",
			sentence: "Officials of the Arab League met.",
			model:    fakeModel{{"Arab League", ORG}},
			want:     []want{{"Arab League", ORG, "ARABLEAGUE", ""}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewChain(tc.model)
			if err != nil {
				t.Fatal(err)
			}
			ms := c.Recognize(testDoc(tc.sentence, nil))
			checkSpans(t, tc.sentence, ms)
			var got []want
			for _, m := range ms {
				got = append(got, want{m.Text, m.Type, m.Entity, m.Country})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestChainSortedAndSentences(t *testing.T) {
	c, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := "NATO met. Russia and Iran replied. The UN waited."
	ms := c.Recognize(testDoc(s, nil))
	var got []string
	var sents []int
	for _, m := range ms {
		got = append(got, m.Entity)
		sents = append(sents, m.Sentence)
	}
	if !slices.Equal(got, []string{"NATO", "RUS", "IRN", "UN"}) || !slices.Equal(sents, []int{0, 1, 1, 2}) {
		t.Errorf("entities %v sentences %v", got, sents)
	}
	if c.Recognize(nil) != nil {
		t.Error("nil doc")
	}
}

func TestResolvePersons(t *testing.T) {
	model := fakeModel{{"Hassan Rouhani", PERSON}, {"Rouhani", PERSON}, {"Mr. Rouhani", PERSON}, {"Bashar al-Assad", PERSON},
		{"Assad", PERSON}, {"Kerry", PERSON}, {"John Kerry", PERSON}}
	c, err := NewChain(model)
	if err != nil {
		t.Fatal(err)
	}
	s := "Iranian President Hassan Rouhani spoke. Rouhani said Mr. Rouhani's plan works. Kerry met Bashar al-Assad. " +
		"Assad's aides met Secretary of State John Kerry. Rouhani's aide left."
	ms := c.Recognize(testDoc(s, nil))
	checkSpans(t, s, ms)
	var got []string
	for _, m := range ms {
		if m.Type == PERSON {
			got = append(got, m.Text+"="+m.Entity+"/"+m.Country)
		}
	}
	want := []string{
		"Hassan Rouhani=Hassan Rouhani/IRN", "Rouhani=Hassan Rouhani/IRN", "Rouhani=Hassan Rouhani/IRN",
		"Kerry=John Kerry/", "Bashar al-Assad=Bashar al-Assad/", "Assad=Bashar al-Assad/", "John Kerry=John Kerry/",
		"Rouhani=Hassan Rouhani/IRN",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestResolveDirect(t *testing.T) {
	ms := Resolve([]Mention{
		{Start: 0, End: 6, Text: "Mr. Li", Type: PERSON},
		{Start: 10, End: 40, Text: "Islamic Revolutionary Guard Corps", Type: ORG, Entity: "IRN Revolutionary Guards", Country: "IRN"},
		{Start: 42, End: 46, Text: "IRGC", Type: ORG},
		{Start: 60, End: 64, Text: "IRGC", Type: ORG},
	})
	if ms[0].Entity != "Li" || ms[2].Entity != "IRN Revolutionary Guards" || ms[3].Country != "IRN" {
		t.Errorf("got %+v", ms)
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"the  Iranian\nForeign Ministry's": "Iranian Foreign Ministry",
		" \"Hassan Rouhani,\" ":            "Hassan Rouhani",
		"The Kremlin":                      "Kremlin",
		"U.S.":                             "U.S.",
		"the":                              "the",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Mr. Rouhani": "Rouhani", "President Hassan Rouhani": "Hassan Rouhani",
		"Prime Minister Abadi": "Abadi", "President": "President"} {
		if got := stripTitles(in); got != want {
			t.Errorf("stripTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSpanProperty checks, on random texts made of gazetteer names, titles, punctuation and noise,
// that every mention satisfies Text == text[Start:End], has a contract type and an entity, and that
// mentions are sorted and do not overlap.
func TestSpanProperty(t *testing.T) {
	c, err := NewChain(fakeModel{{"Rouhani", PERSON}, {"the Iranian", NORP}, {"Côte", LOC}})
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"the", "U.S.", "Iran's", "Iranian", "President", "Hassan", "Rouhani", "Mr.", "Côte d’Ivoire", ",", ".",
		"Foreign", "Ministry", "of", "Washington", "said", "ISIL-held", "U.S.-led", "\n\n", "Ünïcödé", "NATO", "’s", "-", "(", ")",
		"Secretary", "State", "John", "Kerry", "al-Assad", "Soviet", "Union", "\xff", "日本", "Kremlin", "’", "'", "J", "Gen."}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(25) {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		ms := c.Recognize(testDoc(s, nil))
		checkSpans(t, s, ms)
		for i, m := range ms {
			if m.Entity == "" {
				t.Fatalf("%q: empty entity %+v", s, m)
			}
			if i > 0 && ms[i-1].End > m.Start {
				t.Fatalf("%q: overlap %+v %+v", s, ms[i-1], m)
			}
		}
	}
}

func FuzzChain(f *testing.F) {
	for _, s := range []string{"Iranian President Hassan Rouhani said.", "the U.S.-led coalition", "Côte d’Ivoire's army",
		"Foreign Secretary Boris Johnson met him. The Foreign Secretary said: \"I agree\".", "Near Ar Raqqah\nThe Agency"} {
		f.Add(s)
	}
	c, err := NewChain(nil)
	if err != nil {
		f.Fatal(err)
	}
	// A model that tags every capitalized word and the word after it, to exercise the span cleanup.
	model := RecognizerFunc(func(d *text.Doc) []Mention {
		var ms []Mention
		for k := 0; k+1 < len(d.Tokens); k++ {
			if w := d.TokenText(k); w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				s, e := d.Tokens[k].Start, d.Tokens[k+1].End
				ms = append(ms, Mention{Start: s, End: e, Text: d.Text[s:e], Type: ORG, Source: "model"})
			}
		}
		return ms
	})
	g := mustGaz(f)
	co := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g, model}, Gazetteer: g, Pronouns: true, Descriptions: true}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ch := range []*Chain{c, co} {
			ms := ch.Recognize(testDoc(s, nil))
			checkSpans(t, s, ms)
			for i := 1; i < len(ms); i++ {
				if ms[i].Start < ms[i-1].End {
					t.Errorf("overlapping or unsorted mentions %+v %+v", ms[i-1], ms[i])
				}
			}
		}
	})
}

func TestChainModelEntities(t *testing.T) {
	model := RecognizerFunc(func(d *text.Doc) []Mention {
		var ms []Mention
		for _, x := range []struct{ text, typ, entity string }{
			{"the United States", GPE, "the United States"},
			{"Mr. Blair's", PERSON, "Mr. Blair's"},
			{"the Foo Council", ORG, "the Foo Council"},
		} {
			if k := strings.Index(d.Text, x.text); k >= 0 {
				ms = append(ms, Mention{Start: k, End: k + len(x.text), Text: x.text, Type: x.typ, Entity: x.entity, Source: "model"})
			}
		}
		return ms
	})
	c := &Chain{Recognizers: []Recognizer{model, (*Gazetteer)(nil), (*Rules)(nil), nil}}
	s := "He said the United States and Mr. Blair's aides met the Foo Council."
	ms := c.Recognize(testDoc(s, nil))
	checkSpans(t, s, ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"="+m.Entity)
	}
	want := []string{"United States=USA", "Mr. Blair=Blair", "Foo Council=Foo Council"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestChainTrimsPunctuationOutOfSpans checks that punctuation and symbols a recognizer left at the
// edges of a span are moved out of it, so the name resolves ("& United Nations" → UN), while the
// period of an abbreviation and a balanced closing bracket stay.
func TestChainTrimsPunctuationOutOfSpans(t *testing.T) {
	g := mustGaz(t)
	src := "The & United Nations met +China, the U.S. and Islamic State (ISIS)."
	span := func(s string) Mention {
		i := strings.Index(src, s)
		return Mention{Start: i, End: i + len(s), Text: s, Type: ORG, Source: "model"}
	}
	model := RecognizerFunc(func(*text.Doc) []Mention {
		return []Mention{span("& United Nations"), span("+China,"), span("U.S."), span("Islamic State (ISIS)")}
	})
	c := &Chain{Recognizers: []Recognizer{model}, Gazetteer: g}
	got := map[string]string{}
	for _, m := range c.Recognize(testDoc(src, nil)) {
		if src[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match the text", m)
		}
		got[m.Text] = m.Entity
	}
	want := map[string]string{"United Nations": "UN", "China": "CHN", "U.S.": "USA", "Islamic State (ISIS)": "Islamic State (ISIS)"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q → %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

// TestCountryInsideName: a gazetteer country inside a model mention gives an organization its
// country ("Bank of Japan"), but a country's name that is part of a person's name is no
// nationality, and a river or basin named after a country runs through several.
func TestCountryInsideName(t *testing.T) {
	for _, c := range []struct {
		typ, name, text, want string
	}{
		{PERSON, "Jim Jordan", "Jim Jordan said the committee would issue subpoenas.", ""},
		{PERSON, "Chad Wolf", "Chad Wolf said the border was secure.", ""},
		{PERSON, "Georgia Harper", "Georgia Harper won the seat.", ""},
		{ORG, "Bank of Japan", "The Bank of Japan left rates unchanged.", "JPN"},
		{LOC, "Jordan River", "Pilgrims waded into the Jordan River.", ""},
		{LOC, "Congo Basin", "Loggers moved deeper into the Congo Basin.", ""},
	} {
		ch, err := NewChain(markAs(c.typ, c.name))
		if err != nil {
			t.Fatal(err)
		}
		expectCountry(t, ch, c.text, "", c.name, c.want, false)
	}
}
