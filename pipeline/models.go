package pipeline

import (
	"fmt"
	"os"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/entities/prosener"
	"github.com/geopol/geopol/events"
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
	// Verbs is the path of a verb dictionary in the PETRARCH format (events.ParseVerbDict) that
	// Load reads to code events with in place of the built-in CAMEO dictionary; "" is the
	// built-in one.
	Verbs string
	// Parser finds the arguments of the verbs with the dependency parser (events.CoderOptions.Parser);
	// geopol eval events sets it with --parser, to compare the two clause analyses.
	Parser bool
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
	if m.Coder, m.Notes, err = o.coder(); err != nil {
		return nil, err
	}
	return m, nil
}

// coder returns the event coder of o: nil, the built-in one, unless o names a verb dictionary,
// keeps generic agents or asks for the parser; and the patterns of the dictionary that could not
// be read, as notes.
func (o ModelOptions) coder() (*events.Coder, []string, error) {
	if o.Verbs == "" && !o.Agents && !o.Parser {
		return nil, nil, nil
	}
	co := events.CoderOptions{Agents: o.Agents, Parser: o.Parser}
	var notes []string
	if o.Verbs != "" {
		f, err := os.Open(o.Verbs)
		if err != nil {
			return nil, nil, fmt.Errorf("pipeline: verb dictionary: %w", err)
		}
		defer f.Close()
		if co.Verbs, err = events.ParseVerbDict(f); err != nil {
			return nil, nil, fmt.Errorf("pipeline: verb dictionary %s: %w", o.Verbs, err)
		}
		for _, s := range co.Verbs.Skipped() {
			notes = append(notes, fmt.Sprintf("verb dictionary %s: left out %s", o.Verbs, s))
		}
	}
	c, err := events.NewCoder(co)
	if err != nil {
		return nil, nil, fmt.Errorf("pipeline: event coder: %w", err)
	}
	return c, notes, nil
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
