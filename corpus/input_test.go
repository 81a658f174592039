package corpus

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBinaryByProportion (issue 17, item 9): a text with a stray NUL byte or two is read, with a
// warning; files that are mostly control bytes, random or compressed data, executables and UTF-16
// without a byte-order mark are still binary.
func TestBinaryByProportion(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	random := make([]byte, 20_000)
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	gzipLike := append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, random[:5000]...)
	elf := append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 3000)...)
	utf16 := []byte(strings.Join(strings.Split("Iran and Oman held talks on Monday.", ""), "\x00") + "\x00")
	article := strings.Repeat("Iran and the United States held talks in Oman on Monday, officials said.\n", 40)
	nul := article[:500] + "\x00" + article[500:]
	twoNul := "\x00" + article + "\x00"
	short := "Iran held talks.\x00 Oman agreed.\n"

	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"nul.txt":        nul,
		"two.txt":        twoNul,
		"short.txt":      short,
		"random.txt":     string(random),
		"gzip.txt":       string(gzipLike),
		"elf.txt":        string(elf),
		"utf16.txt":      string(utf16),
		"nul.html":       "<html><body><article><p>" + nul + "</p></article></body></html>",
		"random.html":    string(random),
		"nul.jsonl":      "{\"text\": \"first\x00line\"}\n{\"text\": \"Iran and Oman held talks.\"}\n",
		"random.jsonl":   string(random),
		"nul.csv":        "text\n\"Iran\x00 held talks\"\nOman agreed\n",
		"random.csv":     string(random),
		"escape.txt":     "\x1b[1mIran\x1b[0m held talks.\n",
		"formfeed.txt":   "Page one.\fPage two.\n",
		"controls.txt":   strings.Repeat("Iran\x01held\x02talks\x03\n", 50),
		"manyNul.txt":    strings.Repeat("a\x00", 200),
		"latin1.txt":     "Caf\xe9 in Paris, na\xefve talks.\n",
		"emptyish.jsonl": "\n\n",
	})
	tests := []struct {
		name    string
		binary  bool
		text    string // a part of the text of the first document, when not binary
		warning string
	}{
		{"nul.txt", false, "\x00", warnControl},
		{"two.txt", false, "Oman", warnControl},
		{"short.txt", false, "Oman agreed", warnControl},
		{"random.txt", true, "", ""},
		{"gzip.txt", true, "", ""},
		{"elf.txt", true, "", ""},
		{"utf16.txt", true, "", ""},
		{"nul.html", false, "Oman", ""},
		{"random.html", true, "", ""},
		{"random.jsonl", true, "", ""},
		{"random.csv", true, "", ""},
		{"nul.csv", false, "Iran", ""},
		{"escape.txt", false, "Iran", ""},
		{"formfeed.txt", false, "Page two", ""},
		{"controls.txt", true, "", ""},
		{"manyNul.txt", true, "", ""},
		{"latin1.txt", false, "Paris", warnInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readAll(t, &Reader{}, filepath.Join(dir, tt.name))
			if len(docs) == 0 {
				t.Fatal("no document")
			}
			d := docs[0]
			if got := errors.Is(d.Err, ErrBinary); got != tt.binary {
				t.Fatalf("binary = %v (Err %v), want %v", got, d.Err, tt.binary)
			}
			if tt.binary {
				return
			}
			if d.Err != nil || !strings.Contains(d.Text, tt.text) {
				t.Fatalf("Err %v, text %q does not hold %q", d.Err, d.Text, tt.text)
			}
			if tt.warning != "" && !slices.Contains(d.Warnings, tt.warning) {
				t.Errorf("warnings %q lack %q", d.Warnings, tt.warning)
			}
		})
	}
	// A NUL in the first line of a JSONL file makes that line an error, not the whole file binary.
	docs := readAll(t, &Reader{}, filepath.Join(dir, "nul.jsonl"))
	if len(docs) != 2 || docs[0].Err == nil || errors.Is(docs[0].Err, ErrBinary) || docs[1].Err != nil ||
		docs[1].Text != "Iran and Oman held talks." {
		t.Errorf("nul.jsonl: %d documents, errors %v", len(docs), docErrs(docs))
	}
}

func docErrs(docs []*Document) []error {
	var errs []error
	for _, d := range docs {
		errs = append(errs, d.Err)
	}
	return errs
}

// TestDeepHTMLFallsBack (issue 17, item 9): a page nested deeper than the HTML parser accepts (512
// open elements) is read from its tokens instead of being rejected; navigation and scripts are still
// left out, paragraphs still separated.
func TestDeepHTMLFallsBack(t *testing.T) {
	deep := strings.Repeat("<div>", 2000)
	page := `<html><head><title>Deep page</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.org/deep"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<script>var tracking = "Russia";</script>` + deep + `<h1>Talks resume in Muscat</h1>
<p>Iran and the United States held talks in Oman on Monday.</p><p>The next round is due in <b>May</b>.<br>Officials said so.</p>
<div class="related-stories"><a href="/x">China and India sign a deal</a></div>
<aside>Most read: Brazil votes</aside>` + strings.Repeat("</div>", 2000) + `<footer>© 2024 Example News</footer></body></html>`
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"deep.html": page})
	docs := readAll(t, &Reader{}, filepath.Join(dir, "deep.html"))
	d := docs[0]
	if d.Err != nil {
		t.Fatalf("Err = %v", d.Err)
	}
	want := "Talks resume in Muscat\n\nIran and the United States held talks in Oman on Monday.\n\n" +
		"The next round is due in May.\nOfficials said so."
	if d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if d.Title != "Talks resume in Muscat" || d.Date != "2024-03-05" || d.URL != "https://example.org/deep" {
		t.Errorf("Title %q, Date %q, URL %q", d.Title, d.Date, d.URL)
	}
	if !strings.Contains(strings.Join(d.Warnings, " "), "512") {
		t.Errorf("warnings %q do not say why the structure was lost", d.Warnings)
	}
	// Only text outside the page structure: nothing left is ErrNoMainText, as for a parsed page.
	writeFiles(t, dir, map[string]string{"deepnav.html": "<html><body>" + deep + "<nav>Home | World</nav></body></html>"})
	if d := readAll(t, &Reader{}, filepath.Join(dir, "deepnav.html"))[0]; !errors.Is(d.Err, ErrNoMainText) {
		t.Errorf("deep page with navigation only: Err = %v", d.Err)
	}
}

// TestSourceDoesNotDependOnPathForm (issue 17, item 9): Source is the name of the directory holding
// the file however its path is typed: relative, with "./", with "..", or absolute.
func TestSourceDoesNotDependOnPathForm(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"data/x.txt":    "Iran held talks.\n",
		"data/y.jsonl":  "{\"text\": \"Oman agreed.\"}\n",
		"data/sub/z.md": "# Title\n\nQatar mediated.\n",
	})
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(filepath.Join(dir, "data")); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(dir, "data")
	forms := map[string][]string{
		"x.txt":   {"x.txt", "./x.txt", "../data/x.txt", filepath.Join(abs, "x.txt")},
		"y.jsonl": {"y.jsonl", "./y.jsonl", filepath.Join(abs, "y.jsonl")},
	}
	for file, paths := range forms {
		for _, p := range paths {
			docs := readAll(t, &Reader{}, p)
			if len(docs) != 1 || docs[0].Source != "data" {
				t.Errorf("%s as %q: Source %q, want \"data\"", file, p, docs[0].Source)
			}
		}
	}
	// Directories: "." and the absolute path give the same sources.
	for _, p := range []string{".", abs, "./", "../data"} {
		docs := readAll(t, &Reader{}, p)
		got := map[string]string{}
		for _, d := range docs {
			got[d.ID] = d.Source
		}
		want := map[string]string{"x.txt": "data", "y.jsonl:1": "data", "sub/z.md": "sub"}
		for id, src := range want {
			if got[id] != src {
				t.Errorf("directory %q: %s has Source %q, want %q", p, id, got[id], src)
			}
		}
	}
	// In a file system given as Reader.FS, a file at its root has no source.
	docs := readAll(t, &Reader{FS: os.DirFS(abs)}, "x.txt")
	if docs[0].Source != "" {
		t.Errorf("file at the root of Reader.FS: Source %q", docs[0].Source)
	}
	if docs := readAll(t, &Reader{FS: os.DirFS(dir)}, "data/x.txt"); docs[0].Source != "data" {
		t.Errorf("data/x.txt in Reader.FS: Source %q", docs[0].Source)
	}
}
