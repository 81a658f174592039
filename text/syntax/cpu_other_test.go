//go:build !unix

package syntax

import "time"

// processCPU is not measured on this platform; benchmarks then omit their CPU-time metric.
func processCPU() time.Duration { return 0 }
