// Package networktest builds small documents for the tests of the packages that count
// co-occurrences (network, reports).
package networktest
