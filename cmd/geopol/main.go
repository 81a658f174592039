// Command geopol turns a corpus of geopolitical texts into actors, networks, topics and relations.
// See README.md and ../shared/docs/CONTRACT.md for the commands, files and exit codes.
package main

import "os"

func main() {
	tuneGC()
	os.Exit(execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
