package duckdbtest

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/pipeline/output"
)

// analyzeSample runs geopol analyze on the embedded sample corpus with --format csv,parquet and
// --dyad-period month (so that dyads.csv has its optional column) into a new directory.
func analyzeSample(t *testing.T) string {
	t.Helper()
	f := output.DefaultFlags()
	f.Format, f.DyadPeriod = "csv,parquet", "month"
	o, cfg, err := f.Options(output.All)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := output.PrepareDir(dir, false); err != nil {
		t.Fatal(err)
	}
	o.Paths, o.FS, o.Workers, o.Load = []string{"."}, corpus.Sample(), 2, f.Models.Load
	cfg.Dir = dir
	if _, _, err := output.Analyze(context.Background(), output.Run{Options: o, Config: cfg}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRunRoundTrip checks the Parquet files of a real run against its CSV files, with DuckDB:
// every table of datapackage.json has its Parquet file, with the types the data package
// declares and the same rows as the CSV; mentions.parquet has one row per mention of
// mentions.jsonl.
func TestRunRoundTrip(t *testing.T) {
	dir := analyzeSample(t)
	db := open(t)
	data, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dp struct {
		Resources []struct{ Name, Path, Format string }
	}
	if err := json.Unmarshal(data, &dp); err != nil {
		t.Fatal(err)
	}
	tables := map[string]bool{}
	for _, r := range dp.Resources {
		if r.Format == "csv" {
			tables[r.Name] = true
		}
	}
	for _, s := range output.Tables() {
		if !tables[s.Name] {
			t.Errorf("datapackage.json has no CSV resource %s", s.Name)
		}
	}
	rows := map[string]int{}
	for name := range tables {
		t.Run(name, func(t *testing.T) { rows[name] = roundTrip(t, db, dir, name) })
	}
	for _, name := range []string{"documents", "entities", "nodes", "edges", "relations", "dyads", "topics", "doc_topics"} {
		if rows[name] == 0 {
			t.Errorf("%s: no rows: the sample run should have some", name)
		}
	}

	// Typed as an analyst wants them: codes are strings with their zeros, dates are dates.
	var code, root string
	var quad int64
	if err := db.QueryRow(`SELECT event_code, event_root, quad_class FROM read_parquet(`+
		quote(filepath.Join(dir, "relations.parquet"))+`) WHERE event_code LIKE '0%' LIMIT 1`).Scan(&code, &root, &quad); err != nil {
		t.Fatal(err)
	}
	if len(code) < 3 || code[0] != '0' || !strings.HasPrefix(code, root) || quad < 1 || quad > 4 {
		t.Errorf("relations.parquet: event_code %q, event_root %q, quad_class %d", code, root, quad)
	}
	var typ string
	if err := db.QueryRow(`SELECT typeof(first_date) FROM read_parquet(` +
		quote(filepath.Join(dir, "dyads.parquet")) + `) LIMIT 1`).Scan(&typ); err != nil {
		t.Fatal(err)
	}
	if typ != "DATE" {
		t.Errorf("dyads.parquet first_date is %s, want DATE", typ)
	}

	// mentions.parquet: one row per mention, the same spans as mentions.jsonl.
	f, err := os.Open(filepath.Join(dir, "mentions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	want := map[[4]string]int{}
	n := 0
	for sc.Scan() {
		var md entities.MentionDoc
		if err := json.Unmarshal(sc.Bytes(), &md); err != nil {
			t.Fatal(err)
		}
		for _, m := range md.Entities {
			want[[4]string{md.ID, itoa(m.Start), itoa(m.End), m.Entity}]++
			n++
		}
	}
	if n == 0 {
		t.Fatal("no mentions in mentions.jsonl")
	}
	got, err := db.Query(`SELECT doc_id, start, "end", entity FROM read_parquet(` + quote(filepath.Join(dir, "mentions.parquet")) + `)`)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	m := 0
	for got.Next() {
		var id, ent string
		var start, end int64
		if err := got.Scan(&id, &start, &end, &ent); err != nil {
			t.Fatal(err)
		}
		k := [4]string{id, itoa(int(start)), itoa(int(end)), ent}
		if want[k] == 0 {
			t.Errorf("mentions.parquet row %v is not in mentions.jsonl", k)
		}
		want[k]--
		m++
	}
	if m != n {
		t.Errorf("mentions.parquet has %d rows, mentions.jsonl %d mentions", m, n)
	}

	// A join across files on doc_id, as a researcher writes it, finds every relation's document.
	var orphans int
	if err := db.QueryRow(`SELECT count(*) FROM read_parquet(` + quote(filepath.Join(dir, "relations.parquet")) + `) r
		ANTI JOIN read_parquet(` + quote(filepath.Join(dir, "documents.parquet")) + `) d USING (doc_id)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d relations without their document", orphans)
	}
	if err := db.QueryRow(`SELECT count(*) FROM read_parquet(` + quote(filepath.Join(dir, "mentions.parquet")) + `) m
		ANTI JOIN read_csv(` + quote(filepath.Join(dir, "documents.csv")) + `, header = true, all_varchar = true) d USING (doc_id)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d mentions without their document in documents.csv", orphans)
	}

	// The README's DuckDB query runs as written (with the run's directory for out/).
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, query, ok := strings.Cut(string(readme), "```sql\n")
	query, _, ok2 := strings.Cut(query, "```")
	if !ok || !ok2 || !strings.Contains(query, "'out/relations.parquet'") {
		t.Fatalf("README.md has no DuckDB query over out/relations.parquet")
	}
	res, err := db.Query(strings.ReplaceAll(query, "'out/", "'"+dir+"/"))
	if err != nil {
		t.Fatalf("the README's query: %v", err)
	}
	defer res.Close()
	months := 0
	for res.Next() {
		months++
	}
	if err := res.Err(); err != nil || months == 0 {
		t.Errorf("the README's query: %d rows, %v", months, err)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
