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
	// Role is the actor's CAMEO sector on the document's date for people and organizations ("GOV",
	// "MIL", "ELI" for former officials, "IGO"), when known; see package entities/actors.
	Role string `json:"role,omitempty"`
	// RoleLatest is set when Country and Role come from a dated dictionary entry and the document
	// has no date: they are the latest the dictionary gives.
	RoleLatest bool `json:"role_latest,omitempty"`
	// Sentence is the index of the sentence in text.Doc.Sentences; not part of the JSON output.
	Sentence int `json:"-"`
	// Source names the recognizer that produced the mention (gazetteer, model, rule, ...).
	Source string `json:"source,omitempty"`
}
