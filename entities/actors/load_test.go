package actors

import "testing"

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
