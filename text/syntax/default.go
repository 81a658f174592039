package syntax

import (
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/parser.bin.gz
var defaultModel string

var loadDefault = sync.OnceValues(func() (*Model, error) {
	zr, err := gzip.NewReader(strings.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	m, err := ReadModel(zr)
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	return m, nil
})

// Default returns the embedded parser model (trained on UD English EWT, see data/README.md),
// decoded on the first call and shared afterwards.
func Default() (*Model, error) { return loadDefault() }
