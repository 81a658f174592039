//go:build !race

package reports

// raceEnabled relaxes timing assertions under the race detector, which slows code down 5–10×.
const raceEnabled = false
