// Package proc reads the resource use of the running process: the CPU time it has used and its
// peak resident memory. geopol's benchmarks, `geopol bench` and summary.json report both.
//
// CPU time is user plus system time (getrusage) on Unix systems and 0 elsewhere; peak memory is
// VmHWM of /proc/self/status on Linux and 0 elsewhere. A 0 means unknown, never "none".
package proc
