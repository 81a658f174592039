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
// key (one weight per tag) in an open-addressing table, so no feature strings are stored. A
// blocked Bloom filter (three bits of one 64-bit word per key, 16 bits per key in all) in front
// of the table answers most lookups of absent keys (rare word pairs, pruned features) with one
// read of the filter and without touching the table.
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
// The lexicon file entities/ner/lexicon.tsv.gz (word, path, flags) is rebuilt from the repository
// root with
//
//	go run ./tools/nerlexicon -un ../shared/data/corpora/ungdc_2010_2024.jsonl -gmb ../shared/data/train/gmb_sentences.jsonl -out entities/ner/lexicon.tsv.gz
//
// from the UN General Debate speeches 2010-2024 and the training part of the GMB sentences (the
// first 90%, never the held-out part): words seen at least 5 times, the 30,000 most frequent,
// seed 1. The output is deterministic: the same data, gazetteer and flags give the same bytes.
//
// Emission features never look at the previous tag: tag transitions (and sentence start and end)
// are separate weights. Viterbi decoding therefore costs one pass over the allowed tag pairs per
// token (97 of the 17×17 pairs for four types), and invalid BILOU sequences (I or L without B,
// B not closed) are excluded by construction: only allowed predecessors are considered, a
// sentence starts with O, B or U and ends with O, L or U: the invalid sequences a greedy tagger
// can produce cannot occur.
//
// Features that depend on one word and its offset in the window (most of them, with the
// lexicon features) are summed once per distinct word in a direct-mapped cache of 32,768 slots
// keyed by 64-bit hashes (in per-call scratch space of about 11 MB that the model keeps for reuse,
// one per concurrent caller); on the UN speeches 94% of the tokens hit it on a first pass. A word
// the cache misses that is one of the lexicon's words has its sums copied from the model's own
// table of lexicon vectors, which the first caller to sum them fills, for every caller and every
// document (most misses are such words). Cached sums are pure functions of their key (and a
// lexicon vector is found by its word, compared in full), so caching never changes a result. The lower-cased hash,
// prefix and suffix hashes, and the shape and flags, are computed only for words missing from the
// cache, which keeps each word's shape and lower-cased hashes with its sums. A token's scores
// start as the bias weights and the row of its shape trigram (the shapes of the previous word,
// the word and the next word: few, so they come from a small cache of their own) plus the cached
// sums of the five words of its window, added in one pass (the words go through a ring of five,
// and a word whose cache slot a later word of the window would take is copied out first);
// inference then looks up the four word-pair features and the previous+next word feature of each
// token through the Bloom filter. (Word pairs are not cached: most pairs are rare.) Scores are
// integer sums, so none of this changes a score.
//
// On amd64 with AVX2 the two vector additions that run for nearly every token, a feature's 17
// weights added to a token's scores (addRow4) and a token's scores summed from its six vectors
// (sum6x4), are hand-written assembly (vec_amd64.s): Go 1.26 has no SIMD intrinsics, its
// compiler does not vectorize them, and no library has int16-to-int32 kernels of that shape. The
// scores are integers, one lane per tag, so the kernels give the same scores as the Go ones
// (addRow4Go, sum6x4Go), which TestAddRow4AVX2, TestSum6x4AVX2, FuzzVecKernels and
// TestEmissionsKernelsAgree check; elsewhere, or with the purego build tag, the Go kernels run.
//
// Viterbi keeps int32 scores, renormalized every 128 positions (the best score is subtracted,
// which changes no comparison). The transitions are rearranged once, when the model is loaded, in
// the order the decoder reads them: the block from the tags that close a span (O, L-x, U-x) to
// those that open one (O, B-x, U-x), 9×9 for four types and then scored with the comparisons
// written out, and the two predecessors (B-x, I-x) of each other tag. Ties go to the first
// predecessor in tag order. Tests check the decoder against a plain int64 Viterbi on random
// scores as large as a model can produce and on small ones full of ties, for one to five types.
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
// runs give byte-identical files.
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
// The embedded model (Default) barely compresses, and inflating it takes about as long as decoding
// it, so its decompressed bytes are cached in a file of the directory of the tagger's cache
// (text.CacheDir: os.UserCacheDir()/geopol, or the directory GEOPOL_TAGGER_CACHE names; "off"
// disables both caches): ner-v<layout version>-<hash>.bin, where the hash is the SHA-256 of
// model.bin.gz, which the file also holds, so that another model never reads it. The file ends
// with a CRC-32C of its contents; a process reads it in place of inflating model.bin.gz when it is
// sound, of this layout and model, and decodes as Load does, and otherwise inflates the model and
// writes the file (a temporary file in the same directory, renamed into place). Any failure of
// the cache falls back to inflating, with the same model as a result.
//
// # Accuracy
//
// TestGMBHeldOutFloor scores the embedded model on the held-out GMB sentences (the last 10%, which
// training never sees), strict span and type match, per type and micro-averaged, against floors;
// `geopol bench --accuracy` reports the same figure in BENCHMARKS.md. What limits it, GMB's
// silver labels among other things, is discussed in docs/accuracy.md.
package ner
