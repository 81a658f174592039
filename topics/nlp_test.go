package topics

import (
	"fmt"
	"math"

	"github.com/james-bowman/nlp"
	"gonum.org/v1/gonum/mat"
)

// nlpTruncatedSVD runs james-bowman/nlp's exact TruncatedSVD on the
// terms × documents matrix tdm and returns its k singular values (the row
// norms of Σ·Vᵀ). FitTransform is used because Fit panics on failure; any
// other panic is recovered here and returned as an error.
func nlpTruncatedSVD(tdm mat.Matrix, k int) (s []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("nlp truncated svd: %v", r)
		}
	}()
	out, err := nlp.NewTruncatedSVD(k).FitTransform(tdm)
	if err != nil {
		return nil, fmt.Errorf("nlp truncated svd: %w", err)
	}
	r, c := out.Dims()
	s = make([]float64, r)
	for i := range r {
		var ss float64
		for j := range c {
			v := out.At(i, j)
			ss += v * v
		}
		s[i] = math.Sqrt(ss)
	}
	return s, nil
}

// nlpTFIDF weights the terms × documents count matrix tdm with
// james-bowman/nlp's TfidfTransformer and returns the result.
func nlpTFIDF(tdm mat.Matrix) (out mat.Matrix, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("nlp tfidf: %v", r)
		}
	}()
	out, err = nlp.NewTfidfTransformer().FitTransform(tdm)
	if err != nil {
		return nil, fmt.Errorf("nlp tfidf: %w", err)
	}
	return out, nil
}
