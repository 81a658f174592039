package corpus

import "strings"

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start, End int
}

// Document is one text of the corpus with its metadata.
//
// Text is the decoded document text exactly as read (for JSONL and CSV the decoded "text" value, for plain
// files the file content, for HTML the extracted main text); every offset the pipeline reports is a UTF-8
// byte offset into it. Invalid UTF-8 is replaced with U+FFFD before anything else and noted in Warnings.
type Document struct {
	ID     string // from the input, or file name (plus line number for JSONL/CSV)
	Source string // publisher or feed; from the input, else the parent directory name
	Title  string
	Date   string // normalized to YYYY-MM-DD when parseable, else ""
	URL    string
	// Country is the country the document speaks for (its author's, speaker's or publisher's): an
	// ISO 3166-1 alpha-3 code (upper-cased) or a country's name as given, "" when the input gives
	// none. Read from the JSONL fields "country_iso3" (which wins) and "country" and from the CSV
	// columns of those names. The grounding of people reads first-person offices with it ("our
	// President", "my Prime Minister", "the President of my country").
	Country string
	Path    string // the file it came from ("-" for stdin)
	Line    int    // 1-based line of the JSONL object or of the start of the CSV record, 0 for whole files

	Text string
	// Kept lists the spans of Text that survive boilerplate cleaning, sorted and non-overlapping.
	// A nil Kept means the whole text is kept.
	Kept []Span

	Warnings []string // non-fatal problems (replaced invalid UTF-8, truncated fields, ...)
	Err      error    // non-nil when the document could not be read or parsed; it is reported, not processed
}

// KeptSpans returns Kept, or one span covering the whole text when Kept is nil.
func (d *Document) KeptSpans() []Span {
	if d.Kept == nil {
		return []Span{{0, len(d.Text)}}
	}
	return d.Kept
}

// docCountry is Document.Country from the input's "country_iso3" and "country" values: the first
// that is not blank, trimmed, upper-cased when it is three ASCII letters (an ISO 3166-1 alpha-3
// code), else kept as written (a country's name).
func docCountry(iso3, name string) string {
	s := strings.TrimSpace(iso3)
	if s == "" {
		s = strings.TrimSpace(name)
	}
	if len(s) == 3 && isASCIILetters(s) {
		return strings.ToUpper(s)
	}
	return s
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
