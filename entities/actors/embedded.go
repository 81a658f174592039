package actors

// EmbeddedData returns the data files the package embeds, by their path in the repository, for
// the provenance of a run (geopol records their hashes in summary.json and report.html).
func EmbeddedData() map[string]string {
	return map[string]string{"entities/actors/data/actors.tsv.gz": phoenixTable, "entities/actors/data/orgs.csv": orgsCSV,
		"entities/actors/data/offices.csv": officesCSV}
}
