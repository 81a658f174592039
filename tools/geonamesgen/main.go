// Command geonamesgen builds the place table that package entities/places embeds
// (entities/places/data/places.tsv) from GeoNames extracts (CC-BY 4.0): the cities above 15,000 people
// with their alternate names, and the first-order administrative divisions.
//
// Usage, from the repository root:
//
//	go run ./tools/geonamesgen \
//	    -cities ../shared/data/reference/geonames/cities15000.txt \
//	    -admin1 ../shared/data/reference/geonames/admin1CodesASCII.txt \
//	    -countries ../shared/data/reference/countries/countries.json \
//	    -words ../shared/data/train/gmb_sentences.jsonl \
//	    -out entities/places/data/places.tsv
//
// The table holds facts only: GeoNames ids, names, ISO 3166-1 alpha-3 countries (mapped from the
// alpha-2 codes with countries.json; Kosovo is XKX), first-order division codes, feature codes,
// populations and coordinates. A division's population is the sum of its listed cities' (a lower
// bound, used to rank it against cities of the same name). French cities get the region codes of
// 2016 that the divisions file uses (the cities file has the codes of the 22 former regions). The last column counts the alternate
// names GeoNames lists for a city in every script, a measure of how widely known it is. Each name's
// places are listed best first by places.Prior.
//
// Names: each place keeps its GeoNames name and ASCII name. Alternate names are kept when they are
// written in Latin script, have at least four letters, are not all capitals (codes such as "ALV"),
// hold no digits or brackets, are not the name of a country (countries.json names and spellings: the
// country table resolves those) and are not ordinary English words. A word is ordinary when it occurs
// in lower case at least twice in the -words corpus (Voice of America sentences, about a million
// words). Names kept although they are ordinary words (a city called "Mobile" or "Split") are flagged
// "w"; names of several words that are all ordinary words ("Long Island", "West Coast", "Salt Lake
// City") are flagged "g"; one-word names that the corpus writes capitalized more often outside place
// names than inside them (people's names such as "Obama", a city in Japan) are flagged "p". The entities chain resolves
// flagged names when a recognizer marks them as places but never finds them on its own.
//
// The output is sorted and byte-identical for the same input.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/geopol/geopol/entities/places"
	"github.com/geopol/geopol/tools/internal/geoadmin"
)

func main() {
	cities := flag.String("cities", "../shared/data/reference/geonames/cities15000.txt", "GeoNames cities15000.txt")
	admin1 := flag.String("admin1", "../shared/data/reference/geonames/admin1CodesASCII.txt", "GeoNames admin1CodesASCII.txt")
	countries := flag.String("countries", "../shared/data/reference/countries/countries.json", "mledoze/countries countries.json")
	words := flag.String("words", "../shared/data/train/gmb_sentences.jsonl", "JSONL sentences with entities, for ordinary words (empty: none)")
	out := flag.String("out", "entities/places/data/places.tsv", "output table")
	flag.Parse()
	if err := run(*cities, *admin1, *countries, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "geonamesgen:", err)
		os.Exit(1)
	}
}

// place is one row of the table.
type place struct {
	id         int
	name       string
	country    string // ISO3
	admin1     string
	feature    string
	population int
	lat, lon   string
	names      []string // main names first (mainN of them), then alternates
	mainN      int
	nalt       int // alternate names GeoNames lists, in every script
}

func run(citiesPath, admin1Path, countriesPath, wordsPath, outPath string) error {
	iso, countryKeys, err := readCountries(countriesPath)
	if err != nil {
		return err
	}
	var wc *wordCounts
	if wordsPath != "" {
		if wc, err = readWords(wordsPath); err != nil {
			return err
		}
	}
	ps, err := readCities(citiesPath, iso)
	if err != nil {
		return err
	}
	divs, err := readAdmin1(admin1Path, iso)
	if err != nil {
		return err
	}
	pop := map[string]int{}
	for _, p := range ps {
		if p.admin1 != "" {
			pop[p.country+"."+p.admin1] += p.population
		}
	}
	for i := range divs {
		divs[i].population = pop[divs[i].country+"."+divs[i].admin1]
	}
	ps = append(ps, divs...)
	slices.SortFunc(ps, func(a, b place) int { return cmp.Compare(a.id, b.id) })
	for i := 1; i < len(ps); i++ {
		if ps[i].id == ps[i-1].id {
			return fmt.Errorf("GeoNames id %d appears twice", ps[i].id)
		}
	}
	type posting struct {
		idx   int
		alt   bool
		prior float64
	}
	index := map[string][]posting{}
	for i, p := range ps {
		seen := map[string]bool{}
		for k, n := range p.names {
			alt := k >= p.mainN
			if alt && !keepAlternate(n, countryKeys, wc) {
				continue
			}
			key := places.Key(n)
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			c := places.Candidate{Place: places.Place{Feature: p.feature, Population: p.population, Names: p.nalt}, Alternate: alt}
			index[key] = append(index[key], posting{idx: i, alt: alt, prior: places.Prior(c)})
		}
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	f, err := os.Create(outPath + ".tmp")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# GeoNames places (https://www.geonames.org, CC-BY 4.0), built by tools/geonamesgen; see data/README.md.\n")
	fmt.Fprintf(w, "#places\t%d\n", len(ps))
	for _, p := range ps {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%d\n", p.id, p.name, p.country, p.admin1, p.feature, p.population,
			p.lat, p.lon, p.nalt)
	}
	fmt.Fprintf(w, "#names\t%d\n", len(keys))
	for _, k := range keys {
		post := index[k]
		slices.SortStableFunc(post, func(a, b posting) int {
			if n := cmp.Compare(b.prior, a.prior); n != 0 {
				return n
			}
			return cmp.Compare(ps[a.idx].id, ps[b.idx].id)
		})
		var b strings.Builder
		for j, q := range post {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(q.idx))
			if q.alt {
				b.WriteByte('a')
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", k, wc.flags(k), b.String())
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(outPath+".tmp", outPath)
}

// keepAlternate applies the alternate-name filters of the package comment.
func keepAlternate(n string, countryKeys map[string]bool, wc *wordCounts) bool {
	if !places.Latin(n) || strings.ContainsAny(n, "0123456789()[]{},;:/\"") {
		return false
	}
	letters, upper := 0, 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 4 || upper == letters {
		return false
	}
	if r := []rune(n)[0]; !unicode.IsUpper(r) && !unicode.IsLower(r) {
		return false
	}
	key := places.Key(n)
	if countryKeys[key] {
		return false
	}
	f := wc.flags(key)
	return f == "" || f == "g"
}

// readCountries returns the ISO alpha-2 → alpha-3 map and the keys of every country name and
// spelling.
func readCountries(path string) (map[string]string, map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var cs []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		CCA2        string   `json:"cca2"`
		CCA3        string   `json:"cca3"`
		AltSpelling []string `json:"altSpellings"`
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	iso := map[string]string{}
	keys := map[string]bool{}
	for _, c := range cs {
		c3 := c.CCA3
		if c.CCA2 == "XK" {
			c3 = "XKX" // Kosovo's user-assigned code, as in the project's country table
		}
		iso[c.CCA2] = c3
		for _, n := range append([]string{c.Name.Common, c.Name.Official}, c.AltSpelling...) {
			if len([]rune(n)) > 3 {
				keys[places.Key(n)] = true
			}
		}
	}
	return iso, keys, nil
}

// readTSV calls fn with the columns of each line of a tab-separated file, which must have cols
// columns.
func readTSV(path string, cols int, fn func(line int, c []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != cols {
			return fmt.Errorf("%s:%d: %d columns, want %d", path, line, len(c), cols)
		}
		if err := fn(line, c); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return sc.Err()
}

// readCities reads cities15000.txt.
func readCities(path string, iso map[string]string) ([]place, error) {
	var ps []place
	err := readTSV(path, 19, func(line int, c []string) error {
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return fmt.Errorf("id: %w", err)
		}
		pop, err := strconv.Atoi(c[14])
		if err != nil {
			return fmt.Errorf("population: %w", err)
		}
		for _, k := range []int{4, 5} {
			if _, err := strconv.ParseFloat(c[k], 64); err != nil {
				return fmt.Errorf("coordinate: %w", err)
			}
		}
		cc, ok := iso[c[8]]
		if !ok {
			return fmt.Errorf("unknown country code %q", c[8])
		}
		admin1 := geoadmin.CityAdmin1(c[8], c[10])
		p := place{id: id, name: clean(c[1]), country: cc, admin1: admin1, feature: c[7], population: pop,
			lat: c[4], lon: c[5]}
		p.names = []string{p.name}
		if a := clean(c[2]); a != "" && a != p.name {
			p.names = append(p.names, a)
		}
		p.mainN = len(p.names)
		if c[3] != "" {
			for _, a := range strings.Split(c[3], ",") {
				if a = clean(a); a != "" {
					p.names = append(p.names, a)
					p.nalt++
				}
			}
		}
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// readAdmin1 reads admin1CodesASCII.txt (CC.CODE, name, ASCII name, geonameid).
func readAdmin1(path string, iso map[string]string) ([]place, error) {
	var ps []place
	err := readTSV(path, 4, func(line int, c []string) error {
		cc, code, ok := strings.Cut(c[0], ".")
		if !ok {
			return fmt.Errorf("code %q has no period", c[0])
		}
		c3, ok := iso[cc]
		if !ok {
			return fmt.Errorf("unknown country code %q", cc)
		}
		id, err := strconv.Atoi(c[3])
		if err != nil {
			return fmt.Errorf("id: %w", err)
		}
		p := place{id: id, name: clean(c[1]), country: c3, admin1: code, feature: "ADM1"}
		p.names = []string{p.name}
		if a := clean(c[2]); a != "" && a != p.name {
			p.names = append(p.names, a)
		}
		p.mainN = len(p.names)
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// clean trims a name and removes tabs and line breaks.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// wordCounts are the counts of one-word forms in a corpus of sentences with entity annotations.
type wordCounts struct {
	lower    map[string]int // in lower case
	capOther map[string]int // capitalized, outside a place annotation
	capPlace map[string]int // inside a place annotation
}

// flags returns the name flags of a key (see the package comment); "" for none.
func (wc *wordCounts) flags(key string) string {
	if wc == nil {
		return ""
	}
	if strings.Contains(key, " ") {
		for _, w := range strings.Fields(key) {
			if wc.lower[w] < 2 {
				return ""
			}
		}
		return "g" // "Long Island", "West Coast", "Southern District"
	}
	if wc.lower[key] >= 2 {
		return "w"
	}
	if o := wc.capOther[key]; o >= 3 && o > 2*wc.capPlace[key] {
		return "p"
	}
	return ""
}

// readWords counts the words of a JSONL file of {"text", "entities":[{"start","end","type"}]} with
// space-separated tokens; LOC and GPE entities are places.
func readWords(path string) (*wordCounts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	wc := &wordCounts{lower: map[string]int{}, capOther: map[string]int{}, capPlace: map[string]int{}}
	r := bufio.NewReader(f)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			var s struct {
				Text     string `json:"text"`
				Entities []struct {
					Start int    `json:"start"`
					End   int    `json:"end"`
					Type  string `json:"type"`
				} `json:"entities"`
			}
			if err := json.Unmarshal(b, &s); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			inPlace := func(p int) bool {
				for _, e := range s.Entities {
					if e.Start <= p && p < e.End && (e.Type == "LOC" || e.Type == "GPE") {
						return true
					}
				}
				return false
			}
			pos := 0
			for _, tok := range strings.Split(s.Text, " ") {
				start := pos
				pos += len(tok) + 1
				if tok == "" {
					continue
				}
				r := []rune(tok)[0]
				switch {
				case unicode.IsLower(r):
					wc.lower[places.Key(tok)]++
				case unicode.IsUpper(r):
					if inPlace(start) {
						wc.capPlace[places.Key(tok)]++
					} else if start > 0 { // a sentence's first word says nothing
						wc.capOther[places.Key(tok)]++
					}
				}
			}
		}
		if err == io.EOF {
			return wc, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
