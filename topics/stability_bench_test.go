package topics

import (
	"context"
	"testing"

	"github.com/geopol/geopol/internal/proc"
)

// BenchmarkStabilityUN measures the stability of a 10-topic model of the 2,903 UN General Debate
// speeches against two other seeds (the two refits geopol analyze runs), with 2 workers.
func BenchmarkStabilityUN(b *testing.B) {
	sp := loadSpeeches(b, "ungdc_2010_2024.jsonl", 0)
	bl, err := buildSharded(sp, 2)
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{K: 10, Workers: 2, Seed: 1}
	mat, err := bl.TakeMatrix(opts)
	if err != nil {
		b.Fatal(err)
	}
	m, err := FitMatrix(context.Background(), mat, opts)
	if err != nil {
		b.Fatal(err)
	}
	cpu := proc.CPUTime()
	for b.Loop() {
		if _, _, err := m.Stability(context.Background(), mat, opts, []uint64{2, 3}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}
