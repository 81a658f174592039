package syntax

// Scores are attachment scores of predicted trees against gold trees. Tokens whose gold relation
// is punct are not scored (the usual convention).
type Scores struct {
	Sentences, Tokens int // sentences and scored tokens
	Heads             int // scored tokens with the right head
	Labeled           int // scored tokens with the right head and relation
	// PerLabel counts, per relation, the scored tokens that have it in the gold tree, in the
	// predicted tree, and in both with the right head.
	PerLabel [numLabels]LabelCount
}

// LabelCount counts one relation's gold, predicted and correct (right head and relation) tokens.
type LabelCount struct{ Gold, Predicted, Correct int }

// UAS is the share of scored tokens with the right head.
func (s *Scores) UAS() float64 { return ratio(s.Heads, s.Tokens) }

// LAS is the share of scored tokens with the right head and relation.
func (s *Scores) LAS() float64 { return ratio(s.Labeled, s.Tokens) }

// F1 returns the precision, recall and F1 of relation l (right head and relation).
func (s *Scores) F1(l Label) (p, r, f float64) {
	c := s.PerLabel[l]
	p, r = ratio(c.Correct, c.Predicted), ratio(c.Correct, c.Gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add scores one predicted tree against the gold tree of ex.
func (s *Scores) Add(ex Example, t Tree) {
	s.Sentences++
	for i := range ex.Head {
		if ex.Label[i] == Punct {
			continue
		}
		s.Tokens++
		gl := ex.Label[i]
		s.PerLabel[gl].Gold++
		if i >= len(t.Head) {
			continue
		}
		pl := t.Label[i]
		s.PerLabel[pl].Predicted++
		if t.Head[i] == ex.Head[i] {
			s.Heads++
			if pl == gl {
				s.Labeled++
				s.PerLabel[gl].Correct++
			}
		}
	}
}

// Evaluate parses every example with m and scores the trees.
func (m *Model) Evaluate(exs []Example) Scores {
	var s Scores
	for _, ex := range exs {
		words := make([]string, len(ex.Tokens))
		tags := make([]string, len(ex.Tokens))
		for i, tk := range ex.Tokens {
			words[i] = ex.Text[tk.Start:tk.End]
			tags[i] = tk.Tag
		}
		s.Add(ex, m.Parse(words, tags))
	}
	return s
}
