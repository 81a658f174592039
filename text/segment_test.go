package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// sentenceTexts renders d's sentences as "p<paragraph>:<text>" joined by " || ".
func sentenceTexts(d *Doc) string {
	parts := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		parts[i] = fmt.Sprintf("p%d:%s", s.Paragraph, d.Text[s.Start:s.End])
	}
	return strings.Join(parts, " || ")
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"one", "Peace talks resumed.", "p0:Peace talks resumed."},
		{"two", "Talks resumed. Both sides attended.", "p0:Talks resumed. || p0:Both sides attended."},
		{"US title", "U.S. President Joe Biden met Xi. They talked.",
			"p0:U.S. President Joe Biden met Xi. || p0:They talked."},
		{"US at end", "He flew to the U.S. The visit was short.",
			"p0:He flew to the U.S. || p0:The visit was short."},
		{"US before name", "Aid from the U.S. Congress arrived.", "p0:Aid from the U.S. Congress arrived."},
		// Reuters wire copy capitalizes the word after "U.S." wherever it falls: a conjunction or
		// preposition there joins, a word that begins sentences still ends one.
		{"US And", "Britain, Japan, the U.S. And West Germany agreed to cooperate.",
			"p0:Britain, Japan, the U.S. And West Germany agreed to cooperate."},
		{"UK And", "Lucas has plants in the U.K. And Australia. The company gave no figures.",
			"p0:Lucas has plants in the U.K. And Australia. || p0:The company gave no figures."},
		{"US Or", "A slowdown in Japan, the U.S. Or West Germany would hurt exports.",
			"p0:A slowdown in Japan, the U.S. Or West Germany would hurt exports."},
		{"US Of", "Korea ran a surplus with the U.S. Of 4.2 billion dlrs.",
			"p0:Korea ran a surplus with the U.S. Of 4.2 billion dlrs."},
		{"Corp And", "The notes were sold by Chase Corp. And Citicorp last week.",
			"p0:The notes were sold by Chase Corp. And Citicorp last week."},
		{"EC And line break", "Unless the E.C. And\nJapan cut their subsidies, the talks fail.",
			"p0:Unless the E.C. And\nJapan cut their subsidies, the talks fail."},
		{"US In starts", "Exports went to the U.S. In 1987 they fell.", "p0:Exports went to the U.S. || p0:In 1987 they fell."},
		{"US The starts", "Stores opened in the U.S. The company said so.", "p0:Stores opened in the U.S. || p0:The company said so."},
		{"general", "Gen. Smith spoke. Mr. Jones and Dr. Lee left.", "p0:Gen. Smith spoke. || p0:Mr. Jones and Dr. Lee left."},
		{"initial", "George W. Bush visited Iraq.", "p0:George W. Bush visited Iraq."},
		{"number", "Resolution No. 5 passed 3.5 to 1. Then it ended.", "p0:Resolution No. 5 passed 3.5 to 1. || p0:Then it ended."},
		{"month", "On Jan. 5 the army withdrew.", "p0:On Jan. 5 the army withdrew."},
		{"quote close", `"We will win." He left.`, `p0:"We will win." || p0:He left.`},
		{"curly quote close", "“Stop!” he said. She did.", "p0:“Stop!” he said. || p0:She did."},
		{"question lower", "Why? because.", "p0:Why? because."},
		{"bracket close", "They left (finally.) Then rain.", "p0:They left (finally.) || p0:Then rain."},
		{"ellipsis", "Wait... The end.", "p0:Wait... || p0:The end."},
		{"etc", "Food, water, etc. The convoy left.", "p0:Food, water, etc. || p0:The convoy left."},
		{"blank line", "First para\n\nSecond para", "p0:First para || p1:Second para"},
		{"blank line with spaces", "One. \n \t\nTwo.", "p0:One. || p1:Two."},
		{"wrapped line", "The creation of the United\nNations heralded hope.", "p0:The creation of the United\nNations heralded hope."},
		{"headline", "Iran Rejects New Sanctions\nTehran said on Monday it would not comply.",
			"p0:Iran Rejects New Sanctions || p0:Tehran said on Monday it would not comply."},
		{"headline lower next", "Iran Rejects\nsanctions today.", "p0:Iran Rejects\nsanctions today."},
		{"not headline mid sentence", "He said that Iran Rejects\nSanctions firmly.", "p0:He said that Iran Rejects\nSanctions firmly."},
		{"headline ends with of", "The President of\nFrance spoke.", "p0:The President of\nFrance spoke."},
		{"byline", "By John Smith\nMOSCOW (Reuters) - Russia said.", "p0:By John Smith || p0:MOSCOW (Reuters) - Russia said."},
		{"cjk", "和平。战争。", "p0:和平。 || p0:战争。"},
		{"crlf blank", "A.\r\n\r\nB.", "p0:A. || p1:B."},
		{"form feed", "A\fB", "p0:A || p1:B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(Segment(tt.in, nil))
			if got != tt.want {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentKeptSpans(t *testing.T) {
	const text = "Home | World | Sport\nIran Rejects Sanctions. Tehran said no\nRead more: Other story"
	body := strings.Index(text, "Iran")
	cut := strings.Index(text, " Tehran")
	end := strings.Index(text, "\nRead")
	tests := []struct {
		name string
		kept []Span
		want string
	}{
		// "Tehran said no" is no headline, so the single newline after it does not end the sentence.
		{"nil is whole text", nil, "p0:Home | World | Sport || p0:Iran Rejects Sanctions. || p0:Tehran said no\nRead more: Other story"},
		{"empty keeps nothing", []Span{}, ""},
		{"body only", []Span{{body, end}}, "p0:Iran Rejects Sanctions. || p0:Tehran said no"},
		{"boundary ends sentence", []Span{{body, cut - 1}, {cut - 1, end}},
			"p0:Iran Rejects Sanctions || p1:. || p1:Tehran said no"},
		{"unsorted and overlapping", []Span{{cut, end}, {body, cut + 3}}, "p0:Iran Rejects Sanctions. || p0:Tehran said no"},
		{"out of range", []Span{{-5, 4}, {end + 1, 10 * len(text)}}, "p0:Home || p1:Read more: Other story"},
		{"inverted", []Span{{end, body}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Segment(text, tt.kept)
			if got := sentenceTexts(d); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			checkDoc(t, d, tt.kept)
		})
	}
}

func TestSegmentSpanInsideRune(t *testing.T) {
	text := "Café 東京 talks."
	d := Segment(text, []Span{{4, 8}}) // 4 is inside é, 8 inside 東
	checkDoc(t, d, []Span{{4, 8}})
	if got := tokenTexts(text, d.Tokens); got != "" {
		t.Errorf("tokens %q, want none (the span holds only a space between partial runes)", got)
	}
}

// TestLinkAfterAbbreviation: a capitalized conjunction or preposition right after an abbreviation
// ("the U.S. And West Germany") is reported in lower case and tagged as such, while the same word
// elsewhere, or after a word that is not an abbreviation, is left alone.
func TestLinkAfterAbbreviation(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		in   string
		word string // the token looked at
		want string // LinkAfterAbbreviation of it
		tag  string // its POS tag
	}{
		{"Britain, the U.S. And West Germany agreed.", "And", "and", "CC"},
		{"Talks with the U.K. Or France failed.", "Or", "or", "CC"},
		{"A deficit with the U.S. Of 3.5 billion dlrs narrowed.", "Of", "of", "IN"},
		{"Orders shifted to the U.S. From Japan.", "From", "from", "IN"},
		{"Chase Manhattan Corp. And Citicorp lent the money.", "And", "and", "CC"},
		{"Exports to the U.S. In 1987 fell.", "In", "", ""},
		{"And so the talks ended.", "And", "", ""},
		{"Tokyo. And then Seoul.", "And", "", ""},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.in, nil)
		i := slices.IndexFunc(d.Tokens, func(tok Token) bool { return tt.in[tok.Start:tok.End] == tt.word })
		if i < 0 {
			t.Fatalf("%q: no token %q", tt.in, tt.word)
		}
		if got := d.LinkAfterAbbreviation(i); got != tt.want {
			t.Errorf("%q: LinkAfterAbbreviation(%q) = %q, want %q", tt.in, tt.word, got, tt.want)
		}
		if tt.tag != "" && d.Tokens[i].Tag != tt.tag {
			t.Errorf("%q: %q tagged %s, want %s", tt.in, tt.word, d.Tokens[i].Tag, tt.tag)
		}
		if d.TokenText(i) != tt.word {
			t.Errorf("%q: token text %q changed", tt.in, d.TokenText(i))
		}
	}
	d := a.Analyze("x", nil)
	if d.LinkAfterAbbreviation(-1) != "" || d.LinkAfterAbbreviation(5) != "" {
		t.Error("LinkAfterAbbreviation out of range is not empty")
	}
}

// TestIsTerminal checks the sentence-final tokens, and that tokens starting with another ASCII
// byte (which isTerminal rejects without decoding runes) are not terminal.
func TestIsTerminal(t *testing.T) {
	for _, tok := range []string{".", "!", "?", "...", "?!", "!!!", "…", "。", "！", "？", "؟", "।", ".…"} {
		if !isTerminal(tok) {
			t.Errorf("isTerminal(%q) = false, want true", tok)
		}
	}
	for _, tok := range []string{"", "a", "a.", ".a", "?x", ",", ";", ")", "'", "\"", "—", "«", "é.", "1.", "。a"} {
		if isTerminal(tok) {
			t.Errorf("isTerminal(%q) = true, want false", tok)
		}
	}
}

// TestLinkWords checks every capitalized link word after an abbreviation, and words of other
// lengths or cases there, which linkAfterAbbreviation turns down before comparing them.
func TestLinkWords(t *testing.T) {
	links := map[string]string{"And": "and", "Or": "or", "Nor": "nor", "Of": "of", "To": "to",
		"From": "from", "With": "with", "Than": "than", "Into": "into", "Versus": "versus", "Via": "via"}
	for w, low := range links {
		if got := lowerLink(w); got != low {
			t.Errorf("lowerLink(%q) = %q, want %q", w, got, low)
		}
		txt := "the U.S. " + w + " Canada"
		d := Segment(txt, nil)
		i := slices.IndexFunc(d.Tokens, func(tok Token) bool { return txt[tok.Start:tok.End] == w })
		if got := d.LinkAfterAbbreviation(i); got != low {
			t.Errorf("%q: LinkAfterAbbreviation(%q) = %q, want %q", txt, w, got, low)
		}
	}
	for _, w := range []string{"A", "and", "AND", "Versuses", "Alongside", "Ñor", "O", "Against"} {
		txt := "the U.S. " + w + " Canada"
		d := Segment(txt, nil)
		i := slices.IndexFunc(d.Tokens, func(tok Token) bool { return txt[tok.Start:tok.End] == w })
		if i < 0 {
			t.Fatalf("%q: no token %q", txt, w)
		}
		if got := d.LinkAfterAbbreviation(i); got != "" {
			t.Errorf("%q: LinkAfterAbbreviation(%q) = %q, want \"\"", txt, w, got)
		}
	}
}
