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
//     (slash-separated; the base name for a file given directly), Source the name of the directory
//     that holds the file, whatever the form of the path typed ("x.txt", "./x.txt" and
//     "/abs/data/x.txt" all give "data" for the file /abs/data/x.txt: the path is made absolute
//     first; "" for a file at the root of the file system or of Reader.FS), Title the first non-blank line when it is shorter than 200 bytes (for Markdown without
//     its leading '#'s; Cleaner.Clean replaces it by the first kept line when that first line is
//     boilerplate such as "Skip to content"). Date is the first of the first 15 non-blank lines that is a
//     date by itself ("March 5, 2024") or after a last '|' or '·' ("By Staff | 2023-12-13"), else the
//     YYYY-MM-DD or YYYYMMDD the file name starts with. A leading UTF-8 byte-order mark is removed; a
//     UTF-16 file with a byte-order mark is converted.
//   - .jsonl .ndjson and "-" (standard input): one JSON object per line, read with a 64 KiB buffer that
//     grows for longer lines, so a line of any length works. Fields: id (string or number; default
//     "name:line"), text (required string), title, date, source, url, country_iso3 and country
//     (Document.Country); others are ignored, keys are case-sensitive. Blank lines are skipped; a malformed line or one without a string "text" gives a
//     Document with Err naming the line, and the following lines are still read. The decoder is
//     hand-written (see jsonobj.go) because encoding/json is slow on long strings; a fuzz
//     test checks that it accepts and decodes exactly what encoding/json does.
//   - .csv .tsv: encoding/csv with a header row naming a "text" column (case-insensitive) and optional
//     id, title, date, source, url, country_iso3 and country columns; lazy quotes are accepted. A
//     record whose number of fields differs from the header's gives a Document with Err naming its line
//     (and record number); the others are still read. Line is the line where the record starts.
//   - .html .htm: the main text of the page, see below.
//
// Dates are normalized to YYYY-MM-DD (NormalizeDate: RFC 3339, YYYY-MM-DD, YYYYMMDD, "YYYY-MM-DD
// HH:MM:SS", RFC 1123 and a few long forms); an unparseable date becomes "" and a warning. Text is always
// valid UTF-8: invalid bytes are replaced by U+FFFD and the warning "invalid UTF-8 replaced" is added (for
// JSONL each invalid byte becomes one U+FFFD, as encoding/json does; elsewhere each invalid run). A file
// whose first 8 KiB are more than 2% NUL or other control bytes (at least 4 of them; tab, line breaks,
// form feed and escape do not count) is a "binary file": random or compressed data has about 10% of
// them, executables and UTF-16 without a byte-order mark far more. A text with a few such bytes is
// read as it is, with a warning. An empty or blank text is an "empty document".
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
// A page the parser refuses (golang.org/x/net/html stops at 512 nested elements) is read from its tokens
// instead, with a warning: the elements of step 1 are left out with their content (nesting is tracked
// without a limit), block elements separate paragraphs as in step 3, the metadata is read as in step 4,
// and the title is the first <h1>, else og:title, else <title>; there is no choice of a main element.
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
//   - Credits: bylines ("By Jane Doe, Reuters", "Jane Doe | AP", "— Luisa Castillo"), agency
//     sign-offs on a line of their own ("Reuter", "REUTER...", "(AP)", "-- AFP"), reporting credits
//     ("Reporting by ...; Editing by ...", "... contributed to this report.", "Source: ..."), and
//     photographs' captions and credits ("Photo: Kim Hong-ji/Reuters", "(AFP / Getty Images)",
//     "REUTERS/Issei Kato", "Image caption," and the caption line after it): the names in them are
//     not actors of the story. In a wire story (one with a dateline, see below), a last line "MORE"
//     marks a take to be continued and is dropped alone.
//   - Page layout (Cleaner.KeepLayout turns it off): the page is modelled as navigation, article and
//     trailer. The article's body starts at the first kept paragraph of running text (a line of at
//     least 80 bytes and 10 words ending with sentence punctuation, followed by another within four
//     lines or of 120 bytes, or a block of hard-wrapped lines); its headline is the first
//     headline-like line (not a byline or a date) of the last group of lines above the body that has
//     one. A page is scraped when a line above the headline was dropped by another rule; on a scraped
//     page everything above the headline is navigation (site names, menus of one item per line,
//     kickers, banners) and the lines between headline and body that are furniture (bylines, dates,
//     reading times, buttons: short lines without sentence punctuation) are meta; a standfirst stays.
//     After the body, the first end mark (copyright, reporting credits, a byline or an author's note,
//     a comment section, tag and topic lists, "Most read", "More from ...", "Read next", consent
//     dialogs) starts the trailer, dropped to the end of the text, unless a kept paragraph of 200
//     bytes of running text follows it (a comment section ends the article whatever follows). On a
//     scraped page, after the body, a headline followed by a paragraph cut off in mid-sentence (ending
//     with an ellipsis or a word) is a teaser with or without a "More" link, and so are two or more
//     headlines each followed by a longer one-sentence summary running to the end of the text; two or
//     more consecutive bulleted headlines are a list of links. The plain-text Title is the headline
//     when the first line was dropped. corpus/testdata/pages holds annotated pages of many kinds of
//     sites (TestScrapedPages runs the full recognizer chain on them: no actor outside the article,
//     every actor of the article found).
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
// Cleaner.Dropped lists the dropped lines with their rule. Cleaning costs time linear in the length of
// the text, whatever its layout.
//
// # Wire conventions
//
// FindDateline finds the dateline that opens an agency story ("HOUSTON, March 3 - ", "WASHINGTON
// (Reuters) - ", "PARIS, Jan 5 (AFP) - ", "LONDON — ", "Springfield, Ill. (AP) - ", "BEIJING, April
// 9. /TASS/. ") among the first 12 non-blank lines and gives the byte spans of the whole dateline, its
// place (the city and a state, province or country after it), its date and its agency credit: the
// place is where the story was filed. WireMarkup gives the spans that never name an actor: agency
// credits in datelines and at the start or end of a paragraph, sign-off lines, credit lines, stock
// tickers in angle brackets ("<AXP>" whole; the brackets of "<Autorama Inc>", a company without a
// ticker, whose name TickerNames gives), and the rows of results tables ("Shr 80 cts vs 72 cts",
// "Year"). entities.Chain keeps every mention out of them. corpus/testdata/wire holds stories in each
// convention; on the Reuters stories of the shared gold a dateline is found in all but the misspelt
// ones ("RENO, Nev., Mach 4"; TestReutersConventions).
//
// # Sample corpus
//
// Sample returns the sample corpus of corpus/sample (35 invented articles, see corpus/SAMPLE.md),
// embedded in the binary; read it with Reader{FS: Sample()} and the path ".".
package corpus
