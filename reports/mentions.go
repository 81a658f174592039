package reports

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/geopol/geopol/entities"
)

// MentionsEncoder writes the extract format (entities.MentionDoc) one document at a time, for
// streaming output.
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
func (e *MentionsEncoder) Encode(d entities.MentionDoc) error {
	if d.Entities == nil {
		d.Entities = []entities.Mention{}
	}
	if err := e.enc.Encode(d); err != nil {
		return fmt.Errorf("reports: write mentions of %q: %w", d.ID, err)
	}
	return nil
}
