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

// ModelOptions choose the recognizers of a run. The zero value is the default: the embedded NER
// model, without coreference or generic agents.
type ModelOptions struct {
	// NER names the statistical recognizer of the chain: NERGeopol (or ""), NERProse or NERNone.
	NER string
	// Coref also marks pronouns and definite descriptions that refer to a named actor ("he", "the
	// regime"): entities.Chain's Pronouns and Descriptions.
	Coref bool
	// Agents also marks generic agents that no name covers ("civilians", "the army") with their
	// CAMEO agent code: entities.Chain's Agents.
	Agents bool
}

// Load loads the models o asks for: the POS tagger and the recognizer chain (rules, gazetteers and
// the statistical recognizer of o.NER, with coreference and agents as o says); ModelOptions{}.Load()
// loads the defaults. Each model is decoded once per process and later calls share it; the chain
// is new at every call.
func (o ModelOptions) Load() (*Models, error) {
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
	m, err := loadRecognizers(o.NER)
	p := <-pos
	if p.err != nil {
		return nil, fmt.Errorf("pipeline: load POS model: %w", p.err)
	}
	if err != nil {
		return nil, err
	}
	m.Analyzer = p.a
	if c, ok := m.Recognizer.(*entities.Chain); ok {
		if o.Coref {
			c.Pronouns, c.Descriptions = true, true
		}
		c.Agents = o.Agents
	}
	return m, nil
}

// loadRecognizers loads the recognizer chain of Load (no Analyzer).
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
