// Package tsv reads the data tables that geopol's packages embed (entities/data, events/data):
// UTF-8 text, one row a line, fields separated by tabs. Lines that are empty or start with "#" are
// comments. The first other line is the header, which must name the columns the reader expects,
// in order; every row after it has exactly that many fields. Fields are not quoted or escaped: a
// table never holds a tab or a line break inside a field.
package tsv
