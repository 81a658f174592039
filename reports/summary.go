package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// Summary is the content of summary.json: what a run read, produced and cost, and how it was set up.
// WriteSummaryJSON writes it with its keys sorted, so adding a field never reorders the file.
type Summary struct {
	// Documents is the number of documents read, including failed ones; Failed how many of them
	// could not be read or parsed.
	Documents int `json:"documents"`
	Failed    int `json:"failed"`
	// Skipped lists the input files that were not read (unsupported extension, ...).
	Skipped []Skipped `json:"skipped"`

	Bytes     int64 `json:"bytes"`
	Tokens    int   `json:"tokens"`
	Sentences int   `json:"sentences"`
	Mentions  int   `json:"mentions"`
	// Entities is the number of distinct canonical actors; Edges the number of co-occurring pairs
	// written; Relations the number of actor-relationship events; Topics the number of topics.
	Entities  int `json:"entities"`
	Edges     int `json:"edges"`
	Relations int `json:"relations"`
	Topics    int `json:"topics"`

	// ElapsedSeconds is the wall-clock time of the run; StageSeconds the time spent per stage
	// (summed over workers), keyed by stage name.
	ElapsedSeconds float64            `json:"elapsed_seconds"`
	StageSeconds   map[string]float64 `json:"stage_seconds,omitempty"`
	// MBPerSecond (1 MB = 10^6 bytes) and DocsPerSecond are throughputs over ElapsedSeconds;
	// see [Summary.SetRates].
	MBPerSecond   float64 `json:"mb_per_second"`
	DocsPerSecond float64 `json:"docs_per_second"`
	// PeakRSSBytes is the peak resident set size of the process, 0 when unknown.
	PeakRSSBytes int64 `json:"peak_rss_bytes"`

	// TopicQuality is the topic model's coherence, stability and per-topic summary
	// (a topics.Quality), absent without a topic model.
	TopicQuality any `json:"topic_quality,omitempty"`

	Settings Settings `json:"settings"`
	// Run is the run's provenance: command line, inputs, start time, build and tables; absent
	// when not recorded.
	Run *RunInfo `json:"run,omitempty"`
	// Warnings are non-fatal problems worth a reader's attention, written as [] when none.
	Warnings []string `json:"warnings"`
}

// RunInfo is the provenance of a run: what was run, on what, when, and with which build and
// embedded tables. Started and Command change from run to run, like the timings.
type RunInfo struct {
	// Command is the command line, program name first.
	Command []string `json:"command"`
	// Started is when the run started, RFC 3339 with the local offset.
	Started string `json:"started"`
	// Version is the program's version; GoVersion the Go release that built it.
	Version   string `json:"version"`
	GoVersion string `json:"go_version,omitempty"`
	// Revision, Time and Modified are the version control state of the build (runtime/debug
	// build settings vcs.revision, vcs.time and vcs.modified); empty when the build did not
	// record them (go run, go test).
	Revision string `json:"vcs_revision,omitempty"`
	Time     string `json:"vcs_time,omitempty"`
	Modified bool   `json:"vcs_modified"`
	// Inputs are the paths read, with their sizes and content hashes.
	Inputs []InputFile `json:"inputs"`
	// Tables are the models and tables embedded in the program, with their content hashes.
	Tables []DataVersion `json:"tables,omitempty"`
}

// InputFile is one input path of a run.
type InputFile struct {
	Path string `json:"path"`
	// Kind is "file", "directory", "stdin" or "sample" (the embedded sample corpus).
	Kind string `json:"kind"`
	// Files is the number of files under a directory; Bytes their total size.
	Files int   `json:"files,omitempty"`
	Bytes int64 `json:"bytes"`
	// SHA256 is the hex SHA-256 of a file's content; of a directory, the SHA-256 of its listing,
	// one line per file in path order: "<sha256 of the file>  <path relative to the directory>\n"
	// (the format of sha256sum); "" for standard input, which is not read twice.
	SHA256 string `json:"sha256,omitempty"`
}

// DataVersion is an embedded model or table and the hex SHA-256 of its content.
type DataVersion struct {
	Name   string `json:"name"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Skipped is an input file that was not read, and why.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Settings records how a run was configured.
type Settings struct {
	// Version is the geopol version that wrote the report.
	Version string `json:"version"`
	Workers int    `json:"workers"`
	// Window is the co-occurrence window: sentence, paragraph or document.
	Window    string `json:"window"`
	MinWeight int    `json:"min_weight"`
	// Topics is the number of topics k asked for; Seed the random seed.
	Topics int   `json:"topics"`
	Seed   int64 `json:"seed"`
	// Extra holds further settings by name, for stages that add their own.
	Extra map[string]string `json:"extra,omitempty"`
}

// SetRates sets MBPerSecond and DocsPerSecond from Bytes, Documents and ElapsedSeconds, or to 0
// when ElapsedSeconds is not positive.
func (s *Summary) SetRates() {
	s.MBPerSecond, s.DocsPerSecond = 0, 0
	if s.ElapsedSeconds > 0 {
		s.MBPerSecond = float64(s.Bytes) / 1e6 / s.ElapsedSeconds
		s.DocsPerSecond = float64(s.Documents) / s.ElapsedSeconds
	}
}

// WriteSummaryJSON writes s as indented JSON (two spaces) with object keys sorted at every level,
// followed by a newline. Floats are rounded to six decimals; NaN and infinities are written as 0;
// nil Skipped and Warnings are written as [].
func WriteSummaryJSON(w io.Writer, s Summary) error {
	if s.Skipped == nil {
		s.Skipped = []Skipped{}
	}
	if s.Warnings == nil {
		s.Warnings = []string{}
	}
	s.ElapsedSeconds = jsonFloat(s.ElapsedSeconds)
	s.MBPerSecond = jsonFloat(s.MBPerSecond)
	s.DocsPerSecond = jsonFloat(s.DocsPerSecond)
	if s.StageSeconds != nil {
		stages := make(map[string]float64, len(s.StageSeconds))
		for k, v := range s.StageSeconds {
			stages[k] = jsonFloat(v)
		}
		s.StageSeconds = stages
	}

	// encoding/json writes struct fields in declaration order but map keys sorted: go through a
	// generic value to sort every key. UseNumber keeps numbers exactly as first encoded.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return fmt.Errorf("reports: write summary.json: %w", err)
	}
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return fmt.Errorf("reports: write summary.json: %w", err)
	}
	enc = json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(generic); err != nil {
		return fmt.Errorf("reports: write summary.json: %w", err)
	}
	return nil
}

// jsonFloat rounds x to six decimals, mapping NaN and infinities (which JSON cannot hold) to 0.
func jsonFloat(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	r := math.Round(x*1e6) / 1e6
	if math.IsInf(r, 0) { // |x| near MaxFloat64: x*1e6 overflowed; x has no decimals to drop
		return x
	}
	if r == 0 {
		return 0 // no negative zero
	}
	return r
}

// runRows lists a run's provenance for the report: the run's facts, its inputs and its tables.
func runRows(r *RunInfo) (facts [][2]string, inputs []InputFile, tables []DataVersion) {
	if r == nil {
		return nil, nil, nil
	}
	cmd := make([]string, len(r.Command))
	for i, a := range r.Command {
		cmd[i] = shellQuote(a)
	}
	facts = [][2]string{{"command", strings.Join(cmd, " ")}, {"started", r.Started}, {"version", r.Version}}
	if r.Revision != "" {
		rev := r.Revision
		if r.Modified {
			rev += " (with uncommitted changes)"
		}
		if r.Time != "" {
			rev += ", " + r.Time
		}
		facts = append(facts, [2]string{"commit", rev})
	} else {
		facts = append(facts, [2]string{"commit", "not recorded by this build"})
	}
	if r.GoVersion != "" {
		facts = append(facts, [2]string{"built with", r.GoVersion})
	}
	return facts, r.Inputs, r.Tables
}

// shellQuote quotes s for a POSIX shell when it holds anything but safe characters.
func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	safe := true
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_./=:,+@%", c)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
