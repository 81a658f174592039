package events

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/text"
)

// Side is the country and CAMEO role of one side of an event, as GDELT's Actor1CountryCode and
// Actor1Type1Code: Country is the ISO 3166-1 alpha-3 code of the country the actor belongs to (or
// the id of the international organization, as a mention's country), Role its CAMEO sector
// ("GOV", "MIL", "IGO", ...). Either may be "".
type Side struct{ Country, Role string }

// fillSides sets the SourceSide and TargetSide of evs from the mentions ms of the document (sorted
// by Start, as recognizers return them) and the actor codes.
//
// A side's country and role are those of its mention (entities.Mention.Country and Role: a person's
// country and role on the document's date, an organization's, a capital standing for its
// government GOV, a generic agent's agent code), except that a role the code adds to the mention's
// entity or country ("IRQMIL" for "Iraqi troops", "CHNGOV" for "Chinese President Xi") is the
// role. A country mentioned as such has its own code as country and no role. A side without a
// mention (an unnamed agent: "rebels" → "REB") is read from its code alone.
func fillSides(evs []Event, ms []entities.Mention) {
	if len(evs) == 0 {
		return
	}
	isCountry := func(string) bool { return false }
	if g, err := entities.DefaultGazetteer(); err == nil {
		isCountry = g.IsCountry
	}
	sorted := slices.IsSortedFunc(ms, func(a, b entities.Mention) int { return cmp.Compare(a.Start, b.Start) })
	for i := range evs {
		e := &evs[i]
		e.SourceSide = sideOf(e.Source, mentionAt(ms, sorted, e.SourceMention), isCountry)
		e.TargetSide = sideOf(e.Target, mentionAt(ms, sorted, e.TargetMention), isCountry)
	}
}

// mentionAt returns the mention of ms with span sp, or nil.
func mentionAt(ms []entities.Mention, sorted bool, sp text.Span) *entities.Mention {
	if sorted {
		i, _ := slices.BinarySearchFunc(ms, sp.Start, func(m entities.Mention, start int) int { return cmp.Compare(m.Start, start) })
		for ; i < len(ms) && ms[i].Start == sp.Start; i++ {
			if ms[i].End == sp.End && ms[i].Entity != "" {
				return &ms[i]
			}
		}
		return nil
	}
	for i := range ms {
		if ms[i].Start == sp.Start && ms[i].End == sp.End && ms[i].Entity != "" {
			return &ms[i]
		}
	}
	return nil
}

// sideOf returns the side of an actor coded code whose mention is m (nil for none).
func sideOf(code string, m *entities.Mention, isCountry func(string) bool) Side {
	if code == campaignCoalitionCode {
		// a coalition of many countries, however it is named ("the Coalition", seated in the
		// United States by the gazetteer, or "the U.S.-led coalition"): no country, no role
		return Side{}
	}
	if m == nil {
		c, r := actors.SplitCode(code, isCountry)
		if c == "" && isCountry(code) {
			c = code
		}
		return Side{Country: c, Role: r}
	}
	s := Side{Country: m.Country, Role: m.Role}
	for _, base := range []string{m.Entity, m.Country} {
		if base == "" || !strings.HasPrefix(code, base) {
			continue
		}
		if s.Country == "" && isCountry(base) {
			s.Country = base
		}
		if rest := code[len(base):]; actors.IsRole(rest) {
			s.Role = rest
		}
		return s
	}
	// The code is not built on the mention: read it alone, keeping what the mention knows.
	if c, r := actors.SplitCode(code, isCountry); c != "" || r != "" {
		s.Country, s.Role = cmp.Or(c, s.Country), cmp.Or(r, s.Role)
	}
	return s
}
