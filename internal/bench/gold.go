package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/pipeline"
)

// ExtractGold runs the extraction stages on the texts of gold documents, exactly as `geopol extract`
// would on a JSONL file of them (boilerplate cleaning included), and returns the predictions in the same
// order, for scoring.
func ExtractGold(ctx context.Context, m *pipeline.Models, gold []entities.MentionDoc, workers int) ([]entities.MentionDoc, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, g := range gold {
		if err := enc.Encode(struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}{g.ID, g.Text}); err != nil {
			return nil, err
		}
	}
	var pred []entities.MentionDoc
	_, err := pipeline.Run(ctx, m, pipeline.Options{Paths: []string{"-"}, Stdin: &buf, Workers: workers}, func(r *pipeline.DocResult) error {
		if r.Err != nil {
			return fmt.Errorf("bench: gold document %s: %w", r.Doc.ID, r.Err)
		}
		pred = append(pred, entities.MentionDoc{ID: r.Doc.ID, Entities: r.Mentions})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pred, nil
}
