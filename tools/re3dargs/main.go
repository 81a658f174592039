// Command re3dargs classifies the arguments of the re3d relations that `geopol eval events --kind re3d`
// scores (CommWith, Likes, AlliesOf, Dislikes, FightingAgainst: directed relations between two spans
// of a document), to show how many of them the event coder could find at all: a coded event needs a
// grounded actor at both ends (a country, a demonym, an organization or person the recognizers know,
// a generic agent with --agents; not a pronoun without --coref, a weapon, a place, a common noun).
//
// Usage, from the repository root:
//
//	go run ./tools/re3dargs [-gold ../shared/data/gold/re3d_dev.jsonl] [-list]
//
// Every argument gets a kind: "pronoun" (he, they, it, ...); else the re3d type of the gold entity
// that overlaps it (Organisation, Person, Nationality, Location split into "country" when geopol
// grounds it to a country and "place" otherwise, Weapon, MilitaryPlatform, ...); else "agent noun"
// when its last word is a generic agent noun (entities.AgentRole: "rebels", "troops") and "common
// noun" otherwise. A kind is eligible under the actor rule of the coder when it is a country,
// demonym, organization, person or agent noun; a pronoun only with coreference. The tool also
// reports whether geopol itself marks an actor there (events.IsActor over the mentions of the
// default recognizer, and of the recognizer with --coref --agents), and counts the relations whose
// two arguments are eligible. -list prints every relation with its two kinds.
//
//	go run ./tools/re3dargs -reach
//
// counts, per re3d relation type and for each configuration below, how far the weaker end of each
// relation gets: no mention, a mention nothing grounds, grounded but no actor of the coder, an actor;
// how many relations lie in one sentence (with an actor at both ends), and how many are found.
//
//	go run ./tools/re3dargs -causes [-list [-config 0|1|2]] [-heldout testdata/gold/src/events_real_heldout.ref]
//
// counts, with the default recognizers, with --coref and with --coref --agents, the relations an
// event finds (as `geopol eval events --kind re3d` scores them) and, for the others, the first
// cause that applies: an end that is no actor kind (a weapon, a place) and that the coder does not
// see; an end of an actor kind the coder does not see (events.Coder.Actors); both ends actors but
// in different sentences; an event linking them the other way only; an event linking one end to a
// third actor; events of the sentence linking other actors; no event in the sentence. -list then
// prints the missed relations of one configuration with their sentence, its actors and events,
// except the relations in sentences of the held-out event gold (only its "ref:" lines are read),
// which are counted but not shown.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/text"
)

type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type doc struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		span
		Re3dType string `json:"re3d_type"`
	} `json:"entities"`
	Relations []struct {
		Type           string
		Source, Target span
	} `json:"relations"`
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "me": true, "his": true, "its": true, "their": true, "our": true,
	"who": true, "which": true, "that": true, "this": true, "these": true, "those": true, "itself": true, "themselves": true}

func scored(typ string) bool {
	switch typ {
	case "CommWith", "Likes", "AlliesOf", "Dislikes", "FightingAgainst":
		return true
	}
	return false
}

// agentNoun reports whether the last word of s is a generic agent noun.
func agentNoun(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".,;:'\"’")
	for _, l := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
		if entities.AgentRole(l) != "" {
			return true
		}
	}
	return false
}

// actorAt reports whether one of ms is an actor for the coder and overlaps sp.
func actorAt(ms []entities.Mention, sp span) bool {
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End && events.IsActor(m) {
			return true
		}
	}
	return false
}

// countryAt reports whether a mention overlapping sp is grounded to a country (an ISO3 code).
func countryAt(ms []entities.Mention, sp span) bool {
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End && (m.Type == entities.GPE || m.Type == entities.NORP) && len(m.Entity) == 3 && strings.ToUpper(m.Entity) == m.Entity {
			return true
		}
	}
	return false
}

func kindOf(d *doc, ms []entities.Mention, sp span) string {
	t := strings.ToLower(strings.TrimSpace(sp.Text))
	if pronouns[t] {
		return "pronoun"
	}
	best, bestLen := "", 0
	for _, e := range d.Entities {
		o := min(e.End, sp.End) - max(e.Start, sp.Start)
		if o > bestLen {
			best, bestLen = e.Re3dType, o
		}
	}
	switch {
	case best == "Location" && countryAt(ms, sp):
		return "country"
	case best == "Location":
		return "place"
	case best != "":
		return best
	case agentNoun(sp.Text):
		return "agent noun"
	}
	return "common noun"
}

func eligible(kind string) bool {
	switch kind {
	case "country", "Nationality", "Organisation", "Person", "agent noun":
		return true
	}
	return false
}

type tally struct {
	args, geo, geoAll map[string]int
	both, bothCoref   int
	geoBoth, geoAllB  int
	rels              int
	// sameSent counts relations whose two arguments lie in one sentence; sameSentGeo those of them
	// where geopol (--coref --agents) marks an actor at both ends: the coder codes one sentence at a time
	sameSent, sameSentGeo int
}

func run(r io.Reader, w io.Writer, list bool) error {
	plain, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		return err
	}
	all, err := pipeline.ModelOptions{Coref: true, Agents: true}.Load()
	if err != nil {
		return err
	}
	t := tally{args: map[string]int{}, geo: map[string]int{}, geoAll: map[string]int{}}
	err = eachDoc(r, func(d doc) error {
		pd := plain.Analyzer.Analyze(d.Text, nil)
		pm := plain.Recognizer.Recognize(pd)
		ad := all.Analyzer.Analyze(d.Text, nil)
		am := all.Recognizer.Recognize(ad)
		for _, rel := range d.Relations {
			if !scored(rel.Type) {
				continue
			}
			t.rels++
			ks := [2]string{kindOf(&d, pm, rel.Source), kindOf(&d, pm, rel.Target)}
			g := [2]bool{actorAt(pm, rel.Source), actorAt(pm, rel.Target)}
			ga := [2]bool{actorAt(am, rel.Source), actorAt(am, rel.Target)}
			for i, k := range ks {
				t.args[k]++
				if g[i] {
					t.geo[k]++
				}
				if ga[i] {
					t.geoAll[k]++
				}
			}
			if eligible(ks[0]) && eligible(ks[1]) {
				t.both++
			}
			ec := func(k string) bool { return eligible(k) || k == "pronoun" }
			if ec(ks[0]) && ec(ks[1]) {
				t.bothCoref++
			}
			if g[0] && g[1] {
				t.geoBoth++
			}
			if ga[0] && ga[1] {
				t.geoAllB++
			}
			if oneSentence(ad, rel.Source, rel.Target) {
				t.sameSent++
				if ga[0] && ga[1] {
					t.sameSentGeo++
				}
			}
			if list {
				fmt.Fprintf(w, "%s\t%s\t%q [%s]\t%q [%s]\tgeopol actors: %v %v\n", d.ID[:8], rel.Type, rel.Source.Text, ks[0], rel.Target.Text, ks[1], ga[0], ga[1])
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var kinds []string
	for k := range t.args {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b string) int { return t.args[b] - t.args[a] })
	fmt.Fprintf(w, "%d relations, %d arguments\n\n| argument kind | arguments | eligible actor | geopol marks an actor | with --coref --agents |\n|---|---|---|---|---|\n", t.rels, 2*t.rels)
	for _, k := range kinds {
		e := "no"
		if eligible(k) {
			e = "yes"
		} else if k == "pronoun" {
			e = "with --coref"
		}
		fmt.Fprintf(w, "| %s | %d | %s | %d | %d |\n", k, t.args[k], e, t.geo[k], t.geoAll[k])
	}
	fmt.Fprintf(w, "\nrelations with both arguments eligible: %d of %d (%.1f%%); counting pronouns: %d (%.1f%%)\n", t.both, t.rels, pct(t.both, t.rels), t.bothCoref, pct(t.bothCoref, t.rels))
	fmt.Fprintf(w, "relations where geopol marks an actor at both ends: %d (default), %d (--coref --agents)\n", t.geoBoth, t.geoAllB)
	fmt.Fprintf(w, "relations whose arguments lie in one sentence: %d; of them with an actor at both ends (--coref --agents): %d\n", t.sameSent, t.sameSentGeo)
	return nil
}

// allDocs returns every document of the re3d JSONL read from r.
func allDocs(r io.Reader) ([]doc, error) {
	var docs []doc
	err := eachDoc(r, func(d doc) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// eachDoc calls f with every document of the re3d JSONL read from r.
func eachDoc(r io.Reader, f func(doc) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("re3dargs: %w", err)
		}
		if err := f(d); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("re3dargs: %w", err)
	}
	return nil
}

// oneSentence reports whether spans a and b lie in the same sentence of d.
func oneSentence(d *text.Doc, a, b span) bool {
	for _, s := range d.Sentences {
		if a.Start >= s.Start && a.Start < s.End {
			return b.Start >= s.Start && b.Start < s.End
		}
	}
	return false
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

func runCauses(gold io.Reader, heldout string, list bool, listConfig int) error {
	if listConfig < 0 || listConfig >= len(configs) {
		return fmt.Errorf("-config %d: want 0, 1 or 2", listConfig)
	}
	var hs []heldSpan
	if heldout != "" {
		h, err := os.Open(heldout)
		if err != nil {
			return err
		}
		defer h.Close()
		if hs, err = readHeld(h); err != nil {
			return err
		}
	}
	return causes(gold, os.Stdout, hs, list, listConfig)
}

func main() {
	gold := flag.String("gold", "../shared/data/gold/re3d_dev.jsonl", "re3d gold (JSONL)")
	list := flag.Bool("list", false, "print every relation with the kinds of its arguments (with -causes: every relation missed in the configuration -config)")
	reachable := flag.Bool("reach", false, "count, per relation type and configuration, how far the two ends of each relation get: a mention, grounded, an actor of the coder; in one sentence; found")
	why := flag.Bool("causes", false, "count the relations found and the causes of the misses, with the default recognizers, --coref and --coref --agents")
	listConfig := flag.Int("config", 2, "with -causes -list: the configuration to list the misses of (0 default, 1 --coref, 2 --coref --agents)")
	heldout := flag.String("heldout", "testdata/gold/src/events_real_heldout.ref", "held-out event gold whose re3d sentences -causes -list does not show")
	flag.Parse()
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintln(os.Stderr, "re3dargs:", err)
		os.Exit(1)
	}
	defer f.Close()
	switch {
	case *reachable:
		err = reach(f, os.Stdout)
	case *why:
		err = runCauses(f, *heldout, *list, *listConfig)
	default:
		err = run(f, os.Stdout, *list)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "re3dargs:", err)
		os.Exit(1)
	}
}
