//go:build unix

package topics

import (
	"syscall"
	"time"
)

// processCPU returns the user plus system CPU time used by this process,
// so benchmarks can report work done independently of other load on a
// shared machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
