package reports

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
)

// MentionsEncoder writes the extract format (entities.MentionDoc) one document at a time, for
// streaming output. A line is what encoding/json's Encoder writes for the document with HTML
// escaping off (the same bytes), made by hand for this fixed schema, without reflection: one
// document's line is built in a reused buffer and written with one Write.
type MentionsEncoder struct {
	w   io.Writer
	buf []byte
}

// NewMentionsEncoder returns a MentionsEncoder that writes to w. It does not buffer: wrap w in a
// bufio.Writer for many small documents.
func NewMentionsEncoder(w io.Writer) *MentionsEncoder {
	return &MentionsEncoder{w: w}
}

// Encode writes d as one JSON line. A coordinate that is not a finite number is an error, as
// with encoding/json, and nothing is written.
func (e *MentionsEncoder) Encode(d entities.MentionDoc) error {
	b, err := appendMentionDoc(e.buf[:0], &d)
	e.buf = b
	if err == nil {
		_, err = e.w.Write(b)
	}
	if err != nil {
		return fmt.Errorf("reports: write mentions of %q: %w", d.ID, err)
	}
	return nil
}

// appendMentionDoc appends d's JSON line (with its newline) to b: the fields in the order and
// with the omissions of entities.MentionDoc's and entities.Mention's json tags; entities is []
// when there are none.
func appendMentionDoc(b []byte, d *entities.MentionDoc) ([]byte, error) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, d.ID)
	if d.Text != "" {
		b = append(b, `,"text":`...)
		b = appendJSONString(b, d.Text)
	}
	b = append(b, `,"entities":[`...)
	for i := range d.Entities {
		m := &d.Entities[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, m.Text)
		b = append(b, `,"type":`...)
		b = appendJSONString(b, m.Type)
		b = append(b, `,"entity":`...)
		b = appendJSONString(b, m.Entity)
		if m.Country != "" {
			b = append(b, `,"country":`...)
			b = appendJSONString(b, m.Country)
		}
		if m.Role != "" {
			b = append(b, `,"role":`...)
			b = appendJSONString(b, m.Role)
		}
		if m.RoleLatest {
			b = append(b, `,"role_latest":true`...)
		}
		if m.GeonamesID != 0 {
			b = append(b, `,"geonames_id":`...)
			b = strconv.AppendInt(b, int64(m.GeonamesID), 10)
		}
		var err error
		if m.Lat != 0 {
			b = append(b, `,"lat":`...)
			if b, err = appendJSONFloat(b, m.Lat); err != nil {
				return b, err
			}
		}
		if m.Lon != 0 {
			b = append(b, `,"lon":`...)
			if b, err = appendJSONFloat(b, m.Lon); err != nil {
				return b, err
			}
		}
		if m.Admin1 != "" {
			b = append(b, `,"admin1":`...)
			b = appendJSONString(b, m.Admin1)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	if d.Error != "" {
		b = append(b, `,"error":`...)
		b = appendJSONString(b, d.Error)
	}
	return append(b, "}\n"...), nil
}

// appendJSONFloat appends f as encoding/json writes a float64: the shortest decimal that reads
// back as f, in exponent form (without a leading zero in the exponent) below 1e-6 and from 1e21
// on. NaN and infinities are an error.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1] // e-07 → e-7
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendJSONString appends s quoted as encoding/json writes a string without HTML escaping:
// '"' and '\\' escaped with a backslash, control characters as \n, \r, \t, \b, \f or \u00XX,
// U+2028 and U+2029 as \u2028 and \u2029, and each byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			m := uint64(jsonPlainHigh)
			if c < 64 {
				m = jsonPlainLow
			}
			if m>>(c&63)&1 != 0 {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// The ASCII bytes appendJSONString copies as they are, as bit sets of the bytes below 64 and from
// 64 to 127: all but control characters, '"' and '\\' (a shift and a test a byte).
const (
	jsonPlainLow  = 0xffffffff_00000000 &^ (1 << '"')
	jsonPlainHigh = ^uint64(0) &^ (1 << ('\\' - 64))
)
