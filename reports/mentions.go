package reports

import (
	"encoding/json"
	"fmt"
	"io"
)

// MentionRow is one entity mention in the extract format. Start and End are UTF-8 byte offsets into
// the document text and Text is the text between them.
type MentionRow struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity"`
	// Country is the ISO3 code of the actor's country; omitted from the JSON when empty.
	Country string `json:"country,omitempty"`
	// Role is the CAMEO sector of a person or organization on the document's date ("GOV", "MIL",
	// "ELI"); RoleLatest says it is the latest known because the document has no date. Both are
	// omitted when empty.
	Role       string `json:"role,omitempty"`
	RoleLatest bool   `json:"role_latest,omitempty"`
}

// MentionDoc is one line of the extract format (mentions.jsonl, `geopol extract`): a document id and
// its mentions in text order.
type MentionDoc struct {
	ID string `json:"id"`
	// Entities is written as [] when empty, never null.
	Entities []MentionRow `json:"entities"`
	// Error is why the document could not be read or processed; omitted when empty. Such a document
	// has no entities. (An addition to the contract's format: it keeps one line per input document.)
	Error string `json:"error,omitempty"`
}

// MentionsEncoder writes the extract format one document at a time, for streaming output.
type MentionsEncoder struct {
	enc *json.Encoder
}

// NewMentionsEncoder returns a MentionsEncoder that writes to w. It does not buffer: wrap w in a
// bufio.Writer for many small documents.
func NewMentionsEncoder(w io.Writer) *MentionsEncoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &MentionsEncoder{enc: enc}
}

// Encode writes d as one JSON line.
func (e *MentionsEncoder) Encode(d MentionDoc) error {
	if d.Entities == nil {
		d.Entities = []MentionRow{}
	}
	if err := e.enc.Encode(d); err != nil {
		return fmt.Errorf("reports: write mentions of %q: %w", d.ID, err)
	}
	return nil
}

// WriteMentionsJSONL writes mentions.jsonl: one line per document, in the order given.
func WriteMentionsJSONL(w io.Writer, docs []MentionDoc) error {
	e := NewMentionsEncoder(w)
	for _, d := range docs {
		if err := e.Encode(d); err != nil {
			return err
		}
	}
	return nil
}
