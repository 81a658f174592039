package reports

import (
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// table writes one CSV file: a header row, then records. Cells of display columns (titles,
// labels, evidence: text for people to read) are passed through Cell; the others (identifiers,
// codes, numbers) through IDCell, so that an identifier is the same in every file. Records are
// written as encoding/csv's Writer writes them (comma-separated, "\n" after each, a field
// quoted by appendCSVField's rule), appended to a buffer written out every csvFlushAt bytes,
// without going through a bufio.Writer a field at a time.
type table struct {
	outBuffer
	name    string // file kind for error messages, e.g. "edges.csv"
	display []bool // by column
}

// csvFlushAt is how many bytes a table buffers before writing them out.
const csvFlushAt = 32 << 10

// newTable starts a CSV table on w and writes its header. display names its display columns.
func newTable(w io.Writer, name string, header []string, display ...string) *table {
	t := &table{outBuffer: outBuffer{w: w}, name: name, display: make([]bool, len(header))}
	for i, h := range header {
		t.display[i] = slices.Contains(display, h)
		if i > 0 {
			t.buf = append(t.buf, ',')
		}
		t.buf = appendCSVField(t.buf, h) // a header is plain words
	}
	t.buf = append(t.buf, '\n')
	return t
}

// row writes one record. Write errors are sticky and reported by close.
func (t *table) row(cells ...string) {
	b := t.buf
	for i, c := range cells {
		if i > 0 {
			b = append(b, ',')
		}
		if i < len(t.display) && t.display[i] {
			c = Cell(c)
		} else {
			c = IDCell(c)
		}
		b = appendCSVField(b, c)
	}
	t.buf = append(b, '\n')
	if len(t.buf) >= csvFlushAt {
		t.writeOut()
	}
}

// close writes out what is buffered and returns the first write error.
func (t *table) close() error {
	t.writeOut()
	if t.err != nil {
		return fmt.Errorf("reports: write %s: %w", t.name, t.err)
	}
	return nil
}

// appendCSVField appends field f as encoding/csv's Writer writes it (with Comma ',' and UseCRLF
// false): as it is, or, when it holds a comma, a quote, '\r' or '\n', starts with a white-space
// character (unicode.IsSpace) or is `\.`, between quotes with each quote doubled.
func appendCSVField(b []byte, f string) []byte {
	if !csvNeedsQuotes(f) {
		return append(b, f...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(f, '"')
		if i < 0 {
			break
		}
		b = append(b, f[:i+1]...)
		b = append(b, '"')
		f = f[i+1:]
	}
	b = append(b, f...)
	return append(b, '"')
}

// csvSpecial is the set of the bytes that make a CSV field quoted, all below 64: '\n', '\r',
// '"' and ','.
const csvSpecial = 1<<'\n' | 1<<'\r' | 1<<'"' | 1<<','

// csvNeedsQuotes is encoding/csv's rule for quoting a field (Writer.fieldNeedsQuotes, for the
// comma ',').
func csvNeedsQuotes(f string) bool {
	if f == "" {
		return false
	}
	if f == `\.` {
		return true
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c < 64 && csvSpecial>>c&1 != 0 {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(r)
}

// Cell returns s as it is written into a display cell of a CSV file (a title, a label, an
// evidence sentence): every run of white space (line breaks and tabs included) becomes one
// space and leading and trailing space is dropped, so that a row is one physical line, and a
// value that starts with '=', '+', '-' or '@' and is not a decimal number gets a leading
// apostrophe so spreadsheets do not evaluate it as a formula.
func Cell(s string) string {
	s = NormalizeSpace(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@':
		if !isNumber(s) {
			return "'" + s
		}
	}
	return s
}

// IDCell returns s as it is written into a CSV cell that is not for display (an identifier, a
// code, a number): unchanged, but for "\r\n" written as "\n", which is what a CSV reader returns
// for it anyway. Identifiers are never given the apostrophe of Cell, so that a document or actor
// id is the same string in every file (documents.csv, mentions.jsonl, relations.csv, ...) and
// joins across them.
func IDCell(s string) string {
	if strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

// NormalizeSpace replaces every run of white space (as unicode.IsSpace: line breaks, tabs,
// no-break spaces, ...) in s by one space and drops leading and trailing white space.
func NormalizeSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
			(c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			i += n
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(s[i : i+n]) // invalid bytes are kept as they are
		i += n
	}
	return b.String()
}

// isNumber reports whether s is a plain decimal number: an optional sign, digits with an optional
// fraction (or a fraction alone), and an optional exponent. "Inf", "NaN", hexadecimal and
// underscores are not numbers here, because spreadsheets do not read them as such.
func isNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			exp++
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}

// FormatFloat formats x as every report does: six digits after the decimal point, "0.000000" for
// negative zero, and "" for NaN and infinities.
func FormatFloat(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	var buf [32]byte
	return string(appendFloat6(buf[:0], x))
}

// appendFloat6 appends the finite x as FormatFloat formats it: strconv.FormatFloat(x, 'f', 6, 64),
// but "0.000000" for the values that round to zero, negative ones included. strconv writes a
// fixed number of decimals through its exact multiple-precision path, hundreds of instructions a
// value; below 2^43 (x·10⁶ < 2^63) this computes the same digits in integers: x·10⁶ exactly
// (x = mant·2^e, mant·10⁶ < 2^73 in 128 bits), rounded to the nearest integer with ties to even,
// as strconv rounds the exact decimal expansion.
func appendFloat6(b []byte, x float64) []byte {
	ax := math.Abs(x)
	if ax >= 1<<43 {
		if x == 0 {
			x = 0
		}
		return strconv.AppendFloat(b, x, 'f', 6, 64)
	}
	fb := math.Float64bits(ax)
	exp := int(fb>>52) & 0x7ff
	mant := fb & (1<<52 - 1)
	if exp == 0 {
		exp = 1 // subnormal
	} else {
		mant |= 1 << 52
	}
	var q uint64 // round(ax·10⁶)
	if e := exp - 1075; e >= 0 {
		q = (mant << uint(e)) * 1e6 // ax < 2^43: exact, below 2^63
	} else if s := uint(-e); s < 128 {
		hi, lo := bits.Mul64(mant, 1e6) // ax·10⁶ = (hi, lo) / 2^s, with (hi, lo) < 2^73
		var rhi, rlo, hhi, hlo uint64   // the remainder (hi, lo) mod 2^s, and half of 2^s
		switch {
		case s < 64:
			q = lo>>s | hi<<(64-s)
			rlo, hlo = lo&(1<<s-1), 1<<(s-1)
		case s == 64:
			q = hi
			rlo, hlo = lo, 1<<63
		default:
			q = hi >> (s - 64)
			rhi, rlo, hhi = hi&(1<<(s-64)-1), lo, 1<<(s-65)
		}
		if rhi > hhi || rhi == hhi && (rlo > hlo || rlo == hlo && q&1 == 1) {
			q++
		}
	} // else ax < 2^-1000: q = 0
	if x < 0 && q != 0 {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, q/1e6, 10)
	frac := q % 1e6
	var d [7]byte
	d[0] = '.'
	for i := 5; i > 0; i -= 2 { // two digits at a time
		p := 2 * (frac % 100)
		d[i], d[i+1] = digitPairs[p], digitPairs[p+1]
		frac /= 100
	}
	return append(b, d[:]...)
}

// digitPairs holds "00" to "99", the two digits of n at 2n.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// FormatProb formats a probability (a p-value, a significance level) with six significant digits
// in the shortest of decimal and exponent notation ('g'): "0.05", "0.000771605", "1.23457e-45";
// "" for NaN and infinities. Values below 1e-6, which six decimals would write as 0, keep their
// magnitude.
func FormatProb(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	if x == 0 {
		return "0"
	}
	return strconv.FormatFloat(x, 'g', 6, 64)
}

// formatOptProb formats *x with FormatProb, or "" when x is nil.
func formatOptProb(x *float64) string {
	if x == nil {
		return ""
	}
	return FormatProb(*x)
}

func itoa(n int) string { return strconv.Itoa(n) }
