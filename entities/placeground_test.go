package entities

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/text"
)

func TestFindDateline(t *testing.T) {
	for _, c := range []struct {
		name, in      string
		place, region string // "" place: no dateline
	}{
		{"capitals", "HOUSTON, March 3 - Cenergy Corp said it had a loss.", "HOUSTON", ""},
		{"after headline", "MESA HOTELS FILES OFFERING\nEUGENE, Ore., March 4 - Mesa Hotels Inc said", "EUGENE", "Ore."},
		{"agency", "VIENNA (Reuters) - Iran agreed on Monday to more inspections.", "VIENNA", ""},
		{"date and agency", "LONDON, March 2 (Reuters) - Sterling rose.", "LONDON", ""},
		{"title case", "Grain exports rise\nNew York, March 3 - Exports rose.", "New York", ""},
		{"abbreviated saint", "ST. PAUL, March 6 - Shr 41 cts vs 38 cts", "ST. PAUL", ""},
		{"particle", "RIO DE JANEIRO, March 3 - Brazil said", "RIO DE JANEIRO", ""},
		{"particle in title case", "Rio de Janeiro, March 3 - Brazil said", "Rio de Janeiro", ""},
		{"province", "CALGARY, Alberta, March 4 - Morrison Petroleums said", "CALGARY", "Alberta"},
		{"country", "LUGANO, Switzerland, May 3 - The bank said", "LUGANO", "Switzerland"},
		{"year", "BEIRUT, Sept. 3, 1987 - Lebanon said", "BEIRUT", ""},
		{"undated capitals", "BEIRUT - Lebanese officials said on Monday that the talks would resume.", "BEIRUT", ""},
		{"headline with dash is not one", "CORN CREDITS FOR MOROCCO  -- USDA\nWASHINGTON, March 4 - The agency", "WASHINGTON", ""},
		{"sentence", "The Hague said - nothing.", "", ""},
		{"plain text", "Iran and the IAEA agree on inspections.\nThey met in Vienna.", "", ""},
		{"too deep", "a\nb\nc\nd\ne\nPARIS, March 3 - France said", "", ""},
		{"short undated", "PARIS - yes", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, ok := findDateline(c.in)
			if ok != (c.place != "") {
				t.Fatalf("findDateline: found %v (%+v), want %q", ok, d, c.place)
			}
			if !ok {
				return
			}
			if got := c.in[d.start:d.end]; got != c.place {
				t.Errorf("place %q, want %q", got, c.place)
			}
			region := ""
			if d.regionStart >= 0 {
				region = c.in[d.regionStart:d.regionEnd]
			}
			if region != c.region {
				t.Errorf("region %q, want %q", region, c.region)
			}
		})
	}
}

// markAs returns a recognizer that marks every occurrence of the given names as a mention of the given type, as a
// statistical recognizer would.
func markAs(typ string, names ...string) Recognizer {
	specs := make([]string, len(names))
	for i, n := range names {
		specs[i] = typ + ":" + n
	}
	return markTyped(specs...)
}

// groundedChain returns the default chain with a fake model that marks names as GPE.
func groundedChain(t testing.TB, names ...string) *Chain {
	t.Helper()
	c, err := NewChain(markAs(GPE, names...))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// place is what a test expects of one mention.
type place struct {
	text, typ, entity, country, admin1 string
	geonames                           bool // has a GeoNames id
}

func TestGroundPlaces(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		model []string // names the fake model marks as GPE
		want  []place  // expected mentions (others may exist)
		none  []string // texts that must not be place mentions with a country
	}{
		{
			name: "dateline in capitals",
			text: "CENERGY REPORTS LOSS\nHOUSTON, March 3 - Cenergy Corp said it had a loss.",
			want: []place{{"HOUSTON", GPE, "Houston", "USA", "Texas", true}},
		},
		{
			name: "dateline with a state abbreviation the table does not know the city of",
			text: "HALVERSON TOOLS FILES\nHOLLIS FALLS, N.J., March 4 - Halverson Tools Inc said it had filed.",
			want: []place{{"N.J.", GPE, "New Jersey", "USA", "New Jersey", true}},
		},
		{
			name: "dateline pins a capital of another country",
			text: "VERTEX LABS BID\nSAN JOSE, Calif., March 9 - Vertex Labs Inc said it will bid for the rest.",
			want: []place{{"SAN JOSE", GPE, "San Jose", "USA", "California", true},
				{"Calif.", GPE, "California", "USA", "California", true}},
		},
		{
			name:  "city and state abbreviation",
			text:  "The company will close its plant in Springfield, Ill., next year.",
			model: []string{"Springfield"},
			want: []place{{"Springfield", GPE, "Springfield", "USA", "Illinois", true},
				{"Ill.", GPE, "Illinois", "USA", "Illinois", true}},
		},
		{
			name: "city the recognizers missed before an abbreviation",
			text: "Shares of the bank, based in Springfield, Mass., rose on Monday.",
			want: []place{{"Springfield", GPE, "Springfield, Massachusetts", "USA", "Massachusetts", true},
				{"Mass.", GPE, "Massachusetts", "USA", "Massachusetts", true}},
		},
		{
			name:  "Paris, Texas",
			text:  "He grew up in Paris, Texas, before moving to Dallas.",
			model: []string{"Dallas"},
			want: []place{{"Paris", GPE, "Paris, Texas", "USA", "Texas", true},
				{"Dallas", GPE, "Dallas", "USA", "Texas", true}},
		},
		{
			name:  "Paris in a story about France",
			text:  "French ministers met in Paris on Monday, officials in Lyon said.",
			model: []string{"Lyon"},
			want: []place{{"Paris", GPE, "Paris", "FRA", "Île-de-France", true},
				{"Lyon", GPE, "Lyon", "FRA", "Auvergne-Rhône-Alpes", true}},
		},
		{
			name:  "cities outside the gazetteer",
			text:  "Talks between Bonn and Toronto officials ended in Frankfurt on Friday.",
			model: []string{"Bonn", "Toronto", "Frankfurt"},
			want: []place{{"Bonn", GPE, "Bonn", "DEU", "North Rhine-Westphalia", true},
				{"Toronto", GPE, "Toronto", "CAN", "Ontario", true},
				{"Frankfurt", GPE, "Frankfurt am Main", "DEU", "Hesse", true}},
		},
		{
			name:  "Tripoli in a story about Lebanon",
			text:  "Lebanese troops fought gunmen in Tripoli, the second city of Lebanon, on Sunday.",
			model: []string{"Tripoli"},
			want:  []place{{"Tripoli", GPE, "Tripoli, Liban-Nord", "LBN", "Liban-Nord", true}},
		},
		{
			name:  "a division named elsewhere in the story",
			text:  "Floods hit Hyderabad on Monday, officials in Sindh said.",
			model: []string{"Hyderabad", "Sindh"},
			want: []place{{"Hyderabad", GPE, "Hyderābād, Sindh", "PAK", "Sindh", true},
				{"Sindh", GPE, "Sindh", "PAK", "Sindh", true}},
		},
		{
			name: "city and country",
			text: "The stake went to Corvana S.A. of Lugano, Switzerland, for 80,000 dlrs.",
			want: []place{{"Lugano", GPE, "Lugano", "CHE", "Ticino", true}},
		},
		{
			name: "capital as a place",
			text: "The talks in Washington ended on Friday.",
			want: []place{{"Washington", GPE, "Washington", "USA", "Washington, D.C.", true}},
		},
		{
			name: "capital standing for its government",
			text: "Washington said on Monday that it would reply.",
			want: []place{{"Washington", GPE, "USA", "USA", "", false}},
		},
		{
			name:  "an ordinary word is not a place",
			text:  "Prices in the North rose while the Central bank waited.",
			model: []string{"North", "Central"},
			none:  []string{"North", "Central"},
		},
		{
			name: "regions and seas have no country",
			text: "Tankers in the Gulf and the Black Sea were attacked, officials in the Middle East said.",
			want: []place{{"Gulf", LOC, "Persian Gulf", "", "", false}, {"Black Sea", LOC, "Black Sea", "", "", false},
				{"Middle East", LOC, "Middle East", "", "", false}},
		},
		{
			name:  "Georgia the state after a city",
			text:  "The company moved its headquarters to Atlanta, Georgia, last year.",
			model: []string{"Atlanta"},
			want: []place{{"Atlanta", GPE, "Atlanta", "USA", "Georgia", true},
				{"Georgia", GPE, "Georgia", "USA", "Georgia", true}},
		},
		{
			name:  "Georgia the state in a story about the United States",
			text:  "Voters in Georgia and Arizona will decide the U.S. Senate, Democrats in Atlanta and Phoenix said.",
			model: []string{"Atlanta", "Phoenix"},
			want:  []place{{"Georgia", GPE, "Georgia", "USA", "Georgia", true}},
		},
		{
			name: "Georgia the country",
			text: "Russia and Georgia fought over South Ossetia, officials in Tbilisi said.",
			want: []place{{"Georgia", GPE, "GEO", "GEO", "", false}},
		},
		{
			name: "Tbilisi, Georgia",
			text: "The talks will be held in Tbilisi, Georgia, next week.",
			want: []place{{"Georgia", GPE, "GEO", "GEO", "", false}},
		},
		{
			name:  "a state named like a capital",
			text:  "Boeing, based near Seattle, Washington, said orders rose.",
			model: []string{"Seattle"},
			want: []place{{"Seattle", GPE, "Seattle", "USA", "Washington", true},
				{"Washington", GPE, "Washington State", "USA", "Washington", true}},
		},
		{
			name: "Kiev keeps the gazetteer's entity",
			text: "The delegation arrived in Kiev on Tuesday.",
			want: []place{{"Kiev", GPE, "Kyiv", "UKR", "Kyiv City", true}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			ch := groundedChain(t, c.model...)
			d := text.Segment(c.text, nil)
			ms := ch.Recognize(d)
			checkSpansDisjoint(t, c.text, ms)
			for _, w := range c.want {
				var got *Mention
				for i := range ms {
					if ms[i].Text == w.text {
						got = &ms[i]
						break
					}
				}
				if got == nil {
					t.Errorf("no mention %q in %+v", w.text, ms)
					continue
				}
				if got.Type != w.typ || got.Entity != w.entity || got.Country != w.country || got.Admin1 != w.admin1 ||
					(got.GeonamesID != 0) != w.geonames {
					t.Errorf("mention %q = %s %q %s admin1 %q geonames %d, want %s %q %s admin1 %q geonames %v",
						w.text, got.Type, got.Entity, got.Country, got.Admin1, got.GeonamesID, w.typ, w.entity, w.country,
						w.admin1, w.geonames)
				}
				if got.GeonamesID != 0 && got.Admin1 != "" && got.Lat == 0 && got.Lon == 0 && strings.HasPrefix(got.Entity, got.Admin1) {
					continue // a division ("Texas", "Washington State"): no coordinates
				}
				if got.GeonamesID != 0 && got.Lat == 0 && got.Lon == 0 {
					t.Errorf("mention %q has a GeoNames id but no coordinates", w.text)
				}
			}
			for _, n := range c.none {
				for _, m := range ms {
					if m.Text == n && (m.Country != "" || m.GeonamesID != 0) {
						t.Errorf("mention %q grounded in %s (%d), want no place", n, m.Country, m.GeonamesID)
					}
				}
			}
		})
	}
}

func TestGroundPlacesOff(t *testing.T) {
	ch := groundedChain(t, "Bonn")
	ch.NoPlaces = true
	s := "HOUSTON, March 3 - Officials in Bonn said."
	for _, m := range ch.Recognize(text.Segment(s, nil)) {
		if m.GeonamesID != 0 || m.Source == SourcePlace || m.Text == "Bonn" && m.Country != "" {
			t.Errorf("NoPlaces: mention %+v is grounded", m)
		}
	}
}

// TestGroundAmbiguousPlaces checks names that several places share, in sentences of the kind news
// writes about each reading (written for this test). The fake model marks the names a statistical
// recognizer would; the gazetteer marks the rest.
func TestGroundAmbiguousPlaces(t *testing.T) {
	for _, c := range []struct {
		text    string
		model   []string
		name    string // the mention checked
		country string
		admin1  string // "" is not checked
	}{
		{"Harvard researchers in Cambridge said the U.S. trial would start in Boston.", []string{"Cambridge", "Boston"}, "Cambridge", "USA", "Massachusetts"},
		{"British scientists at a laboratory in Cambridge said the UK trial would start in London.", []string{"Cambridge"}, "Cambridge", "GBR", "England"},
		{"Egyptian police in Alexandria arrested protesters, Cairo said.", nil, "Alexandria", "EGY", ""},
		{"The Pentagon contractor, based in Alexandria, Va., won the U.S. Army deal.", nil, "Alexandria", "USA", "Virginia"},
		{"The U.S. company will close its plant in Alexandria, Virginia, officials said.", nil, "Alexandria", "USA", "Virginia"},
		{"Steel output at Birmingham, Ala., fell for the third month.", []string{"Birmingham"}, "Birmingham", "USA", "Alabama"},
		{"The British carmaker cut jobs in Birmingham, England's second city.", []string{"Birmingham"}, "Birmingham", "GBR", ""},
		{"Lobster prices in Portland, Maine, rose sharply.", []string{"Portland"}, "Portland", "USA", "Maine"},
		{"Retirees flocked to St. Petersburg, Fla., last winter.", nil, "St. Petersburg", "USA", "Florida"},
		{"Putin hosted the summit in St. Petersburg, the Kremlin said.", nil, "St. Petersburg", "RUS", ""},
		{"Farmers near Moscow, Idaho, expect a record wheat crop.", nil, "Moscow", "USA", "Idaho"},
		{"Bushfires spread across Victoria as Australian officials in Melbourne and Sydney warned residents.", []string{"Melbourne", "Sydney"}, "Victoria", "AUS", "Victoria"},
		{"The Canadian company opened a plant in Kingston, Ontario, near Toronto.", []string{"Kingston", "Toronto"}, "Kingston", "CAN", "Ontario"},
		{"Jamaican officials in Kingston said the tourism season was strong.", nil, "Kingston", "JAM", ""},
		{"Venezuelan troops were sent to Valencia and Maracaibo, Caracas said.", []string{"Valencia", "Maracaibo"}, "Valencia", "VEN", ""},
		{"Spanish police in Valencia and Barcelona arrested five, Madrid said.", []string{"Valencia", "Barcelona"}, "Valencia", "ESP", ""},
		{"Argentine farmers in Cordoba and Rosario protested new export taxes.", []string{"Cordoba", "Rosario"}, "Cordoba", "ARG", ""},
		{"Talks between Lebanese factions opened in Tripoli on Monday, Beirut said.", nil, "Tripoli", "LBN", ""},
		{"Fighting resumed near Tripoli as Libyan forces pushed west from Benghazi.", nil, "Tripoli", "LBY", ""},
		{"Rain flooded Hyderabad, the capital of Telangana, Indian officials said.", []string{"Hyderabad", "Telangana"}, "Hyderabad", "IND", ""},
		{"The oil company drilled near Paris, Texas, and in other parts of East Texas.", nil, "Paris", "USA", "Texas"},
		{"French unions marched in Paris against the pension reform.", nil, "Paris", "FRA", ""},
		{"Storms hit Georgia and the Carolinas, the U.S. National Weather Service said.", nil, "Georgia", "USA", "Georgia"},
		{"Georgian troops left South Ossetia as Georgia and Russia signed a truce.", nil, "Georgia", "GEO", ""},
		// The divisions of the document's other places (shared-division evidence).
		{"Polling places in Atlanta, Savannah and Athens reported long waits.", []string{"Atlanta", "Savannah", "Athens"}, "Athens", "USA", "Georgia"},
		{"Tourists crowded Athens and Thessaloniki as Greek officials warned of heat.", []string{"Athens", "Thessaloniki"}, "Athens", "GRC", ""},
		{"Students at a university in London, between Toronto and Kitchener, cleared snow.", []string{"London", "Toronto", "Kitchener"}, "London", "CAN", "Ontario"},
		{"A biotech company in Cambridge, across the river from Boston, will add 400 jobs.", []string{"Cambridge", "Boston"}, "Cambridge", "USA", "Massachusetts"},
		{"Pilgrims reached Santiago as the regional government of Galicia counted record numbers.", []string{"Santiago", "Galicia"}, "Santiago", "ESP", ""},
		{"Air Canada flights from Toronto to London resumed on Monday.", []string{"Toronto", "London"}, "London", "GBR", ""},
		// A country's name before another country's division abbreviation is a town there.
		{"A storm damaged homes near Lebanon, Tenn., east of Nashville.", nil, "Lebanon", "USA", "Tennessee"},
		{"Israeli jets struck targets in southern Lebanon, the army said.", nil, "Lebanon", "LBN", ""},
		{"A tornado hit Mexico, Mo., on Sunday.", nil, "Mo.", "USA", "Missouri"}, // no such town in the table: the state still
		// The word for a division after the name.
		{"Soy farmers in Córdoba province expect a small harvest, Argentine officials said.", []string{"Córdoba"}, "Córdoba", "ARG", "Cordoba"},
		{"Smoke drifted across Washington state, and officials in Seattle issued an alert.", []string{"Washington", "Seattle"}, "Washington", "USA", "Washington"},
		{"Gunmen attacked a village in Niger state, Nigerian police said.", []string{"Niger"}, "Niger", "NGA", "Niger"},
		{"Gunmen abducted pupils in Niger State, Nigerian police said.", []string{"Niger State"}, "Niger State", "NGA", "Niger"},
		{"Floods hit the State of Mexico near the capital.", []string{"State of Mexico"}, "State of Mexico", "MEX", ""},
		// A region of the gazetteer that is a division of several countries, in the document's country.
		{"Villages in southern Punjab were flooded, and officials in Lahore said the province needed tents.", []string{"Lahore"}, "Punjab", "PAK", "Punjab"},
		{"Floods in Punjab killed dozens, and the state government in Chandigarh asked the army for help.", []string{"Chandigarh"}, "Punjab", "IND", "Punjab"},
		// Appositions and locatives that place a city.
		{"Strikers blocked roads in Santa Cruz, Bolivia's largest city, for a week.", []string{"Santa Cruz"}, "Santa Cruz", "BOL", ""},
		{"Cigar makers in Santiago, the Dominican Republic's second-largest city, said exports rose.", []string{"Santiago"}, "Santiago", "DOM", ""},
		{"A wildfire burned in the hills above Lagos on Portugal's Algarve coast.", []string{"Lagos"}, "Lagos", "PRT", ""},
		{"Textile mills in Salem, in Tamil Nadu, cut shifts.", []string{"Salem", "Tamil Nadu"}, "Salem", "IND", "Tamil Nadu"},
		{"Flights from Lagos to Lisbon resumed after the strike.", []string{"Lagos", "Lisbon"}, "Lagos", "NGA", ""},
		{"Ferries from Lagos in Portugal were cancelled.", []string{"Lagos"}, "Lagos", "PRT", ""},
		{"Hotels in Lagos and Abuja were full.", []string{"Lagos", "Abuja"}, "Lagos", "NGA", ""},
	} {
		t.Run(c.name+" in "+c.text[:min(30, len(c.text))], func(t *testing.T) {
			ch := groundedChain(t, c.model...)
			ms := ch.Recognize(text.Segment(c.text, nil))
			checkSpans(t, c.text, ms)
			for _, m := range ms {
				if m.Text != c.name {
					continue
				}
				if m.Country != c.country || c.admin1 != "" && m.Admin1 != c.admin1 {
					t.Errorf("%q: %s %q admin1 %q, want %s %q", c.name, m.Country, m.Entity, m.Admin1, c.country, c.admin1)
				}
				return
			}
			t.Errorf("no mention %q in %+v", c.name, ms)
		})
	}
}

// FuzzGroundPlaces runs the chain with a model that marks every capitalized word as a place over
// arbitrary text, datelines and "City, Region" patterns included: mentions keep valid, sorted,
// non-overlapping spans, and every grounded place has a country.
func FuzzGroundPlaces(f *testing.F) {
	for _, s := range []string{
		"HEADLINE\nHOUSTON, March 3 - Officials in Bonn said.",
		"PORTLAND, Ore., Feb 26 - Springfield, Ill., and Paris, Texas, and Atlanta, Georgia.",
		"NEW\nYORK, March 2 - x", "A, N.J., B, Calif C, W.Va. D, Georgia", "VIENNA (Reuters) -\n",
	} {
		f.Add(s)
	}
	model := RecognizerFunc(func(d *text.Doc) []Mention {
		var ms []Mention
		for k := range d.Tokens {
			if w := d.TokenText(k); w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				ms = append(ms, Mention{Start: d.Tokens[k].Start, End: d.Tokens[k].End, Text: w, Type: GPE, Source: "model"})
			}
		}
		return ms
	})
	c, err := NewChain(model)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := c.Recognize(text.Segment(s, nil))
		checkSpans(t, s, ms)
		for i, m := range ms {
			if i > 0 && m.Start < ms[i-1].End {
				t.Fatalf("overlapping or unsorted mentions %+v %+v", ms[i-1], m)
			}
			if m.GeonamesID != 0 && m.Country == "" {
				t.Fatalf("place without a country: %+v", m)
			}
		}
		DocumentCountries(s, "", ms)
	})
}

// A name the text pins to a place ("Paris, Texas", a dateline with its state) keeps that place in
// its other mentions of the document; a capital standing for its government has the role GOV.
func TestOneSensePerDocumentAndMetonymy(t *testing.T) {
	for _, c := range []struct {
		text          string
		model         []string
		name          string
		nth           int // which mention of name is checked (0: the first)
		country, role string
		admin1        string
	}{
		{"PARIS, Texas (AP) — Rain closed two highways north of Paris on Thursday, the sheriff said.", nil, "Paris", 1, "USA", "", "Texas"},
		{"The plant in Athens, Ga., will close. Athens officials said 300 jobs would go.", nil, "Athens", 1, "USA", "", "Georgia"},
		{"Lobster prices in Portland, Maine, rose. Portland dealers expect more.", []string{"Portland"}, "Portland", 1, "USA", "", "Maine"},
		{"French unions marched in Paris against the reform; Paris police said 20,000 took part.", nil, "Paris", 1, "FRA", "", ""},
		{"Moscow said on Monday that the talks had failed.", nil, "Moscow", 0, "RUS", "GOV", ""},
		{"Washington and Beijing agreed to resume talks.", nil, "Beijing", 0, "CHN", "GOV", ""},
		{"Tourists crowded the museums of Moscow in the summer.", nil, "Moscow", 0, "RUS", "", ""},
	} {
		t.Run(c.text[:30], func(t *testing.T) {
			ch := groundedChain(t, c.model...)
			ms := ch.Recognize(text.Segment(c.text, nil))
			checkSpans(t, c.text, ms)
			n := 0
			for _, m := range ms {
				if !strings.EqualFold(m.Text, c.name) {
					continue
				}
				if n < c.nth {
					n++
					continue
				}
				if m.Country != c.country || m.Role != c.role || c.admin1 != "" && m.Admin1 != c.admin1 {
					t.Errorf("%q #%d: country %q role %q admin1 %q, want %q %q %q", c.name, c.nth, m.Country, m.Role, m.Admin1, c.country, c.role, c.admin1)
				}
				return
			}
			t.Errorf("no mention #%d of %q in %+v", c.nth, c.name, ms)
		})
	}
}

// TestGroundPlacesLinearInPatterns grounds documents with n "City, ST" patterns followed by n other
// mentions, for n and 10n: each pattern inserts two mentions before all the others, so inserting
// them one at a time into the sorted list costs time quadratic in n (about 100 times more for 10n).
// The time must grow at most about linearly (the bound, 30, leaves room for a noisy machine: the
// quickest of three runs is used, and the measurement is repeated up to three times).
func TestGroundPlacesLinearInPatterns(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tab := placeTable()
	if tab == nil {
		t.Fatal("no place table")
	}
	build := func(n int) (*text.Doc, []Mention) {
		var b strings.Builder
		for range n {
			b.WriteString("Plants in Springfield, Ill. and Paterson, N.J. closed. ")
		}
		var ms []Mention
		for range n {
			st := b.Len() + len("Talks in ")
			b.WriteString("Talks in Iran ended. ")
			ms = append(ms, Mention{Start: st, End: st + 4, Text: "Iran", Type: GPE, Entity: "IRN", Country: "IRN"})
		}
		return text.Segment(b.String(), nil), ms
	}
	run := func(n int) (time.Duration, int) {
		d, ms := build(n)
		best, added := time.Duration(1<<62), 0
		for range 3 {
			in := slices.Clone(ms)
			start := time.Now()
			out := groundPlaces(d, g, tab, in)
			best = min(best, time.Since(start))
			added = len(out) - len(ms)
			checkSpans(t, d.Text, out)
			if !slices.IsSortedFunc(out, ByPosition) {
				t.Fatal("mentions not sorted")
			}
		}
		return best, added
	}
	const n = 1000
	run(10) // load the tables
	var t1, t10 time.Duration
	for attempt := 0; attempt < 3; attempt++ { // a busy machine may slow one measurement down
		var a1, a10 int
		t1, a1 = run(n)
		t10, a10 = run(10 * n)
		if a1 < 2*n || a10 < 20*n {
			t.Fatalf("grounding added %d and %d mentions, want at least %d and %d (the test does not test insertion)", a1, a10, 2*n, 20*n)
		}
		t.Logf("n=%d: %v; n=%d: %v (ratio %.1f)", n, t1, 10*n, t10, float64(t10)/float64(t1))
		if t10 <= 30*t1 {
			return
		}
	}
	t.Errorf("10 times the patterns took %.0f times as long (%v vs %v): grounding is superlinear in the patterns", float64(t10)/float64(t1), t10, t1)
}

// TestPersonNamedLikePinnedPlace: a model's one-word PERSON that bears the name of the place the
// dateline pinned is that place, unless a person of the document has that surname.
func TestPersonNamedLikePinnedPlace(t *testing.T) {
	for _, c := range []struct {
		text    string
		persons []string // names the fake model marks as PERSON
		country string   // "" wants the one-word "Toledo" to stay a PERSON
	}{
		{"TOLEDO, Ohio (AP) — Residents of Toledo were told not to drink tap water.", []string{"Toledo"}, "USA"},
		{"TOLEDO, Spain (Reuters) - Former Peruvian president Alejandro Toledo visited the old town, and Toledo said he was innocent.",
			[]string{"Alejandro Toledo", "Toledo"}, ""},
		{"Residents of Toledo were told not to drink tap water.", []string{"Toledo"}, ""}, // nothing pins the place
	} {
		ch, err := NewChain(markAs(PERSON, c.persons...))
		if err != nil {
			t.Fatal(err)
		}
		ms := ch.Recognize(text.Segment(c.text, nil))
		checkSpans(t, c.text, ms)
		found := false
		for _, m := range ms {
			if m.Text != "Toledo" {
				continue
			}
			found = true
			if c.country == "" && m.Type != PERSON || c.country != "" && (m.Type != GPE || m.Country != c.country || m.GeonamesID == 0) {
				t.Errorf("%q: %q is %s %s %d, want %q", c.text, m.Text, m.Type, m.Country, m.GeonamesID, c.country)
			}
		}
		if !found {
			t.Errorf("%q: no mention \"Toledo\" in %+v", c.text, ms)
		}
	}
}
