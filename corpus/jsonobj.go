package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// A hand-written JSON reader for the one shape geopol needs: a top-level object whose string fields are
// decoded and whose other values are validated and skipped. encoding/json validates and scans each value
// twice and decodes a long "text" at about 60 MB/s; this decoder copies plain string content in one tight
// pass. It follows RFC 8259 and encoding/json's choices where the RFC leaves room: invalid UTF-8 and lone
// surrogates become U+FFFD (one per invalid byte), duplicate keys keep the last value, nesting is limited
// to 10000 levels. Keys are matched exactly (case-sensitive). FuzzJSONObject checks it against
// encoding/json.

// jsonKind is the type of a JSON value.
type jsonKind uint8

const (
	jsonAbsent jsonKind = iota
	jsonNull
	jsonStr
	jsonNumber
	jsonOther // true, false, object or array
)

// jsonField is one decoded top-level value.
type jsonField struct {
	kind jsonKind
	str  string // the decoded string, or the number as written
}

// jsonFields are the top-level fields geopol reads.
type jsonFields struct {
	id, text, title, date, source, url jsonField
	country, countryISO3               jsonField
}

// maxJSONDepth is the deepest nesting accepted, as in encoding/json.
const maxJSONDepth = 10000

// jsonParser reads one JSON text.
type jsonParser struct {
	b   []byte
	i   int
	buf []byte // scratch for strings with escapes
}

type jsonSyntaxError struct {
	off int
	msg string
}

func (e *jsonSyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.off, e.msg)
}

// errNotObject reports a valid JSON text that is not an object.
var errNotObject = errors.New("invalid JSON object: the line is not a JSON object")

// parseJSONObject decodes the fields of the JSON object in b. scratch, when not nil, is a buffer reused
// between calls.
func parseJSONObject(b []byte, scratch *[]byte) (jsonFields, error) {
	p := &jsonParser{b: b}
	if scratch != nil {
		p.buf = *scratch
		defer func() { *scratch = p.buf[:0] }()
	}
	var f jsonFields
	p.ws()
	if p.i < len(p.b) && p.b[p.i] != '{' {
		// Validate first, so that "[1," is a syntax error and "[1]" is "not an object".
		if err := p.skipValue(0); err != nil {
			return f, err
		}
		p.ws()
		if p.i < len(p.b) {
			return f, p.errf("unexpected %q after the top-level value", p.b[p.i])
		}
		return f, errNotObject
	}
	if p.i >= len(p.b) {
		return f, p.errf("unexpected end of input")
	}
	p.i++ // '{'
	p.ws()
	if p.peek() == '}' {
		p.i++
	} else {
		for {
			p.ws()
			if p.peek() != '"' {
				return f, p.errf("expected a string key")
			}
			key, err := p.str()
			if err != nil {
				return f, err
			}
			p.ws()
			if p.peek() != ':' {
				return f, p.errf("expected ':' after object key")
			}
			p.i++
			p.ws()
			dst := f.field(key)
			if dst == nil {
				if err := p.skipValue(1); err != nil {
					return f, err
				}
			} else if err := p.value(dst); err != nil {
				return f, err
			}
			p.ws()
			c := p.peek()
			p.i++
			if c == '}' {
				break
			}
			if c != ',' {
				p.i--
				return f, p.errf("expected ',' or '}' after object value")
			}
		}
	}
	p.ws()
	if p.i < len(p.b) {
		return f, p.errf("unexpected %q after the top-level value", p.b[p.i])
	}
	return f, nil
}

func (f *jsonFields) field(key string) *jsonField {
	switch key {
	case "id":
		return &f.id
	case "text":
		return &f.text
	case "title":
		return &f.title
	case "date":
		return &f.date
	case "source":
		return &f.source
	case "url":
		return &f.url
	case "country":
		return &f.country
	case "country_iso3":
		return &f.countryISO3
	}
	return nil
}

func (p *jsonParser) errf(format string, args ...any) error {
	if p.i >= len(p.b) {
		return &jsonSyntaxError{off: len(p.b), msg: "unexpected end of input"}
	}
	return &jsonSyntaxError{off: p.i, msg: fmt.Sprintf(format, args...)}
}

// peek returns the current byte, or 0 at the end.
func (p *jsonParser) peek() byte {
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *jsonParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value decodes the value at p.i into dst.
func (p *jsonParser) value(dst *jsonField) error {
	start := p.i
	switch c := p.peek(); {
	case c == '"':
		s, err := p.str()
		if err != nil {
			return err
		}
		*dst = jsonField{kind: jsonStr, str: s}
		return nil
	case c == '-' || c >= '0' && c <= '9':
		if err := p.number(); err != nil {
			return err
		}
		*dst = jsonField{kind: jsonNumber, str: string(p.b[start:p.i])}
		return nil
	case c == 'n':
		if err := p.literal("null"); err != nil {
			return err
		}
		*dst = jsonField{kind: jsonNull}
		return nil
	}
	if err := p.skipValue(1); err != nil {
		return err
	}
	*dst = jsonField{kind: jsonOther}
	return nil
}

// skipValue validates and skips the value at p.i; depth is the nesting level of its container.
func (p *jsonParser) skipValue(depth int) error {
	switch c := p.peek(); {
	case c == '"':
		return p.skipString()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	case c == '{' || c == '[':
		if depth+1 > maxJSONDepth {
			return p.errf("exceeded max depth")
		}
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		p.i++
		p.ws()
		if p.peek() == end {
			p.i++
			return nil
		}
		for {
			p.ws()
			if c == '{' {
				if p.peek() != '"' {
					return p.errf("expected a string key")
				}
				if err := p.skipString(); err != nil {
					return err
				}
				p.ws()
				if p.peek() != ':' {
					return p.errf("expected ':' after object key")
				}
				p.i++
				p.ws()
			}
			if err := p.skipValue(depth + 1); err != nil {
				return err
			}
			p.ws()
			switch p.peek() {
			case ',':
				p.i++
			case end:
				p.i++
				return nil
			default:
				return p.errf("expected ',' or %q", end)
			}
		}
	}
	return p.errf("invalid character %q looking for a value", p.peek())
}

func (p *jsonParser) literal(lit string) error {
	if len(p.b)-p.i < len(lit) || string(p.b[p.i:p.i+len(lit)]) != lit {
		for k := 0; k < len(lit) && p.i < len(p.b); k++ {
			if p.b[p.i] != lit[k] {
				break
			}
			p.i++
		}
		return p.errf("invalid literal, expected %s", lit)
	}
	p.i += len(lit)
	return nil
}

// number validates the number at p.i: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() error {
	digits := func() int {
		n := 0
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.peek() == '-' {
		p.i++
	}
	switch c := p.peek(); {
	case c == '0':
		p.i++
	case c >= '1' && c <= '9':
		digits()
	default:
		return p.errf("invalid number")
	}
	if p.peek() == '.' {
		p.i++
		if digits() == 0 {
			return p.errf("invalid number: digit expected after '.'")
		}
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.i++
		if c := p.peek(); c == '+' || c == '-' {
			p.i++
		}
		if digits() == 0 {
			return p.errf("invalid number: digit expected in exponent")
		}
	}
	return nil
}

// skipString validates and skips the string at p.i.
func (p *jsonParser) skipString() error {
	_, err := p.scanString(false)
	return err
}

// str decodes the string at p.i.
func (p *jsonParser) str() (string, error) {
	return p.scanString(true)
}

// scanString reads the string at p.i (which holds '"'), decoding it when decode is set.
func (p *jsonParser) scanString(decode bool) (string, error) {
	p.i++ // opening quote
	start := p.i
	// Fast path: plain ASCII up to the closing quote.
	p.i = plainRun(p.b, p.i)
	if p.i < len(p.b) && p.b[p.i] == '"' {
		p.i++
		if !decode {
			return "", nil
		}
		return string(p.b[start : p.i-1]), nil
	}
	// Slow path: escapes, non-ASCII, errors.
	buf := append(p.buf[:0], p.b[start:p.i]...)
	for {
		if p.i >= len(p.b) {
			return "", p.errf("unterminated string")
		}
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			p.buf = buf[:0]
			if !decode {
				return "", nil
			}
			return string(buf), nil
		case c < 0x20:
			return "", p.errf("invalid control character %q in string", c)
		case c == '\\':
			if p.i+1 >= len(p.b) {
				p.i = len(p.b)
				return "", p.errf("unterminated string")
			}
			e := p.b[p.i+1]
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := hex4(p.b[p.i+2:])
				if !ok {
					p.i++
					return "", p.errf("invalid \\u escape")
				}
				p.i += 6
				if utf16.IsSurrogate(r) {
					if r2, ok := lowSurrogate(p.b[p.i:]); ok && r < 0xDC00 {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							p.i += 6
							buf = utf8.AppendRune(buf, dec)
							continue
						}
					}
					r = utf8.RuneError
				}
				buf = utf8.AppendRune(buf, r)
				continue
			default:
				p.i++
				return "", p.errf("invalid escape %q in string", e)
			}
			p.i += 2
		case c < utf8.RuneSelf:
			j := plainRun(p.b, p.i+1)
			buf = append(buf, p.b[p.i:j]...)
			p.i = j
		default:
			r, size := utf8.DecodeRune(p.b[p.i:])
			if r == utf8.RuneError && size == 1 {
				buf = append(buf, "\uFFFD"...)
			} else {
				buf = append(buf, p.b[p.i:p.i+size]...)
			}
			p.i += size
		}
	}
}

// plainRun returns the index of the first byte of b at or after i that is not plain string
// content (a quote, a backslash, a control character or a byte beyond ASCII), or len(b). It reads
// eight bytes at a time: a word holds such a byte when one of its bytes is zero after XOR with '"'
// or '\\', is below 0x20, or has its high bit set (the classic tests for a zero byte and a byte
// below n, exact as to whether there is one); the byte loop then finds which.
func plainRun(b []byte, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		q := x ^ ('"' * ones)
		bs := x ^ ('\\' * ones)
		special := (q-ones)&^q | (bs-ones)&^bs | (x-0x20*ones)&^x | x
		if special&highs != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// lowSurrogate reads a "\uXXXX" escape that is a low surrogate.
func lowSurrogate(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	r, ok := hex4(b[2:])
	return r, ok && r >= 0xDC00 && r < 0xE000
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
