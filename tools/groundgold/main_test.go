package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	repoRoot    = "../.."
	geonamesDir = "../../../shared/data/reference/geonames"
)

func testChecker(t *testing.T) *checker {
	t.Helper()
	c, err := newChecker(filepath.Join(repoRoot, "entities", "data", "countries.tsv"), filepath.Join(t.TempDir(), "none"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuildOffsetsAndFields(t *testing.T) {
	c := testChecker(t)
	src := "// comment\n# g-001\ndate: 2024-05-03\n" +
		"[[PARIS|GPE|USA|gn=4717560|a1=TX|name=Paris]], Texas — near [[Lake Victoria|LOC|-|name=Victoria|note=shared]].\n" +
		"[[Chad Wolf|PERSON|USA|role=GOV|name=Chad]] spoke.\n\n" +
		"# g-002\ndate:\n[[Putin|PERSON|RUS|role=GOV]] spoke.\n"
	out, summary, err := c.build(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var d doc
	if err := json.Unmarshal([]byte(lines[0]), &d); err != nil {
		t.Fatal(err)
	}
	if d.ID != "g-001" || d.Date != "2024-05-03" || len(d.Mentions) != 3 {
		t.Fatalf("got %+v", d)
	}
	if !strings.HasPrefix(d.Text, "PARIS, Texas — near Lake Victoria.\nChad Wolf spoke.") {
		t.Errorf("text %q", d.Text)
	}
	for _, m := range d.Mentions {
		if d.Text[m.Start:m.End] != m.Text {
			t.Errorf("span %d-%d holds %q, not %q", m.Start, m.End, d.Text[m.Start:m.End], m.Text)
		}
	}
	m := d.Mentions[1]
	if m.Country != "" || m.Name != "Victoria" || m.Note != "shared" || m.Type != "LOC" {
		t.Errorf("lake: %+v", m)
	}
	if !strings.Contains(lines[0], `"country":""`) || !strings.Contains(lines[0], `"geonames_id":4717560`) {
		t.Errorf("JSON lacks an empty country or the numeric GeoNames id: %s", lines[0])
	}
	if !strings.Contains(lines[1], `"date":""`) {
		t.Errorf("undated document: %s", lines[1])
	}
	for _, s := range []string{"place (ambiguous)", "person (dated)", "person (undated)", "GOV 2"} {
		if !strings.Contains(summary, s) {
			t.Errorf("summary lacks %q:\n%s", s, summary)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	c := testChecker(t)
	doc := func(body string) string { return "# g-001\ndate: 2024-01-01\n" + body + "\n" }
	for _, tc := range []struct{ name, src, want string }{
		{"bad id", "# x-1\ndate:\n[[A|GPE|USA]]\n", "bad id"},
		{"no date line", "# g-001\n[[A|GPE|USA]]\n", "date:"},
		{"bad date", "# g-001\ndate: 2024-13-01\n[[A|GPE|USA]]\n", "bad date"},
		{"no mention", doc("Nothing marked."), "no marked mention"},
		{"unclosed", doc("[[Paris|GPE|FRA"), "unclosed"},
		{"stray", doc("Paris]] x"), "stray"},
		{"two fields", doc("[[Paris|GPE]]"), "want [[surface"},
		{"padded", doc("[[ Paris|GPE|FRA]]"), "padded"},
		{"bad type", doc("[[Paris|CITY|FRA]]"), "unknown type"},
		{"bad country", doc("[[Paris|GPE|FRX]]"), "not an ISO"},
		{"bad key", doc("[[Paris|GPE|FRA|geo=1]]"), "unknown key"},
		{"twice", doc("[[Paris|GPE|FRA|name=a|name=b]]"), "twice"},
		{"person without role", doc("[[Putin|PERSON|RUS]]"), "needs a role"},
		{"bad role", doc("[[Putin|PERSON|RUS|role=PRES]]"), "unknown role"},
		{"place role", doc("[[Paris|GPE|FRA|role=LEG]]"), "no role other than GOV"},
		{"gn without a1", doc("[[Paris|GPE|FRA|gn=2988507]]"), "admin1"},
		{"gn on person", doc("[[Paris Hilton|PERSON|USA|role=BUS|gn=1|a1=X]]"), "only places"},
		{"gn without country", doc("[[Paris|GPE|-|gn=2988507|a1=A8]]"), "belongs to a country"},
		{"hist without gn", doc("[[Bonn|GPE|DEU|hist=1]]"), "hist=1 without"},
		{"duplicate id", doc("[[A|GPE|USA]]") + "\n" + doc("[[B|GPE|USA]]"), "duplicate id"},
		{"outside", "loose text\n", "outside a document"},
	} {
		_, _, err := c.build(strings.NewReader(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestGeonamesChecks(t *testing.T) {
	if _, err := os.Stat(filepath.Join(geonamesDir, "cities15000.txt")); err != nil {
		t.Skipf("GeoNames data not present (%v); ../shared is read at test time only", err)
	}
	c, err := newChecker(filepath.Join(repoRoot, "entities", "data", "countries.tsv"), geonamesDir)
	if err != nil {
		t.Fatal(err)
	}
	doc := func(m string) string { return "# g-001\ndate: 2024-01-01\n" + m + "\n" }
	for _, tc := range []struct{ name, src, want string }{
		{"ok city", doc("[[Paris|GPE|USA|gn=4717560|a1=TX]]"), ""},
		{"ok admin1", doc("[[Georgia|GPE|USA|gn=4197000|a1=GA]]"), ""},
		{"ok historical", doc("[[Leningrad|GPE|SUN|gn=498817|a1=66|hist=1]]"), ""},
		{"unknown id", doc("[[Paris|GPE|FRA|gn=1|a1=A8]]"), "not in cities15000"},
		{"wrong country", doc("[[Paris|GPE|FRA|gn=4717560|a1=TX]]"), "is in US"},
		{"wrong admin1", doc("[[Paris|GPE|USA|gn=4717560|a1=OK]]"), "admin1"},
	} {
		_, _, err := c.build(strings.NewReader(tc.src))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestGoldUpToDate rebuilds every gold file of Pairs from its source (with the GeoNames checks when
// ../shared is present) and requires the checked-in file to be identical.
func TestGoldUpToDate(t *testing.T) {
	c, err := newChecker(filepath.Join(repoRoot, "entities", "data", "countries.tsv"), geonamesDir)
	if err != nil {
		t.Fatal(err)
	}
	if c.geonames == nil {
		t.Log("GeoNames data absent: ids checked for syntax only")
	}
	for _, p := range Pairs {
		src, err := os.ReadFile(filepath.Join(repoRoot, p[0]))
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := c.build(bytes.NewReader(src))
		if err != nil {
			t.Fatalf("%s: %v", p[0], err)
		}
		old, err := os.ReadFile(filepath.Join(repoRoot, p[1]))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, old) {
			t.Errorf("%s is stale: run go run ./tools/groundgold -src %s -o %s", p[1], p[0], p[1])
		}
	}
}
