package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus/synthetic"
)

func TestRun(t *testing.T) {
	var b bytes.Buffer
	if err := run([]string{"-mb", "0.01", "-form", "wrapped", "-seed", "3"}, &b); err != nil {
		t.Fatal(err)
	}
	if want := synthetic.Text(10485, synthetic.Wrapped, 3); b.String() != want {
		t.Errorf("long document: %d bytes, not synthetic.Text's", b.Len())
	}
	b.Reset()
	if err := run([]string{"-docs", "3", "-bytes", "200"}, &b); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "\n"); n != 3 {
		t.Errorf("%d JSONL lines, want 3", n)
	}
	for _, args := range [][]string{{"-form", "poem"}, {"-docs", "-1"}, {"extra"}, {"-bytes", "0", "-docs", "2"}} {
		if err := run(args, &b); err == nil {
			t.Errorf("run(%q) accepted", args)
		}
	}
}
