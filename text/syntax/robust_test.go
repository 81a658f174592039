package syntax

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/geopol/geopol/text"
)

// TestParseOddInput checks that any input gives a tree: no tokens, one token, missing or
// unknown tags, a sentence of 1,000 tokens, and the properties every parse has (one root, heads
// in range, no cycle).
func TestParseOddInput(t *testing.T) {
	_, m := mustModels(t)
	long := make([]string, 1000)
	longTags := make([]string, 1000)
	r := rand.New(rand.NewPCG(1, 2))
	vocab := []string{"the", "Iran", "said", ",", "and", "attacked", "of", "in", "troops", "."}
	tagset := []string{"DT", "NNP", "VBD", ",", "CC", "VBD", "IN", "IN", "NNS", "."}
	for i := range long {
		k := r.IntN(len(vocab))
		long[i], longTags[i] = vocab[k], tagset[k]
	}
	cases := []struct {
		name        string
		words, tags []string
	}{
		{"empty", nil, nil},
		{"one", []string{"Yes"}, []string{"UH"}},
		{"no tags", []string{"Iran", "attacked", "Iraq"}, nil},
		{"empty tags", []string{"Iran", "attacked", "Iraq"}, []string{"", "", ""}},
		{"unknown tags", []string{"Iran", "attacked", "Iraq"}, []string{"X", "?", "ZZZ"}},
		{"empty words", []string{"", "", ""}, []string{"NN", "VB", "NN"}},
		{"unicode", []string{"Ирак", "атаковал", "イラン", "。"}, []string{"NNP", "VBD", "NNP", "."}},
		{"1000 tokens", long, longTags},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr := m.Parse(c.words, c.tags)
			n := min(len(c.words), len(c.tags))
			if tr.Len() != n || len(tr.Label) != n {
				t.Fatalf("tree of %d tokens for %d", tr.Len(), n)
			}
			checkTree(t, tr)
		})
	}
}

func checkTree(t *testing.T, tr Tree) {
	t.Helper()
	if tr.Len() == 0 {
		return
	}
	roots := 0
	for i, h := range tr.Head {
		if h < -1 || h >= tr.Len() || h == i {
			t.Fatalf("token %d: head %d", i, h)
		}
		if h == -1 {
			roots++
			if tr.Label[i] != Root {
				t.Errorf("root token %d has relation %s", i, tr.Label[i])
			}
		} else if tr.Label[i] == Root {
			t.Errorf("token %d has relation root and head %d", i, h)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
	if hasCycle(tr.Head) {
		t.Errorf("cycle in %v", tr.Head)
	}
}

// TestClausesOddTrees checks that trees that are not trees of the sentence give no clauses and
// no panic.
func TestClausesOddTrees(t *testing.T) {
	a, m := mustModels(t)
	d := a.Analyze("Iran attacked Iraq.", nil)
	for _, tr := range []Tree{
		{},
		{Head: []int{1, -1, 1}, Label: []Label{Nsubj, Root, Obj}},          // one token short
		{Head: []int{1, 0, 1, 1}, Label: []Label{Nsubj, Root, Obj, Punct}}, // cycle
		{Head: []int{1, -1, 7, 1}, Label: []Label{Nsubj, Root, Obj, Punct}},
		{Head: []int{1, -1, 1, 1}, Label: []Label{Nsubj, Root, Obj}},
	} {
		if cs := m.Clauses(d, 0, tr); cs != nil {
			t.Errorf("tree %v: %d clauses", tr, len(cs))
		}
	}
	if cs := m.Clauses(d, 5, Tree{}); cs != nil {
		t.Errorf("sentence out of range: %d clauses", len(cs))
	}
	// Labels out of range are read as dep.
	cs := m.Clauses(d, 0, Tree{Head: []int{1, -1, 1, 1}, Label: []Label{200, Root, 201, Punct}})
	if len(cs) != 1 {
		t.Errorf("%d clauses with unknown labels", len(cs))
	}
}

// TestLongSentenceClauses analyses a document of one 3,000-token sentence (a list without
// full stops).
func TestLongSentenceClauses(t *testing.T) {
	a, m := mustModels(t)
	doc := strings.Repeat("Iran and Iraq said that Syria attacked Turkey with rockets, ", 300)
	d := a.Analyze(doc, nil)
	if len(d.Sentences) != 1 {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	an := m.Analyze(d, 0)
	checkTree(t, an.Tree)
	if len(an.Clauses) < 300 {
		t.Errorf("%d clauses", len(an.Clauses))
	}
	checkSpans(t, d, an.Clauses)
}

// TestDeterministic checks that the same sentences give the same trees and clauses, one call
// after another and from concurrent goroutines sharing the model.
func TestDeterministic(t *testing.T) {
	a, m := mustModels(t)
	var docs []*text.Doc
	for _, c := range readClauseCases(t, "clauses.txt") {
		docs = append(docs, a.Analyze(c.text, nil))
	}
	want := make([]Analysis, len(docs))
	for i, d := range docs {
		want[i] = m.Analyze(d, 0)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(docs))
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := len(docs) - 1; i >= 0; i-- {
				if got := m.Analyze(docs[i], 0); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("sentence %d: analyses differ", i)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTrainDeterministic trains twice on the same 300 treebank sentences and compares the model
// files byte for byte, and checks that a written model reads back to the same parses.
func TestTrainDeterministic(t *testing.T) {
	exs := ewtExamples(t, "en_ewt-ud-dev.conllu")[:300]
	opt := TrainOptions{Epochs: 3, Clusters: map[string]string{"Iran": "0101", "Iraq": "0100", "said": "1"}}
	var files [2][]byte
	var models [2]*Model
	for i := range files {
		m, err := Train(exs, opt)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		files[i], models[i] = buf.Bytes(), m
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatalf("two trainings gave different files (%d and %d bytes)", len(files[0]), len(files[1]))
	}
	back, err := ReadModel(bytes.NewReader(files[0]))
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range ewtExamples(t, "en_ewt-ud-test.conllu")[:100] {
		words, tags := exampleInput(ex)
		if a, b := models[0].Parse(words, tags), back.Parse(words, tags); !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: the model read back parses differently", ex.ID)
		}
		if a, b := models[0].Lemma(words[0], tags[0]), back.Lemma(words[0], tags[0]); a != b {
			t.Fatalf("%s: lemma %q read back as %q", ex.ID, a, b)
		}
	}
}

func exampleInput(ex Example) (words, tags []string) {
	for _, tk := range ex.Tokens {
		words = append(words, ex.Text[tk.Start:tk.End])
		tags = append(tags, tk.Tag)
	}
	return words, tags
}

var ewtDir = filepath.Join("..", "..", "..", "shared", "data", "train", "ud_english_ewt")

// ewtExamples reads and aligns one part of UD English EWT (shared data outside the repository).
func ewtExamples(t testing.TB, name string) []Example {
	t.Helper()
	f, err := os.Open(filepath.Join(ewtDir, name))
	if err != nil {
		t.Skipf("UD English EWT not available (%v); it lives in ../shared/data outside the repository", err)
	}
	defer f.Close()
	ss, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := mustModels(t)
	var out []Example
	for _, s := range ss {
		ex, err := Align(a, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ex)
	}
	return out
}

// TestReadModelErrors checks that damaged model files give errors.
func TestReadModelErrors(t *testing.T) {
	zr, err := gzip.NewReader(strings.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if _, err := raw.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	good := raw.Bytes()
	if _, err := ReadModel(bytes.NewReader(good)); err != nil {
		t.Fatalf("the embedded model: %v", err)
	}
	for _, n := range []int{0, 5, len(modelMagic) + 2, 40, len(good) / 2, len(good) - 1} {
		if _, err := ReadModel(bytes.NewReader(good[:n])); err == nil {
			t.Errorf("a model cut at %d bytes was read without error", n)
		}
	}
	bad := bytes.Clone(good)
	bad[0] = 'x'
	if _, err := ReadModel(bytes.NewReader(bad)); err == nil {
		t.Error("a wrong magic was accepted")
	}
}

// TestDeepComplements analyses a chain of 400 open complements: the governors stay bounded.
func TestDeepComplements(t *testing.T) {
	a, m := mustModels(t)
	doc := "Iran agreed" + strings.Repeat(" to try", 400) + " to meet Iraq."
	d := a.Analyze(doc, nil)
	if len(d.Sentences) != 1 {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	an := m.Analyze(d, 0)
	checkTree(t, an.Tree)
	checkSpans(t, d, an.Clauses)
	deepest := 0
	for _, c := range an.Clauses {
		if len(c.Governors) > maxGovernors {
			t.Fatalf("%d governors", len(c.Governors))
		}
		deepest = max(deepest, len(c.Governors))
	}
	if deepest != maxGovernors {
		t.Errorf("deepest clause has %d governors, want %d", deepest, maxGovernors)
	}
}
