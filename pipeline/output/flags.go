package output

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/topics"
)

// Flags are the settings of a run as the command line gives them. Both front doors, geopol (cobra,
// over github.com/spf13/pflag) and geopol-beam (Go's flag package, which Beam's SDK uses), bind
// them with the Bind methods, so that the flags have the same names, defaults and help in both,
// and turn them into the run's options with [Flags.Options], so that the same flags give the same
// run. The fields are plain values: a Flags can be encoded (geopol-beam sends it to its workers).
//
// The zero value is not the defaults: bind the flags to a flag set, or use [DefaultFlags].
type Flags struct {
	// Models: --ner, --coref, --agents (BindModels).
	Models pipeline.ModelOptions
	// Seed is --seed, the topic model's random seed (BindModels).
	Seed uint64
	// NoClean is --no-clean (BindCorpus).
	NoClean bool
	// Topics is --topics (BindTopics) and Method --method (BindMethod).
	Topics int
	Method string
	// The network: --window, --min-weight, --min-docs, --types, --backbone, --max-pvalue,
	// --drop-isolated, --timeline and --level (BindNetwork).
	Window             string
	Level              string
	MinWeight, MinDocs int
	Types              string
	Backbone           float64
	MaxPValue          float64
	DropIsolated       bool
	Timeline           string
	// The files: --format and --dyad-period (BindFiles).
	Format     string
	DyadPeriod string
	// The events: --ontology and --keep-negated (BindEvents); the verb dictionary, --verbs, is a
	// model flag (Models.Verbs).
	Ontology    string
	KeepNegated bool
}

// FlagSet is what the Bind methods need of a flag set: *flag.FlagSet and pflag's *FlagSet both
// have these methods.
type FlagSet interface {
	StringVar(p *string, name, value, usage string)
	IntVar(p *int, name string, value int, usage string)
	Uint64Var(p *uint64, name string, value uint64, usage string)
	BoolVar(p *bool, name string, value bool, usage string)
	Float64Var(p *float64, name string, value float64, usage string)
	Func(name, usage string, fn func(string) error)
}

// BindModels binds --ner, --coref, --agents, --verbs, --seed, and the user dictionaries --actors
// and --ignore (every geopol command takes them).
func (f *Flags) BindModels(fs FlagSet) {
	fs.StringVar(&f.Models.NER, "ner", pipeline.NERGeopol, "statistical recognizer: geopol (the embedded model), prose (prose v2's NER, slow) or none")
	fs.BoolVar(&f.Models.Coref, "coref", false, "also mark pronouns (he, she) and descriptions (\"the regime\") that refer to a named actor")
	fs.BoolVar(&f.Models.Agents, "agents", false, "also mark generic agents (civilians, troops, rebels, the international community) as actors with their CAMEO agent code")
	fs.StringVar(&f.Models.Verbs, "verbs", "", "code events with this verb dictionary (PETRARCH format) instead of the built-in CAMEO one")
	fs.Uint64Var(&f.Seed, "seed", 1, "random seed (topic model)")
	fs.Func("actors", "user actor dictionary: the PETRARCH/TABARI format, or CSV name,entity,type,country,role,from,to for a .csv file; repeatable, earlier files win; its entries win over the built-in ones", func(s string) error {
		f.Models.Actors = append(f.Models.Actors, s)
		return nil
	})
	fs.Func("ignore", "file of names never to mark as actors, one per line; repeatable", func(s string) error {
		f.Models.Ignore = append(f.Models.Ignore, s)
		return nil
	})
}

// BindCorpus binds --no-clean.
func (f *Flags) BindCorpus(fs FlagSet) {
	fs.BoolVar(&f.NoClean, "no-clean", false, "keep boilerplate (navigation, footers, teasers of other stories)")
}

// BindTopics binds --topics.
func (f *Flags) BindTopics(fs FlagSet) {
	fs.IntVar(&f.Topics, "topics", 10, "number of topics (0: none)")
}

// BindMethod binds --method (geopol only: geopol-beam fits LSA).
func (f *Flags) BindMethod(fs FlagSet) {
	fs.StringVar(&f.Method, "method", topics.MethodLSA, "topic model: lsa (randomized SVD of TF-IDF) or lda (latent Dirichlet allocation: slower)")
}

// BindNetwork binds the co-occurrence network's flags: --window, --min-weight, --min-docs, --types,
// --backbone, --max-pvalue, --drop-isolated, --timeline and --level.
func (f *Flags) BindNetwork(fs FlagSet) {
	fs.StringVar(&f.Window, "window", "sentence", "co-occurrence window: sentence, paragraph or document")
	fs.IntVar(&f.MinWeight, "min-weight", 1, "keep edges co-occurring at least this often")
	fs.IntVar(&f.MinDocs, "min-docs", 1, "keep edges whose actors co-occur in at least this many documents")
	fs.StringVar(&f.Types, "types", "", "keep only actors of these types, comma-separated: PERSON, ORG, GPE, LOC, NORP, or countries (actors that are ISO3 country codes); default all")
	fs.Float64Var(&f.Backbone, "backbone", 0, "keep only the edges of the disparity-filter backbone at this significance level, e.g. 0.05 (0: off)")
	fs.Float64Var(&f.MaxPValue, "max-pvalue", 0, "keep only the edges whose hypergeometric p-value is below this level (0: off)")
	fs.BoolVar(&f.DropIsolated, "drop-isolated", false, "leave out actors without edges once edges are filtered")
	fs.StringVar(&f.Timeline, "timeline", "month", "period of network_dynamic.gexf, written when documents have dates: day, month, quarter, year or none")
	fs.StringVar(&f.Level, "level", "actor", "nodes of the co-occurrence network: actor (people, organizations, places and countries each on their own) or country (each mention rolled up into its country, or its international organization; mentions without a country are left out)")
}

// BindFiles binds --format and --dyad-period.
func (f *Flags) BindFiles(fs FlagSet) {
	fs.StringVar(&f.Format, "format", "html", "report format: html (report.html) or md (report.md)")
	fs.StringVar(&f.DyadPeriod, "dyad-period", "all", "aggregate dyads.csv per all, day, month, quarter or year (adds a period column)")
}

// BindEvents binds --ontology and --keep-negated.
func (f *Flags) BindEvents(fs FlagSet) {
	fs.StringVar(&f.Ontology, "ontology", "cameo", "count dyads.csv and summarize events in cameo (root codes) or plover (event types)")
	fs.BoolVar(&f.KeepNegated, "keep-negated", false, "count negated events (\"did not sign\") in dyads.csv too")
}

// BindAnalyze binds every flag of an analyze run but the model flags and --method: BindCorpus,
// BindTopics, BindNetwork, BindFiles and BindEvents.
func (f *Flags) BindAnalyze(fs FlagSet) {
	f.BindCorpus(fs)
	f.BindTopics(fs)
	f.BindNetwork(fs)
	f.BindFiles(fs)
	f.BindEvents(fs)
}

// DefaultFlags returns the defaults of every flag.
func DefaultFlags() Flags {
	var f Flags
	fs := flag.NewFlagSet("defaults", flag.ContinueOnError)
	f.BindModels(fs)
	f.BindAnalyze(fs)
	f.BindMethod(fs)
	return f
}

// FlagError is a flag whose value cannot be used. geopol and geopol-beam exit 2 on it.
type FlagError struct {
	Flag string // without the dashes
	Err  error
}

func (e *FlagError) Error() string { return "--" + e.Flag + ": " + e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// CheckModels checks the model flags (a *FlagError for an unknown --ner, a --verbs file that does
// not exist, or an --actors or --ignore file that cannot be read or holds a malformed line), for the
// commands that load models without running an analysis (extract, eval).
func (f *Flags) CheckModels() error {
	switch f.Models.NER {
	case pipeline.NERGeopol, pipeline.NERProse, pipeline.NERNone:
	default:
		return &FlagError{"ner", fmt.Errorf("must be geopol, prose or none, got %q", f.Models.NER)}
	}
	if f.Models.Verbs != "" {
		if _, err := os.Stat(f.Models.Verbs); err != nil {
			return &FlagError{"verbs", err}
		}
	}
	if _, _, err := f.Models.ReadDictionaries(); err != nil {
		var de *pipeline.DictionaryError
		if errors.As(err, &de) {
			return &FlagError{de.Flag, de.Err} // a file that cannot be read, or file:line of a malformed line
		}
		return err
	}
	return nil
}

// Options checks the flags and returns the pipeline options and the output configuration of a run
// that writes the files of set. The caller adds what the flags do not say: the pipeline's Paths,
// FS, Stdin, Workers and callbacks, and the Config's Dir and Gazetteer, and Settings.Version,
// Settings.Workers and its own Settings.Extra entries. A flag that cannot be used is a *FlagError.
func (f *Flags) Options(set Set) (pipeline.Options, Config, error) {
	fail := func(name string, err error) (pipeline.Options, Config, error) {
		return pipeline.Options{}, Config{}, &FlagError{name, err}
	}
	if err := f.CheckModels(); err != nil {
		return pipeline.Options{}, Config{}, err
	}
	window, err := network.ParseWindow(f.Window)
	if err != nil {
		return fail("window", err)
	}
	level, err := network.ParseLevel(f.Level)
	if err != nil {
		return fail("level", err)
	}
	switch f.Format {
	case "", "html", "md":
	default:
		return fail("format", fmt.Errorf("must be html or md, not %q", f.Format))
	}
	dyads, err := corpus.ParsePeriod(f.DyadPeriod)
	if err != nil {
		return fail("dyad-period", err)
	}
	ontology, err := events.ParseOntology(f.Ontology)
	if err != nil {
		return fail("ontology", err)
	}
	timeline, err := corpus.ParsePeriod(f.Timeline)
	if err != nil {
		return fail("timeline", err)
	}
	if f.Topics < 0 {
		return fail("topics", errors.New("must not be negative"))
	}
	switch f.Method {
	case "", topics.MethodLSA, topics.MethodLDA:
	default:
		return fail("method", fmt.Errorf("must be %s or %s, not %q", topics.MethodLSA, topics.MethodLDA, f.Method))
	}
	types, err := network.ParseNodeTypes(f.Types)
	if err != nil {
		return fail("types", err)
	}
	for _, c := range []struct {
		flag string
		opts network.GraphOptions
	}{
		{"min-weight", network.GraphOptions{MinWeight: f.MinWeight}},
		{"min-docs", network.GraphOptions{MinDocs: f.MinDocs}},
		{"backbone", network.GraphOptions{Backbone: f.Backbone}},
		{"max-pvalue", network.GraphOptions{MaxPValue: f.MaxPValue}},
	} {
		if err := c.opts.Validate(); err != nil {
			return fail(c.flag, err)
		}
	}
	graph := network.GraphOptions{MinWeight: f.MinWeight, MinDocs: f.MinDocs, Backbone: f.Backbone,
		MaxPValue: f.MaxPValue, DropIsolated: f.DropIsolated, Timeline: timeline}
	k := f.Topics
	if set == Network {
		k = 0
	}
	method := f.Method
	if method == "" {
		method = topics.MethodLSA
	}
	o := pipeline.Options{Window: window, Level: level, Topics: k, TopicStabilitySeeds: 2, TopicMethod: f.Method, Seed: f.Seed,
		NoClean: f.NoClean, DyadPeriod: dyads, NoEvents: set != All, Ontology: ontology, KeepNegated: f.KeepNegated}
	cfg := Config{Set: set, Format: f.Format, Graph: graph, NodeTypes: types,
		Settings: reports.Settings{Window: window.String(), MinWeight: f.MinWeight, Topics: k, Seed: int64(f.Seed),
			Extra: map[string]string{"clean": fmt.Sprint(!f.NoClean), "topic_method": method, "network_level": level.String()}}}
	if set == All {
		cfg.Settings.Extra["event_ontology"] = ontology.String()
		cfg.Settings.Extra["keep_negated"] = fmt.Sprint(f.KeepNegated)
		if f.Models.Verbs != "" {
			cfg.Settings.Extra["verbs"] = f.Models.Verbs
		}
	}
	return o, cfg, nil
}
