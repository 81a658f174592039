package entities

import "github.com/geopol/geopol/text"

// Grounder completes a document's merged mentions with what is known of each actor: the country and
// role it has on the document's date, names of user dictionaries, names never to mark. It may add,
// drop and replace mentions and returns them sorted by Start, without overlaps. date is the
// document's date as YYYY-MM-DD, "" when unknown. Package entities/actors provides the Grounder of
// geopol; implementations must be safe for concurrent use.
type Grounder interface {
	Ground(d *text.Doc, ms []Mention, date string) []Mention
}

// DatedRecognizer is a Recognizer that takes the document's date (YYYY-MM-DD, "" when unknown) into
// account: roles change over time. Chain is one.
type DatedRecognizer interface {
	Recognizer
	RecognizeDated(d *text.Doc, date string) []Mention
}

// RecognizeDated runs r on d with the document's date when r is a DatedRecognizer, else without.
func RecognizeDated(r Recognizer, d *text.Doc, date string) []Mention {
	if dr, ok := r.(DatedRecognizer); ok {
		return dr.RecognizeDated(d, date)
	}
	return r.Recognize(d)
}

// Recognize returns the merged, resolved mentions of d sorted by Start; with a Grounder, grounded
// as for an undated document.
func (c *Chain) Recognize(d *text.Doc) []Mention { return c.RecognizeDated(d, "") }

// RecognizeDated is Recognize for a document dated date (YYYY-MM-DD, "" when unknown): the Grounder
// gives each actor the country and role of that date, and places take the country of that date
// (placesOnDate).
func (c *Chain) RecognizeDated(d *text.Doc, date string) []Mention {
	ms := c.recognize(d)
	if c.Grounder != nil && d != nil {
		ms = c.Grounder.Ground(d, ms, date)
	}
	if !c.NoPlaces {
		placesOnDate(placeTable(), ms, date)
	}
	return ms
}
