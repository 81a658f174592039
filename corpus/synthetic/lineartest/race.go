//go:build race

package lineartest

// raceEnabled is set when the race detector runs, which slows work down five to ten times.
const raceEnabled = true
