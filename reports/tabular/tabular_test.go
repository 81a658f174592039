package tabular

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Sample is a table with every type, nullable and required columns, and the cells that trouble
// CSV and Parquet writers. The DuckDB round-trip test (duckdbtest) uses the same shape.
func sampleSchema() *Schema {
	return &Schema{
		Name: "events", Title: "Events", Description: "Who did what to whom.",
		Columns: []Column{
			{Name: "event_id", Type: String, Description: "Event identifier."},
			{Name: "date", Type: Date, Nullable: true, Description: "Document date."},
			{Name: "source", Type: String, Description: "Source actor."},
			{Name: "event_code", Type: String, Description: "CAMEO code, a string: leading zeros count."},
			{Name: "quad_class", Type: Int64, Description: "Quad class 1 to 4."},
			{Name: "goldstein", Type: Float64, Nullable: true, Description: "Goldstein weight."},
			{Name: "negated", Type: Bool, Description: "Whether the verb is negated."},
			{Name: "note", Type: String, Nullable: true, Description: "Free text."},
		},
		PrimaryKey: []string{"event_id"},
	}
}

var sampleCSV = `event_id,date,source,event_code,quad_class,goldstein,negated,note
e1,2024-03-10,FRA,0231,1,3.4,false,plain
e2,,RUS,190,4,-10,true,
e3,1969-07-20,"Côte d'Ivoire, the",042,1,,false,"multi
line ""quoted"""
e4,2100-01-01,,010,2,0.1,false,日本語
e5,2024-02-29,USA,1711,4,-9223.372036854775,true,"a,b"
`

func readRecords(t testing.TB, data string) (header []string, next func() ([]string, error)) {
	t.Helper()
	r := csv.NewReader(strings.NewReader(data))
	h, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	return h, r.Read
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		col  Column
		cell string
		want string // Text of the value, or "ERR"
		null bool
	}{
		{Column{Name: "s", Type: String}, "", "", false},
		{Column{Name: "s", Type: String, Nullable: true}, "", "", true},
		{Column{Name: "i", Type: Int64}, "-42", "-42", false},
		{Column{Name: "i", Type: Int64}, "", "ERR", false},
		{Column{Name: "i", Type: Int64}, "4.0", "ERR", false},
		{Column{Name: "i", Type: Int64, Nullable: true}, "", "", true},
		{Column{Name: "f", Type: Float64}, "0.1", "0.1", false},
		{Column{Name: "f", Type: Float64}, "NaN", "ERR", false},
		{Column{Name: "f", Type: Float64}, "1e400", "ERR", false},
		{Column{Name: "d", Type: Date}, "1969-12-31", "1969-12-31", false},
		{Column{Name: "d", Type: Date}, "2024-02-30", "ERR", false},
		{Column{Name: "d", Type: Date}, "2024-03", "ERR", false},
		{Column{Name: "b", Type: Bool}, "true", "true", false},
		{Column{Name: "b", Type: Bool}, "yes", "ERR", false},
	} {
		v, err := c.col.Parse(c.cell)
		if c.want == "ERR" {
			if err == nil {
				t.Errorf("%v.Parse(%q) = %v, want an error", c.col.Type, c.cell, v.Text())
			}
			continue
		}
		if err != nil || v.Text() != c.want || v.IsNull() != c.null {
			t.Errorf("%v.Parse(%q) = %q null=%v, %v; want %q null=%v", c.col.Type, c.cell, v.Text(), v.IsNull(), err, c.want, c.null)
		}
	}
	if d := DateOf(time.Date(1970, 1, 2, 23, 0, 0, 0, time.FixedZone("x", -5*3600))); d.Text() != "1970-01-02" {
		t.Errorf("DateOf: %s", d.Text())
	}
}

func TestValidate(t *testing.T) {
	bad := []*Schema{
		{},
		{Name: "t"},
		{Name: "t", Columns: []Column{{Name: ""}}},
		{Name: "t", Columns: []Column{{Name: "a"}, {Name: "a"}}},
		{Name: "t", Columns: []Column{{Name: "a", Type: 9}}},
		{Name: "t", Columns: []Column{{Name: "a"}}, PrimaryKey: []string{"b"}},
		{Name: "t", Columns: []Column{{Name: "a", Nullable: true}}, PrimaryKey: []string{"a"}},
	}
	for _, s := range bad {
		if err := s.Validate(); err == nil {
			t.Errorf("%+v accepted", s)
		}
	}
	if err := sampleSchema().Validate(); err != nil {
		t.Error(err)
	}
}

// writeSample writes the sample CSV as Parquet through RecordRows.
func writeSample(t testing.TB, o ParquetOptions) []byte {
	t.Helper()
	s := sampleSchema()
	header, next := readRecords(t, sampleCSV)
	for i, c := range s.Columns {
		if header[i] != c.Name {
			t.Fatalf("header %v", header)
		}
	}
	var b bytes.Buffer
	if err := WriteParquet(&b, s, RecordRows(s, next), o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestParquetSelfRoundTrip reads the file back with parquet-go (the DuckDB test in duckdbtest
// is the independent check): schema, types, nulls and values.
func TestParquetSelfRoundTrip(t *testing.T) {
	data := writeSample(t, ParquetOptions{Metadata: map[string]string{"geopol.table": "events"}})
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, c := range f.Schema().Fields() {
		kind := c.Type().String()
		if c.Optional() {
			kind = "optional " + kind
		}
		cols = append(cols, c.Name()+" "+kind)
	}
	want := "event_id STRING|date optional DATE|source STRING|event_code STRING|quad_class INT(64,true)|goldstein optional DOUBLE|negated BOOLEAN|note optional STRING"
	if got := strings.Join(cols, "|"); got != want {
		t.Errorf("schema\n got %s\nwant %s", got, want)
	}
	if v, _ := f.Lookup("geopol.table"); v != "events" {
		t.Errorf("metadata geopol.table = %q", v)
	}
	if cb := f.Metadata().CreatedBy; cb != CreatedBy {
		t.Errorf("created_by %q", cb)
	}
	rows := make([]parquet.Row, 10)
	rr := f.RowGroups()[0].Rows()
	n, err := rr.ReadRows(rows)
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	rr.Close()
	if n != 5 {
		t.Fatalf("%d rows", n)
	}
	// Rows 2 and 3: null date and note, null goldstein; an empty (not null) source in row 4.
	if !rows[1][1].IsNull() || !rows[1][7].IsNull() || !rows[2][5].IsNull() || rows[1][5].IsNull() {
		t.Errorf("nulls: row 2 %v, row 3 %v", rows[1], rows[2])
	}
	if rows[3][2].IsNull() || rows[3][2].String() != "" {
		t.Errorf("row 4 source = %v, want the empty string", rows[3][2])
	}
	if got := rows[0][3].String(); got != "0231" {
		t.Errorf("event_code %q", got)
	}
	if got := rows[2][1].Int32(); got != int32(time.Date(1969, 7, 20, 0, 0, 0, 0, time.UTC).Unix()/86400) {
		t.Errorf("1969-07-20 stored as day %d", got)
	}
	if got := rows[4][5].Double(); got != -9223.372036854775 {
		t.Errorf("goldstein %v", got)
	}
	if got := rows[2][7].String(); got != "multi\nline \"quoted\"" {
		t.Errorf("note %q", got)
	}
}

// TestParquetDeterministic: the same rows give the same bytes, whatever GOMAXPROCS.
func TestParquetDeterministic(t *testing.T) {
	a := writeSample(t, ParquetOptions{})
	prev := runtime.GOMAXPROCS(1)
	b := writeSample(t, ParquetOptions{})
	runtime.GOMAXPROCS(prev)
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same rows differ")
	}
}

func TestWriteParquetErrors(t *testing.T) {
	s := sampleSchema()
	good := func() []Value {
		return []Value{Str("e"), Null(), Str("FRA"), Str("01"), Int(1), Float(1), BoolValue(false), Null()}
	}
	for name, mutate := range map[string]func([]Value) []Value{
		"short row":        func(r []Value) []Value { return r[:3] },
		"null required":    func(r []Value) []Value { r[4] = Null(); return r },
		"wrong type":       func(r []Value) []Value { r[4] = Str("1"); return r },
		"not finite":       func(r []Value) []Value { r[5] = Float(math.Inf(1)); return r },
		"date as int":      func(r []Value) []Value { r[1] = Int(3); return r },
		"bool for string":  func(r []Value) []Value { r[0] = BoolValue(true); return r },
		"NaN float column": func(r []Value) []Value { r[5] = Float(math.NaN()); return r },
	} {
		rows := func(emit func([]Value) error) error {
			if err := emit(good()); err != nil {
				return err
			}
			return emit(mutate(good()))
		}
		err := WriteParquet(io.Discard, s, rows, ParquetOptions{})
		var re *RowError
		if !errors.As(err, &re) || re.Row != 2 {
			t.Errorf("%s: err = %v, want a RowError at row 2", name, err)
		}
	}
	// Errors of the row source come back wrapped.
	boom := errors.New("boom")
	err := WriteParquet(io.Discard, s, func(func([]Value) error) error { return boom }, ParquetOptions{})
	if !errors.Is(err, boom) {
		t.Errorf("source error: %v", err)
	}
	// A bad CSV cell names the row.
	_, next := readRecords(t, strings.Replace(sampleCSV, ",-10,", ",minus ten,", 1))
	err = WriteParquet(io.Discard, s, RecordRows(s, next), ParquetOptions{})
	if !errors.As(err, new(*RowError)) || !strings.Contains(err.Error(), "row 2") {
		t.Errorf("bad cell: %v", err)
	}
}

func TestRowGroups(t *testing.T) {
	s := &Schema{Name: "n", Columns: []Column{{Name: "i", Type: Int64}, {Name: "s", Type: String, Nullable: true}}}
	const n = 2500
	rows := func(emit func([]Value) error) error {
		row := make([]Value, 2)
		for i := range n {
			row[0] = Int(int64(i))
			row[1] = Null()
			if i%3 == 0 {
				row[1] = Str(fmt.Sprint("s", i%7))
			}
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	}
	var b bytes.Buffer
	if err := WriteParquet(&b, s, rows, ParquetOptions{RowGroupRows: 1000}); err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.RowGroups()) != 3 || f.NumRows() != n {
		t.Errorf("%d row groups, %d rows; want 3, %d", len(f.RowGroups()), f.NumRows(), n)
	}
}

func TestDataPackage(t *testing.T) {
	s := sampleSchema()
	p := Package{Name: "geopol-output", Title: "geopol output", Resources: []Resource{{Schema: s, Format: CSV}, {Schema: s, Format: Parquet}}}
	var b bytes.Buffer
	if err := WriteDataPackage(&b, p); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "datapackage.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("datapackage.json differs from %s:\n%s", path, b.String())
	}
	for _, bad := range []Package{
		{},
		{Name: "x", Resources: []Resource{{Format: CSV}}},
		{Name: "x", Resources: []Resource{{Schema: s, Format: "xlsx"}}},
		{Name: "x", Resources: []Resource{{Schema: s, Format: CSV}, {Schema: s, Format: CSV}}},
	} {
		if err := WriteDataPackage(io.Discard, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

func FuzzRecordRows(f *testing.F) {
	f.Add(sampleCSV)
	f.Add("a,b\n,,\n")
	f.Fuzz(func(t *testing.T, data string) {
		s := sampleSchema()
		r := csv.NewReader(strings.NewReader(data))
		r.FieldsPerRecord = -1
		var b bytes.Buffer
		err := WriteParquet(&b, s, RecordRows(s, r.Read), ParquetOptions{})
		if err != nil {
			return
		}
		// What was written reads back with as many rows as records.
		f2, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatalf("written file does not open: %v", err)
		}
		recs, _ := csv.NewReader(strings.NewReader(data)).ReadAll()
		if f2.NumRows() != int64(len(recs)) {
			t.Fatalf("%d rows for %d records", f2.NumRows(), len(recs))
		}
	})
}

// BenchmarkWriteParquet writes mention-like rows (codes, offsets, a date, a score) and reports
// bytes of CSV-equivalent input per second and the heap in use at the end of the write.
func BenchmarkWriteParquet(b *testing.B) {
	s := &Schema{Name: "mentions", Columns: []Column{
		{Name: "doc_id", Type: String}, {Name: "start", Type: Int64}, {Name: "end", Type: Int64},
		{Name: "text", Type: String}, {Name: "entity", Type: String}, {Name: "type", Type: String},
		{Name: "date", Type: Date, Nullable: true}, {Name: "score", Type: Float64},
	}}
	const n = 200_000
	names := []string{"Russia", "United States", "Ukraine", "the European Union", "Beijing", "NATO"}
	ids := []string{"RUS", "USA", "UKR", "EU", "CHN", "NATO"}
	rows := func(emit func([]Value) error) error {
		row := make([]Value, len(s.Columns))
		for i := range n {
			k := i % len(names)
			row[0] = Str(fmt.Sprintf("doc-%06d", i/40))
			row[1], row[2] = Int(int64(i%5000)), Int(int64(i%5000+len(names[k])))
			row[3], row[4], row[5] = Str(names[k]), Str(ids[k]), Str("GPE")
			row[6] = DateDays(int32(19000 + i/4000))
			row[7] = Float(float64(i%1000) / 1000)
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	}
	var csvBytes int64
	_ = rows(func(r []Value) error {
		for _, v := range r {
			csvBytes += int64(len(v.Text())) + 1
		}
		return nil
	})
	b.SetBytes(csvBytes)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteParquet(&buf, s, rows, ParquetOptions{}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "parquet-bytes")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
