package entities

import (
	"fmt"
	"strings"

	"github.com/geopol/geopol/internal/tsv"
)

// builtinPatterns assembles the default gazetteer: curated organizations and metonyms, curated and
// demonyms, generated country names, generated demonyms (with plurals), capitals, cities, regions and groups, in that
// order of precedence. It also returns display labels for the canonical ids.
func builtinPatterns() ([]Pattern, map[string]string, error) {
	var ps []Pattern
	labels := map[string]string{}
	add := func(text string, e Entry) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		ps = append(ps, Pattern{Text: text, Entry: e})
		if f := foldASCII(text); f != text {
			ps = append(ps, Pattern{Text: f, Entry: e})
		}
	}
	addLines := func(lines []string, typ string, kind Kind) error {
		for _, l := range lines {
			f := strings.Split(l, "|")
			if len(f) != 4 {
				return fmt.Errorf("entities: curated line %q: want 4 fields", l)
			}
			id, label, country := f[0], f[1], f[2]
			if kind == KindCountry || kind == KindDemonym {
				country = id
			}
			if label != "" && labels[id] == "" {
				labels[id] = label
			}
			for _, form := range strings.Split(f[3], ";") {
				add(form, Entry{Type: typ, Entity: id, Country: country, Kind: kind})
			}
		}
		return nil
	}
	table, err := parseCountries(countriesTSV)
	if err != nil {
		return nil, nil, err
	}
	orgs, err := curatedOrgs()
	if err != nil {
		return nil, nil, err
	}
	cur, err := curatedLines()
	if err != nil {
		return nil, nil, err
	}
	steps := []struct {
		lines []string
		typ   string
		kind  Kind
	}{
		{orgs, ORG, KindOrg},
		{cur["seat"], ORG, KindSeat},
		{cur["country"], GPE, KindCountry},
		{cur["demonym"], NORP, KindDemonym}, // before the table: "Saudi" is a demonym, not a country
	}
	for _, s := range steps {
		if err := addLines(s.lines, s.typ, s.kind); err != nil {
			return nil, nil, err
		}
	}
	// Generated table: UN members first so that shared forms ("American", "French") go to them.
	for _, pass := range []bool{true, false} {
		for _, c := range table {
			if c.un != pass {
				continue
			}
			if labels[c.iso3] == "" {
				labels[c.iso3] = c.name
			}
			e := Entry{Type: GPE, Entity: c.iso3, Country: c.iso3, Kind: KindCountry}
			add(c.name, e)
			add(c.official, e)
			for _, a := range c.alt {
				add(a, e)
			}
		}
	}
	for _, pass := range []bool{true, false} {
		for _, c := range table {
			if c.un != pass {
				continue
			}
			e := Entry{Type: NORP, Entity: c.iso3, Country: c.iso3, Kind: KindDemonym}
			for _, d := range c.demonyms {
				add(d, e)
				if p := pluralDemonym(d); p != "" {
					add(p, e)
				}
			}
		}
	}
	if err := addLines(cur["capital"], GPE, KindCapital); err != nil {
		return nil, nil, err
	}
	for _, pass := range []bool{true, false} {
		for _, c := range table {
			if c.un != pass {
				continue
			}
			for _, cp := range c.capitals {
				add(cp, Entry{Type: GPE, Entity: cp, Country: c.iso3, Kind: KindCapital})
			}
		}
	}
	for _, l := range cur["city"] {
		f := strings.Split(l, "|")
		if len(f) != 4 {
			return nil, nil, fmt.Errorf("entities: curated city %q: want 4 fields", l)
		}
		for _, form := range strings.Split(f[3], ";") {
			add(form, Entry{Type: GPE, Entity: f[0], Country: f[2], Kind: KindCity})
		}
	}
	for _, l := range cur["region"] {
		f := strings.Split(l, "|")
		if len(f) != 4 {
			return nil, nil, fmt.Errorf("entities: curated region %q: want 4 fields", l)
		}
		for _, form := range strings.Split(f[3], ";") {
			add(form, Entry{Type: f[1], Entity: f[0], Country: f[2], Kind: KindRegion})
		}
	}
	for _, st := range cur["us-state"] {
		add(st, Entry{Type: GPE, Entity: st, Country: "USA", Kind: KindRegion})
	}
	for _, l := range cur["group"] {
		id, forms, ok := strings.Cut(l, "|")
		if !ok {
			return nil, nil, fmt.Errorf("entities: curated group %q: want 2 fields", l)
		}
		for _, form := range strings.Split(forms, ";") {
			add(form, Entry{Type: NORP, Entity: id, Kind: KindGroup})
		}
	}
	return ps, labels, nil
}

// countryRow is one row of the embedded country table.
type countryRow struct {
	iso3, iso2, name, official string
	demonyms, alt, capitals    []string
	un                         bool
}

// parseCountries reads the table written by tools/gazgen.
func parseCountries(text string) ([]countryRow, error) {
	rows, err := tsv.Rows("entities: countries.tsv", text, "iso3", "iso2", "name", "official", "demonyms", "alt", "capitals", "un_member")
	if err != nil {
		return nil, err
	}
	out := make([]countryRow, len(rows))
	for i, f := range rows {
		out[i] = countryRow{iso3: f[0], iso2: f[1], name: f[2], official: f[3],
			demonyms: tsv.List(f[4]), alt: tsv.List(f[5]), capitals: tsv.List(f[6]), un: f[7] == "1"}
	}
	return out, nil
}

// pluralDemonym returns the plural of a demonym that has one ("Iraqi" → "Iraqis", "Afghan" →
// "Afghans"), or "" for those used as plurals unchanged ("Swiss", "Chinese", "French", "British").
func pluralDemonym(d string) string {
	l := strings.ToLower(d)
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ss", "x", "z", "s", "y", "ic"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return d + "s"
}

// foldASCII replaces common Latin letters with diacritics by their base letter ("Côte" → "Cote").
func foldASCII(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă':
			return 'a'
		case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Ā':
			return 'A'
		case 'ç', 'č', 'ć':
			return 'c'
		case 'Ç', 'Č', 'Ć':
			return 'C'
		case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ě':
			return 'e'
		case 'È', 'É', 'Ê', 'Ë', 'Ē':
			return 'E'
		case 'ì', 'í', 'î', 'ï', 'ī':
			return 'i'
		case 'Ì', 'Í', 'Î', 'Ï', 'İ':
			return 'I'
		case 'ñ', 'ń':
			return 'n'
		case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
			return 'o'
		case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø':
			return 'O'
		case 'ù', 'ú', 'û', 'ü', 'ū':
			return 'u'
		case 'Ù', 'Ú', 'Û', 'Ü':
			return 'U'
		case 'ş', 'ș', 'š', 'ś':
			return 's'
		case 'Ş', 'Ș', 'Š', 'Ś':
			return 'S'
		case 'ţ', 'ț':
			return 't'
		case 'ý', 'ÿ':
			return 'y'
		case 'ž', 'ż', 'ź':
			return 'z'
		case 'Ž', 'Ż':
			return 'Z'
		case 'ğ':
			return 'g'
		}
		return r
	}, s)
}
