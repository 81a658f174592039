package pipeline

import (
	"fmt"
	"io"
	"os"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
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
	// regime"): entities.Chain's Pronouns and Descriptions. Without it the chain still resolves the
	// title descriptions whose person is not in doubt (see entities.Chain's Descriptions).
	Coref bool
	// Agents also marks generic agents that no name covers ("civilians", "the army") with their
	// CAMEO agent code: entities.Chain's Agents.
	Agents bool
	// Actors are user actor dictionaries (entities/actors.ReadDictionary: the PETRARCH/TABARI
	// format, CSV for a file name ending in ".csv"), earlier ones first: their names are marked in
	// the text and their entries win over the built-in ones. Ignore are lists of names never to
	// mark (entities/actors.ReadIgnore). Both are file paths, read by Load (the workers of a
	// distributed run read them at the same paths).
	Actors, Ignore []string
	// Verbs is the path of a verb dictionary in the PETRARCH format (events.ParseVerbDict) that
	// Load reads to code events with in place of the built-in CAMEO dictionary; "" is the
	// built-in one.
	Verbs string
	// Parser finds the arguments of the verbs with the dependency parser (events.CoderOptions.Parser);
	// geopol eval events sets it with --parser, to compare the two clause analyses.
	Parser bool
}

// DictionaryError is a user dictionary that cannot be used: Flag names the option ("actors" or
// "ignore") and Err says why (an *actors.ParseError with the file and line for a malformed line).
type DictionaryError struct {
	Flag string
	Err  error
}

func (e *DictionaryError) Error() string { return e.Flag + ": " + e.Err.Error() }
func (e *DictionaryError) Unwrap() error { return e.Err }

// ReadDictionaries reads the user dictionaries of o. A file that cannot be opened or holds a
// malformed line is a *DictionaryError, and nothing of it is used.
func (o ModelOptions) ReadDictionaries() (user []*actors.Dictionary, ignore []string, err error) {
	read := func(flag, path string, f func(io.Reader) error) error {
		fh, err := os.Open(path)
		if err != nil {
			return &DictionaryError{flag, err}
		}
		defer fh.Close()
		if err := f(fh); err != nil {
			return &DictionaryError{flag, err}
		}
		return nil
	}
	for _, p := range o.Actors {
		if err := read("actors", p, func(r io.Reader) error {
			d, err := actors.ReadDictionary(r, p)
			user = append(user, d)
			return err
		}); err != nil {
			return nil, nil, err
		}
	}
	for _, p := range o.Ignore {
		if err := read("ignore", p, func(r io.Reader) error {
			ks, err := actors.ReadIgnore(r, p)
			ignore = append(ignore, ks...)
			return err
		}); err != nil {
			return nil, nil, err
		}
	}
	return user, ignore, nil
}

// Load loads the models o asks for: the POS tagger and the recognizer chain (rules, gazetteers and
// the statistical recognizer of o.NER, with coreference and agents as o says, grounded with the
// built-in actor dictionaries and o's user dictionaries, see package entities/actors); ModelOptions{}.Load()
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
		if len(o.Actors)+len(o.Ignore) > 0 {
			user, ignore, err := o.ReadDictionaries()
			if err != nil {
				return nil, err
			}
			g, err := actors.New(actors.Options{User: user, Ignore: ignore, Gazetteer: c.Gazetteer})
			if err != nil {
				return nil, fmt.Errorf("pipeline: load actor dictionaries: %w", err)
			}
			c.Grounder = g
		}
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
	if chain.Grounder, err = actors.New(actors.Options{Gazetteer: chain.Gazetteer}); err != nil {
		return nil, fmt.Errorf("pipeline: load actor dictionaries: %w", err)
	}
	return &Models{Recognizer: chain, Gazetteer: chain.Gazetteer}, nil
}
