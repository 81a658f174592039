package pipeline

import (
	"fmt"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/entities/prosener"
	"github.com/geopol/geopol/text"
)

// NER names the statistical recognizer of the chain.
const (
	NERGeopol = "geopol" // the project's averaged-perceptron model (entities/ner), the default
	NERProse  = "prose"  // prose v2's NER, for comparison; about a hundred times slower
	NERNone   = "none"   // gazetteers and rules only
)

// LoadModels loads the default models: the POS tagger, the embedded NER model, and the recognizer
// chain (rules, gazetteers, model). Each model is decoded once per process; later calls share it.
func LoadModels() (*Models, error) { return LoadModelsWith(NERGeopol) }

// LoadModelsWith is LoadModels with the statistical recognizer named by nerName (NERGeopol, NERProse
// or NERNone).
func LoadModelsWith(nerName string) (*Models, error) {
	// The POS model (the larger, about 0.5 s to decode) loads while the recognizers do.
	type analyzer struct {
		a   *text.Analyzer
		err error
	}
	pos := make(chan analyzer, 1)
	go func() {
		a, err := text.NewAnalyzer()
		pos <- analyzer{a, err}
	}()
	m, err := loadRecognizers(nerName)
	p := <-pos
	if p.err != nil {
		return nil, fmt.Errorf("pipeline: load POS model: %w", p.err)
	}
	if err != nil {
		return nil, err
	}
	m.Analyzer = p.a
	return m, nil
}

// loadRecognizers loads the recognizer chain of LoadModelsWith (no Analyzer).
func loadRecognizers(nerName string) (*Models, error) {
	var model entities.Recognizer
	switch nerName {
	case NERGeopol, "":
		nm, err := ner.Default()
		if err != nil {
			return nil, fmt.Errorf("pipeline: load NER model: %w", err)
		}
		model = nm
	case NERProse:
		model = entities.RecognizerFunc(prosener.New().RecognizeDoc)
	case NERNone:
	default:
		return nil, fmt.Errorf("pipeline: unknown NER %q (want %s, %s or %s)", nerName, NERGeopol, NERProse, NERNone)
	}
	chain, err := entities.NewChain(model)
	if err != nil {
		return nil, fmt.Errorf("pipeline: build recognizer chain: %w", err)
	}
	return &Models{Recognizer: chain, Gazetteer: chain.Gazetteer}, nil
}
