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
// key (one weight per tag) in an open-addressing table, so no feature strings are stored. A Bloom
// filter (two bits per key, 16 bits per key in all) in front of the table answers most lookups
// of absent keys (rare word pairs, pruned features) without touching the table.
//
// # Word clusters and gazetteer flags
//
// A model may carry a Lexicon (the default model does): for about 24,000 words, a word-cluster
// path and gazetteer flags. Clusters are learned from unlabelled text by TrainClusters (bisecting
// spherical 2-means, 12 levels, over PPMI-weighted counts of each word's left and right
// neighbours among the 300 most frequent words: a cheaper stand-in for Brown clusters), which
// puts "Kyrgyzstan" next to "Albania" and "Algeria", and "ECOWAS" near other organizations. The
// flags say that a word is by itself a PERSON, ORG, GPE, LOC or NORP name in the gazetteer of
// package entities, or part of a 2-4 word name of that type found in the corpus. Features: the
// 4-bit and 8-bit prefixes and the whole path of the word, the 6-bit prefix of the adjacent
// words, and the flags of the word and of its neighbours. They are word features, so they cost
// nothing once a word is in the word cache. The lexicon is stored in the model file, so a model
// does not change when the gazetteer does.
//
// The lexicon file entities/ner/lexicon.tsv.gz (134,597 bytes: word, path, flags) is rebuilt from
// the repository root with
//
//	go run ./tools/nerlexicon -un ../shared/data/corpora/ungdc_2010_2024.jsonl -gmb ../shared/data/train/gmb_sentences.jsonl -out entities/ner/lexicon.tsv.gz
//
// from the UN General Debate speeches 2010-2024 (254,890 sentences) and the training part of
// the GMB sentences (the first 90%, never the held-out part): words seen at least 5 times, the
// 30,000 most frequent, seed 1. It took 15 s of CPU (66 s wall on the loaded build machine) and
// 0.4 GB of memory on 2026-11-26, and a second run gave a byte-identical file.
//
// Emission features never look at the previous tag: tag transitions (and sentence start and end)
// are separate weights. Viterbi decoding therefore costs one pass over the allowed tag pairs per
// token (97 of the 17×17 pairs for four types), and invalid BILOU sequences (I or L without B,
// B not closed) are excluded by construction: only allowed predecessors are considered, a
// sentence starts with O, B or U and ends with O, L or U. The prototype measured that global
// decoding raised strict F1 from 0.41 to 0.57 on a news benchmark compared with greedy decoding.
//
// Features that depend on one word and its offset in the window (most of them, with the
// lexicon features) are summed once per distinct word in a direct-mapped cache of 32,768 slots
// keyed by 64-bit hashes (in per-call scratch space of about 11 MB that the model keeps for reuse,
// one per concurrent caller); on the UN speeches 94% of the tokens hit it on a first pass. Cached
// sums are pure functions of their key, so caching never changes a result. Prefix and suffix
// hashes are computed only for words missing from the cache. Inference then looks up the four
// word-pair features and three context features per token (bias, shape trigram,
// previous+next word) through the Bloom filter. (A cache of word pairs, as for words, measured
// slower: most pairs are rare.)
//
// Viterbi keeps int32 scores, renormalized every 128 positions (the best score is subtracted,
// which changes no comparison); the 9×9 block of transitions from the tags that close a span
// (O, L-x, U-x) to those that open one (O, B-x, U-x) is scored in one tight loop. A test checks it
// against a plain int64 Viterbi on random scores as large as a model can produce.
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
//	go run ./tools/trainner -data ../shared/data/train/gmb_sentences.jsonl -lexicon entities/ner/lexicon.tsv.gz -out entities/ner/model.bin.gz
//
// (defaults: 10 epochs, seed 1, 10% upper-cased copies, pruning at 0.02, the lexicon above, no
// POS features, training on the first 90% of the sentences in file order and evaluating on the
// last 10%; -pos adds POS features from package text). TrainGMB is the same as a function. Two
// runs give byte-identical files (checked on 2026-11-26: 64 s of CPU, 193 s wall, 0.3 GB).
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
// types, the quantization scale, the transition weights, the rows sorted by key (key deltas as
// varints, a bit mask of the non-zero tags, zig-zag varint weights) and (format 2) the lexicon.
// Load checks every field and returns an error, never panics, on malformed input.
//
// # Measured
//
// Measured on 2026-11-26 on the build machine (2 cores shared with about 8 other jobs, load
// average 8 to 20, so wall times vary by a factor of three between runs and CPU-second figures by
// ±20%):
//
//   - Held-out GMB (the last 10%: 4,795 sentences, 103,933 tokens), strict span and type match,
//     from pre-tokenized words: micro P 0.8514, R 0.8483, F1 0.8499; per type F1: geo 0.8831,
//     gpe 0.9559, org 0.7511, per 0.7875. Through Recognize with the consistency pass, on
//     pseudo-documents of 10 consecutive held-out sentences (EvaluateDocs): F1 0.8539.
//     The target of 0.87 was not reached. Most remaining errors are type confusions on the same
//     span (with the lexicon model pruned at 0.05: 676 of 1,730 error cases, org↔geo alone 329),
//     and many are silver-label noise
//     (README.gmb.md): in the held-out part "Turkey", "China", "Germany" and "Tonga" are tagged
//     org, "Zanzibar" per, "Mr." alone per, and a person is tagged with or without "Minister" in
//     similar contexts.
//   - What each change gave (held-out micro F1): the model without lexicon, pruned at 0.05,
//     0.8434; with the lexicon 0.8467; with the lexicon pruned at 0.02 (the default model)
//     0.8499, at 0.01 0.8497, unpruned 0.8500 (269,025 rows, 3,978,697 bytes). Not kept: 15
//     epochs instead of 10 (0.8419 without lexicon); more cluster features (the 10-bit prefix of
//     adjacent words and the 6-bit prefix at ±2: 0.8461 against 0.8467); POS-tag features
//     (earlier: 0.8445 against 0.8447 unpruned without lexicon).
//   - The default model keeps 160,248 feature rows and a lexicon of 24,404 words: 2,732,303
//     bytes. Default() decodes it in 76 ms (BenchmarkLoadDefault, median of six runs at 22:30;
//     75 to 185 ms, once 383 ms, under heavier load), under the 1 s target (the previous model:
//     31 ms).
//   - Inference (BenchmarkRecognizeUN: the first 200 UN General Debate speeches, 2.47 MB,
//     419,648 tokens, analysed by text.Analyzer beforehand), six runs of each alternately at
//     22:30 UTC (load average 4 to 7): median 4.7 MB per CPU second (4.1 to 6.0) against 4.1
//     (3.5 to 5.3) for the previous code and model, and 5.3 (4.6 to 5.9) with the lexicon model
//     pruned at 0.05 (F1 0.8467, 59,106 rows, `trainner -prune 0.05`); text.Analyze measured 8.6
//     to 11.4 MB per CPU second at the same time. The 8-10 MB target is not reached. The code
//     changes (Bloom filter, no pair cache, int32 block Viterbi, lazy affixes) made the previous
//     model about 25% faster and the larger default model (2.7 times the rows) gives part of it
//     back. In the profile, feature-table lookups take about 37% of Recognize, Viterbi 20%,
//     adding cached word scores 9%. (Keeping weights inline in the table slots measured no
//     clear gain and was not kept.)
package ner
