package network

import (
	"fmt"
	"strings"

	"github.com/geopol/geopol/entities"
)

// Level is what the nodes of the co-occurrence network stand for. The zero value is [ActorLevel].
type Level int

const (
	// ActorLevel makes every canonical actor a node (entities.Mention.Entity): people,
	// organizations, places and countries each on their own (the default).
	ActorLevel Level = iota
	// CountryLevel rolls every mention up into its country (entities.Mention.Country): a person,
	// an organization, a city or a demonym counts as a mention of the country it belongs to, and
	// an international organization and its officials as the organization ("UNSC" and "António
	// Guterres" as "UN"). Mentions without a country (an unplaced name, a region, a group such
	// as "Arabs") are left out.
	CountryLevel
)

// String returns the level's command-line name: "actor" or "country".
func (l Level) String() string {
	switch l {
	case ActorLevel:
		return "actor"
	case CountryLevel:
		return "country"
	default:
		return fmt.Sprintf("Level(%d)", int(l))
	}
}

// ParseLevel returns the Level named s ("actor" or "country", case-insensitive, surrounding white
// space ignored). An empty s gives [ActorLevel].
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "actor":
		return ActorLevel, nil
	case "country":
		return CountryLevel, nil
	default:
		return ActorLevel, fmt.Errorf("network: unknown level %q (want actor or country)", s)
	}
}

// Mentions returns the mentions whose Entity is the node they count for at level l, for
// [CountDoc] and [CountDocDated]: ms itself at [ActorLevel]; at [CountryLevel], a copy of the
// mentions that have a country, each with Entity set to that country (a mention of a country
// itself, whose Country is empty, keeps its Entity when isCountry says it is one; isCountry may be
// nil). Spans, sentences and order are kept.
func (l Level) Mentions(ms []entities.Mention, isCountry func(string) bool) []entities.Mention {
	if l != CountryLevel {
		return ms
	}
	out := make([]entities.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Entity == "" {
			continue
		}
		c := m.Country
		if c == "" && isCountry != nil && isCountry(m.Entity) {
			c = m.Entity
		}
		if c == "" {
			continue
		}
		m.Entity = c
		out = append(out, m)
	}
	return out
}
