package pipeline

import (
	"fmt"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/text"
)

// LoadModels loads the default models: the POS tagger, the embedded NER model, and the recognizer
// chain (rules, gazetteers, model). Each model is decoded once per process; later calls share it.
func LoadModels() (*Models, error) {
	a, err := text.NewAnalyzer()
	if err != nil {
		return nil, fmt.Errorf("pipeline: load POS model: %w", err)
	}
	nm, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("pipeline: load NER model: %w", err)
	}
	chain, err := entities.NewChain(nm)
	if err != nil {
		return nil, fmt.Errorf("pipeline: build recognizer chain: %w", err)
	}
	return &Models{Analyzer: a, Recognizer: chain, Gazetteer: chain.Gazetteer}, nil
}
