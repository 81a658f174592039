package pipeline

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/geopol/geopol/corpus"
)

func TestParseVmHWM(t *testing.T) {
	cases := []struct {
		status string
		want   int64
	}{
		{"Name:\tgeopol\nVmPeak:\t  999 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n", 123456 << 10},
		{"VmHWM: 0 kB\n", 0},
		{"VmHWM:\n", 0},
		{"VmHWM: x kB\n", 0},
		{"VmRSS: 5 kB\n", 0},
		{"", 0},
	}
	for _, c := range cases {
		if got := parseVmHWM(c.status); got != c.want {
			t.Errorf("parseVmHWM(%q) = %d, want %d", c.status, got, c.want)
		}
	}
	if runtime.GOOS == "linux" && PeakRSS() < 1<<20 {
		t.Errorf("PeakRSS() = %d on Linux, want at least 1 MiB", PeakRSS())
	}
}

func TestMeasure(t *testing.T) {
	boom := errors.New("boom")
	m, err := Measure("spin", func() (int, int64, error) {
		t0 := time.Now()
		x := 0
		for time.Since(t0) < 30*time.Millisecond {
			x++
		}
		return 3, 2e6, boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	if m.Name != "spin" || m.Docs != 3 || m.Bytes != 2e6 || m.Wall < 30*time.Millisecond {
		t.Errorf("measurement %+v", m)
	}
	if runtime.GOOS == "linux" && m.CPU <= 0 {
		t.Errorf("no CPU time measured: %+v", m)
	}
	if got, want := m.MBPerSec(), 2/m.Wall.Seconds(); got != want {
		t.Errorf("MBPerSec = %v, want %v", got, want)
	}
	if got, want := m.DocsPerSec(), 3/m.Wall.Seconds(); got != want {
		t.Errorf("DocsPerSec = %v, want %v", got, want)
	}
	if (Measurement{Bytes: 1e6}).MBPerCPUSec() != 0 {
		t.Error("MBPerCPUSec without CPU time is not 0")
	}
}

func TestReadTextsAndBaseline(t *testing.T) {
	ctx := context.Background()
	all, err := ReadTexts(ctx, corpus.Sample(), []string{"."}, 0)
	if err != nil {
		t.Fatal(err)
	}
	first, err := ReadTexts(ctx, corpus.Sample(), []string{"."}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 30 || len(first) != 3 {
		t.Fatalf("read %d documents (want the sample's >= 30) and %d (want 3)", len(all), len(first))
	}
	for i, tx := range first {
		if tx != all[i] {
			t.Errorf("document %d differs between the limited and the full read", i)
		}
	}
	if TextBytes(first) != int64(len(first[0])+len(first[1])+len(first[2])) {
		t.Errorf("TextBytes = %d", TextBytes(first))
	}
	res, err := RunProseBaseline(ctx, append(first, ""), 2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mentions == 0 || res.Failed != 0 {
		t.Errorf("prose baseline: %+v", res)
	}
}
