package pipeline

import (
	"fmt"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
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
		model = proseRecognizer{prosener.New()}
	case NERNone:
	default:
		return nil, fmt.Errorf("pipeline: unknown NER %q (want %s, %s or %s)", nerName, NERGeopol, NERProse, NERNone)
	}
	chain, err := entities.NewChain(model)
	if err != nil {
		return nil, fmt.Errorf("pipeline: build recognizer chain: %w", err)
	}
	if chain.Grounder, err = actors.New(actors.Options{Gazetteer: chain.Gazetteer}); err != nil {
		return nil, fmt.Errorf("pipeline: load actor dictionaries: %w", err)
	}
	return &Models{Recognizer: chain, Gazetteer: chain.Gazetteer}, nil
}

// proseRecognizer runs prose's NER on the kept text of a document. prose sees each kept span on its
// own, so boilerplate the cleaner dropped yields nothing, as with the other recognizers. A prose
// failure (it panics on some inputs) loses that span's model mentions only.
type proseRecognizer struct{ r *prosener.Recognizer }

func (p proseRecognizer) Recognize(d *text.Doc) []entities.Mention {
	var out []entities.Mention
	for _, s := range keptOf(d) {
		res, err := p.r.Recognize(d.Text[s.Start:s.End])
		if err != nil {
			continue
		}
		for _, m := range res.Mentions {
			m.Start += s.Start
			m.End += s.Start
			out = append(out, m)
		}
	}
	return out
}

// keptOf returns the stretches of d's text that hold its sentences: consecutive sentences of one
// paragraph are joined.
func keptOf(d *text.Doc) []text.Span {
	var spans []text.Span
	for i, s := range d.Sentences {
		if i > 0 && s.Paragraph == d.Sentences[i-1].Paragraph && len(spans) > 0 {
			spans[len(spans)-1].End = s.End
			continue
		}
		spans = append(spans, text.Span{Start: s.Start, End: s.End})
	}
	return spans
}
