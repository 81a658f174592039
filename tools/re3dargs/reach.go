package main

import (
	"fmt"
	"io"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
)

// Reachability levels of one end of a relation in one configuration, each implying the ones
// before it: the recognizer marks a mention over the end (of any type, grounded or not); that
// mention is a grounded actor (events.IsActor: a country, an organization or person with a country
// or role, not a place where something happened); the event coder takes it as an actor of its
// sentence (events.Coder.Actors, which also finds generic agents with --agents).
const (
	reachNone = iota
	reachMention
	reachGrounded
	reachActor
)

var reachNames = [...]string{"no mention", "a mention, no grounded actor", "a grounded actor mention, not the coder's", "an actor of the coder"}

// reachOf returns the reachability level of the span sp given the mentions ms and the coder's
// actor spans as.
func reachOf(ms []entities.Mention, as []spanned, sp span) int {
	for _, a := range as {
		if a.start < sp.End && sp.Start < a.end {
			return reachActor
		}
	}
	lv := reachNone
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End {
			if events.IsActor(m) {
				return reachGrounded
			}
			lv = reachMention
		}
	}
	return lv
}

type spanned struct{ start, end int }

// reachTally counts, per relation type, the relations whose two ends reach a level.
type reachTally struct {
	types []string
	// n[type][level] counts relations whose weaker end reaches level; same[type] those whose
	// two ends lie in one sentence; sameActor[type] those of them with an actor at both ends;
	// found[type] those an event finds with the right polarity.
	n                      map[string]*[4]int
	same, sameActor, found map[string]int
}

func newReachTally() *reachTally {
	return &reachTally{n: map[string]*[4]int{}, same: map[string]int{}, sameActor: map[string]int{}, found: map[string]int{}}
}

func (t *reachTally) add(typ string, lv int, same, found bool) {
	if t.n[typ] == nil {
		t.n[typ] = &[4]int{}
		t.types = append(t.types, typ)
	}
	t.n[typ][lv]++
	if same {
		t.same[typ]++
		if lv == reachActor {
			t.sameActor[typ]++
		}
	}
	if found {
		t.found[typ]++
	}
}

// reach writes, for every configuration, how far the two ends of the scored relations get (the
// weaker end counts): no mention, a mention nothing grounds, grounded but no actor for the coder,
// an actor; how many lie in one sentence (the coder codes one sentence at a time), how many of
// those have an actor at both ends, and how many an event finds with the right polarity; per
// re3d relation type and the CAMEO quad class the scorer maps it to.
func reach(r io.Reader, w io.Writer) error {
	docs, err := allDocs(r)
	if err != nil {
		return err
	}
	for _, cf := range configs {
		l, err := load(cf.opts)
		if err != nil {
			return err
		}
		t := newReachTally()
		for di := range docs {
			d := &docs[di]
			ad := l.a.Analyze(d.Text, nil)
			ms := l.rec.Recognize(ad)
			var as []spanned
			for _, a := range l.c.Actors(ad, ms) {
				as = append(as, spanned{a.Span.Start, a.Span.End})
			}
			evs := l.c.Extract(ad, ms)
			for _, rel := range d.Relations {
				if !scored(rel.Type) {
					continue
				}
				lv := min(reachOf(ms, as, rel.Source), reachOf(ms, as, rel.Target))
				si := sentenceOf(ad, rel.Source.Start)
				same := si >= 0 && si == sentenceOf(ad, rel.Target.Start)
				coop := rel.Type == "CommWith" || rel.Type == "Likes" || rel.Type == "AlliesOf"
				found := false
				for _, e := range evs {
					if overlaps(e.SourceMention, rel.Source) && overlaps(e.TargetMention, rel.Target) {
						found = (e.QuadClass <= 2) == coop
						break
					}
				}
				t.add(rel.Type, lv, same, found)
			}
		}
		writeReach(w, cf.name, t)
	}
	return nil
}

// quadOf is the CAMEO quad class `geopol eval events --kind re3d` maps a relation type to.
func quadOf(typ string) string {
	switch typ {
	case "CommWith", "Likes":
		return "1 verbal coop."
	case "AlliesOf":
		return "2 material coop."
	case "Dislikes":
		return "3 verbal conflict"
	case "FightingAgainst":
		return "4 material conflict"
	}
	return "-"
}

func writeReach(w io.Writer, name string, t *reachTally) {
	fmt.Fprintf(w, "\n%s: relations by how far their weaker end gets\n\n| type | quad | relations | %s | %s | %s | %s | one sentence | one sentence, actors at both ends | found |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
		name, reachNames[0], reachNames[1], reachNames[2], reachNames[3])
	var tot [4]int
	var all, same, sameActor, found int
	for _, typ := range t.types {
		n := t.n[typ]
		k := n[0] + n[1] + n[2] + n[3]
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", typ, quadOf(typ), k, n[0], n[1], n[2], n[3], t.same[typ], t.sameActor[typ], t.found[typ])
		for i := range tot {
			tot[i] += n[i]
		}
		all += k
		same += t.same[typ]
		sameActor += t.sameActor[typ]
		found += t.found[typ]
	}
	fmt.Fprintf(w, "| all | | %d | %d | %d | %d | %d | %d | %d | %d |\n", all, tot[0], tot[1], tot[2], tot[3], same, sameActor, found)
}
