package places

import (
	"strings"
	"testing"
	"time"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Paris", "paris"},
		{"HOUSTON", "houston"},
		{"Zürich", "zurich"},
		{"São Paulo", "sao paulo"},
		{"Łódź", "lodz"},
		{"Malmö", "malmo"},
		{"St. Louis", "st louis"},
		{"ST. LOUIS", "st louis"},
		{"Winston-Salem", "winston salem"},
		{"  New   York ", "new york"},
		{"The Hague", "hague"},
		{"Cox’s Bazar", "cox's bazar"},
		{"Ra’s al Khaymah", "ra's al khaymah"},
		{"Ærøskøbing", "aeroskobing"},
		{"İstanbul", "istanbul"},
		{"the", "the"},
		{"", ""},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLatin(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Paris", true}, {"Hồ Chí Minh", true}, {"Şanlıurfa", true}, {"Москва", false}, {"東京", false},
		{"Paris Москва", false}, {"123", false}, {"", false},
	} {
		if got := Latin(c.in); got != c.want {
			t.Errorf("Latin(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// small is a table in the generator's format: Paris (France), Paris (Texas), Texas and a city whose
// alternate name is "Lutetia".
const small = "# comment\n#places\t4\n" +
	"1\tParis\tFRA\tA8\tPPLC\t2138551\t48.85341\t2.3488\t103\n" +
	"2\tParis\tUSA\tTX\tPPLA2\t25171\t33.66094\t-95.55551\t3\n" +
	"3\tTexas\tUSA\tTX\tADM1\t16355961\t\t\t0\n" +
	"4\tLutèce\tFRA\tA8\tPPL\t20000\t48.8\t2.3\t1\n" +
	"#names\t4\n" +
	"lutece\t\t3\n" +
	"lutetia\t\t3a\n" +
	"paris\t\t0,1\n" +
	"texas\tw\t2\n"

func TestParse(t *testing.T) {
	tb, err := Parse(small)
	if err != nil {
		t.Fatal(err)
	}
	if tb.Len() != 4 || tb.Names() != 4 {
		t.Fatalf("Len %d Names %d, want 4 and 4", tb.Len(), tb.Names())
	}
	cs, f := tb.Lookup("PARIS")
	if len(cs) != 2 || cs[0].ID != 1 || cs[1].ID != 2 || f != 0 {
		t.Fatalf("Lookup(PARIS) = %+v, flags %v", cs, f)
	}
	if cs[1].Lat != 33.66094 || cs[1].Lon != -95.55551 || cs[1].Admin1 != "TX" || cs[1].Names != 3 {
		t.Errorf("Paris, Texas = %+v", cs[1])
	}
	if cs, _ := tb.Lookup("Lutetia"); len(cs) != 1 || !cs[0].Alternate || cs[0].ID != 4 {
		t.Errorf("Lookup(Lutetia) = %+v, want the alternate name of place 4", cs)
	}
	if _, f := tb.Lookup("Texas"); f != Word {
		t.Errorf("flags of Texas = %v, want Word", f)
	}
	if cs, _ := tb.Lookup("Dallas"); cs != nil {
		t.Errorf("Lookup(Dallas) = %+v, want nil", cs)
	}
	if ok, _ := tb.Known("texas"); !ok {
		t.Error("Known(texas) = false")
	}
	d, ok := tb.Division(cs[1].Place)
	if !ok || d.Name != "Texas" || !d.IsDivision() {
		t.Errorf("Division(Paris, Texas) = %+v, %v", d, ok)
	}
	if _, ok := tb.Division(Place{Country: "FRA"}); ok {
		t.Error("Division of a place with no division code found one")
	}
	if d, ok := tb.DivisionByCode("USA", "TX"); !ok || d.ID != 3 {
		t.Errorf("DivisionByCode(USA, TX) = %+v, %v", d, ok)
	}
}

func TestParseErrors(t *testing.T) {
	good := strings.Split(small, "\n")
	edit := func(i int, line string) string {
		ls := append([]string(nil), good...)
		ls[i] = line
		return strings.Join(ls, "\n")
	}
	for _, c := range []struct {
		name, in, want string
	}{
		{"empty", "", "missing #places"},
		{"no names", "#places\t0\n", "missing #names"},
		{"bad count", edit(1, "#places\tx"), "want \"#places\""},
		{"short row", edit(2, "1\tParis\tFRA"), "want 9 fields"},
		{"long row", edit(2, "1\tParis\tFRA\tA8\tPPLC\t1\t2\t3\t4\t5"), "want 9 fields"},
		{"bad id", edit(2, "x\tParis\tFRA\tA8\tPPLC\t1\t2\t3\t4"), "bad number"},
		{"bad lat", edit(2, "1\tParis\tFRA\tA8\tPPLC\t1\tnorth\t3\t4"), "bad number"},
		{"bad country", edit(2, "1\tParis\tFR\tA8\tPPLC\t1\t2\t3\t4"), "country"},
		{"missing places", strings.Replace(small, "#places\t4", "#places\t5", 1), "line 7: want 9 fields"},
		{"unsorted keys", edit(7, "zzz\t\t0"), "out of order"},
		{"bad index", edit(8, "paris\t\t0,9"), "bad place index"},
		{"negative index", edit(8, "paris\t\t-1"), "bad place index"},
		{"unknown flag", edit(9, "texas\tx\t2"), "unknown flag"},
		{"no places", edit(9, "texas\tw\t"), "want key, flags and places"},
		{"extra line", small + "extra\t\t0\n", "unexpected line"},
		{"too few names", strings.Replace(small, "#names\t4", "#names\t5", 1), "4 names, want 5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.in)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Parse: error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// FuzzParse checks that Parse never panics and that a table it accepts answers lookups of all its
// keys with places of the table.
func FuzzParse(f *testing.F) {
	f.Add(small)
	f.Add("#places\t0\n#names\t0\n")
	f.Add("#places\t1\n1\tA\tFRA\t\tPPL\t0\t0\t0\t0\n#names\t1\na\twgp\t0a\n")
	f.Fuzz(func(t *testing.T, s string) {
		tb, err := Parse(s)
		if err != nil {
			return
		}
		for i, k := range tb.keys {
			cs, _ := tb.lookupKey(k)
			if len(cs) == 0 {
				t.Fatalf("key %d %q has no places", i, k)
			}
		}
	})
}

func TestDefault(t *testing.T) {
	start := time.Now()
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("embedded table: %d places, %d names, %.1f MB, parsed in %v", tb.Len(), tb.Names(),
		float64(len(placesTSV))/1e6, time.Since(start))
	if tb.Len() < 26000 || tb.Names() < 60000 {
		t.Errorf("table has %d places and %d names, want the 22,841 cities and 3,935 divisions and their names", tb.Len(), tb.Names())
	}
	for _, c := range []struct {
		name, country, admin1, feature string
	}{
		{"Houston", "USA", "TX", "PPLA2"},
		{"Bonn", "DEU", "07", "PPL"},
		{"Toronto", "CAN", "08", "PPLA"},
		{"Frankfurt", "DEU", "05", "PPL"}, // an alternate name of Frankfurt am Main
		{"Peking", "CHN", "22", "PPLC"},   // an alternate name of Beijing
		{"Texas", "USA", "TX", "ADM1"},
		{"Ontario", "CAN", "08", "ADM1"},
		{"Pristina", "XKX", "", ""}, // Kosovo's code is XKX, as in the country table
	} {
		cs, _ := tb.Lookup(c.name)
		if len(cs) == 0 {
			t.Errorf("Lookup(%q): no places", c.name)
			continue
		}
		p := cs[0]
		if p.Country != c.country || c.admin1 != "" && p.Admin1 != c.admin1 || c.feature != "" && p.Feature != c.feature {
			t.Errorf("Lookup(%q)[0] = %s %s %s %s, want %s %s %s", c.name, p.Name, p.Country, p.Admin1, p.Feature,
				c.country, c.admin1, c.feature)
		}
	}
	// Alternate names that are ordinary English words or codes are not kept.
	for _, n := range []string{"ALV", "NYC", "Liberty", "North"} {
		cs, f := tb.Lookup(n)
		for _, c := range cs {
			if c.Alternate && f&Word == 0 {
				t.Errorf("Lookup(%q) has alternate-name place %s (%s) without the Word flag", n, c.Name, c.Country)
			}
		}
	}
	for n, want := range map[string]Flags{"Mobile": Word, "Reading": Word, "Long Island": Generic, "Obama": Person} {
		if _, f := tb.Lookup(n); f&want == 0 {
			t.Errorf("flags of %q = %v, want %v", n, f, want)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(placesTSV)))
	for b.Loop() {
		if _, err := Parse(placesTSV); err != nil {
			b.Fatal(err)
		}
	}
}

func TestByID(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id                  int
		name, country, adm1 string
		ok                  bool
	}{
		{2988507, "Paris", "FRA", "11", true}, // the 2016 region (tools/internal/geoadmin)
		{4717560, "Paris", "USA", "TX", true},
		{4197000, "Georgia", "USA", "GA", true}, // a division
		{792680, "Belgrade", "SRB", "SE", true},
		{1, "", "", "", false},
	} {
		p, ok := tb.ByID(c.id)
		if ok != c.ok || p.Name != c.name || p.Country != c.country || p.Admin1 != c.adm1 {
			t.Errorf("ByID(%d) = %+v, %v; want %s %s %s, %v", c.id, p, ok, c.name, c.country, c.adm1, c.ok)
		}
	}
	if _, err := Parse("#places\t2\n5\tA\tFRA\t11\tPPL\t1\t1\t1\t0\n4\tB\tFRA\t11\tPPL\t1\t1\t1\t0\n#names\t0\n"); err == nil || !strings.Contains(err.Error(), "sorted by id") {
		t.Errorf("unsorted rows: error %v, want one about the order", err)
	}
}

// TestAbbreviationFirstCapital checks the premise of Abbreviation's first test: every key of its
// tables starts with a capital A-Z.
func TestAbbreviationFirstCapital(t *testing.T) {
	tb := abbrevTables()
	n := 0
	for _, m := range []map[string]Region{tb.wire, tb.bare, tb.upper, tb.postal} {
		for k := range m {
			n++
			if k == "" || k[0] < 'A' || k[0] > 'Z' {
				t.Errorf("abbreviation %q does not start with a capital A-Z", k)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d abbreviations", n)
	}
}

// TestKeyASCII checks that the byte loop for ASCII names gives the keys of the rune loop, on names
// with every kind of separator and on every ASCII byte.
func TestKeyASCII(t *testing.T) {
	names := []string{"St. Louis", "Winston-Salem", "  The Hague ", "the  hague", "N.Y.", "Fort_Worth/Dallas",
		"O`Hare", "Ras al-Khaimah", "\tPort\vof\fSpain\r\n", "THE GAMBIA", "The", "the ", "A-", "-", ""}
	var all []byte
	for c := 0; c < 0x80; c++ {
		all = append(all, byte(c))
	}
	names = append(names, string(all))
	for _, n := range names {
		got := string(appendKey(nil, n))
		want := string(appendKeyRunes(nil, n))
		for len(want) > 0 && want[len(want)-1] == ' ' {
			want = want[:len(want)-1]
		}
		if len(want) > 4 && want[:4] == "the " {
			want = want[4:]
		}
		if got != want {
			t.Errorf("appendKey(%q) = %q, want %q", n, got, want)
		}
	}
	if got := Key("  The St.-Louis  "); got != "st louis" {
		t.Errorf("Key = %q, want %q", got, "st louis")
	}
}

// TestLongerKey checks the shortcut of findName: longerKey(name, n) never holds for a name whose key
// has n bytes or fewer, and findName finds what a search for the full key finds, on the table's
// names written in other ways and on runs of prose longer than any key (which "City, Region"
// patterns look up when no capitalized word comes before the comma).
func TestLongerKey(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i, k := range tb.keys {
		if i%50 != 0 && len(k) < tb.maxKey-8 {
			continue // every 50th key and the longest ones
		}
		title := strings.ToUpper(k[:1]) + k[1:]
		names = append(names, k, title, "The "+title, "the  "+k+" ", strings.ReplaceAll(title, " ", "-"),
			strings.ReplaceAll(k, " ", ". "), "the "+k+"s", k+" x")
	}
	prose := "Madam Chair, our delegation from São Tomé and Príncipe is grateful for the briefing on " +
		"fisheries and coastal erosion, and we thank our hosts in Côte d’Ivoire, Ghana and " +
		"Burkina Faso, who received the ministers at short notice last spring in 2019."
	for n := 1; n <= len(prose); n += 7 {
		names = append(names, prose[:n], strings.ToUpper(prose[:n]))
	}
	names = append(names, strings.Repeat(". ", 500)+"Paris", "the "+strings.Repeat("-", 300)+"lagos",
		strings.Repeat("e\u0301", 400), strings.Repeat("x", tb.maxKey+5), strings.Repeat("x", tb.maxKey+6))
	for _, name := range names {
		key := Key(name)
		if longerKey(name, len(key)) {
			t.Errorf("longerKey(%.40q, %d) = true, but the key has %d bytes", name, len(key), len(key))
		}
		if got, want := tb.findName(name), tb.find(key); got != want {
			t.Errorf("findName(%.40q) = %d, want %d", name, got, want)
		}
	}
	if !longerKey(strings.Repeat("x", tb.maxKey+6), tb.maxKey) || longerKey(strings.Repeat("x", tb.maxKey+5), tb.maxKey) {
		t.Errorf("longerKey: the bound is not maxKey+5 letters")
	}
}
