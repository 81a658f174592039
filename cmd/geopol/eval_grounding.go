package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/entities/places"
	"github.com/geopol/geopol/pipeline"
)

// evalGroundingOpts are the flags of `eval grounding`.
type evalGroundingOpts struct {
	gold      string
	minAcc    float64
	maxErrors int
	json      bool
}

// groundingTargets are the categories of the grounding gold whose accuracy (all fields right, under
// overlap matching) --min-accuracy holds: ambiguous place names and people on dated documents.
var groundingTargets = []string{"place (ambiguous)", "person (dated)"}

// newEvalGroundingCmd scores who and where mentions are: `geopol eval grounding --gold FILE`.
func newEvalGroundingCmd(s streams, g *globalOpts) *cobra.Command {
	o := &evalGroundingOpts{}
	c := &cobra.Command{
		Use:   "grounding --gold FILE [--min-accuracy A]",
		Short: "Score the countries, places and roles of mentions against a grounding gold file",
		Long: `grounding runs geopol on the documents of a grounding gold file (the format of
testdata/gold/grounding.jsonl: {"id","date","text","mentions":[{"start","end","text","type","country",
"geonames_id","admin1","role","name"}]}, each document on its own date) and scores, for each gold mention,
the predicted mention with the same span (exact) or the one overlapping it most (overlap): its country,
GeoNames id, first-order division and CAMEO role, each where the gold gives one, and all of them together.
Accuracies are given in total, per category (places, ambiguous places, people on dated and undated
documents, organizations) and per ambiguous name, followed by the errors. With --min-accuracy it exits 3
when the all-fields accuracy under overlap matching of ambiguous places or of people on dated documents
is below it; a category the gold file has no case of is not held (a set of places only), and a file
with neither fails.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return evalGroundingRun(cmd.Context(), s, g, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.gold, "gold", "", "grounding gold file (JSONL)")
	f.Float64Var(&o.minAcc, "min-accuracy", 0, "exit 3 when the accuracy of ambiguous places or of people on dated documents is below this")
	f.IntVar(&o.maxErrors, "errors", 20, "errors to list (0: none, -1: all)")
	f.BoolVar(&o.json, "json", false, "print the report as JSON")
	return c
}

func evalGroundingRun(ctx context.Context, s streams, g *globalOpts, o *evalGroundingOpts) error {
	if err := g.validate(); err != nil {
		return err
	}
	if o.gold == "" {
		return usagef("eval grounding: --gold is required")
	}
	if o.minAcc < 0 || o.minAcc > 1 {
		return usagef("eval grounding: --min-accuracy must be in [0, 1], got %g", o.minAcc)
	}
	f, err := os.Open(o.gold)
	if err != nil {
		return usageError{fmt.Errorf("eval grounding: %w", err)}
	}
	gold, err := eval.ReadGroundingGold(f)
	f.Close()
	if err != nil {
		return usageError{fmt.Errorf("eval grounding: %s: %w", o.gold, err)}
	}
	m, err := g.loadModels()
	if err != nil {
		return err
	}
	pt, err := places.Default()
	if err != nil {
		return err
	}
	pred, err := predictGrounding(ctx, m, pt, gold, g.workers)
	if err != nil {
		return err
	}
	rep := eval.ScoreGroundingDocs(gold, pred)
	if o.json {
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(s.out, o.maxErrors); err != nil {
		return err
	}
	if o.minAcc > 0 {
		held := 0
		for _, k := range groundingTargets {
			c := rep.Overlap.ByCategory[k].All
			if c.Cases == 0 { // a set of places only, or of people only
				continue
			}
			held++
			if c.Accuracy < o.minAcc {
				return belowError{fmt.Sprintf("eval grounding: %s: accuracy %.4f is below --min-accuracy %.4f", k, c.Accuracy, o.minAcc)}
			}
		}
		if held == 0 {
			return belowError{fmt.Sprintf("eval grounding: %s has no ambiguous place and no person on a dated document: --min-accuracy holds nothing", o.gold)}
		}
	}
	return nil
}

// predictGrounding runs the extraction stages on the gold documents, each on its date, and returns
// their mentions with the grounding keys the scorer compares. A place's division is given, as in the
// gold, by its GeoNames admin1 code: the mention carries the division's name, resolved back to its
// code in the mention's country.
func predictGrounding(ctx context.Context, m *pipeline.Models, pt *places.Table, gold []eval.GroundingDoc, workers int) (map[string][]eval.GroundedSpan, error) {
	docs := make([]goldText, len(gold))
	for i, d := range gold {
		docs[i] = goldText{ID: d.ID, Date: d.Date, Text: d.Text, Country: d.Country}
	}
	pred := make(map[string][]eval.GroundedSpan, len(gold))
	err := recognizeGold(ctx, m, docs, workers, "eval grounding: document", func(r *pipeline.DocResult) {
		spans := make([]eval.GroundedSpan, 0, len(r.Mentions))
		for _, mn := range r.Mentions {
			spans = append(spans, eval.GroundedSpan{Start: mn.Start, End: mn.End, Text: mn.Text, Type: mn.Type,
				Entity: mn.Entity, Country: mn.Country, Role: mn.Role, GeonamesID: int64(mn.GeonamesID),
				Admin1: admin1Code(pt, mn)})
		}
		pred[r.Doc.ID] = spans
	})
	if err != nil {
		return nil, err
	}
	return pred, nil
}

// admin1Code is the GeoNames admin1 code of the division a place mention lies in or is ("TX" for
// Houston and for Texas): its GeoNames place's, or else the code of the division its Admin1 names in
// its country; "" when the mention has no division or the name is not a division of its country.
// A place's own code counts even where the division table has no division of that code to name
// (Luxembourg City's "03", a district GeoNames has since replaced by cantons), as the gold writes it.
func admin1Code(pt *places.Table, m entities.Mention) string {
	if pt == nil {
		return ""
	}
	if p, ok := pt.ByID(m.GeonamesID); ok && m.GeonamesID != 0 {
		return p.Admin1 // also right where the mention's country is a former state (Belgrade in YUG)
	}
	if m.Admin1 == "" {
		return ""
	}
	c, _, ok := pt.Resolve(m.Admin1, &places.Context{Country: m.Country, Want: places.WantDivision})
	if !ok || c.Country != m.Country {
		return ""
	}
	return c.Admin1
}
