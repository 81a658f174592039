package output

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/spf13/pflag"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
)

// bindAll binds every flag of f to fs.
func bindAll(f *Flags, fs FlagSet) {
	f.BindModels(fs)
	f.BindAnalyze(fs)
	f.BindMethod(fs)
}

// The two front doors bind the same flags, with the same defaults and help, on Go's flag package
// (geopol-beam) and on pflag (geopol).
func TestBindGoFlagAndPflagAlike(t *testing.T) {
	var gf, pf Flags
	gfs := flag.NewFlagSet("go", flag.ContinueOnError)
	pfs := pflag.NewFlagSet("pflag", pflag.ContinueOnError)
	bindAll(&gf, gfs)
	bindAll(&pf, pfs)
	if !reflect.DeepEqual(gf, pf) {
		t.Errorf("defaults differ:\nflag  %+v\npflag %+v", gf, pf)
	}
	type info struct{ def, usage string }
	goFlags, pFlags := map[string]info{}, map[string]info{}
	gfs.VisitAll(func(f *flag.Flag) { goFlags[f.Name] = info{f.DefValue, f.Usage} })
	pfs.VisitAll(func(f *pflag.Flag) { pFlags[f.Name] = info{f.DefValue, f.Usage} })
	if !reflect.DeepEqual(goFlags, pFlags) {
		t.Errorf("flags differ:\nflag  %v\npflag %v", goFlags, pFlags)
	}
	var names []string
	for n := range goFlags {
		names = append(names, n)
	}
	sort.Strings(names)
	want := []string{"actors", "agents", "backbone", "coref", "drop-isolated", "dyad-period", "format", "ignore", "keep-negated", "level", "max-pvalue", "method",
		"min-docs", "min-weight", "ner", "no-clean", "ontology", "seed", "timeline", "topics", "types", "verbs", "window"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("flags %v, want %v", names, want)
	}
	if d := DefaultFlags(); !reflect.DeepEqual(d, gf) {
		t.Errorf("DefaultFlags() = %+v, want the bound defaults %+v", d, gf)
	}
	// Parsing the same command line through either gives the same Flags.
	args := []string{"--ner", "none", "--coref", "--seed", "7", "--no-clean", "--topics", "4", "--window", "paragraph",
		"--min-weight", "2", "--types", "countries", "--backbone", "0.05", "--timeline", "year", "--format", "md",
		"--dyad-period", "quarter", "--drop-isolated", "--actors", "a.txt", "--ignore", "i.txt", "--actors", "b.csv",
		"--ontology", "plover", "--keep-negated", "--verbs", "my.verbs", "--level", "country"}
	if err := gfs.Parse(args); err != nil {
		t.Fatal(err)
	}
	if err := pfs.Parse(args); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gf, pf) {
		t.Errorf("parsed flags differ:\nflag  %+v\npflag %+v", gf, pf)
	}
	want2 := pipeline.ModelOptions{NER: "none", Coref: true, Actors: []string{"a.txt", "b.csv"}, Ignore: []string{"i.txt"}, Verbs: "my.verbs"}
	if !reflect.DeepEqual(gf.Models, want2) || gf.Seed != 7 || !gf.NoClean || gf.Topics != 4 ||
		gf.Ontology != "plover" || !gf.KeepNegated || gf.Level != "country" {
		t.Errorf("parsed %+v", gf)
	}
}

func TestOptions(t *testing.T) {
	f := DefaultFlags()
	f.Window, f.DyadPeriod, f.Timeline, f.Types, f.MinWeight, f.Topics, f.Seed, f.NoClean = "document", "month", "quarter", "GPE,countries", 3, 7, 9, true
	o, cfg, err := f.Options(All)
	if err != nil {
		t.Fatal(err)
	}
	if o.Window != network.Document || o.DyadPeriod != corpus.Month || o.Topics != 7 || o.Seed != 9 || !o.NoClean ||
		o.NoEvents || o.TopicStabilitySeeds != 2 {
		t.Errorf("pipeline options %+v", o)
	}
	if cfg.Set != All || cfg.Graph.Timeline != corpus.Quarter || cfg.Graph.MinWeight != 3 || cfg.Format != "html" ||
		cfg.NodeTypes.All() || !cfg.NodeTypes.Match("Tehran", "GPE", "IRN") || cfg.NodeTypes.Match("UN", "ORG", "") {
		t.Errorf("config %+v", cfg)
	}
	want := map[string]string{"clean": "false", "topic_method": "lsa", "event_ontology": "cameo", "keep_negated": "false", "network_level": "actor"}
	if s := cfg.Settings; s.Window != "document" || s.MinWeight != 3 || s.Topics != 7 || s.Seed != 9 || !reflect.DeepEqual(s.Extra, want) {
		t.Errorf("settings %+v", s)
	}
	// The network level.
	lf := f
	lf.Level = "country"
	if o, cfg, err := lf.Options(Network); err != nil || o.Level != network.CountryLevel || cfg.Settings.Extra["network_level"] != "country" {
		t.Errorf("--level country: %+v, %+v, %v", o.Level, cfg.Settings.Extra, err)
	}
	lf.Level = "countries"
	var lfe *FlagError
	if _, _, err := lf.Options(All); !errors.As(err, &lfe) || lfe.Flag != "level" {
		t.Errorf("--level countries: %v, want a FlagError on level", err)
	}
	// The event flags.
	verbs := filepath.Join(t.TempDir(), "my.verbs")
	if err := os.WriteFile(verbs, []byte("--- RESTORE [---]\nRESTORE\n- * TIES [064]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ev := f
	ev.Ontology, ev.KeepNegated, ev.Models.Verbs = "plover", true, verbs
	o, cfg, err = ev.Options(All)
	if err != nil || o.Ontology != events.PLOVERTypes || !o.KeepNegated || cfg.Settings.Extra["event_ontology"] != "plover" ||
		cfg.Settings.Extra["keep_negated"] != "true" || cfg.Settings.Extra["verbs"] != verbs {
		t.Errorf("event flags: %+v, %+v, %v", o, cfg.Settings, err)
	}
	ev.Ontology = "weis"
	var fe *FlagError
	if _, _, err := ev.Options(All); !errors.As(err, &fe) || fe.Flag != "ontology" {
		t.Errorf("--ontology weis: %v, want a FlagError on ontology", err)
	}
	ev.Ontology, ev.Models.Verbs = "cameo", filepath.Join(t.TempDir(), "absent.verbs")
	if _, _, err := ev.Options(All); !errors.As(err, &fe) || fe.Flag != "verbs" {
		t.Errorf("absent --verbs file: %v, want a FlagError on verbs", err)
	}
	// The network set fits no topic model and codes no events.
	o, cfg, err = f.Options(Network)
	if err != nil || o.Topics != 0 || !o.NoEvents || cfg.Settings.Topics != 0 {
		t.Errorf("network: %+v, %+v, %v", o, cfg.Settings, err)
	}
	// The zero value of every run flag is usable (geopol's commands bind only their own flags).
	if _, _, err := (&Flags{Models: pipeline.ModelOptions{NER: pipeline.NERGeopol}}).Options(Topics); err != nil {
		t.Errorf("zero flags: %v", err)
	}
}

func TestOptionsErrors(t *testing.T) {
	for _, tc := range []struct {
		flag string
		set  func(*Flags)
	}{
		{"ner", func(f *Flags) { f.Models.NER = "spacy" }},
		{"window", func(f *Flags) { f.Window = "chapter" }},
		{"format", func(f *Flags) { f.Format = "pdf" }},
		{"dyad-period", func(f *Flags) { f.DyadPeriod = "week" }},
		{"timeline", func(f *Flags) { f.Timeline = "decade" }},
		{"topics", func(f *Flags) { f.Topics = -1 }},
		{"method", func(f *Flags) { f.Method = "nmf" }},
		{"types", func(f *Flags) { f.Types = "ships" }},
		{"min-weight", func(f *Flags) { f.MinWeight = -1 }},
		{"min-docs", func(f *Flags) { f.MinDocs = -1 }},
		{"backbone", func(f *Flags) { f.Backbone = 2 }},
		{"max-pvalue", func(f *Flags) { f.MaxPValue = -0.5 }},
	} {
		f := DefaultFlags()
		tc.set(&f)
		_, _, err := f.Options(All)
		var fe *FlagError
		if !errors.As(err, &fe) || fe.Flag != tc.flag {
			t.Errorf("--%s: error %v, want a *FlagError for it", tc.flag, err)
		}
	}
}
