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
//	l := m.Lemma("met", "VBD")     // "meet"
//
// A Model is immutable and safe for concurrent use. The package depends only on package text:
// it takes tokens and tags and returns trees and clauses, and callers match argument spans
// against their own mentions (entities.Mention byte spans). Parsing costs far more than
// tagging, so a caller parses only the sentences it needs (those with two or more actors).
//
// # Parser
//
// The parser is a greedy transition-based parser: arc-hybrid (Kuhlmann, Gómez-Rodríguez and
// Satta 2011) with the root after the last token (Ballesteros and Nivre 2013), so that every
// parse has exactly one root. Moves are scored by an averaged perceptron over 79 feature
// templates in the style of Zhang and Nivre (2011): words (lower-cased, digits as 0), tags and
// word clusters (Koo, Carreras and Collins 2008) of the three top stack items and the first three
// buffer items, the words, tags and relations of the outermost children attached so far, the
// sets of their relations, and pairs and triples of these. Features are 64-bit hashes; the model
// holds one row of 16-bit weights per feature in an open-addressing table. It is trained with
// the dynamic oracle of Goldberg and Nivre (2012, 2013) with error exploration (Train).
//
// A sentence of n tokens takes exactly 2n moves, each scored with a fixed number of feature
// lookups, so parsing is linear in the length of the sentence and needs no cap; any input
// (empty sentence, words without tags, thousands of tokens) gives a tree. The parser predicts
// the UD relations of Label, projective trees only.
//
// The embedded model is trained on UD English EWT (CC BY-SA 4.0; data/README.md says how) after
// re-tokenizing its sentences with package text and tagging them with its tagger, so that the
// model sees at training time the tokens and tags it sees in use. Align projects the gold trees
// onto those tokens: geopol splits clitics as the treebank does ("do n't", "Iran 's"), but keeps
// hyphenated words ("15-year", "U.S.-led") whole where UD splits them, so such a token takes the
// head and relation of its highest word; a token that geopol split off a word ("!" of "!!") is
// attached to the word's first token (punct or goeswith). Non-projective gold trees are made
// projective for training by lifting their shortest crossing arcs.
//
// # Lemmas
//
// Model.Lemma undoes English inflection: a table of irregular verbs, the treebank forms the
// rules get wrong, then the regular rules (-s, -es, -ies, -ed, -ied, -ing, restoring a final e
// or undoing a doubled consonant), whose candidates are checked against a vocabulary of known
// words (treebank lemmas and cluster words). Proper nouns keep their case; all else is lower case.
//
// # Clauses
//
// Clauses turns a tree into one Clause per predicate: every verb that heads a clause and every
// noun or adjective with a copula ("Iran is a threat to Israel"). A token also counts as a
// verb when it has an object, an auxiliary, a particle or a clausal complement, whatever its tag
// (the tagger's "met/NN", "seized/JJ"). Arguments are token heads with two byte spans into the
// document: Arg.Span, the noun phrase core (head, determiners, numbers, adjectives, compounds,
// flat names, titles and possessors), and Arg.Phrase, the whole phrase without its own
// preposition, its conjuncts and its clausal modifiers; doc.Text[Span.Start:Span.End] is the
// text of the argument. A discontinuous phrase is given as the range from its first to its last
// word.
//
//   - Subjects, Objects, IndirectObjects, Obliques (with their preposition in Prep) and Agents
//     (obl:agent, or an oblique with "by" in a passive clause) come from the predicate's
//     dependents; coordinated arguments are expanded ("Russia and China vetoed" gives two
//     subjects), prepositional modifiers of an argument are its Mods ("sanctions on Cuba"). In a
//     copular clause the modifiers of the predicate noun are its Obliques ("a threat to Israel").
//   - An open complement without a subject takes its controller's object, or else its subject
//     ("urged Iran to stop": Iran; "agreed to ease": the subject of agreed); an adverbial clause
//     without a subject takes the subject of its head; a conjoined predicate without a subject
//     shares the first conjunct's, with its modals (and its negation after "or" or "nor"), and
//     the first conjunct's objects when they follow it.
//   - A relative clause's relative pronoun is replaced by the noun it modifies ("the rebels who
//     attacked the base": rebels attacked); a participle modifier takes the noun as its subject
//     ("soldiers killed in Syria", passive); "Iran's decision to withdraw" takes the possessor.
//   - A personal pronoun subject of a complement clause stands for the subject of the governing
//     clause ("Ethiopia indicated it would act": Ethiopia, Via Antecedent).
//   - Governors lists the predicates above a complement (xcomp, ccomp, csubj), nearest first
//     ("agreed" above "ease"); Negated ("not", "n't", "never", "no longer", "cannot"), Modals,
//     Mark and Conditional ("if", "unless", and what such a clause governs) give polarity and
//     modality.
//   - Reported marks the complement of a speech verb ("say", "tell", "announce", "claim",
//     "state", "add", "note" and the like), a clause with an "according to" oblique, a clause
//     with a parenthetical speech verb (", officials said", "as the minister said"), and every
//     clause inside a reported one; Speakers are the speech verb's subjects. The parser attaches
//     parenthetical speech verbs in many ways (parataxis, advcl, ccomp, dep; after a comma also
//     acl:relcl and conj), often to the nearest verb: a speech verb that ends the sentence reports
//     the main clause. A parenthetical speech verb is not governed by what it reports.
//   - An infinitive that the parser attached to a proper-noun object ("wants the United States
//     to stop", acl) is read as an open complement of the verb: the noun is its subject and the
//     verb its governor.
//   - A predicate without a subject takes a noun or pronoun on its left that the parser
//     attached as dep, discourse or vocative: a frequent parser error on sentence-initial
//     names.
//
// Every span is a UTF-8 byte range of the document text taken from the token offsets of package
// text. Trees and clauses are deterministic functions of the tokens and tags. The clause analysis
// is linear in the length of the sentence; a tree that is not a tree of the sentence gives no
// clauses.
package syntax

// Attribution is the notice the licence of the embedded model's training data (UD English EWT,
// CC BY-SA 4.0) asks for wherever the model is used; a program that embeds the model shows it
// with its version.
const Attribution = "Dependency parser model: trained on Universal Dependencies English Web Treebank (Silveira et al. 2014, https://universaldependencies.org), licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); the model is distributed under the same licence."
