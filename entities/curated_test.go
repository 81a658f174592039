package entities

import (
	"strings"
	"testing"
)

func TestCuratedTable(t *testing.T) {
	cur, err := curatedLines()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range curatedKinds {
		if len(cur[k]) == 0 {
			t.Errorf("no %s entries", k)
		}
	}
	if got := cur["country"][0]; !strings.HasPrefix(got, "USA|United States|USA|U.S.; US; ") {
		t.Errorf("first country line %q", got)
	}
	const head = "kind\tentity\tlabel\ttype\tcountry\tforms\n"
	for _, bad := range []string{
		head + "planet\tMars\t\t\t\tMars\n",           // unknown kind
		head + "region\tSahel\t\tSEA\t\tSahel\n",      // bad type
		head + "city\tAleppo\t\t\tSYR\n",              // missing column
		head + "city\t\t\t\tSYR\tAleppo\n",            // no entity
		"kind\tentity\tforms\ncity\tAleppo\tAleppo\n", // wrong header
	} {
		if _, err := parseCurated(bad); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}
