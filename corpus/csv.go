package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvColumns are the indexes of the columns geopol reads (-1 when absent).
type csvColumns struct {
	id, text, title, date, source, url int
	country, countryISO3               int
}

// readCSV reads a CSV (comma ',') or TSV (comma '\t') file with a header row naming a "text" column.
func (st *readState) readCSV(r io.Reader, p, name, source string, comma rune) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(sniffLen); isBinary(head) {
		return st.emit(&Document{ID: name, Path: p, Source: source, Err: &ParseError{Path: p, Err: ErrBinary}})
	}
	if head, _ := br.Peek(3); bytes.Equal(head, []byte("\xEF\xBB\xBF")) {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true

	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = ErrEmpty
		} else {
			err = fmt.Errorf("header: %w", err)
		}
		return st.emit(&Document{ID: name, Path: p, Source: source, Err: &ParseError{Path: p, Line: 1, Err: err}})
	}
	cols := csvColumns{-1, -1, -1, -1, -1, -1, -1, -1}
	for i, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "id":
			setCol(&cols.id, i)
		case "text":
			setCol(&cols.text, i)
		case "title":
			setCol(&cols.title, i)
		case "date":
			setCol(&cols.date, i)
		case "source":
			setCol(&cols.source, i)
		case "url":
			setCol(&cols.url, i)
		case "country":
			setCol(&cols.country, i)
		case "country_iso3":
			setCol(&cols.countryISO3, i)
		}
	}
	if cols.text < 0 {
		return st.emit(&Document{ID: name, Path: p, Source: source,
			Err: &ParseError{Path: p, Line: 1, Err: errors.New(`header has no "text" column`)}})
	}
	nfields := len(header)
	for record := 1; ; record++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		line := 0
		if err == nil && len(rec) > 0 {
			line, _ = cr.FieldPos(0)
		}
		d := &Document{ID: name + ":" + strconv.Itoa(line), Path: p, Line: line, Source: source}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe):
			d.Line = pe.StartLine
			d.ID = name + ":" + strconv.Itoa(pe.StartLine)
			d.Err = &ParseError{Path: p, Line: pe.StartLine, Err: fmt.Errorf("record %d: %w", record, pe.Err)}
		case err != nil:
			// Not a parse error: the file cannot be read further.
			d.Err = &ParseError{Path: p, Line: line, Err: err}
			return st.emit(d)
		case len(rec) != nfields:
			d.Err = &ParseError{Path: p, Line: line,
				Err: fmt.Errorf("record %d has %d fields, the header has %d", record, len(rec), nfields)}
		default:
			fillCSV(d, rec, cols)
		}
		if err := st.emit(d); err != nil {
			return err
		}
	}
}

func setCol(c *int, i int) {
	if *c < 0 {
		*c = i
	}
}

// fillCSV fills d from one well-formed record.
func fillCSV(d *Document, rec []string, cols csvColumns) {
	field := func(i int) string {
		if i < 0 {
			return ""
		}
		s, w := validString(rec[i], d.Warnings)
		d.Warnings = w
		return s
	}
	if id := strings.TrimSpace(field(cols.id)); id != "" {
		d.ID = id
	}
	d.Title = strings.TrimSpace(field(cols.title))
	d.URL = strings.TrimSpace(field(cols.url))
	if s := strings.TrimSpace(field(cols.source)); s != "" {
		d.Source = s
	}
	setDate(d, field(cols.date))
	d.Country = docCountry(field(cols.countryISO3), field(cols.country))
	d.Text = field(cols.text)
	if isBlank(d.Text) {
		d.Err = &ParseError{Path: d.Path, Line: d.Line, Err: ErrEmpty}
	}
}
