package entities

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// markTyped returns a fake statistical recognizer that marks every occurrence of each "TYPE:name"
// as a mention of that type.
func markTyped(specs ...string) Recognizer {
	return RecognizerFunc(func(d *text.Doc) []Mention {
		var ms []Mention
		for _, sp := range specs {
			typ, n, _ := strings.Cut(sp, ":")
			for off := 0; ; {
				k := strings.Index(d.Text[off:], n)
				if k < 0 {
					break
				}
				s := off + k
				ms = append(ms, Mention{Start: s, End: s + len(n), Text: n, Type: typ, Source: "model"})
				off = s + len(n)
			}
		}
		return ms
	})
}

// checkSpansDisjoint asserts the span property for every mention and that the mentions are sorted
// and do not overlap.
func checkSpansDisjoint(t *testing.T, s string, ms []Mention) {
	t.Helper()
	checkSpans(t, s, ms)
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Errorf("overlapping mentions %+v and %+v", ms[i-1], ms[i])
		}
	}
}

// placeCase is a sentence, what the fake model marks in it and what is expected of its mentions.
type placeCase struct {
	text  string
	model []string // "TYPE:name"
	want  []wantPlace
	date  string
}

// wantPlace is what a placeCase expects of the mention whose text is text (the first such
// mention, or the one at byte at when at > 0): its type ("" not checked), country, GeoNames id (0
// not checked, -1 none) and division name ("" not checked, "-" none).
type wantPlace struct {
	text, typ, country string
	geonames           int
	admin1             string
	at                 int
	notPlace           bool // no mention of text (at at) has a country or a GeoNames id
}

// checkPlaceCases runs the default chain with each case's fake model and checks the spans and the
// expected mentions.
func checkPlaceCases(t *testing.T, cases []placeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text[:min(40, len(c.text))], func(t *testing.T) {
			ch, err := NewChain(markTyped(c.model...))
			if err != nil {
				t.Fatal(err)
			}
			ms := ch.RecognizeDated(text.Segment(c.text, nil), c.date)
			checkSpansDisjoint(t, c.text, ms)
			for _, w := range c.want {
				var got *Mention
				for i := range ms {
					if ms[i].Text == w.text && (w.at == 0 || ms[i].Start == w.at) {
						got = &ms[i]
						break
					}
				}
				if w.notPlace {
					if got != nil && (got.Country != "" || got.GeonamesID != 0) {
						t.Errorf("mention %q at %d grounded in %s (%d), want no place", w.text, got.Start, got.Country, got.GeonamesID)
					}
					continue
				}
				if got == nil {
					t.Errorf("no mention %q (at %d) in %+v", w.text, w.at, ms)
					continue
				}
				bad := w.typ != "" && got.Type != w.typ || got.Country != w.country ||
					w.geonames > 0 && got.GeonamesID != w.geonames || w.geonames < 0 && got.GeonamesID != 0 ||
					w.admin1 == "-" && got.Admin1 != "" || w.admin1 != "" && w.admin1 != "-" && got.Admin1 != w.admin1
				if bad {
					t.Errorf("mention %q at %d = %s %q %q geonames %d admin1 %q, want %s %q geonames %d admin1 %q",
						w.text, got.Start, got.Type, got.Entity, got.Country, got.GeonamesID, got.Admin1,
						w.typ, w.country, w.geonames, w.admin1)
				}
			}
		})
	}
}

// TestSharedWaters checks rivers and basins named after a country where the recognizers marked
// the country alone: one LOC mention with no country.
func TestSharedWaters(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "Traders moved rice by boat along the Niger River from Mopti, in central Mali.", model: []string{"ORG:River"},
			want: []wantPlace{{text: "Niger River", typ: LOC, geonames: -1}, {text: "Mali", country: "MLI"}}},
		{text: "Loggers moved deeper into the Congo Basin, Congolese officials said.",
			want: []wantPlace{{text: "Congo Basin", typ: LOC, geonames: -1}}},
		{text: "Fishermen on the River Niger near Niamey reported low water.",
			want: []wantPlace{{text: "River Niger", typ: LOC, geonames: -1}}},
		{text: "Pilgrims were baptised in the Gambia river on Sunday.",
			want: []wantPlace{{text: "Gambia river", typ: LOC, geonames: -1}}},
		// The country itself stays a country.
		{text: "Niger and Mali closed the border.", want: []wantPlace{{text: "Niger", typ: GPE, country: "NER"}}},
	})
}

// TestDemonymApposition checks places described by an apposition with a demonym and a word for a
// place, the wire's "Mosul, the northern Iraqi city".
func TestDemonymApposition(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "Protesters said the deal gave away the heritage of Macedonia, the northern Greek region.",
			want: []wantPlace{{text: "Macedonia", typ: GPE, country: "GRC", geonames: -1}}},
		{text: "Militants attacked a checkpoint near Tyre, a southern Lebanese port, on Monday.", model: []string{"GPE:Tyre"},
			want: []wantPlace{{text: "Tyre", country: "LBN", geonames: 267008}}},
		{text: "Rain flooded Hyderabad, the southern Pakistani city, as the Indus rose.", model: []string{"GPE:Hyderabad"},
			want: []wantPlace{{text: "Hyderabad", country: "PAK", geonames: 1176734}}},
		{text: "Traffic stopped in Birmingham, the Alabama city, after the storm.", model: []string{"GPE:Birmingham"},
			want: []wantPlace{{text: "Birmingham", country: "USA", admin1: "Alabama"}}}, // a division, not a demonym
		{text: "Macedonia, the former Yugoslav republic, applied to join NATO.",
			want: []wantPlace{{text: "Macedonia", country: "MKD"}}}, // a republic is no place noun of the list
	})
}

// TestRepeatDateline checks that later uses of the dateline's place that no recognizer marked
// become mentions of the same place.
func TestRepeatDateline(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "CAMBRIDGE, England, Nov 29 (Reuters) - A Cambridge start-up said it had raised funds.",
			want: []wantPlace{{text: "Cambridge", at: 41, country: "GBR", geonames: 2653941}}},
		{text: "PORTLAND, Maine, March 3 - Lobster boats stayed in port, and Portland officials said the storm would pass.",
			want: []wantPlace{{text: "Portland", at: 61, country: "USA", admin1: "Maine"}}},
		// A longer name is not the place; a person's surname is not either.
		{text: "CAMBRIDGE, England, Nov 29 (Reuters) - Cambridge Analytica said it would close.",
			want: []wantPlace{{text: "CAMBRIDGE", country: "GBR"}, {text: "Cambridge", at: 39, notPlace: true}}},
		{text: "WARREN, Mich., March 3 - Elizabeth Warren said the Warren plant would stay open.",
			want: []wantPlace{{text: "WARREN", country: "USA"}, {text: "Warren", at: 49, notPlace: true}}},
	})
}

// TestSpatialRelations checks places the text locates by another place: near it, in it, or at a
// distance from it.
func TestSpatialRelations(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "Floodwater reached Kotri near Hyderabad on Tuesday, officials said.", model: []string{"GPE:Kotri", "GPE:Hyderabad"},
			want: []wantPlace{{text: "Hyderabad", country: "PAK", geonames: 1176734}, {text: "Kotri", country: "PAK"}}},
		{text: "Engineers inspected the Kotri Barrage near Hyderabad as the river rose.", model: []string{"GPE:Kotri Barrage", "GPE:Hyderabad"},
			want: []wantPlace{{text: "Hyderabad", country: "PAK", geonames: 1176734}}},
		{text: "Students at a college in London, about two hours' drive southwest of Toronto, cleared snow.", model: []string{"GPE:London", "GPE:Toronto"},
			want: []wantPlace{{text: "London", country: "CAN", geonames: 6058560, admin1: "Ontario"}}},
		{text: "Shipyard workers in Kingston, 260 km (160 miles) east of Toronto, walked out.", model: []string{"GPE:Kingston", "GPE:Toronto"},
			want: []wantPlace{{text: "Kingston", country: "CAN", geonames: 5992500}}},
		{text: "Clashes broke out in Tripoli, 80 km north of Beirut, on Sunday.",
			want: []wantPlace{{text: "Tripoli", country: "LBN"}}},
		{text: "Officials in Paris, a town in Lamar County about 100 miles northeast of Dallas, said the fair would go ahead.", model: []string{"GPE:Lamar County", "GPE:Dallas"},
			want: []wantPlace{{text: "Paris", typ: GPE, country: "USA", geonames: 4717560, admin1: "Texas"}}},
		// No relation: a route, a list, a capital standing for its government.
		{text: "Flights to London from Toronto resumed on Monday.", model: []string{"GPE:London", "GPE:Toronto"},
			want: []wantPlace{{text: "London", country: "GBR"}}},
		{text: "Hotels in Paris and Dallas were full.", model: []string{"GPE:Dallas"},
			want: []wantPlace{{text: "Paris", country: "FRA"}}},
		{text: "Talks in Tripoli resumed as Libyan factions met, 80 km from the front.",
			want: []wantPlace{{text: "Tripoli", country: "LBY"}}},
	})
}

// TestNamedAfterPlaces checks names that start or end with a place: facilities and regions are at
// the place, organizations take its country and division but stay actors (no GeoNames id).
func TestNamedAfterPlaces(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "A bomber struck at Manchester Arena, the deadliest attack in Britain since 2005.", model: []string{"GPE:Manchester Arena"},
			want: []wantPlace{{text: "Manchester Arena", typ: GPE, country: "GBR", geonames: 2643123, admin1: "England"}}},
		{text: "Gates of the Kotri Barrage were opened as Pakistani officials warned of floods.", model: []string{"GPE:Kotri Barrage"},
			want: []wantPlace{{text: "Kotri Barrage", country: "PAK", geonames: 1172904}}},
		{text: "Tourists queued outside the Mezquita of Córdoba as Andalusia had its busiest spring.", model: []string{"ORG:Mezquita of Córdoba", "GPE:Andalusia"},
			want: []wantPlace{{text: "Mezquita of Córdoba", typ: ORG, country: "ESP", geonames: -1, admin1: "Andalusia"}}},
		{text: "Students at the University of Missouri protested, and Missouri lawmakers in the U.S. state responded.", model: []string{"ORG:University of Missouri"},
			want: []wantPlace{{text: "University of Missouri", typ: ORG, country: "USA", geonames: -1, admin1: "Missouri"}}},
		{text: "Soldiers of the Georgia National Guard trained with troops of the Caucasus nation of Georgia.", model: []string{"ORG:Georgia National Guard"},
			want: []wantPlace{{text: "Georgia National Guard", typ: ORG, country: "USA", geonames: -1, admin1: "Georgia"},
				{text: "Georgia", at: 85, typ: GPE, country: "GEO"}}},
		{text: "The Ohio State Highway Patrol closed the road.", model: []string{"ORG:Ohio State Highway Patrol"},
			want: []wantPlace{{text: "Ohio State Highway Patrol", typ: ORG, country: "USA", geonames: -1, admin1: "Ohio"}}},
		{text: "Hurricane Michael made landfall near Panama City, on the Florida Panhandle, on Wednesday.", model: []string{"GPE:Florida Panhandle"},
			want: []wantPlace{{text: "Panama City", country: "USA", geonames: 4167694, admin1: "Florida"}}},
		// A county is not at the town it shares a name with.
		{text: "Floods closed roads in Marion County, Ohio officials said.", model: []string{"GPE:Marion County"},
			want: []wantPlace{{text: "Marion County", notPlace: true}}},
		// No country the document names and a name in several: no guess.
		{text: "Fans of Newcastle United celebrated the takeover by a Saudi fund.", model: []string{"GPE:Newcastle United"},
			want: []wantPlace{{text: "Newcastle United", notPlace: true}}},
	})
}

// TestLocatedGovernment checks capitals named as the seat of the officials who act ("officials in
// Georgetown said"): the mention stays the government (entity the country, role GOV) and also gets
// the city's GeoNames fields; a capital that acts itself ("Georgetown said") gets none. In the entity
// table the country gets no GeoNames place from them.
func TestLocatedGovernment(t *testing.T) {
	for _, c := range []struct {
		text, name, entity string
		geonames           int // 0: none
	}{
		{"Officials in Georgetown said Guyana would press its case at the World Court.", "Georgetown", "GUY", 3378644},
		{"Lawmakers in Belgrade passed a resolution on Monday.", "Belgrade", "SRB", 792680},
		{"Officials in New Delhi said the talks would resume.", "New Delhi", "IND", 1261481},
		{"A delegation from Kabul arrived for talks, officials in Islamabad said.", "Islamabad", "PAK", 1176615},
		{"Georgetown said it would press its case at the World Court.", "Georgetown", "GUY", 0},
		{"Moscow warned Kyiv against the move.", "Moscow", "RUS", 0},
	} {
		t.Run(c.text[:30], func(t *testing.T) {
			ch := groundedChain(t)
			ms := ch.RecognizeDated(text.Segment(c.text, nil), "2023-12-08")
			checkSpans(t, c.text, ms)
			for _, m := range ms {
				if m.Text != c.name {
					continue
				}
				if m.Entity != c.entity || m.Role != "GOV" || m.GeonamesID != c.geonames {
					t.Errorf("%q = %q role %q geonames %d, want %q GOV geonames %d", c.name, m.Entity, m.Role, m.GeonamesID, c.entity, c.geonames)
				}
				if c.geonames != 0 {
					var tab EntityTable
					tab.Add(ms)
					for _, r := range tab.Rows() {
						if r.Entity == c.entity && r.GeonamesID != 0 {
							t.Errorf("entity table: %s has GeoNames place %d", r.Entity, r.GeonamesID)
						}
					}
				}
				return
			}
			t.Errorf("no mention %q in %+v", c.name, ms)
		})
	}
}

// TestNearbyPlacesSupportEachOther checks the second pass that weighs each place with the whole
// document and the places near it, and the model's persons coordinated with places.
func TestNearbyPlacesSupportEachOther(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "Schools in Alexandria and Arlington closed, and federal offices in Washington opened late.", model: []string{"PERSON:Arlington"},
			want: []wantPlace{{text: "Alexandria", typ: GPE, country: "USA", geonames: 4744091, admin1: "Virginia"},
				{text: "Arlington", typ: GPE, country: "USA", geonames: 4744709, admin1: "Virginia"}}},
		{text: "Voters in Birmingham, Montgomery and Selma lined up before dawn.", model: []string{"GPE:Birmingham", "GPE:Montgomery", "PERSON:Selma"},
			want: []wantPlace{{text: "Birmingham", country: "USA", geonames: 4049979, admin1: "Alabama"},
				{text: "Selma", typ: GPE, country: "USA", admin1: "Alabama"}}},
		{text: "A plant will be built for Lubbock, Texas, the company said.", model: []string{"PERSON:Lubbock"},
			want: []wantPlace{{text: "Lubbock", typ: GPE, country: "USA", admin1: "Texas"}}},
		// Far apart or no support: the prior stays.
		{text: "Fans in Birmingham and Manchester celebrated the promotion.", model: []string{"GPE:Birmingham", "GPE:Manchester"},
			want: []wantPlace{{text: "Birmingham", country: "GBR"}}},
		{text: "Riots spread from Alexandria to Cairo, Egyptian officials said.",
			want: []wantPlace{{text: "Alexandria", country: "EGY"}}},
		// A capital stays the capital, even next to a town of its name.
		{text: "PARK RIDGE, Ill., March 6 - U.S. farm programs help Canadian corn growers, said specialists who went to Ottawa to testify before the Canadian tribunal.",
			want: []wantPlace{{text: "Ottawa", country: "CAN"}}},
		// A person who bears the name, or one coordinated with people, stays a person.
		{text: "Nancy Aberdeen said Aberdeen and Glasgow fans would travel.", model: []string{"PERSON:Nancy Aberdeen", "PERSON:Aberdeen", "GPE:Glasgow"},
			want: []wantPlace{{text: "Aberdeen", at: 20, typ: PERSON}}},
		{text: "Biden and Arlington met on Monday.", model: []string{"PERSON:Biden", "PERSON:Arlington"},
			want: []wantPlace{{text: "Arlington", typ: PERSON}}},
	})
}

// TestLongerNames checks place names completed by a particle and a river or region.
func TestLongerNames(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{text: "German and Polish officials met at the bridge between Słubice and Frankfurt an der Oder on Monday.", model: []string{"GPE:Słubice", "GPE:Frankfurt"},
			want: []wantPlace{{text: "Frankfurt an der Oder", typ: GPE, country: "DEU", geonames: 2925535, admin1: "Brandenburg"}}},
		{text: "Bankers in Frankfurt am Main expect a rate cut.", model: []string{"GPE:Frankfurt"},
			want: []wantPlace{{text: "Frankfurt am Main", country: "DEU", geonames: 2925533}}},
		{text: "Fans in Newcastle upon Tyne celebrated.", model: []string{"GPE:Newcastle"},
			want: []wantPlace{{text: "Newcastle upon Tyne", country: "GBR", geonames: 2641673}}},
		// Not a longer name: the mention stays.
		{text: "Talks in London on Thursday ended.", model: []string{"GPE:London"},
			want: []wantPlace{{text: "London", country: "GBR", geonames: 2643743}}},
	})
}

// TestFindDatelineLongLine checks datelines at the start of a long paragraph (the pattern sees only
// its start) and lines with no dash followed by white space.
func TestFindDatelineLongLine(t *testing.T) {
	long := strings.Repeat("Officials said the talks would resume next week. ", 100)
	for _, c := range []struct {
		in, place string
	}{
		{"BEIRUT - " + long, "BEIRUT"},
		{"HOUSTON, March 3 - " + long, "HOUSTON"},
		{"GENEVA, March 3 (Reuters) – " + long, "GENEVA"},
		{"Headline\nPARIS, Texas (AP) — " + long, "PARIS"},
		{long, ""},
		{"BEIRUT-based officials said " + long, ""},
		{"Mr. President, the well-known debate - " + long, ""},
	} {
		d, ok := findDateline(c.in)
		got := ""
		if ok {
			got = c.in[d.start:d.end]
		}
		if got != c.place {
			t.Errorf("findDateline(%.40q…) = %q, want %q", c.in, got, c.place)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"X - y", true}, {"X -\n", true}, {"X – y", true}, {"X —\ty", true}, {"well-known", false}, {"X -", false}, {"", false},
	} {
		if got := hasDash(c.in); got != c.want {
			t.Errorf("hasDash(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
