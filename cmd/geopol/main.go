// Command geopol turns a corpus of geopolitical texts into actors, networks, topics and relations.
// See README.md and ../shared/docs/CONTRACT.md for the commands, files and exit codes.
//
// # Memory
//
// geopol keeps little of what it allocates, so the command sets its own garbage-collection policy
// (not the library, which leaves the runtime's defaults to its caller): no collection while the
// heap is under 256 MiB, and above that a collection once the heap has grown by 128 MiB or by 12%
// past the live heap, whichever is more, instead of doubling as with the runtime's GOGC=100. This
// saves most collections on a corpus of common size and keeps the heap close to the live data on
// a large one. Setting GOGC or GOMEMLIMIT in the environment turns the policy off: the runtime
// then follows those variables alone.
package main

import "os"

func main() {
	tuneGC()
	os.Exit(execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
