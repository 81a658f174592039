package entities

import (
	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/text"
)

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

// SpeakerGrounder is a Grounder that also takes the country the document speaks for (its author's or
// speaker's, corpus.Document.Country: an ISO3 code or a country's name, "" when unknown), which gives
// the offices a speaker calls their own ("our President X", "my Prime Minister") their country.
// Ground is GroundFor with country "".
type SpeakerGrounder interface {
	Grounder
	GroundFor(d *text.Doc, ms []Mention, date, country string) []Mention
}

// RecognizeFor runs r on d with the document's date and the country it speaks for (see
// SpeakerGrounder) when r is a Chain, else as RecognizeDated does.
func RecognizeFor(r Recognizer, d *text.Doc, date, country string) []Mention {
	if c, ok := r.(*Chain); ok {
		return c.RecognizeFor(d, date, country)
	}
	return RecognizeDated(r, d, date)
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
	return c.RecognizeFor(d, date, "")
}

// RecognizeFor is RecognizeDated for a document that speaks for country (see SpeakerGrounder; ""
// when unknown): a Grounder that is a SpeakerGrounder is given it.
func (c *Chain) RecognizeFor(d *text.Doc, date, country string) []Mention {
	return c.recognizeFor(d, date, country, nil, false)
}

// RecognizeMarked is RecognizeFor for a document whose news-agency markup the caller has found:
// markup must be corpus.WireMarkup(d.Text), which corpus.Cleaner.CleanMarkup returns with the
// cleaning of the document (sharing the test of each line), and which the chain then does not find
// again. A chain with KeepWireMarkup set ignores it.
func (c *Chain) RecognizeMarked(d *text.Doc, date, country string, markup []corpus.Span) []Mention {
	return c.recognizeFor(d, date, country, markup, true)
}

// recognizeFor is RecognizeFor; known tells that markup is corpus.WireMarkup(d.Text) (see recognize).
func (c *Chain) recognizeFor(d *text.Doc, date, country string, markup []corpus.Span, known bool) []Mention {
	ms := c.recognize(d, markup, known)
	if c.Grounder != nil && d != nil {
		if sg, ok := c.Grounder.(SpeakerGrounder); ok && country != "" {
			ms = sg.GroundFor(d, ms, date, country)
		} else {
			ms = c.Grounder.Ground(d, ms, date)
		}
	}
	if !c.NoPlaces {
		placesOnDate(placeTable(), ms, date)
	}
	return ms
}
