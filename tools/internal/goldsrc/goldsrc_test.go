package goldsrc

import (
	"reflect"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	src := "// a comment\n\n# doc-1  \nFirst line.  \n  indented second line\r\n\n\n// another comment\n# doc-2\n\n# doc-3\nOnly // not a comment inside a block\n"
	got, err := Read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Block{
		{ID: "doc-1", Line: 3, Lines: []string{"First line.", "  indented second line"}},
		{ID: "doc-2", Line: 9},
		{ID: "doc-3", Line: 11, Lines: []string{"Only // not a comment inside a block"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read = %+v\nwant %+v", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	for _, src := range []string{
		"text before any block\n# doc\nx\n",
		"# doc\nx\n\nstray text after a blank line\n",
	} {
		if _, err := Read(strings.NewReader(src)); err == nil || !strings.Contains(err.Error(), "outside a block") {
			t.Errorf("Read(%q) error = %v, want text outside a block", src, err)
		}
	}
	if _, err := Read(strings.NewReader(strings.Repeat("x", 2<<20))); err == nil {
		t.Error("a 2 MiB line: want an error")
	}
}
