package actors

import (
	"compress/gzip"
	"reflect"
	"strings"
	"testing"

	"github.com/geopol/geopol/internal/gz"
)

// BenchmarkLoad measures decoding the built-in data (data/orgs.csv and data/actors.tsv.gz), which
// Default does once per process; bytes are the compressed table's.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(phoenixTable)))
	for b.Loop() {
		if _, err := defaultBuiltinUncached(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDefault(t *testing.T) {
	bi, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if bi.Dict.Len() < 20000 || bi.curated < 300 || bi.CAMEO["UN"] != "IGOUNO" || bi.ByCAMEO["IGOUNO"] != "UN" {
		t.Errorf("built-in: %d records, %d curated, UN %q, IGOUNO %q", bi.Dict.Len(), bi.curated, bi.CAMEO["UN"], bi.ByCAMEO["IGOUNO"])
	}
	for i := 0; i < bi.Dict.Len(); i++ {
		a := bi.Dict.Actor(i)
		if len(a.Names) == 0 || len(a.Ranges) == 0 {
			t.Fatalf("record %d (line %d) has no names or no periods", i, a.Line)
		}
	}
}

// TestBuiltinTableInflated: the built-in table decompressed into a string of its final size
// (internal/gz) reads as ReadTable reads it from a gzip stream.
func TestBuiltinTableInflated(t *testing.T) {
	zr, err := gzip.NewReader(strings.NewReader(phoenixTable))
	if err != nil {
		t.Fatal(err)
	}
	want, err := ReadTable(zr)
	if err != nil {
		t.Fatal(err)
	}
	text, err := gz.InflateString(phoenixTable)
	if err != nil {
		t.Fatal(err)
	}
	got, err := readTable(text)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the inflated table and the streamed one differ")
	}
}
