//go:build unix

package proc

import (
	"syscall"
	"time"
)

// CPUTime returns the user plus system CPU time the process has used so far (0 if unknown).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
