package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	eventeval "github.com/geopol/geopol/events/eval"
	"github.com/geopol/geopol/text"
)

// The causes of a missed gold event (a gold triple no predicted triple equals), the first that
// applies counted (see classifyMiss).
const (
	missUnrecognized = "an end is no mention at all (not recognized)"
	missNotLooked    = "an end recognized but no actor; the sentence had < 2 actors (never coded)"
	missNotActor     = "an end recognized but no actor (other actors coded)"
	missRoleDropped  = "an end's country an actor without the gold's role, which a mention of it carries (CAN for CANGOV, mention role GOV)"
	missRoleMissing  = "an end's country an actor without the gold's role, no mention carries it (CAN for CANGOV)"
	missRoleOther    = "an end's country an actor, with another role (JPNBUS for JPNGOV)"
	missRoleAdded    = "an end's country an actor, only with a role the gold lacks (USABUS for USA)"
	missNamedNoRole  = "an end an organization or person of the gold's country, coded by its name, no role (Nippon Steel Corp for JPNBUS)"
	missOrgBody      = "an end's organization an actor under another id (UNSC for UN)"
	missNoPredicate  = "both actors, no event: no predicate the verb dictionary/lexicon knows"
	missNoPairRoot   = "both actors, no event: a known predicate of the gold's root, no pair linked"
	missNoPairOther  = "both actors, no event: known predicates of other roots only"
	missOtherPairs   = "both actors, events link other actors only"
	missOneEnd       = "both actors, an event links one end to another actor"
	missRootModality = "right pair, wrong root, modality differs"
	missRoot         = "right pair, wrong root, same modality"
	missReversed     = "right pair and root, wrong direction"
	missReversedRoot = "reversed pair, wrong root"
)

var missOrder = []string{missUnrecognized, missNotLooked, missNotActor, missRoleDropped, missRoleMissing, missRoleOther, missRoleAdded, missNamedNoRole, missOrgBody, missNoPredicate,
	missNoPairRoot, missNoPairOther, missOtherPairs, missOneEnd, missRootModality, missRoot, missReversed, missReversedRoot}

// The causes of a false positive (a predicted triple no gold triple equals), the first that applies
// counted (see classifyFalse).
const (
	falseNone      = "gold NONE sentence (no event of record)"
	falseRoot      = "a gold pair, other root"
	falseReversed  = "a gold pair reversed"
	falseGoldPair  = "both actors in the gold, not a gold pair"
	falseOtherCode = "an actor not in the gold, its country/organization is (other role/office)"
	falseNotInGold = "an actor not in the gold at all"
)

var falseOrder = []string{falseNone, falseRoot, falseReversed, falseGoldPair, falseOtherCode, falseNotInGold}

// triple is an event as the scorer compares it: source, target (actor codes as ScoreGold compares
// them) and root, with the modality kept for the report (the scorer ignores it).
type triple struct {
	src, tgt, root string
	modality       string
}

func (t triple) key() [3]string { return [3]string{t.src, t.tgt, t.root} }

// mentionInfo is a recognized mention, reduced to what relates it to a gold actor code.
type mentionInfo struct {
	entity, country, role, text string
}

// record is what the classifier knows of one gold sentence after coding it: its gold triples, the
// predicted triples, the scorer's codes of the actors the coder saw (events.Coder.Actors), the
// mentions the recognizer found, and the main code of the sentence (events.Coder.MainCode, "" when
// no predicate of the verb dictionary or lexicon matched).
type record struct {
	gold, pred []triple
	actors     []string
	actorTexts []string // the text of each actor's mention, parallel to actors
	// actorCountries holds the country of each actor's mention ("" when none), parallel to actors
	actorCountries []string
	mentions       []mentionInfo
	mainCode       string
}

// dedup sorts ts by (source, target, root) and keeps the first of each, as the scorer compares
// triples as sets.
func dedup(ts []triple) []triple {
	out := slices.Clone(ts)
	slices.SortStableFunc(out, func(a, b triple) int {
		return cmp.Or(cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt), cmp.Compare(a.root, b.root))
	})
	return slices.CompactFunc(out, func(a, b triple) bool { return a.key() == b.key() })
}

// roleCodes are the CAMEO agent codes that follow a country in an actor code ("USAGOV").
var roleCodes = map[string]bool{"GOV": true, "MIL": true, "COP": true, "REB": true, "OPP": true, "JUD": true, "LEG": true,
	"SPY": true, "MED": true, "EDU": true, "LAB": true, "AGR": true, "REF": true, "NGO": true, "CRM": true, "CVL": true,
	"BUS": true, "IGO": true, "ELI": true, "HLH": true, "IMG": true, "UAF": true, "REL": true, "MOD": true, "RAD": true, "ENV": true}

// base returns the country or organization of an actor code: "USA" for "USAGOV", "IMF" for "IMF",
// "Hezbollah" for "Hezbollah"; "" for a role alone ("REB").
func base(code string) string {
	if len(code) == 3 && roleCodes[code] {
		return ""
	}
	if len(code) > 3 && roleCodes[code[len(code)-3:]] && code == strings.ToUpper(code) {
		return code[:len(code)-3]
	}
	return code
}

// related reports whether actor code a names the country or organization of gold code g, or one
// of the organization's bodies ("UNSC" for "UN").
func related(a, g string) bool {
	ba, bg := base(a), base(g)
	if bg == "" {
		return a == g
	}
	if ba == bg {
		return true
	}
	country := len(bg) == 3 && bg == strings.ToUpper(bg)
	return !country && ba != "" && (strings.HasPrefix(ba, bg) || strings.HasPrefix(bg, ba))
}

// end is how a gold actor shows in a coded sentence.
type end int

const (
	endExact     end = iota // an actor of the coder has the gold code
	endOtherCode            // an actor of the coder names its country or organization under another code
	endMention              // a mention names it, the coder made no actor of it
	endNone                 // nothing names it
)

func endOf(code string, r *record) end {
	if slices.Contains(r.actors, code) {
		return endExact
	}
	for i, a := range r.actors {
		if related(a, code) || i < len(r.actorTexts) && strings.EqualFold(r.actorTexts[i], code) ||
			i < len(r.actorCountries) && r.actorCountries[i] != "" && related(r.actorCountries[i], code) {
			return endOtherCode
		}
	}
	for _, m := range r.mentions {
		if m.entity != "" && related(m.entity, code) || m.country != "" && related(m.country, code) || strings.EqualFold(m.text, code) {
			return endMention
		}
	}
	return endNone
}

// classifyMiss returns the cause of the miss of gold triple g in record r (g is not among r.pred).
func classifyMiss(g triple, r *record) string {
	es, et := endOf(g.src, r), endOf(g.tgt, r)
	switch worst := max(es, et); worst {
	case endNone:
		return missUnrecognized
	case endMention:
		if len(r.actors) < 2 {
			return missNotLooked
		}
		return missNotActor
	case endOtherCode:
		e := g.src
		if es != endOtherCode {
			e = g.tgt
		}
		return otherCodeCause(e, r)
	}
	var pair, pairModality, reversed, reversedRoot, oneEnd, other bool
	for _, p := range r.pred {
		switch {
		case p.src == g.src && p.tgt == g.tgt:
			if strings.EqualFold(p.modality, g.modality) {
				pair = true
			} else {
				pairModality = true
			}
		case p.src == g.tgt && p.tgt == g.src:
			if p.root == g.root {
				reversed = true
			} else {
				reversedRoot = true
			}
		case p.src == g.src || p.tgt == g.tgt || p.src == g.tgt || p.tgt == g.src:
			oneEnd = true
		default:
			other = true
		}
	}
	switch {
	case pair:
		return missRoot
	case pairModality:
		return missRootModality
	case reversed:
		return missReversed
	case reversedRoot:
		return missReversedRoot
	case oneEnd:
		return missOneEnd
	case other:
		return missOtherPairs
	case r.mainCode == "":
		return missNoPredicate
	case strings.HasPrefix(r.mainCode, g.root):
		return missNoPairRoot
	}
	return missNoPairOther
}

// otherCodeCause says how the coder's actors related to gold code g (and none equal to it) differ
// from it: the first that holds of the kinds missing role, other role, added role, other body.
func otherCodeCause(g string, r *record) string {
	bg := base(g)
	gRole := g != bg
	var missing, other, added, named bool
	for i, a := range r.actors {
		if !related(a, g) {
			if i < len(r.actorCountries) && r.actorCountries[i] != "" && related(r.actorCountries[i], g) {
				named = true
			}
			continue
		}
		ba := base(a)
		switch aRole := a != ba; {
		case ba != bg:
			// an organization's body ("UNSC" for "UN"), counted last
		case gRole && !aRole:
			missing = true
		case gRole && aRole:
			other = true
		case !gRole && aRole:
			added = true
		}
	}
	switch {
	case missing:
		for _, m := range r.mentions {
			if (m.entity == bg || m.country == bg) && bg+m.role == g {
				return missRoleDropped
			}
		}
		return missRoleMissing
	case other:
		return missRoleOther
	case added:
		return missRoleAdded
	case named:
		return missNamedNoRole
	}
	return missOrgBody
}

// codeOnly reports whether an event of r links actors related to both ends of gold triple g
// (the same country or organization) with g's root and direction: only an actor code keeps it from
// matching.
func codeOnly(g triple, r *record) bool {
	return slices.ContainsFunc(r.pred, func(p triple) bool {
		return p.root == g.root && related(p.src, g.src) && related(p.tgt, g.tgt)
	})
}

// classifyFalse returns the cause of predicted triple p of record r matching no gold triple.
func classifyFalse(p triple, r *record) string {
	if len(r.gold) == 0 {
		return falseNone
	}
	var inGold [2]bool
	var relatedGold [2]bool
	for _, g := range r.gold {
		switch {
		case g.src == p.src && g.tgt == p.tgt:
			return falseRoot
		case g.src == p.tgt && g.tgt == p.src:
			return falseReversed
		}
		for i, a := range [2]string{p.src, p.tgt} {
			for _, ga := range [2]string{g.src, g.tgt} {
				inGold[i] = inGold[i] || a == ga
				relatedGold[i] = relatedGold[i] || related(a, ga)
			}
		}
	}
	switch {
	case inGold[0] && inGold[1]:
		return falseGoldPair
	case (inGold[0] || relatedGold[0]) && (inGold[1] || relatedGold[1]):
		return falseOtherCode
	}
	return falseNotInGold
}

// scorerCode returns the actor code events/eval.ScoreGold compares for an actor of code id whose
// mention spans sp: a named person or organization the mention grounds as id is compared as the
// office the gold codes (eventeval.OfficeCode); any other actor by its code, an organization
// by its id (eventeval.OrgID).
func scorerCode(id string, sp text.Span, ms []entities.Mention) string {
	for _, m := range ms {
		if m.Start != sp.Start || m.End != sp.End {
			continue
		}
		if (m.Type == entities.PERSON || m.Type == entities.ORG) && id == m.Entity {
			if o := eventeval.OfficeCode(m); o != "" {
				return eventeval.OrgID(o)
			}
		}
	}
	return eventeval.OrgID(id)
}
