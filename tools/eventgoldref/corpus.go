package main

import (
	"os"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/events/eval/realref"
)

// corpusOrder is the order in which corpora are sampled and listed.
var corpusOrder = []string{"reuters_places_dev.jsonl", "ungdc_2010_2024.jsonl", "re3d_dev.jsonl"}

// document is one document of a shared corpus.
type document = realref.Document

// loadCorpus reads a corpus by its reference name from the shared data directory.
func loadCorpus(shared, name string) ([]document, error) {
	return realref.LoadCorpus(os.DirFS(shared), name)
}

func spanHash(s string) string       { return realref.SpanHash(s) }
func normalizeSpace(s string) string { return realref.NormalizeSpace(s) }

// reutersDateline matches the dateline that opens a Reuters story body ("LOS ANGELES, Feb 26 - ").
var reutersDateline = regexp.MustCompile(`^[A-Z][A-Z.'&/() -]*(?:, [A-Za-z. ]+)?, [A-Z][a-z]{2,4}\.? ?\d{1,2} - `)

// bodyStart returns the byte offset where sentence splitting starts: after the headline line and
// the dateline for Reuters stories, 0 otherwise.
func bodyStart(corpus, text string) int {
	if corpus != "reuters_places_dev.jsonl" {
		return 0
	}
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return len(text)
	}
	start := nl + 1
	if m := reutersDateline.FindStringIndex(text[start:]); m != nil {
		start += m[1]
	}
	return start
}

// abbreviations end in a period that does not end a sentence (compared without the period, lower case).
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields("mr mrs ms dr st jr sr co corp inc ltd bros no nos vs etc jan feb mar apr jun jul aug " +
		"sep sept oct nov dec gen lt col maj capt sen rep gov prof rev mt ft pct cts dlrs stg approx dept est fig " +
		"calif ill mass conn penn pa va wash tex ariz fla ga mich minn wis okla ore colo ky tenn la ala miss mo " +
		"kan neb nev del md ind n.j n.y n.c s.c n.h n.d s.d n.m r.i w.va ont que b.c sq hon amb ave blvd cf al") {
		abbreviations[a] = true
	}
}

// sentence is a span of a document that the splitter found.
type sentence struct {
	Start, End int
}

// splitSentences splits text[from:] into sentences. A sentence ends at '.', '?' or '!' (followed by
// closing quotes or brackets) when white space and then an upper-case letter, a digit, an opening
// quote or bracket follow, unless the word before the period is an abbreviation, a single letter
// (an initial) or dotted letters ("U.S."); it also ends at a paragraph break (a line break followed
// by indentation, or an empty line). Spans are trimmed of white space.
func splitSentences(text string, from int) []sentence {
	var out []sentence
	start := from
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, sentence{s, e})
		}
		start = end
	}
	for i := from; i < len(text); {
		c := text[i]
		if c == '\n' {
			j := i + 1
			if j < len(text) && (text[j] == '\n' || (j+1 < len(text) && text[j] == ' ' && text[j+1] == ' ') || text[j] == '\t') {
				emit(i)
				i = j
				continue
			}
			i++
			continue
		}
		if c != '.' && c != '?' && c != '!' {
			i++
			continue
		}
		j := i + 1
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' {
				j += size
				continue
			}
			break
		}
		k := j
		for k < len(text) && isSpace(text[k]) {
			k++
		}
		if k == j || k >= len(text) {
			i = j
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(' || r == '\'') {
			i = j
			continue
		}
		if c == '.' && isAbbreviation(text[start:i]) {
			i = j
			continue
		}
		emit(j)
		i = k
	}
	emit(len(text))
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// isAbbreviation reports whether the last word of s (the text before a period) is an abbreviation.
func isAbbreviation(s string) bool {
	k := len(s)
	for k > 0 && !isSpace(s[k-1]) && s[k-1] != '(' && s[k-1] != '"' {
		k--
	}
	w := s[k:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if strings.Contains(w, ".") { // U.S, U.N, N.J
		parts := strings.Split(w, ".")
		short := true
		for _, p := range parts {
			short = short && utf8.RuneCountInString(p) <= 2
		}
		if short {
			return true
		}
	}
	return abbreviations[strings.ToLower(w)]
}
