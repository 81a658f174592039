// Command groundgold validates the grounding gold source testdata/gold/src/grounding.gold and writes
// testdata/gold/grounding.jsonl: documents whose marked mentions carry the country, GeoNames place,
// first-order division and CAMEO role a grounding system is expected to give them on the document's
// date. The annotation rules are in testdata/gold/GROUNDING_GUIDELINES.md.
//
// Source format (the file deliberately does not end in .txt, so that the entity-gold builder, which
// converts src/*.txt, does not read it): documents are separated by blank lines; lines starting with
// "//" outside a document are comments. A document is
//
//	# g-001
//	date: 2024-05-03            (or "date:" with nothing after it for an undated document)
//	PARIS, Texas (AP) - Flooding closed two highways north of [[Paris|GPE|USA|gn=4717560|a1=TX|name=Paris]] ...
//
// The remaining lines, joined with "\n", are the text. A scored mention is written
// [[surface|TYPE|COUNTRY|key=value|...]]: TYPE is GPE, LOC, FAC, PERSON, ORG or NORP; COUNTRY is an
// ISO 3166-1 alpha-3 code (or a former state, or an IGO id for people who work for one), or "-" for a
// place that belongs to no single country (seas, rivers and regions shared by several countries).
// Keys: gn (GeoNames id), a1 (GeoNames admin1 code), role (CAMEO sector code), name (the ambiguous
// name the case tests, for per-name scores), note (free text, no "|" or "]]"), hist=1 (the country is
// the one of the document's date and differs from GeoNames' present-day country).
//
// Checks (the program stops at the first failure and names file, line and document): ids of the form
// g-NNN, unique; dates empty or YYYY-MM-DD; well-formed markup, non-empty unpadded surfaces, offsets
// with text[start:end] == surface; known types, countries (entities/data/countries.tsv plus SUN YUG CSK
// DDR ZAR YMD plus the IGO ids below), role codes; PERSON mentions have a role, places have a role
// only when used for a government (GOV); gn is given with a1; and, when the GeoNames files are present
// (-geonames, default ../shared/data/reference/geonames), every gn is a row of cities15000.txt or
// admin1CodesASCII.txt whose country is the mention's (unless hist=1) and whose admin1 code is a1.
// The output is written to a temporary file and renamed.
//
// Usage (from the repository root):
//
//	go run ./tools/groundgold [-dir testdata/gold] [-geonames ../shared/data/reference/geonames] [-check]
//	go run ./tools/groundgold -src testdata/gold/src/grounding_places_heldout.gold -o testdata/gold/grounding_places_heldout.jsonl
//
// By default the source is DIR/src/grounding.gold and the output DIR/grounding.jsonl; -src and -o
// (given together) build another file of the same format, such as a held-out set. -check builds in
// memory and fails if the output file differs from the result.
//
// Reference documents (ref.go) keep real text that may not be copied into the repository: a "ref:"
// line names a span of a shared corpus document (-shared, default ../shared) and "@ " lines give the
// mentions, which are found in the span in reading order. A source of such documents (RefSets, such
// as testdata/gold/src/grounding_people_dev2.gold) is built to a file outside the repository:
//
//	go run ./tools/groundgold -src testdata/gold/src/grounding_people_dev2.gold -o /tmp/grounding_people_dev2.jsonl
//
// The sample subcommand (sample.go) draws the documents of such a set reproducibly and writes an
// annotation skeleton:
//
//	go run ./tools/groundgold sample -seed S -sizes CORPUS=N,... -first N [-exclude REF]... -o WORKFILE
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/geopol/geopol/internal/goldcheck"
	"github.com/geopol/geopol/tools/internal/geoadmin"
)

// mention is one scored mention of the output JSONL.
type mention struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Type       string `json:"type"`
	Country    string `json:"country"`
	GeonamesID int64  `json:"geonames_id,omitempty"`
	Admin1     string `json:"admin1,omitempty"`
	Role       string `json:"role,omitempty"`
	Name       string `json:"name,omitempty"`
	Note       string `json:"note"`

	hist bool // country deliberately differs from GeoNames' (document date)
	line int  // source line, for messages
}

// doc is one document of the output JSONL.
type doc struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	// Country is the country a reference document speaks for, its corpus record's country_iso3 (a UN
	// speech's speaker's country), which eval grounding passes to the pipeline as analyze reads it.
	Country  string    `json:"country_iso3,omitempty"`
	Text     string    `json:"text"`
	Mentions []mention `json:"mentions"`

	line int
}

var (
	idRe   = regexp.MustCompile(`^g-[0-9]{3,}$`)
	iso3Re = regexp.MustCompile(`^[A-Z]{3}$`)

	types = goldcheck.Set("GPE LOC FAC PERSON ORG NORP")
	// places are the types whose mentions may carry a GeoNames id.
	places = goldcheck.Set("GPE LOC FAC")
)

// place is what GeoNames says about one id.
type place struct {
	iso2, admin1 string
}

// checker holds the reference tables; geonames is nil when the GeoNames files are absent.
type checker struct {
	countries map[string]bool   // ISO3 codes
	iso2to3   map[string]string // ISO2 -> ISO3
	geonames  map[int64]place
	corpora   *corpora // shared corpora for reference documents (nil: none)
}

// loadGeonames reads cities15000.txt (19 tab-separated columns: id, name, ..., country code at 8,
// admin1 at 10) and admin1CodesASCII.txt ("CC.ADMIN1", name, ascii name, id). A city's admin1 code
// is the one of the divisions file (geoadmin.CityAdmin1: French cities' pre-2016 regions become the
// 2016 regions).
func loadGeonames(cities, admin1 io.Reader) (map[int64]place, error) {
	m := map[int64]place{}
	sc := bufio.NewScanner(cities)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 11 {
			return nil, fmt.Errorf("cities15000.txt:%d: %d columns", n, len(f))
		}
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("cities15000.txt:%d: %w", n, err)
		}
		m[id] = place{iso2: f[8], admin1: geoadmin.CityAdmin1(f[8], f[10])}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sc = bufio.NewScanner(admin1)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("admin1CodesASCII.txt:%d: %d columns", n, len(f))
		}
		cc, code, ok := strings.Cut(f[0], ".")
		id, err := strconv.ParseInt(f[3], 10, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("admin1CodesASCII.txt:%d: bad line %q", n, sc.Text())
		}
		m[id] = place{iso2: cc, admin1: code}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(m) < 20000 {
		return nil, fmt.Errorf("GeoNames: only %d places", len(m))
	}
	return m, nil
}

// parseMarkup turns one document's marked-up text into its text and mentions.
func (c *checker) parseMarkup(src string, firstLine int) (string, []mention, error) {
	var out strings.Builder
	var ms []mention
	line := firstLine
	for {
		i := strings.Index(src, "[[")
		if i < 0 {
			if strings.Contains(src, "]]") {
				return "", nil, fmt.Errorf("line %d: stray ]]", line)
			}
			out.WriteString(src)
			break
		}
		if strings.Contains(src[:i], "]]") {
			return "", nil, fmt.Errorf("line %d: stray ]] before %q", line, src[i:min(i+30, len(src))])
		}
		out.WriteString(src[:i])
		line += strings.Count(src[:i], "\n")
		j := strings.Index(src[i:], "]]")
		if j < 0 {
			return "", nil, fmt.Errorf("line %d: unclosed [[ at %q", line, src[i:min(i+30, len(src))])
		}
		inner := src[i+2 : i+j]
		if strings.Contains(inner, "[[") || strings.Contains(inner, "\n") {
			return "", nil, fmt.Errorf("line %d: nested [[ or line break in %q", line, inner)
		}
		m, err := c.parseMention(inner)
		if err != nil {
			return "", nil, fmt.Errorf("line %d: %w", line, err)
		}
		m.Start = out.Len()
		out.WriteString(m.Text)
		m.End = out.Len()
		m.line = line
		ms = append(ms, m)
		src = src[i+j+2:]
	}
	text := out.String()
	if !utf8.ValidString(text) {
		return "", nil, errors.New("invalid UTF-8")
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || text[m.Start:m.End] != m.Text {
			return "", nil, fmt.Errorf("line %d: offset check failed for %q", m.line, m.Text)
		}
	}
	return text, ms, nil
}

// parseMention parses "surface|TYPE|COUNTRY|key=value|...".
func (c *checker) parseMention(inner string) (mention, error) {
	parts := strings.Split(inner, "|")
	if len(parts) < 3 {
		return mention{}, fmt.Errorf("mention %q: want [[surface|TYPE|COUNTRY|key=value...]]", inner)
	}
	m := mention{Text: parts[0], Type: parts[1], Country: parts[2]}
	if m.Text == "" || strings.TrimSpace(m.Text) != m.Text {
		return m, fmt.Errorf("mention %q: empty or padded surface", inner)
	}
	if !types[m.Type] {
		return m, fmt.Errorf("mention %q: unknown type %q", inner, m.Type)
	}
	switch {
	case m.Country == "-":
		m.Country = ""
	case goldcheck.IGOs[m.Country]:
	case iso3Re.MatchString(m.Country) && (c.countries == nil || c.countries[m.Country]):
	default:
		return m, fmt.Errorf("mention %q: %q is not an ISO 3166-1 alpha-3 code, former state, IGO id or -", inner, m.Country)
	}
	seen := map[string]bool{}
	for _, kv := range parts[3:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" || strings.TrimSpace(v) != v {
			return m, fmt.Errorf("mention %q: bad key=value %q", inner, kv)
		}
		if seen[k] {
			return m, fmt.Errorf("mention %q: key %q twice", inner, k)
		}
		seen[k] = true
		switch k {
		case "gn":
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil || id <= 0 {
				return m, fmt.Errorf("mention %q: bad GeoNames id %q", inner, v)
			}
			m.GeonamesID = id
		case "a1":
			m.Admin1 = v
		case "role":
			if !goldcheck.Roles[v] {
				return m, fmt.Errorf("mention %q: unknown role %q", inner, v)
			}
			m.Role = v
		case "name":
			m.Name = v
		case "note":
			m.Note = v
		case "hist":
			if v != "1" {
				return m, fmt.Errorf("mention %q: hist takes the value 1", inner)
			}
			m.hist = true
		default:
			return m, fmt.Errorf("mention %q: unknown key %q", inner, k)
		}
	}
	switch {
	case m.Type == "PERSON" && m.Role == "":
		return m, fmt.Errorf("mention %q: a person needs a role", inner)
	case m.Type == "PERSON" && m.Country == "":
		return m, fmt.Errorf("mention %q: a person needs a country", inner)
	case places[m.Type] && m.Role != "" && m.Role != "GOV":
		return m, fmt.Errorf("mention %q: a place takes no role other than GOV (metonymy)", inner)
	case m.GeonamesID != 0 && !places[m.Type]:
		return m, fmt.Errorf("mention %q: only places take a GeoNames id", inner)
	case m.GeonamesID != 0 && m.Admin1 == "":
		return m, fmt.Errorf("mention %q: a GeoNames id needs its admin1 code (a1=)", inner)
	case m.GeonamesID != 0 && m.Country == "":
		return m, fmt.Errorf("mention %q: a GeoNames place belongs to a country", inner)
	case m.hist && m.GeonamesID == 0:
		return m, fmt.Errorf("mention %q: hist=1 without a GeoNames id", inner)
	}
	return m, nil
}

// checkPlace compares a mention's GeoNames id with the GeoNames tables.
func (c *checker) checkPlace(m mention) error {
	if c.geonames == nil || m.GeonamesID == 0 {
		return nil
	}
	p, ok := c.geonames[m.GeonamesID]
	if !ok {
		return fmt.Errorf("line %d: %q: GeoNames id %d is not in cities15000.txt or admin1CodesASCII.txt", m.line, m.Text, m.GeonamesID)
	}
	if iso3 := c.iso2to3[p.iso2]; iso3 != m.Country && !m.hist {
		return fmt.Errorf("line %d: %q: GeoNames %d is in %s (%s), not %s", m.line, m.Text, m.GeonamesID, p.iso2, iso3, m.Country)
	}
	if p.admin1 != m.Admin1 {
		return fmt.Errorf("line %d: %q: GeoNames %d has admin1 %q, not %q", m.line, m.Text, m.GeonamesID, p.admin1, m.Admin1)
	}
	return nil
}

// read parses the whole source.
func (c *checker) read(r io.Reader) ([]doc, error) {
	var docs []doc
	var cur *doc
	var lines []string
	dated := false // the current document's date line was read
	textLine := 0  // source line of the current document's first text line
	flush := func() error {
		if cur == nil {
			return nil
		}
		if len(lines) == 0 {
			return fmt.Errorf("line %d: %s has no text", cur.line, cur.ID)
		}
		if strings.HasPrefix(lines[0], "ref:") {
			if err := c.materialise(cur, lines, textLine); err != nil {
				return fmt.Errorf("%s: %w", cur.ID, err)
			}
			for k, m := range cur.Mentions {
				if err := c.checkPlace(m); err != nil {
					return fmt.Errorf("%s: %w", cur.ID, err)
				}
				if k > 0 && m.Start < cur.Mentions[k-1].End {
					return fmt.Errorf("%s: line %d: overlapping mentions", cur.ID, m.line)
				}
			}
			docs = append(docs, *cur)
			cur, lines, dated = nil, nil, false
			return nil
		}
		text, ms, err := c.parseMarkup(strings.Join(lines, "\n"), textLine)
		if err != nil {
			return fmt.Errorf("%s: %w", cur.ID, err)
		}
		if len(ms) == 0 {
			return fmt.Errorf("line %d: %s has no marked mention", cur.line, cur.ID)
		}
		for k, m := range ms {
			if err := c.checkPlace(m); err != nil {
				return fmt.Errorf("%s: %w", cur.ID, err)
			}
			if k > 0 && m.Start < ms[k-1].End {
				return fmt.Errorf("%s: line %d: overlapping mentions", cur.ID, m.line)
			}
		}
		cur.Text, cur.Mentions = text, ms
		docs = append(docs, *cur)
		cur, lines, dated = nil, nil, false
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		var err error
		switch {
		case line == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case cur == nil && strings.HasPrefix(line, "//"):
		case cur == nil && strings.HasPrefix(line, "# "):
			id := strings.TrimSpace(line[2:])
			if !idRe.MatchString(id) {
				err = fmt.Errorf("bad id %q (want g-NNN)", id)
			}
			cur = &doc{ID: id, line: n}
		case cur == nil:
			err = fmt.Errorf("text outside a document: %q", line)
		case !dated:
			rest, ok := strings.CutPrefix(line, "date:")
			if !ok {
				err = fmt.Errorf("%s: the line after the id must be \"date: YYYY-MM-DD\" or \"date:\"", cur.ID)
				break
			}
			cur.Date, dated = strings.TrimSpace(rest), true
			if cur.Date != "" {
				if _, perr := time.Parse("2006-01-02", cur.Date); perr != nil {
					err = fmt.Errorf("%s: bad date %q", cur.ID, cur.Date)
				}
			}
		default:
			if len(lines) == 0 {
				textLine = n
			}
			lines = append(lines, line)
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return docs, nil
}

// category is the scoring category of a mention (the same split as entities/eval's grounding scorer).
func category(m mention, dated bool) string {
	switch {
	case places[m.Type] && m.Name != "":
		return "place (ambiguous)"
	case places[m.Type]:
		return "place (control)"
	case m.Type == "PERSON" && dated:
		return "person (dated)"
	case m.Type == "PERSON":
		return "person (undated)"
	case m.Type == "ORG":
		return "organization"
	}
	return "other"
}

// build validates the source and returns the JSONL bytes and a summary.
func (c *checker) build(src io.Reader) ([]byte, string, error) {
	docs, err := c.read(src)
	if err != nil {
		return nil, "", err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	ids := map[string]bool{}
	cats := map[string]int{}
	names := map[string]int{}
	roleCount := map[string]int{}
	nm := 0
	for _, d := range docs {
		if ids[d.ID] {
			return nil, "", fmt.Errorf("line %d: duplicate id %s", d.line, d.ID)
		}
		ids[d.ID] = true
		if err := enc.Encode(d); err != nil {
			return nil, "", err
		}
		for _, m := range d.Mentions {
			nm++
			cats[category(m, d.Date != "")]++
			if m.Name != "" {
				names[m.Name]++
			}
			if m.Role != "" {
				roleCount[m.Role]++
			}
		}
	}
	var s strings.Builder
	fmt.Fprintf(&s, "%d documents, %d mentions, %d names\n", len(docs), nm, len(names))
	for _, k := range sortedKeys(cats) {
		fmt.Fprintf(&s, "  %-18s %4d\n", k, cats[k])
	}
	fmt.Fprintf(&s, "roles:")
	for _, k := range sortedKeys(roleCount) {
		fmt.Fprintf(&s, " %s %d", k, roleCount[k])
	}
	fmt.Fprintf(&s, "\nnames:")
	for _, k := range sortedKeys(names) {
		fmt.Fprintf(&s, " %s %d;", k, names[k])
	}
	s.WriteString("\n")
	return buf.Bytes(), s.String(), nil
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// newChecker loads the countries table and, when present, the GeoNames files.
func newChecker(countriesPath, geonamesDir string) (*checker, error) {
	f, err := os.Open(countriesPath)
	if err != nil {
		return nil, fmt.Errorf("countries table: %w", err)
	}
	defer f.Close()
	t, err := goldcheck.ReadCountries(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", countriesPath, err)
	}
	c := &checker{countries: t.ISO3, iso2to3: t.ISO2To3}
	cities, err := os.Open(filepath.Join(geonamesDir, "cities15000.txt"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "groundgold: %v; GeoNames ids checked for syntax only\n", err)
		return c, nil
	}
	defer cities.Close()
	admin1, err := os.Open(filepath.Join(geonamesDir, "admin1CodesASCII.txt"))
	if err != nil {
		return nil, err
	}
	defer admin1.Close()
	if c.geonames, err = loadGeonames(cities, admin1); err != nil {
		return nil, fmt.Errorf("%s: %w", geonamesDir, err)
	}
	return c, nil
}

// Pairs lists the gold files the repository builds with this program: source and output, relative
// to the repository root. Tests check that every output is up to date.
var Pairs = [][2]string{
	{"testdata/gold/src/grounding.gold", "testdata/gold/grounding.jsonl"},
	{"testdata/gold/src/grounding_heldout.gold", "testdata/gold/grounding_heldout.jsonl"},
	{"testdata/gold/src/grounding_places_heldout.gold", "testdata/gold/grounding_places_heldout.jsonl"},
}

// RefSets lists the reference-document sources (their output holds corpus text, so it is built
// outside the repository, as the source header says). Tests build them when ../shared is present.
var RefSets = []string{
	"testdata/gold/src/grounding_people_dev2.gold",
	"testdata/gold/src/grounding_people_dev3.gold",
	"testdata/gold/src/grounding_people_dev4.gold",
	"testdata/gold/src/grounding_people_dev5.gold",
	"testdata/gold/src/grounding_people_dev6.gold",
}

func run(srcPath, dst, countries, geonames, shared string, check bool) error {
	c, err := newChecker(countries, geonames)
	if err != nil {
		return err
	}
	c.corpora = &corpora{}
	if st, err := os.Stat(shared); err == nil && st.IsDir() {
		c.corpora.shared = os.DirFS(shared)
	}
	f, err := os.Open(srcPath)
	if err != nil {
		return err
	}
	defer f.Close()
	out, summary, err := c.build(f)
	if err != nil {
		return fmt.Errorf("%s: %w", srcPath, err)
	}
	if check {
		old, err := os.ReadFile(dst)
		if err != nil {
			return err
		}
		if !bytes.Equal(old, out) {
			return fmt.Errorf("%s is not up to date with %s: run go run ./tools/groundgold", dst, srcPath)
		}
		fmt.Fprintf(os.Stderr, "%s is up to date: %s", dst, summary)
		return nil
	}
	tmp := dst + ".tmp"
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %s", dst, summary)
	return nil
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "sample" {
		if err := sampleMain(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "groundgold:", err)
			os.Exit(1)
		}
		return
	}
	dir := flag.String("dir", filepath.Join("testdata", "gold"), "gold directory (contains src/grounding.gold)")
	countries := flag.String("countries", filepath.Join("entities", "data", "countries.tsv"), "ISO 3166 country table")
	geonames := flag.String("geonames", filepath.Join("..", "shared", "data", "reference", "geonames"), "GeoNames directory (cities15000.txt, admin1CodesASCII.txt); checks are skipped when absent")
	src := flag.String("src", "", "source file (default DIR/src/grounding.gold); needs -o")
	out := flag.String("o", "", "output JSONL file (default DIR/grounding.jsonl); needs -src")
	check := flag.Bool("check", false, "verify that the output file is up to date instead of writing it")
	shared := flag.String("shared", filepath.Join("..", "shared"), "shared data directory, for reference documents (ref: lines)")
	flag.Parse()
	if (*src == "") != (*out == "") {
		fmt.Fprintln(os.Stderr, "groundgold: -src and -o go together")
		os.Exit(2)
	}
	if *src == "" {
		*src = filepath.Join(*dir, "src", "grounding.gold")
		*out = filepath.Join(*dir, "grounding.jsonl")
	}
	if err := run(*src, *out, *countries, *geonames, *shared, *check); err != nil {
		fmt.Fprintln(os.Stderr, "groundgold:", err)
		os.Exit(1)
	}
}
