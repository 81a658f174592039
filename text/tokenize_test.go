package text

import (
	"strings"
	"testing"
)

// tokenTexts joins the texts of toks with "|".
func tokenTexts(text string, toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = text[t.Start:t.End]
	}
	return strings.Join(parts, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"spaces only", " \t\n\u00a0\u200b ", ""},
		{"simple", "The cat sat.", "The|cat|sat|."},
		{"comma", "Well, yes; no: maybe!", "Well|,|yes|;|no|:|maybe|!"},
		{"nt", "I don't know, he can't.", "I|do|n't|know|,|he|ca|n't|."},
		{"wont", "They won't", "They|wo|n't"},
		{"clitics", "It's we're they'll I'm we've he'd", "It|'s|we|'re|they|'ll|I|'m|we|'ve|he|'d"},
		{"possessive", "Smith's dog. The countries' leaders", "Smith|'s|dog|.|The|countries|'|leaders"},
		{"possessive then period", "It was Smith's.", "It|was|Smith|'s|."},
		{"curly clitic", "Iran’s nuclear program isn’t", "Iran|’s|nuclear|program|is|n’t"},
		{"irish name", "O'Sullivan and O’Brien", "O'Sullivan|and|O’Brien"},
		{"bare clitic", "Smith 's", "Smith|'s"},
		{"US", "The U.S. and U.N. met.", "The|U.S.|and|U.N.|met|."},
		{"US at end", "He went to the U.S.", "He|went|to|the|U.S."},
		{"titles", "Dr. Smith met Gen. Jones and Mrs. Lee", "Dr.|Smith|met|Gen.|Jones|and|Mrs.|Lee"},
		{"months", "On Jan. 5 and Sept. 11", "On|Jan.|5|and|Sept.|11"},
		{"initial", "George W. Bush", "George|W.|Bush"},
		{"no abbreviation", "in the Cold War.", "in|the|Cold|War|."},
		{"numbers", "It cost $1,000.50 or 3.5% (about 12,000).", "It|cost|$|1,000.50|or|3.5|%|(|about|12,000|)|."},
		{"currency", "£100 and €5", "£|100|and|€|5"},
		{"hyphens", "a well-known cease-fire", "a|well-known|cease-fire"},
		{"dashes", "peace--and war—again — now", "peace|--|and|war|—|again|—|now"},
		{"ellipsis", "Wait... what… really...", "Wait|...|what|…|really|..."},
		{"lone ellipsis", "so ... on", "so|...|on"},
		{"quotes", `He said, "No way."`, `He|said|,|"|No|way|.|"`},
		{"curly quotes", "“We will win,” he said.", "“|We|will|win|,|”|he|said|."},
		{"single quotes", "'Yes' he said", "'|Yes|'|he|said"},
		{"url", "See https://example.com/a?b=1, or www.un.org.", "See|https://example.com/a?b=1|,|or|www.un.org|."},
		{"email", "Write to press@un.org.", "Write|to|press@un.org|."},
		{"brackets", "[sic] {x} (y)", "[|sic|]|{|x|}|(|y|)"},
		{"arabic", "قال الرئيس، السلام.", "قال|الرئيس|،|السلام|."},
		{"cjk", "联合国大会。和平", "联合国大会|。|和平"},
		{"cyrillic", "Москва (Россия)", "Москва|(|Россия|)"},
		{"question", "Why? Because!", "Why|?|Because|!"},
		{"percent only", "%", "%"},
		{"dots only", "...", "..."},
		{"crlf", "a\r\nb", "a|b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenTexts(tt.in, Tokenize(tt.in))
			if got != tt.want {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// Tokenize returns the tokens of the whole text, untagged, without sentence segmentation.
func Tokenize(text string) []Token {
	return tokenize(text, 0, len(text), make([]Token, 0, len(text)/5+1))
}
