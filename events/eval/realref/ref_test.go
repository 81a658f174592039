package realref

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/geopol/geopol/internal/goldcheck"
)

func testChecker() *Checker {
	return &Checker{
		codes:     goldcheck.Set("010 020 0231 040 042 057 061 111 163 190"),
		plover:    map[string]string{"040": "CONSULT", "042": "CONSULT", "057": "SUPPORT", "061": "COOPERATE", "111": "ACCUSE", "163": "COERCE", "190": "ASSAULT"},
		countries: goldcheck.Set("USA JPN IRN IRQ SUN"),
	}
}

func TestReadRef(t *testing.T) {
	c := testChecker()
	src := "// comment\n# er-001\nref: re3d_dev.jsonl D1 0-11 0123456789ab\nstratum: re3d/filtered\n" +
		"USA -> JPNGOV | 061 | asserted | COOPERATE // note\nJPN -> Islamic State | 010 | reported | -\n\n" +
		"# er-002\nref: re3d_dev.jsonl D1 12-20 0123456789ab\nstratum: re3d/random\nNONE // nothing\n"
	blocks, err := c.ReadRef(strings.NewReader(src), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) != 2 || len(blocks[0].Events) != 2 || len(blocks[1].Events) != 0 {
		t.Fatalf("got %+v", blocks)
	}
	e := blocks[0].Events[0]
	if e != (Event{Source: "USA", Target: "JPNGOV", Code: "061", Root: "06", Modality: "asserted", Plover: "COOPERATE"}) {
		t.Errorf("event %+v", e)
	}
	if blocks[0].Events[1].Plover != "" {
		t.Errorf("statement: PLOVER %q, want empty", blocks[0].Events[1].Plover)
	}
	head := "# er-001\nref: re3d_dev.jsonl D1 0-11 0123456789ab\nstratum: re3d/filtered\n"
	for _, tc := range []struct{ name, src, want string }{
		{"text line", head + "> The sentence.\nNONE\n", "must not enter"},
		{"todo", head + "TODO\n", "not annotated"},
		{"empty", head, "neither events nor NONE"},
		{"mixed", head + "NONE\nUSA -> JPN | 061 | asserted | COOPERATE\n", "mixes NONE"},
		{"bad code", head + "USA -> JPN | 999 | asserted | COOPERATE\n", "CAMEO event code"},
		{"bad modality", head + "USA -> JPN | 061 | certain | COOPERATE\n", "modality"},
		{"plover mismatch", head + "USA -> JPN | 061 | asserted | AID\n", "CAMEO2PLOVER"},
		{"plover dash", head + "USA -> JPN | 061 | asserted | -\n", "not -"},
		{"override without note", head + "USA -> JPN | 061 | asserted | !AID\n", "override"},
		{"three fields", head + "USA -> JPN | 061 | asserted\n", "more field"},
		{"same actor", head + "USA -> USA | 061 | asserted | COOPERATE\n", "source equals target"},
		{"bad role", head + "USAXYZ -> JPN | 061 | asserted | COOPERATE\n", "role code"},
		{"bad country", head + "XXXGOV -> JPN | 061 | asserted | COOPERATE\n", "not an ISO"},
		{"duplicate", head + "USA -> JPN | 061 | asserted | COOPERATE\nUSA -> JPN | 061 | asserted | COOPERATE\n", "duplicate event"},
		{"bad corpus", "# er-001\nref: other.jsonl D1 0-11 0123456789ab\nstratum: re3d/random\nNONE\n", "unknown corpus"},
		{"bad span", "# er-001\nref: re3d_dev.jsonl D1 9-3 0123456789ab\nstratum: re3d/random\nNONE\n", "bad span"},
		{"bad stratum", "# er-001\nref: re3d_dev.jsonl D1 0-3 0123456789ab\nstratum: re3d/all\nNONE\n", "bad stratum"},
		{"same sentence", head + "NONE\n\n# er-002\nref: re3d_dev.jsonl D1 0-11 0123456789ab\nstratum: re3d/random\nNONE\n", "same sentence"},
	} {
		_, err := c.ReadRef(strings.NewReader(tc.src), false)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	if _, err := c.ReadRef(strings.NewReader(head+"> The sentence.\nNONE\n"), true); err != nil {
		t.Errorf("-allow-text: %v", err)
	}
	ov := head + "USA -> JPN | 061 | asserted | !AID // a gift, not a trade\n"
	if b, err := c.ReadRef(strings.NewReader(ov), false); err != nil || b[0].Events[0].Plover != "AID" {
		t.Errorf("override: %v %+v", err, b)
	}
}

func TestMaterialise(t *testing.T) {
	text := "Iran attacked Iraq.\n  Then   it stopped."
	corpus := func(string) ([]Document, error) {
		return []Document{{ID: "D1", Date: "2016-01-01", Text: text, Country: "IRN"}}, nil
	}
	b := Block{ID: "er-001", Corpus: "re3d_dev.jsonl", Doc: "D1", Start: 0, End: 19, Hash: SpanHash(text[:19]), Stratum: "re3d/random",
		Events: []Event{{Source: "IRN", Target: "IRQ", Code: "190", Root: "19", Modality: "asserted", Plover: "ASSAULT"}}}
	b2 := Block{ID: "er-002", Corpus: "re3d_dev.jsonl", Doc: "D1", Start: 20, End: len(text), Hash: SpanHash(text[20:]), Stratum: "re3d/random"}
	recs, err := Materialise([]Block{b, b2}, corpus)
	if err != nil {
		t.Fatal(err)
	}
	if recs[0].Text != "Iran attacked Iraq." || recs[1].Text != "Then it stopped." || recs[0].Date != "2016-01-01" || recs[0].Country != "IRN" {
		t.Errorf("records %+v", recs)
	}
	if recs[1].Events == nil {
		t.Error("a NONE sentence must have events [] (not null)")
	}
	line, _ := json.Marshal(recs[1])
	if !strings.Contains(string(line), `"events":[]`) {
		t.Errorf("JSON %s", line)
	}
	bad := b
	bad.Hash = "000000000000"
	if _, err := Materialise([]Block{bad}, corpus); err == nil || !strings.Contains(err.Error(), "corpus changed") {
		t.Errorf("hash mismatch: %v", err)
	}
	bad = b
	bad.Doc = "D9"
	if _, err := Materialise([]Block{bad}, corpus); err == nil || !strings.Contains(err.Error(), "not in") {
		t.Errorf("unknown document: %v", err)
	}
	bad = b
	bad.End = 999
	if _, err := Materialise([]Block{bad}, corpus); err == nil || !strings.Contains(err.Error(), "past the end") {
		t.Errorf("span past the end: %v", err)
	}
	s := Summary(recs)
	for _, w := range []string{"2 sentences, 1 events, 1 sentences without events (50.0%)", "root: 19 1;", "plover: ASSAULT 1;"} {
		if !strings.Contains(s, w) {
			t.Errorf("summary lacks %q:\n%s", w, s)
		}
	}
}

// TestBuild materialises a reference file from a shared directory given as an fs.FS: an in-memory
// file system with a corpus written here and the real CAMEO and PLOVER tables, read from ../shared
// (NewChecker refuses tables too small to be the real ones), and checks the JSONL bytes of Encode.
func TestBuild(t *testing.T) {
	shared := os.DirFS(filepath.Join("..", "..", "..", "..", "shared"))
	if _, err := fs.Stat(shared, CAMEOCodesPath); err != nil {
		t.Skipf("shared data not present (%v): Build reads the CAMEO and PLOVER tables from ../shared", err)
	}
	text := "Iran attacked Iraq.\n  Then   it stopped."
	corpus, _ := json.Marshal(map[string]any{"id": 7, "date": "2016-01-01", "text": text})
	mem := fstest.MapFS{
		CAMEOCodesPath:             &fstest.MapFile{Data: readAll(t, shared, CAMEOCodesPath)},
		PLOVERPath:                 &fstest.MapFile{Data: readAll(t, shared, PLOVERPath)},
		"data/gold/re3d_dev.jsonl": &fstest.MapFile{Data: append(corpus, '\n')},
	}
	countries, err := os.Open(filepath.Join("..", "..", "..", "entities", "data", "countries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer countries.Close()
	ref := "# er-001\nref: re3d_dev.jsonl 7 0-19 " + SpanHash(text[:19]) + "\nstratum: re3d/random\nIRN -> IRQ | 190 | asserted | ASSAULT\n\n" +
		"# er-002\nref: re3d_dev.jsonl 7 20-" + strconv.Itoa(len(text)) + " " + SpanHash(text[20:]) + "\nstratum: re3d/random\nNONE\n"
	recs, err := Build(mem, countries, strings.NewReader(ref), false)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encode(recs)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"er-001","text":"Iran attacked Iraq.","events":[{"source":"IRN","target":"IRQ","code":"190","root":"19","modality":"asserted","plover":"ASSAULT"}],"corpus":"re3d_dev.jsonl","doc":"7","start":0,"end":19,"date":"2016-01-01","stratum":"re3d/random"}` + "\n" +
		`{"id":"er-002","text":"Then it stopped.","events":[],"corpus":"re3d_dev.jsonl","doc":"7","start":20,"end":40,"date":"2016-01-01","stratum":"re3d/random"}` + "\n"
	if string(b) != want {
		t.Errorf("Encode:\n%s\nwant\n%s", b, want)
	}
	delete(mem, "data/gold/re3d_dev.jsonl")
	if _, err := countries.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(mem, countries, strings.NewReader(ref), false); err == nil {
		t.Error("Build with the corpus absent: no error")
	}
}

func readAll(t *testing.T, fsys fs.FS, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
