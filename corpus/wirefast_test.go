package corpus

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceWord is scanner.word as it read every rune before its ASCII table (placeWordByte).
func referenceWord(s *scanner) (Span, bool) {
	start := s.p
	for s.p < len(s.text) {
		r, n := utf8.DecodeRuneInString(s.text[s.p:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".'’-/&", r) {
			s.p += n
			continue
		}
		break
	}
	return Span{start, s.p}, s.p > start
}

// referenceMonth is month without its first-byte and length tests.
func referenceMonth(w string) int { return monthLower(strings.ToLower(w)) }

// wordSamples are lines and words to read: ASCII punctuation of every kind, curly quotes, letters
// and digits of other scripts, invalid bytes, and month names in several cases and spellings.
func wordSamples() []string {
	out := []string{
		"", "KABUL, Afghanistan, March 3 (Reuters) - Troops", "O'Hare-bound D/FW & co.", "Côte d’Ivoire’s",
		"São Paulo", "Москва, 5 марта", "東京", "١٢٣ 456", "\xff\xfeabc", "ab\xc3", "Sept. 5", "SEPTEMBER",
		"mAy", "İstanbul", "aprİl", "Kelvin", "Dec", "d", "ma", "ju", "Jun.", "janvier", "Ιανουάριος",
		"fe\u0301v", "Nov–Dec", "a—b", "x\u00a0y", "tab\there", "x_y", "x+y", "x:y", "x@y",
	}
	for c := range 256 {
		out = append(out, "a"+string(rune(c))+"b", string([]byte{byte(c)})+"an")
	}
	return out
}

func TestScannerWordASCIITable(t *testing.T) {
	for _, text := range wordSamples() {
		for p := 0; p <= len(text); p++ {
			a, b := &scanner{text: text, p: p}, &scanner{text: text, p: p}
			ga, oka := a.word()
			gb, okb := referenceWord(b)
			if ga != gb || oka != okb || a.p != b.p {
				t.Fatalf("word(%q) at %d = %v %v (p %d), want %v %v (p %d)", text, p, ga, oka, a.p, gb, okb, b.p)
			}
		}
	}
}

func TestMonthQuickReject(t *testing.T) {
	names := []string{"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}
	var words []string
	for _, n := range names {
		words = append(words, n, strings.ToUpper(n), strings.ToUpper(n[:1])+n[1:], n+".", "x"+n, n[:len(n)-1])
		words = append(words, strings.Replace(n, "i", "İ", 1), strings.Replace(n, "a", "á", 1))
	}
	for _, s := range wordSamples() {
		words = append(words, s, strings.Fields(s + " x")[0])
	}
	for _, w := range words {
		if got, want := month(w), referenceMonth(w); got != want {
			t.Errorf("month(%q) = %d, want %d", w, got, want)
		}
	}
	if month("aprİl") != 4 || month("MAY") != 5 || month("ma") != 0 {
		t.Error("month misreads a name")
	}
}
