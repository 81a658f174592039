// Package prosener adapts github.com/jdkato/prose/v2's named-entity recognizer to geopol's mentions.
//
// It exists for two reasons: it is the baseline every accuracy and speed figure of geopol is compared
// with (measured in the same process, with prose's model loaded once and shared, as a fair user of prose
// would run it), and it is an optional recognizer for users who want prose's behaviour.
//
// prose reports entities as strings without offsets, and its tokenizer rewrites some characters, so the
// adapter aligns each entity back to the document text: it searches the entity's words in order, allowing
// any run of whitespace between them, starting after the previous entity. An entity that cannot be found
// is dropped and counted in Result.Unaligned. prose's labels are mapped to the contract's: PERSON, GPE
// and ORG as they are; prose has no NORP or LOC.
//
// The model is built once per process (prose.ModelFromData with no data sources gives prose's default
// tagger and classifier); prose.NewDocument is only ever called with prose.UsingModel. prose panics on
// some inputs; panics are recovered here and returned as errors.
package prosener
