// Package ner is geopol's statistical named-entity recognizer: an averaged structured perceptron
// over hashed features, decoded with Viterbi over BILOU tags, trained by the project on the
// Groningen Meaning Bank (GMB) sentences and shipped as an embedded model.
//
// # Use
//
//	m, err := ner.Default()           // the embedded model, decoded once per process
//	mentions := m.Recognize(doc)      // doc is a *text.Doc: tokens with byte offsets (and POS tags)
//	labels := m.TagTokens(words, nil) // BILOU labels of one pre-tokenized sentence
//
// Model.Recognize satisfies entities.Recognizer. Mentions carry UTF-8 byte offsets into doc.Text
// taken from the token offsets (Text == doc.Text[Start:End]), the contract type, the sentence
// index, Source "model" and, as Entity, the surface with white space collapsed (for a person,
// leading titles such as "President" or "Mr." are dropped: "George W. Bush").
//
// # Types
//
// The model learns the GMB types and ContractType maps them to the contract's types:
//
//	GMB per → PERSON   (GMB often includes titles: "President Bush")
//	GMB org → ORG
//	GMB gpe → NORP     (GMB gpe is demonyms and adjectivals: "Iranian", "British"), or GPE
//	          when the surface ends like a place name (-ia, -land, -stan, Republic, Kingdom,
//	          States): the model sometimes takes "Albania" for a demonym.
//	GMB geo → GPE, or LOC when IsLocationName says the name is a continent, world region or
//	          ends with a geographic head word ("Red Sea", "Persian Gulf", "Middle East").
//	          GMB geo does not separate countries and cities from regions, so the split is by name.
//	GMB tim, art, eve, nat → ignored (not actors).
//
// Person mentions made only of titles ("President", "Mr.", which GMB tags alone) are dropped.
//
// # Features and hashing
//
// Each token is described by the hashes (FNV-1a 64, computed from the bytes without allocating,
// ASCII lower-casing on the fly) of its lower-cased form, exact form, shape (character classes
// with runs collapsed: "Xx", "X", "d", "X.X.", "x-x"), 1-4 byte prefixes and suffixes, flags
// (capitalized, all caps, digit, hyphen, punctuation) and, for models trained with UsePOS, its
// POS tag. Templates combine them over a window of ±2 tokens: the word, shape and cased forms
// of the neighbours, suffixes of the adjacent words, word bigrams, a shape trigram, word+shape
// pairs, the first word of the sentence, and POS unigrams. A template number and a value hash
// are mixed (splitmix64) into a 64-bit feature key; the model keeps one row of 16-bit weights per
// key (one weight per tag) in an open-addressing table, so no feature strings are stored.
//
// Emission features never look at the previous tag: tag transitions (and sentence start and end)
// are separate weights. Viterbi decoding therefore costs one pass over the allowed tag pairs per
// token (97 of the 17×17 pairs for four types), and invalid BILOU sequences (I or L without B,
// B not closed) are excluded by construction: only allowed predecessors are considered, a
// sentence starts with O, B or U and ends with O, L or U. The prototype measured that global
// decoding raised strict F1 from 0.41 to 0.57 on a news benchmark compared with greedy decoding.
//
// Features that depend on one word and its offset in the window (most of them) are summed once
// per distinct word, and the four features of each adjacent word pair once per distinct pair, in
// direct-mapped caches of 32,768 slots keyed by 64-bit hashes (in per-call scratch space of about
// 16 MB that the model keeps for reuse, one per concurrent caller);
// cached sums are pure functions of their key, so caching never changes a result. Inference then
// looks up only three context features per token (bias, shape trigram, previous+next word).
//
// # Training
//
// Train runs the averaged structured perceptron (Collins 2002): each epoch shuffles the sentences
// with math/rand/v2 PCG seeded by TrainOptions.Seed, decodes each with Viterbi under the current
// weights and, where the result differs from gold, adds 1 to the gold tag and subtracts 1 from the
// predicted tag of every feature of each wrong token, and likewise for transitions. Averaging
// uses timestamps: a weight's running sum is brought up to date only when the weight changes.
// The averaged weights are quantized to int16 (one scale for the model) and all-zero rows (with
// TrainOptions.Prune, rows whose weights are all small) are dropped; the model Train returns is already quantized, so a marshalled and reloaded model
// predicts exactly the same. Scores are integer sums, hence deterministic. TrainOptions.UpperCopies
// adds upper-cased copies of a fraction of the sentences for headlines.
//
// The embedded model.bin.gz is rebuilt from the repository root with
//
//	go run ./entities/ner/cmd/trainner -data ../shared/data/train/gmb_sentences.jsonl -out entities/ner/model.bin.gz
//
// (defaults: 10 epochs, seed 1, 10% upper-cased copies, pruning at 0.05, no POS features,
// training on the first 90% of the sentences in file order and evaluating on the last 10%; -pos
// adds POS features from package text). TrainGMB is the same as a function. Two runs give byte-identical files.
//
// # Consistency pass
//
// Harmonize, applied by Recognize, makes a document's mentions agree: a one-word mention that is
// the surname of a person named in full earlier becomes that person (Entity = full name), every
// occurrence of a surface string takes the majority type, and unrecognized occurrences of a
// recognized string (and later occurrences of surnames) become mentions.
//
// # Model file
//
// Marshal writes a gzip stream: a magic string, the format and feature-template versions, the
// types, the quantization scale, the transition weights and the rows sorted by key (key deltas as
// varints, a bit mask of the non-zero tags, zig-zag varint weights). Load checks every field and
// returns an error, never panics, on malformed input.
//
// # Measured
//
// Measured on 2026-11-26 on the build machine (2 cores shared with other jobs, so wall times vary
// by a factor of three between runs):
//
//   - Held-out GMB (the last 10%: 4,795 sentences, 103,933 tokens), strict span and type match,
//     from pre-tokenized words: micro P 0.8468, R 0.8400, F1 0.8434; per type F1: geo 0.8779,
//     gpe 0.9518, org 0.7452, per 0.7761. Through Recognize with the consistency pass, on
//     pseudo-documents of 10 consecutive held-out sentences (EvaluateDocs): F1 0.8473 (0.8433
//     as single-sentence documents, where the pass has nothing to do).
//     The target of 0.87 was not reached. Many remaining "errors" are silver-label noise
//     (README.gmb.md): in the held-out part "Tonga" is tagged org, "Zanzibar" per, "Mr." alone
//     per, "Tehran" org, and a person is tagged with or without "Minister" in similar contexts.
//   - Pruning (-prune 0.05) keeps 59,056 of 269,174 feature rows: F1 0.8434 instead of 0.8447,
//     a model file of 1,142,621 instead of 3,833,299 bytes, and faster inference (smaller
//     tables). POS-tag features (text.Analyzer.Tag, unpruned) did not help: F1 0.8445 against
//     0.8447 without; the default model has none.
//   - Training: 10 epochs, about 60 s of CPU (1 to 4.5 minutes wall, depending on the load);
//     two runs give byte-identical files. Default() decodes the model in about 20 ms.
//   - Inference (BenchmarkRecognizeUN: the first 200 UN General Debate speeches, 2.47 MB,
//     analysed by text.Analyzer beforehand): 3.9 to 4.2 MB per CPU second, below the 10 MB/s
//     target; text.Analyze measured 7.3 MB per CPU second at the same time, so recognition
//     costs about 1.7 times tokenizing, segmenting and tagging. The remaining cost is memory
//     lookups (word-cache misses, bigram and context features) and Viterbi (16%).
package ner
