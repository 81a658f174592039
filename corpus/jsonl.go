package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// lineReader returns the lines of a stream one at a time, however long they are, without holding more
// than one line in memory.
type lineReader struct {
	br   *bufio.Reader
	long []byte // assembles a line longer than br's buffer
	n    int    // number of the last line returned
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next line without its "\n" (or "\r\n"). The slice is valid until the following call.
// It returns io.EOF after the last line.
func (lr *lineReader) next() ([]byte, error) {
	line, err := lr.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		lr.long = append(lr.long[:0], line...)
		for errors.Is(err, bufio.ErrBufferFull) {
			line, err = lr.br.ReadSlice('\n')
			lr.long = append(lr.long, line...)
		}
		line = lr.long
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if len(line) == 0 && err != nil {
		return nil, io.EOF
	}
	lr.n++
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	return line, nil
}

// readJSONL reads one document per non-blank line of r. name is the file's ID stem (its path relative to
// the walked root); source is the default Source.
func (st *readState) readJSONL(r io.Reader, p, name, source string) error {
	lr := newLineReader(r)
	first := true
	var scratch []byte
	for {
		line, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// A read error ends the file; it is reported as a document so the run goes on.
			return st.emit(&Document{ID: name + ":" + strconv.Itoa(lr.n+1), Path: p, Line: lr.n + 1, Source: source,
				Err: &ParseError{Path: p, Line: lr.n + 1, Err: err}})
		}
		if first {
			first = false
			if isBinary(line) {
				return st.emit(&Document{ID: name, Path: p, Source: source, Err: &ParseError{Path: p, Err: ErrBinary}})
			}
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d := &Document{ID: name + ":" + strconv.Itoa(lr.n), Path: p, Line: lr.n, Source: source}
		parseJSONLine(d, line, &scratch)
		if err := st.emit(d); err != nil {
			return err
		}
	}
}

// parseJSONLine fills d from one JSONL line.
func parseJSONLine(d *Document, line []byte, scratch *[]byte) {
	fail := func(err error) { d.Err = &ParseError{Path: d.Path, Line: d.Line, Err: err} }
	if !utf8.Valid(line) {
		// The decoder replaces each invalid byte by U+FFFD; say so.
		d.Warnings = append(d.Warnings, warnInvalidUTF8)
	}
	f, err := parseJSONObject(line, scratch)
	if err != nil {
		fail(err)
		return
	}
	switch f.id.kind {
	case jsonStr, jsonNumber:
		if f.id.str != "" {
			d.ID = f.id.str
		}
	case jsonOther:
		d.Warnings = append(d.Warnings, "id is neither a string nor a number, ignored")
	}
	d.Title = optString(d, "title", f.title)
	d.URL = optString(d, "url", f.url)
	if s := optString(d, "source", f.source); s != "" {
		d.Source = s
	}
	setDate(d, optString(d, "date", f.date))
	d.Country = docCountry(optString(d, "country_iso3", f.countryISO3), optString(d, "country", f.country))
	if f.text.kind != jsonStr {
		fail(ErrNoText)
		return
	}
	d.Text = f.text.str
	if isBlank(d.Text) {
		fail(ErrEmpty)
	}
}

// optString returns an optional string field; another JSON type is ignored with a warning.
func optString(d *Document, name string, f jsonField) string {
	switch f.kind {
	case jsonStr:
		return f.str
	case jsonNumber, jsonOther:
		d.Warnings = append(d.Warnings, name+" is not a string, ignored")
	}
	return ""
}
