package tabular

import (
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/encoding"
)

var errEOF = io.EOF

// ParquetOptions are the settings of WriteParquet; the zero value is the default.
type ParquetOptions struct {
	// RowGroupRows is the number of rows per row group (DefaultRowGroupRows when zero). The
	// writer keeps one row group's columns in memory, so it bounds the memory a table takes.
	RowGroupRows int64
	// Uncompressed writes pages without compression (they are Zstandard-compressed by default).
	Uncompressed bool
	// Metadata is written as the file's key-value metadata (in key order).
	Metadata map[string]string
}

// DefaultRowGroupRows is the default row-group size: 128 Ki rows, close to DuckDB's own
// (122,880), large enough that readers skip and scan efficiently, small enough that the writer's
// buffer for a table of a dozen columns stays in the tens of megabytes whatever the table's size.
const DefaultRowGroupRows = 1 << 17

// CreatedBy is what WriteParquet records as the file's writer, without a build or version that
// would make the bytes depend on how geopol was built.
const CreatedBy = "geopol (github.com/parquet-go/parquet-go)"

// ParquetSchema returns the Parquet schema of a table: one column per Column, in order; String
// as BYTE_ARRAY with the STRING logical type, dictionary-encoded; Int64 as INT64; Float64 as
// DOUBLE; Date as INT32 with the DATE logical type; Bool as BOOLEAN; nullable columns OPTIONAL,
// the others REQUIRED.
func ParquetSchema(s *Schema) (*parquet.Schema, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	g := make(orderedGroup, len(s.Columns))
	for i, c := range s.Columns {
		var n parquet.Node
		switch c.Type {
		case String:
			n = parquet.Encoded(parquet.String(), &parquet.RLEDictionary)
		case Int64:
			n = parquet.Leaf(parquet.Int64Type)
		case Float64:
			n = parquet.Leaf(parquet.DoubleType)
		case Date:
			n = parquet.Date()
		case Bool:
			n = parquet.Leaf(parquet.BooleanType)
		}
		if c.Nullable {
			n = parquet.Optional(n)
		} else {
			n = parquet.Required(n)
		}
		g[i] = field{Node: n, name: c.Name}
	}
	return parquet.NewSchema(s.Name, g), nil
}

// WriteParquet writes the rows as a Parquet file to w, streaming: it holds one row group in
// memory at a time. Each row must have one value per column, null only in nullable columns, of
// the column's type; a row that does not is an error that names the row and column. The bytes
// depend only on the schema, the rows and the options: the file records CreatedBy, no time,
// host or random identifier.
func WriteParquet(w io.Writer, s *Schema, rows Rows, o ParquetOptions) error {
	ps, err := ParquetSchema(s)
	if err != nil {
		return err
	}
	cfg := &parquet.WriterConfig{
		CreatedBy:          CreatedBy,
		MaxRowsPerRowGroup: o.RowGroupRows,
		Schema:             ps,
		Compression:        &parquet.Zstd,
		DataPageStatistics: false,
	}
	if cfg.MaxRowsPerRowGroup <= 0 {
		cfg.MaxRowsPerRowGroup = DefaultRowGroupRows
	}
	if o.Uncompressed {
		cfg.Compression = &parquet.Uncompressed
	}
	if len(o.Metadata) > 0 {
		cfg.KeyValueMetadata = o.Metadata
	}
	pw := parquet.NewWriter(w, cfg)
	// Rows are written in batches: one parquet.Row per row, levels and column index set.
	const batch = 1024
	buf := make([]parquet.Row, 0, batch)
	cells := make([]parquet.Value, 0, batch*len(s.Columns))
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if _, err := pw.WriteRows(buf); err != nil {
			return fmt.Errorf("tabular: %s: write parquet: %w", s.Name, err)
		}
		buf, cells = buf[:0], cells[:0]
		return nil
	}
	var n int64
	err = rows(func(row []Value) error {
		n++
		if len(row) != len(s.Columns) {
			return &RowError{s.Name, n, fmt.Errorf("%d values, want %d", len(row), len(s.Columns))}
		}
		start := len(cells)
		for i, c := range s.Columns {
			v := row[i]
			if err := c.check(v); err != nil {
				return &RowError{s.Name, n, err}
			}
			def := 0
			if c.Nullable && !v.IsNull() {
				def = 1
			}
			cells = append(cells, parquetValue(v).Level(0, def, i))
		}
		buf = append(buf, parquet.Row(cells[start:len(cells):len(cells)]))
		if len(buf) == batch {
			return flush()
		}
		return nil
	})
	if err != nil {
		var re *RowError
		if !errors.As(err, &re) {
			err = fmt.Errorf("tabular: %s: rows: %w", s.Name, err)
		}
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("tabular: %s: close parquet: %w", s.Name, err)
	}
	return nil
}

// parquetValue converts a checked value.
func parquetValue(v Value) parquet.Value {
	if v.IsNull() {
		return parquet.NullValue()
	}
	switch v.kind {
	case String:
		return parquet.ByteArrayValue([]byte(v.s))
	case Int64:
		return parquet.Int64Value(v.i)
	case Float64:
		return parquet.DoubleValue(v.f)
	case Date:
		return parquet.Int32Value(int32(v.i))
	case Bool:
		return parquet.BooleanValue(v.i == 1)
	}
	return parquet.NullValue()
}

// orderedGroup is a Parquet group whose fields keep the order given (parquet.Group sorts them
// by name), so the Parquet columns are in the order of the CSV columns.
type orderedGroup []parquet.Field

func (g orderedGroup) ID() int                     { return 0 }
func (g orderedGroup) String() string              { return "group" }
func (g orderedGroup) Type() parquet.Type          { return parquet.Group{}.Type() }
func (g orderedGroup) Optional() bool              { return false }
func (g orderedGroup) Repeated() bool              { return false }
func (g orderedGroup) Required() bool              { return true }
func (g orderedGroup) Leaf() bool                  { return false }
func (g orderedGroup) Fields() []parquet.Field     { return g }
func (g orderedGroup) Encoding() encoding.Encoding { return nil }
func (g orderedGroup) Compression() compress.Codec { return nil }
func (g orderedGroup) GoType() reflect.Type {
	fs := make([]reflect.StructField, len(g))
	for i, f := range g {
		fs[i] = reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: f.GoType(),
			Tag: reflect.StructTag(`parquet:"` + f.Name() + `"`)}
	}
	return reflect.StructOf(fs)
}

// field is a named field of an orderedGroup.
type field struct {
	parquet.Node
	name string
}

func (f field) Name() string { return f.name }

// Value is for writing Go structs, which this package does not do.
func (f field) Value(base reflect.Value) reflect.Value { return reflect.Value{} }
