package corpus

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// warnInvalidUTF8 is the warning added when invalid UTF-8 was replaced by U+FFFD.
const warnInvalidUTF8 = "invalid UTF-8 replaced"

// sniffLen is how much of a file is inspected to decide whether it is binary.
const sniffLen = 8 << 10

// isBinary reports whether b looks like a binary file: more than 2% of its first 8 KiB, and at least
// minBinaryBytes bytes, are NUL or other control bytes (any below 0x20 but tab, line feed, vertical
// tab, form feed, carriage return and escape). Random or compressed data has about 10% of them, UTF-16
// text without a byte-order mark about 50% NULs, executables far more; a text with a stray NUL or two
// is still text.
func isBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	n := controlBytes(b)
	return n >= minBinaryBytes && n*50 > len(b)
}

// minBinaryBytes is the fewest control bytes that make a file binary, so that one or two stray ones do
// not reject a short text.
const minBinaryBytes = 4

// controlBytes counts the NUL and other control bytes of b that never occur in text (see isBinary).
func controlBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			n++
		}
	}
	return n
}

// warnControl is the warning added to a text that holds NUL or other control bytes but not enough to
// be binary; they are kept (offsets never move) and tokenized like letters.
const warnControl = "control bytes (NUL or other) in the text"

// decodeUTF16 converts content that starts with a UTF-16 byte-order mark to UTF-8. ok is false when there
// is no such mark.
func decodeUTF16(b []byte) (out []byte, ok bool) {
	if len(b) < 2 || !(b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return nil, false
	}
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(b)
	if err != nil {
		return nil, false
	}
	return out, true
}

// validText turns file content into document text: a UTF-8 byte-order mark is removed and invalid UTF-8
// is replaced by U+FFFD (one per invalid run), which adds a warning.
func validText(b []byte, warnings []string) (string, []string) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(b) {
		return string(b), warnings
	}
	return string(bytes.ToValidUTF8(b, []byte("\uFFFD"))), append(warnings, warnInvalidUTF8)
}

// validString is validText for strings that are already decoded (CSV fields, JSON values).
func validString(s string, warnings []string) (string, []string) {
	if utf8.ValidString(s) {
		return s, warnings
	}
	return strings.ToValidUTF8(s, "\uFFFD"), appendOnce(warnings, warnInvalidUTF8)
}

// appendOnce appends w unless it is already present.
func appendOnce(warnings []string, w string) []string {
	for _, x := range warnings {
		if x == w {
			return warnings
		}
	}
	return append(warnings, w)
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// NormalizeDate returns s as YYYY-MM-DD. It accepts RFC 3339 (with or without fractional seconds),
// YYYY-MM-DD, YYYYMMDD, "YYYY-MM-DD HH:MM:SS", RFC 1123 and a few long forms ("January 2, 2006").
// Only the calendar date is kept, in the time zone written in the input (no conversion to UTC).
// ok is false, and the result "", when s is not blank and matches none of them; a blank s gives ("", true).
func NormalizeDate(s string) (date string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	// Every layout has a year written in digits: a string without a digit matches none of
	// them, and failing fast spares the parse errors time.Parse would allocate for each one
	// (most lines of a page, which the cleaner tests as possible datelines).
	if !strings.ContainsAny(s, "0123456789") {
		return "", false
	}
	layouts := [...]string{
		time.RFC3339Nano,
		"2006-01-02",
		"20060102",
		"2006-01-02 15:04:05",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05.000Z0700",
		time.RFC1123Z,
		time.RFC1123,
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"2006/01/02",
		"January 2, 2006",
		"2 January 2006",
		"Jan 2, 2006",
		"2 Jan 2006",
	}
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// setDate stores the normalized raw date in d, or adds a warning when it cannot be parsed.
func setDate(d *Document, raw string) {
	date, ok := NormalizeDate(raw)
	d.Date = date
	if !ok {
		if len(raw) > 40 {
			raw = strings.ToValidUTF8(raw[:40], "") + "…"
		}
		d.Warnings = append(d.Warnings, "unparseable date "+strconv.Quote(raw)+" ignored")
	}
}
