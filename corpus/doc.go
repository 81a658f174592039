// Package corpus reads documents (directories, plain text, HTML, JSONL, CSV/TSV, stdin and the embedded
// sample corpus) into Document values and marks boilerplate (navigation, copyright and sponsor lines,
// teasers of other stories, lines repeated across a source) as dropped spans without ever moving a byte
// offset: later stages look only at Document.Kept.
//
// # Reading
//
// Reader.Read walks its paths in a fixed order (paths as given; directories depth-first, entries sorted
// by name as fs.WalkDir does; JSONL lines and CSV records in file order) and passes every document to a
// callback, one at a time, so a corpus of any size streams through in constant memory apart from the
// current document. Hidden files and directories (".name"), files with other extensions and symbolic links
// to directories are skipped and reported to Reader.OnSkip. A missing top-level path is a *PathError,
// returned before anything is read; a file or line that cannot be used becomes a Document with Err set (a
// *ParseError naming the file and line, wrapping ErrEmpty, ErrBinary, ErrNoMainText, ErrNoText or the
// underlying error), so that it is reported rather than dropped. IDs are unique within a Read call: a
// repeated one gets a "#2", "#3", ... suffix and a warning.
//
//   - .txt .text .md: the whole file is one document. ID is the path relative to the walked directory
//     (slash-separated; the base name for a file given directly), Source the name of the parent
//     directory, Title the first non-blank line when it is shorter than 200 bytes (for Markdown without
//     its leading '#'s; Cleaner.Clean replaces it by the first kept line when that first line is
//     boilerplate such as "Skip to content"). Date is the first of the first 15 non-blank lines that is a
//     date by itself ("March 5, 2024") or after a last '|' or '·' ("By Staff | 2023-12-13"), else the
//     YYYY-MM-DD or YYYYMMDD the file name starts with. A leading UTF-8 byte-order mark is removed; a
//     UTF-16 file with a byte-order mark is converted.
//   - .jsonl .ndjson and "-" (standard input): one JSON object per line, read with a 64 KiB buffer that
//     grows for longer lines, so a line of any length works. Fields: id (string or number; default
//     "name:line"), text (required string), title, date, source, url; others are ignored, keys are
//     case-sensitive. Blank lines are skipped; a malformed line or one without a string "text" gives a
//     Document with Err naming the line, and the following lines are still read. The decoder is
//     hand-written (see jsonobj.go) because encoding/json is slow on long strings; a fuzz
//     test checks that it accepts and decodes exactly what encoding/json does.
//   - .csv .tsv: encoding/csv with a header row naming a "text" column (case-insensitive) and optional
//     id, title, date, source, url columns; lazy quotes are accepted. A record whose number of fields
//     differs from the header's gives a Document with Err naming its line (and record number); the others
//     are still read. Line is the line where the record starts.
//   - .html .htm: the main text of the page, see below.
//
// Dates are normalized to YYYY-MM-DD (NormalizeDate: RFC 3339, YYYY-MM-DD, YYYYMMDD, "YYYY-MM-DD
// HH:MM:SS", RFC 1123 and a few long forms); an unparseable date becomes "" and a warning. Text is always
// valid UTF-8: invalid bytes are replaced by U+FFFD and the warning "invalid UTF-8 replaced" is added (for
// JSONL each invalid byte becomes one U+FFFD, as encoding/json does; elsewhere each invalid run). A file
// with a NUL byte, or more than 10% control bytes, in its first 8 KiB is a "binary file"; an empty or
// blank text is an "empty document".
//
// # HTML main text
//
// The page is parsed with golang.org/x/net/html (after decoding it with its declared charset, or the
// browser's guess, when it is not valid UTF-8). Then:
//
//  1. Subtrees that are never article text are dropped: head, script, style, nav, footer, aside, form,
//     noscript, template, iframe, svg, math, button, select, textarea, input, object, embed, canvas,
//     audio, video, map, menu, dialog; header unless it is inside article or main; elements that are
//     hidden (hidden attribute, aria-hidden="true") or have a navigation role (navigation, banner,
//     contentinfo, complementary, menu, menubar, search, dialog); and elements whose class or id contains
//     a boilerplate word (nav, menu, footer, sidebar, breadcrumb, cookie, newsletter, related, share,
//     social, promo, ad, banner, subscribe, comment, popup, modal, skip, masthead, widget, teaser,
//     recommended, trending, sponsored, ...), unless they contain an article, main or h1 element.
//  2. The main element is the kept <article> with the most text if it has at least 200 bytes, else such
//     a <main>, else the element whose <p> children (counted in full) and grandchildren (counted half)
//     hold the most text, else <body>.
//  3. Its text is rendered with block elements (p, div, headings, list items, table rows and cells,
//     blockquote, figure, ...) as paragraphs separated by a blank line, <br> as a line break, and white
//     space runs collapsed to one space (except inside <pre>).
//  4. Title is the first <h1> in the main element, else the first kept <h1>, else og:title, else <title>.
//     URL is the canonical link, else og:url. Source is og:site_name when present. Date is the first of article:published_time,
//     datePublished, date, pubdate, DC dates, parsely-pub-date, ... meta tags, else the first <time
//     datetime> that parses.
//
// A page with no text left is a Document with Err wrapping ErrNoMainText. Libraries exist for this
// (go-readability ports of Mozilla's Readability, go-trafilatura, go-domdistiller); they were not used
// because they return a reformatted text or a DOM of their own, bring many dependencies, and their
// heuristics are hard to keep deterministic and to document; the rules above are small, tested on
// hand-written pages in testdata/html, and the line cleaner below removes what they leave.
//
// # Boilerplate cleaning
//
// Cleaner.Clean never changes Document.Text: it sets Document.Kept to the spans that survive. It works on
// lines (text split at '\n'); each kept span covers whole lines with their newlines, adjacent kept lines
// merge, spans are sorted, disjoint and on UTF-8 boundaries. A blank line is kept only between two kept
// lines. Lines longer than 400 bytes (trimmed) are article text for every rule but the repeated-line one.
// Matching ignores ASCII case. The rules, each of which can be turned off with a Keep* field:
//
//   - Navigation: a lone menu phrase ("Menu", "Skip to content", "Sign in", "Search", "Home", "Share",
//     ...); a line split by | • · » › or a spaced > or / into at least 3 items (or 2 when one is made of
//     menu words) of at most 5 words and 40 bytes each, none ending with a period ("Home | World |
//     Opinion", "News > World > Middle East"); or a line of 3 to 15 words without sentence punctuation of
//     which at least 75% are menu words (section names, regions, account and sharing words: "Home World
//     Business Opinion Sport", "Africa Americas Asia Europe Middle East"). A title-case headline has few
//     menu words and survives.
//   - Legal: lines starting with ©, "(c) 19"/"(c) 20", "Copyright ", "All rights reserved", "Related:",
//     "Read more:", "See also:", ...; lines containing unambiguous phrases ("all rights reserved", "we use
//     cookies", "cookie policy", "sign up for our", "subscribe to our", "follow us on", "share this
//     article", "download our app", "via Getty Images", ...); and short lines (≤ 80 bytes, not starting
//     with a lower-case letter, not ending with . ! ? " , ;) containing an ambiguous word ("Advertisement",
//     "Sponsored", "Newsletter", "Privacy Policy", "Terms of Use", "Photo:", "Tags:", "3 min read", ...)
//     when they have at most 3 words or start with it (and have at most 8). The conditions keep article
//     sentences such as "Sponsored by the United States, the resolution passed." and the wrapped lines of
//     PDF-derived text ("...Greece co-sponsored last year's resolution").
//   - Teasers of other stories: (a) a "More>>", "More »", "Read more", "Continue reading", "Full story"
//     line is dropped with the headline-like line before it, or with the short paragraph (≤ 400 bytes)
//     and the headline-like line before that; (b) a line ending with such a marker is dropped with the
//     headline-like line before it; (c) a section heading ("Related stories", "More from ...", "Most
//     read", "Also on ...", "You may also like", "Trending", "Top stories", ...; not starting in lower
//     case, at most 6 words for the "More from ..." forms) is dropped with the block that follows it:
//     headline-like lines, markers, navigation lines, and after each headline one summary of at most 300
//     bytes (when it is separated from its headline by a blank line, only if the next non-blank line is
//     teaser-like again, or, for at most 150 bytes, if it ends the text). Once the block has shown a
//     marker, a headline counts only if a marker follows within three lines, so the article's own
//     headline after a "Most read ... More>>" box survives. The block ends at the first other line, so
//     the article paragraph after an inserted "Related" box survives too. Headline-like means 2 to 20
//     words, 8 to 150 bytes, starting with an upper-case letter, digit or quote, not ending with . , ; :
//     or -.
//   - Repeated lines: LineStats, built in a first pass over the corpus (Add per document, Merge for
//     partial counts from several workers or shards), counts for each source the documents each
//     normalized line (white space runs collapsed, trimmed) appears in. Clean drops a line of at least
//     MinRepeatBytes (20) bytes that appears in at least max(MinRepeatDocs (3), ⌈RepeatFraction (0.3) ×
//     documents of the source⌉) documents of its source; so a source needs at least 3 documents, and a
//     line of a 10-document source must be in 3 of them, of a 100-document source in 30. Shorter lines
//     (6 to 19 bytes) are dropped only when they look like labels (not starting in lower case, not ending
//     with punctuation) and are in at least half of the source's documents: site names such as "Harbor
//     Post". This rule runs after the others. Pass nil stats to skip it.
//
// On the UN General Debate speeches, Wikinews and re3d documents (clean text) the cleaner drops no text
// line (TestSharedCorpora), and on the scraped pages of the embedded sample it keeps each article from
// its headline on and none of the navigation, teasers and footers around it (TestSample).
// Cleaner.Dropped lists the dropped lines with their rule.
//
// # Sample corpus
//
// Sample returns the sample corpus of corpus/sample (35 invented articles, see corpus/SAMPLE.md),
// embedded in the binary; read it with Reader{FS: Sample()} and the path ".".
package corpus
