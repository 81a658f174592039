// Command phoenixgen compiles the Phoenix actor dictionaries of the Open Event Data Alliance (the
// PETRARCH-2 dictionaries Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
// Phoenix.MilNonState.actors.txt, MIT licence) into the table that package entities/actors embeds
// (entities/actors/data/actors.tsv.gz).
//
// Usage, from the repository root:
//
//	go run ./tools/phoenixgen -cameo ../shared/data/reference/cameo -out entities/actors/data/actors.tsv.gz
//
// It keeps the records that give a role (people with dated roles, national institutions,
// international organizations and their officials, armed groups, companies), not the country and
// place names, which the gazetteer of package entities covers; writes their names as lookup keys
// (with the forms news reports give people's full names: nameVariants) and their codes as countries (geopol's ids: "KSV" becomes XKX) and CAMEO roles by period; and maps
// the organization ids of geopol's gazetteer to CAMEO codes by looking their names up in the
// dictionaries ("UN" → IGOUNO). Malformed date restrictions of the sources are skipped and counted.
// The output is byte-identical for the same input.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
)

// sources are the dictionaries compiled, in order of precedence.
var sources = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}

func main() {
	dir := flag.String("cameo", "../shared/data/reference/cameo", "directory of the Phoenix dictionaries")
	out := flag.String("out", "entities/actors/data/actors.tsv.gz", "output table (gzip)")
	flag.Parse()
	if err := run(*dir, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "phoenixgen:", err)
		os.Exit(1)
	}
}

func run(dir, out string, log *os.File) error {
	g, err := entities.DefaultGazetteer()
	if err != nil {
		return err
	}
	t, stats, err := compile(dir, g)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	comments := []string{
		"Built by tools/phoenixgen from the Phoenix actor dictionaries of PETRARCH-2 (" + strings.Join(sources, ", ") + "),",
		"Copyright (c) 2014 Open Event Data Alliance, MIT licence; see entities/actors/data/README.md.",
		"Format: see actors.WriteTable. Do not edit; rebuild with go run ./tools/phoenixgen.",
	}
	if err := actors.WriteTable(zw, comments, t); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Fprintf(log, "phoenixgen: %d records (%d people), %d names, %d organization ids mapped; %d source records without a role left out; %d malformed date restrictions skipped; wrote %s (%d bytes)\n",
		len(t.Actors), stats.people, stats.names, len(t.IGO), stats.dropped, stats.skipped, out, buf.Len())
	return nil
}

type genStats struct {
	people, names, dropped, skipped int
}

// compile reads the dictionaries of dir and builds the table.
func compile(dir string, g *entities.Gazetteer) (*actors.Table, genStats, error) {
	var st genStats
	t := &actors.Table{IGO: map[string]string{}, CAMEOIGO: map[string]string{}}
	votes := map[string]map[string]int{} // geopol org id → CAMEO code → names agreeing
	var kept []actors.Actor
	for _, name := range sources {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, st, err
		}
		recs, warns, err := actors.ReadPetrarch(f, name, actors.PetrarchOptions{Lenient: true, IsCountry: g.IsCountry})
		f.Close()
		if err != nil {
			return nil, st, err
		}
		st.skipped += len(warns)
		for _, a := range recs {
			if a.Agent {
				continue
			}
			vote(g, a, votes)
			if !hasRole(a) {
				st.dropped++
				continue
			}
			kept = append(kept, a)
		}
	}
	for id, codes := range votes {
		best, bn := "", 0
		for c, n := range codes {
			if n > bn || n == bn && (len(c) < len(best) || len(c) == len(best) && c < best) {
				best, bn = c, n
			}
		}
		t.IGO[id] = best
	}
	// The organization id of a code: of the ids whose code it is, the one most names agree on.
	for id, code := range t.IGO {
		if !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO") && !strings.HasPrefix(code, "IMG") {
			continue // a national code ("IRQMIL") stands for more than one organization
		}
		cur, ok := t.CAMEOIGO[code]
		n, m := votes[id][code], votes[cur][code]
		if !ok || n > m || n == m && (len(id) < len(cur) || len(id) == len(cur) && id < cur) {
			t.CAMEOIGO[code] = id
		}
	}
	for _, a := range kept {
		for i := range a.Ranges {
			if r := &a.Ranges[i]; r.Role == "IGO" && r.Country == "" {
				r.Country = orgOf(t.CAMEOIGO, r.Code) // Ban Ki-moon in office: UN, IGO
			}
		}
		a = compact(a)
		if len(a.Names) == 0 {
			continue
		}
		if a.Person {
			st.people++
		}
		st.names += len(a.Names)
		t.Actors = append(t.Actors, a)
	}
	return t, st, nil
}

// orgOf returns the organization id of the longest prefix of code (in three-letter steps, six
// letters at least) that has one: "IGOUNOREFHCR" → UNHCR, "IGOUNOXYZ" → UN.
func orgOf(byCode map[string]string, code string) string {
	for n := len(code) - len(code)%3; n >= 6; n -= 3 {
		if id, ok := byCode[code[:n]]; ok {
			return id
		}
	}
	return ""
}

// hasRole reports whether a record gives a role in some period.
func hasRole(a actors.Actor) bool {
	for _, r := range a.Ranges {
		if r.Role != "" {
			return true
		}
	}
	return false
}

// compact keeps what the table stores: distinct names, and periods as country and role.
func compact(a actors.Actor) actors.Actor {
	out := actors.Actor{Person: a.Person}
	seen := map[string]bool{}
	for _, n := range a.Names {
		k := n.Key
		if k == "" || seen[k] || strings.ContainsAny(k, "|\t;") {
			continue
		}
		seen[k] = true
		out.Names = append(out.Names, actors.Name{Key: n.Key})
	}
	for _, r := range a.Ranges {
		c := actors.Range{Country: r.Country, Role: r.Role, Dated: r.Dated, From: r.From, To: r.To}
		if !slices.Contains(out.Ranges, c) {
			out.Ranges = append(out.Ranges, c)
		}
	}
	if a.Person {
		spanish := false
		for _, r := range out.Ranges {
			spanish = spanish || spanishNames[r.Country]
		}
		for _, n := range slices.Clone(out.Names) {
			for _, v := range nameVariants(n.Key, spanish) {
				if !seen[v] {
					seen[v] = true
					out.Names = append(out.Names, actors.Name{Key: v})
				}
			}
		}
	}
	return out
}

// spanishNames holds the countries whose people's full names end with the mother's surname, which
// news reports leave out ("Augusto Pinochet Ugarte" is "Augusto Pinochet").
var spanishNames = map[string]bool{
	"ARG": true, "BOL": true, "CHL": true, "COL": true, "CRI": true, "CUB": true, "DOM": true, "ECU": true,
	"SLV": true, "GTM": true, "HND": true, "MEX": true, "NIC": true, "PAN": true, "PRY": true, "PER": true,
	"URY": true, "VEN": true, "ESP": true,
}

// nameParticles are the words that belong to a surname before it ("DE KLERK", "VAN ROMPUY").
var nameParticles = map[string]bool{"DE": true, "DEL": true, "DA": true, "DOS": true, "DU": true, "VAN": true,
	"VON": true, "DER": true, "LE": true, "LA": true, "DI": true, "BIN": true, "BEN": true, "AL": true, "EL": true}

// nameVariants returns the forms news reports give a person's full name (a Key of three words or
// more) that the dictionaries do not write: without middle initials ("FERDINAND E MARCOS" →
// "FERDINAND MARCOS"), with two given names or more as initials ("FREDERICK WILLEM DE KLERK" →
// "FW DE KLERK", as "F.W. de Klerk" is written), and for spanish instead without the last word,
// the mother's surname ("AUGUSTO PINOCHET UGARTE" → "AUGUSTO PINOCHET").
func nameVariants(key string, spanish bool) []string {
	ws := strings.Fields(key)
	if len(ws) < 3 {
		return nil
	}
	var out []string
	var noInitials []string
	for i, w := range ws {
		if i == 0 || i == len(ws)-1 || len(w) > 1 {
			noInitials = append(noInitials, w)
		}
	}
	if len(noInitials) < len(ws) && len(noInitials) >= 2 {
		out = append(out, strings.Join(noInitials, " "))
	}
	// The surname: the last word with the particles before it.
	s := len(ws) - 1
	for s > 1 && nameParticles[ws[s-1]] {
		s--
	}
	if s >= 2 && !spanish {
		var b strings.Builder
		for _, w := range ws[:s] {
			b.WriteString(w[:1])
		}
		out = append(out, b.String()+" "+strings.Join(ws[s:], " "))
	}
	if spanish && !nameParticles[ws[len(ws)-2]] {
		out = append(out, strings.Join(ws[:len(ws)-1], " "))
	}
	return out
}

// vote counts, for a record with one undated code of an organization, which gazetteer
// organization its names resolve to.
func vote(g *entities.Gazetteer, a actors.Actor, votes map[string]map[string]int) {
	if len(a.Ranges) != 1 || a.Ranges[0].Dated || a.Person {
		return
	}
	code := a.Ranges[0].Code
	if len(code) < 6 || code == "---" {
		return
	}
	for _, n := range a.Names {
		e, ok := g.Lookup(n.Key)
		if !ok || e.Kind != entities.KindOrg {
			continue
		}
		if c, _ := actors.SplitCode(code, g.IsCountry); c != "" && e.Country != "" && c != e.Country {
			continue // a namesake: Ansar Allah of Lebanon is not the Houthis' (YEM)
		}
		if votes[e.Entity] == nil {
			votes[e.Entity] = map[string]int{}
		}
		votes[e.Entity][code]++
	}
}
