package ner

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/geopol/geopol/text"
)

// modelFile is the default model, built by cmd/trainner from the first 90% of the GMB sentences.
//
//go:embed model.bin.gz
var modelFile string

// loadDefault decodes the embedded model once per process.
var loadDefault = sync.OnceValues(func() (*Model, error) { return loadDefaultIn(text.CacheDir()) })

// loadDefaultIn decodes the embedded model with its cache file in dir ("" for none).
func loadDefaultIn(dir string) (*Model, error) {
	m, err := loadCached(modelFile, dir)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	m.buildLexVecs() // the model serves a whole run: its lexicon's word vectors are computed once
	return m, nil
}

// Default returns the embedded default model, decoded on first use and shared afterwards (a Model
// is safe for concurrent use).
func Default() (*Model, error) { return loadDefault() }
