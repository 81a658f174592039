package ner

// EmbeddedData returns the data files the package embeds, by their path in the repository, for
// the provenance of a run (geopol records their hashes in summary.json and report.html).
func EmbeddedData() map[string]string {
	return map[string]string{"entities/ner/model.bin.gz": modelFile}
}
