package places

import "math"

// Context is what a document says that helps choose among places of the same name. The zero value
// (no context) chooses by prior alone.
type Context struct {
	// Countries weighs the countries the document is about so far (ISO3 → weight, such as the number
	// of mentions grounded in each).
	Countries map[string]float64
	// Divisions holds the first-order divisions the document names, as "ISO3.code" ("USA.TX").
	Divisions map[string]bool
	// Dateline is the country of the document's dateline, "" when it has none or it is unknown.
	Dateline string
	// Country, when set, is the country the text pins the name to ("Paris, France"): places of
	// other countries are ruled out.
	Country string
	// Division, when its Country is set, is the division the text pins the name to ("Springfield,
	// Ill."): places outside it are ruled out.
	Division Region
	// Want restricts the kind of place: WantAny, WantCity (no divisions) or WantDivision.
	Want Want
	// Capital prefers capitals among candidates of one country (a name the country table lists as a
	// capital).
	Capital bool
	// Nearby counts, by division ("ISO3.code"), the other place names of the document that lie in it
	// without doubt ("Atlanta" and "Savannah" for "USA.GA"): the shared-division evidence of
	// CLIFF-CLAVIN and Mordecai. See NearbyVote.
	Nearby map[string]int
	// Own is the division the name being chosen itself votes for in Nearby ("" when it votes for
	// none): that vote does not count for the name's own candidates.
	Own string
}

// NearbyVote returns the division a name's places vote for in Context.Nearby and whether they do: the
// division of the best candidate in ctx, when every candidate of another division scores at least
// nearbyMargin less (one place of the name stands out: "Boston" in Massachusetts rather than
// England, "Toronto"). Divisions vote for themselves.
func NearbyVote(cands []Candidate, ctx *Context) (string, bool) {
	best, ok := Choose(cands, ctx)
	if !ok || best.Admin1 == "" {
		return "", false
	}
	bs := Score(best, ctx)
	for _, c := range cands {
		if (c.Country != best.Country || c.Admin1 != best.Admin1) && Score(c, ctx) > bs-nearbyMargin {
			return "", false
		}
	}
	return best.Country + "." + best.Admin1, true
}

// Want is the kind of place a name is expected to denote.
type Want uint8

// Kinds of place.
const (
	WantAny Want = iota
	WantCity
	WantDivision
)

// Prior is the score of a candidate before context: the decimal logarithm of its population (of its
// cities for a division), plus 1.5 times the decimal logarithm of one plus its number of names in
// other languages (how widely known it is: San Jose in California before San José in Costa Rica,
// Valencia in Spain before Valencia in Venezuela; a division counts as known by 30), plus 1 for a
// national capital and 0.3 for the seat of a division or a division, minus 2 for an alternate name.
func Prior(c Candidate) float64 {
	s := math.Log10(float64(c.Population) + 1)
	names := float64(c.Names)
	switch c.Feature {
	case FeatureCapital:
		s++
	case FeatureSeat:
		s += 0.3
	case FeatureDivision:
		s += 0.3
		names = 30
	}
	s += 1.5 * math.Log10(1+names)
	if c.Alternate {
		s -= 2
	}
	return s
}

// Weights of the context in Score.
const (
	countryBonus  = 1.5 // the document names the candidate's country
	focusBonus    = 2.0 // times the country's share of the document's countries
	divisionBonus = 3.0 // the document names the candidate's division
	datelineBonus = 1.5 // the candidate is in the dateline's country
	capitalBonus  = 3.0 // Context.Capital and the candidate is a capital
	nearbyBonus   = 1.0 // per other place of the document in the candidate's division (at most 2)
	nearbyMargin  = 1.0 // by how much a name's best place must beat other divisions' to vote
)

// Score is the score of a candidate in context: Prior plus a bonus when the document names the
// candidate's country (1.5, plus 2 times the country's share of the document's country weight),
// when it names the candidate's division (3), when other places of the document lie in that
// division without doubt (1 for one, 2 for two or more: Context.Nearby) and when the dateline is in the candidate's country
// (1.5). The weights follow the geoparsers CLIFF-CLAVIN and Mordecai: a place is first sought in the
// countries and divisions the text is about, and among them the most populous wins.
func Score(c Candidate, ctx *Context) float64 {
	s := Prior(c)
	if ctx == nil {
		return s
	}
	if w := ctx.Countries[c.Country]; w > 0 {
		total := 0.0
		for _, v := range ctx.Countries {
			total += v
		}
		s += countryBonus + focusBonus*w/total
	}
	if c.Admin1 != "" && !c.IsDivision() && (len(ctx.Divisions) > 0 || len(ctx.Nearby) > 0) {
		div := c.Country + "." + c.Admin1
		if ctx.Divisions[div] {
			s += divisionBonus
		}
		n := ctx.Nearby[div]
		if div == ctx.Own {
			n--
		}
		s += nearbyBonus * float64(min(n, 2))
	}
	if ctx.Dateline != "" && c.Country == ctx.Dateline {
		s += datelineBonus
	}
	if ctx.Capital && c.Feature == FeatureCapital {
		s += capitalBonus
	}
	return s
}

// Choose returns the candidate of best Score in ctx, and false when none is admissible: candidates
// outside ctx.Country or ctx.Division, or of a kind ctx.Want rules out, are not. A division whose
// own city of the same name is among the candidates gives way to the city ("São Paulo", "New York",
// "Tripoli") unless ctx wants divisions; a city matched by an alternate name counts only when it is
// the division's seat and holds most of its people ("Santiago" de los Caballeros; "Alberta" is an
// alternate name of Calgary, which is not Alberta's seat). Ties go to the earlier candidate.
func Choose(cands []Candidate, ctx *Context) (Candidate, bool) {
	var c0 Context
	if ctx == nil {
		ctx = &c0
	}
	best, bestScore := -1, math.Inf(-1)
	for i, c := range cands {
		if !admissible(c, ctx) {
			continue
		}
		if c.IsDivision() && ctx.Want != WantDivision && hasCityIn(cands, c) {
			continue
		}
		if s := Score(c, ctx); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return Candidate{}, false
	}
	return cands[best], true
}

// admissible applies the hard constraints of ctx.
func admissible(c Candidate, ctx *Context) bool {
	if ctx.Country != "" && c.Country != ctx.Country {
		return false
	}
	if ctx.Division.Country != "" && (c.Country != ctx.Division.Country || c.Admin1 != ctx.Division.Admin1) {
		return false
	}
	switch ctx.Want {
	case WantCity:
		return !c.IsDivision()
	case WantDivision:
		return c.IsDivision()
	}
	return true
}

// hasCityIn reports whether cands hold a city inside division d by its own name, or by an alternate
// name its seat when the seat holds at least half of the division's people (of its listed cities):
// "Santiago" for Santiago de los Caballeros, seat of the Dominican province of Santiago, "Santa Cruz"
// for Santa Cruz de la Sierra, but "Penang" for the Malaysian state rather than George Town.
func hasCityIn(cands []Candidate, d Candidate) bool {
	for _, c := range cands {
		if !c.IsDivision() && c.Country == d.Country && c.Admin1 == d.Admin1 &&
			(!c.Alternate || c.Feature == FeatureSeat && 2*c.Population >= d.Population) {
			return true
		}
	}
	return false
}

// Resolve looks name up and chooses among its places in ctx (see Choose). It also returns the
// name's flags.
func (t *Table) Resolve(name string, ctx *Context) (Candidate, Flags, bool) {
	cands, f := t.Lookup(name)
	c, ok := Choose(cands, ctx)
	return c, f, ok
}
