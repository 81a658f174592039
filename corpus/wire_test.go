package corpus

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// spanText returns text[s.Start:s.End].
func spanText(text string, s Span) string { return text[s.Start:s.End] }

func TestFindDateline(t *testing.T) {
	tests := []struct {
		text                       string
		whole, place, date, agency string
	}{
		{"HOUSTON, March 3 - Texaco Inc said", "HOUSTON, March 3 -", "HOUSTON", "March 3", ""},
		{"WASHINGTON (Reuters) - The U.S. said", "WASHINGTON (Reuters) -", "WASHINGTON", "", "(Reuters)"},
		{"PARIS, Jan 5 (AFP) - France said", "PARIS, Jan 5 (AFP) -", "PARIS", "Jan 5", "(AFP)"},
		{"LONDON — Britain said on Monday that it would expel two diplomats.", "LONDON —", "LONDON", "", ""},
		{"Springfield, Ill. (AP) - The governor said", "Springfield, Ill. (AP) -", "Springfield, Ill.", "", "(AP)"},
		{"PORTLAND, Ore., Feb 26 - Shr 62 cts vs 48 cts", "PORTLAND, Ore., Feb 26 -", "PORTLAND, Ore.", "Feb 26", ""},
		{"VANCOUVER, British Columbia, Feb 26 - The company", "VANCOUVER, British Columbia, Feb 26 -", "VANCOUVER, British Columbia", "Feb 26", ""},
		{"WASHINGTON, March 12, Reuter - A senior official", "WASHINGTON, March 12, Reuter -", "WASHINGTON", "March 12", "Reuter"},
		{"MILWAUKEE, Wis., March 2- Oper shr 18 cts", "MILWAUKEE, Wis., March 2-", "MILWAUKEE, Wis.", "March 2", ""},
		{"CHICAGO, March 4, - Traders said", "CHICAGO, March 4, -", "CHICAGO", "March 4", ""},
		{"ANGLETON, Tex. March 3 - The plant", "ANGLETON, Tex. March 3 -", "ANGLETON, Tex.", "March 3", ""},
		{"****SANTO DOMINGO, March 4 - The", "SANTO DOMINGO, March 4 -", "SANTO DOMINGO", "March 4", ""},
		{"DALLAS/FORT WORTH, Texas, March 3 - American", "DALLAS/FORT WORTH, Texas, March 3 -", "DALLAS/FORT WORTH, Texas", "March 3", ""},
		{"COEUR D'ALENE, Idaho, March 2 - Hecla", "COEUR D'ALENE, Idaho, March 2 -", "COEUR D'ALENE, Idaho", "March 2", ""},
		{"ST. LOUIS, March 4 - Monsanto", "ST. LOUIS, March 4 -", "ST. LOUIS", "March 4", ""},
		{"BEIRUT (AP) — Lebanese troops", "BEIRUT (AP) —", "BEIRUT", "", "(AP)"},
		{"BEIRUT, Lebanon (AP) — Lebanese troops", "BEIRUT, Lebanon (AP) —", "BEIRUT, Lebanon", "", "(AP)"},
		{"ASTANA, June 5. /TASS/. Russia and Kazakhstan signed", "ASTANA, June 5. /TASS/.", "ASTANA", "June 5", "/TASS/"},
		{"DUBAI/GENEVA, Nov 29 (Reuters) - Iran held", "DUBAI/GENEVA, Nov 29 (Reuters) -", "DUBAI/GENEVA", "Nov 29", "(Reuters)"},
		{"Vienna — Iran will allow inspectors from the International Atomic Energy Agency to install cameras.", "Vienna —", "Vienna", "", ""},
		{"Rio de Janeiro, May 3 (Reuters) - Brazil", "Rio de Janeiro, May 3 (Reuters) -", "Rio de Janeiro", "May 3", "(Reuters)"},
		{"PARANA SOY REVIEW\nCURITIBA, March 3 - Dry weather persisted", "CURITIBA, March 3 -", "CURITIBA", "March 3", ""},
		{"OHIO RIVER BARGE RATES\nCINCINNATI, March 6 - Barge freight rates", "CINCINNATI, March 6 -", "CINCINNATI", "March 6", ""},
		{"Talks resume in Muscat\nBy Jane Doe\nJune 5, 2024\n\nMUSCAT (Reuters) - Iran and", "MUSCAT (Reuters) -", "MUSCAT", "", "(Reuters)"},
		{"NEW DELHI, 5 March (PTI) - India said", "NEW DELHI, 5 March (PTI) -", "NEW DELHI", "5 March", "(PTI)"},
	}
	for _, tt := range tests {
		d, ok := FindDateline(tt.text)
		if !ok {
			t.Errorf("FindDateline(%q): none", tt.text)
			continue
		}
		got := [4]string{spanText(tt.text, d.Span), spanText(tt.text, d.Place), spanText(tt.text, d.Date), spanText(tt.text, d.Agency)}
		want := [4]string{tt.whole, tt.place, tt.date, tt.agency}
		if got != want {
			t.Errorf("FindDateline(%q) = %q, want %q", tt.text, got, want)
		}
		if c := spanText(tt.text, d.City); !strings.HasPrefix(tt.place, c) || c == "" || strings.Contains(c, ",") {
			t.Errorf("FindDateline(%q): City %q", tt.text, c)
		}
	}
	for _, s := range []string{
		"IRAN - U.S. TALKS RESUME",
		"Iran said on Monday - the talks would resume.",
		"Meanwhile — the talks resumed.",
		"Kremlin — short",
		"The talks - which began in May - resumed.",
		"AFP - The proposal was presented in Paris.",
		"(AP) — The governor said",
		"1,234 - 5,678",
		"",
		strings.Repeat("A line of the story.\n\n", 12) + "LONDON, March 3 - too far down",
	} {
		if d, ok := FindDateline(s); ok {
			t.Errorf("FindDateline(%q) = %q, want none", s, spanText(s, d.Span))
		}
	}
}

// readWire returns the text of a story of testdata/wire.
func readWire(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "wire", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWireMarkup checks the markup spans of the wire stories of testdata/wire: agency credits and
// sign-offs, tickers (whole) and company names in brackets (brackets only), table rows.
func TestWireMarkup(t *testing.T) {
	tests := map[string]struct {
		place  string
		markup []string // each must be a markup span
		kept   []string // each must overlap no markup span
	}{
		"earnings-table.txt": {"PORTLAND, Ore.",
			[]string{"<HALV>", "Shr 62 cts vs 48 cts", "Net 14,205,000 vs 10,961,000", "Revs 1.21 billion vs 1.09 billion",
				"Year", "Avg shrs 22,891,000 vs 22,874,000", "Qtly div 12 cts vs 10 cts prior", "<", ">", "Reuter"},
			[]string{"HALVERSEN FOODS INC", "Prairie Mills Ltd", "Winnipeg", "NOTE: Dividend payable", "PORTLAND"}},
		"acquisition-tickers.txt": {"CLEVELAND",
			[]string{"<ACMH>", "<FBBC.O>", "<AXP>", "REUTER"},
			[]string{"Acme Holdings Corp", "DUNMORE PLASTICS INC", "Dunmore Plastics Inc", "American Express Co", "Lakeshore Capital\nPartners L.P.", "Federal Trade\nCommission"}},
		"policy-washington.txt": {"WASHINGTON", []string{"Reuter", "Reuter..."}, []string{"told Reuters", "White\nHouse", "West Germany"}},
		"modern-reuters.txt":    {"LONDON", []string{"(Reuters)"}, []string{"Saudi Arabia", "LONDON"}},
		"modern-ap.txt":         {"BEIRUT", []string{"(AP)"}, []string{"Lebanese troops", "BEIRUT"}},
		"modern-afp.txt":        {"PARIS", []string{"(AFP)", "AFP", "— AFP"}, []string{"European Commission", "Netherlands"}},
		"local-ap.txt":          {"Springfield, Ill.", []string{"(AP)"}, []string{"Illinois Gov. Mark Brennan", "Springfield"}},
		"caps-dateline.txt":     {"VIENNA", nil, []string{"VIENNA", "International Atomic Energy Agency"}},
		"tass.txt":              {"ASTANA", []string{"/TASS/"}, []string{"ASTANA", "Russian Ministry of Agriculture"}},
		"headline-units.txt":    {"BUENOS AIRES", []string{"REUTER"}, []string{"ARGENTINA", "500 MLN DLRS", "Citibank"}},
		"more-to-follow.txt":    {"VIENNA", nil, []string{"Organization of\nPetroleum Exporting Countries", "Saudi Arabia"}},
	}
	for name, tt := range tests {
		text := readWire(t, name)
		d, ok := FindDateline(text)
		if !ok || spanText(text, d.Place) != tt.place {
			t.Errorf("%s: dateline place %q (%v), want %q", name, spanText(text, d.Place), ok, tt.place)
		}
		spans := WireMarkup(text)
		for i, s := range spans {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End || i > 0 && spans[i-1].End >= s.Start {
				t.Fatalf("%s: bad markup spans %v", name, spans)
			}
		}
		is := map[string]bool{}
		for _, s := range spans {
			is[spanText(text, s)] = true
		}
		for _, m := range tt.markup {
			if !is[m] {
				t.Errorf("%s: %q is not a markup span (spans: %q)", name, m, texts(text, spans))
			}
		}
		for _, k := range tt.kept {
			i := strings.Index(text, k)
			if i < 0 {
				t.Fatalf("%s: %q not in the story", name, k)
			}
			for _, s := range spans {
				if s.Start < i+len(k) && i < s.End {
					t.Errorf("%s: %q overlaps markup %q", name, k, spanText(text, s))
				}
			}
		}
	}
}

func texts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, spanText(text, s))
	}
	return out
}

// TestCleanWire checks that the cleaner drops the sign-offs, credits and bylines of wire stories and
// nothing else of them.
func TestCleanWire(t *testing.T) {
	tests := map[string][]string{
		"earnings-table.txt":      {"Reuter"},
		"acquisition-tickers.txt": {"REUTER"},
		"policy-washington.txt":   {"Reuter..."},
		"modern-reuters.txt": {"By Aziz Rahman and Lena Novak",
			"Reporting by Aziz Rahman in Dubai and Lena Novak in London; Additional reporting by Chen Ming in Beijing; Editing by Mark Hollis"},
		"modern-ap.txt":      {"Associated Press writers Rami Haddad in Beirut and Noa Levin in Jerusalem contributed to this report."},
		"local-ap.txt":       {"(AP)"},
		"more-to-follow.txt": {"MORE"},
	}
	var c Cleaner
	for name, want := range tests {
		d := &Document{Text: readWire(t, name)}
		var got []string
		for _, l := range c.Dropped(d, nil) {
			if l.Rule != RuleBlank {
				got = append(got, strings.TrimSpace(spanText(d.Text, l.Span)))
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: dropped %q, want %q", name, got, want)
		}
	}
}

// TestReutersConventions reads the Reuters stories of the shared gold (1987) and checks the rules on
// the real wire: a dateline is found in nearly every story (the misses are misspelt datelines such
// as "RENO, Nev., Mach 4"), every "Reuter"/"REUTER" sign-off line is dropped by the cleaner, and every
// markup span is well formed.
func TestReutersConventions(t *testing.T) {
	p := sharedData(t, "gold/reuters_places_dev.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var c Cleaner
	stories, datelines, signOffs, dropped := 0, 0, 0, 0
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		stories++
		if d, ok := FindDateline(rec.Text); ok {
			datelines++
			if d.Place.Start >= d.Place.End || d.Span.End > len(rec.Text) {
				t.Fatalf("bad dateline %+v", d)
			}
		}
		doc := &Document{Text: rec.Text}
		for _, l := range c.Dropped(doc, nil) {
			if signOff(strings.TrimSpace(spanText(rec.Text, l.Span))) {
				dropped++
			}
		}
		for _, l := range strings.Split(rec.Text, "\n") {
			if signOff(strings.TrimSpace(l)) {
				signOffs++
			}
		}
		for _, s := range WireMarkup(rec.Text) {
			if s.Start < 0 || s.End > len(rec.Text) || s.Start >= s.End {
				t.Fatalf("bad markup span %v", s)
			}
		}
	}
	t.Logf("%d stories, %d datelines, %d sign-off lines, %d dropped", stories, datelines, signOffs, dropped)
	if datelines*100 < stories*99 {
		t.Errorf("datelines found in %d of %d stories", datelines, stories)
	}
	if signOffs < stories*9/10 || dropped != signOffs {
		t.Errorf("%d sign-off lines, %d dropped", signOffs, dropped)
	}
}

// TestMayEndWithAgency checks the quick filter the credit checks run before looking for an agency
// after a line's last separator: it must accept every line that ends with an agency's name, bare or
// in parentheses (every name of isAgency's switch, read from the source so that a name added there
// is checked too), and reject lines that end otherwise.
func TestMayEndWithAgency(t *testing.T) {
	names := agencyNamesInSource(t)
	if len(names) < 50 {
		t.Fatalf("read %d agency names from isAgency, want its whole list", len(names))
	}
	for _, a := range names {
		if !isAgency(a) {
			t.Fatalf("isAgency(%q) = false, but the name is in its switch", a)
		}
		for _, line := range []string{a, "Jane Doe | " + a, "Jane Doe, " + a + " \t", "said on Monday. — " + a,
			"said on Monday. (" + a + ")", "said.(" + a + ")  ", "Jane Doe,\u00a0" + a + "\u00a0"} {
			if !mayEndWithAgency(line) {
				t.Errorf("mayEndWithAgency(%q) = false, want true", line)
			}
		}
	}
	for _, line := range []string{"", "the talks resumed on Monday.", "Jane Doe | Reuters staff", "(AFP) said",
		"a Reuters/Ipsos poll", "Reuters.", "(Reuters) —", "by the Associated Press Corps"} {
		if mayEndWithAgency(line) {
			t.Errorf("mayEndWithAgency(%q) = true, want false", line)
		}
	}
}

// agencyNamesInSource returns the string constants of isAgency's switch in wire.go.
func agencyNamesInSource(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "wire.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "isAgency" {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				names = append(names, s)
			}
			return true
		})
	}
	return names
}
