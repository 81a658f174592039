// Package bench holds what `geopol bench` and `geopol eval` measure geopol with: the cost of a stage
// (Measure: wall-clock and CPU time, peak memory), the prose v2 baseline that geopol's throughput is
// compared with (RunProseBaseline), the replication of a JSONL corpus for the scaling series
// (ReplicateJSONL), and the extraction of gold documents as `geopol extract` does it
// (ExtractGold), for scoring.
package bench
