package entities

import (
	"slices"
	"testing"

	"github.com/geopol/geopol/text"
)

func TestCountryOnDate(t *testing.T) {
	for _, c := range []struct{ iso, date, want string }{
		{"RUS", "1987-03-02", "SUN"},
		{"RUS", "1991-12-26", "RUS"},
		{"UKR", "1990-01-01", "SUN"},
		{"EST", "1989-05-01", "SUN"},
		{"HRV", "1991-06-24", "YUG"},
		{"HRV", "1991-06-25", "HRV"},
		{"SRB", "1999-03-24", "YUG"},
		{"SRB", "2004-01-01", "SCG"},
		{"SRB", "2006-06-03", "SRB"},
		{"CZE", "1992-12-31", "CSK"},
		{"SVK", "1993-01-01", "SVK"},
		{"COD", "1987-03-02", "ZAR"},
		{"COD", "1997-05-17", "COD"},
		{"COD", "1965-01-01", "COD"},
		{"RUS", "", "RUS"},
		{"RUS", "March 1987", "RUS"},
		{"FRA", "1987-03-02", "FRA"},
		{"SSD", "2010-08-01", "SDN"},
		{"SSD", "2011-07-09", "SSD"},
		{"ERI", "1991-05-01", "ETH"},
		{"ERI", "1993-05-24", "ERI"},
	} {
		if got := CountryOnDate(c.iso, c.date); got != c.want {
			t.Errorf("CountryOnDate(%s, %q) = %s, want %s", c.iso, c.date, got, c.want)
		}
	}
}

func TestPlaceCountryOnDate(t *testing.T) {
	for _, c := range []struct{ iso, admin1, date, want string }{
		{"YEM", "02", "1988-01-10", "YMD"}, // Aden
		{"YEM", "04", "1986-01-13", "YMD"}, // Hadramawt
		{"YEM", "02", "1990-05-22", "YEM"},
		{"YEM", "16", "1988-01-10", "YEM"}, // Sanaa was North Yemen, whose code the contract keeps
		{"YEM", "02", "", "YEM"},
		{"RUS", "66", "1987-03-02", "SUN"}, // as CountryOnDate
	} {
		if got := PlaceCountryOnDate(c.iso, c.admin1, c.date); got != c.want {
			t.Errorf("PlaceCountryOnDate(%s, %s, %q) = %s, want %s", c.iso, c.admin1, c.date, got, c.want)
		}
	}
}

// TestPlacesOnDate grounds dated documents: places take the country of the date, countries' own
// names keep their code, and the GeoNames place does not change.
func TestPlacesOnDate(t *testing.T) {
	ch := groundedChain(t, "Leningrad", "Goma")
	for _, c := range []struct {
		text, date, name, want string
	}{
		{"BELGRADE, Jan 5 (Reuters) - Yugoslavia said prices rose.", "1988-01-05", "BELGRADE", "YUG"},
		{"BELGRADE, Jan 5 (Reuters) - Serbia said prices rose.", "2010-01-05", "BELGRADE", "SRB"},
		{"Workers in Leningrad went on strike, Soviet media said.", "1987-06-01", "Leningrad", "SUN"},
		{"ADEN, Jan 20 - Fighting in Aden ended, diplomats said.", "1986-01-20", "Aden", "YMD"},
		{"ADEN, Jan 20 - Fighting in Aden ended, diplomats said.", "2015-01-20", "Aden", "YEM"},
		{"Refugees reached Goma from Rwanda, Zairean officials said.", "1994-07-15", "Goma", "ZAR"},
		{"Russia and Ukraine signed a deal in Kiev.", "1990-01-01", "Russia", "RUS"},
	} {
		expectCountry(t, ch, c.text, c.date, c.name, c.want, false)
	}
}

// expectCountry recognizes text on date with ch and requires every mention written name to have
// the country want and, with place, a GeoNames place.
func expectCountry(t *testing.T, ch *Chain, s, date, name, want string, place bool) {
	t.Helper()
	ms := ch.RecognizeDated(text.Segment(s, nil), date)
	checkSpans(t, s, ms)
	found := false
	for _, m := range ms {
		if m.Text != name {
			continue
		}
		found = true
		if m.Country != want || place && m.GeonamesID == 0 {
			t.Errorf("%s on %q: %q in %q (entity %q, GeoNames %d), want %q", s, date, m.Text, m.Country, m.Entity, m.GeonamesID, want)
		}
	}
	if !found {
		t.Errorf("%s: no mention %q in %+v", s, name, ms)
	}
}

// TestFormerStatePins grounds "City, Country" patterns that name a state of the past: the town is
// found in the present-day countries on its territory (GeoNames knows no other) and takes the
// country of the document's date.
func TestFormerStatePins(t *testing.T) {
	ch := groundedChain(t)
	for _, c := range []struct {
		text, date, name, want string
	}{
		{"KINSHASA, Zaire, Nov 5 (Reuters) - Troops left the eastern town, aid workers said.", "1996-11-05", "KINSHASA", "ZAR"},
		{"Shipyards in Split, Yugoslavia, laid off 2,000 workers.", "1989-04-02", "Split", "YUG"},
		{"Workers in Donetsk, Soviet Union, went on strike, Tass said.", "1989-07-20", "Donetsk", "SUN"},
		{"Factories in Brno, Czechoslovakia, exported more.", "1988-03-01", "Brno", "CSK"},
	} {
		expectCountry(t, ch, c.text, c.date, c.name, c.want, true)
	}
	if got := FormerParts("ZAR"); len(got) != 1 || got[0] != "COD" {
		t.Errorf("FormerParts(ZAR) = %v, want [COD]", got)
	}
	if got := FormerParts("FRA"); got != nil {
		t.Errorf("FormerParts(FRA) = %v, want nil", got)
	}
}

func TestDocumentCountries(t *testing.T) {
	ch := groundedChain(t, "Bonn")
	for _, c := range []struct {
		name, text, date string
		want             []string // Countries, in order
		dateline         string
	}{
		{
			name:     "dateline, headline and body",
			text:     "JAPAN SURPLUS WITH U.S. RISES\nTOKYO, March 3 - Japan's trade surplus with the United States rose, U.S. officials said.",
			want:     []string{"JPN", "USA"},
			dateline: "TOKYO",
		},
		{
			name:     "passing mention left out",
			text:     "OIL OUTPUT\nHOUSTON, March 3 - Texas oil output fell. Texas producers said Texas wells in Houston and Dallas were shut. Output in Venezuela was not affected.",
			want:     []string{"USA"},
			dateline: "HOUSTON",
		},
		{
			name: "successor state read as the state of the date",
			text: "SOVIET GRAIN\nMOSCOW, March 3 - Russia and Ukraine will buy more grain, Moscow said.",
			date: "1987-03-03",
			want: []string{"SUN"},
		},
		{
			name: "currency demonym weighs little",
			text: "BOND ISSUE\nLONDON, March 3 - The bank is issuing 100 mln Australian dollars of bonds in London and London again.",
			want: []string{"GBR"},
		},
		{
			name: "no country",
			text: "Shr 22 cts vs 12 cts.",
			want: nil,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := ch.Recognize(text.Segment(c.text, nil))
			dc := DocumentCountries(c.text, c.date, ms)
			var got []string
			for _, x := range dc.Countries {
				got = append(got, x.Country)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("Countries = %v, want %v (mentioned %+v)", got, c.want, dc.Mentioned)
			}
			if len(c.want) > 0 && dc.Focus != c.want[0] {
				t.Errorf("Focus = %q, want %q", dc.Focus, c.want[0])
			}
			if c.dateline != "" && dc.Dateline != c.dateline {
				t.Errorf("Dateline = %q, want %q", dc.Dateline, c.dateline)
			}
			for i := 1; i < len(dc.Mentioned); i++ {
				if dc.Mentioned[i].Score > dc.Mentioned[i-1].Score {
					t.Errorf("Mentioned not sorted by salience: %+v", dc.Mentioned)
				}
			}
		})
	}
}

func TestDocumentCountriesIgnoresCodeLikeOrganizations(t *testing.T) {
	s := "AFG Industries said AFG would buy a plant."
	ms := []Mention{
		{Start: 0, End: 3, Text: "AFG", Type: ORG, Entity: "AFG", Source: "model"},
		{Start: 19, End: 22, Text: "AFG", Type: ORG, Entity: "AFG", Source: "model"},
	}
	if dc := DocumentCountries(s, "", ms); len(dc.Mentioned) != 0 {
		t.Errorf("an organization named AFG counted for Afghanistan: %+v", dc.Mentioned)
	}
	// A seat of government stands for its country.
	ms = []Mention{{Start: 0, End: 7, Text: "Kremlin", Type: ORG, Entity: "RUS", Country: "RUS", Source: SourceGazetteer}}
	if dc := DocumentCountries("Kremlin said.", "", ms); dc.Focus != "RUS" {
		t.Errorf("Kremlin: focus %q, want RUS", dc.Focus)
	}
}

func TestEntityRowTypeOfCountries(t *testing.T) {
	tb := NewEntityTable()
	tb.Add([]Mention{
		{Text: "Japanese", Type: NORP, Entity: "JPN", Country: "JPN"},
		{Text: "Japanese", Type: NORP, Entity: "JPN", Country: "JPN"},
		{Text: "Japan", Type: GPE, Entity: "JPN", Country: "JPN"},
		{Text: "Kurds", Type: NORP, Entity: "Kurds"},
		{Text: "AFG", Type: ORG, Entity: "AFG"},
	})
	want := map[string]string{"JPN": GPE, "Kurds": NORP, "AFG": ORG}
	for _, r := range tb.Rows() {
		if r.Type != want[r.Entity] {
			t.Errorf("row %s: type %s, want %s", r.Entity, r.Type, want[r.Entity])
		}
	}
}

// An organization or person grounded in an international organization (its Country is the IGO's
// id, as entities/actors gives the officials of OPEC or the IMF) names no country.
func TestDocumentCountriesIgnoresInternationalOrganizations(t *testing.T) {
	s := "OPEC Secretary-General Subroto met the IMF in Jakarta."
	ms := []Mention{
		{Start: 0, End: 4, Text: "OPEC", Type: ORG, Entity: "OPEC", Country: "OPEC", Source: SourceGazetteer},
		{Start: 23, End: 30, Text: "Subroto", Type: PERSON, Entity: "Subroto", Country: "OPEC", Role: "IGO", Source: "model"},
		{Start: 39, End: 42, Text: "IMF", Type: ORG, Entity: "IMF", Country: "IMF", Source: SourceGazetteer},
		{Start: 46, End: 53, Text: "Jakarta", Type: GPE, Entity: "Jakarta", Country: "IDN", Source: SourceGazetteer},
	}
	for _, m := range ms {
		if s[m.Start:m.End] != m.Text {
			t.Fatalf("bad span %+v", m)
		}
	}
	dc := DocumentCountries(s, "", ms)
	if len(dc.Mentioned) != 1 || dc.Focus != "IDN" {
		t.Errorf("countries %+v focus %q, want IDN alone", dc.Mentioned, dc.Focus)
	}
}
