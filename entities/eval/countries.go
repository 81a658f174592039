package eval

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// CountryDoc is one story of a document-country gold file: the story and the countries it is about,
// as labels (Reuters-21578 PLACES such as "usa", "west-germany") or ISO 3166-1 alpha-3 codes.
type CountryDoc struct {
	ID     string   `json:"id"`
	Date   string   `json:"date,omitempty"`
	Text   string   `json:"text"`
	Places []string `json:"places"`
}

// ReadCountryDocs reads a JSONL file of CountryDoc. Ids given as JSON numbers are kept as their
// decimal text. A malformed line, a line without an id or a repeated id is an error that names its
// line number (and, for a repeated id, the number of the earlier story with it).
func ReadCountryDocs(r io.Reader) ([]CountryDoc, error) {
	var docs []CountryDoc
	seen := map[string]int{}
	line := 0
	err := eachLine(r, func(b []byte) error {
		line++
		var raw struct {
			ID     json.RawMessage `json:"id"`
			Date   string          `json:"date"`
			Text   string          `json:"text"`
			Places []string        `json:"places"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			return err
		}
		id := strings.Trim(string(raw.ID), `"`)
		if id == "" || id == "null" {
			return errors.New("no id")
		}
		if prev, ok := seen[id]; ok {
			return fmt.Errorf("id %q repeats story %d", id, prev)
		}
		seen[id] = line
		docs = append(docs, CountryDoc{ID: id, Date: raw.Date, Text: raw.Text, Places: raw.Places})
		return nil
	})
	return docs, err
}

// CountryScore is the score of one country over all documents.
type CountryScore struct {
	Country string `json:"country"`
	Score
}

// CountryReport is the outcome of scoring document countries: micro precision, recall and F1 over
// (document, country) pairs, the same per country, and how often the first predicted country (the
// focus) is one of the gold countries.
type CountryReport struct {
	Documents int   `json:"documents"`
	Micro     Score `json:"micro"`
	// FocusCorrect counts documents whose first predicted country is a gold country; FocusAccuracy
	// divides it by the documents that have gold countries.
	FocusCorrect  int     `json:"focus_correct"`
	FocusAccuracy float64 `json:"focus_accuracy"`
	// ByCountry holds every country with a gold or predicted pair, most errors (FP+FN) first, then
	// by country code.
	ByCountry []CountryScore `json:"by_country"`
	// Unmapped lists gold labels that the label function could not map to a country (sorted); they
	// are left out of the scores.
	Unmapped []string `json:"unmapped,omitempty"`
	// MissingPredictions lists gold documents with no prediction (scored as predicting nothing).
	MissingPredictions []string `json:"missing_predictions,omitempty"`
}

// EvaluateCountries scores predicted document countries against gold. pred maps a document id to its
// predicted countries (ISO3, most salient first; repeats are ignored); label maps a gold label to an
// ISO3 code, or reports false for a label that is not a country (nil: labels are ISO3 codes
// already). A prediction for an id that is not in gold is an error.
func EvaluateCountries(gold []CountryDoc, pred map[string][]string, label func(string) (string, bool)) (*CountryReport, error) {
	ids := make(map[string]bool, len(gold))
	for _, g := range gold {
		ids[g.ID] = true
	}
	for id := range pred {
		if !ids[id] {
			return nil, fmt.Errorf("eval: prediction for document %q, which is not in the gold file", id)
		}
	}
	if label == nil {
		label = func(s string) (string, bool) { return s, s != "" }
	}
	rep := &CountryReport{Documents: len(gold)}
	per := map[string]*Score{}
	unmapped := map[string]bool{}
	withGold := 0
	for _, g := range gold {
		want := map[string]bool{}
		for _, l := range g.Places {
			if c, ok := label(l); ok {
				want[c] = true
			} else {
				unmapped[l] = true
			}
		}
		ps, ok := pred[g.ID]
		if !ok {
			rep.MissingPredictions = append(rep.MissingPredictions, g.ID)
		}
		got := map[string]bool{}
		for i, c := range ps {
			if got[c] || c == "" {
				continue
			}
			got[c] = true
			if want[c] {
				get(per, c).TP++
				rep.Micro.TP++
				if i == 0 {
					rep.FocusCorrect++
				}
			} else {
				get(per, c).FP++
				rep.Micro.FP++
			}
		}
		for c := range want {
			if !got[c] {
				get(per, c).FN++
				rep.Micro.FN++
			}
		}
		if len(want) > 0 {
			withGold++
		}
	}
	rep.Micro.finish()
	rep.FocusAccuracy = Ratio(rep.FocusCorrect, withGold)
	for c, s := range per {
		s.finish()
		rep.ByCountry = append(rep.ByCountry, CountryScore{Country: c, Score: *s})
	}
	slices.SortFunc(rep.ByCountry, func(a, b CountryScore) int {
		if n := cmp.Compare(b.FP+b.FN, a.FP+a.FN); n != 0 {
			return n
		}
		return cmp.Compare(a.Country, b.Country)
	})
	for l := range unmapped {
		rep.Unmapped = append(rep.Unmapped, l)
	}
	slices.Sort(rep.Unmapped)
	return rep, nil
}

// WriteText writes the report for people, with the top countries by errors (all when top <= 0).
func (r *CountryReport) WriteText(w io.Writer, top int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d\n", r.Documents)
	fmt.Fprintf(&b, "(document, country) pairs: tp %d fp %d fn %d  precision %.4f recall %.4f f1 %.4f\n",
		r.Micro.TP, r.Micro.FP, r.Micro.FN, r.Micro.Precision, r.Micro.Recall, r.Micro.F1)
	fmt.Fprintf(&b, "focus country right in %d documents (accuracy %.4f)\n", r.FocusCorrect, r.FocusAccuracy)
	n := len(r.ByCountry)
	if top > 0 && top < n {
		n = top
	}
	if n > 0 {
		fmt.Fprintf(&b, "\n%-8s %6s %6s %6s %9s %7s %7s\n", "country", "tp", "fp", "fn", "precision", "recall", "f1")
		for _, c := range r.ByCountry[:n] {
			fmt.Fprintf(&b, "%-8s %6d %6d %6d %9.4f %7.4f %7.4f\n", c.Country, c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
		}
	}
	if len(r.Unmapped) > 0 {
		fmt.Fprintf(&b, "\nwarning: gold labels with no country, left out: %s\n", strings.Join(r.Unmapped, ", "))
	}
	if len(r.MissingPredictions) > 0 {
		fmt.Fprintf(&b, "\nwarning: %d gold documents had no prediction\n", len(r.MissingPredictions))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CountryLabels returns a label function for EvaluateCountries that reads country labels as the
// Reuters-21578 PLACES category names ("usa", "west-germany", "hong-kong") or ISO3 codes: the former
// states by the codes the contract keeps (ussr SUN, west-germany DEU, east-germany DDR, yugoslavia
// YUG, czechoslovakia CSK, zaire ZAR, yemen-demo-republic YMD, yemen-arab-republic YEM), the others
// through lookup, which maps a country name ("Saudi Arabia", "USA") to its ISO3 code, trying the
// label in title case with spaces for hyphens, then in upper case.
func CountryLabels(lookup func(name string) (string, bool)) func(string) (string, bool) {
	fixed := map[string]string{
		"ussr": "SUN", "west-germany": "DEU", "east-germany": "DDR", "yugoslavia": "YUG",
		"czechoslovakia": "CSK", "zaire": "ZAR", "yemen-demo-republic": "YMD", "yemen-arab-republic": "YEM",
		"trinidad-tobago": "TTO", "usa": "USA", "uk": "GBR", "uae": "ARE",
	}
	return func(l string) (string, bool) {
		l = strings.TrimSpace(l)
		if c, ok := fixed[strings.ToLower(l)]; ok {
			return c, true
		}
		if len(l) == 3 && strings.ToUpper(l) == l {
			return l, true
		}
		if lookup == nil {
			return "", false
		}
		words := strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return r == '-' || r == ' ' || r == '_' })
		for i, w := range words {
			switch w {
			case "and", "of", "the":
				if i > 0 {
					continue
				}
			}
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
		if c, ok := lookup(strings.Join(words, " ")); ok {
			return c, true
		}
		return lookup(strings.ToUpper(l))
	}
}

// eachLine calls fn with every non-blank line of a JSONL stream (lines may be long); an error of fn
// is returned with the line's number.
func eachLine(r io.Reader, fn func(b []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		if err := fn(b); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}
