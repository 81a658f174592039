package ner

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/geopol/geopol/entities/eval"
)

// isGMBType reports whether t is one of the GMB entity types the GMB model learns. GMB "tim"
// (dates) and the rare "art", "eve" and "nat" are not actors and are left out.
func isGMBType(t string) bool {
	switch t {
	case "geo", "gpe", "org", "per":
		return true
	}
	return false
}

type gmbEntity struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	GMBType string `json:"gmb_type"`
}

type gmbRecord struct {
	ID       string      `json:"id"`
	Text     string      `json:"text"`
	Entities []gmbEntity `json:"entities"`
}

// ReadGMB reads GMB sentences in the JSONL form of the shared training data (one
// {"id","text","entities":[{"start","end","gmb_type"}]} object a line, tokens separated by
// single spaces, byte offsets) and returns them with spans of the types geo, gpe, org and per.
// Entities that do not align with token boundaries or overlap an earlier one are skipped.
func ReadGMB(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	err := eval.ReadJSONL(r, func(b []byte) error {
		var rec gmbRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return err
		}
		out = append(out, gmbSentence(&rec))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ner: read GMB: %w", err)
	}
	return out, nil
}

func gmbSentence(rec *gmbRecord) Sentence {
	var s Sentence
	starts := map[int]int{}
	ends := map[int]int{}
	pos := 0
	for w := range strings.SplitSeq(rec.Text, " ") {
		if w != "" {
			starts[pos] = len(s.Words)
			ends[pos+len(w)] = len(s.Words) + 1
			s.Words = append(s.Words, w)
		}
		pos += len(w) + 1
	}
	used := make([]bool, len(s.Words))
	for _, e := range rec.Entities {
		if !isGMBType(e.GMBType) {
			continue
		}
		a, okA := starts[e.Start]
		b, okB := ends[e.End]
		if !okA || !okB || a >= b || slices.Contains(used[a:b], true) {
			continue
		}
		for i := a; i < b; i++ {
			used[i] = true
		}
		s.Spans = append(s.Spans, TokenSpan{Start: a, End: b, Type: e.GMBType})
	}
	slices.SortFunc(s.Spans, func(x, y TokenSpan) int { return x.Start - y.Start })
	return s
}

// Score holds span counts and strict precision, recall and F1 for one entity type (or "ALL" for
// the micro average).
type Score struct {
	Type                  string
	Gold, Pred, Correct   int
	Precision, Recall, F1 float64
}

func (s *Score) finish() { s.Precision, s.Recall, s.F1 = eval.PRF(s.Correct, s.Pred, s.Gold) }

// Eval is the strict (exact span and type) evaluation of a model on held-out sentences.
type Eval struct {
	Sentences, Tokens int
	Micro             Score   // over all types
	PerType           []Score // by type name
	TrainSentences    int     // sentences trained on (TrainGMB only)
	TrainTime         time.Duration
	Features          int // weight rows in the model
}

// Evaluate tags sents with m and scores the predicted spans against their gold spans, matching
// exact token boundaries and type.
func Evaluate(m *Model, sents []Sentence) Eval {
	var ev Eval
	var sr scorer
	sc := m.getScratch()
	defer m.putScratch(sc)
	var pred []TokenSpan
	for _, s := range sents {
		ev.Sentences++
		ev.Tokens += len(s.Words)
		pred = m.spansFromTags(m.tagInto(s.Words, s.POS, sc), pred[:0])
		gold := map[TokenSpan]bool{}
		for _, g := range s.Spans {
			gold[g] = true
			sr.gold(g.Type)
		}
		for _, p := range pred {
			sr.pred(p.Type, gold[p])
		}
	}
	sr.finish(&ev)
	ev.Features = m.Features()
	return ev
}

// scorer counts gold, predicted and correct spans per type and over all types.
type scorer struct {
	byType map[string]*Score
	micro  Score
}

func (sr *scorer) get(typ string) *Score {
	if sr.byType == nil {
		sr.byType = map[string]*Score{}
	}
	s, ok := sr.byType[typ]
	if !ok {
		s = &Score{Type: typ}
		sr.byType[typ] = s
	}
	return s
}

// gold counts a gold span of type typ.
func (sr *scorer) gold(typ string) {
	sr.get(typ).Gold++
	sr.micro.Gold++
}

// pred counts a predicted span of type typ, correct when it matches a gold span.
func (sr *scorer) pred(typ string, correct bool) {
	s := sr.get(typ)
	s.Pred++
	sr.micro.Pred++
	if correct {
		s.Correct++
		sr.micro.Correct++
	}
}

// finish sets ev's micro and per-type scores (by type name).
func (sr *scorer) finish(ev *Eval) {
	ev.Micro = sr.micro
	ev.Micro.Type = "ALL"
	ev.Micro.finish()
	ev.PerType = ev.PerType[:0]
	for _, s := range sr.byType {
		s.finish()
		ev.PerType = append(ev.PerType, *s)
	}
	slices.SortFunc(ev.PerType, func(a, b Score) int { return strings.Compare(a.Type, b.Type) })
}

// String formats an evaluation as a small table.
func (e Eval) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "evaluated on %d sentences, %d tokens; model of %d features", e.Sentences, e.Tokens, e.Features)
	if e.TrainSentences > 0 {
		fmt.Fprintf(&b, " trained on %d sentences in %s", e.TrainSentences, e.TrainTime.Round(time.Second))
	}
	b.WriteByte('\n')
	fmt.Fprintf(&b, "%-5s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "ok", "P", "R", "F1")
	for _, s := range append(slices.Clone(e.PerType), e.Micro) {
		fmt.Fprintf(&b, "%-5s %6d %6d %6d %7.4f %7.4f %7.4f\n", s.Type, s.Gold, s.Pred, s.Correct, s.Precision, s.Recall, s.F1)
	}
	return b.String()
}

// TrainGMB trains a model on the GMB sentences read from r (JSONL, see ReadGMB): the first
// 1-heldOutFraction of the sentences in file order for training, the rest for the returned
// evaluation (heldOutFraction 0 trains on everything and evaluates nothing).
func TrainGMB(r io.Reader, opts TrainOptions, heldOutFraction float64) (*Model, Eval, error) {
	sents, err := ReadGMB(r)
	if err != nil {
		return nil, Eval{}, fmt.Errorf("ner: train GMB: %w", err)
	}
	if heldOutFraction < 0 || heldOutFraction >= 1 {
		return nil, Eval{}, fmt.Errorf("ner: train GMB: held-out fraction %v not in [0, 1)", heldOutFraction)
	}
	train, test := SplitHeldOut(sents, heldOutFraction)
	if opts.UsePOS && opts.Tagger != nil {
		for i := range test {
			if len(test[i].POS) == 0 {
				test[i].POS = opts.Tagger.Tag(test[i].Words)
			}
		}
	}
	began := time.Now()
	m, err := Train(train, opts)
	if err != nil {
		return nil, Eval{}, fmt.Errorf("ner: train GMB: %w", err)
	}
	took := time.Since(began)
	ev := Evaluate(m, test)
	ev.TrainSentences = len(train)
	ev.TrainTime = took
	return m, ev, nil
}

// SplitHeldOut splits sentences in order: the first 1-heldOutFraction for training, the rest
// held out.
func SplitHeldOut(sents []Sentence, heldOutFraction float64) (train, test []Sentence) {
	cut := len(sents) - int(float64(len(sents))*heldOutFraction)
	cut = max(0, min(cut, len(sents)))
	return sents[:cut], sents[cut:]
}
