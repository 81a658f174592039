package tabular

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Type is the type of a column.
type Type int

const (
	// String is text: names, identifiers, codes (CAMEO "0231", ISO "FRA"; codes stay strings so
	// that leading zeros survive).
	String Type = iota
	// Int64 is a whole number: counts, offsets.
	Int64
	// Float64 is a real number: weights, scores, Goldstein values.
	Float64
	// Date is a calendar date, written in CSV as YYYY-MM-DD.
	Date
	// Bool is true or false, written in CSV as "true" or "false".
	Bool
)

func (t Type) String() string {
	switch t {
	case String:
		return "string"
	case Int64:
		return "int64"
	case Float64:
		return "float64"
	case Date:
		return "date"
	case Bool:
		return "bool"
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// Column describes one column of a table.
type Column struct {
	// Name is the column's name, as in the CSV header.
	Name string
	// Type is the column's type.
	Type Type
	// Nullable columns may have no value: an empty CSV cell, a null in Parquet. A column that is
	// not nullable must have a value in every row (an empty string is a value of a String column).
	Nullable bool
	// Description says what the column holds, for the data package.
	Description string
}

// Schema describes a table: its name and columns, in order.
type Schema struct {
	// Name names the table ("entities"); the files are NAME.csv and NAME.parquet.
	Name string
	// Title and Description document the table in the data package.
	Title, Description string
	// Columns are the table's columns, in the order of the CSV.
	Columns []Column
	// PrimaryKey names the columns that identify a row, when some do.
	PrimaryKey []string
}

// Validate checks that the schema is usable: a name, at least one column, unique non-empty
// column names, known types, and a primary key of existing, non-nullable columns.
func (s *Schema) Validate() error {
	if s.Name == "" {
		return errors.New("tabular: schema without a name")
	}
	if len(s.Columns) == 0 {
		return fmt.Errorf("tabular: %s: no columns", s.Name)
	}
	seen := map[string]Column{}
	for i, c := range s.Columns {
		if c.Name == "" {
			return fmt.Errorf("tabular: %s: column %d has no name", s.Name, i)
		}
		if _, dup := seen[c.Name]; dup {
			return fmt.Errorf("tabular: %s: column %q twice", s.Name, c.Name)
		}
		if c.Type < String || c.Type > Bool {
			return fmt.Errorf("tabular: %s.%s: unknown type %d", s.Name, c.Name, c.Type)
		}
		seen[c.Name] = c
	}
	for _, k := range s.PrimaryKey {
		c, ok := seen[k]
		if !ok {
			return fmt.Errorf("tabular: %s: primary key column %q is not in the table", s.Name, k)
		}
		if c.Nullable {
			return fmt.Errorf("tabular: %s: primary key column %q is nullable", s.Name, k)
		}
	}
	return nil
}

// Value is one cell: null, or a value of the column's type. The zero Value is null.
type Value struct {
	kind Type
	set  bool
	s    string
	i    int64 // Int64; Date as days since 1970-01-01; Bool as 0 or 1
	f    float64
}

// Null is the missing value of a nullable column.
func Null() Value { return Value{} }

// Str is a String value.
func Str(s string) Value { return Value{kind: String, set: true, s: s} }

// Int is an Int64 value.
func Int(i int64) Value { return Value{kind: Int64, set: true, i: i} }

// Float is a Float64 value.
func Float(f float64) Value { return Value{kind: Float64, set: true, f: f} }

// BoolValue is a Bool value.
func BoolValue(b bool) Value {
	v := Value{kind: Bool, set: true}
	if b {
		v.i = 1
	}
	return v
}

// DateDays is a Date value given as days since 1970-01-01.
func DateDays(days int32) Value { return Value{kind: Date, set: true, i: int64(days)} }

// DateOf is the Date value of t's year, month and day (in t's location).
func DateOf(t time.Time) Value {
	y, m, d := t.Date()
	return DateDays(int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400))
}

// IsNull reports whether v is null.
func (v Value) IsNull() bool { return !v.set }

// Type is the type of a non-null value.
func (v Value) Type() Type { return v.kind }

// Text is the value as its CSV cell: "" for null, dates as YYYY-MM-DD, floats in the shortest
// form that reads back to the same number.
func (v Value) Text() string {
	if !v.set {
		return ""
	}
	switch v.kind {
	case String:
		return v.s
	case Int64:
		return strconv.FormatInt(v.i, 10)
	case Float64:
		return strconv.FormatFloat(v.f, 'g', -1, 64)
	case Date:
		return time.Unix(v.i*86400, 0).UTC().Format(time.DateOnly)
	case Bool:
		return strconv.FormatBool(v.i == 1)
	}
	return ""
}

// Parse reads a CSV cell as a value of the column: an empty cell is null in a nullable
// column (and the empty string in a String column that is not nullable).
func (c Column) Parse(cell string) (Value, error) {
	if cell == "" {
		if c.Nullable {
			return Null(), nil
		}
		if c.Type == String {
			return Str(""), nil
		}
		return Value{}, fmt.Errorf("column %s: empty cell in a column that is not nullable", c.Name)
	}
	switch c.Type {
	case String:
		return Str(cell), nil
	case Int64:
		i, err := strconv.ParseInt(cell, 10, 64)
		if err != nil {
			return Value{}, fmt.Errorf("column %s: %q is not an integer", c.Name, cell)
		}
		return Int(i), nil
	case Float64:
		f, err := strconv.ParseFloat(cell, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return Value{}, fmt.Errorf("column %s: %q is not a finite number", c.Name, cell)
		}
		return Float(f), nil
	case Date:
		t, err := time.Parse(time.DateOnly, cell)
		if err != nil {
			return Value{}, fmt.Errorf("column %s: %q is not a date (YYYY-MM-DD)", c.Name, cell)
		}
		return DateOf(t), nil
	case Bool:
		b, err := strconv.ParseBool(cell)
		if err != nil {
			return Value{}, fmt.Errorf("column %s: %q is not true or false", c.Name, cell)
		}
		return BoolValue(b), nil
	}
	return Value{}, fmt.Errorf("column %s: unknown type %v", c.Name, c.Type)
}

// check reports whether v fits the column: null only where nullable, else the column's type.
func (c Column) check(v Value) error {
	if v.IsNull() {
		if !c.Nullable {
			return fmt.Errorf("column %s: null in a column that is not nullable", c.Name)
		}
		return nil
	}
	if v.kind != c.Type {
		return fmt.Errorf("column %s: %v value in a %v column", c.Name, v.kind, c.Type)
	}
	if v.kind == Float64 && (math.IsNaN(v.f) || math.IsInf(v.f, 0)) {
		return fmt.Errorf("column %s: %v is not finite", c.Name, v.f)
	}
	return nil
}

// Rows is a stream of rows: it calls emit once per row, in order, with one value per column of
// the schema. emit does not keep the slice, so Rows may reuse it for the next row. Rows stops
// and returns emit's error when emit fails.
type Rows func(emit func(row []Value) error) error

// RowError locates an error in a row of a table.
type RowError struct {
	Table string
	Row   int64 // 1-based, not counting a header
	Err   error
}

func (e *RowError) Error() string {
	return fmt.Sprintf("tabular: %s: row %d: %v", e.Table, e.Row, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// RecordRows turns a stream of CSV records (without the header) into typed rows of the schema,
// parsing every cell with Column.Parse: the rows of a Parquet file written from them are exactly
// the rows of the CSV. next returns the next record, or io.EOF at the end (a csv.Reader's Read).
func RecordRows(s *Schema, next func() ([]string, error)) Rows {
	return func(emit func([]Value) error) error {
		row := make([]Value, len(s.Columns))
		for n := int64(1); ; n++ {
			rec, err := next()
			if err != nil {
				if errors.Is(err, errEOF) {
					return nil
				}
				return &RowError{s.Name, n, err}
			}
			if len(rec) != len(s.Columns) {
				return &RowError{s.Name, n, fmt.Errorf("%d cells, want %d", len(rec), len(s.Columns))}
			}
			for i, c := range s.Columns {
				v, err := c.Parse(rec[i])
				if err != nil {
					return &RowError{s.Name, n, err}
				}
				row[i] = v
			}
			if err := emit(row); err != nil {
				return err
			}
		}
	}
}
