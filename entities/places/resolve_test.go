package places

import (
	"testing"
)

// TestChoose resolves ambiguous names of the embedded table in the contexts a document gives. The
// cases are the classic ones of geoparsing (Paris, Texas; Cambridge, Massachusetts; Tripoli in
// Lebanon; Hyderabad in Sindh), written for this test.
func TestChoose(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	us := map[string]float64{"USA": 4}
	for _, c := range []struct {
		name          string
		ctx           Context
		country, adm1 string // adm1 "" is not checked
		feature       string // "" is not checked
	}{
		{"Paris", Context{}, "FRA", "", "PPLC"},
		{"Paris", Context{Countries: us}, "FRA", "", ""}, // a US story may speak of Paris, France
		{"Paris", Context{Countries: us, Divisions: map[string]bool{"USA.TX": true}}, "USA", "TX", ""},
		{"Paris", Context{Division: Region{"USA", "TX"}}, "USA", "TX", ""},
		{"Paris", Context{Country: "USA"}, "USA", "", ""},
		{"Cambridge", Context{}, "GBR", "", ""},
		{"Cambridge", Context{Countries: us}, "USA", "MA", ""},
		{"Cambridge", Context{Countries: map[string]float64{"CAN": 2}}, "CAN", "08", ""},
		{"Tripoli", Context{}, "LBY", "", "PPLC"},
		{"Tripoli", Context{Countries: map[string]float64{"LBN": 2, "SYR": 1}}, "LBN", "", ""},
		{"Alexandria", Context{}, "EGY", "", ""},
		{"Alexandria", Context{Countries: us, Divisions: map[string]bool{"USA.VA": true}}, "USA", "VA", ""},
		{"Hyderabad", Context{}, "IND", "", ""},
		{"Hyderabad", Context{Countries: map[string]float64{"PAK": 3}}, "PAK", "", ""},
		{"San Jose", Context{}, "USA", "CA", ""},
		{"San Jose", Context{Countries: map[string]float64{"CRI": 1}}, "CRI", "", "PPLC"},
		{"St. Louis", Context{}, "USA", "MO", ""},
		{"Springfield", Context{Division: Region{"USA", "IL"}}, "USA", "IL", ""},
		{"Springfield", Context{Division: Region{"USA", "MA"}}, "USA", "MA", ""},
		{"Kingston", Context{}, "JAM", "", "PPLC"},
		{"Kingston", Context{Countries: map[string]float64{"CAN": 3}}, "CAN", "", ""},
		{"Victoria", Context{Countries: map[string]float64{"AUS": 2}}, "AUS", "07", "ADM1"},
		{"São Paulo", Context{}, "BRA", "27", "PPLA"}, // the city before its state
		{"Sao Paulo", Context{Want: WantDivision}, "BRA", "27", "ADM1"},
		{"Georgia", Context{}, "USA", "GA", "ADM1"}, // the country is the country table's
		{"HOUSTON", Context{}, "USA", "TX", ""},
		{"Salvador", Context{}, "BRA", "", ""},
		{"Washington", Context{Country: "USA", Capital: true}, "USA", "DC", "PPLC"},
		// Other places of the document in a division (Context.Nearby): Athens with Atlanta and
		// Savannah, Cambridge with Boston; the name's own vote does not count.
		{"Santiago", Context{Country: "DOM"}, "DOM", "25", "PPLA"}, // the seat, Santiago de los Caballeros
		{"Santiago", Context{Country: "DOM", Want: WantDivision}, "DOM", "25", "ADM1"},
		{"Santa Cruz", Context{Country: "BOL"}, "BOL", "08", "PPLA"}, // Santa Cruz de la Sierra
		{"Alberta", Context{}, "CAN", "01", "ADM1"},                  // Calgary is not Alberta's seat
		{"Penang", Context{}, "MYS", "", "ADM1"},                     // George Town is a small part of the state
		{"Athens", Context{Countries: us}, "GRC", "", ""},
		{"Athens", Context{Countries: us, Nearby: map[string]int{"USA.GA": 2}}, "USA", "GA", ""},
		{"Athens", Context{Countries: us, Nearby: map[string]int{"USA.GA": 1}, Own: "USA.GA"}, "GRC", "", ""},
		{"Cambridge", Context{Countries: map[string]float64{"USA": 1, "GBR": 1}, Nearby: map[string]int{"USA.MA": 1}}, "USA", "MA", ""},
		{"London", Context{Countries: map[string]float64{"CAN": 1}, Nearby: map[string]int{"CAN.08": 1}}, "CAN", "08", ""},
		{"London", Context{Nearby: map[string]int{"CAN.08": 1}}, "GBR", "", ""}, // a division alone is not enough
	} {
		cands, _ := tb.Lookup(c.name)
		got, ok := Choose(cands, &c.ctx)
		if !ok {
			t.Errorf("%s in %+v: no place", c.name, c.ctx)
			continue
		}
		if got.Country != c.country || c.adm1 != "" && got.Admin1 != c.adm1 || c.feature != "" && got.Feature != c.feature {
			t.Errorf("%s in %+v: %s (%s %s %s), want %s %s %s", c.name, c.ctx, got.Name, got.Country, got.Admin1,
				got.Feature, c.country, c.adm1, c.feature)
		}
	}
}

func TestChooseConstraints(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cands, _ := tb.Lookup("Paris")
	if _, ok := Choose(cands, &Context{Country: "DEU"}); ok {
		t.Error("Paris pinned to Germany: got a place, want none")
	}
	if _, ok := Choose(cands, &Context{Want: WantDivision}); ok {
		t.Error("Paris as a division: got a place, want none")
	}
	if _, ok := Choose(nil, nil); ok {
		t.Error("Choose(nil, nil) found a place")
	}
	if c, ok := Choose(cands, nil); !ok || c.Country != "FRA" {
		t.Errorf("Choose(Paris, nil) = %+v, %v", c, ok)
	}
	if _, f, ok := tb.Resolve("Nowhere Special", nil); ok || f != 0 {
		t.Error("Resolve of an unknown name found a place")
	}
}

func TestPriorAndScore(t *testing.T) {
	big := Candidate{Place: Place{Population: 1000000, Names: 99, Feature: "PPL", Country: "AAA"}}
	alt := big
	alt.Alternate = true
	if Prior(alt) != Prior(big)-2 {
		t.Errorf("alternate prior %v, want %v", Prior(alt), Prior(big)-2)
	}
	capital := big
	capital.Feature = FeatureCapital
	if Prior(capital) != Prior(big)+1 {
		t.Errorf("capital prior %v, want %v", Prior(capital), Prior(big)+1)
	}
	if Score(big, nil) != Prior(big) {
		t.Error("Score without context differs from Prior")
	}
	ctx := &Context{Countries: map[string]float64{"AAA": 1, "BBB": 1}, Dateline: "AAA"}
	if got, want := Score(big, ctx), Prior(big)+countryBonus+focusBonus/2+datelineBonus; got != want {
		t.Errorf("Score in context = %v, want %v", got, want)
	}
}

func TestAbbreviation(t *testing.T) {
	for _, c := range []struct {
		in      string
		strict  bool
		country string // "" means no match
		admin1  string
	}{
		{"Calif.", true, "USA", "CA"},
		{"Calif", true, "USA", "CA"},
		{"CALIF.", true, "USA", "CA"},
		{"Ill.", true, "USA", "IL"},
		{"N.J.", true, "USA", "NJ"},
		{"N.Y.", true, "USA", "NY"},
		{"W.Va.", true, "USA", "WV"},
		{"D.C.", true, "USA", "DC"},
		{"Ont.", true, "CAN", "08"},
		{"B.C.", true, "CAN", "02"},
		{"Que.", true, "CAN", "10"},
		{"N.S.W.", true, "AUS", "02"},
		{"Texas", true, "", ""}, // spelled out: a division name, not an abbreviation
		{"IL", true, "", ""},
		{"IL", false, "USA", "IL"},
		{"ON", false, "CAN", "08"},
		{"On", false, "", ""},
		{"in", false, "", ""},
		{"Mr.", true, "", ""},
		{"", false, "", ""},
	} {
		r, ok := Abbreviation(c.in, c.strict)
		if ok != (c.country != "") || r.Country != c.country || r.Admin1 != c.admin1 {
			t.Errorf("Abbreviation(%q, %v) = %+v, %v; want %s %s", c.in, c.strict, r, ok, c.country, c.admin1)
		}
	}
	// Every abbreviation names a division of the embedded table.
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for k, r := range wireAbbrev() {
		if _, ok := tb.DivisionByCode(r.Country, r.Admin1); !ok {
			t.Errorf("abbreviation %q: no division %s.%s in the table", k, r.Country, r.Admin1)
		}
	}
	for k, r := range postalCodes() {
		if _, ok := tb.DivisionByCode(r.Country, r.Admin1); !ok {
			t.Errorf("postal code %q: no division %s.%s in the table", k, r.Country, r.Admin1)
		}
	}
}

// BenchmarkResolve resolves the place names of a wire story's context one after the other; bytes
// are those of the names.
func BenchmarkResolve(b *testing.B) {
	tb, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"Paris", "Houston", "Springfield", "Frankfurt", "Cambridge", "Tripoli", "Toronto",
		"São Paulo", "Victoria", "Kingston", "Bonn", "Peking", "Nowhere"}
	n := 0
	for _, s := range names {
		n += len(s)
	}
	ctx := &Context{Countries: map[string]float64{"USA": 3, "GBR": 1}, Divisions: map[string]bool{"USA.TX": true}}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range names {
			tb.Resolve(s, ctx)
		}
	}
	b.ReportMetric(float64(len(names))*float64(b.N)/b.Elapsed().Seconds(), "names/s")
}

// TestNearbyVote: a name votes for the division of its best place when the places of other
// divisions score at least nearbyMargin less.
func TestNearbyVote(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		ctx  Context
		want string // "" for no vote
	}{
		{"Toronto", Context{}, "CAN.08"},
		{"Atlanta", Context{}, "USA.GA"},
		{"Boston", Context{}, "USA.MA"},    // Boston, England is far smaller
		{"Texas", Context{}, "USA.TX"},     // a division votes for itself
		{"Arlington", Context{}, ""},       // Texas and Virginia are close
		{"Hyderabad", Context{}, "IND.02"}, // India's prevails by more than the margin
		{"Montgomery", Context{}, ""},      // Alabama's and Punjab's are close without context
		{"Montgomery", Context{Countries: map[string]float64{"USA": 2}}, "USA.AL"},
		{"Zzyzxville", Context{}, ""},
	} {
		cands, _ := tb.Lookup(c.name)
		got, ok := NearbyVote(cands, &c.ctx)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("NearbyVote(%s, %+v) = %q, %v; want %q", c.name, c.ctx, got, ok, c.want)
		}
	}
}
