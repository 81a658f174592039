//go:build !unix

package lineartest

import "time"

// processCPU is not measured on this platform: Check uses wall-clock time.
func processCPU() time.Duration { return 0 }
