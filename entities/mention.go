package entities

// Entity types, as in the OntoNotes scheme the contract uses.
const (
	PERSON = "PERSON"
	ORG    = "ORG"
	GPE    = "GPE"
	LOC    = "LOC"
	NORP   = "NORP"
)

// Mention is one mention of an actor in a document. Start and End are UTF-8 byte offsets into the
// document text and Text == text[Start:End].
//
// Its JSON form is a mention of the extract format (mentions.jsonl, geopol extract, the gold and
// prediction files of geopol eval): start, end, text, type, entity and, when known, country.
type Mention struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity"`
	// Country is the ISO3 code of the country the actor belongs to, when known ("" otherwise).
	Country string `json:"country,omitempty"`
	// Role is the actor's CAMEO sector on the document's date for people and organizations ("GOV",
	// "MIL", "ELI" for former officials, "IGO"), when known; see package entities/actors.
	Role string `json:"role,omitempty"`
	// RoleLatest is set when Country and Role come from a dated dictionary entry and the document
	// has no date: they are the latest the dictionary gives.
	RoleLatest bool `json:"role_latest,omitempty"`
	// Sentence is the index of the sentence in text.Doc.Sentences; not part of the JSON output.
	Sentence int `json:"-"`
	// Source names the recognizer that produced the mention (gazetteer, model, rule, ...); not
	// part of the JSON output.
	Source string `json:"-"`
	// GeonamesID is the GeoNames id of the place a GPE or LOC mention denotes (0 when it is not a
	// place of the GeoNames table: a country, a region, a capital standing for its government).
	GeonamesID int `json:"geonames_id,omitempty"`
	// Lat and Lon are the place's WGS84 coordinates (0 when unknown: divisions have none).
	Lat float64 `json:"lat,omitempty"`
	Lon float64 `json:"lon,omitempty"`
	// Admin1 is the name of the first-order division (state, province) the place lies in, or of the
	// division itself ("Texas" for Houston and for Texas).
	Admin1 string `json:"admin1,omitempty"`
}

// MentionDoc is one line of the extract format: a document id and its mentions in text order. It is
// a line of mentions.jsonl (geopol analyze) and of the output of geopol extract, and of the gold and
// prediction files that geopol eval reads, where gold lines also carry the document's text.
type MentionDoc struct {
	ID string `json:"id"`
	// Text is the document's text in gold files; omitted when empty.
	Text string `json:"text,omitempty"`
	// Entities are the mentions; written as [] when empty, never null.
	Entities []Mention `json:"entities"`
	// Error is why the document could not be read or processed; omitted when empty. Such a document
	// has no entities. (An addition to the contract's format: it keeps one line per input document.)
	Error string `json:"error,omitempty"`
}
