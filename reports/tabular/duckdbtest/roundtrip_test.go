package duckdbtest

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/geopol/geopol/reports/tabular"
)

// sampleSchema has every type, nullable and required columns; sampleCSV the cells that trouble
// CSV and Parquet writers: quotes, commas, newlines, non-ASCII text, codes with leading zeros,
// dates before 1970, an empty string that is not null, the extremes of int64.
func sampleSchema() *tabular.Schema {
	return &tabular.Schema{
		Name: "events", Title: "Events",
		Columns: []tabular.Column{
			{Name: "event_id", Type: tabular.String},
			{Name: "date", Type: tabular.Date, Nullable: true},
			{Name: "source", Type: tabular.String},
			{Name: "event_code", Type: tabular.String},
			{Name: "quad_class", Type: tabular.Int64},
			{Name: "goldstein", Type: tabular.Float64, Nullable: true},
			{Name: "negated", Type: tabular.Bool},
			{Name: "mentions", Type: tabular.Int64, Nullable: true},
			{Name: "note", Type: tabular.String, Nullable: true},
		},
		PrimaryKey: []string{"event_id"},
	}
}

const sampleCSV = `event_id,date,source,event_code,quad_class,goldstein,negated,mentions,note
e1,2024-03-10,FRA,0231,1,3.4,false,12,plain
e2,,RUS,190,4,-10,true,,
e3,1969-07-20,"Côte d'Ivoire, the",042,1,,false,-9223372036854775808,"multi
line ""quoted"""
e4,2100-01-01,,010,2,0.1,false,9223372036854775807,日本語
e5,2024-02-29,USA,1711,4,-9223.372036854775,true,0,"a,b"
`

// files writes NAME.csv, NAME.parquet and datapackage.json into dir from CSV text.
func files(t *testing.T, dir string, s *tabular.Schema, csvText string, o tabular.ParquetOptions) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, s.Name+".csv"), []byte(csvText), 0o644); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(csvText))
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range s.Columns {
		if header[i] != c.Name {
			t.Fatalf("header %v", header)
		}
	}
	var pq bytes.Buffer
	if err := tabular.WriteParquet(&pq, s, tabular.RecordRows(s, r.Read), o); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, s.Name+".parquet"), pq.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var dp bytes.Buffer
	err = tabular.WriteDataPackage(&dp, tabular.Package{Name: "test", Resources: []tabular.Resource{
		{Schema: s, Format: tabular.CSV}, {Schema: s, Format: tabular.Parquet}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "datapackage.json"), dp.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// duckType is the DuckDB type of a Table Schema type.
var duckType = map[string]string{"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "date": "DATE", "boolean": "BOOLEAN"}

// parquetType is the physical type and logical annotation a Table Schema type must have.
var parquetType = map[string][2]string{
	"string": {"BYTE_ARRAY", "UTF8"}, "integer": {"INT64", ""}, "number": {"DOUBLE", ""},
	"date": {"INT32", "DATE"}, "boolean": {"BOOLEAN", ""},
}

type dpField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Constraints *struct {
		Required bool `json:"required"`
	} `json:"constraints"`
}

// csvResource reads the CSV resource's fields from datapackage.json.
func csvResource(t *testing.T, dir, name string) []dpField {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dp struct {
		Resources []struct {
			Name, Path, Format string
			Schema             struct{ Fields []dpField }
		}
	}
	if err := json.Unmarshal(data, &dp); err != nil {
		t.Fatal(err)
	}
	for _, r := range dp.Resources {
		if r.Name == name && r.Format == "csv" {
			return r.Schema.Fields
		}
	}
	t.Fatalf("no CSV resource %s in datapackage.json", name)
	return nil
}

func open(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// roundTrip checks the Parquet file of a table against its CSV and its data package, with
// DuckDB: types, then the rows (as multisets, and cell by cell in order). It returns the number
// of rows.
func roundTrip(t *testing.T, db *sql.DB, dir, name string) int {
	t.Helper()
	fields := csvResource(t, dir, name)
	pq := quote(filepath.Join(dir, name+".parquet"))

	// 1. The Parquet schema: physical type, logical type, repetition.
	rows, err := db.Query(`SELECT name, type, coalesce(converted_type, ''), repetition_type
		FROM parquet_schema(` + pq + `) WHERE num_children IS NULL OR num_children = 0`)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for rows.Next() {
		var col, typ, conv, rep string
		if err := rows.Scan(&col, &typ, &conv, &rep); err != nil {
			t.Fatal(err)
		}
		if i >= len(fields) {
			t.Fatalf("parquet column %s beyond the %d fields", col, len(fields))
		}
		f := fields[i]
		want := parquetType[f.Type]
		wantRep := "OPTIONAL"
		if f.Constraints != nil && f.Constraints.Required {
			wantRep = "REQUIRED"
		}
		if col != f.Name || typ != want[0] || conv != want[1] || rep != wantRep {
			t.Errorf("parquet column %d: %s %s %s %s, want %s %s %s %s", i, col, typ, conv, rep, f.Name, want[0], want[1], wantRep)
		}
		i++
	}
	rows.Close()
	if i != len(fields) {
		t.Errorf("%d parquet columns, want %d", i, len(fields))
	}

	// 2. The types DuckDB gives the columns.
	rows, err = db.Query(`DESCRIBE SELECT * FROM read_parquet(` + pq + `)`)
	if err != nil {
		t.Fatal(err)
	}
	cols, _ := rows.Columns()
	i = 0
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for k := range vals {
			ptrs[k] = &vals[k]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		if got, want := fmt.Sprint(vals[1]), duckType[fields[i].Type]; got != want {
			t.Errorf("DuckDB reads %s as %s, want %s", vals[0], got, want)
		}
		i++
	}
	rows.Close()

	// 3. The CSV read with the declared types: the same multiset of rows.
	var spec, notNull []string
	for _, f := range fields {
		spec = append(spec, quote(f.Name)+": "+quote(duckType[f.Type]))
		if f.Type == "string" && f.Constraints != nil && f.Constraints.Required {
			notNull = append(notNull, quote(f.Name)) // an empty cell is the empty string
		}
	}
	csvSQL := `read_csv(` + quote(filepath.Join(dir, name+".csv")) + `, header = true, quote = '"', escape = '"',
		columns = {` + strings.Join(spec, ", ") + `}, force_not_null = [` + strings.Join(notNull, ", ") + `])`
	var nCSV, nPQ, onlyPQ, onlyCSV int
	q := fmt.Sprintf(`SELECT (SELECT count(*) FROM %[1]s), (SELECT count(*) FROM read_parquet(%[2]s)),
		(SELECT count(*) FROM (SELECT * FROM read_parquet(%[2]s) EXCEPT ALL SELECT * FROM %[1]s)),
		(SELECT count(*) FROM (SELECT * FROM %[1]s EXCEPT ALL SELECT * FROM read_parquet(%[2]s)))`, csvSQL, pq)
	if err := db.QueryRow(q).Scan(&nCSV, &nPQ, &onlyPQ, &onlyCSV); err != nil {
		t.Fatal(err)
	}
	if nCSV != nPQ || onlyPQ != 0 || onlyCSV != 0 {
		t.Errorf("%s: %d CSV rows, %d Parquet rows; %d only in Parquet, %d only in CSV", name, nCSV, nPQ, onlyPQ, onlyCSV)
	}

	// 4. Cell by cell, in file order, against the CSV parsed here.
	f, err := os.Open(filepath.Join(dir, name+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	if _, err := cr.Read(); err != nil {
		t.Fatal(err)
	}
	rows, err = db.Query(`SELECT * FROM read_parquet(` + pq + `)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	vals := make([]any, len(fields))
	ptrs := make([]any, len(fields))
	for k := range vals {
		ptrs[k] = &vals[k]
	}
	bad := 0
	for rows.Next() {
		n++
		rec, err := cr.Read()
		if err != nil {
			t.Fatalf("row %d: CSV ended: %v", n, err)
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for k, fd := range fields {
			if msg := sameCell(fd, rec[k], vals[k]); msg != "" && bad < 10 {
				bad++
				t.Errorf("%s row %d column %s: %s", name, n, fd.Name, msg)
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if _, err := cr.Read(); err == nil {
		t.Errorf("%s: the CSV has more rows than the %d of the Parquet file", name, n)
	}
	return n
}

// sameCell compares a CSV cell with the value DuckDB read from Parquet; "" when they agree.
func sameCell(f dpField, cell string, v any) string {
	required := f.Constraints != nil && f.Constraints.Required
	if cell == "" && (!required || f.Type != "string") {
		if v != nil {
			return fmt.Sprintf("CSV empty, Parquet %v (%T)", v, v)
		}
		return ""
	}
	if v == nil {
		return fmt.Sprintf("CSV %q, Parquet null", cell)
	}
	switch f.Type {
	case "string":
		if s, ok := v.(string); !ok || s != cell {
			return fmt.Sprintf("CSV %q, Parquet %#v", cell, v)
		}
	case "integer":
		want, _ := strconv.ParseInt(cell, 10, 64)
		if i, ok := v.(int64); !ok || i != want {
			return fmt.Sprintf("CSV %s, Parquet %#v", cell, v)
		}
	case "number":
		want, _ := strconv.ParseFloat(cell, 64)
		if x, ok := v.(float64); !ok || x != want || math.Signbit(x) != math.Signbit(want) {
			return fmt.Sprintf("CSV %s, Parquet %#v", cell, v)
		}
	case "date":
		if d, ok := v.(time.Time); !ok || d.UTC().Format(time.DateOnly) != cell {
			return fmt.Sprintf("CSV %s, Parquet %#v", cell, v)
		}
	case "boolean":
		want, _ := strconv.ParseBool(cell)
		if b, ok := v.(bool); !ok || b != want {
			return fmt.Sprintf("CSV %s, Parquet %#v", cell, v)
		}
	}
	return ""
}

func TestSampleRoundTrip(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, sampleSchema(), sampleCSV, tabular.ParquetOptions{})
	db := open(t)
	if n := roundTrip(t, db, dir, "events"); n != 5 {
		t.Errorf("%d rows, want 5", n)
	}
	// Spot checks in SQL, as an analyst would write them.
	var code string
	var days int
	if err := db.QueryRow(`SELECT event_code, date_diff('day', DATE '1970-01-01', date) FROM read_parquet(`+
		quote(filepath.Join(dir, "events.parquet"))+`) WHERE event_id = 'e3'`).Scan(&code, &days); err != nil {
		t.Fatal(err)
	}
	if code != "042" || days != -165 {
		t.Errorf("e3: code %q, %d days from the epoch; want 042, -165", code, days)
	}
}

// TestLargeRoundTrip writes 300,000 rows in row groups of 128 Ki rows and wants every row back.
func TestLargeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("300,000 rows")
	}
	s := &tabular.Schema{Name: "mentions", Columns: []tabular.Column{
		{Name: "doc_id", Type: tabular.String}, {Name: "start", Type: tabular.Int64},
		{Name: "end", Type: tabular.Int64}, {Name: "entity", Type: tabular.String},
		{Name: "date", Type: tabular.Date, Nullable: true}, {Name: "score", Type: tabular.Float64, Nullable: true},
	}}
	const n = 300_000
	var b strings.Builder
	b.WriteString("doc_id,start,end,entity,date,score\n")
	ents := []string{"RUS", "USA", "UKR", "EU", "CHN", "NATO", "PSE"}
	for i := range n {
		date := ""
		if i%11 != 0 {
			date = time.Date(2020, 1, 1+i/1000, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		score := ""
		if i%13 != 0 {
			score = strconv.FormatFloat(float64(i%997)/997-0.5, 'g', -1, 64)
		}
		fmt.Fprintf(&b, "doc-%05d,%d,%d,%s,%s,%s\n", i/37, i%4000, i%4000+5, ents[i%len(ents)], date, score)
	}
	dir := t.TempDir()
	files(t, dir, s, b.String(), tabular.ParquetOptions{})
	db := open(t)
	if got := roundTrip(t, db, dir, "mentions"); got != n {
		t.Errorf("%d rows, want %d", got, n)
	}
	var groups int
	if err := db.QueryRow(`SELECT count(DISTINCT row_group_id) FROM parquet_metadata(` +
		quote(filepath.Join(dir, "mentions.parquet")) + `)`).Scan(&groups); err != nil {
		t.Fatal(err)
	}
	if want := (n + tabular.DefaultRowGroupRows - 1) / tabular.DefaultRowGroupRows; groups != want {
		t.Errorf("%d row groups, want %d", groups, want)
	}
}
