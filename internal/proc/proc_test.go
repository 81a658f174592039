package proc

import (
	"runtime"
	"testing"
	"time"
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
		{"VmHWM: -5 kB\n", 0},
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

func TestCPUTime(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU time is only asserted on Linux")
	}
	c0 := CPUTime()
	for t0 := time.Now(); time.Since(t0) < 20*time.Millisecond; {
	}
	if d := CPUTime() - c0; c0 <= 0 || d <= 0 {
		t.Errorf("CPUTime did not advance over 20 ms of spinning: %v then +%v", c0, d)
	}
}
