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
