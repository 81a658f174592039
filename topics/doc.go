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
// matrix A (K is capped at min(K, N-1, M-1)) by a randomized block Krylov
// method with a Rayleigh–Ritz step (Halko, Martinsson and Tropp, "Finding
// structure with randomness", SIAM Review 53(2), 2011, §4.4–4.6; Musco and
// Musco, "Randomized block Krylov methods for stronger and faster
// approximate singular value decomposition", NeurIPS 2015), on the smaller
// side only, d = min(N, M), with G = AᵀA when M ≤ N and G = AAᵀ
// otherwise:
//
//  1. Ω: a Gaussian d×l start, l = K+p, from math/rand/v2 (PCG seeded
//     with Seed), p = Oversample (default 5);
//  2. an orthonormal basis Q of the block Krylov space
//     [GΩ, G²Ω, …, G^(q+1)Ω], q = PowerIters (default 4), built one block
//     of l columns at a time: each new block G·Q_j is orthogonalized
//     against the earlier blocks twice (block Gram–Schmidt with
//     reorthogonalization) and within itself by a thin QR, and W = G·Q is
//     kept; q+2 Gram products (two sparse products each) in all;
//  3. the k largest eigenpairs of the small symmetric QᵀW give the
//     singular values √λ and the term vectors (Q·E on the term side,
//     normalized Aᵀ·Q·E on the document side); the document weights A·V
//     are one more product.
//
// The Krylov space contains (AᵀA)^(q+1)·Ω, the subspace of plain
// subspace iteration with q power iterations, so for the same q its Ritz
// values are at least as accurate, and on the flat spectra of TF-IDF
// matrices far more: on the full UN corpus (K = 20) q = 4, p = 5 leaves
// the 20 singular values within 8e-4 of a converged run, where subspace
// iteration needed q = 8, p = 10 (twice the sparse products) for 2e-3.
// When d ≤ (q+2)·l the whole space costs no more than the Krylov space and
// the decomposition is exact: the basis is the identity.
//
// Every thin QR is LAPACK's Householder Dgeqrf followed by Dorgqr (gonum
// lapack64). A·X splits output rows across Workers. On the term side, where
// only the document-major sparse matrix is stored, Aᵀ·X scatters the rows of
// A into output rows split by term range, each worker scanning all documents
// in order; on the document side (at most MaxVocab documents) the first fit
// of a Matrix also stores its transpose, kept with it for later fits, and
// each output row of Aᵀ·X gathers its documents' rows in document order,
// the same additions in the same order. The dense reductions Qᵀ·X add fixed
// chunks of rows in chunk order. Every
// output element is thus the same sum in the same order whatever the
// number of workers: the model is bit-identical for any Workers value.
// Each component's sign is fixed so that its largest term loading is
// positive.
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
// Model.OverTime averages the document weights per period (a
// corpus.Period: day, month, quarter or year) of the documents' dates
// (AutoPeriod picks months for corpora within two calendar years, years
// beyond). Model.ActorProfiles gives every actor's topic profile:
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
// FitChooseK picks the number of topics from candidates by mean coherence
// (ties to the smaller k). It fits once at the largest k and scores the
// prefixes: the leading components of a randomized SVD with a wider
// sketch are the same LSA components, computed at least as accurately, so
// the first k topics of a fit at k_max stand for a fit at k.
//
// # LDA
//
// Options.Method = MethodLDA fits latent Dirichlet allocation instead,
// with james-bowman/nlp's LatentDirichletAllocation (SCVB0) on the raw
// counts, seeded with Seed and run on one goroutine so that the result
// does not depend on scheduling. The terms are handed to nlp in a seeded
// random order: nlp updates a document's topic mixture word after word in
// term-id order, and in alphabetical order that drift made topics of
// alphabetical ranges of words. LDA has local optima: on the planted test
// corpus 8 of 10 seeds recover the three planted blocks, and Stability
// flags the others. It is much slower than LSA: every pass visits every
// count of every document.
//
// # Cost
//
// Add is linear in the tokens: ASCII words are looked up in an
// open-addressing table of 16-byte keys, and a document's terms are not
// sorted. Matrix is linear in the nonzeros (long rows are ordered by a
// bitmap of the columns). FitMatrix costs PowerIters+2 products of the
// sparse matrix with a block of K+p columns, each linear in the nonzeros,
// plus dense work on the smaller side of the matrix; the coherence of all
// topics is one pass over the matrix, and Stability's refits stop at the
// term vectors. Memory is linear in the nonzeros plus (N+M)·(K+p)·(q+2)
// floats for the dense blocks on the smaller side. The benchmarks
// (BenchmarkLSA, BenchmarkStages, BenchmarkSVDTermSide, BenchmarkSVD1000
// against james-bowman/nlp's exact TruncatedSVD) and TestScaleSynthetic (a
// corpus of any size resampled by tools/synthgen, GEOPOL_TOPICS_SCALE)
// measure it; their figures are in the commit messages, and those of the
// whole pipeline in BENCHMARKS.md.
//
// # Vector kernels
//
// The dense products of the SVD (mulTX, mulAX, and the four-at-a-time
// passes of tmul and project) add four or eight products of dense rows
// to each element of an output row in one pass. On amd64 with AVX those
// passes run hand-written assembly (vec_amd64.s): Go 1.26 has no SIMD
// intrinsics and its compiler does not vectorize the loops, and gonum's
// vector routines (its internal f64 assembly behind blas64, 2-lane SSE2)
// add one row per pass, which is the slower form these loops replaced.
// The kernels put four adjacent output elements in the lanes of a
// register and give each element the products and additions of the Go
// loop in the same order, with a separate multiply and add (Go does not
// fuse them on amd64, so a fused multiply-add would round differently):
// the results are the same bits, which TestKernelsMatchGo and
// FuzzKernels check against the Go loops (chain8Go and the others) on
// every length up to 37 columns with NaNs, infinities, overflowing and
// subnormal values. mulTX and mulAX hand a whole output row to one
// kernel call (chainRowAVX, groupedRowAVX), which finds the dense rows of
// the sparse row's entries itself, checking each index, and makes the
// same passes (eight entries, then four, then the rest one at a time):
// on the short rows of a term-document matrix, setting up eight row
// slices in Go per pass cost more than the pass. TestRowKernelsMatchGo
// checks them against chainRowGo and groupedRowGo on every number of
// entries up to 37. Elsewhere, without AVX, or with the purego build tag,
// the Go loops run.
//
// Accuracy: the tests compare the singular values with those of an exact
// SVD (james-bowman/nlp) on UN speeches and on a synthetic Zipf corpus,
// within 1% each.
package topics
