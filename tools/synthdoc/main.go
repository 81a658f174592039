// Command synthdoc writes synthetic news-like text (package corpus/synthetic) for measuring how
// geopol scales with the length and the number of documents:
//
//	go run ./tools/synthdoc -mb 50 -form oneline > long.txt        # one document of 50 MiB
//	go run ./tools/synthdoc -docs 1000000 -bytes 100 > many.jsonl  # a million documents of ~100 bytes
//
// With -docs 0 (the default) it writes one document of -mb mebibytes in the layout -form
// (paragraphs, oneline or wrapped); otherwise -docs JSONL documents of about -bytes bytes of text
// each. The same flags and -seed give the same bytes. The text is made from the package's own
// templates, not from any corpus.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/geopol/geopol/corpus/synthetic"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "synthdoc:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("synthdoc", flag.ContinueOnError)
	mb := fs.Float64("mb", 1, "size of the one long document, in MiB")
	form := fs.String("form", "paragraphs", "layout of the long document: paragraphs, oneline or wrapped")
	docs := fs.Int("docs", 0, "write this many JSONL documents instead of one long one")
	size := fs.Int("bytes", 1000, "bytes of text per JSONL document (about: sizes vary by a quarter)")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *docs < 0 || *size < 1 || *mb < 0 {
		return errors.New("need -docs >= 0, -bytes >= 1 and -mb >= 0")
	}
	if *docs > 0 {
		_, err := synthetic.WriteJSONL(stdout, *docs, *size, *seed)
		return err
	}
	f, err := synthetic.ParseForm(*form)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	if _, err := w.WriteString(synthetic.Text(int(*mb*(1<<20)), f, *seed)); err != nil {
		return err
	}
	return w.Flush()
}
