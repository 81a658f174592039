package actors

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/actors.tsv.gz
var phoenixTable []byte

//go:embed data/orgs.csv
var orgsCSV string

// Notice is the attribution the MIT licence of the Phoenix dictionaries asks for, printed by
// `geopol version`.
const Notice = "Actor table compiled from the Phoenix actor dictionaries of PETRARCH-2, Copyright (c) 2014 Open Event Data Alliance, MIT licence."

// Builtin is the built-in knowledge of actors: curated national organizations (data/orgs.csv) and
// the compiled Phoenix dictionaries (data/actors.tsv.gz), in that order of precedence, and the
// CAMEO codes of geopol's organization ids.
type Builtin struct {
	Dict *Dictionary
	// CAMEO maps geopol organization ids to CAMEO codes ("UN" → "IGOUNO", "Hamas" → "PSEREBHMS");
	// ByCAMEO is the inverse.
	CAMEO, ByCAMEO map[string]string
	// curated is the number of records from data/orgs.csv, which come first in Dict.
	curated int
}

// Default returns the built-in dictionaries, decoded once per process.
func Default() (*Builtin, error) { return defaultBuiltin() }

var defaultBuiltin = sync.OnceValues(defaultBuiltinUncached)

func defaultBuiltinUncached() (*Builtin, error) {
	orgs, err := ReadCSV(strings.NewReader(orgsCSV), "orgs.csv")
	if err != nil {
		return nil, fmt.Errorf("actors: built-in organizations: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(phoenixTable))
	if err != nil {
		return nil, fmt.Errorf("actors: built-in table: %w", err)
	}
	t, err := ReadTable(zr)
	if err != nil {
		return nil, fmt.Errorf("actors: built-in table: %w", err)
	}
	for i := range orgs {
		for k := range orgs[i].Ranges {
			orgs[i].Ranges[k].Entity, orgs[i].Ranges[k].Type = "", "" // ground, never rename
		}
	}
	all := make([]Actor, 0, len(orgs)+len(t.Actors))
	all = append(append(all, orgs...), t.Actors...)
	return &Builtin{Dict: NewDictionary(all), CAMEO: t.IGO, ByCAMEO: t.CAMEOIGO, curated: len(orgs)}, nil
}
