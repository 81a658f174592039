package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/geopol/geopol/entities"
)

// ReadDocs reads a JSONL file of documents in the extract format (entities.MentionDoc). Ids given as JSON numbers are kept as their decimal text.
// A malformed line is an error that names its line number.
func ReadDocs(r io.Reader) ([]entities.MentionDoc, error) {
	var docs []entities.MentionDoc
	err := ReadJSONL(r, func(b []byte) error {
		var raw struct {
			ID       json.RawMessage    `json:"id"`
			Text     string             `json:"text"`
			Entities []entities.Mention `json:"entities"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			return err
		}
		id := strings.Trim(string(raw.ID), `"`)
		if id == "" {
			return errors.New("no id")
		}
		docs = append(docs, entities.MentionDoc{ID: id, Text: raw.Text, Entities: raw.Entities})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// ReadJSONL calls f with every line of r that is not blank, in order: the reader of gold and
// prediction files (JSON Lines). An error returned by f stops the reading and is returned with the
// line's number ("line 12: ..."). Lines may be up to 1 GiB long.
func ReadJSONL(r io.Reader, f func(line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<30)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if err := f(b); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}

// Options choose what is scored. The zero value scores every type with no renaming.
type Options struct {
	// Map renames types before scoring: "FROM=TO"; FROM may be "*" for every type not named otherwise.
	Map []string
	// Types keeps only these types (after Map); empty keeps all.
	Types []string
}

// Score is precision, recall and F1 with the counts behind them.
type Score struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *Score) finish() {
	s.Precision, s.Recall, s.F1 = PRF(s.TP, s.TP+s.FP, s.TP+s.FN)
}

// PRF returns the precision (correct of predicted), the recall (correct of gold) and the F1 (their
// harmonic mean) of a match count; each is 0 when its denominator is 0.
func PRF(correct, predicted, gold int) (precision, recall, f1 float64) {
	precision, recall = Ratio(correct, predicted), Ratio(correct, gold)
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}

// Ratio returns a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Match is one matching mode's result: micro-averaged and per type (sorted by type name).
type Match struct {
	Micro  Score            `json:"micro"`
	ByType map[string]Score `json:"by_type"`
}

// Report is the outcome of scoring a prediction file against a gold file.
type Report struct {
	Documents    int   `json:"documents"`
	GoldMentions int   `json:"gold_mentions"`
	PredMentions int   `json:"pred_mentions"`
	Strict       Match `json:"strict"`
	Overlap      Match `json:"overlap"`
	// EntityGold counts gold mentions with a canonical entity (after type filtering).
	EntityGold int `json:"entity_gold"`
	// EntityCorrect counts those overlapped by a same-type prediction with the same canonical entity.
	EntityCorrect int `json:"entity_correct"`
	// EntityAccuracy is EntityCorrect / EntityGold (an unmatched gold mention counts as wrong).
	EntityAccuracy float64 `json:"entity_accuracy"`
	// EntityMatchedAccuracy is the same among gold mentions that some prediction overlapped.
	EntityMatchedAccuracy float64 `json:"entity_matched_accuracy"`
	// MissingPredictions lists gold documents with no prediction line (scored as predicting nothing).
	MissingPredictions []string `json:"missing_predictions,omitempty"`
}

type mapper struct {
	m     map[string]string
	star  string
	types map[string]bool
}

func newMapper(o Options) (*mapper, error) {
	mp := &mapper{m: map[string]string{}}
	for _, s := range o.Map {
		from, to, ok := strings.Cut(s, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" || to == "" {
			return nil, fmt.Errorf("eval: bad --map %q: want FROM=TO", s)
		}
		if from == "*" {
			mp.star = to
		} else {
			mp.m[from] = to
		}
	}
	if len(o.Types) > 0 {
		mp.types = map[string]bool{}
		for _, t := range o.Types {
			mp.types[strings.TrimSpace(t)] = true
		}
	}
	return mp, nil
}

func (mp *mapper) apply(spans []entities.Mention) []entities.Mention {
	out := make([]entities.Mention, 0, len(spans))
	for _, s := range spans {
		if to, ok := mp.m[s.Type]; ok {
			s.Type = to
		} else if mp.star != "" {
			s.Type = mp.star
		}
		if mp.types != nil && !mp.types[s.Type] {
			continue
		}
		out = append(out, s)
	}
	return out
}

// Evaluate scores pred against gold. Documents are paired by id; a prediction for an id that is not in
// gold is an error, since it means the two files do not belong together.
func Evaluate(gold, pred []entities.MentionDoc, o Options) (*Report, error) {
	mp, err := newMapper(o)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*entities.MentionDoc, len(pred))
	for i := range pred {
		byID[pred[i].ID] = &pred[i]
	}
	goldIDs := make(map[string]bool, len(gold))
	for _, g := range gold {
		goldIDs[g.ID] = true
	}
	for _, p := range pred {
		if !goldIDs[p.ID] {
			return nil, fmt.Errorf("eval: prediction for document %q, which is not in the gold file", p.ID)
		}
	}
	rep := &Report{Documents: len(gold)}
	strict := map[string]*Score{}
	overlap := map[string]*Score{}
	matchedWithEntity := 0
	for _, g := range gold {
		gs := mp.apply(g.Entities)
		var ps []entities.Mention
		if p := byID[g.ID]; p != nil {
			ps = mp.apply(p.Entities)
		} else {
			rep.MissingPredictions = append(rep.MissingPredictions, g.ID)
		}
		rep.GoldMentions += len(gs)
		rep.PredMentions += len(ps)
		scoreStrict(gs, ps, strict)
		pairs := scoreOverlap(gs, ps, overlap)
		for gi, s := range gs {
			if s.Entity == "" {
				continue
			}
			rep.EntityGold++
			if pi, ok := pairs[gi]; ok {
				matchedWithEntity++
				if ps[pi].Entity == s.Entity {
					rep.EntityCorrect++
				}
			}
		}
	}
	rep.Strict = finish(strict)
	rep.Overlap = finish(overlap)
	rep.EntityAccuracy = Ratio(rep.EntityCorrect, rep.EntityGold)
	rep.EntityMatchedAccuracy = Ratio(rep.EntityCorrect, matchedWithEntity)
	return rep, nil
}

func get(m map[string]*Score, t string) *Score {
	s := m[t]
	if s == nil {
		s = &Score{}
		m[t] = s
	}
	return s
}

func scoreStrict(gs, ps []entities.Mention, acc map[string]*Score) {
	type key struct {
		s, e int
		t    string
	}
	left := map[key]int{}
	for _, g := range gs {
		left[key{g.Start, g.End, g.Type}]++
	}
	for _, p := range ps {
		k := key{p.Start, p.End, p.Type}
		if left[k] > 0 {
			left[k]--
			get(acc, p.Type).TP++
		} else {
			get(acc, p.Type).FP++
		}
	}
	for k, n := range left {
		get(acc, k.t).FN += n
	}
}

// scoreOverlap pairs gold and predicted mentions one to one and returns gold index → prediction index.
func scoreOverlap(gs, ps []entities.Mention, acc map[string]*Score) map[int]int {
	type cand struct{ gi, pi, ov int }
	var cands []cand
	for gi, g := range gs {
		for pi, p := range ps {
			if p.Type != g.Type {
				continue
			}
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if ov > 0 {
				cands = append(cands, cand{gi, pi, ov})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a].ov != cands[b].ov {
			return cands[a].ov > cands[b].ov
		}
		if cands[a].gi != cands[b].gi {
			return cands[a].gi < cands[b].gi
		}
		return cands[a].pi < cands[b].pi
	})
	pairs := map[int]int{}
	usedP := map[int]bool{}
	for _, c := range cands {
		if _, ok := pairs[c.gi]; ok || usedP[c.pi] {
			continue
		}
		pairs[c.gi] = c.pi
		usedP[c.pi] = true
	}
	for gi, g := range gs {
		if _, ok := pairs[gi]; ok {
			get(acc, g.Type).TP++
		} else {
			get(acc, g.Type).FN++
		}
	}
	for pi, p := range ps {
		if !usedP[pi] {
			get(acc, p.Type).FP++
		}
	}
	return pairs
}

func finish(acc map[string]*Score) Match {
	m := Match{ByType: map[string]Score{}}
	for t, s := range acc {
		s.finish()
		m.ByType[t] = *s
		m.Micro.TP += s.TP
		m.Micro.FP += s.FP
		m.Micro.FN += s.FN
	}
	m.Micro.finish()
	return m
}

// WriteText writes the report as a table for people.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d, gold mentions %d, predicted mentions %d\n", r.Documents, r.GoldMentions, r.PredMentions)
	for _, m := range []struct {
		name string
		m    Match
	}{{"strict", r.Strict}, {"overlap", r.Overlap}} {
		fmt.Fprintf(&b, "\n%-8s %-10s %6s %6s %6s %9s %7s %7s\n", m.name, "type", "tp", "fp", "fn", "precision", "recall", "f1")
		types := make([]string, 0, len(m.m.ByType))
		for t := range m.m.ByType {
			types = append(types, t)
		}
		sort.Strings(types)
		row := func(t string, s Score) {
			fmt.Fprintf(&b, "%-8s %-10s %6d %6d %6d %9.4f %7.4f %7.4f\n", "", t, s.TP, s.FP, s.FN, s.Precision, s.Recall, s.F1)
		}
		for _, t := range types {
			row(t, m.m.ByType[t])
		}
		row("micro", m.m.Micro)
	}
	if r.EntityGold > 0 {
		fmt.Fprintf(&b, "\ncanonical actor: %d of %d gold mentions right (accuracy %.4f; %.4f among matched mentions)\n",
			r.EntityCorrect, r.EntityGold, r.EntityAccuracy, r.EntityMatchedAccuracy)
	}
	if len(r.MissingPredictions) > 0 {
		fmt.Fprintf(&b, "\nwarning: %d gold documents had no prediction line\n", len(r.MissingPredictions))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// F1 returns the micro F1 of the named match mode ("strict" or "overlap").
func (r *Report) F1(match string) (float64, error) {
	switch match {
	case "strict":
		return r.Strict.Micro.F1, nil
	case "overlap":
		return r.Overlap.Micro.F1, nil
	}
	return math.NaN(), fmt.Errorf("eval: unknown match mode %q (want strict or overlap)", match)
}
