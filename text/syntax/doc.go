// Package syntax is geopol's dependency parser and clause analysis: it finds who does what to
// whom inside a sentence (subjects, objects, obliques with their prepositions, passive agents,
// coordination, control, relative clauses, reported speech, negation and modality) for the
// event coder, from the tokens and Penn Treebank tags of package text.
//
// # Use
//
//	m, err := syntax.Default()     // the embedded model, decoded once per process
//	an := m.Analyze(doc, k)        // parse sentence k of a *text.Doc and find its clauses
//	for _, c := range an.Clauses {
//		// c.Lemma, c.Voice, c.Negated, c.Modals, c.Governors, c.Reported, c.Speakers,
//		// c.Subjects, c.Objects, c.Obliques (Prep "at", "on", "from"...), c.Agents
//	}
//	t := m.Parse(words, tags)      // a tree for a pre-tokenized, tagged sentence
//	cs := m.Clauses(doc, k, t)     // the clauses over any tree of sentence k
//
// A Model is immutable and safe for concurrent use. The package depends only on package text:
// it takes tokens and tags and returns trees and clauses, so that callers match argument spans
// against their own mentions (entities.Mention byte spans) themselves.
//
// # Parser
//
// The parser is a greedy transition-based parser (arc-hybrid, with the root after the last token,
// so each parse has exactly one root) with an averaged perceptron over hashed features of the
// stack, the buffer and the children built so far (words, tags, relations, distance, valency and
// relation sets, after Zhang and Nivre 2011), trained with the dynamic oracle of Goldberg and
// Nivre with error exploration. It predicts labelled trees with the UD relations of Label. A
// sentence of n tokens takes 2n moves, each scored with a fixed number of feature lookups, so
// parsing is linear in the length of the sentence and needs no cap on it; any input (empty
// sentence, words without tags) gives a tree.
//
// The embedded model is trained on UD English EWT (CC BY-SA 4.0; data/README.md says how) after
// re-tokenizing its sentences with package text and tagging them with its tagger, so that the
// model sees at training time the tokens and tags it sees in use (see Align). Words are seen
// lower-cased with digits as 0.
//
// # Clauses
//
// Clauses turns a tree into one Clause per predicate: every verb that heads a clause and every
// noun or adjective with a copula. Arguments are token heads with two byte spans into the
// document (Arg.Span, the noun phrase core; Arg.Phrase, the whole phrase without conjuncts and
// clausal modifiers), so that doc.Text[Span.Start:Span.End] is the text of the argument.
//
//   - Subjects, Objects, IndirectObjects, Obliques (with their preposition in Prep) and Agents
//     (obl:agent, or an oblique with "by" in a passive clause) come from the predicate's
//     dependents; coordinated arguments are expanded ("Russia and China vetoed" gives two
//     subjects), prepositional modifiers of an argument are its Mods ("sanctions on Cuba").
//   - An open complement without a subject takes its controller's object, or else its subject
//     ("urged Iran to stop": Iran; "agreed to ease": the subject of agreed); an adverbial clause
//     without a subject takes the subject of its head; a conjoined predicate without a subject
//     shares the first conjunct's, and its objects when they follow it.
//   - A relative clause's relative pronoun is replaced by the noun it modifies ("the rebels who
//     attacked the base": rebels attacked); a participle modifier takes the noun as its subject
//     ("soldiers killed in Syria", passive).
//   - Governors lists the predicates above a complement, nearest first ("agreed" above "ease");
//     Reported marks the complement of a speech verb and a clause with a parenthetical one ("...,
//     officials said"), and what is inside them, with the Speakers; Negated, Modals, Mark and
//     Conditional give polarity and modality.
//
// Every span is a UTF-8 byte range of the document text, taken from the token offsets of package
// text, and clauses are a deterministic function of the tree and the tags. The clause analysis is
// linear in the length of the sentence.
package syntax
