package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUserDictionaryFlags checks --actors (CSV and PETRARCH) and --ignore end to end, and that a
// malformed line is a usage error naming the file and line, with nothing written.
func TestUserDictionaryFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	csvPath := write("people.csv", "name,entity,type,country,role,from,to\nFrodo Baggins,,PERSON,HOB,GOV,1995-06-01,\n")
	petr := write("fiction.actors.txt", "GONDOR_ [GON]\n+MINAS_TIRITH\n")
	ignore := write("ignore.txt", "# never\nNATO\n")
	in := `{"id":"a","date":"2001-01-01","text":"Frodo Baggins flew from Minas Tirith to meet NATO officials."}` + "\n"
	code, out, stderr := run(t, in, "extract", "--ner", "none", "--actors", csvPath, "--actors", petr, "--ignore", ignore, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Entities []struct {
			Text, Entity, Country, Role string
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range doc.Entities {
		got[e.Text] = e.Entity + "/" + e.Country + "/" + e.Role
	}
	want := map[string]string{"Frodo Baggins": "Frodo Baggins/HOB/GOV", "Minas Tirith": "GON/GON/"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if _, ok := got["NATO"]; ok {
		t.Errorf("ignored name marked: %v", got)
	}

	for _, c := range []struct{ name, file, content, where string }{
		{"csv", "bad.csv", "name,entity,type,country,role,from,to\nFrodo,,PERSON,HOB,GOV,,\nSam,HOB\n", "bad.csv:3"},
		{"petrarch", "bad.actors.txt", "ARNOR [ARN]\nGOLLUM\n\t[HOB 950601-940101]\n", "bad.actors.txt:3"},
		{"ignore", "bad.ignore", "ok\nbad\x01\n", "bad.ignore:2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := write(c.file, c.content)
			flag := "--actors"
			if c.name == "ignore" {
				flag = "--ignore"
			}
			outDir := filepath.Join(dir, "never-"+c.name)
			code, _, stderr := run(t, "", "analyze", flag, p, "-o", outDir)
			if code != 2 || !strings.Contains(stderr, c.where) {
				t.Errorf("exit %d (want 2), stderr %q (want %q)", code, stderr, c.where)
			}
			if _, err := os.Stat(outDir); err == nil {
				t.Errorf("a run with a malformed dictionary created %s", outDir)
			}
		})
	}
	if code, _, stderr := run(t, "", "extract", "--actors", filepath.Join(dir, "missing.csv")); code != 2 || !strings.Contains(stderr, "missing.csv") {
		t.Errorf("missing dictionary: exit %d, %q", code, stderr)
	}
}
