package goldcheck

import (
	"fmt"
	"strings"
	"testing"
)

func countriesTable(n int) string {
	var b strings.Builder
	b.WriteString("# comment\niso3\tiso2\tname\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%c%c%c\t%c%c\tX\n", 'A'+i/26%26, 'A'+i%26, 'Q', 'A'+i/26%26, 'A'+i%26)
	}
	b.WriteString("USA\tUS\tUnited States\nJPN\tJP\tJapan\n")
	return b.String()
}

func TestReadCountries(t *testing.T) {
	c, err := ReadCountries(strings.NewReader(countriesTable(210)))
	if err != nil {
		t.Fatal(err)
	}
	if !c.ISO3["USA"] || !c.ISO3["SUN"] || c.ISO2To3["JP"] != "JPN" || c.ISO3["XXX"] {
		t.Errorf("table: USA %v SUN %v JP %q", c.ISO3["USA"], c.ISO3["SUN"], c.ISO2To3["JP"])
	}
	if _, err := ReadCountries(strings.NewReader(countriesTable(5))); err == nil {
		t.Error("a table of 7 countries must be refused")
	}
	if _, err := ReadCountries(strings.NewReader("usa\tus\n")); err == nil {
		t.Error("a bad line must be refused")
	}
}

func TestReadCAMEOCodes(t *testing.T) {
	var b strings.Builder
	b.WriteString("CAMEOEVENTCODE\tEVENTDESCRIPTION\r\n")
	for i := 10; i < 300; i++ {
		fmt.Fprintf(&b, "%03d\tcode %d\r\n", i, i)
	}
	b.WriteString("1056\tDemand de-escalation 106:[-5.0] Demand withdrawal\r\n")
	codes, err := ReadCAMEOCodes(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !codes["010"] || !codes["1056"] || !codes["106"] || codes["CAMEOEVENTCODE"] {
		t.Errorf("codes: 010 %v 1056 %v 106 %v", codes["010"], codes["1056"], codes["106"])
	}
	if _, err := ReadCAMEOCodes(strings.NewReader("h\n010\tx\n")); err == nil {
		t.Error("a table of one code must be refused")
	}
	if !IsCode("0231") || IsCode("23") || IsCode("02a1") {
		t.Error("IsCode")
	}
}

func TestCheckActor(t *testing.T) {
	countries := Set("USA JPN SUN")
	for _, tc := range []struct {
		a  string
		ok bool
	}{
		{"USA", true}, {"USAGOV", true}, {"USAGOVMED", true}, {"SUNMIL", true}, {"IMF", true}, {"UN", true},
		{"Islamic State", true}, {"Al-Shabaab", true}, {"M23", true},
		{"USAXYZ", false}, {"XXXGOV", false}, {"", false}, {" USA", false}, {"hamas", false},
		{"Bad/Name", false}, {"Two  Spaces", false}, {"UNASUR", false},
	} {
		if err := CheckActor(tc.a, countries); (err == nil) != tc.ok {
			t.Errorf("CheckActor(%q) = %v, want ok=%v", tc.a, err, tc.ok)
		}
	}
}

func TestParseEventLine(t *testing.T) {
	codes, countries := Set("057 163"), Set("USA IRN")
	e, err := ParseEventLine("USA -> IRNGOV | 163 | asserted | COERCE // sanctions", 1, codes, countries)
	if err != nil {
		t.Fatal(err)
	}
	if e.Source != "USA" || e.Target != "IRNGOV" || e.Code != "163" || e.Root != "16" || e.Modality != "asserted" ||
		len(e.Extra) != 1 || e.Extra[0] != "COERCE" || e.Note != "sanctions" {
		t.Errorf("got %+v", e)
	}
	for _, tc := range []struct{ line, want string }{
		{"USA -> IRN | 163 | asserted", "more field"},
		{"USA IRN | 163 | asserted | X", "SOURCE -> TARGET"},
		{"USA -> USA | 163 | asserted | X", "source equals target"},
		{"USA -> IRN | 999 | asserted | X", "CAMEO event code"},
		{"USA -> IRN | 163 | maybe | X", "modality"},
		{"USA -> IRNXYZ | 163 | asserted | X", "role code"},
	} {
		if _, err := ParseEventLine(tc.line, 1, codes, countries); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.line, err, tc.want)
		}
	}
}
