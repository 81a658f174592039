package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/pipeline"
)

// evalCountriesOpts are the flags of `eval countries`.
type evalCountriesOpts struct {
	gold, part string
	minF1      float64
	top        int
	json       bool
	errors     bool
}

// newEvalCountriesCmd scores document-level countries: `geopol eval countries --gold FILE`.
func newEvalCountriesCmd(s streams, g *globalOpts) *cobra.Command {
	o := &evalCountriesOpts{}
	c := &cobra.Command{
		Use:   "countries --gold FILE [--min-f1 F]",
		Short: "Score the countries each document is about against gold labels",
		Long: `countries runs geopol on the stories of a gold file (JSONL: {"id","date","text","places"}, places
being Reuters-21578 country labels such as "usa" and "west-germany", or ISO3 codes) and scores the
countries geopol says each story is about (entities.DocumentCountries) as micro precision, recall and F1
over (story, country) pairs, with the accuracy of the focus country and the countries with most errors.
--part dev scores the development part (all stories but every fifth), --part held-out every fifth
story (the 5th, 10th, ... line), --part all (the default) every story. With --min-f1 it exits 3 when
the F1 is below it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return evalCountriesRun(cmd.Context(), s, g, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.gold, "gold", "", "gold file (JSONL with id, text and places)")
	f.StringVar(&o.part, "part", "all", "stories to score: all, dev (all but every fifth) or held-out (every fifth)")
	f.Float64Var(&o.minF1, "min-f1", 0, "exit 3 when the micro F1 is below this")
	f.IntVar(&o.top, "top", 15, "countries with most errors to list (0: all)")
	f.BoolVar(&o.json, "json", false, "print the report as JSON")
	f.BoolVar(&o.errors, "errors", false, "also list every story whose countries are wrong: id, missed (-) and wrong (+) countries, predicted and named countries, first line")
	return c
}

func evalCountriesRun(ctx context.Context, s streams, g *globalOpts, o *evalCountriesOpts) error {
	if err := g.validate(); err != nil {
		return err
	}
	if o.gold == "" {
		return usagef("eval countries: --gold is required")
	}
	if o.minF1 < 0 || o.minF1 > 1 {
		return usagef("eval countries: --min-f1 must be in [0, 1], got %g", o.minF1)
	}
	if o.part != "all" && o.part != "dev" && o.part != "held-out" {
		return usagef("eval countries: --part must be all, dev or held-out, got %q", o.part)
	}
	f, err := os.Open(o.gold)
	if err != nil {
		return usageError{fmt.Errorf("eval countries: %w", err)}
	}
	all, err := eval.ReadCountryDocs(f)
	f.Close()
	if err != nil {
		return usageError{fmt.Errorf("eval countries: %s: %w", o.gold, err)}
	}
	gold := countryPart(all, o.part)
	m, err := g.loadModels()
	if err != nil {
		return err
	}
	pred, named, err := predictCountries(ctx, m, gold, g.workers)
	if err != nil {
		return err
	}
	label := countryLabels(m)
	rep, err := eval.EvaluateCountries(gold, pred, label)
	if err != nil {
		return usageError{err}
	}
	if o.errors {
		if err := writeCountryErrors(s.out, gold, pred, named, label); err != nil {
			return err
		}
	}
	if o.json {
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(s.out, o.top); err != nil {
		return err
	}
	if o.minF1 > 0 && rep.Micro.F1 < o.minF1 {
		return belowError{fmt.Sprintf("eval countries: micro F1 %.4f is below --min-f1 %.4f", rep.Micro.F1, o.minF1)}
	}
	return nil
}

// countryPart returns the stories of part: "all", "dev" (all but every fifth) or "held-out" (the
// 5th, 10th, ... story).
func countryPart(all []eval.CountryDoc, part string) []eval.CountryDoc {
	var gold []eval.CountryDoc
	for i, d := range all {
		held := i%5 == 4
		if part == "all" || (part == "held-out") == held {
			gold = append(gold, d)
		}
	}
	return gold
}

// countryLabels maps the country labels of a gold file to ISO3 codes with the models' gazetteer.
func countryLabels(m *pipeline.Models) func(string) (string, bool) {
	return eval.CountryLabels(func(name string) (string, bool) {
		if m.Gazetteer == nil {
			return "", false
		}
		e, ok := m.Gazetteer.Lookup(name)
		return e.Entity, ok && m.Gazetteer.IsCountry(e.Entity)
	})
}

// predictCountries runs the extraction stages on the gold stories, as `geopol extract` would on a JSONL
// file of them, and returns each story's countries and every country it names, most salient first.
func predictCountries(ctx context.Context, m *pipeline.Models, gold []eval.CountryDoc, workers int) (pred, named map[string][]string, err error) {
	docs := make([]goldText, len(gold))
	for i, d := range gold {
		docs[i] = goldText{ID: d.ID, Date: d.Date, Text: d.Text}
	}
	pred = make(map[string][]string, len(gold))
	named = make(map[string][]string, len(gold))
	err = recognizeGold(ctx, m, docs, workers, "eval countries: story", func(r *pipeline.DocResult) {
		dc := entities.DocumentCountries(r.Doc.Text, r.Doc.Date, r.Mentions)
		cs := make([]string, 0, len(dc.Countries))
		for _, c := range dc.Countries {
			cs = append(cs, c.Country)
		}
		pred[r.Doc.ID] = cs
		for _, c := range dc.Mentioned {
			named[r.Doc.ID] = append(named[r.Doc.ID], c.Country)
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return pred, named, nil
}

// goldText is a document of a gold file to run the extraction stages on.
type goldText struct {
	ID   string `json:"id"`
	Date string `json:"date,omitempty"`
	Text string `json:"text"`
	// Country is the country the document speaks for (a UN speech's), read as the input field
	// country_iso3 (corpus.Document.Country); "" when the gold gives none.
	Country string `json:"country_iso3,omitempty"`
}

// recognizeGold runs the extraction stages (no events) on gold documents, each on its date, as
// `geopol extract` would on a JSONL file of them, and calls fn with each document's result; a
// document that fails is an error that names it (what: "eval countries: story").
func recognizeGold(ctx context.Context, m *pipeline.Models, docs []goldText, workers int, what string, fn func(*pipeline.DocResult)) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	_, err := pipeline.Run(ctx, m, pipeline.Options{Paths: []string{"-"}, Stdin: &buf, Workers: workers, NoEvents: true},
		func(r *pipeline.DocResult) error {
			if r.Err != nil {
				return fmt.Errorf("%s %s: %w", what, r.Doc.ID, r.Err)
			}
			fn(r)
			return nil
		})
	return err
}

// writeCountryErrors lists the stories whose predicted countries differ from the gold ones: id, the
// gold countries missed (-), the predicted countries that are wrong (+), the predicted and the named
// countries, and the story's first line after the headline.
func writeCountryErrors(w io.Writer, gold []eval.CountryDoc, pred, named map[string][]string, label func(string) (string, bool)) error {
	bw := bufio.NewWriter(w)
	for _, d := range gold {
		var want []string
		for _, l := range d.Places {
			if c, ok := label(l); ok {
				want = append(want, c)
			}
		}
		var miss, wrong []string
		for _, c := range want {
			if !slices.Contains(pred[d.ID], c) {
				miss = append(miss, "-"+c)
			}
		}
		for _, c := range pred[d.ID] {
			if !slices.Contains(want, c) {
				wrong = append(wrong, "+"+c)
			}
		}
		if len(miss)+len(wrong) == 0 {
			continue
		}
		lines := strings.SplitN(d.Text, "\n", 3)
		first := lines[0]
		if len(lines) > 1 {
			first = lines[1]
		}
		if len(first) > 70 {
			first = first[:70]
		}
		fmt.Fprintf(bw, "%s\t%s\tpred %s\tnamed %s\t%s\n", d.ID, strings.Join(append(miss, wrong...), " "),
			strings.Join(pred[d.ID], ","), strings.Join(named[d.ID], ","), first)
	}
	return bw.Flush()
}
