package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/text"
)

// annotatedPage is a page of testdata/pages: its text and the tag of each of its lines.
type annotatedPage struct {
	name  string
	text  string
	tags  []byte // per line of text
	spans []corpus.Span
}

// readPage parses a .page file (see testdata/pages/README.md).
func readPage(t *testing.T, path string) annotatedPage {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := annotatedPage{name: filepath.Base(path)}
	var sb strings.Builder
	for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		tag, content := byte('N'), ""
		if l != "" {
			tag = l[0]
			if !strings.ContainsRune("NTAMCR", rune(tag)) || len(l) > 1 && l[1] != ' ' {
				t.Fatalf("%s: bad line %q", path, l)
			}
			if len(l) > 2 {
				content = l[2:]
			}
		}
		start := sb.Len()
		sb.WriteString(content)
		p.spans = append(p.spans, corpus.Span{Start: start, End: sb.Len()})
		p.tags = append(p.tags, tag)
		sb.WriteByte('\n')
	}
	p.text = sb.String()
	return p
}

// lineAt returns the index of the line holding byte offset off.
func (p annotatedPage) lineAt(off int) int {
	i, _ := slices.BinarySearchFunc(p.spans, off, func(s corpus.Span, off int) int {
		switch {
		case s.End < off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	return min(i, len(p.spans)-1)
}

func (p annotatedPage) article(i int) bool { return p.tags[i] == 'A' || p.tags[i] == 'T' }

// pageModels loads the analyzer and the recognizer chain as geopol runs them (rules, gazetteer, the
// embedded statistical model).
func pageModels(t *testing.T) (*text.Analyzer, entities.Recognizer) {
	t.Helper()
	m, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	return m.Analyzer, m.Recognizer
}

// TestScrapedPages is the regression test of issue 17, item 6: on each annotated page, read as a
// plain-text file and cleaned, the title is the article's headline, every line of the article is
// kept, no actor is found outside the article (navigation, meta lines, captions and credits,
// trailer), and every actor found in the article alone is found on the page.
func TestScrapedPages(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "*.page"))
	if err != nil || len(files) < 20 {
		t.Fatalf("%d pages (%v)", len(files), err)
	}
	a, chain := pageModels(t)
	for _, f := range files {
		p := readPage(t, f)
		t.Run(p.name, func(t *testing.T) {
			fsys := fstest.MapFS{"site/page.txt": {Data: []byte(p.text)}}
			var d *corpus.Document
			if err := (&corpus.Reader{FS: fsys}).Read(context.Background(), []string{"site/page.txt"}, func(doc *corpus.Document) error {
				d = doc
				return nil
			}); err != nil || d == nil || d.Err != nil {
				t.Fatalf("read: %v %v", err, d)
			}
			var c corpus.Cleaner
			dropped := map[int]string{}
			for _, l := range c.Dropped(d, nil) {
				dropped[p.lineAt(l.Span.Start)] = l.Rule
			}
			c.Clean(d, nil)
			var title string
			for i, tag := range p.tags {
				if tag == 'T' {
					title = p.text[p.spans[i].Start:p.spans[i].End]
				}
				if p.article(i) && p.spans[i].End > p.spans[i].Start && dropped[i] != "" {
					t.Errorf("article line %d dropped (%s): %q", i+1, dropped[i], p.text[p.spans[i].Start:p.spans[i].End])
				}
			}
			if d.Title != title {
				t.Errorf("Title = %q, want %q", d.Title, title)
			}
			spans := make([]text.Span, 0, len(d.Kept))
			for _, k := range d.KeptSpans() {
				spans = append(spans, text.Span{Start: k.Start, End: k.End})
			}
			got := chain.Recognize(a.Analyze(d.Text, spans))
			found := map[string]bool{}
			for _, m := range got {
				if i := p.lineAt(m.Start); !p.article(i) {
					t.Errorf("actor %q (%s %s) outside the article, line %d (%c): %q", m.Text, m.Type, m.Entity, i+1,
						p.tags[i], p.text[p.spans[i].Start:p.spans[i].End])
				}
				found[m.Entity] = true
			}
			// The article alone, its lines as they are on the page.
			var sb strings.Builder
			for i := range p.tags {
				if p.article(i) {
					sb.WriteString(p.text[p.spans[i].Start:p.spans[i].End])
					sb.WriteString("\n\n")
				}
			}
			want := chain.Recognize(a.Analyze(sb.String(), nil))
			if len(want) == 0 {
				t.Fatal("no actor in the article")
			}
			for _, m := range want {
				if !found[m.Entity] {
					t.Errorf("actor %q (%s %s) of the article not found on the page", m.Text, m.Type, m.Entity)
				}
			}
		})
	}
}
