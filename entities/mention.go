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
type Mention struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity"`
	// Country is the ISO3 code of the country the actor belongs to, when known ("" otherwise).
	Country string `json:"country,omitempty"`
	// Sentence is the index of the sentence in text.Doc.Sentences; not part of the JSON output.
	Sentence int `json:"-"`
	// Source names the recognizer that produced the mention (gazetteer, model, rule, ...).
	Source string `json:"source,omitempty"`
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
