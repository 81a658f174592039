package entities

import (
	"cmp"
	"slices"
	"strings"
)

// EntityTable aggregates mentions over a corpus, one canonical entity per row. Add one document's
// mentions at a time; tables built from different shards combine with Merge, and the result does not
// depend on the order of Add and Merge calls. The zero value is an empty table ready to use. An
// EntityTable is not safe for concurrent use.
type EntityTable struct {
	rows map[string]*entityAgg
	// metonyms memoizes capitalMetonym per entity and surface (not encoded: a cache).
	metonyms map[[2]string]bool
	// normalized memoizes NormalizeName per mention text (not encoded: a cache); a corpus repeats
	// the same few thousand surface forms, and normalizing allocates.
	normalized map[string]string
	// adds numbers the calls of Add (not encoded): an entity whose lastAdd is adds was already
	// counted in the current document.
	adds int
}

// entityAgg holds the counts of one entity.
type entityAgg struct {
	mentions, documents int
	// lastAdd is the EntityTable.adds of the last document counted in documents (not encoded).
	lastAdd   int
	types     map[string]int
	countries map[string]int
	surfaces  map[string]int
	roles     map[string]int
	places    map[int]placeCount // GeoNames id → mentions and coordinates
}

// placeCount is how often an entity's mentions were grounded to one GeoNames place, and where it is.
type placeCount struct {
	N        int
	Lat, Lon float64
}

// EntityRow is one row of entities.csv: a canonical actor of the corpus.
type EntityRow struct {
	Entity    string
	Label     string // the most frequent surface form; ties go to the lexicographically smallest
	Type      string // GPE for a country; otherwise the most frequent type, ties to the lexicographically smallest
	Country   string // the most frequent non-empty country; ties as above
	Mentions  int
	Documents int
	Aliases   []string // distinct surface forms, by frequency descending then text
	// Role is the most frequent non-empty role over the actor's mentions, each mention carrying the
	// role valid on its document's date (a person who was president in most of the corpus's
	// documents is GOV even if some documents date from before or after); ties as above. Only
	// people and organizations (Type PERSON or ORG) have one.
	Role string
	// GeonamesID, Lat and Lon are the GeoNames place of a place entity (Mention.GeonamesID): the
	// place its mentions were most often grounded to, ties to the smallest id; 0 for other actors.
	GeonamesID int
	Lat, Lon   float64
}

// NewEntityTable returns an empty table.
func NewEntityTable() *EntityTable { return &EntityTable{} }

// Len returns the number of entities.
func (t *EntityTable) Len() int { return len(t.rows) }

// Add counts the mentions of one document. Surface forms are normalized with NormalizeName. The
// surface of a capital or city standing for its country's government ("Washington said", entity
// USA) is not counted as an alias of the country: the capital is a place entity of its own
// ("Washington", with its country), and the country's aliases are its names and demonyms.
func (t *EntityTable) Add(docMentions []Mention) {
	if len(docMentions) == 0 {
		return
	}
	if t.rows == nil {
		t.rows = map[string]*entityAgg{}
	}
	t.adds++
	for i := range docMentions {
		m := &docMentions[i]
		if m.Entity == "" {
			continue
		}
		a := t.agg(m.Entity)
		a.mentions++
		a.types[m.Type]++
		if m.Country != "" {
			a.countries[m.Country]++
		}
		if m.Role != "" {
			a.roles[m.Role]++
		}
		metonym := t.capitalMetonym(m) // "officials in Georgetown": GUY is no place, nor an alias
		if m.GeonamesID != 0 && !metonym {
			if a.places == nil {
				a.places = map[int]placeCount{}
			}
			p := a.places[m.GeonamesID]
			p.N++
			p.Lat, p.Lon = m.Lat, m.Lon
			a.places[m.GeonamesID] = p
		}
		if !metonym {
			if s := t.normalize(m.Text); s != "" {
				a.surfaces[s]++
			}
		}
		if a.lastAdd != t.adds {
			a.lastAdd = t.adds
			a.documents++
		}
	}
}

// normalize is NormalizeName(s), memoized in t.normalized.
func (t *EntityTable) normalize(s string) string {
	if n, ok := t.normalized[s]; ok {
		return n
	}
	if t.normalized == nil {
		t.normalized = map[string]string{}
	}
	s = strings.Clone(s) // not the document's text: the cache outlives the document
	n := NormalizeName(s)
	t.normalized[s] = n
	return n
}

func (t *EntityTable) agg(e string) *entityAgg {
	a := t.rows[e]
	if a == nil {
		a = &entityAgg{types: map[string]int{}, countries: map[string]int{}, surfaces: map[string]int{}, roles: map[string]int{}}
		// Clone: an entity id may be a substring of a document's text (an ungrounded name), which
		// the table, kept for the whole corpus, would otherwise keep whole.
		t.rows[strings.Clone(e)] = a
	}
	return a
}

// Merge adds the counts of o to t. o is not modified. Tables must hold disjoint sets of documents.
func (t *EntityTable) Merge(o *EntityTable) {
	if o == nil || len(o.rows) == 0 {
		return
	}
	if t.rows == nil {
		t.rows = map[string]*entityAgg{}
	}
	for e, b := range o.rows {
		a := t.agg(e)
		a.mentions += b.mentions
		a.documents += b.documents
		for k, v := range b.types {
			a.types[k] += v
		}
		for k, v := range b.countries {
			a.countries[k] += v
		}
		for k, v := range b.surfaces {
			a.surfaces[k] += v
		}
		for k, v := range b.roles {
			a.roles[k] += v
		}
		for id, p := range b.places {
			if a.places == nil {
				a.places = map[int]placeCount{}
			}
			q := a.places[id]
			q.N += p.N
			q.Lat, q.Lon = p.Lat, p.Lon
			a.places[id] = q
		}
	}
}

// capitalMetonym reports whether m is a capital or city standing for its country: a GPE mention
// whose entity is a country but whose text is, in the gazetteer, a city of that country.
func (t *EntityTable) capitalMetonym(m *Mention) bool {
	if m.Type != GPE || !isISO3(m.Entity) {
		return false
	}
	k := [2]string{m.Entity, m.Text}
	if v, ok := t.metonyms[k]; ok {
		return v
	}
	if t.metonyms == nil {
		t.metonyms = map[[2]string]bool{}
	}
	v := capitalMetonym(m)
	t.metonyms[[2]string{strings.Clone(k[0]), strings.Clone(k[1])}] = v // not the document's text
	return v
}

// capitalMetonym is EntityTable.capitalMetonym without the cache, for a GPE mention of a country.
func capitalMetonym(m *Mention) bool {
	g, err := DefaultGazetteer()
	if err != nil || !g.IsCountry(m.Entity) {
		return false
	}
	e, ok := g.Lookup(m.Text)
	return ok && (e.Kind == KindCapital || e.Kind == KindCity) && e.Entity != m.Entity && e.Country == m.Entity
}

// place returns the most frequent GeoNames place of a, ties to the smallest id.
func (a *entityAgg) place() (id int, p placeCount) {
	for k, v := range a.places {
		if v.N > p.N || v.N == p.N && k < id {
			id, p = k, v
		}
	}
	return id, p
}

// Rows returns the table sorted by [CompareEntityRows].
func (t *EntityTable) Rows() []EntityRow {
	rows := make([]EntityRow, 0, len(t.rows))
	for e, a := range t.rows {
		r := EntityRow{Entity: e, Mentions: a.mentions, Documents: a.documents,
			Type: rowType(e, a.types), Country: argmax(a.countries)}
		if r.Type == PERSON || r.Type == ORG {
			r.Role = argmax(a.roles) // not a country's: "Kremlin" is RUS GOV, Russia has no role
		}
		r.GeonamesID, _ = a.place()
		if r.GeonamesID != 0 {
			p := a.places[r.GeonamesID]
			r.Lat, r.Lon = p.Lat, p.Lon
		}
		r.Aliases = byFreq(a.surfaces)
		if len(r.Aliases) > 0 {
			r.Label = r.Aliases[0]
		} else {
			r.Label = e
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, CompareEntityRows)
	return rows
}

// CompareEntityRows orders rows by Mentions descending, then Entity ascending: the order of
// [EntityTable.Rows] and of entities.csv.
func CompareEntityRows(a, b EntityRow) int {
	return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Entity, b.Entity))
}

// rowType is the type of an entity's row: GPE for a country whatever its most frequent surface ("JPN"
// named mostly as "Japanese" is still the country, not a nationality), otherwise the most frequent type.
func rowType(e string, types map[string]int) string {
	if types[GPE]+types[NORP]+types[LOC] > 0 && isISO3(e) {
		if g, err := DefaultGazetteer(); err == nil && g.IsCountry(e) {
			return GPE
		}
	}
	return argmax(types)
}

// argmax returns the key with the highest count, the smallest key on ties, "" for an empty map.
func argmax(m map[string]int) string {
	best, bn := "", 0
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

// byFreq returns the keys of m by count descending, then key ascending.
func byFreq(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b string) int {
		if n := cmp.Compare(m[b], m[a]); n != 0 {
			return n
		}
		return cmp.Compare(a, b)
	})
	return ks
}

// PersonAliases proposes corpus-wide merges for people: a one-word PERSON entity ("Rouhani") maps to
// the multi-word PERSON entity whose last or first word it is ("Hassan Rouhani"), when exactly one
// such entity exists in the table and it has at least as many mentions. Within-document resolution
// (Resolve) has already merged the names that appear with their full form in the same document; this
// catches documents that use the short form only. The result is deterministic.
func (t *EntityTable) PersonAliases() map[string]string {
	parts := map[string][]string{} // lower-case name part → full names
	for e, a := range t.rows {
		if argmax(a.types) != PERSON {
			continue
		}
		ws := strings.Fields(e)
		if len(ws) < 2 {
			continue
		}
		seen := map[string]bool{}
		for _, w := range []string{ws[0], ws[len(ws)-1]} {
			for _, k := range partKeys(w) {
				if !seen[k] {
					seen[k] = true
					parts[k] = append(parts[k], e)
				}
			}
		}
	}
	out := map[string]string{}
	for e, a := range t.rows {
		if argmax(a.types) != PERSON || strings.Contains(e, " ") {
			continue
		}
		fulls := parts[strings.ToLower(e)]
		if len(fulls) == 1 && t.rows[fulls[0]].mentions >= a.mentions {
			out[e] = fulls[0]
		}
	}
	return out
}

// Rename merges the rows of each entity in aliases into the row of its target (counts add up; a
// document counted under both names counts twice, so Documents may overstate by that overlap).
// Targets that are themselves renamed are followed once.
func (t *EntityTable) Rename(aliases map[string]string) {
	keys := make([]string, 0, len(aliases))
	for k := range aliases {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, from := range keys {
		to := aliases[from]
		if next, ok := aliases[to]; ok {
			to = next
		}
		a, ok := t.rows[from]
		if !ok || to == from || to == "" {
			continue
		}
		delete(t.rows, from)
		one := &EntityTable{rows: map[string]*entityAgg{to: a}}
		t.Merge(one)
	}
}
