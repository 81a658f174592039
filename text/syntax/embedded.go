package syntax

// EmbeddedData returns the data files the package embeds, by their path in the repository, for
// the provenance of a run (geopol records their hashes in summary.json and report.html).
func EmbeddedData() map[string]string {
	return map[string]string{"text/syntax/data/parser.bin.gz": defaultModel}
}
