package synthetic

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	for _, f := range []Form{Paragraphs, OneLine, Wrapped} {
		for _, n := range []int{1, 100, 4096, 100_000} {
			s := Text(n, f, 42)
			if len(s) != n {
				t.Fatalf("%v: Text(%d) has %d bytes", f, n, len(s))
			}
			if s != Text(n, f, 42) {
				t.Fatalf("%v: Text(%d) differs between calls", f, n)
			}
			if n >= 4096 && s == Text(n, f, 43) {
				t.Errorf("%v: seeds 42 and 43 give the same text", f)
			}
			switch f {
			case OneLine:
				if strings.Contains(s, "\n") {
					t.Errorf("one-line text has a line break")
				}
			case Wrapped:
				for _, l := range strings.Split(s, "\n") {
					if len(l) > 72 && strings.Contains(l, " ") {
						t.Errorf("wrapped line of %d bytes: %q", len(l), l)
					}
				}
			case Paragraphs:
				if n >= 4096 && !strings.Contains(s, "\n\n") {
					t.Errorf("no paragraph break in %d bytes", n)
				}
			}
		}
	}
	if Text(0, OneLine, 1) != "" || Text(-5, Wrapped, 1) != "" {
		t.Error("Text of size <= 0 is not empty")
	}
	// About one actor name per 70 bytes: count capitalized words as a rough proxy.
	s := Text(200_000, OneLine, 1)
	caps := 0
	for _, w := range strings.Fields(s) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	if per := len(s) / caps; per < 15 || per > 60 {
		t.Errorf("one capitalized word per %d bytes", per)
	}
}

func TestWriteJSONL(t *testing.T) {
	var b bytes.Buffer
	n, err := WriteJSONL(&b, 50, 300, 7)
	if err != nil {
		t.Fatal(err)
	}
	docs := Documents(50, 300, 7)
	var total int64
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		var d Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d != docs[i] {
			t.Fatalf("line %d differs from Documents", i+1)
		}
		if len(d.Text) < 225 || len(d.Text) > 375 || d.ID == "" || d.Title == "" || len(d.Date) != 10 {
			t.Errorf("document %d: %d bytes, id %q, title %q, date %q", i+1, len(d.Text), d.ID, d.Title, d.Date)
		}
		total += int64(len(d.Text))
	}
	if n != total {
		t.Errorf("WriteJSONL reports %d bytes of text, documents hold %d", n, total)
	}
}

func TestParseForm(t *testing.T) {
	for _, f := range []Form{Paragraphs, OneLine, Wrapped} {
		if g, err := ParseForm(f.String()); err != nil || g != f {
			t.Errorf("ParseForm(%q) = %v, %v", f.String(), g, err)
		}
	}
	if _, err := ParseForm("poem"); err == nil {
		t.Error("ParseForm(poem) accepted")
	}
}
