package geoadmin

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestCityAdmin1(t *testing.T) {
	for _, c := range []struct{ iso2, code, want string }{
		{"FR", "A8", "11"}, // Paris
		{"FR", "A2", "53"}, // Brest
		{"FR", "C1", "44"}, // Strasbourg
		{"FR", "11", "11"}, // already a 2016 code
		{"US", "A8", "A8"}, // only France is mapped
		{"IN", "02", "02"},
		{"MA", "55", "55"},
	} {
		if got := CityAdmin1(c.iso2, c.code); got != c.want {
			t.Errorf("CityAdmin1(%q, %q) = %q, want %q", c.iso2, c.code, got, c.want)
		}
	}
}

// TestFrenchRegionsInDivisionsFile requires every mapped code to be a French region of GeoNames'
// divisions file, when ../shared is present.
func TestFrenchRegionsInDivisionsFile(t *testing.T) {
	f, err := os.Open("../../../../shared/data/reference/geonames/admin1CodesASCII.txt")
	if err != nil {
		t.Skipf("GeoNames divisions file absent: %v", err)
	}
	defer f.Close()
	have := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if code, ok := strings.CutPrefix(strings.SplitN(sc.Text(), "\t", 2)[0], "FR."); ok {
			have[code] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(frenchRegions) != 22 {
		t.Errorf("%d old regions, want 22", len(frenchRegions))
	}
	for old, code := range frenchRegions {
		if have[old] {
			t.Errorf("old code %s is a region of the divisions file", old)
		}
		if !have[code] {
			t.Errorf("%s → %s: not a French region of the divisions file", old, code)
		}
	}
}
