package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// readAll reads paths with r and returns the documents in order.
func readAll(t *testing.T, r *Reader, paths ...string) []*Document {
	t.Helper()
	var docs []*Document
	err := r.Read(context.Background(), paths, func(d *Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%v): %v", paths, err)
	}
	return docs
}

// writeFiles creates files (slash-separated names) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ids(docs []*Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestReadDirectoryOrderAndSkips(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"bbc/b.txt":        "Second\nbody",
		"bbc/a.md":         "# First title\n\nbody",
		"aljazeera/x.html": "<html><body><p>" + strings.Repeat("Words of the article. ", 12) + "</p></body></html>",
		"z.jsonl":          `{"text":"one"}` + "\n" + `{"text":"two"}` + "\n",
		"m.csv":            "text\nalpha\nbeta\n",
		"notes.pdf":        "%PDF-1.4",
		".hidden/h.txt":    "hidden",
		"sub/deeper/d.tsv": "TEXT\tid\ngamma\tg1\n",
	})
	var skipped []string
	r := &Reader{OnSkip: func(p, reason string) {
		rel, _ := filepath.Rel(dir, p)
		skipped = append(skipped, filepath.ToSlash(rel)+": "+reason)
	}}
	docs := readAll(t, r, dir)
	want := []string{"aljazeera/x.html", "bbc/a.md", "bbc/b.txt", "m.csv:2", "m.csv:3", "g1", "z.jsonl:1", "z.jsonl:2"}
	if got := ids(docs); !equalStrings(got, want) {
		t.Errorf("IDs = %q, want %q", got, want)
	}
	wantSkipped := []string{".hidden: hidden", "notes.pdf: unsupported extension .pdf"}
	if !equalStrings(skipped, wantSkipped) {
		t.Errorf("skipped = %q, want %q", skipped, wantSkipped)
	}
	for _, d := range docs {
		if d.Err != nil {
			t.Errorf("%s: unexpected error %v", d.ID, d.Err)
		}
	}
	// Reading twice gives the same sequence.
	if again := ids(readAll(t, r, dir)); !equalStrings(again, want) {
		t.Errorf("second read IDs = %q", again)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReadTextMetadata(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 250)
	writeFiles(t, dir, map[string]string{
		"reuters/iran.txt": "\n\n  Iran and the IAEA agree on inspections  \nVIENNA (Reuters) - Iran agreed on Monday.\n",
		"reuters/long.txt": long + "\nsecond line",
		"notes/intro.md":   "## Background \nText here.",
		"bom.txt":          "\xEF\xBB\xBFHello\nworld",
	})
	tests := []struct {
		path, id, source, title, text string
	}{
		{"reuters/iran.txt", "iran.txt", "reuters", "Iran and the IAEA agree on inspections",
			"\n\n  Iran and the IAEA agree on inspections  \nVIENNA (Reuters) - Iran agreed on Monday.\n"},
		{"reuters/long.txt", "long.txt", "reuters", "", long + "\nsecond line"},
		{"notes/intro.md", "intro.md", "notes", "Background", "## Background \nText here."},
		{"bom.txt", "bom.txt", filepath.Base(dir), "Hello", "Hello\nworld"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p := filepath.Join(dir, filepath.FromSlash(tt.path))
			docs := readAll(t, &Reader{}, p)
			if len(docs) != 1 {
				t.Fatalf("got %d docs", len(docs))
			}
			d := docs[0]
			if d.ID != tt.id || d.Source != tt.source || d.Title != tt.title || d.Text != tt.text || d.Path != p || d.Line != 0 {
				t.Errorf("got ID %q Source %q Title %q Path %q Line %d Text %q; want %q %q %q %q 0 %q",
					d.ID, d.Source, d.Title, d.Path, d.Line, d.Text, tt.id, tt.source, tt.title, p, tt.text)
			}
			if d.Err != nil || len(d.Warnings) != 0 {
				t.Errorf("Err %v Warnings %q", d.Err, d.Warnings)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	input := strings.Join([]string{
		`{"id":"a1","text":"Iran and Iraq.","title":"T","date":"2024-03-05T10:00:00+01:00","source":"AP","url":"http://x/1","extra":[1,2]}`,
		`{"id":42,"text":"Numeric id.","date":"20240102"}`,
		``,
		`{"text":"Default id.","date":"2024-01-02 15:04:05"}`,
		`{"id":"bad","text":"broken"`,
		`{"id":"nt","title":"no text"}`,
		`{"id":"num","text":12}`,
		`{"id":"dd","text":"Bad date.","date":"yesterday"}`,
		`  `,
		`{"id":"ws","text":"  \n "}`,
		`[1,2]`,
		`{"id":"last","text":"Still read.","title":7}`,
	}, "\n")
	writeFiles(t, dir, map[string]string{"feed/in.jsonl": input})
	docs := readAll(t, &Reader{}, filepath.Join(dir, "feed", "in.jsonl"))
	type want struct {
		id, text, title, date, source, url string
		line                               int
		err, warning                       string
	}
	wants := []want{
		{id: "a1", text: "Iran and Iraq.", title: "T", date: "2024-03-05", source: "AP", url: "http://x/1", line: 1},
		{id: "42", text: "Numeric id.", date: "2024-01-02", source: "feed", line: 2},
		{id: "in.jsonl:4", text: "Default id.", date: "2024-01-02", source: "feed", line: 4},
		{id: "in.jsonl:5", source: "feed", line: 5, err: "line 5: invalid JSON"},
		{id: "nt", title: "no text", source: "feed", line: 6, err: `line 6: missing or non-string "text"`},
		{id: "num", source: "feed", line: 7, err: `line 7: missing or non-string "text"`},
		{id: "dd", text: "Bad date.", source: "feed", line: 8, warning: `unparseable date "yesterday" ignored`},
		{id: "ws", text: "  \n ", source: "feed", line: 10, err: "line 10: empty document"},
		{id: "in.jsonl:11", source: "feed", line: 11, err: "line 11: invalid JSON object"},
		{id: "last", text: "Still read.", source: "feed", line: 12, warning: "title is not a string, ignored"},
	}
	if len(docs) != len(wants) {
		t.Fatalf("got %d docs %q, want %d", len(docs), ids(docs), len(wants))
	}
	for i, w := range wants {
		d := docs[i]
		t.Run(w.id, func(t *testing.T) {
			if d.ID != w.id || d.Text != w.text || d.Title != w.title || d.Date != w.date || d.Source != w.source ||
				d.URL != w.url || d.Line != w.line {
				t.Errorf("got %+v\nwant %+v", *d, w)
			}
			if !strings.Contains(errText(d.Err), w.err) || (w.err == "") != (d.Err == nil) {
				t.Errorf("Err = %v, want containing %q", d.Err, w.err)
			}
			if w.err != "" && !strings.Contains(errText(d.Err), "in.jsonl") {
				t.Errorf("Err = %v does not name the file", d.Err)
			}
			if w.warning != "" && (len(d.Warnings) != 1 || d.Warnings[0] != w.warning) {
				t.Errorf("Warnings = %q, want [%q]", d.Warnings, w.warning)
			}
		})
	}
	var pe *ParseError
	if !errors.As(docs[3].Err, &pe) || pe.Line != 5 {
		t.Errorf("malformed line: Err %v is not a *ParseError with Line 5", docs[3].Err)
	}
	if !errors.Is(docs[4].Err, ErrNoText) || !errors.Is(docs[7].Err, ErrEmpty) {
		t.Errorf("errors.Is failed for %v / %v", docs[4].Err, docs[7].Err)
	}
}

func TestReadStdin(t *testing.T) {
	in := strings.NewReader("{\"text\":\"from stdin\"}\r\n{\"id\":\"s2\",\"text\":\"second\"}")
	docs := readAll(t, &Reader{Stdin: in}, "-")
	if got := ids(docs); !equalStrings(got, []string{"stdin:1", "s2"}) {
		t.Fatalf("IDs = %q", got)
	}
	if docs[0].Text != "from stdin" || docs[0].Path != "-" || docs[1].Text != "second" {
		t.Errorf("got %+v %+v", *docs[0], *docs[1])
	}
}

func TestReadCSV(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.csv": "\xEF\xBB\xBFID,Title,Text,Date,Source,URL,other\n" +
			"c1,First,\"Iran, Iraq and Syria.\",2024-01-02,AFP,http://u/1,x\n" +
			"c2,Second,\"Multi\nline \"\"quoted\"\" text\",20240103,,,y\n" +
			"c3,Bad,too,few\n" +
			",Fourth,Lazy \"quotes\" kept,bad-date,,,z\n",
		"b.tsv":       "text\tsource\nTab separated.\tWire\n\t\n",
		"none.csv":    "id,body\n1,hello\n",
		"onlyhdr.csv": "",
	})
	docs := readAll(t, &Reader{}, filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.tsv"),
		filepath.Join(dir, "none.csv"), filepath.Join(dir, "onlyhdr.csv"))
	type want struct {
		id, text, title, date, source, url string
		line                               int
		err                                string
	}
	src := filepath.Base(dir)
	wants := []want{
		{"c1", "Iran, Iraq and Syria.", "First", "2024-01-02", "AFP", "http://u/1", 2, ""},
		{"c2", "Multi\nline \"quoted\" text", "Second", "2024-01-03", src, "", 3, ""},
		{"a.csv:5", "", "", "", src, "", 5, "line 5: record 3 has 4 fields, the header has 7"},
		{"a.csv:6", "Lazy \"quotes\" kept", "Fourth", "", src, "", 6, ""},
		{"b.tsv:2", "Tab separated.", "", "", "Wire", "", 2, ""},
		{"b.tsv:3", "", "", "", src, "", 3, "line 3: empty document"},
		{"none.csv", "", "", "", src, "", 0, `line 1: header has no "text" column`},
		{"onlyhdr.csv", "", "", "", src, "", 0, "line 1: empty document"},
	}
	if len(docs) != len(wants) {
		t.Fatalf("got %d docs %q, want %d", len(docs), ids(docs), len(wants))
	}
	for i, w := range wants {
		d := docs[i]
		if d.ID != w.id || d.Text != w.text || d.Title != w.title || d.Date != w.date || d.Source != w.source ||
			d.URL != w.url || d.Line != w.line || !strings.Contains(errText(d.Err), w.err) || (w.err == "") != (d.Err == nil) {
			t.Errorf("doc %d: got %+v (err %v)\nwant %+v", i, *d, d.Err, w)
		}
	}
	if len(docs[3].Warnings) != 1 || docs[3].Warnings[0] != `unparseable date "bad-date" ignored` {
		t.Errorf("warnings = %q", docs[3].Warnings)
	}
}

func TestMissingPath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "fine"})
	missing := filepath.Join(dir, "nope", "gone.txt")
	called := 0
	err := (&Reader{}).Read(context.Background(), []string{filepath.Join(dir, "ok.txt"), missing},
		func(*Document) error { called++; return nil })
	var pe *PathError
	if !errors.As(err, &pe) || pe.Path != missing {
		t.Fatalf("err = %v, want *PathError for %s", err, missing)
	}
	if !strings.Contains(err.Error(), missing) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %q does not name the path or wrap fs.ErrNotExist", err)
	}
	if called != 0 {
		t.Errorf("fn called %d times before the missing path was reported", called)
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	bin := append([]byte("GIF89a"), make([]byte, 100)...)
	ctl := bytes.Repeat([]byte{1, 2, 3, 'a'}, 100)
	writeFiles(t, dir, map[string]string{
		"empty.txt":     "",
		"blank.md":      " \n\t\n",
		"bin.txt":       string(bin),
		"control.txt":   string(ctl),
		"bin.jsonl":     string(bin),
		"bin.html":      string(bin),
		"empty.jsonl":   "",
		"nobody.html":   "<html><head><title>Only a title</title></head><body><nav>Home | World</nav><script>var x=1;</script></body></html>",
		"utf16.txt":     "\xFF\xFEH\x00i\x00",
		"unreadable.md": "secret",
	})
	unreadable := filepath.Join(dir, "unreadable.md")
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	_, openErr := os.ReadFile(unreadable) // root can still read it
	tests := []struct {
		name string
		err  error  // errors.Is target, nil for success
		text string // expected text when err is nil
	}{
		{"empty.txt", ErrEmpty, ""},
		{"blank.md", ErrEmpty, ""},
		{"bin.txt", ErrBinary, ""},
		{"control.txt", ErrBinary, ""},
		{"bin.jsonl", ErrBinary, ""},
		{"bin.html", ErrBinary, ""},
		{"nobody.html", ErrNoMainText, ""},
		{"utf16.txt", nil, "Hi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readAll(t, &Reader{}, filepath.Join(dir, tt.name))
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			d := docs[0]
			if tt.err != nil && !errors.Is(d.Err, tt.err) {
				t.Errorf("Err = %v, want %v", d.Err, tt.err)
			}
			if tt.err != nil && !strings.Contains(errText(d.Err), tt.name) {
				t.Errorf("Err %q does not name the file", d.Err)
			}
			if tt.err == nil && (d.Err != nil || d.Text != tt.text) {
				t.Errorf("got Text %q Err %v, want %q", d.Text, d.Err, tt.text)
			}
			if d.ID != tt.name {
				t.Errorf("ID = %q", d.ID)
			}
		})
	}
	t.Run("empty.jsonl", func(t *testing.T) {
		if docs := readAll(t, &Reader{}, filepath.Join(dir, "empty.jsonl")); len(docs) != 0 {
			t.Errorf("empty JSONL gave %d documents", len(docs))
		}
	})
	t.Run("unreadable", func(t *testing.T) {
		if openErr == nil {
			t.Skip("running with permission to read a mode-000 file (root)")
		}
		docs := readAll(t, &Reader{}, dir)
		for _, d := range docs {
			if d.ID == "unreadable.md" {
				if !errors.Is(d.Err, fs.ErrPermission) {
					t.Errorf("Err = %v, want permission error", d.Err)
				}
				return
			}
		}
		t.Error("unreadable file not reported")
	})
}

func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	bad := "Caf\xe9 in Tehran \xff\xfe ok"
	writeFiles(t, dir, map[string]string{
		"bad.txt":   bad,
		"bad.jsonl": "{\"text\":\"" + bad + "\"}\n",
		"bad.csv":   "text\n" + bad + "\n",
	})
	tests := []struct{ name, want string }{
		{"bad.txt", "Caf\uFFFD in Tehran \uFFFD ok"},
		{"bad.jsonl", "Caf\uFFFD in Tehran \uFFFD\uFFFD ok"}, // encoding/json replaces byte by byte
		{"bad.csv", "Caf\uFFFD in Tehran \uFFFD ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readAll(t, &Reader{}, filepath.Join(dir, tt.name))
			if len(docs) != 1 {
				t.Fatalf("got %d docs", len(docs))
			}
			d := docs[0]
			if d.Err != nil || d.Text != tt.want || !utf8.ValidString(d.Text) {
				t.Fatalf("Text %q Err %v, want %q", d.Text, d.Err, tt.want)
			}
			if len(d.Warnings) != 1 || d.Warnings[0] != "invalid UTF-8 replaced" {
				t.Errorf("Warnings = %q", d.Warnings)
			}
			// Offsets index the replaced text: "Tehran" is found and sliced at rune boundaries.
			i := strings.Index(d.Text, "Tehran")
			if d.Text[i:i+len("Tehran")] != "Tehran" || !utf8.ValidString(d.Text[:i]) {
				t.Errorf("offset %d not on the replaced text", i)
			}
			(&Cleaner{}).Clean(d, nil)
			checkSpans(t, d)
		})
	}
}

func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB line skipped in -short mode")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	const size = 50 << 20
	word := "Geneva talks "
	body := strings.Repeat(word, size/len(word))
	if _, err := fmt.Fprintf(f, "{\"id\":\"big\",\"text\":\"%s\"}\n{\"id\":\"after\",\"text\":\"small\"}\n", body); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, &Reader{}, p)
	if len(docs) != 2 || docs[0].ID != "big" || docs[0].Text != body || docs[1].ID != "after" || docs[1].Text != "small" {
		t.Fatalf("got %d docs (%q)", len(docs), ids(docs))
	}
	// The same as a plain-text file.
	tp := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(tp, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	docs = readAll(t, &Reader{}, tp)
	if len(docs) != 1 || docs[0].Text != body || docs[0].Title != "" {
		t.Fatalf("plain text: got %d docs", len(docs))
	}
	(&Cleaner{}).Clean(docs[0], nil)
	if len(docs[0].Kept) != 1 || docs[0].Kept[0] != (Span{0, len(body)}) {
		t.Errorf("Kept = %v", docs[0].Kept)
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"sample/wire/one.txt":  {Data: []byte("Title one\nBody.")},
		"sample/wire/two.html": {Data: []byte("<title>Two</title><article><p>" + strings.Repeat("Body text here. ", 20) + "</p></article>")},
		"sample/feed.jsonl":    {Data: []byte(`{"id":"j","text":"json"}` + "\n")},
		"sample/README":        {Data: []byte("not read")},
	}
	var skipped []string
	docs := readAll(t, &Reader{FS: fsys, OnSkip: func(p, _ string) { skipped = append(skipped, p) }}, "sample")
	if got := ids(docs); !equalStrings(got, []string{"j", "wire/one.txt", "wire/two.html"}) {
		t.Errorf("IDs = %q", got)
	}
	if docs[1].Source != "wire" || docs[1].Path != "sample/wire/one.txt" || docs[2].Title != "Two" {
		t.Errorf("got %+v / %+v", *docs[1], *docs[2])
	}
	if !equalStrings(skipped, []string{"sample/README"}) {
		t.Errorf("skipped = %q", skipped)
	}
	err := (&Reader{FS: fsys}).Read(context.Background(), []string{"nothere"}, func(*Document) error { return nil })
	var pe *PathError
	if !errors.As(err, &pe) || pe.Path != "nothere" {
		t.Errorf("err = %v", err)
	}
}

func TestDuplicateIDs(t *testing.T) {
	in := strings.NewReader(`{"id":"x","text":"a"}
{"id":"x","text":"b"}
{"id":"x#2","text":"c"}
{"id":"x","text":"d"}
`)
	docs := readAll(t, &Reader{Stdin: in}, "-")
	want := []string{"x", "x#2", "x#2#2", "x#3"}
	if got := ids(docs); !equalStrings(got, want) {
		t.Errorf("IDs = %q, want %q", got, want)
	}
	if len(docs[1].Warnings) != 1 || docs[1].Warnings[0] != `duplicate id "x" renamed "x#2"` {
		t.Errorf("warnings = %q", docs[1].Warnings)
	}
}

func TestReadStops(t *testing.T) {
	in := `{"text":"a"}` + "\n" + `{"text":"b"}` + "\n"
	stop := errors.New("stop")
	n := 0
	err := (&Reader{Stdin: strings.NewReader(in)}).Read(context.Background(), []string{"-"}, func(*Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d calls", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = (&Reader{Stdin: strings.NewReader(in)}).Read(ctx, []string{"-"}, func(*Document) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2024-02-29", "2024-02-29", true},
		{"20240229", "2024-02-29", true},
		{"2024-02-29T23:30:00-05:00", "2024-02-29", true},
		{"2024-02-29T23:30:00.123Z", "2024-02-29", true},
		{"2024-02-29 08:00:00", "2024-02-29", true},
		{" 2010-09-15 ", "2010-09-15", true},
		{"Mon, 02 Jan 2006 15:04:05 MST", "2006-01-02", true},
		{"January 2, 2006", "2006-01-02", true},
		{"", "", true},
		{"2024-02-30", "", false},
		{"yesterday", "", false},
		{"2024", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := NormalizeDate(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("NormalizeDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// checkSpans asserts the Kept spans property: sorted, non-overlapping, within bounds, on UTF-8 boundaries.
func checkSpans(t *testing.T, d *Document) {
	t.Helper()
	prev := 0
	for i, s := range d.Kept {
		if s.Start < prev || s.End < s.Start || s.End > len(d.Text) {
			t.Fatalf("%s: span %d %v out of order or bounds (prev end %d, len %d)", d.ID, i, s, prev, len(d.Text))
		}
		if i > 0 && s.Start == prev {
			t.Errorf("%s: span %d %v touches the previous one (should be merged)", d.ID, i, s)
		}
		if !utf8.ValidString(d.Text[s.Start:s.End]) {
			t.Fatalf("%s: span %v not on UTF-8 boundaries", d.ID, s)
		}
		prev = s.End
	}
}
