package corpus

import (
	"errors"
	"strconv"
)

// Reasons a document is reported instead of processed. They are wrapped in Document.Err (usually inside a
// *ParseError), so callers test them with errors.Is.
var (
	// ErrEmpty reports a file or record whose text is empty or only white space.
	ErrEmpty = errors.New("empty document")
	// ErrBinary reports a file that is not text: more than 2% of its first 8 KiB are NUL or other
	// control bytes.
	ErrBinary = errors.New("binary file")
	// ErrNoMainText reports an HTML page in which no body text was found.
	ErrNoMainText = errors.New("no main text found")
	// ErrNoText reports a JSONL object or CSV record without a usable "text" value.
	ErrNoText = errors.New(`missing or non-string "text"`)
)

// PathError reports a top-level input path that cannot be used (missing, unreadable, or "-" without
// standard input). Reader.Read returns it before reading anything, so a command can treat it as a usage
// error.
type PathError struct {
	Path string
	Err  error
}

// Error implements error.
func (e *PathError) Error() string { return "corpus: " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// ParseError is the Document.Err of a document that could not be read or parsed. Line is the 1-based line
// of the JSONL object or of the start of the CSV record, or 0 for a whole file.
type ParseError struct {
	Path string
	Line int
	Err  error
}

// Error implements error.
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return "corpus: " + e.Path + ": line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return "corpus: " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
