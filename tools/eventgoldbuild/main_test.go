package main

import (
	"github.com/geopol/geopol/internal/goldcheck"

	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The committed event gold is exactly what the builder writes from its source.
func TestEventGoldUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join("..", "..", "testdata", "gold")
	src, err := os.ReadFile(filepath.Join(gold, "src", "events.gold"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "src", "events.gold"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cameo := filepath.Join("..", "..", "..", "shared", "data", "reference", "cameo", "CAMEO.eventcodes.txt")
	countries := filepath.Join("..", "..", "entities", "data", "countries.tsv")
	if err := run(dir, cameo, countries); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "events.jsonl"))
	want, err := os.ReadFile(filepath.Join(gold, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("testdata/gold/events.jsonl is stale: rerun go run ./tools/eventgoldbuild")
	}
}

func TestBlockChecks(t *testing.T) {
	c := &checker{codes: goldcheck.Set(builtinCodes)}
	ok := "# ev-001\nIran and Iraq signed a deal.\nIRN -> IRQ | 057 | asserted\nIRQ -> IRN | 057 | asserted\n"
	docs, err := c.readFrom(strings.NewReader(ok))
	if err != nil || len(docs) != 1 || len(docs[0].Events) != 2 || docs[0].Events[0].Root != "05" {
		t.Fatalf("read = %+v, %v", docs, err)
	}
	for _, bad := range []string{
		"# ev-1\nText.\nNONE\n",                                                       // bad id
		"# ev-001\nText.\n",                                                           // no event line
		"# ev-001\nText.\nIRN -> IRN | 057 | asserted\n",                              // source equals target
		"# ev-001\nText.\nIRN -> IRQ | 999 | asserted\n",                              // unknown code
		"# ev-001\nText.\nIRN -> IRQ | 057 | maybe\n",                                 // bad modality
		"# ev-001\nText.\nNONE\nIRN -> IRQ | 057 | asserted\n",                        // NONE with events
		"# ev-001\nText.\nIRN -> IRQ | 057 | asserted\nIRN -> IRQ | 057 | asserted\n", // duplicate
		"stray\n",
	} {
		if _, err := c.readFrom(strings.NewReader(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}
