// Package goldcheck holds the reference lists and checks that the gold-set builders under tools/ and
// the reader of the real-text event gold (events/eval/realref) share: ISO 3166 country codes
// (entities/data/countries.tsv plus the former states the contract keeps), the IGO ids of
// testdata/gold/GUIDELINES.md, CAMEO sector (role) codes, CAMEO event codes (the GDELT lookup table
// CAMEO.eventcodes.txt) and the actor ids of the event gold (testdata/gold/EVENTS_GUIDELINES.md,
// section 2).
//
// Readers take io.Readers and fail on tables too small to be the real ones, so that a truncated or
// wrong file is an error rather than a silent pass.
package goldcheck

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set turns a space-separated list into a set.
func Set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

var (
	// FormerStates keep their former ISO 3166 codes (CONTRACT.md).
	FormerStates = Set("SUN YUG CSK DDR ZAR YMD")
	// IGOs are the organization ids of testdata/gold/GUIDELINES.md and a few more that real text needs.
	IGOs = Set("UN UNSC UNGA NATO EU IAEA OPEC OPECPLUS AU ARABLEAGUE ECOWAS ASEAN WHO IMF WORLDBANK WTO WFP " +
		"UNICEF UNHCR UNRWA ICC ICJ ICRC G7 G20 IGAD EAC CARICOM MERCOSUR ADB OSCE GCC SCO BRICS OAS " +
		"GATT OECD PARISCLUB")
	// Roles are CAMEO sector codes (Phoenix.agents.txt).
	Roles = Set("GOV MIL REB OPP COP JUD LEG BUS MED NGO IGO SPY CVL CRM EDU HLH UAF LAB REF ELI PTY ENV AGR DEV REL INS RAD MOD")

	iso3Re   = regexp.MustCompile(`^[A-Z]{3}$`)
	codeRe   = regexp.MustCompile(`^[0-9]{3,4}$`)
	stateRe  = regexp.MustCompile(`^[A-Z]{3}(?:[A-Z]{3}){0,2}$`)
	inlineRe = regexp.MustCompile(`([0-9]{3,4}):\[`) // "1056\t... 106:[-5.0] Demand withdrawal" glitch
)

// Countries is the countries table: ISO3 codes (with the former states) and the ISO2 -> ISO3 map.
type Countries struct {
	ISO3    map[string]bool
	ISO2To3 map[string]string
}

// ReadCountries reads entities/data/countries.tsv (iso3<TAB>iso2<TAB>...; "#" comments and the
// header line are skipped).
func ReadCountries(r io.Reader) (*Countries, error) {
	c := &Countries{ISO3: map[string]bool{}, ISO2To3: map[string]string{}}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "iso3\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || !iso3Re.MatchString(f[0]) {
			return nil, fmt.Errorf("countries table: bad line %q", line)
		}
		c.ISO3[f[0]] = true
		c.ISO2To3[f[1]] = f[0]
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(c.ISO3) < 200 {
		return nil, fmt.Errorf("countries table: only %d countries", len(c.ISO3))
	}
	for k := range FormerStates {
		c.ISO3[k] = true
	}
	return c, nil
}

// ReadCAMEOCodes reads the CAMEO lookup table (TSV code<TAB>description, CRLF tolerated) and returns
// its 3- and 4-digit codes, including the one the upstream file hides on another code's line.
func ReadCAMEOCodes(r io.Reader) (map[string]bool, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	codes := map[string]bool{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || line == "" {
			continue
		}
		code, desc, _ := strings.Cut(line, "\t")
		if codeRe.MatchString(code) {
			codes[code] = true
		}
		for _, m := range inlineRe.FindAllStringSubmatch(desc, -1) {
			codes[m[1]] = true
		}
	}
	if len(codes) < 250 {
		return nil, fmt.Errorf("CAMEO code table: only %d codes", len(codes))
	}
	return codes, nil
}

// IsCode reports whether s has the form of a CAMEO event code (3 or 4 digits).
func IsCode(s string) bool { return codeRe.MatchString(s) }

// CheckActor checks an event actor id: an IGO id; an ISO3 code (known to countries) followed by up
// to two role codes; or a group or person name (capital letter or digit first; letters, digits,
// spaces, apostrophes, hyphens and dots; no double spaces). An all-capitals id of 6 or 9 letters is
// read as country + roles, so a group is written by its name, not an acronym of that length. With
// countries nil, country codes are checked for their form only.
func CheckActor(a string, countries map[string]bool) error {
	if a == "" || strings.TrimSpace(a) != a {
		return fmt.Errorf("empty or padded actor %q", a)
	}
	if IGOs[a] {
		return nil
	}
	if stateRe.MatchString(a) && (countries == nil || countries[a[:3]]) {
		for i := 3; i < len(a); i += 3 {
			if !Roles[a[i:i+3]] {
				return fmt.Errorf("actor %q: unknown role code %q", a, a[i:i+3])
			}
		}
		return nil
	}
	if stateRe.MatchString(a) && len(a) > 3 {
		return fmt.Errorf("actor %q: %q is not an ISO 3166-1 alpha-3 code", a, a[:3])
	}
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return fmt.Errorf("actor %q: a name must start with a capital letter or digit", a)
	}
	for _, r := range a {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '\'' || r == '-' || r == '.') {
			return fmt.Errorf("actor %q: bad character %q", a, r)
		}
	}
	if strings.Contains(a, "  ") {
		return fmt.Errorf("actor %q: double space", a)
	}
	return nil
}

// Modalities are the event modalities of EVENTS_GUIDELINES.md, section 5.
var Modalities = []string{"asserted", "negated", "reported", "intended", "hypothetical"}

// EventLine is one parsed event line of an event gold source.
type EventLine struct {
	Source, Target, Code, Root, Modality string
	Extra                                []string // fields after the modality, trimmed
	Note                                 string   // the text after "//", trimmed
}

// ParseEventLine parses "SOURCE -> TARGET | CODE | modality[ | extra...] [// note]" with exactly
// extra fields after the modality, and checks the actors (CheckActor), that source and target
// differ, that the code is in codes and that the modality is known. Root is the code's first two
// digits.
func ParseEventLine(line string, extra int, codes, countries map[string]bool) (EventLine, error) {
	var e EventLine
	if i := strings.Index(line, "//"); i >= 0 {
		e.Note = strings.TrimSpace(line[i+2:])
		line = strings.TrimSpace(line[:i])
	}
	parts := strings.Split(line, "|")
	if len(parts) != 3+extra {
		return e, fmt.Errorf("event line %q: want SOURCE -> TARGET | CODE | modality and %d more field(s)", line, extra)
	}
	pair := strings.Split(parts[0], "->")
	if len(pair) != 2 {
		return e, fmt.Errorf("event line %q: want SOURCE -> TARGET", line)
	}
	e.Source, e.Target = strings.TrimSpace(pair[0]), strings.TrimSpace(pair[1])
	e.Code, e.Modality = strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
	for _, x := range parts[3:] {
		e.Extra = append(e.Extra, strings.TrimSpace(x))
	}
	for _, a := range []string{e.Source, e.Target} {
		if err := CheckActor(a, countries); err != nil {
			return e, err
		}
	}
	if e.Source == e.Target {
		return e, fmt.Errorf("event line %q: source equals target", line)
	}
	if !IsCode(e.Code) || !codes[e.Code] {
		return e, fmt.Errorf("event line %q: %q is not a 3- or 4-digit CAMEO event code", line, e.Code)
	}
	e.Root = e.Code[:2]
	for _, m := range Modalities {
		if e.Modality == m {
			return e, nil
		}
	}
	return e, fmt.Errorf("event line %q: modality %q not in %v", line, e.Modality, Modalities)
}
