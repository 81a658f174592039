package places

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../../tools/geonamesgen -cities ../../../shared/data/reference/geonames/cities15000.txt -admin1 ../../../shared/data/reference/geonames/admin1CodesASCII.txt -countries ../../../shared/data/reference/countries/countries.json -words ../../../shared/data/train/gmb_sentences.jsonl -out data/places.tsv

//go:embed data/places.tsv
var placesTSV string

// Feature codes of GeoNames that the table uses.
const (
	FeatureCapital  = "PPLC" // capital of a country
	FeatureSeat     = "PPLA" // seat of a first-order division
	FeatureDivision = "ADM1" // a first-order administrative division (state, province, governorate)
)

// Place is a populated place or a first-order administrative division of GeoNames.
type Place struct {
	ID      int    // GeoNames id
	Name    string // GeoNames name ("Frankfurt am Main", "Texas")
	Country string // ISO 3166-1 alpha-3 code (Kosovo XKX)
	Admin1  string // code of the first-order division within the country ("TX", "05"); "" when none
	Feature string // GeoNames feature code: PPLC, PPLA, PPLA2, PPL, ... or ADM1 for a division
	// Population is GeoNames' figure for a city; for a division, the sum of its cities' (those above
	// 15,000 people), a lower bound.
	Population int
	Lat, Lon   float64 // WGS84 degrees; 0, 0 for divisions, which the table gives no coordinates
	// Names counts the alternate names GeoNames lists for a city, in every language and script: how
	// widely known the place is ("Paris" in France has over a hundred, "Paris" in Texas three). 0 for
	// divisions.
	Names int
}

// IsDivision reports whether p is a first-order administrative division rather than a city.
func (p Place) IsDivision() bool { return p.Feature == FeatureDivision }

// Flags say how a name is used in ordinary English text.
type Flags uint8

// Name flags.
const (
	// Word marks a name that is also an ordinary English word ("Mobile", "Split", "Reading").
	Word Flags = 1 << iota
	// Person marks a one-word name that English text writes more often for something other than a
	// place, mostly people ("Obama", "Kim").
	Person
	// Generic marks a name of several words that are all ordinary English words ("Long Island",
	// "West Coast", "Salt Lake City").
	Generic
)

// Candidate is a place a name may denote.
type Candidate struct {
	Place
	// Alternate is true when the name is one of the place's alternate names rather than its
	// GeoNames name or ASCII name.
	Alternate bool
}

// Table is the place table: places, and the names that denote them. It is read-only and safe for
// concurrent use.
type Table struct {
	places []Place
	keys   []string         // sorted name keys
	flags  []Flags          // per key
	post   []string         // per key: comma-separated place indexes, best prior first ("12,7a")
	div    map[string]int32 // "ISO3.code" → index of the division
	maxKey int              // length in bytes of the longest key
}

// Default returns the embedded table, parsed once per process.
func Default() (*Table, error) { return defaultTable() }

var defaultTable = sync.OnceValues(func() (*Table, error) { return Parse(placesTSV) })

// Parse reads a table in the format tools/geonamesgen writes: a "#places N" line and N rows
// (id, name, country, admin1, feature, population, lat, lon, names, tab-separated; sorted by id), then a "#names M" line
// and M rows (key, flags, place indexes separated by commas, each followed by "a" when the name is
// an alternate), keys sorted. Lines starting with "# " are comments. Strings of the table share
// the memory of s.
func Parse(s string) (*Table, error) {
	t := &Table{div: map[string]int32{}}
	line := 0
	next := func() (string, bool) {
		for len(s) > 0 {
			var l string
			if k := strings.IndexByte(s, '\n'); k >= 0 {
				l, s = s[:k], s[k+1:]
			} else {
				l, s = s, ""
			}
			line++
			if l == "" || strings.HasPrefix(l, "# ") {
				continue
			}
			return l, true
		}
		return "", false
	}
	section := func(name string) (int, error) {
		l, ok := next()
		if !ok {
			return 0, fmt.Errorf("places: table: missing %s section", name)
		}
		tag, num, ok := strings.Cut(l, "\t")
		n, err := strconv.Atoi(num)
		if !ok || tag != name || err != nil || n < 0 {
			return 0, fmt.Errorf("places: table line %d: want %q and a count, got %q", line, name, l)
		}
		return n, nil
	}
	n, err := section("#places")
	if err != nil {
		return nil, err
	}
	t.places = make([]Place, n)
	var f [9]string
	for i := range n {
		l, ok := next()
		if !ok {
			return nil, fmt.Errorf("places: table: %d places, want %d", i, n)
		}
		if !split(l, f[:]) {
			return nil, fmt.Errorf("places: table line %d: want 9 fields", line)
		}
		p := &t.places[i]
		var e1, e2, e3, e4, e5 error
		p.ID, e1 = strconv.Atoi(f[0])
		p.Name, p.Country, p.Admin1, p.Feature = f[1], f[2], f[3], f[4]
		p.Population, e2 = strconv.Atoi(f[5])
		p.Lat, e3 = strconv.ParseFloat(f[6], 64)
		p.Lon, e4 = strconv.ParseFloat(f[7], 64)
		p.Names, e5 = strconv.Atoi(f[8])
		if e1 != nil || e2 != nil || e5 != nil || (f[6] != "" && e3 != nil) || (f[7] != "" && e4 != nil) || len(p.Country) != 3 {
			return nil, fmt.Errorf("places: table line %d: bad number or country in %q", line, l)
		}
		if p.Feature == FeatureDivision {
			t.div[p.Country+"."+p.Admin1] = int32(i)
		}
		if i > 0 && p.ID <= t.places[i-1].ID {
			return nil, fmt.Errorf("places: table line %d: id %d not above the previous row's (rows are sorted by id)", line, p.ID)
		}
	}
	m, err := section("#names")
	if err != nil {
		return nil, err
	}
	t.keys = make([]string, m)
	t.flags = make([]Flags, m)
	t.post = make([]string, m)
	var g [3]string
	for i := range m {
		l, ok := next()
		if !ok {
			return nil, fmt.Errorf("places: table: %d names, want %d", i, m)
		}
		if !split(l, g[:]) || g[0] == "" || g[2] == "" {
			return nil, fmt.Errorf("places: table line %d: want key, flags and places", line)
		}
		if i > 0 && g[0] <= t.keys[i-1] {
			return nil, fmt.Errorf("places: table line %d: key %q out of order", line, g[0])
		}
		t.keys[i], t.post[i] = g[0], g[2]
		t.maxKey = max(t.maxKey, len(g[0]))
		for _, c := range g[1] {
			switch c {
			case 'w':
				t.flags[i] |= Word
			case 'p':
				t.flags[i] |= Person
			case 'g':
				t.flags[i] |= Generic
			default:
				return nil, fmt.Errorf("places: table line %d: unknown flag %q", line, c)
			}
		}
		if err := t.checkPostings(g[2]); err != nil {
			return nil, fmt.Errorf("places: table line %d: %w", line, err)
		}
	}
	if _, ok := next(); ok {
		return nil, fmt.Errorf("places: table line %d: unexpected line after the names", line)
	}
	return t, nil
}

// split cuts l at tabs into exactly len(f) fields.
func split(l string, f []string) bool {
	for i := range f {
		if i == len(f)-1 {
			if strings.IndexByte(l, '\t') >= 0 {
				return false
			}
			f[i] = l
			return true
		}
		k := strings.IndexByte(l, '\t')
		if k < 0 {
			return false
		}
		f[i], l = l[:k], l[k+1:]
	}
	return true
}

// postings calls fn with each place index of a posting list and whether the name is an alternate
// name of that place; it stops at the first malformed or out-of-range index and returns false.
func (t *Table) postings(s string, fn func(idx int, alt bool)) bool {
	for s != "" {
		var p string
		if k := strings.IndexByte(s, ','); k >= 0 {
			p, s = s[:k], s[k+1:]
		} else {
			p, s = s, ""
		}
		alt := strings.HasSuffix(p, "a")
		i, err := strconv.Atoi(strings.TrimSuffix(p, "a"))
		if err != nil || i < 0 || i >= len(t.places) {
			return false
		}
		fn(i, alt)
	}
	return true
}

// checkPostings validates a posting list against the places.
func (t *Table) checkPostings(s string) error {
	if !t.postings(s, func(int, bool) {}) {
		return fmt.Errorf("bad place index in %q", s)
	}
	return nil
}

// Len returns the number of places.
func (t *Table) Len() int { return len(t.places) }

// Names returns the number of distinct name keys.
func (t *Table) Names() int { return len(t.keys) }

// find returns the index of key in t.keys, or -1.
func (t *Table) find(key string) int {
	i := sort.SearchStrings(t.keys, key)
	if i < len(t.keys) && t.keys[i] == key {
		return i
	}
	return -1
}

// findName returns the index of the key of name in t.keys, or -1, without allocating for names of
// up to 64 bytes.
func (t *Table) findName(name string) int {
	if longerKey(name, t.maxKey) {
		return -1
	}
	var buf [64]byte
	k := appendKey(buf[:0], name)
	i := sort.Search(len(t.keys), func(i int) bool { return t.keys[i] >= string(k) })
	if i < len(t.keys) && t.keys[i] == string(k) {
		return i
	}
	return -1
}

// longerKey reports whether the key of name is surely longer than n bytes: name has more than n+5
// ASCII letters and digits, each of which stays one byte of the key, and the key drops at most a
// trailing space and a leading "the ". It reads name only up to the letter or digit that decides,
// so a caller that looks up a long run of text ("City" of a comma that follows no capitalized
// word: the text from the start of the document) does not have its key built.
func longerKey(name string, n int) bool {
	c := 0
	for i := 0; i < len(name); i++ {
		if b := name[i] | 0x20; 'a' <= b && b <= 'z' || '0' <= name[i] && name[i] <= '9' {
			if c++; c > n+5 {
				return true
			}
		}
	}
	return false
}

// Lookup returns the places a name may denote, best prior first (population, capitals and division
// seats first, GeoNames names before alternate names), and the flags of the name; nil when the
// table does not know it. The name is compared by Key.
func (t *Table) Lookup(name string) ([]Candidate, Flags) {
	return t.candidates(t.findName(name))
}

// Known reports whether the table has a place called name, and the name's flags, without building
// the candidates.
func (t *Table) Known(name string) (bool, Flags) {
	i := t.findName(name)
	if i < 0 {
		return false, 0
	}
	return true, t.flags[i]
}

// lookupKey returns the candidates of a key.
func (t *Table) lookupKey(key string) ([]Candidate, Flags) { return t.candidates(t.find(key)) }

// candidates returns the places of the key at index i (none for -1) and the key's flags.
func (t *Table) candidates(i int) ([]Candidate, Flags) {
	if i < 0 {
		return nil, 0
	}
	s := t.post[i]
	out := make([]Candidate, 0, strings.Count(s, ",")+1)
	t.postings(s, func(idx int, alt bool) { // validated by Parse
		out = append(out, Candidate{Place: t.places[idx], Alternate: alt})
	})
	return out, t.flags[i]
}

// ByID returns the place of a GeoNames id.
func (t *Table) ByID(id int) (Place, bool) {
	i, ok := slices.BinarySearchFunc(t.places, id, func(p Place, id int) int { return cmp.Compare(p.ID, id) })
	if !ok {
		return Place{}, false
	}
	return t.places[i], true
}

// Division returns the first-order division a place lies in (the place itself for a division).
func (t *Table) Division(p Place) (Place, bool) {
	if p.Admin1 == "" {
		return Place{}, false
	}
	i, ok := t.div[p.Country+"."+p.Admin1]
	if !ok {
		return Place{}, false
	}
	return t.places[i], true
}

// DivisionByCode returns the division of a country with a code ("USA", "TX").
func (t *Table) DivisionByCode(country, code string) (Place, bool) {
	i, ok := t.div[country+"."+code]
	if !ok {
		return Place{}, false
	}
	return t.places[i], true
}
