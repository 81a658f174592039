package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestDocumentCountry checks the document-level country of JSONL and CSV inputs: "country_iso3"
// wins over "country", an ISO3 code is upper-cased, a name is kept as written, nothing gives "".
func TestDocumentCountry(t *testing.T) {
	dir := t.TempDir()
	jsonl := `{"id":"a","text":"We spoke.","country_iso3":"nzl","country":"Chile"}
{"id":"b","text":"We spoke.","country":"Chile"}
{"id":"c","text":"We spoke.","country":" per "}
{"id":"d","text":"We spoke."}
{"id":"e","text":"We spoke.","country":7}
`
	csv := "id,text,country_iso3\nf,We spoke.,ury\ng,We spoke.,\n"
	if err := os.WriteFile(filepath.Join(dir, "speeches.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "speeches.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	warned := map[string]bool{}
	var r Reader
	if err := r.Read(context.Background(), []string{dir}, func(d *Document) error {
		got[d.ID] = d.Country
		warned[d.ID] = len(d.Warnings) > 0
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a": "NZL", "b": "Chile", "c": "PER", "d": "", "e": "", "f": "URY", "g": ""}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: Country %q, want %q", id, got[id], w)
		}
	}
	if !warned["e"] {
		t.Errorf("e: a country that is not a string should be ignored with a warning")
	}
}
