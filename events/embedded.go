package events

// EmbeddedData returns the data files the package embeds, by their path in the repository, for
// the provenance of a run (geopol records their hashes in summary.json and report.html).
func EmbeddedData() map[string]string {
	return map[string]string{"events/data/cameo.tsv": cameoTSV, "events/data/lexicon.tsv": lexiconTSV,
		"events/data/cameo_verbs.tsv": cameoVerbsTSV, "events/data/cameo_plover.tsv": cameoPloverTSV}
}
