package text

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"
)

// tokenizeByChunks is tokenize in its straightforward form: every white-space-free chunk goes
// through splitChunk.
func tokenizeByChunks(text string) []Token {
	var toks []Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpaceRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		toks = splitChunk(text, i, j, toks)
		i = j
	}
	return toks
}

// TestTokenizePlainChunks compares tokenize, which takes chunks of ASCII letters and digits as one
// token without splitChunk, with tokenizeByChunks.
func TestTokenizePlainChunks(t *testing.T) {
	texts := []string{
		"", "Mr. President, let me first offer you my warm congratulations.", "U.S. 2024 A4 x9Z",
		"don't it's we're O'Neill rock'n'roll I'm", "-- a--b — c—d 100% $5 £100 (a) [b] {c}",
		"Jan. 5 ... wait... end.", "Ça va? «oui» 中文，日本語。 \u200bzero\u2060width\ufeff",
		"@user #tag a_b a+b a/b a.b a,b A`B [x] {y} ~z", "\xff\xfe broken \xc3 utf8",
		"tab\tnew\nline\r\n\v\fend", "1990s 3rd 42 H2O COVID19",
	}
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Z", "9", " ", "\t", "\n", ".", ",", "'", "’", "-", "—", "(", ")", "\"", "é", "中",
		"\xff", "s", "n't", "...", "U.S.", "$", "%", "\u00a0", "\u2003", "\u200b", "@", "[", "`", "{"}
	for range 5000 {
		b := []byte{}
		for n := r.IntN(30); n >= 0; n-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		got := tokenize(s, 0, len(s), nil)
		if want := tokenizeByChunks(s); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, splitChunk on every chunk gives %v", s, got, want)
		}
	}
}
