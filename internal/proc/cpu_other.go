//go:build !unix

package proc

import "time"

// CPUTime returns 0: the process's CPU time is only read on Unix systems.
func CPUTime() time.Duration { return 0 }
