// Package tsv reads the data tables that geopol's packages embed (entities/data, events/data):
// UTF-8 text, one row a line, fields separated by tabs. Lines that are empty or start with "#" are
// comments. The first other line is the header, which must name the columns the reader expects,
// in order; every row after it has exactly that many fields. Fields are not quoted or escaped: a
// table never holds a tab or a line break inside a field.
package tsv

import (
	"fmt"
	"slices"
	"strings"
)

// Rows returns the rows of the table text, without the header, after checking the header against
// columns. name names the table in errors, which give the line number.
func Rows(name, text string, columns ...string) ([][]string, error) {
	var rows [][]string
	header := false
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if !header {
			if !slices.Equal(f, columns) {
				return nil, fmt.Errorf("%s line %d: header %q, want %q", name, n+1, f, columns)
			}
			header = true
			continue
		}
		if len(f) != len(columns) {
			return nil, fmt.Errorf("%s line %d: %d fields, want %d", name, n+1, len(f), len(columns))
		}
		rows = append(rows, f)
	}
	if !header {
		return nil, fmt.Errorf("%s: no header", name)
	}
	return rows, nil
}

// List splits a list field: items separated by "|"; an empty field is an empty list.
func List(field string) []string {
	if field == "" {
		return nil
	}
	return strings.Split(field, "|")
}
