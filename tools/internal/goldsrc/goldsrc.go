package goldsrc

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Block is one block of a gold source.
type Block struct {
	// ID is the text after "# " on the block's first line, white space trimmed.
	ID string
	// Line is the number of the "# ID" line, from 1.
	Line int
	// Lines are the block's other lines (possibly none), trailing white space removed.
	Lines []string
}

// Read returns the blocks of the source read from r, in order. Lines may be up to 1 MiB long.
func Read(r io.Reader) ([]Block, error) {
	var blocks []Block
	in := false // inside a block
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.TrimSpace(line) == "":
			in = false
		case in:
			b := &blocks[len(blocks)-1]
			b.Lines = append(b.Lines, line)
		case strings.HasPrefix(line, "//"):
			// a comment
		case strings.HasPrefix(line, "# "):
			blocks = append(blocks, Block{ID: strings.TrimSpace(line[2:]), Line: n})
			in = true
		default:
			return nil, fmt.Errorf("line %d: text outside a block (a block starts with \"# ID\"): %q", n, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return blocks, nil
}
