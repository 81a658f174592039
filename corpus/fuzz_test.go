package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzJSONL checks that reading any JSONL input never panics, that every document has valid UTF-8 text
// or an error, that IDs are unique, and that line numbers increase.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Iran"}` + "\n" + `{"id":"a","text":"Iraq"}` + "\n"))
	f.Add([]byte(`{"id":1,"text":"x\u00e9\ud83d\ude00","date":"20200101"}` + "\n\n" + `{"text":` + "\n" + `[1]`))
	f.Add([]byte("{\"text\":\"bad \xff utf8\",\"title\":{\"a\":[1,2,{}]}}\r\n{\"text\":\"\\ud800 lone\"}"))
	f.Add([]byte("\x00\x01binary"))
	f.Add([]byte(`{"id":"stdin:2","text":"clash"}` + "\n" + `{"text":"default"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		seen := make(map[string]bool)
		lastLine := 0
		err := (&Reader{Stdin: bytes.NewReader(data)}).Read(context.Background(), []string{"-"}, func(d *Document) error {
			if seen[d.ID] {
				t.Fatalf("duplicate ID %q", d.ID)
			}
			seen[d.ID] = true
			if d.Err == nil && (!utf8.ValidString(d.Text) || isBlank(d.Text)) {
				t.Fatalf("document %q: invalid or empty text %q without Err", d.ID, d.Text)
			}
			if d.Err != nil && d.Text != "" {
				t.Fatalf("document %q: Err %v with text", d.ID, d.Err)
			}
			if d.Line != 0 && d.Line <= lastLine {
				t.Fatalf("line %d after %d", d.Line, lastLine)
			}
			lastLine = d.Line
			if !utf8.ValidString(d.ID) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.Source) {
				t.Fatalf("invalid UTF-8 in metadata of %q", d.ID)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}

// FuzzJSONObject checks the hand-written JSON decoder against encoding/json: both accept the same lines
// (as objects), and decode the same string values.
func FuzzJSONObject(f *testing.F) {
	for _, s := range []string{
		`{"text":"a\nb\"c\\d\/e\u0041\ud83d\ude00\udc00x","id":12.5e-3}`,
		`{"text":"x","text":"y","other":{"a":[true,false,null,-0,1E+2]}}`,
		`  {"title":null,"date":"2024-01-01"}  `, `[1,2]`, `"str"`, `{"a":01}`, `{"a":1.}`, `{"a":-}`,
		`{"a":tru}`, `{"a" 1}`, `{"a":1,}`, `{,}`, `{"a":"\x"}`, "{\"a\":\"\t\"}", `{"text":"\u12"}`,
		"{\"text\":\"\xff\xfe\xe9t\xc3\"}", `{}`, ``, `{"a":[[[[]]]]}`, `{"Text":"case"}`, `{"text":"x"} {}`, `{"id":1e400}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := parseJSONObject(data, nil)
		valid := json.Valid(data) && bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{"))
		if (err == nil) != valid {
			t.Fatalf("parseJSONObject err %v, encoding/json valid object %v for %q", err, valid, data)
		}
		if err != nil {
			return
		}
		var m map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("encoding/json: %v", err)
		}
		for _, c := range []struct {
			key string
			f   jsonField
		}{{"id", got.id}, {"text", got.text}, {"title", got.title}, {"date", got.date}, {"source", got.source}, {"url", got.url},
			{"country", got.country}, {"country_iso3", got.countryISO3}} {
			v, ok := m[c.key]
			switch x := v.(type) {
			case string:
				if c.f.kind != jsonStr || c.f.str != x {
					t.Fatalf("%s: got %v %q, encoding/json %q", c.key, c.f.kind, c.f.str, x)
				}
			case json.Number:
				if c.f.kind != jsonNumber {
					t.Fatalf("%s: got kind %v for number", c.key, c.f.kind)
				}
			case nil:
				if ok && c.f.kind != jsonNull || !ok && c.f.kind != jsonAbsent {
					t.Fatalf("%s: got kind %v for null/absent (present %v)", c.key, c.f.kind, ok)
				}
			default:
				if c.f.kind != jsonOther {
					t.Fatalf("%s: got kind %v for %T", c.key, c.f.kind, v)
				}
			}
		}
	})
}

// FuzzHTML checks that any page gives valid UTF-8 text or an error, and that the text is trimmed
// paragraphs.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body><article><h1>T</h1><p>Hello <b>world</b></p></article></body></html>"))
	f.Add([]byte("<p>unclosed <div><nav>x</nav><p>y<br><br>z"))
	f.Add([]byte("<meta charset=latin1><p>caf\xe9</p><time datetime=2020-01-02>"))
	f.Add([]byte("<pre>  a\n\n  b</pre><script>x</script><table><tr><td>1<td>2</table>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &Document{ID: "x.html", Path: "x.html"}
		parseHTML(d, data)
		if d.Err != nil {
			if d.Text != "" {
				t.Fatalf("Err %v with text %q", d.Err, d.Text)
			}
			return
		}
		if !utf8.ValidString(d.Text) || isBlank(d.Text) || strings.TrimSpace(d.Text) != d.Text {
			t.Fatalf("bad text %q", d.Text)
		}
		if !utf8.ValidString(d.Title) || !utf8.ValidString(d.URL) {
			t.Fatalf("bad metadata %q %q", d.Title, d.URL)
		}
		if _, ok := NormalizeDate(d.Date); !ok || (d.Date != "" && len(d.Date) != 10) {
			t.Fatalf("bad date %q", d.Date)
		}
		// The whole-file path gives the same result.
		docs := []*Document{}
		fsys := fstest.MapFS{"x.html": {Data: data}}
		_ = (&Reader{FS: fsys}).Read(context.Background(), []string{"x.html"}, func(d *Document) error {
			docs = append(docs, d)
			return nil
		})
		if len(docs) != 1 || docs[0].Text != d.Text {
			t.Fatalf("Reader gave %d docs", len(docs))
		}
	})
}

// FuzzClean checks the spans property (sorted, non-overlapping, merged, in bounds, on UTF-8 and line
// boundaries) and that cleaning is a pure function of the text.
func FuzzClean(f *testing.F) {
	f.Add("Home | World\nIran talks.\n\nRelated stories\nHeadline here\nSummary.\nMore>>\n© 2024 X")
	f.Add("a\r\nb\n\n\n\xff\n")
	f.Add("Most read\nA b c\n\nLong body paragraph that is not a teaser at all.\nRead more")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		d := &Document{ID: "f", Source: "s", Text: text}
		var stats LineStats
		for range 3 {
			stats.Add(d)
		}
		(&Cleaner{}).Clean(d, &stats)
		if d.Kept == nil {
			t.Fatal("Kept is nil")
		}
		checkSpans(t, d)
		for _, s := range d.Kept {
			if s.Start > 0 && text[s.Start-1] != '\n' {
				t.Fatalf("span %v does not start a line", s)
			}
			if s.End < len(text) && text[s.End-1] != '\n' {
				t.Fatalf("span %v does not end a line", s)
			}
		}
		d2 := &Document{ID: "f", Source: "s", Text: text}
		(&Cleaner{}).Clean(d2, &stats)
		if len(d2.Kept) != len(d.Kept) {
			t.Fatal("not deterministic")
		}
	})
}
