package entities

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// testDoc tokenizes s with a small rule tokenizer (white space, surrounding punctuation, final
// periods except in abbreviations, possessive clitics) and splits sentences at ".", "!" and "?".
// tags, when given, sets Token.Tag by token text.
func testDoc(s string, tags map[string]string) *text.Doc {
	d := &text.Doc{Text: s}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		d.Tokens = splitChunkTest(s, i, j, d.Tokens)
		i = j
	}
	for k := range d.Tokens {
		if tags != nil {
			d.Tokens[k].Tag = tags[d.TokenText(k)]
		}
	}
	first := 0
	for k := range d.Tokens {
		w := d.TokenText(k)
		if w == "." || w == "!" || w == "?" || k == len(d.Tokens)-1 {
			d.Sentences = append(d.Sentences, text.Sentence{Start: d.Tokens[first].Start, End: d.Tokens[k].End, First: first, Last: k + 1})
			first = k + 1
		}
	}
	return d
}

func splitChunkTest(s string, i, j int, toks []text.Token) []text.Token {
	const lead = "\"'([“‘"
	const trail = ",;:!?)]\"”’'"
	for i < j {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(lead, r) || i+n == j {
			break
		}
		toks = append(toks, text.Token{Start: i, End: i + n})
		i += n
	}
	var tail []text.Token
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		w := s[i:j]
		if r == '.' && (strings.Count(w, ".") > 1 || isTitle(w) || w == "St." || w == "Jr." || w == "No.") {
			break
		}
		if !strings.ContainsRune(trail, r) && r != '.' || j-n == i {
			break
		}
		tail = append(tail, text.Token{Start: j - n, End: j})
		j -= n
	}
	if w := s[i:j]; len(w) > 2 {
		for _, c := range []string{"'s", "’s"} {
			if strings.HasSuffix(w, c) && len(w) > len(c) {
				toks = append(toks, text.Token{Start: i, End: j - len(c)}, text.Token{Start: j - len(c), End: j})
				i = j
			}
		}
	}
	if i < j {
		toks = append(toks, text.Token{Start: i, End: j})
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

func TestTestDoc(t *testing.T) {
	d := testDoc(`Mr. Rouhani's visit to the U.S. (in 2015), "yes".`, nil)
	var got []string
	for k := range d.Tokens {
		got = append(got, d.TokenText(k))
	}
	want := []string{"Mr.", "Rouhani", "'s", "visit", "to", "the", "U.S.", "(", "in", "2015", ")", ",", "\"", "yes", "\"", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens = %q, want %q", got, want)
	}
}

// mustGaz returns the default gazetteer or fails the test.
func mustGaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// checkSpans asserts the span property for every mention.
func checkSpans(t testing.TB, s string, ms []Mention) {
	t.Helper()
	for _, m := range ms {
		if m.Start < 0 || m.Start > m.End || m.End > len(s) || s[m.Start:m.End] != m.Text {
			t.Errorf("bad span %+v in %q", m, s)
		}
		if !validType(m.Type) {
			t.Errorf("bad type %+v", m)
		}
	}
}
