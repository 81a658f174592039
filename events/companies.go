package events

import (
	"slices"

	"github.com/geopol/geopol/entities"
)

// Companies named after their country. A company the recognizers do not ground ("State Trading
// Corp", "Marubeni Corp") is no actor by itself, but after a nationality or a possessive country
// ("the Indian State Trading Corp", "Japan's Marubeni Corp") the sentence gives its country: it is that country's business (BUS), as EVENTS_GUIDELINES.md
// R-4 codes companies.

// companySuffix reports whether w (lower case) ends a company's name.
func companySuffix(w string) bool {
	switch w {
	case "corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "company", "ltd", "ltd.", "plc", "ag",
		"sa", "s.a.", "gmbh", "nv", "n.v.", "spa", "s.p.a.", "bv", "ab", "asa", "kk", "holdings",
		"industries", "airlines", "motors", "bank", "llc":
		return true
	}
	return false
}

// companyOf reports whether the mention a of type t is a company the recognizers did not ground,
// by the last word of its name.
func (v *sentenceView) companyOf(a actor, t string) bool {
	return t == entities.ORG && !a.grounded && a.end > a.first && a.end <= v.n() && companySuffix(v.words[a.end-1])
}

// companyNameAfter returns the end of a company's name of capitalized words starting at j whose
// last word is a company suffix ("State Trading Corp", "Marubeni Corp."), or -1.
func (v *sentenceView) companyNameAfter(j int) int {
	for i := j; i < v.n() && i < j+6; i++ {
		if v.tags[i] != "NNP" && v.tags[i] != "NNPS" || v.actorAt[i] >= 0 {
			return -1
		}
		if companySuffix(v.words[i]) && i > j {
			if v.words[i] == "bank" && slices.ContainsFunc(v.words[j:i], func(w string) bool {
				return w == "central" || w == "reserve" || w == "national" || w == "people's" || w == "development" || w == "investment"
			}) {
				return -1 // a central bank: "the South African Reserve Bank"
			}
			return i + 1
		}
	}
	return -1
}
