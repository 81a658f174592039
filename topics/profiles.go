package topics

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geopol/geopol/corpus"
)

// TopActors returns the n actor terms (ActorPrefix stripped: "IRN") with
// the largest positive loadings (above 1e-8, rounding noise) on topic t, weight descending then id
// ascending: the actors whose presence in a document most raises its
// weight on the topic. Actor terms removed by the document frequency
// filters have no loading and never appear. nil if t is out of range.
func (m *Model) TopActors(t, n int) []TermWeight {
	if m.v == nil || t < 0 || t >= m.v.c || n <= 0 {
		return nil
	}
	lo, _ := slices.BinarySearch(m.Terms, ActorPrefix)
	var out []TermWeight
	for j := lo; j < len(m.Terms) && strings.HasPrefix(m.Terms[j], ActorPrefix); j++ {
		if w := m.v.data[j*m.v.c+t]; w > actorNoise {
			out = append(out, TermWeight{Term: m.Terms[j][len(ActorPrefix):], Weight: w})
		}
	}
	slices.SortFunc(out, func(x, y TermWeight) int {
		if c := cmp.Compare(y.Weight, x.Weight); c != 0 {
			return c
		}
		return cmp.Compare(x.Term, y.Term)
	})
	return slices.Clip(out[:min(n, len(out))])
}

// actorNoise is the smallest loading TopActors lists: smaller positive
// loadings are rounding errors of zeros (about 1e-16).
const actorNoise = 1e-8

// ActorProfile is the topic profile of one actor.
type ActorProfile struct {
	// Entity is the canonical actor id, without ActorPrefix.
	Entity string
	// Documents is the number of documents that mention the actor;
	// Mentions the number of mentions in them.
	Documents, Mentions int
	// Weights[t] is the mean weight on topic t of the documents that
	// mention the actor, each weighted by its number of mentions.
	Weights []float64
}

// ActorProfiles returns the topic profile of every actor mentioned in at
// least minDocs documents (at least 1), sorted by Entity. An actor's
// weight on topic t is the mean Model.DocTopics weight of the documents
// that mention it, each document weighted by its mention count:
// Σ_d c(a,d)·w(d,t) / Σ_d c(a,d). Every actor counts, including those the
// document frequency filters removed from the vocabulary (an actor found
// in every document still gets a profile). mat must be the matrix the
// model was fitted to (nil if its rows do not match the model's).
func (m *Model) ActorProfiles(mat *Matrix, minDocs int) []ActorProfile {
	if mat == nil || mat.Rows != len(m.DocTopics) || len(mat.ActorIndptr) != mat.Rows+1 {
		return nil
	}
	k := len(m.Topics)
	na := len(mat.Actors)
	sums := make([]float64, na*k)
	docs := make([]int, na)
	ments := make([]int, na)
	for i := range mat.Rows {
		w := m.DocTopics[i][:k]
		for p := mat.ActorIndptr[i]; p < mat.ActorIndptr[i+1]; p++ {
			a, c := int(mat.ActorInd[p]), mat.ActorCounts[p]
			docs[a]++
			ments[a] += int(c)
			axpy(float64(c), w, sums[a*k:(a+1)*k])
		}
	}
	minDocs = max(minDocs, 1)
	var out []ActorProfile
	for a, term := range mat.Actors {
		if docs[a] < minDocs {
			continue
		}
		ws := sums[a*k : (a+1)*k : (a+1)*k]
		for t := range ws {
			ws[t] /= float64(ments[a])
		}
		out = append(out, ActorProfile{Entity: term, Documents: docs[a], Mentions: ments[a], Weights: ws})
	}
	return out
}

// PeriodWeight is a topic's weight over the documents of one period.
type PeriodWeight struct {
	// Period is the corpus.Period.Key of the period: "2024", "2024-Q1", "2024-03".
	Period string
	// Weight is the mean Model.DocTopics weight of the period's documents.
	Weight float64
	// Documents is the number of dated documents in the period.
	Documents int
}

// Series is one topic's weight over time.
type Series struct {
	Topic  int
	Points []PeriodWeight
}

// OverTime returns, for every topic, its mean document weight per period
// of p: for each period the mean of DocTopics[i][t] over the documents i
// dated in it, with their number. dates[i] is the date of DocIDs[i]
// (normalized, "YYYY-MM-DD"; "" or another form: undated, left out). It
// returns nil for corpus.AllTime and when len(dates) differs from the
// number of documents. Periods are sorted and only periods with
// documents appear; every series has the same periods.
func (m *Model) OverTime(dates []string, p corpus.Period) []Series {
	if len(dates) != len(m.DocIDs) || len(m.DocTopics) != len(m.DocIDs) || p == corpus.AllTime {
		return nil
	}
	k := len(m.Topics)
	keys := make([]string, len(dates))
	index := map[string]int{}
	var periods []string
	for i, d := range dates {
		key := p.Key(d)
		if key == "" {
			continue
		}
		keys[i] = key
		if _, seen := index[key]; !seen {
			index[key] = 0
			periods = append(periods, key)
		}
	}
	slices.Sort(periods)
	for i, key := range periods {
		index[key] = i
	}
	sums := make([]float64, len(periods)*k)
	counts := make([]int, len(periods))
	for i, key := range keys {
		if key == "" {
			continue
		}
		j := index[key]
		counts[j]++
		axpy(1, m.DocTopics[i][:k], sums[j*k:(j+1)*k])
	}
	out := make([]Series, k)
	for t := range k {
		pts := make([]PeriodWeight, len(periods))
		for j, key := range periods {
			pts[j] = PeriodWeight{Period: key, Weight: sums[j*k+t] / float64(counts[j]), Documents: counts[j]}
		}
		out[t] = Series{Topic: t, Points: pts}
	}
	return out
}

// AutoPeriod returns the period for OverTime that suits dates: corpus.Month
// when the dated documents span at most two calendar years (a news corpus
// of a few months), corpus.Year otherwise or when none is dated.
func AutoPeriod(dates []string) corpus.Period {
	lo, hi, dated := 0, 0, false
	for _, d := range dates {
		y, ok := corpus.Year.Index(d)
		if !ok {
			continue
		}
		if !dated || y < lo {
			lo = y
		}
		if !dated || y > hi {
			hi = y
		}
		dated = true
	}
	if dated && hi-lo <= 1 {
		return corpus.Month
	}
	return corpus.Year
}
