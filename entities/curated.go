package entities

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/geopol/geopol/internal/tsv"
)

// gazetteerTSV is the curated part of the gazetteer (data/gazetteer.tsv, see data/README.md):
// short forms and other names of countries, demonyms, capitals, seats of government, cities,
// regions, the states of the United States and groups, written for this project.
//
//go:embed data/gazetteer.tsv
var gazetteerTSV string

// curatedKinds are the kinds of entry of gazetteerTSV.
var curatedKinds = []string{"country", "demonym", "capital", "seat", "city", "region", "us-state", "group"}

// curatedLines returns the entries of gazetteerTSV by kind, in the table's order, as curated lines:
//
//	ENTITY|LABEL|COUNTRY|form; form; ...   (countries, demonyms, capitals, seats, cities)
//	ENTITY|TYPE|COUNTRY|form; form; ...    (regions)
//	ENTITY|form; form; ...                 (groups)
//	NAME                                   (US states)
//
// where ENTITY is the canonical id (ISO3, organization id or name), LABEL its display name ("" keeps
// an existing label), COUNTRY an ISO3 or "", and the forms are surface forms as written (case rules:
// see Pattern). Each call parses the table afresh, so no table is shared mutable state.
func curatedLines() (map[string][]string, error) { return parseCurated(gazetteerTSV) }

// parseCurated is curatedLines for the table text.
func parseCurated(text string) (map[string][]string, error) {
	rows, err := tsv.Rows("entities: gazetteer.tsv", text, "kind", "entity", "label", "type", "country", "forms")
	if err != nil {
		return nil, err
	}
	out := make(map[string][]string, len(curatedKinds))
	for _, k := range curatedKinds {
		out[k] = nil
	}
	for _, f := range rows {
		kind, entity, label, typ, country := f[0], f[1], f[2], f[3], f[4]
		forms := strings.Join(tsv.List(f[5]), "; ")
		if entity == "" || forms == "" {
			return nil, fmt.Errorf("entities: gazetteer.tsv: %s entry %q without entity or forms", kind, entity)
		}
		var line string
		switch kind {
		case "country", "demonym", "capital", "seat", "city":
			line = entity + "|" + label + "|" + country + "|" + forms
		case "region":
			if typ != GPE && typ != LOC {
				return nil, fmt.Errorf("entities: gazetteer.tsv: region %q: type %q, want GPE or LOC", entity, typ)
			}
			line = entity + "|" + typ + "|" + country + "|" + forms
		case "group":
			line = entity + "|" + forms
		case "us-state":
			line = entity
		default:
			return nil, fmt.Errorf("entities: gazetteer.tsv: unknown kind %q (want one of %v)", kind, curatedKinds)
		}
		out[kind] = append(out[kind], line)
	}
	return out, nil
}
