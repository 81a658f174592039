// Package topics finds the topics of a corpus by latent semantic analysis
// (LSA): a TF-IDF document-term matrix factored by a randomized truncated
// singular value decomposition.
//
// # Vocabulary
//
// A Builder takes each document's surface tokens and canonical actor ids,
// in corpus order:
//
//	b := topics.NewBuilder()
//	b.Add("doc-1", tokens, []string{"IRN", "UNSC"})
//	model, err := b.Fit(ctx, topics.Options{K: 10, Seed: 1})
//
// Tokens are normalized by NormalizeToken: lower-cased, stripped of
// surrounding punctuation and a possessive "'s", and dropped when shorter
// than two letters, when they hold a digit or a character other than a
// letter, inner hyphen or apostrophe, or when they are stop words (English
// function words plus news and UN debate boilerplate such as "said", "mr",
// "also", "would", "excellency", "delegation"). Actor ids become the single
// terms "actor:IRN", "actor:UNSC". With Builder.Phrases set, adjacent kept
// words also count as phrase terms ("security_council", "climate_change"),
// which then face the same document frequency filters as words.
//
// A Builder keeps compact partial aggregates: interned term ids, each
// term's document frequency, and every document's sparse row of (term id,
// count) pairs. Builders over shards combine with Merge, which adds
// document frequencies (associative and commutative) and appends the
// documents; the matrix does not depend on how terms were interned, because
// Matrix numbers the kept terms in sorted order.
//
// # TF-IDF
//
// Matrix keeps the terms found in at least MinDF documents (default 2) and
// in at most MaxDFRatio of them (default 0.5), then the MaxVocab (default
// 20,000) with the largest document frequency, ties broken by term. The
// weight of term t in document d is
//
//	tf(t, d) · ln((1 + N) / (1 + df(t)))
//
// the formula of james-bowman/nlp's TfidfTransformer, and each document row
// is scaled to unit Euclidean length. By default tf is sublinear,
// 1 + ln count(t, d), and an actor term counts once per document whatever
// its number of mentions (Options.LinearTF and Options.ActorMentions
// restore raw counts). With raw counts, a country's own speech, which
// names it dozens of times, made its actor term the heaviest entry of its
// row, and on the 296 speeches of 20 countries (ungdc_demo_20countries)
// nine of the ten topics started with actor terms ("actor:ISR actor:PAK
// actor:CHN actor:EGY ..."); with the defaults the topics read as subjects
// (Palestine: "occupation occupying resolutions settlers occupied
// apartheid"; China: "win-win consultation modernization civilizations";
// Japan: "abductions atomic missile ... disarmament"), and the actors
// appear in Topic.Actors instead. Debate boilerplate ("united nations",
// "general assembly", "member states") is in more than half of the
// speeches and falls to MaxDFRatio; salutations are stop words.
//
// The weights are computed here, on the compact rows, rather than by
// nlp's term-major DIA × CSR product: that would need the matrix
// transposed and copied twice for no gain. The tests check the values
// against nlp's transformer to 1e-12 (on damped counts for the sublinear
// default), and Matrix.CSR exposes the matrix as a james-bowman/sparse CSR
// for nlp's transformers. Matrix also keeps every document's actors and
// mention counts, whatever the filters (Matrix.Actors), for
// Model.ActorProfiles.
//
// # Randomized SVD
//
// FitMatrix computes the K leading singular triplets of the N×M TF-IDF
// matrix A (K is capped at min(K, N-1, M-1)) by subspace iteration from a
// random start, following Halko, Martinsson and Tropp, "Finding structure
// with randomness", SIAM Review 53(2), 2011, Algorithm 4.4 with the
// Rayleigh–Ritz step of §5:
//
//  1. Ω: a Gaussian M×l test matrix, l = K+p, from math/rand/v2 (PCG
//     seeded with Seed), p = Oversample (default 10);
//  2. q = PowerIters (default 8) applications of AᵀA (or AAᵀ), with an
//     orthonormalization after each, on the smaller side only: term
//     vectors Z ← orth(Aᵀ(A·Z)) when M ≤ N, document vectors
//     Q ← orth(A(Aᵀ·Q)) when N < M; either way the basis spans
//     (AᵀA)^(q+1)·Ω on the term side, the subspace of the textbook
//     algorithm, with the same 2q+3 sparse products;
//  3. the final l columns Y are reduced by the eigendecomposition of the
//     l×l matrix YᵀY: singular values √λ, term vectors V, and document
//     weights A·V.
//
// The textbook version orthonormalizes both sides and takes the thin SVD
// of the M×l matrix Aᵀ·Q; on 200,000 documents its nine QRs of a
// 200,000×30 matrix were a quarter of the time. Between two
// orthonormalizations one Gram product squares the spread of the
// singular values in the block, (σ₁/σ_l)², which float64 absorbs
// unless σ₁/σ_l nears 10⁴ (the UN speeches' spectrum is flat: 4.9,
// 4.4, 4.2, 4.1, ...); the accuracy tests below are unchanged. Every thin QR is
// LAPACK's Householder Dgeqrf followed by Dorgqr (gonum lapack64). Only
// the document-major sparse matrix is stored. A·X splits output rows
// across Workers; Aᵀ·X scatters the rows of A into output rows split by
// term range, each worker scanning all documents in order, so every output
// element is the same sum in the same order whatever the number of workers:
// the model is bit-identical for any Workers value. Each component's sign
// is fixed so that its largest term loading is positive.
//
// # Output
//
// Topic.Terms lists the TopTerms (default 10) terms with the largest
// loadings in the unit right singular vector (weight descending, then term
// ascending); Topic.Label joins the first three; Topic.Actors lists the
// actors of largest positive loading (Model.TopActors). Model.DocTopics
// holds A·V: a document's weight on a topic is the projection of its unit
// TF-IDF vector on the topic's term vector, in [-1, 1]. Model.TopDocs ranks
// the documents of a topic.
//
// Model.OverTime averages the document weights per year or month of the
// documents' dates (AutoPeriod picks months for corpora within two
// calendar years). Model.ActorProfiles gives every actor's topic profile:
// the mean weight of the documents that mention it, weighted by mentions.
//
// # Quality
//
// Topic.Coherence is the mean normalized pointwise mutual information
// (NPMI, Bouma 2009) over pairs of the listed terms, with probabilities from
// document co-occurrence in the corpus itself: 1 for terms always found
// together, 0 for independent terms, -1 for terms never found together;
// Model.MeanCoherence averages it. Stability refits with other seeds and
// matches topics one to one (Hungarian algorithm on |cos| of the term
// vectors); a topic scores 1 when every fit finds it. LSA has no
// randomness of its own: low stability flags components among nearly tied
// singular values, whose term lists rotate from fit to fit.
// Model.Quality gathers both, with labels, actors and top documents, for
// a run's summary.json.
//
// ChooseK picks the number of topics from candidates by mean coherence
// (ties to the smaller k). It fits once at the largest k and scores the
// prefixes: the leading components of a randomized SVD with a wider
// sketch are the same LSA components, computed at least as accurately, so
// the first k topics of a fit at k_max stand for a fit at k.
//
// # Performance
//
// Measured on 2026-11-26 between 21:44 and 22:20 UTC on a shared 2-core
// AMD EPYC under very heavy load from other jobs (load average 15–24), Go
// 1.26.8. Wall times were inflated three to six times, so CPU time (the
// cpu-ns/op metric, user + system of the process, all goroutines) is the
// figure to compare; it is inflated too, less.
//
// UN General Debate corpus, 2,903 speeches tokenized beforehand by a
// letter-run splitter, 2,903 × 20,000 matrix with about 1.43 million
// nonzeros, K = 20 (go test -run XXX -bench 'LSA|Stages' -benchtime 3x):
//
//	whole stage, Workers=1 (Add, Matrix, FitMatrix)   2.13 s CPU/op  118 MB/op
//	whole stage, Workers=2 (2 shards merged)          2.04 s CPU/op  139 MB/op
//	  Add, 1 builder                                  0.65 s CPU/op   24 MB/op
//	  Matrix (filters, TF-IDF)                        0.19 s CPU/op   36 MB/op
//	  FitMatrix (randomized SVD, q=8, p=10)           0.98 s CPU/op   58 MB/op
//
// The earlier figures of this stage at load average 1.9 were 1.31 s wall
// single-threaded and 0.96 s with two workers. Against the textbook
// algorithm (orthonormalizing both sides, thin SVD of Aᵀ·Q; the previous
// version of this package), run alternately in one session: 1.19 and
// 1.24 s CPU/op before, 0.89 and 1.06 s after, 73 → 58 MB/op.
//
// On the matrix of the first 1,000 speeches, side by side in one
// benchmark run (go test -run XXX -bench SVD1000), FitMatrix with K = 20
// and one worker took 0.29 s CPU (1.05 s wall) and james-bowman/nlp's
// exact TruncatedSVD 43.2 s CPU (146 s wall): 147 times less CPU, 139
// times less wall time (-benchtime 3x, 21:48); a second run (1x, 22:14)
// gave 0.33 s against 41.8 s CPU (128 times) and 1.13 s against 134 s
// wall (118 times). With two workers the CPU ratio was 112; its wall time
// depended on what else ran.
//
// A synthetic corpus of 200,000 documents resampled from the UN
// speeches' sentences (topics/internal/synthgen; 5–40 sentences each,
// 109 million tokens; 200,000 × 20,000 with 35 million nonzeros), streamed
// through Add by TestScaleSynthetic (GEOPOL_TOPICS_SCALE), Workers = 2:
// Add 17.1 s CPU, Matrix 4.2 s, FitMatrix 22.7 s (27.7 s with the
// textbook algorithm), 44 s CPU in all; live heap 339 MB after Add
// (9.7 bytes per nonzero), 571 MB for the matrix (16.3 bytes per nonzero:
// column, value, count), 611 MB with the model; peak RSS of the test
// process 1.22 GB. Memory is linear in the nonzeros plus (N+M)·(K+p)
// floats for the dense blocks.
//
// On the full UN corpus with K = 20 the CPU time of FitMatrix and the largest
// relative shortfall of the 20 singular values against a q = 20 run were
// (raw counts, textbook algorithm): q = 0 0.19 s, 44%; q = 2 0.34 s,
// 7.4%; q = 4 0.54 s, 3.8%; q = 8 0.82 s, 1.4%. The spectrum of these
// speeches is flat after the first value (4.9, 4.4, 4.2, 4.1, ...), which
// is why the default is 8.
//
// The leading singular values agree with the exact SVD to 1.4e-5 relative
// error on 60 UN speeches with raw counts (2.0e-3 with the default
// sublinear tf, whose spectrum is flatter) and to 0.62% on a synthetic
// Zipf corpus, whose flat spectrum is the hard case for a randomized
// method.
package topics
