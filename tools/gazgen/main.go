// Command gazgen builds the country table that package entities embeds (entities/data/countries.tsv)
// from the mledoze/countries reference file (countries.json, ODbL 1.0).
//
// Usage, from the repository root:
//
//	go run ./tools/gazgen -countries ../shared/data/reference/countries/countries.json -out entities/data/countries.tsv
//
// It keeps facts only: ISO 3166-1 codes, English common and official names, Latin-script alternative
// spellings of three or more characters (minus a short stop list of ordinary words), English demonyms
// and capitals. Curated additions (plural demonyms, short forms, historical states, metonyms) live in
// Go source in package entities, not here. The output is sorted by ISO3 and byte-identical for the
// same input.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
)

// country holds the fields of countries.json that the table uses.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2        string   `json:"cca2"`
	CCA3        string   `json:"cca3"`
	UNMember    bool     `json:"unMember"`
	Independent bool     `json:"independent"`
	Capital     []string `json:"capital"`
	AltSpelling []string `json:"altSpellings"`
	Demonyms    map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// stopAlt reports whether an alternative spelling is an ordinary English word or too ambiguous to
// match in running text.
func stopAlt(s string) bool {
	switch s {
	case "Island", "Mann", "Mannin", "Guiana", "Pitcairn", "Viti", "Lao", "the Abode of Peace", "Nation of Brunei":
		return true
	}
	return false
}

func main() {
	in := flag.String("countries", "../shared/data/reference/countries/countries.json", "countries.json from mledoze/countries")
	out := flag.String("out", "entities/data/countries.tsv", "output table")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gazgen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	var cs []country
	if err := json.Unmarshal(raw, &cs); err != nil {
		return fmt.Errorf("parse %s: %w", in, err)
	}
	slices.SortFunc(cs, func(a, b country) int { return strings.Compare(a.CCA3, b.CCA3) })
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create %s: %w", tmp, err)
	}
	if err := write(f, cs); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("rename %s: %w", out, err)
	}
	return nil
}

func write(w io.Writer, cs []country) error {
	var b strings.Builder
	b.WriteString("# Built by tools/gazgen from mledoze/countries (ODbL 1.0); see entities/data/README.md.\n")
	b.WriteString("iso3\tiso2\tname\tofficial\tdemonyms\talt\tcapitals\tun_member\n")
	for _, c := range cs {
		if len(c.CCA3) != 3 {
			continue
		}
		var dem []string
		if d, ok := c.Demonyms["eng"]; ok {
			dem = appendSplit(dem, d.M)
			dem = appendSplit(dem, d.F)
		}
		var alt []string
		for _, a := range c.AltSpelling {
			a = strings.TrimSpace(a)
			if len([]rune(a)) < 3 || stopAlt(a) || !latin(a) || a == c.Name.Common || a == c.Name.Official {
				continue
			}
			if strings.Contains(a, ", ") { // "Iran, Islamic Republic of": list style, never in running text
				continue
			}
			alt = appendUniq(alt, a)
		}
		var caps []string
		for _, cp := range c.Capital {
			if cp = strings.TrimSpace(cp); cp != "" && latin(cp) {
				caps = appendUniq(caps, cp)
			}
		}
		un := "0"
		if c.UNMember {
			un = "1"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.CCA3, c.CCA2, clean(c.Name.Common), clean(c.Name.Official),
			strings.Join(dem, "|"), strings.Join(alt, "|"), strings.Join(caps, "|"), un)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// appendSplit splits combined demonyms ("Antiguan, Barbudan", "Kittitian or Nevisian").
func appendSplit(dst []string, s string) []string {
	for _, p := range strings.Split(strings.ReplaceAll(s, " or ", ", "), ", ") {
		if p = clean(p); p != "" {
			dst = appendUniq(dst, p)
		}
	}
	return dst
}

func appendUniq(dst []string, s string) []string {
	if slices.Contains(dst, s) {
		return dst
	}
	return append(dst, s)
}

// clean removes characters that would break the TSV layout.
func clean(s string) string {
	return strings.TrimSpace(strings.NewReplacer("\t", " ", "\n", " ", "|", " ").Replace(s))
}

// latin reports whether s is written in Latin script (letters up to Latin Extended-B) with no
// phonetic or modifier letters.
func latin(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
		case unicode.IsLetter(r) && r <= 0x024F:
		case r == '’' || r == '‘':
		default:
			return false
		}
	}
	return true
}
