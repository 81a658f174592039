package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/internal/bench"
)

func evalRun(ctx context.Context, s streams, g *globalOpts, o *evalOpts) error {
	if err := o.validate(); err != nil {
		return err
	}
	if err := g.validate(); err != nil {
		return err
	}
	gold, err := readDocsFile(o.gold)
	if err != nil {
		return err
	}
	var pred []entities.MentionDoc
	if o.pred != "" {
		if pred, err = readDocsFile(o.pred); err != nil {
			return err
		}
	} else {
		models, err := g.loadModels()
		if err != nil {
			return err
		}
		if pred, err = bench.ExtractGold(ctx, models, gold, g.workers); err != nil {
			return err
		}
	}
	rep, err := eval.Evaluate(gold, pred, o.options())
	if err != nil {
		return usageError{err}
	}
	if o.json {
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(s.out); err != nil {
		return err
	}
	f1, err := rep.F1(o.match)
	if err != nil {
		return usageError{err}
	}
	if o.minF1 > 0 && f1 < o.minF1 {
		return belowError{fmt.Sprintf("eval: %s micro F1 %.4f is below --min-f1 %.4f", o.match, f1, o.minF1)}
	}
	return nil
}

func readDocsFile(path string) ([]entities.MentionDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usageError{fmt.Errorf("eval: %w", err)}
	}
	defer f.Close()
	docs, err := eval.ReadDocs(f)
	if err != nil {
		return nil, usageError{fmt.Errorf("eval: %s: %w", path, err)}
	}
	return docs, nil
}
