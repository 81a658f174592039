// Package text splits document text into sentences and tokens that keep UTF-8 byte offsets into the
// original text, and tags tokens with Penn Treebank parts of speech using the averaged-perceptron
// model that github.com/jdkato/prose/v2 ships, decoded once per process.
//
// # Use
//
//	a, err := text.NewAnalyzer()       // decodes the model once per process; safe for concurrent use
//	d := a.Analyze(doc, kept)          // tokens, sentences, tags; kept == nil analyses the whole text
//	d := text.Segment(doc, kept)       // tokens and sentences only, no model needed
//	tags := a.Tag([]string{"U.S.", "troops", "left", "."}) // tag a pre-tokenized sentence
//	d.Release()                        // optional: the next Segment/Analyze fills d's arrays; d is unusable
//
// Every Token and Sentence carries Start/End byte offsets into the text passed in:
// d.Text[tok.Start:tok.End] is the token as written. Only text inside the kept spans (the parts
// the corpus cleaner did not drop as boilerplate) yields tokens; a kept-span boundary always ends a
// sentence and a paragraph. Spans are clipped to the text, moved inwards off the middle of
// multi-byte runes, sorted, and merged where they overlap (touching spans stay apart).
//
// # Tokens
//
// The tokenizer follows the Penn Treebank conventions prose's model was trained on, and splits
// like prose's own tokenizer in the common cases, but it never copies or rewrites text, so offsets
// stay exact, and it needs no regular expressions. Text is first cut at white space (Unicode
// spaces, plus the zero-width space, word joiner and byte-order mark). Each chunk then loses, one
// token at a time:
//
//   - leading ( [ { < " ' “ ‘ „ « ¿ ¡ and currency symbols ($100 → $ 100; £, €, ¥ alike);
//   - trailing ) ] } > " ' ” ’ » , ; : ! ? % and full-width or Arabic punctuation (،؛؟。，), so that
//     the stock-ticker markup of wire stories ("<AXP>", "<Autorama Inc>") is apart from its words;
//   - a trailing period, unless the chunk is an abbreviation: a listed title or abbreviation
//     (Mr. Dr. Gen. Lt. Col. Sen. Rep. Gov. Pres. St. No. Inc. etc. ...), a month (Jan. ... Sept.),
//     a single capital initial (the W. of George W. Bush) or an initialism of single letters and
//     periods (U.S. U.N. e.g. a.m.); "..." runs and … are one token each;
//   - a clitic at the end: do|n't, wo|n't, ca|n't, it|'s, we|'re, they|'ll, I|'m, we|'ve,
//     he|'d, with ' or ’ in any case.
//
// Inside a chunk, "--" runs, em dashes and full-width punctuation become tokens of their own; all
// other characters stay together, so numbers (1,000.50, 3.5), hyphenated words (cease-fire),
// URLs and e-mail addresses are one token each. Scripts written without spaces are not segmented
// into words. Unlike prose, the tokenizer never drops text (prose loses "'s." in "Smith's." and the
// "'Sullivan" of "O'Sullivan") and does not keep "[A-Z][a-z]{1,2}." words such as "War." whole.
//
// # Sentences
//
// Sentences are found on the token stream, with these rules, in order:
//
//   - A blank line (two or more line breaks with only white space between; form feed and U+2029
//     count as blank lines) always ends a sentence and starts a new paragraph.
//   - A token made only of . ! ? … 。！？ ends a sentence, together with the closing quotes and
//     brackets right after it, unless the next token starts with a lower-case letter or is
//     , ; : % or a closing bracket ("Why?" he asked).
//   - An initialism or other non-title abbreviation (U.S., etc., Inc.) that keeps its period ends a
//     sentence when the next token is a typical sentence starter (The, It, He, We, However, ...):
//     "... the U.S. The visit" splits, "U.S. President Joe Biden" does not. A capitalized
//     conjunction or preposition there (And, Or, Of, To, From, With, ...) continues the sentence:
//     wire copy capitalizes the word after "U.S." wherever it falls ("the U.S. And West Germany
//     agreed"); the tagger and the name recognizer read such a word in lower case
//     (Doc.LinkAfterAbbreviation), so no name runs across it. Titles (Mr. Gen.),
//     months and single initials never end a sentence; decimals never contain a token boundary.
//   - A single line break ends a sentence only after a headline: a line that starts a sentence,
//     has at most 20 tokens, no terminal punctuation, is title-cased (every lower-case word is a short
//     function word such as of, the, in) and does not end in a function word or , ; : -, and the next
//     line does not start with a lower-case letter. Hard-wrapped running text (as in the UN
//     speeches) therefore stays one sentence across its line breaks.
//   - A sentence never holds more than 4,096 tokens: a longer run without a boundary (a table, a
//     list, text without punctuation) is cut after its last comma, semicolon or colon, or at its last
//     line break, among the last 1,024 tokens, else after the 4,096th. Real sentences are far
//     shorter; the cut keeps the stages that work sentence by sentence, some of which compare pairs
//     of tokens or actors, linear in the length of such text.
//
// Paragraph numbers start at 0 and grow by one at each blank line and each kept-span boundary that
// follows a sentence, so they are dense.
//
// # Long documents
//
// Every step costs time and memory linear in the length of the text, whatever its layout (one line
// of many megabytes, millions of blank lines, a single token). Doc.Window gives a view of a run of
// sentences that shares the document's text and tokens (offsets stay offsets into the whole text,
// lazy tags are the whole document's), so that later stages can process a long document in pieces.
//
// # Tagging
//
// prose's tagger is unexported and slow: for every token it builds 14 feature strings, stores
// them in a map, and sums float64 weights from a map of maps into a fresh score map. This package
// decodes prose's exported model assets (prose.Asset: the weights, the tag dictionary and the class
// list, gob-encoded) once and re-implements the same inference over flat arrays:
//
//   - weights are multiples of 0.001 (checked at load) and are stored as integers (×1000), so
//     scores are exact integer sums, independent of summation order;
//   - each feature's weights are one contiguous block of a []int32; features are found without
//     building strings: each distinct word of a document is looked up once (a per-call cache), in a
//     lexicon built at load (tag dictionary, vocabulary and its capitalized forms; an open-addressing
//     table whose 64-byte slots hold a word of up to 31 bytes and its whole entry, so a lookup
//     reads about one cache line) that holds its fixed tag (tag dictionary, or the rules below),
//     its word-only features merged into one block, and its
//     context entry: the blocks it contributes as the previous word ("i-1 word" and "i-1 suffix"
//     merged), the one before, the next word ("i+1 word" and "i+1 suffix" merged) and the one
//     after; tag-valued features are arrays indexed by tag id, and the bias plus the three
//     previous-tag features are pre-summed per pair of previous tags, so a scored word reads fewer
//     blocks than it has features, and most tokens cost less than one lexicon lookup;
//   - with AVX2 (amd64, not under the purego tag), a block of 12 or more classes is also kept as
//     a dense row of 48 int32s, built at load and not cached: a word's dense rows are added in
//     one assembly call, six vectors of eight classes at a time, and the best touched class is
//     found with vector compares (tagdense.go); the sums, and the tags, are the same;
//   - words outside the lexicon are normalized into a reused buffer and looked up with the
//     m[string(buf)] idiom, which does not allocate.
//
// Decoding prose's assets and laying the model out takes most of a second of CPU, in every process
// that tags. The laid-out model is therefore kept in a cache file, outside the repository and the
// binary: os.UserCacheDir()/geopol/tagger-v<layout version>-m<hash>.bin, where the hash is a
// SHA-256 of the layout version and of the prose module's identity as the binary's build
// information records it (path, version and go.sum hash, which covers the assets), so that another
// prose version or another layout uses another file, and a cached model is read without
// decompressing prose's assets. A binary that records no hash for prose (a test binary, a vendored
// or locally replaced module) names the file tagger-v<layout version>-<hash>.bin after a SHA-256
// of prose's three assets instead. The file ends with a CRC-32C of its contents and every index in it is
// checked on reading; a process reads it in place of decoding the assets when it is there and
// sound, and otherwise decodes them and writes it (a temporary file in the same directory, renamed
// into place, so that concurrent processes never read a partial file). Any failure of the cache
// (no cache directory, a read-only one, a damaged or foreign file) falls back to decoding, with
// the same model as a result. The environment variable GEOPOL_TAGGER_CACHE (TaggerCacheEnv) set to
// "off" disables the cache; set to a directory, it keeps the file there instead. CacheDir returns
// the directory, which entities/ner's cache of its embedded model shares.
//
// The decisions are prose's: the same features (including prose's quirks: the "i pref1" feature
// converts the first byte to a rune, suffixes are byte slices, the word-position features are
// shifted as in prose's featurize), the same normalization (!HYPHEN, !YEAR, !DIGITS, lower case),
// the same tag-dictionary short-cut, and the same rules before the model: "-" is tagged "-"; words
// that prose's link or e-mail patterns match anywhere, and @handles, are NN (so "1,000.50", which
// looks like a domain name to that pattern, is NN, as in prose); Penn Treebank empty elements are
// -NONE-; codes such as -LRB- are their own tag. Only classes that some feature touched compete,
// as in prose.
//
// Ties: when two classes have exactly the same score, prose returns whichever its random map
// iteration visits first, so prose itself is not deterministic there. This package picks the class
// that comes first in the model's class list (classes.gob order). The tests compare every token of
// UN General Debate sentences against a plain float64 re-implementation of prose's scoring: the
// tags must be identical, and exact ties must stay below one token in a thousand.
//
// Two deliberate differences from prose.NewDocument: tagging restarts at each sentence (prose tags a
// whole document as one sequence), and the words the model sees use the Penn Treebank spellings it
// was trained on: an opening quote becomes two backquotes and a closing quote two apostrophes (an
// ASCII " opens when attached to the following token, closes when attached to the preceding one,
// and otherwise alternates), ‘ and ’ become a backquote and an apostrophe,
// dashes --, … ..., and curly apostrophes ASCII. prose passes a bare " to the model, which tags it
// NNP or VB. Emoticons get no special treatment.
package text
