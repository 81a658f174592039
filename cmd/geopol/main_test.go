package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/events"
)

// run executes geopol with args and returns the exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := execute(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// deterministicFiles are the analyze outputs that must be byte-identical across runs and worker
// counts; summary.json is left out because it records timings, throughput and the worker count.
var deterministicFiles = []string{
	"documents.csv", "mentions.jsonl", "entities.csv", "nodes.csv", "edges.csv", "network.gexf",
	"topics.csv", "doc_topics.csv", "relations.csv", "dyads.csv", "network.graphml", "network_dynamic.gexf", "topics_time.csv", "actor_topics.csv",
}

func TestAnalyzeSampleIsDeterministicAcrossWorkers(t *testing.T) {
	dirs := map[string]string{}
	for _, w := range []string{"1", "2", "2"} {
		dir := filepath.Join(t.TempDir(), "out")
		code, _, stderr := run(t, "", "analyze", "-o", dir, "--workers", w, "--quiet")
		if code != 0 {
			t.Fatalf("analyze --workers %s: exit %d: %s", w, code, stderr)
		}
		if stderr != "" {
			t.Errorf("--quiet printed %q", stderr)
		}
		for _, f := range deterministicFiles {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			if len(b) == 0 {
				t.Errorf("%s is empty", f)
			}
			if prev, ok := dirs[f]; ok && prev != string(b) {
				t.Errorf("%s differs between runs (workers %s)", f, w)
			}
			dirs[f] = string(b)
		}
		var sum map[string]any
		b, err := os.ReadFile(filepath.Join(dir, "summary.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &sum); err != nil {
			t.Fatalf("summary.json: %v", err)
		}
		if sum["documents"].(float64) < 30 {
			t.Errorf("summary documents = %v", sum["documents"])
		}
	}
	// The outputs hold what the contract says.
	recs, err := csv.NewReader(strings.NewReader(dirs["documents.csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "doc_id,source,title,date,bytes,tokens,sentences,entities,status,error,countries,focus_country,dateline" {
		t.Errorf("documents.csv header = %s", got)
	}
	if len(recs) < 31 {
		t.Errorf("documents.csv has %d rows", len(recs)-1)
	}
	if !strings.HasPrefix(dirs["edges.csv"], "Source,Target,Type,Weight,Documents,PMI,NPMI") {
		t.Errorf("edges.csv header: %q", dirs["edges.csv"][:60])
	}
	if !strings.HasPrefix(dirs["nodes.csv"], "Id,Label,Type,Country,Mentions,Documents") {
		t.Errorf("nodes.csv header: %q", dirs["nodes.csv"][:60])
	}
	if !strings.Contains(dirs["entities.csv"], "\nIRN,Iran,") {
		t.Errorf("entities.csv has no IRN row labelled Iran")
	}
}

func TestAnalyzeRefusesNonEmptyOutputWithoutForce(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "report.md"), []byte("stale"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "", "analyze", "-o", dir, "--quiet")
	if code != 2 || !strings.Contains(stderr, "--force") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr = run(t, "", "network", "-o", dir, "--quiet", "--force"); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "edges.csv")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "topics.csv")); err == nil {
		t.Error("network wrote topics.csv")
	}
	if _, err := os.Stat(filepath.Join(dir, "report.md")); err == nil {
		t.Error("--force left an earlier run's report.md beside the new outputs")
	}
	if _, err := os.Stat(filepath.Join(dir, "keep.txt")); err != nil {
		t.Errorf("--force removed a file that is not an output: %v", err)
	}
}

func TestExitCodes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-dir")
	cases := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"missing path", []string{"extract", missing}, 2, missing},
		{"bad flag", []string{"extract", "--nope"}, 2, "unknown flag"},
		{"bad window", []string{"analyze", "--window", "chapter", "-o", t.TempDir()}, 2, "window"},
		{"bad workers", []string{"extract", "--workers", "0"}, 2, "--workers"},
		{"eval without gold", []string{"eval"}, 2, "--gold"},
		{"eval missing gold", []string{"eval", "--gold", missing}, 2, missing},
		{"bad ner", []string{"extract", "--ner", "spacy"}, 2, "--ner"},
		{"missing verb dictionary", []string{"analyze", "--verbs", missing, "-o", filepath.Join(t.TempDir(), "never")}, 2, "--verbs"},
		{"bad ontology", []string{"analyze", "--ontology", "weis", "-o", filepath.Join(t.TempDir(), "never")}, 2, "--ontology"},
		{"eval below floor", []string{"eval", "--gold", "../../testdata/gold/project_news.jsonl", "--min-f1", "0.9999", "--ner", "none"}, 3, "below"},
		{"eval events below floor", []string{"eval", "events", "--gold", "../../testdata/gold/events.jsonl", "--min-f1", "0.99"}, 3, "below"},
		{"eval events bad kind", []string{"eval", "events", "--gold", "../../testdata/gold/events.jsonl", "--kind", "x"}, 2, "--kind"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"extra argument", []string{"version", "extra"}, 2, "extra"},
		{"eval events min-f1 range", []string{"eval", "events", "--gold", "../../testdata/gold/events.jsonl", "--min-f1", "5"}, 2, "--min-f1"},
		{"analyze missing path", []string{"analyze", missing, "-o", filepath.Join(t.TempDir(), "never")}, 2, missing},
		{"version", []string{"version"}, 0, ""},
		{"eval countries without gold", []string{"eval", "countries"}, 2, "--gold"},
		{"eval countries bad part", []string{"eval", "countries", "--gold", countriesGold(t), "--part", "test"}, 2, "--part"},
		{"eval countries below floor", []string{"eval", "countries", "--gold", countriesGold(t), "--min-f1", "0.99"}, 3, "below"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := run(t, "", c.args...)
			if code != c.code || !strings.Contains(stderr, c.err) {
				t.Errorf("exit %d (want %d), stderr %q (want it to contain %q)", code, c.code, stderr, c.err)
			}
			for i, a := range c.args {
				if a == "-o" && filepath.Base(c.args[i+1]) == "never" {
					if _, err := os.Stat(c.args[i+1]); err == nil {
						t.Errorf("a failed run created its output directory %s", c.args[i+1])
					}
				}
			}
		})
	}
}

// TestBadDocumentsAreReportedNotFatal feeds a folder of broken inputs: each becomes an error row of
// documents.csv and a line on stderr, the good document is still processed, and the run exits 0
// (1 with --strict).
func TestBadDocumentsAreReportedNotFatal(t *testing.T) {
	in := t.TempDir()
	files := map[string][]byte{
		"good.txt":      []byte("Iranian officials met the IAEA in Vienna on Monday.\n"),
		"empty.txt":     {},
		"binary.txt":    {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0},
		"latin1.txt":    []byte("Caf\xe9 talks between France and Germany.\n"),
		"nobody.html":   []byte("<html><head><title>x</title></head><body><nav>Home | World</nav></body></html>"),
		"rows.jsonl":    []byte("{\"id\":\"a\",\"text\":\"Russia and Ukraine.\"}\n{broken\n{\"id\":\"c\",\"text\":\"NATO met.\"}\n"),
		"table.csv":     []byte("id,text\n1,\"China and India\"\n2,\"Japan\",extra\n3,Chile\n"),
		"notes.unknown": []byte("skipped"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := run(t, "", "analyze", in, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "documents.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	status := map[string][]string{}
	for _, r := range recs[1:] {
		status[r[0]] = r
	}
	for _, id := range []string{"empty.txt", "binary.txt", "nobody.html", "rows.jsonl:2"} {
		r, ok := status[id]
		if !ok || r[8] != "error" || r[9] == "" {
			t.Errorf("%s: row %q, want status error with a reason", id, r)
		}
		if !strings.Contains(stderr, id) {
			t.Errorf("stderr does not name %s: %s", id, stderr)
		}
	}
	for _, id := range []string{"good.txt", "a", "c", "latin1.txt"} {
		if r, ok := status[id]; !ok || r[8] != "ok" {
			t.Errorf("%s: row %q, want status ok", id, r)
		}
	}
	if r := status["latin1.txt"]; !strings.Contains(r[9], "UTF-8") {
		t.Errorf("latin1.txt: the replaced invalid UTF-8 is not reported: %q", r)
	}
	if !strings.Contains(stderr, "notes.unknown") {
		t.Errorf("skipped file not reported: %s", stderr)
	}
	csvErr := false
	for id, r := range status {
		if strings.HasPrefix(id, "table.csv") && r[8] == "error" {
			csvErr = true
		}
	}
	if !csvErr {
		t.Errorf("malformed CSV row not reported: %v", status)
	}
	code, _, _ = run(t, "", "extract", in, "--strict", "--quiet")
	if code != 1 {
		t.Errorf("--strict: exit %d, want 1", code)
	}
}

func TestExtractStdinAndSpans(t *testing.T) {
	in := `{"id":"x1","text":"Iranian President Hassan Rouhani met German Chancellor Angela Merkel in Berlin."}
{"id":2,"text":"The Kremlin said Moscow would respond to NATO."}
`
	code, out, stderr := run(t, in, "extract", "-", "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines: %s", len(lines), out)
	}
	texts := []string{
		"Iranian President Hassan Rouhani met German Chancellor Angela Merkel in Berlin.",
		"The Kremlin said Moscow would respond to NATO.",
	}
	want := []map[string]string{
		{"Iranian": "IRN", "Hassan Rouhani": "Hassan Rouhani", "German": "DEU", "Angela Merkel": "Angela Merkel"},
		{"Kremlin": "RUS", "Moscow": "RUS", "NATO": "NATO"},
	}
	for i, l := range lines {
		var d struct {
			ID       string `json:"id"`
			Entities []struct {
				Start, End   int
				Text, Entity string
			} `json:"entities"`
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range d.Entities {
			if texts[i][e.Start:e.End] != e.Text {
				t.Errorf("span %d:%d is %q, text %q", e.Start, e.End, texts[i][e.Start:e.End], e.Text)
			}
			got[e.Text] = e.Entity
		}
		for k, v := range want[i] {
			if got[k] != v {
				t.Errorf("doc %s: %q → %q, want %q (all: %v)", d.ID, k, got[k], v, got)
			}
		}
	}
}

// TestRelationsRowsPointIntoTheText checks every row of relations.csv against the document text: the
// source and target spans are mentions inside the evidence sentence, and the evidence is the text.
func TestRelationsRowsPointIntoTheText(t *testing.T) {
	texts := map[string]string{
		"a": "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations. China welcomed the deal.",
		"b": "Russian forces shelled Ukrainian positions near Kharkiv, and Ukraine accused Moscow of war crimes.",
		"c": "The United States imposed new sanctions on Iran. NATO urged Russia to withdraw its troops.",
		"d": "Égypte: the Egyptian foreign minister met his Qatari counterpart in Doha to discuss Gaza.",
	}
	var in strings.Builder
	for _, id := range []string{"a", "b", "c", "d"} {
		b, _ := json.Marshal(map[string]string{"id": id, "text": texts[id], "date": "2024-05-10"})
		in.Write(b)
		in.WriteByte('\n')
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := run(t, in.String(), "analyze", "-", "-o", out, "--quiet", "--dyad-period", "month")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(out, "relations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if len(recs) < 5 {
		t.Fatalf("only %d events from four documents full of them", len(recs)-1)
	}
	atoi := func(s string) int {
		var n int
		if _, err := fmt.Sscan(s, &n); err != nil {
			t.Fatalf("not a number: %q", s)
		}
		return n
	}
	for _, r := range recs[1:] {
		text := texts[r[col["doc_id"]]]
		ev := r[col["evidence"]]
		at := strings.Index(text, ev)
		if ev == "" || at < 0 {
			t.Errorf("evidence %q is not in document %s", ev, r[col["doc_id"]])
			continue
		}
		for _, side := range []string{"source", "target"} {
			s, e := atoi(r[col[side+"_start"]]), atoi(r[col[side+"_end"]])
			if s < at || e > at+len(ev) || s >= e {
				t.Errorf("%s span %d:%d outside the evidence [%d,%d) in %s", side, s, e, at, at+len(ev), r[col["doc_id"]])
			}
		}
		if q := r[col["quad_class"]]; q < "1" || q > "4" {
			t.Errorf("quad class %q", q)
		}
		if c := r[col["event_code"]]; len(c) < 3 || c[:2] != r[col["event_root"]] {
			t.Errorf("code %q, root %q", c, r[col["event_root"]])
		}
		// the columns of the second wave: an event id of the mention's date, pair and code, the
		// PLOVER coding of the code, a confidence in [0.2, 1]
		if id := r[col["event_id"]]; id != events.EventID("2024-05-10", r[col["source"]], r[col["target"]], r[col["event_code"]]) {
			t.Errorf("event_id %q", id)
		}
		if p, _ := events.PLOVEROf(r[col["event_code"]]); r[col["plover_event"]] != p.Event || r[col["plover_mode"]] != p.Mode {
			t.Errorf("plover_event %q, mode %q for code %s", r[col["plover_event"]], r[col["plover_mode"]], r[col["event_code"]])
		}
		if c := r[col["confidence"]]; c < "0.2" || c > "1.000000" {
			t.Errorf("confidence %q", c)
		}
	}
	b, err := os.ReadFile(filepath.Join(out, "dyads.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "source,target,event_root,quad_class,events,documents,goldstein_sum,goldstein_mean,first_date,last_date,period,distinct_events,sources,plover_event,source_country,source_role,target_country,target_role\n") {
		t.Errorf("dyads.csv header: %q", strings.SplitN(string(b), "\n", 2)[0])
	}
	if !strings.Contains(string(b), ",2024-05,1,1,,RUS,MIL,UKR,MIL\n") {
		t.Errorf("dyads.csv has no monthly period with its distinct events and sources: %s", b)
	}
	// --ontology plover counts dyads per PLOVER event type
	out2 := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := run(t, in.String(), "analyze", "-", "-o", out2, "--quiet", "--ontology", "plover"); code != 0 {
		t.Fatalf("--ontology plover: exit %d: %s", code, stderr)
	}
	b, err = os.ReadFile(filepath.Join(out2, "dyads.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "RUSMIL,UKRMIL,,4,") || !strings.Contains(string(b), ",ASSAULT,RUS,MIL,UKR,MIL\n") {
		t.Errorf("dyads.csv in PLOVER types: %s", b)
	}
	if code, _, _ := run(t, in.String(), "analyze", "-", "-o", filepath.Join(t.TempDir(), "x"), "--quiet", "--ontology", "idea"); code != 2 {
		t.Errorf("--ontology idea: exit %d, want 2", code)
	}
}

// TestTopicsLDA checks geopol topics --method lda: topics.csv and doc_topics.csv written, the same
// bytes with 1 and 2 workers, the method recorded in summary.json, and a bad method refused (exit 2).
func TestTopicsLDA(t *testing.T) {
	var outs [2]string
	for i, workers := range []string{"1", "2"} {
		outs[i] = filepath.Join(t.TempDir(), "out")
		if code, _, errs := run(t, "", "topics", "--method", "lda", "-k", "4", "--quiet", "--workers", workers, "-o", outs[i]); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
	}
	for _, name := range []string{"topics.csv", "doc_topics.csv"} {
		a, err := os.ReadFile(filepath.Join(outs[0], name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(outs[1], name))
		if err != nil {
			t.Fatal(err)
		}
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: empty or different across worker counts", name)
		}
	}
	sum, err := os.ReadFile(filepath.Join(outs[0], "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(sum, []byte(`"topic_method": "lda"`)) {
		t.Errorf("summary.json does not record the LDA method")
	}
	if code, _, _ := run(t, "", "topics", "--method", "nmf", "-o", filepath.Join(t.TempDir(), "x")); code != 2 {
		t.Errorf("--method nmf: exit %d, want 2", code)
	}
}

// countriesGold writes a small document-country gold file: two wire stories, one labelled with a
// country it does not name.
func countriesGold(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "countries.jsonl")
	b := `{"id": "1", "date": "1987-03-02", "text": "OIL OUTPUT FALLS\nHOUSTON, March 2 - Texas oil output fell.", "places": ["usa"]}
{"id": "2", "date": "1987-03-02", "text": "BOND ISSUE\nLONDON, March 2 - A bank issued bonds.", "places": ["uk", "japan"]}
`
	if err := os.WriteFile(p, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalCountries(t *testing.T) {
	code, out, stderr := run(t, "", "eval", "countries", "--gold", countriesGold(t), "--errors")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{"documents 2", "tp 2 fp 0 fn 1", "2\t-JPN\tpred GBR"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// TestVersionAttributions checks that `geopol version` shows the notices the licences of the
// embedded data ask for.
func TestVersionAttributions(t *testing.T) {
	code, out, stderr := run(t, "", "version")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"(commit ", "GeoNames", "CC BY 4.0", "CAMEO.2.0 verb dictionary", "MIT", "PLOVER", "CC BY-SA 4.0"} {
		if !strings.Contains(out, want) {
			t.Errorf("geopol version lacks %q:\n%s", want, out)
		}
	}
}

// groundingGold writes a two-document grounding gold file: a town pinned by a dateline and named
// again, and a capital standing for its government.
func groundingGold(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "grounding.jsonl")
	b := `{"id":"a","date":"2024-05-03","text":"PARIS, Texas (AP) — Rain closed two roads north of Paris on Thursday.","mentions":[{"start":0,"end":5,"text":"PARIS","type":"GPE","country":"USA","geonames_id":4717560,"admin1":"TX","name":"Paris","note":""},{"start":53,"end":58,"text":"Paris","type":"GPE","country":"USA","geonames_id":4717560,"admin1":"TX","name":"Paris","note":""}]}
{"id":"b","date":"2022-03-01","text":"Moscow said on Tuesday that the talks had failed.","mentions":[{"start":0,"end":6,"text":"Moscow","type":"GPE","country":"RUS","role":"GOV","name":"Moscow","note":""}]}
`
	if err := os.WriteFile(p, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalGrounding(t *testing.T) {
	gold := groundingGold(t)
	code, out, stderr := run(t, "", "eval", "grounding", "--gold", gold, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Documents    int `json:"documents"`
		GoldMentions int `json:"gold_mentions"`
		Overlap      struct {
			Total struct {
				All struct{ Correct, Cases int } `json:"all"`
			} `json:"total"`
		} `json:"overlap"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Documents != 2 || rep.GoldMentions != 3 || rep.Overlap.Total.All.Cases != 3 || rep.Overlap.Total.All.Correct != 3 {
		t.Errorf("report %+v, want 2 documents and 3 of 3 mentions right", rep)
	}
	if code, _, stderr := run(t, "", "eval", "grounding", "--gold", gold, "--min-accuracy", "1.01"); code != 2 {
		t.Errorf("--min-accuracy 1.01: exit %d (%s), want 2", code, stderr)
	}
	// A set of places only holds the places' floor; a set with neither target category fails.
	places := filepath.Join(t.TempDir(), "places.jsonl")
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(places, b[:bytes.IndexByte(b, '\n')+1], 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "", "eval", "grounding", "--gold", places, "--min-accuracy", "0.9"); code != 0 {
		t.Errorf("places only, --min-accuracy 0.9: exit %d (%s), want 0", code, stderr)
	}
	control := filepath.Join(t.TempDir(), "control.jsonl")
	if err := os.WriteFile(control, bytes.ReplaceAll(b[:bytes.IndexByte(b, '\n')+1], []byte(`,"name":"Paris"`), nil), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "", "eval", "grounding", "--gold", control, "--min-accuracy", "0.5"); code != 3 || !strings.Contains(stderr, "holds nothing") {
		t.Errorf("no target category, --min-accuracy 0.5: exit %d (%s), want 3", code, stderr)
	}
	if code, _, stderr := run(t, "", "eval", "grounding"); code != 2 || !strings.Contains(stderr, "--gold") {
		t.Errorf("no --gold: exit %d (%s), want 2", code, stderr)
	}
}

// TestNetworkCountryLevel runs `geopol network --level country` on the sample corpus with 1 and 2
// workers: the files are byte-identical, every node is a country or an international
// organization (no person, city or group), and the country network is smaller than the actor
// network of the same corpus.
func TestNetworkCountryLevel(t *testing.T) {
	files := []string{"nodes.csv", "edges.csv", "network.gexf", "network.graphml", "network_dynamic.gexf"}
	var prev map[string]string
	for _, w := range []string{"1", "2"} {
		dir := filepath.Join(t.TempDir(), "out")
		if code, _, stderr := run(t, "", "network", "--level", "country", "-o", dir, "--workers", w, "--quiet"); code != 0 {
			t.Fatalf("network --level country --workers %s: exit %d: %s", w, code, stderr)
		}
		got := map[string]string{}
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			got[f] = string(b)
			if prev != nil && prev[f] != got[f] {
				t.Errorf("%s differs between --workers 1 and %s", f, w)
			}
		}
		prev = got
	}
	rows, err := csv.NewReader(strings.NewReader(prev["nodes.csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		id, typ, country := r[0], r[2], r[3]
		ids[id] = true
		if typ != "GPE" && typ != "ORG" || country != id && typ == "GPE" {
			t.Errorf("node %v is not a country or an organization", r)
		}
	}
	for _, id := range []string{"USA", "RUS", "UKR", "UN"} {
		if !ids[id] {
			t.Errorf("no node %s", id)
		}
	}
	for _, id := range []string{"Volodymyr Zelensky", "Washington", "Gaza", "Arabs", "UNSC"} {
		if ids[id] {
			t.Errorf("node %s at the country level", id)
		}
	}
	dir := filepath.Join(t.TempDir(), "actor")
	if code, _, stderr := run(t, "", "network", "-o", dir, "--quiet"); code != 0 {
		t.Fatalf("network: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "nodes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if actors := strings.Count(string(b), "\n"); actors <= len(rows) {
		t.Errorf("actor network has %d rows, country network %d", actors, len(rows))
	}
	if code, _, stderr := run(t, "", "network", "--level", "nations", "-o", filepath.Join(t.TempDir(), "x"), "--quiet"); code != 2 || !strings.Contains(stderr, "--level") {
		t.Errorf("--level nations: exit %d, %q; want 2 naming --level", code, stderr)
	}
}

// TestAnalyzeGroundingColumns checks the grounding columns of the sample's files: entities.csv
// gives places their GeoNames id and coordinates and keeps capitals out of their country's
// aliases; relations.csv and dyads.csv give each side's country and role.
func TestAnalyzeGroundingColumns(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := run(t, "", "analyze", "--topics", "0", "-o", dir, "--quiet"); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	read := func(name string) (map[string]int, [][]string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		return col, rows[1:]
	}
	col, ents := read("entities.csv")
	if h := []string{"role", "geonames_id", "lat", "lon"}; col["lon"] != len(col)-1 || col["role"] != col["geonames_id"]-1 {
		t.Fatalf("entities.csv does not end with %v: %v", h, col)
	}
	for _, r := range ents {
		switch r[0] {
		case "Washington":
			if r[col["country"]] != "USA" || r[col["geonames_id"]] != "4140963" || !strings.HasPrefix(r[col["lat"]], "38.") {
				t.Errorf("Washington: %v", r)
			}
		case "USA", "IRN", "RUS", "CHN":
			if r[col["geonames_id"]] != "" || r[col["lat"]] != "" {
				t.Errorf("country with a place: %v", r)
			}
			for _, a := range strings.Split(r[col["aliases"]], "|") {
				if a == "Washington" || a == "Tehran" || a == "Moscow" || a == "Beijing" {
					t.Errorf("%s has the capital %s as an alias: %v", r[0], a, r)
				}
			}
		}
		if r[col["type"]] == "PERSON" && r[col["geonames_id"]] != "" {
			t.Errorf("person with a place: %v", r)
		}
	}
	for _, name := range []string{"relations.csv", "dyads.csv"} {
		col, rows := read(name)
		if col["target_role"] != len(col)-1 || col["source_country"] != len(col)-4 {
			t.Fatalf("%s does not end with the four side columns: %v", name, col)
		}
		sided := 0
		for _, r := range rows {
			if r[col["source_country"]] != "" || r[col["source_role"]] != "" {
				sided++
			}
			src := r[col["source"]]
			if len(src) == 6 && strings.HasSuffix(src, "GOV") && (r[col["source_country"]] != src[:3] || r[col["source_role"]] != "GOV") {
				t.Errorf("%s: source %s has side %q %q", name, src, r[col["source_country"]], r[col["source_role"]])
			}
			if src == "USA" && r[col["source_country"]] != "USA" {
				t.Errorf("%s: source USA has country %q", name, r[col["source_country"]])
			}
		}
		if sided < len(rows)/2 {
			t.Errorf("%s: %d of %d rows have a source side", name, sided, len(rows))
		}
	}
}
