package actors

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/geopol/geopol/entities"
)

// CAMEOCode returns the CAMEO actor code of a mention, for comparison with event data: the CAMEO
// code of its country (CAMEOOfCountry: "XKX" → "KSV") followed by its role ("RUSGOV"); for a person
// of an international organization the organization's code ("IGOUNO" for Country UN); for an
// organization without a country its code when geopol's id has one ("UN" → "IGOUNO", "Hamas" →
// "PSEREBHMS"); else its role alone (agents: "CVL"), "" when nothing is known.
func (g *Grounder) CAMEOCode(m entities.Mention) string {
	if m.Country != "" {
		if code := g.cameoOf(m.Country); len(code) >= 3 && code[:3] == "IGO" {
			return code
		}
		if m.Role == "IGO" || m.Role == "NGO" || m.Role == "IMG" {
			return CAMEOOfCountry(m.Country)
		}
		return CAMEOOfCountry(m.Country) + m.Role
	}
	if code := g.cameoOf(m.Entity); code != "" {
		return code
	}
	return m.Role
}

// PetrarchAgreement compares the countries and roles of geopol's mentions with the actor codes of
// the PETRARCH unit tests (see EvalPetrarch).
type PetrarchAgreement struct {
	// Sentences is the number of records scored.
	Sentences int
	// Actors counts the expected sources and targets with a country part (the first three letters
	// of the code are not "---"); CountryAgree those for which a mention of the sentence has a CAMEO
	// code (CAMEOCode) with the same first three letters.
	Actors, CountryAgree int
	// NoCountry counts the expected actors left out because their code has no country ("---EDU").
	NoCountry int
	// WithRole counts the expected actors whose code has a CAMEO role after the country ("ARNGOV");
	// RoleAgree those for which a mention has both that country and that role.
	WithRole, RoleAgree int
	// NoGrounded counts the disagreements in sentences where no mention has any country or code;
	// Misses lists up to 50 disagreements for inspection ("id: code: mention codes").
	NoGrounded int
	Misses     []string
	// RoleMisses lists up to 50 role disagreements the same way.
	RoleMisses []string
}

// CountryRate is CountryAgree/Actors; RoleRate is RoleAgree/WithRole.
func (p PetrarchAgreement) CountryRate() float64 { return rate(p.CountryAgree, p.Actors) }
func (p PetrarchAgreement) RoleRate() float64    { return rate(p.RoleAgree, p.WithRole) }

func rate(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EvalPetrarch reads the PETRARCH unit tests (petrarch_unittests.jsonl: {"id","date":"YYYYMMDD",
// "text","events":[{"source","target","code"}],"has_gold"}) and compares, for the source and the
// target of every expected event, the expected actor code with the mentions recognize finds in the
// sentence on the record's date. The alignment: an expected code agrees on the country when some
// mention of the sentence has a CAMEO code (g.CAMEOCode) whose first three letters are the expected
// code's; it agrees on the role when such a mention also has the role the code gives after its
// country (letters four to six, when they are a CAMEO role). Each expected source and target counts
// once per event. Records without gold (has_gold false) and events without a source or target are
// skipped, and so are expected codes without a country ("---GOV").
func (g *Grounder) EvalPetrarch(r io.Reader, recognize func(text, date string) []entities.Mention) (PetrarchAgreement, error) {
	var res PetrarchAgreement
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec struct {
			ID      string `json:"id"`
			Date    string `json:"date"`
			Text    string `json:"text"`
			HasGold bool   `json:"has_gold"`
			Events  []struct {
				Source, Target *string
			} `json:"events"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			return res, fmt.Errorf("actors: petrarch tests line %d: %w", n, err)
		}
		if !rec.HasGold {
			continue
		}
		var want []string
		for _, e := range rec.Events {
			if e.Source == nil || e.Target == nil {
				continue
			}
			want = append(want, *e.Source, *e.Target)
		}
		if len(want) == 0 {
			continue
		}
		date := rec.Date
		if d, err := ParseDate(date); err == nil && d != 0 {
			date = d.String()
		}
		ms := recognize(rec.Text, date)
		codes := make([]string, 0, len(ms))
		for _, m := range ms {
			if c := g.CAMEOCode(m); len(c) >= 3 {
				codes = append(codes, c)
			}
		}
		res.Sentences++
		for _, x := range want {
			if len(x) < 3 || nullCode(x[:3]) {
				res.NoCountry++
				continue
			}
			res.Actors++
			c := x[:3]
			role := ""
			if len(x) >= 6 && IsRole(x[3:6]) {
				role = x[3:6]
				res.WithRole++
			}
			okC, okR := false, false
			for _, mc := range codes {
				if mc[:3] != c {
					continue
				}
				okC = true
				if role != "" && len(mc) >= 6 && mc[3:6] == role {
					okR = true
				}
			}
			if okC {
				res.CountryAgree++
			} else {
				if len(codes) == 0 {
					res.NoGrounded++
				}
				if len(res.Misses) < 50 {
					res.Misses = append(res.Misses, fmt.Sprintf("%s: %s: %v", rec.ID, x, codes))
				}
			}
			if okR {
				res.RoleAgree++
			} else if role != "" && len(res.RoleMisses) < 50 {
				res.RoleMisses = append(res.RoleMisses, fmt.Sprintf("%s: %s: %v", rec.ID, x, codes))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("actors: read petrarch tests: %w", err)
	}
	return res, nil
}
