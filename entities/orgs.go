package entities

import (
	_ "embed"
	"strings"

	"github.com/geopol/geopol/internal/tsv"
)

// orgsTSV is the curated table of organizations (data/orgs.tsv, see data/README.md): international
// organizations, alliances and agencies under a stable short id (UN, NATO, IAEA, WORLDBANK), then
// non-governmental organizations, armed groups and news organizations under their normalized full
// name (Hamas, Rapid Support Forces).
//
//go:embed data/orgs.tsv
var orgsTSV string

// curatedOrgs returns the organizations of orgsTSV (type ORG) as curated lines (see curated.go),
// in the table's order.
func curatedOrgs() ([]string, error) {
	rows, err := tsv.Rows("entities: orgs.tsv", orgsTSV, "id", "label", "country", "forms")
	if err != nil {
		return nil, err
	}
	lines := make([]string, len(rows))
	for i, f := range rows {
		lines[i] = f[0] + "|" + f[1] + "|" + f[2] + "|" + strings.Join(tsv.List(f[3]), "; ")
	}
	return lines, nil
}
