package relations

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestParseVerbDictCAMEO(t *testing.T) {
	f, err := os.Open("../../shared/data/reference/cameo/CAMEO.2.0.txt")
	if err != nil {
		t.Skip("shared data absent:", err)
	}
	defer f.Close()
	vd, err := ParseVerbDict(f)
	if err != nil {
		t.Fatal(err)
	}
	v, p := vd.Len()
	t.Logf("%d verbs, %d patterns, %d blocks, %d synsets, skipped %q", v, p, len(vd.blocks), len(vd.synsets), vd.Skipped())
	var buf bytes.Buffer
	if err := vd.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/verbs/cameo_table.tsv", buf.Bytes(), 0o644)
	back, err := ReadVerbTable(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range vd.blocks {
		if !reflect.DeepEqual(vd.blocks[i], back.blocks[i]) {
			t.Fatalf("block %d differs:\n%+v\n%+v", i, vd.blocks[i], back.blocks[i])
		}
	}
	for l, es := range vd.verbs {
		if !reflect.DeepEqual(es, back.verbs[l]) {
			t.Fatalf("verb %s differs:\n%+v\n%+v", l, es, back.verbs[l])
		}
	}
	_ = strings.ToLower
}

func TestParseVerbDictValidate(t *testing.T) {
	f, err := os.Open("../../shared/data/events/dictionaries/PETR.Validate.verbs.txt")
	if err != nil {
		t.Skip("shared data absent:", err)
	}
	defer f.Close()
	vd, err := ParseVerbDict(f)
	if err != nil {
		t.Fatal(err)
	}
	v, p := vd.Len()
	t.Logf("%d verbs, %d patterns, %d blocks, %d synsets, skipped %q", v, p, len(vd.blocks), len(vd.synsets), vd.Skipped())
	var buf bytes.Buffer
	vd.WriteTable(&buf)
	os.WriteFile("/tmp/verbs/validate_table.tsv", buf.Bytes(), 0o644)
}
