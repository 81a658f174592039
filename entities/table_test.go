package entities

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

func tableDocs() [][]Mention {
	return [][]Mention{
		{
			{Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"},
			{Text: "Iranian", Type: NORP, Entity: "IRN", Country: "IRN"},
			{Text: "Iranian", Type: NORP, Entity: "IRN", Country: "IRN"},
			{Text: "Hassan Rouhani", Type: PERSON, Entity: "Hassan Rouhani", Country: "IRN", Role: "GOV"},
			{Text: "Rouhani", Type: PERSON, Entity: "Hassan Rouhani", Role: "GOV"},
		},
		{
			{Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"},
			{Text: "the\nUnited States", Type: GPE, Entity: "USA", Country: "USA"},
			{Text: "Rouhani's", Type: PERSON, Entity: "Hassan Rouhani", Country: "IRN", Role: "ELI"},
		},
		{
			{Text: "U.S.", Type: GPE, Entity: "USA", Country: "USA"},
			{Text: "U.S.", Type: ORG, Entity: "USA", Country: "USA", Role: "GOV"},
			{Text: "NATO", Type: ORG, Entity: "NATO"},
			{Text: "", Type: ORG, Entity: ""},
		},
	}
}

func TestEntityTable(t *testing.T) {
	var tab EntityTable // the zero value works
	for _, d := range tableDocs() {
		tab.Add(d)
	}
	want := []EntityRow{
		// "Iran" and "Iranian" tie (2 each), GPE and NORP tie: the lexicographically smaller wins.
		{Entity: "IRN", Label: "Iran", Type: GPE, Country: "IRN", Mentions: 4, Documents: 2, Aliases: []string{"Iran", "Iranian"}},
		{Entity: "Hassan Rouhani", Label: "Rouhani", Type: PERSON, Country: "IRN", Mentions: 3, Documents: 2, Aliases: []string{"Rouhani", "Hassan Rouhani"}, Role: "GOV"},
		{Entity: "USA", Label: "U.S.", Type: GPE, Country: "USA", Mentions: 3, Documents: 2, Aliases: []string{"U.S.", "United States"}},
		{Entity: "NATO", Label: "NATO", Type: ORG, Country: "", Mentions: 1, Documents: 1, Aliases: []string{"NATO"}},
	}
	if got := tab.Rows(); !reflect.DeepEqual(got, want) {
		t.Errorf("Rows\n got %+v\nwant %+v", got, want)
	}
	if tab.Len() != 4 {
		t.Errorf("Len = %d", tab.Len())
	}
}

// TestEntityTableMerge checks that shards merged in any order give the rows of one table.
func TestEntityTableMerge(t *testing.T) {
	docs := tableDocs()
	all := NewEntityTable()
	for _, d := range docs {
		all.Add(d)
	}
	want := all.Rows()
	orders := [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}}
	for _, o := range orders {
		total := NewEntityTable()
		for _, k := range o {
			shard := NewEntityTable()
			shard.Add(docs[k])
			total.Merge(shard)
		}
		if got := total.Rows(); !reflect.DeepEqual(got, want) {
			t.Errorf("order %v:\n got %+v\nwant %+v", o, got, want)
		}
	}
	// Merging two half tables, either way round.
	a, b := NewEntityTable(), NewEntityTable()
	a.Add(docs[0])
	b.Add(docs[1])
	b.Add(docs[2])
	ab, ba := NewEntityTable(), NewEntityTable()
	ab.Merge(a)
	ab.Merge(b)
	ba.Merge(b)
	ba.Merge(a)
	ba.Merge(nil)
	if !reflect.DeepEqual(ab.Rows(), want) || !reflect.DeepEqual(ba.Rows(), want) {
		t.Error("merge of halves differs")
	}
}

func TestEntityTablePersonAliases(t *testing.T) {
	var tab EntityTable
	tab.Add([]Mention{{Text: "Hassan Rouhani", Type: PERSON, Entity: "Hassan Rouhani"}, {Text: "Rouhani", Type: PERSON, Entity: "Hassan Rouhani"}})
	tab.Add([]Mention{{Text: "Rouhani", Type: PERSON, Entity: "Rouhani"}})
	tab.Add([]Mention{{Text: "Bush", Type: PERSON, Entity: "Bush"}, {Text: "George Bush", Type: PERSON, Entity: "George Bush"},
		{Text: "Jeb Bush", Type: PERSON, Entity: "Jeb Bush"}, {Text: "Assad", Type: PERSON, Entity: "Assad"},
		{Text: "Bashar al-Assad", Type: PERSON, Entity: "Bashar al-Assad"}, {Text: "Iran", Type: GPE, Entity: "IRN"}})
	got := tab.PersonAliases()
	want := map[string]string{"Rouhani": "Hassan Rouhani", "Assad": "Bashar al-Assad"} // "Bush" is ambiguous
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("PersonAliases = %v, want %v", got, want)
	}
	tab.Rename(got)
	rows := tab.Rows()
	if rows[0].Entity != "Hassan Rouhani" || rows[0].Mentions != 3 || rows[0].Documents != 2 ||
		!reflect.DeepEqual(rows[0].Aliases, []string{"Rouhani", "Hassan Rouhani"}) {
		t.Errorf("row 0 = %+v", rows[0])
	}
	if tab.Len() != 6 { // Hassan Rouhani, Bush, George Bush, Jeb Bush, Bashar al-Assad, IRN
		t.Errorf("Len = %d, want 6", tab.Len())
	}
}

// TestEntityTableCapitalsAndPlaces runs the default chain on wire-style stories and checks the
// rows of entities.csv: a capital is one place entity with its country and GeoNames place, and
// not an alias of the country it stands for ("Washington said" counts for USA without making
// "Washington" one of its names); a country named mostly by its demonym is still GPE.
func TestEntityTableCapitalsAndPlaces(t *testing.T) {
	c, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		"WASHINGTON, March 3 - Washington said on Tuesday it would send more troops to Iraq. " +
			"Officials in Baghdad welcomed the decision, and Iraqi ministers met U.S. envoys in Washington on Wednesday.",
		"Baghdad rejected the proposal on Friday. The talks in Baghdad were the first since the war, " +
			"and Iraqi officials said the United States had been consulted.",
		"Japanese officials met Korean business leaders at a hotel in Tokyo. " +
			"Tokyo said Japanese exports had risen, and the Japanese yen fell against the dollar.",
	}
	var tab EntityTable
	for _, s := range docs {
		d := a.Analyze(s, nil)
		ms := c.Recognize(d)
		checkSpans(t, s, ms)
		tab.Add(ms)
	}
	rows := map[string]EntityRow{}
	for _, r := range tab.Rows() {
		rows[r.Entity] = r
	}
	for country, capital := range map[string]string{"USA": "Washington", "IRQ": "Baghdad", "JPN": "Tokyo"} {
		cr, ok := rows[country]
		if !ok {
			t.Errorf("no row for %s: %+v", country, rows)
			continue
		}
		if cr.Type != GPE {
			t.Errorf("%s: type %s, want GPE (aliases %v)", country, cr.Type, cr.Aliases)
		}
		for _, al := range cr.Aliases {
			if strings.EqualFold(al, capital) {
				t.Errorf("%s: %q is an alias of the country: %v", country, al, cr.Aliases)
			}
		}
		if cr.GeonamesID != 0 {
			t.Errorf("%s: a country has a GeoNames place %d", country, cr.GeonamesID)
		}
		pr, ok := rows[capital]
		if !ok {
			t.Errorf("no place row for %s", capital)
			continue
		}
		if pr.Type != GPE || pr.Country != country || pr.GeonamesID == 0 || pr.Lat == 0 || pr.Lon == 0 {
			t.Errorf("%s: %+v, want a GPE of %s with a GeoNames place and coordinates", capital, pr, country)
		}
	}
	if r := rows["Baghdad"]; r.Lat < 33 || r.Lat > 34 || r.Lon < 44 || r.Lon > 45 {
		t.Errorf("Baghdad at %v,%v", r.Lat, r.Lon)
	}
}

// TestEntityTablePlaces checks the choice of an entity's GeoNames place (the most frequent, ties
// to the smallest id) in one table and after merging and encoding shards.
func TestEntityTablePlaces(t *testing.T) {
	paris := func(id int, lat, lon float64) Mention {
		return Mention{Text: "Paris", Type: GPE, Entity: "Paris", Country: "FRA", GeonamesID: id, Lat: lat, Lon: lon}
	}
	d1 := []Mention{paris(2988507, 48.85341, 2.3488), paris(4717560, 33.66094, -95.55551)}
	d2 := []Mention{paris(2988507, 48.85341, 2.3488), {Text: "France", Type: GPE, Entity: "FRA", Country: "FRA"}}
	var one, a, b EntityTable
	one.Add(d1)
	one.Add(d2)
	a.Add(d2)
	b.Add(d1)
	a.Merge(&b)
	bin, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back EntityTable
	if err := back.UnmarshalBinary(bin); err != nil {
		t.Fatal(err)
	}
	for name, tab := range map[string]*EntityTable{"one": &one, "merged": &a, "decoded": &back} {
		rows := tab.Rows()
		if r := rows[0]; r.Entity != "Paris" || r.GeonamesID != 2988507 || r.Lat != 48.85341 || r.Lon != 2.3488 {
			t.Errorf("%s: %+v, want Paris, France (2988507)", name, r)
		}
		if r := rows[1]; r.Entity != "FRA" || r.GeonamesID != 0 || r.Lat != 0 {
			t.Errorf("%s: %+v, want FRA without a place", name, r)
		}
	}
	var tie EntityTable
	tie.Add([]Mention{paris(4717560, 33.66094, -95.55551), paris(2988507, 48.85341, 2.3488)})
	if r := tie.Rows()[0]; r.GeonamesID != 2988507 {
		t.Errorf("tie: %d, want the smaller id", r.GeonamesID)
	}
}

// BenchmarkEntityTableAdd adds one document's worth of mentions (countries, demonyms, capitals as
// places and as their governments, people) to a table: the per-document cost of entities.csv.
func BenchmarkEntityTableAdd(b *testing.B) {
	doc := []Mention{
		{Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"},
		{Text: "Iranian", Type: NORP, Entity: "IRN", Country: "IRN"},
		{Text: "Tehran", Type: GPE, Entity: "IRN", Country: "IRN", Role: "GOV"},
		{Text: "Tehran", Type: GPE, Entity: "Tehran", Country: "IRN", GeonamesID: 112931, Lat: 35.69439, Lon: 51.42151},
		{Text: "Washington", Type: GPE, Entity: "USA", Country: "USA", Role: "GOV"},
		{Text: "United States", Type: GPE, Entity: "USA", Country: "USA"},
		{Text: "Hassan Rouhani", Type: PERSON, Entity: "Hassan Rouhani", Country: "IRN", Role: "GOV"},
		{Text: "IAEA", Type: ORG, Entity: "IAEA", Country: "IAEA", Role: "IGO"},
	}
	b.ReportAllocs()
	for b.Loop() {
		var t EntityTable
		for range 16 {
			t.Add(doc)
		}
	}
}

// addStraightforward is EntityTable.Add without its caches: every mention's surface normalized and
// its capital metonymy looked up afresh.
func addStraightforward(t *EntityTable, ms []Mention) {
	if len(ms) == 0 {
		return
	}
	if t.rows == nil {
		t.rows = map[string]*entityAgg{}
	}
	t.adds++
	for _, m := range ms {
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
		metonym := m.Type == GPE && isISO3(m.Entity) && capitalMetonym(&m)
		if m.GeonamesID != 0 && !metonym {
			if a.places == nil {
				a.places = map[int]placeCount{}
			}
			p := a.places[m.GeonamesID]
			p.N++
			p.Lat, p.Lon = m.Lat, m.Lon
			a.places[m.GeonamesID] = p
		}
		if s := NormalizeName(m.Text); s != "" && !metonym {
			a.surfaces[s]++
		}
		if a.lastAdd != t.adds {
			a.lastAdd = t.adds
			a.documents++
		}
	}
}

// TestEntityTableAddLikeStraightforward checks that the memoized normalization and metonymy of Add
// count exactly like the straightforward form, over documents that repeat the same surfaces with
// different entities, types and spacing, capitals standing for governments, places and
// surfaces that normalize to nothing.
func TestEntityTableAddLikeStraightforward(t *testing.T) {
	docs := append(tableDocs(), [][]Mention{
		{
			{Text: "Washington", Type: GPE, Entity: "USA", Country: "USA"}, // the capital for the government
			{Text: "Washington", Type: GPE, Entity: "Washington", Country: "USA", GeonamesID: 4140963, Lat: 38.9, Lon: -77.04},
			{Text: "Washington", Type: PERSON, Entity: "George Washington", Country: "USA"},
			{Text: "Moscow", Type: GPE, Entity: "RUS", Country: "RUS", GeonamesID: 524901, Lat: 55.75, Lon: 37.62},
			{Text: "Russia's", Type: GPE, Entity: "RUS", Country: "RUS"},
			{Text: "  Russia ", Type: GPE, Entity: "RUS", Country: "RUS"},
		},
		{
			{Text: "Development Corp of America <DCA>", Type: ORG, Entity: "Development Corp of America"},
			{Text: "\"", Type: ORG, Entity: "Quote"},
			{Text: "the Kremlin", Type: ORG, Entity: "RUS", Country: "RUS"},
			{Text: "Moscow", Type: GPE, Entity: "RUS", Country: "RUS"},
			{Text: "Moscow", Type: GPE, Entity: "Moscow", Country: "RUS", GeonamesID: 524901, Lat: 55.75, Lon: 37.62},
			{Text: "Tokyo", Type: GPE, Entity: "JPN", Country: "JPN"},
			{Text: "Washington", Type: GPE, Entity: "USA", Country: "USA"},
		},
		{},
		{
			{Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"},
			{Text: "Tehran", Type: GPE, Entity: "IRN", Country: "IRN"},
			{Text: "Rouhani", Type: PERSON, Entity: "Hassan Rouhani", Role: "GOV"},
		},
	}...)
	var got, want EntityTable
	for i, ms := range docs {
		got.Add(ms)
		addStraightforward(&want, ms)
		if !reflect.DeepEqual(got.rows, want.rows) {
			t.Fatalf("after document %d: counts differ", i)
		}
	}
	if !reflect.DeepEqual(got.Rows(), want.Rows()) {
		t.Error("rows differ")
	}
	// The cases are not vacuous: a capital was left out of a country's aliases, and a ticker cut.
	rows := map[string]EntityRow{}
	for _, r := range got.Rows() {
		rows[r.Entity] = r
	}
	if slices.Contains(rows["USA"].Aliases, "Washington") || !slices.Contains(rows["Washington"].Aliases, "Washington") {
		t.Errorf("Washington: USA aliases %v, place aliases %v", rows["USA"].Aliases, rows["Washington"].Aliases)
	}
	if a := rows["Development Corp of America"].Aliases; !reflect.DeepEqual(a, []string{"Development Corp of America"}) {
		t.Errorf("ticker: aliases %v", a)
	}
}
