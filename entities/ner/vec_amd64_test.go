//go:build amd64 && !purego

package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestEmissionsKernelsAgree scores the emission test sentences with the AVX2 kernels and with the
// pure-Go ones and checks that every score is the same.
func TestEmissionsKernelsAgree(t *testing.T) {
	skipWithoutAVX2(t)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := emissionCases(t, 10)
	defer func() { hasAVX2 = true }()
	score := func(avx bool) [][]int32 {
		hasAVX2 = avx
		s := m.getScratch()
		defer m.putScratch(s)
		// Empty caches: the word and shape-triple vectors are summed with the kernels under test.
		clear(s.words1.keys)
		clear(s.tri.keys)
		var out [][]int32
		for _, words := range cases {
			m.emissions(words, nil, s)
			out = append(out, append([]int32(nil), s.emit...))
		}
		return out
	}
	vec, scalar := score(true), score(false)
	n := 0
	for i := range cases {
		if !slices.Equal(vec[i], scalar[i]) {
			t.Fatalf("sentence %q: AVX2 and pure-Go emission scores differ", strings.Join(cases[i], " "))
		}
		n += len(cases[i])
	}
	if n == 0 {
		t.Fatal("no token scored")
	}
}
