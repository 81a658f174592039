package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	eventeval "github.com/geopol/geopol/events/eval"
)

// evalEventsOpts are the flags of `eval events`.
type evalEventsOpts struct {
	gold, kind string
	parser     bool
	minF1      float64
	json       bool
}

// newEvalEventsCmd scores the event coder: `geopol eval events --gold FILE --kind gold|petrarch|codebook|re3d`.
func newEvalEventsCmd(s streams, g *globalOpts) *cobra.Command {
	o := &evalEventsOpts{}
	c := &cobra.Command{
		Use:   "events --gold FILE [--kind gold|petrarch|codebook|plover|re3d]",
		Short: "Score the actor-relationship events against gold annotations",
		Long: `events scores geopol's event coder. --kind gold (the project's testdata/gold/events.jsonl format:
{"id","text","events":[{"source","target","code","root","modality"}]}) and petrarch (PETRARCH's unit tests,
with the global --actors naming its actor dictionary for the fictional actors) score (source, target, root) triples;
codebook scores the root code of CAMEO codebook example sentences; plover the PLOVER event type of the PLOVER
gold records (PLOVER_GSR_CAMEO.txt); re3d the directed relations of the re3d gold mapped to quad classes.
--verbs codes with a verb dictionary in the PETRARCH format instead of the built-in one (PETRARCH's unit
tests are coded with its validation dictionary, PETR.Validate.verbs.txt). With --min-f1 it exits 3 when the
score is below it: the triple F1, for codebook the root accuracy, for plover the event type accuracy, for re3d
the share of relations found.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := g.validate(); err != nil {
				return err
			}
			if o.gold == "" {
				return usagef("eval events: --gold is required")
			}
			if o.minF1 < 0 || o.minF1 > 1 {
				return usagef("eval events: --min-f1 must be in [0, 1], got %g", o.minF1)
			}
			switch o.kind {
			case "gold", "petrarch", "codebook", "plover", "re3d":
			default:
				return usagef("eval events: --kind must be gold, petrarch, codebook, plover or re3d, got %q", o.kind)
			}
			gold, err := os.Open(o.gold)
			if err != nil {
				return usageError{fmt.Errorf("eval events: %w", err)}
			}
			defer gold.Close()
			mo := g.Models
			mo.Parser = o.parser
			m, err := loader(mo, s.err, false)()
			if err != nil {
				return err
			}
			rec := m.Recognizer
			var rep any
			var score float64
			switch o.kind {
			case "gold":
				r, err := eventeval.ScoreGold(gold, m.Analyzer, rec, m.Coder)
				if err != nil {
					return fmt.Errorf("eval events: %s: %w", o.gold, err)
				}
				rep, score = eventScores(r), r.Triples.F1()
			case "petrarch":
				r, err := eventeval.ScorePetrarch(gold, m.Analyzer, rec, m.Coder)
				if err != nil {
					return fmt.Errorf("eval events: %s: %w", o.gold, err)
				}
				rep, score = eventScores(r), r.Triples.F1()
			case "codebook":
				r, err := eventeval.ScoreCodebook(gold, m.Analyzer, rec, m.Coder)
				if err != nil {
					return fmt.Errorf("eval events: %s: %w", o.gold, err)
				}
				rep, score = struct {
					eventeval.CodebookReport
					RootAccuracy float64
				}{r, r.RootAccuracy()}, r.RootAccuracy()
			case "plover":
				r, err := eventeval.ScorePLOVER(gold, m.Analyzer, rec, m.Coder)
				if err != nil {
					return fmt.Errorf("eval events: %s: %w", o.gold, err)
				}
				rep, score = struct {
					eventeval.PLOVERReport
					EventAccuracy float64
				}{r, r.EventAccuracy()}, r.EventAccuracy()
			case "re3d":
				r, err := eventeval.ScoreRE3D(gold, m.Analyzer, rec, m.Coder)
				if err != nil {
					return fmt.Errorf("eval events: %s: %w", o.gold, err)
				}
				rep, score = r, float64(r.Found)/float64(max(r.Gold, 1))
			}
			if o.json {
				enc := json.NewEncoder(s.out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
			} else {
				b, err := json.Marshal(rep)
				if err != nil {
					return err
				}
				if _, err := fmt.Fprintf(s.out, "%s %s\nscore %.4f\n", o.kind, b, score); err != nil {
					return err
				}
			}
			if o.minF1 > 0 && score < o.minF1 {
				return belowError{fmt.Sprintf("eval events: score %.4f is below --min-f1 %.4f", score, o.minF1)}
			}
			return nil
		},
	}
	f := c.Flags()
	f.StringVar(&o.gold, "gold", "", "gold file")
	f.StringVar(&o.kind, "kind", "gold", "gold, petrarch, codebook, plover or re3d")
	f.BoolVar(&o.parser, "parser", false, "find the arguments of verbs with the dependency parser instead of the clause rules over part-of-speech tags")
	f.Float64Var(&o.minF1, "min-f1", 0, "exit 3 when the score is below this")
	f.BoolVar(&o.json, "json", false, "print the report as JSON")
	return c
}

// eventScores adds precision, recall and F1 to an event report for printing.
func eventScores(r eventeval.Report) map[string]any {
	sc := func(e eventeval.Score) map[string]any {
		p, rc, f1 := e.PRF()
		return map[string]any{"gold": e.Gold, "predicted": e.Predicted, "correct": e.Correct,
			"precision": p, "recall": rc, "f1": f1}
	}
	return map[string]any{"sentences": r.Sentences, "triples": sc(r.Triples), "dyads": sc(r.Dyads),
		"events": r.Events, "share_010": r.Share010}
}
