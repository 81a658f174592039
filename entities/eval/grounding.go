package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Grounding scores who and where mentions are: for each mention of a grounding gold file (the format of
// testdata/gold/grounding.jsonl) it looks up the predicted mention with the same span, or else the one
// that overlaps it most, and checks the country, the GeoNames id, the first-order division and the
// CAMEO role the prediction gives against the gold. Accuracy is over gold mentions: a gold mention that
// no prediction covers counts as wrong for every field the gold gives. Only the fields the gold gives
// are scored (a gold mention without a GeoNames id is not counted for geonames_id), and predicted
// mentions that cover no gold mention are ignored: the gold marks test cases, not every name.

// GroundingMention is one scored mention of a grounding gold file.
type GroundingMention struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Type    string `json:"type"`
	Country string `json:"country"` // ISO3, former state, IGO id, or "" for a place of no single country
	// GeonamesID is the GeoNames place (a city of cities15000 or a first-order division); 0 if not scored.
	GeonamesID int64  `json:"geonames_id,omitempty"`
	Admin1     string `json:"admin1,omitempty"` // GeoNames admin1 code, without the country prefix
	Role       string `json:"role,omitempty"`   // CAMEO sector code (GOV, LEG, ELI, ...)
	Name       string `json:"name,omitempty"`   // the ambiguous name (or person) the case belongs to
	Note       string `json:"note"`
}

// GroundingDoc is one document of a grounding gold file.
type GroundingDoc struct {
	ID   string `json:"id"`
	Date string `json:"date"` // YYYY-MM-DD, or "" for an undated document
	// Country is the country the document speaks for (a UN speech's speaker's country, ISO3), passed
	// to the pipeline as the input field country_iso3; "" when none.
	Country  string             `json:"country_iso3,omitempty"`
	Text     string             `json:"text"`
	Mentions []GroundingMention `json:"mentions"`
}

// ReadGroundingGold reads a grounding gold JSONL file and checks every span (text[start:end] == text).
// A malformed line is an error that names its line number.
func ReadGroundingGold(r io.Reader) ([]GroundingDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	var docs []GroundingDoc
	seen := map[string]bool{}
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var d GroundingDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("grounding gold line %d: %w", line, err)
		}
		if d.ID == "" {
			return nil, fmt.Errorf("grounding gold line %d: no id", line)
		}
		if seen[d.ID] {
			return nil, fmt.Errorf("grounding gold line %d: duplicate id %q", line, d.ID)
		}
		seen[d.ID] = true
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End <= m.Start || m.End > len(d.Text) || d.Text[m.Start:m.End] != m.Text {
				return nil, fmt.Errorf("grounding gold line %d (%s): span %d-%d does not hold %q", line, d.ID, m.Start, m.End, m.Text)
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("grounding gold: %w", err)
	}
	return docs, nil
}

// GroundedSpan is one predicted mention: the `geopol extract` format with its grounding keys.
type GroundedSpan struct {
	Start      int
	End        int
	Text       string
	Type       string
	Entity     string
	Country    string
	Role       string
	GeonamesID int64
	Admin1     string
}

// ReadGroundedDocs reads predictions in the `geopol extract` format (one document per line, ids as
// strings or numbers) with the grounding keys country, role, geonames_id (a number or a decimal
// string), admin1; other keys are ignored. It returns the mentions per document id.
func ReadGroundedDocs(r io.Reader) (map[string][]GroundedSpan, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	out := map[string][]GroundedSpan{}
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var raw struct {
			ID       json.RawMessage `json:"id"`
			Entities []struct {
				Start      int             `json:"start"`
				End        int             `json:"end"`
				Text       string          `json:"text"`
				Type       string          `json:"type"`
				Entity     string          `json:"entity"`
				Country    string          `json:"country"`
				Role       string          `json:"role"`
				GeonamesID json.RawMessage `json:"geonames_id"`
				Admin1     string          `json:"admin1"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, fmt.Errorf("predictions line %d: %w", line, err)
		}
		id := strings.Trim(string(raw.ID), `"`)
		if id == "" {
			return nil, fmt.Errorf("predictions line %d: no id", line)
		}
		spans := make([]GroundedSpan, 0, len(raw.Entities))
		for _, e := range raw.Entities {
			gid, err := groundingParseID(e.GeonamesID)
			if err != nil {
				return nil, fmt.Errorf("predictions line %d: mention %d-%d: %w", line, e.Start, e.End, err)
			}
			spans = append(spans, GroundedSpan{Start: e.Start, End: e.End, Text: e.Text, Type: e.Type,
				Entity: e.Entity, Country: e.Country, Role: e.Role, GeonamesID: gid, Admin1: e.Admin1})
		}
		out[id] = append(out[id], spans...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("predictions: %w", err)
	}
	return out, nil
}

// groundingParseID reads a GeoNames id given as a JSON number, a decimal string, null or nothing.
func groundingParseID(raw json.RawMessage) (int64, error) {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" || s == `""` {
		return 0, nil
	}
	s = strings.Trim(s, `"`)
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("geonames_id %s is not an integer", raw)
	}
	return id, nil
}

// GroundingCount is the accuracy of one field over the gold mentions that give it.
type GroundingCount struct {
	Cases    int     `json:"cases"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

func (c *GroundingCount) add(ok bool) {
	c.Cases++
	if ok {
		c.Correct++
	}
}

// GroundingScore is the result for a set of gold mentions.
type GroundingScore struct {
	Mentions int `json:"mentions"` // gold mentions
	Found    int `json:"found"`    // gold mentions some prediction covers (under this matching)
	// Country: every gold mention (the expected country may be "": no country).
	Country GroundingCount `json:"country"`
	// GeonamesID and Admin1: gold mentions that give them.
	GeonamesID GroundingCount `json:"geonames_id"`
	Admin1     GroundingCount `json:"admin1"`
	// Role: gold mentions that give one; the predicted role's first three letters are compared, so a
	// prediction GOVMIL is right for gold GOV.
	Role GroundingCount `json:"role"`
	// All: gold mentions for which every field the gold gives is right.
	All GroundingCount `json:"all"`
}

func (s *GroundingScore) finish() {
	for _, c := range []*GroundingCount{&s.Country, &s.GeonamesID, &s.Admin1, &s.Role, &s.All} {
		c.Accuracy = Ratio(c.Correct, c.Cases)
	}
}

// GroundingMatch is one matching mode's result.
type GroundingMatch struct {
	Total GroundingScore `json:"total"`
	// ByCategory: "place", "person", and their parts "place (ambiguous)" (gold gives a name),
	// "place (control)", "person (dated)", "person (undated)"; "organization"; "other" (NORP, ...).
	ByCategory map[string]GroundingScore `json:"by_category"`
	// ByName: gold mentions with a name, per name.
	ByName map[string]GroundingScore `json:"by_name"`
}

// GroundingError is one gold mention that the overlap matching got wrong.
type GroundingError struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Name  string `json:"name,omitempty"`
	// Match is "exact", "overlap" (the predicted span then follows) or "missing".
	Match     string `json:"match"`
	PredSpan  string `json:"pred_span,omitempty"`
	Field     string `json:"field"` // country, geonames_id, admin1, role, or "mention" when missing
	Gold      string `json:"gold"`
	Predicted string `json:"predicted"`
}

// GroundingReport is the outcome of ScoreGrounding.
type GroundingReport struct {
	Documents    int `json:"documents"`
	GoldMentions int `json:"gold_mentions"`
	// Exact counts only predictions with the gold span; Overlap also takes the prediction that
	// overlaps the gold span most (several gold mentions may take the same prediction).
	Exact   GroundingMatch `json:"exact"`
	Overlap GroundingMatch `json:"overlap"`
	// Errors lists every wrong field under overlap matching, in gold order.
	Errors []GroundingError `json:"errors,omitempty"`
	// MissingPredictions lists gold documents with no prediction line (scored as predicting nothing).
	MissingPredictions []string `json:"missing_predictions,omitempty"`
}

// ScoreGrounding reads a grounding gold file and a prediction file and scores the predictions.
func ScoreGrounding(gold, pred io.Reader) (*GroundingReport, error) {
	gdocs, err := ReadGroundingGold(gold)
	if err != nil {
		return nil, err
	}
	preds, err := ReadGroundedDocs(pred)
	if err != nil {
		return nil, err
	}
	return ScoreGroundingDocs(gdocs, preds), nil
}

// ScoreGroundingDocs scores already-read gold documents against predicted mentions per document id.
func ScoreGroundingDocs(gold []GroundingDoc, pred map[string][]GroundedSpan) *GroundingReport {
	r := &GroundingReport{Documents: len(gold)}
	exact := groundingAcc{cat: map[string]*GroundingScore{}, name: map[string]*GroundingScore{}}
	over := groundingAcc{cat: map[string]*GroundingScore{}, name: map[string]*GroundingScore{}}
	for _, d := range gold {
		ps, ok := pred[d.ID]
		if !ok {
			r.MissingPredictions = append(r.MissingPredictions, d.ID)
		}
		for _, g := range d.Mentions {
			r.GoldMentions++
			cats := groundingCategories(g, d.Date != "")
			e, o, kind := groundingFind(g, ps)
			exact.add(g, e, cats, nil)
			errs := over.add(g, o, cats, func(field, gold, predicted string) GroundingError {
				ge := GroundingError{Doc: d.ID, Start: g.Start, End: g.End, Text: g.Text, Name: g.Name,
					Match: kind, Field: field, Gold: gold, Predicted: predicted}
				if kind == "overlap" {
					ge.PredSpan = fmt.Sprintf("%d-%d %q", o.Start, o.End, o.Text)
				}
				return ge
			})
			r.Errors = append(r.Errors, errs...)
		}
	}
	r.Exact = exact.finish()
	r.Overlap = over.finish()
	return r
}

// groundingFind returns the prediction with the gold span (or nil), the prediction chosen under
// overlap matching (or nil), and how the latter was found: exact, overlap or missing.
func groundingFind(g GroundingMention, ps []GroundedSpan) (*GroundedSpan, *GroundedSpan, string) {
	var best *GroundedSpan
	bestOv, bestDist := 0, 0
	for i := range ps {
		p := &ps[i]
		if p.Start == g.Start && p.End == g.End {
			return p, p, "exact"
		}
		ov := min(p.End, g.End) - max(p.Start, g.Start)
		if ov <= 0 {
			continue
		}
		dist := groundingAbs(p.Start-g.Start) + groundingAbs(p.End-g.End)
		if best == nil || ov > bestOv || (ov == bestOv && dist < bestDist) ||
			(ov == bestOv && dist == bestDist && p.Start < best.Start) {
			best, bestOv, bestDist = p, ov, dist
		}
	}
	if best == nil {
		return nil, nil, "missing"
	}
	return nil, best, "overlap"
}

func groundingAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// groundingCategories lists the categories a gold mention counts in (a part and its whole).
func groundingCategories(g GroundingMention, dated bool) []string {
	switch g.Type {
	case "GPE", "LOC", "FAC":
		if g.Name != "" {
			return []string{"place", "place (ambiguous)"}
		}
		return []string{"place", "place (control)"}
	case "PERSON":
		if dated {
			return []string{"person", "person (dated)"}
		}
		return []string{"person", "person (undated)"}
	case "ORG":
		return []string{"organization"}
	}
	return []string{"other"}
}

// groundingCountry is a prediction's country: its country key, or else its entity when that is a
// country code (the extract format gives countries as ISO3 entities of GPE and NORP mentions).
func groundingCountry(p *GroundedSpan) string {
	if p.Country != "" {
		return p.Country
	}
	if (p.Type == "GPE" || p.Type == "NORP") && len(p.Entity) == 3 && strings.ToUpper(p.Entity) == p.Entity {
		return p.Entity
	}
	return ""
}

// groundingAdmin1 drops a "CC." country prefix from an admin1 code ("US.TX" -> "TX").
func groundingAdmin1(s string) string {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

type groundingAcc struct {
	total GroundingScore
	cat   map[string]*GroundingScore
	name  map[string]*GroundingScore
}

// add scores one gold mention against prediction p (nil: missing) and returns the errors made with mk.
func (a *groundingAcc) add(g GroundingMention, p *GroundedSpan, cats []string, mk func(field, gold, predicted string) GroundingError) []GroundingError {
	scores := []*GroundingScore{&a.total}
	for _, c := range cats {
		if a.cat[c] == nil {
			a.cat[c] = &GroundingScore{}
		}
		scores = append(scores, a.cat[c])
	}
	if g.Name != "" {
		if a.name[g.Name] == nil {
			a.name[g.Name] = &GroundingScore{}
		}
		scores = append(scores, a.name[g.Name])
	}
	var errs []GroundingError
	fail := func(field, gold, predicted string) {
		if mk != nil {
			errs = append(errs, mk(field, gold, predicted))
		}
	}
	found := p != nil
	if !found && mk != nil {
		errs = append(errs, mk("mention", g.Text, ""))
	}
	var pc, pr, pa string
	var pg int64
	if found {
		pc, pr, pa, pg = groundingCountry(p), p.Role, groundingAdmin1(p.Admin1), p.GeonamesID
	}
	countryOK := found && pc == g.Country
	if found && !countryOK {
		fail("country", g.Country, pc)
	}
	geoOK := found && pg == g.GeonamesID
	if g.GeonamesID != 0 && found && !geoOK {
		fail("geonames_id", strconv.FormatInt(g.GeonamesID, 10), strconv.FormatInt(pg, 10))
	}
	admOK := found && pa == g.Admin1
	if g.Admin1 != "" && found && !admOK {
		fail("admin1", g.Admin1, pa)
	}
	roleOK := found && len(pr) >= 3 && pr[:3] == g.Role
	if g.Role != "" && found && !roleOK {
		fail("role", g.Role, pr)
	}
	allOK := countryOK && (g.GeonamesID == 0 || geoOK) && (g.Admin1 == "" || admOK) && (g.Role == "" || roleOK)
	for _, s := range scores {
		s.Mentions++
		if found {
			s.Found++
		}
		s.Country.add(countryOK)
		if g.GeonamesID != 0 {
			s.GeonamesID.add(geoOK)
		}
		if g.Admin1 != "" {
			s.Admin1.add(admOK)
		}
		if g.Role != "" {
			s.Role.add(roleOK)
		}
		s.All.add(allOK)
	}
	return errs
}

func (a *groundingAcc) finish() GroundingMatch {
	m := GroundingMatch{Total: a.total, ByCategory: map[string]GroundingScore{}, ByName: map[string]GroundingScore{}}
	m.Total.finish()
	for k, s := range a.cat {
		s.finish()
		m.ByCategory[k] = *s
	}
	for k, s := range a.name {
		s.finish()
		m.ByName[k] = *s
	}
	return m
}

// WriteText writes the report as a table: totals and categories under both matchings, then the names
// under overlap matching (worst first), then the first maxErrors errors (all when maxErrors < 0).
func (r *GroundingReport) WriteText(w io.Writer, maxErrors int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%d documents, %d gold mentions", r.Documents, r.GoldMentions)
	if n := len(r.MissingPredictions); n > 0 {
		fmt.Fprintf(bw, ", %d documents without predictions", n)
	}
	fmt.Fprintln(bw)
	row := func(label string, s GroundingScore) {
		cell := func(c GroundingCount) string {
			if c.Cases == 0 {
				return fmt.Sprintf("%15s", "-")
			}
			return fmt.Sprintf("%5.3f %4d/%-4d", c.Accuracy, c.Correct, c.Cases)
		}
		fmt.Fprintf(bw, "  %-26s %5d %5d  %s  %s  %s  %s  %s\n", label, s.Mentions, s.Found,
			cell(s.Country), cell(s.GeonamesID), cell(s.Admin1), cell(s.Role), cell(s.All))
	}
	for _, mm := range []struct {
		label string
		m     GroundingMatch
	}{{"exact span", r.Exact}, {"overlapping span", r.Overlap}} {
		fmt.Fprintf(bw, "%s:\n  %-26s %5s %5s  %-15s  %-15s  %-15s  %-15s  %-15s\n", mm.label, "", "gold", "found",
			"country", "geonames_id", "admin1", "role", "all fields")
		row("total", mm.m.Total)
		cats := make([]string, 0, len(mm.m.ByCategory))
		for k := range mm.m.ByCategory {
			cats = append(cats, k)
		}
		sort.Strings(cats)
		for _, k := range cats {
			row(k, mm.m.ByCategory[k])
		}
	}
	names := make([]string, 0, len(r.Overlap.ByName))
	for k := range r.Overlap.ByName {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := r.Overlap.ByName[names[i]].All.Accuracy, r.Overlap.ByName[names[j]].All.Accuracy
		if a != b {
			return a < b
		}
		return names[i] < names[j]
	})
	fmt.Fprintf(bw, "by name (overlapping span, worst first):\n")
	for _, k := range names {
		row(k, r.Overlap.ByName[k])
	}
	n := len(r.Errors)
	if maxErrors >= 0 && n > maxErrors {
		n = maxErrors
	}
	if n > 0 {
		fmt.Fprintf(bw, "errors (%d of %d):\n", n, len(r.Errors))
	}
	for _, e := range r.Errors[:n] {
		fmt.Fprintf(bw, "  %s %d-%d %q %s: %s gold %q predicted %q", e.Doc, e.Start, e.End, e.Text, e.Match, e.Field, e.Gold, e.Predicted)
		if e.PredSpan != "" {
			fmt.Fprintf(bw, " (span %s)", e.PredSpan)
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}
