package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

func mustAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := NewAnalyzer()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestNewAnalyzerLoadTime(t *testing.T) {
	start := time.Now()
	m, err := decodeTagModel()
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	t.Logf("model decoded in %v: %d classes, %d features, %d weights", d, len(m.classes), m.nFeat, m.nWeight)
	// 45 classes and 75,447 features: counted in prose v2.0.0's weights.gob (2026-11-26).
	if len(m.classes) != 45 || m.nFeat != 75447 {
		t.Errorf("model has %d classes, %d features; want 45, 75447", len(m.classes), m.nFeat)
	}
	// The target is < 1 s (about 0.5 s measured on an idle core); the bound leaves room for a
	// loaded CI machine.
	if !raceEnabled && d > 3*time.Second {
		t.Errorf("model load took %v, want < 3s", d)
	}
}

// handSentences are tokenized the way our tokenizer splits them.
var handSentences = []string{
	"U.S. President Joe Biden met Chinese leader Xi Jinping in Bali on Monday .",
	"The Security Council adopted resolution 2231 ( 2015 ) unanimously .",
	"Iran 's foreign minister said Tehran would n't negotiate under pressure .",
	"`` We will defend our sovereignty , '' the minister told reporters .",
	"Russian troops shelled the city of Kharkiv overnight , killing 12 civilians .",
	"NATO allies pledged $ 1.5 billion in military aid to Ukraine .",
	"The talks , which began in Geneva in 2019 , collapsed last week .",
	"Gen. Smith and Dr. Jones visited the U.N. headquarters -- briefly .",
	"She 's been there since 1,000 years ago ; they 're still waiting !",
	"Contact press@un.org or visit https://www.un.org/en for details .",
}

func TestTagHandWritten(t *testing.T) {
	a := mustAnalyzer(t)
	o := mustOracle(t)
	for _, s := range handSentences {
		words := strings.Fields(s)
		got := a.Tag(words)
		want, ties := o.tag(words)
		if !slices.Equal(got, want) {
			t.Errorf("Tag(%q)\n got %v\nwant %v (ties %d)", s, got, want, ties)
		}
	}
	// Spot checks of decisions a reader can verify.
	tags := a.Tag(strings.Fields(handSentences[0]))
	for i, want := range map[int]string{0: "NNP", 1: "NNP", 4: "VBD", 5: "JJ", 6: "NN", 9: "IN", 10: "NNP", 13: "."} {
		if tags[i] != want {
			t.Errorf("tag of %q = %q, want %q", strings.Fields(handSentences[0])[i], tags[i], want)
		}
	}
}

// TestTagMatchesProse compares with prose itself on texts whose white-space chunks all differ
// (prose's NewDocument shares one token object among identical chunks, so repeats would report the
// last occurrence's tag) and that have no exact score ties.
func TestTagMatchesProse(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("loads prose's own tagger and NER models (slow under -race); skipped with -short and -race")
	}
	a := mustAnalyzer(t)
	o := mustOracle(t)
	model := prose.ModelFromData("prose-default") // prose's built-in tagger, loaded once

	texts := []string{
		"The foreign minister said Tehran would not negotiate under pressure.",
		"Russian troops shelled Kharkiv overnight, killing twelve civilians and wounding dozens.",
		"Delegates adopted a resolution condemning violence against peacekeepers in Mali.",
		"China and India agreed to resume border talks after months of tension.",
		"The secretary-general urged all parties to respect international humanitarian law.",
	}
	for _, text := range texts {
		doc, err := prose.NewDocument(text, prose.UsingModel(model),
			prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		var words, want []string
		for _, tok := range doc.Tokens() {
			words = append(words, tok.Text)
			want = append(want, tok.Tag)
		}
		if _, ties := o.tag(words); ties > 0 {
			continue
		}
		if got := a.Tag(words); !slices.Equal(got, want) {
			t.Errorf("Tag(%q)\n got %v\nprose %v", words, got, want)
		}
	}
}

// ungdcPath is the UN General Debate corpus, shared test data outside the repository.
var ungdcPath = filepath.Join("..", "..", "shared", "data", "corpora", "ungdc_2010_2024.jsonl")

// readUNGDC returns the texts of up to n speeches, skipping the test when the data is absent.
func readUNGDC(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(ungdcPath)
	if err != nil {
		tb.Skipf("UN General Debate corpus not available (%v); it lives in ../shared/data outside the repository", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var texts []string
	for sc.Scan() && len(texts) < n {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("read %s: %v", ungdcPath, err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", ungdcPath, err)
	}
	return texts
}

// sentenceWords returns the tagger's input words of every sentence of d.
func sentenceWords(d *Doc) [][]string {
	var out [][]string
	for _, s := range d.Sentences {
		var words []string
		open := false
		for i := s.First; i < s.Last; i++ {
			var w string
			w, open = tagWord(d.Text, d.Tokens, i, open)
			words = append(words, w)
		}
		out = append(out, words)
	}
	return out
}

// TestTagEquivalenceUNGDC checks that the fast tagger and the oracle agree on every token of at
// least 2,000 UN General Debate sentences.
func TestTagEquivalenceUNGDC(t *testing.T) {
	texts := readUNGDC(t, 40)
	a := mustAnalyzer(t)
	o := mustOracle(t)
	sentences, tokens, ties, diffs := 0, 0, 0, 0
	for _, text := range texts {
		for _, words := range sentenceWords(Segment(text, nil)) {
			got := a.Tag(words)
			want, nt := o.tag(words)
			sentences++
			tokens += len(words)
			ties += nt
			for i := range words {
				if got[i] != want[i] {
					diffs++
					if diffs <= 10 {
						t.Errorf("token %d %q of %q: fast %q, oracle %q", i, words[i], words, got[i], want[i])
					}
				}
			}
		}
		if sentences >= 2500 {
			break
		}
	}
	t.Logf("%d sentences, %d tokens, %d differences, %d exact ties", sentences, tokens, diffs, ties)
	if sentences < 2000 {
		t.Errorf("only %d sentences compared, want >= 2000", sentences)
	}
	if diffs > 0 {
		t.Errorf("%d differences", diffs)
	}
	if ties*1000 > tokens {
		t.Errorf("%d ties in %d tokens, want < 0.1%%", ties, tokens)
	}
}

func TestSpecialTagMatchesRegexps(t *testing.T) {
	tests := []string{
		"1,000.50", "3.5", "3.55", "e.g.", "U.S.", "www.un.org", "un.org/en", "a.b(c)", "x.y(z)w",
		"press@un.org", "a@b", "a@b.c", "@UN", "0", "*", "*T*", "*-12", "*EXP*-3", "*-1234", "-LRB-", "-lrb-",
		"-", "--", "a.é", "a.éé", "foo.bar", "Mr.", "v1.2.3", "a@-b.c", "a@b-.c", "", "(a.bc)",
	}
	for _, w := range tests {
		wantNN := commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w) || strings.HasPrefix(w, "@")
		wantNone := !wantNN && w != "-" && oracleNone.MatchString(w)
		tag, ok := specialTag(w)
		if gotNN := ok && tag == "NN"; gotNN != wantNN {
			t.Errorf("specialTag(%q) NN = %v, regexp says %v", w, gotNN, wantNN)
		}
		if gotNone := ok && tag == "-NONE-"; gotNone != wantNone {
			t.Errorf("specialTag(%q) -NONE- = %v, regexp says %v", w, gotNone, wantNone)
		}
	}
}

func FuzzSpecialTag(f *testing.F) {
	for _, s := range []string{"1,000.50", "a.b(c)", "press@un.org", "*T*-1", "-LRB-", "a.b(c(d))e", "x@y.z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isLinkLike(w), commonregex.LinkRegex.MatchString(w); got != want {
			t.Errorf("isLinkLike(%q) = %v, LinkRegex %v", w, got, want)
		}
		if got, want := isEmailLike(w), commonregex.EmailRegex.MatchString(w); got != want {
			t.Errorf("isEmailLike(%q) = %v, EmailRegex %v", w, got, want)
		}
		if got, want := isNoneElement(w), oracleNone.MatchString(w); got != want {
			t.Errorf("isNoneElement(%q) = %v, regexp %v", w, got, want)
		}
	})
}

// FuzzTag checks that the fast tagger and the oracle agree on arbitrary word sequences (words are
// separated by '|', so they may hold spaces, be empty or be invalid UTF-8).
func FuzzTag(f *testing.F) {
	for _, s := range handSentences {
		f.Add(strings.ReplaceAll(s, " ", "|"))
	}
	f.Add("|é|\xff|-|0|*T*-1|-LRB-|@x|a.b.c|1999|-12|x-y")
	a := mustAnalyzer(f)
	o := mustOracle(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, "|")
		got := a.Tag(words)
		want, _ := o.tag(words)
		if !slices.Equal(got, want) {
			t.Errorf("Tag(%q)\n got %q\nwant %q", words, got, want)
		}
	})
}

// TestTagWordShortcut checks tagWord against spelledTagWord, its definition, on every token of texts with quotes,
// dashes, curly apostrophes and capitalized links, and of 100 UN speeches when available.
func TestTagWordShortcut(t *testing.T) {
	texts := []string{
		`He said "no" and “yes” — the U.S. And Japan’s envoy… ‘quoted’ «here» don’t 1980s – x ― y „z"`,
		`"Quoted" at start. U.K. Of course, 'single' and don't; Via Rome, Inc. With 3 ’90s`,
	}
	if _, err := os.Stat(ungdcPath); err == nil {
		texts = append(texts, readUNGDC(t, 100)...)
	}
	n := 0
	for _, txt := range texts {
		d := Segment(txt, nil)
		open, slowOpen := false, false
		for i := range d.Tokens {
			var w, want string
			w, open = tagWord(d.Text, d.Tokens, i, open)
			want, slowOpen = spelledTagWord(d.Text, d.Tokens, i, slowOpen)
			if w != want || open != slowOpen {
				t.Fatalf("token %d %q: tagWord %q %v, want %q %v", i, d.TokenText(i), w, open, want, slowOpen)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no token compared")
	}
}
