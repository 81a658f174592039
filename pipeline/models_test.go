package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// The event coder follows the model options: the built-in one (nil) by default, a coder of its own
// for --agents or --verbs, and a clear error for a verb dictionary that cannot be read.
func TestModelOptionsCoder(t *testing.T) {
	if c, _, err := (ModelOptions{}).coder(); c != nil || err != nil {
		t.Errorf("default options: coder %v, %v; want the built-in one (nil)", c, err)
	}
	if c, _, err := (ModelOptions{Agents: true}).coder(); c == nil || err != nil {
		t.Errorf("--agents: coder %v, %v", c, err)
	}
	dir := t.TempDir()
	if _, _, err := (ModelOptions{Verbs: filepath.Join(dir, "absent.txt")}).coder(); err == nil || !strings.Contains(err.Error(), "verb dictionary") {
		t.Errorf("absent dictionary: %v", err)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("---  [---]\nRESTORE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := (ModelOptions{Verbs: bad}).coder(); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("malformed dictionary: %v, want an error naming the file", err)
	}
	// A pattern that cannot be read is left out, and said so; the others code.
	good := filepath.Join(dir, "verbs.txt")
	if err := os.WriteFile(good, []byte("--- RESTORE [---]\nRESTORE\n- * TIES [064]\n- * (RELATIONS [064]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, notes, err := (ModelOptions{Verbs: good}).coder()
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "line 4") {
		t.Errorf("notes %q, want the pattern of line 4", notes)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	s := "Iran restored ties with Egypt."
	d := a.Analyze(s, nil)
	ms := []entities.Mention{
		{Start: 0, End: 4, Text: "Iran", Type: entities.GPE, Entity: "IRN", Source: entities.SourceGazetteer},
		{Start: 23, End: 28, Text: "Egypt", Type: entities.GPE, Entity: "EGY", Source: entities.SourceGazetteer},
	}
	evs := c.Extract(d, ms)
	if len(evs) != 1 || evs[0].Code != "064" || evs[0].Source != "IRN" || evs[0].Target != "EGY" {
		t.Errorf("with the user's dictionary %q gives %+v, want IRN→EGY 064", s, evs)
	}
}
