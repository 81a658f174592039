package corpus

import (
	"encoding/binary"
	"math"
	"math/bits"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Cleaner marks boilerplate lines of documents as dropped. Its zero value applies every rule with the
// default thresholds; see the package documentation for the rules. A Cleaner is safe for concurrent use.
type Cleaner struct {
	// KeepNavigation, KeepLegal, KeepTeasers and KeepRepeated turn off one family of rules each.
	KeepNavigation bool
	KeepLegal      bool
	KeepTeasers    bool
	KeepRepeated   bool
	// KeepCredits turns off the credit rule (bylines, agency sign-offs and credits, photo captions and
	// credits); KeepLayout the page-layout rules (navigation above a scraped page's headline, meta
	// lines between headline and body, the trailer after the article, streams of teasers).
	KeepCredits bool
	KeepLayout  bool

	// MinRepeatBytes is the shortest line (normalized, in bytes) the repeated-line rule may drop.
	// Zero means 20.
	MinRepeatBytes int
	// MinRepeatDocs is the least number of documents of one source a line must appear in to be dropped
	// as repeated. Zero means 3; so sources with fewer documents lose nothing to this rule.
	MinRepeatDocs int
	// RepeatFraction is the least share of its source's documents a line must appear in to be dropped
	// as repeated (the larger of this and MinRepeatDocs applies). Zero means 0.3.
	RepeatFraction float64
}

// Rule names reported by Cleaner.Dropped.
const (
	RuleNavigation = "navigation"
	RuleLegal      = "legal"
	RuleTeaser     = "teaser"
	RuleRepeated   = "repeated"
	RuleBlank      = "blank" // a blank line that is not between two kept lines
)

// DroppedLine is one line removed by the Cleaner and the rule that removed it.
type DroppedLine struct {
	Span Span // the line, without its newline
	Rule string
}

// Clean sets d.Kept to the spans of d.Text that are not boilerplate (and, for a plain-text file whose
// Title is its first line when that line is boilerplate, sets Title to the first kept line instead). stats holds the line counts of the
// corpus for the repeated-line rule; nil turns that rule off. Each kept span covers whole lines, each line
// with its terminating newline, and adjacent kept lines merge into one span; a blank line is kept only
// between two kept lines. When everything is dropped Kept is empty but not nil. Documents with Err set are
// left alone.
func (c *Cleaner) Clean(d *Document, stats *LineStats) {
	if d.Err != nil {
		return
	}
	c.clean(d, stats)
}

// CleanMarkup is Clean followed by WireMarkup(d.Text): it returns the same spans as WireMarkup, and
// spares WireMarkup the credit test (isCredit) of each line whose answer the Cleaner's credit rule
// found already (the lines it reached with the credit rule on, most lines of a document), so that a
// caller that needs both (the pipeline: the Cleaner, then the entity chain) tests each line once.
func (c *Cleaner) CleanMarkup(d *Document, stats *LineStats) []Span {
	if d.Err != nil {
		return WireMarkup(d.Text)
	}
	return wireMarkup(d.Text, c.clean(d, stats))
}

// clean is Clean of a document without Err; it returns its lines as classify leaves them.
func (c *Cleaner) clean(d *Document, stats *LineStats) []line {
	lines, head := c.classify(d, stats)
	c.fixTitle(d, lines, head)
	kept := make([]Span, 0, 4)
	for _, l := range lines {
		if l.rule != "" {
			continue
		}
		if n := len(kept); n > 0 && kept[n-1].End == l.start {
			kept[n-1].End = l.next
		} else {
			kept = append(kept, Span{l.start, l.next})
		}
	}
	d.Kept = kept
	return lines
}

// fixTitle replaces the Title of a plain-text document when it was taken from its first line and that
// line is boilerplate ("Skip to content", a site's menu or name): the article's headline found by the
// layout rules (head) when there is one, else the first kept non-blank line shorter than maxTitleLen
// (and not a date), or "" when there is none.
func (c *Cleaner) fixTitle(d *Document, lines []line, head int) {
	if d.Line != 0 || d.Title == "" || kindOf(d.Path) != kindText {
		return
	}
	markdown := strings.EqualFold(path.Ext(filepath.ToSlash(d.Path)), ".md")
	first := -1
	for i, l := range lines {
		if !l.blank {
			first = i
			break
		}
	}
	if first < 0 || lines[first].rule == "" || firstLineTitle(d.Text, markdown) != d.Title {
		return
	}
	if head >= 0 && lines[head].rule == "" {
		if t := firstLineTitle(d.Text[lines[head].start:lines[head].end], markdown); t != "" {
			d.Title = t
			return
		}
	}
	d.Title = ""
	for _, l := range lines {
		if l.blank || l.rule != "" {
			continue
		}
		t := firstLineTitle(d.Text[l.start:l.end], markdown)
		if date, _ := NormalizeDate(t); t != "" && date == "" {
			d.Title = t
		}
		return
	}
}

// Dropped returns the lines of d that Clean drops, with the rule that drops each, for reports and
// debugging.
func (c *Cleaner) Dropped(d *Document, stats *LineStats) []DroppedLine {
	if d.Err != nil {
		return nil
	}
	var out []DroppedLine
	lines, _ := c.classify(d, stats)
	for _, l := range lines {
		if l.rule != "" {
			out = append(out, DroppedLine{Span{l.start, l.end}, l.rule})
		}
	}
	return out
}

// line is one line of a document: [start, end) without the newline, next is the start of the next line.
type line struct {
	start, end, next int
	blank            bool
	// phrasesKnown is set when lineRules found phrases, the flags of linePhrases in the trimmed line,
	// for the trailer's end marks.
	phrasesKnown bool
	phrases      uint8
	// credit is isCredit of the trimmed line when lineRules found it (creditYes, creditNo), for
	// WireMarkup (CleanMarkup); creditUnknown otherwise.
	credit uint8
	rule   string // why it is dropped; "" when kept
}

// Values of line.credit.
const (
	creditUnknown uint8 = iota
	creditYes
	creditNo
)

// splitLines cuts text at '\n'. A trailing '\r' stays in the line (it is white space for every rule).
func splitLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		l := line{start: i}
		if j < 0 {
			l.end, l.next = len(text), len(text)
		} else {
			l.end, l.next = i+j, i+j+1
		}
		l.blank = isBlank(text[l.start:l.end])
		lines = append(lines, l)
		i = l.next
	}
	return lines
}

// maxRuleLen is the longest line (trimmed, in bytes) the navigation, legal and teaser rules look at:
// boilerplate lines are short, and skipping long ones keeps cleaning fast and article paragraphs safe.
const maxRuleLen = 400

// classify applies the rules to the lines of d. It returns the lines and the index of the article's
// headline found by the layout rules, or -1.
func (c *Cleaner) classify(d *Document, stats *LineStats) ([]line, int) {
	text := d.Text
	lines := splitLines(text)
	_, wire := FindDateline(text)
	var src *sourceLines
	threshold, shortThreshold := 0, 0
	if stats != nil && !c.KeepRepeated {
		src = stats.sources[d.Source]
		if src != nil {
			threshold = c.repeatThreshold(src.docs)
			shortThreshold = max(threshold, int(math.Ceil(shortRepeatFraction*float64(src.docs))))
			if src.most < threshold {
				src = nil // no line is repeated often enough (shortThreshold ≥ threshold): no hashing
			}
		}
	}
	minRepeat := c.MinRepeatBytes
	if minRepeat <= 0 {
		minRepeat = 20
	}
	var lower []byte // reused lower-case copy of the current line
	for i := range lines {
		l := &lines[i]
		if l.blank || l.rule != "" {
			continue
		}
		s := strings.TrimSpace(text[l.start:l.end])
		if len(s) <= maxRuleLen {
			c.lineRules(text, lines, i, s, &lower, wire)
		}
		if l.rule == "" && src != nil && threshold > 0 {
			h, n := lineHash(text[l.start:l.end])
			if n >= minRepeat && src.lines[h] >= threshold ||
				n >= minShortRepeat && n < min(minRepeat, 20) && src.lines[h] >= shortThreshold && isLabel(s) {
				l.rule = RuleRepeated
			}
		}
	}
	head := -1
	if !c.KeepLayout {
		head = c.layout(text, lines)
	}
	// Blank lines are kept only between two kept lines.
	prevKept := false
	next := 0 // the first non-blank line after the current run of blank lines
	for i := range lines {
		l := &lines[i]
		if !l.blank {
			prevKept = l.rule == ""
			continue
		}
		if next <= i {
			for next = i + 1; next < len(lines) && lines[next].blank; next++ {
			}
		}
		if !prevKept || next == len(lines) || lines[next].rule != "" {
			l.rule = RuleBlank
		}
	}
	return lines, head
}

// lineRules applies the navigation, legal and teaser rules to lines[i], whose trimmed text is s. lower is
// scratch space.
func (c *Cleaner) lineRules(text string, lines []line, i int, s string, lower *[]byte, wire bool) {
	l := &lines[i]
	// ls is s with A-Z lowered when s is at most 80 bytes long, "" for a longer line; it is made
	// when a rule first reads it (lsOf). Lowering A-Z keeps the length and the punctuation, so the
	// tests on len(s) and its last byte below are those the rules make on ls first: a rule whose
	// answer they settle does not need ls.
	short := len(s) <= 80
	ls := ""
	lsOf := func() string {
		if short && ls == "" {
			*lower = appendLower((*lower)[:0], s)
			ls = string(*lower) // one small allocation per short line that a rule reads lowered
		}
		return ls
	}
	ascii := short && isASCII(s) // then ls is also strings.ToLower(s)
	// isMoreMarker is false on a line longer than 40 bytes (and on "", a longer line's ls).
	moreLike := len(s) <= 40
	// isNavigation reads ls only when ls is at most 40 bytes long and ends with neither '.' nor ',':
	// on other lines it gives the same answer with s in its place (or, for a line longer than 80
	// bytes, with ls "", which matches no menu phrase).
	navLS := s
	if moreLike && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ",") {
		navLS = lsOf()
	}
	switch {
	case !c.KeepTeasers && !lowerStart(s) && isSectionHeading(lsOf()):
		l.rule = RuleTeaser
		c.dropSection(text, lines, i+1)
	case !c.KeepCredits && wire && moreLike && isMoreMarker(lsOf()) && trimDecor(lsOf()) == "more" && nextNonBlank(lines, i) < 0:
		l.rule = RuleCredit // the "more to follow" mark that ends a take of a wire story
	case !c.KeepTeasers && moreLike && isMoreMarker(lsOf()):
		l.rule = RuleTeaser
		dropTeaserBefore(text, lines, i)
	case !c.KeepTeasers && endsWithMoreMarker(s):
		l.rule = RuleTeaser
		if j := prevNonBlank(lines, i); j >= 0 && lines[j].rule == "" && isHeadlineLike(lineText(text, lines[j])) {
			lines[j].rule = RuleTeaser
		}
	case !c.KeepNavigation && isNavigation(s, navLS):
		l.rule = RuleNavigation
	default:
		// The credit and legal rules look for phrases in the line: one pass finds both kinds.
		phrases := linePhrases().match(s)
		l.phrases, l.phrasesKnown = phrases, true
		credit := false
		if !c.KeepCredits {
			if ascii {
				// s is at most 80 bytes of ASCII, so foldable: creditLower(s, s, phrases) is
				// creditNoSignOff(s, 0, false), and the test is isCredit(s).
				credit = signOff(s) || creditLower(s, s, phrases)
			} else {
				credit = isCreditPhrases(s, phrases, true) // isCredit(s)
			}
			if len(s) <= 300 { // beyond, isCreditPhrases answers false without testing signOff
				l.credit = creditNo
				if credit {
					l.credit = creditYes
				}
			}
		}
		switch {
		case credit:
			l.rule = RuleCredit
			if captionLabel(lsOf()) {
				// "Image caption," on a line of its own: the caption is the next line.
				if j := nextNonBlank(lines, i); j >= 0 && lines[j].rule == "" && len(lineText(text, lines[j])) <= 250 {
					lines[j].rule = RuleCredit
				}
			}
		case !c.KeepLegal && isLegalPhrases(s, phrases):
			l.rule = RuleLegal
		}
	}
}

// Short repeated lines (shorter than MinRepeatBytes, at least minShortRepeat bytes) are dropped only when
// they are labels (no sentence punctuation at the end, not starting in lower case) found in at least
// shortRepeatFraction of the source's documents: site names such as "Harbor Post" or "MERIDIAN WIRE".
const (
	minShortRepeat      = 6
	shortRepeatFraction = 0.5
)

// isLabel reports whether a line looks like a label rather than a piece of a sentence.
func isLabel(line string) bool {
	s := strings.TrimSpace(line)
	if s == "" || lowerStart(s) {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '?', '!', '-', '"':
		return false
	}
	return true
}

// repeatThreshold is the least number of documents a line must be in among a source's docs.
func (c *Cleaner) repeatThreshold(docs int) int {
	minDocs := c.MinRepeatDocs
	if minDocs <= 0 {
		minDocs = 3
	}
	frac := c.RepeatFraction
	if frac <= 0 {
		frac = 0.3
	}
	return max(minDocs, int(math.Ceil(frac*float64(docs))))
}

// dropSection drops the teaser block that follows a section heading at lines[from-1]: headline-like
// lines, other headings and markers, navigation lines, and one short summary (≤ 300 bytes) after each
// headline. Once a "More>>" marker has been seen, a headline counts only when a marker follows within
// three lines. A summary separated from its headline by a blank line is taken only when the next non-blank
// line is teaser-like too (or, for a summary of at most 150 bytes, when there is none), so that the article paragraph that follows a list of
// headlines survives. The block ends at the first other line, which is left to the other rules.
func (c *Cleaner) dropSection(text string, lines []line, from int) {
	afterHeadline := false
	sawBlank := false
	sawMarker := false
	for i := from; i < len(lines); i++ {
		l := &lines[i]
		if l.blank {
			sawBlank = true
			continue
		}
		s := lineText(text, *l)
		headline := isHeadlineLike(s)
		switch {
		case headline && sawMarker && !markerWithin(text, lines, i, 3):
			// In a block of "headline, summary, More>>" teasers, a headline without its marker is
			// the article's own.
			return
		case headline && sawBlank && articleFollows(text, lines, i):
			// After a blank line, a headline followed by a date, a byline or a paragraph of running
			// text opens the article.
			return
		case isTeaserItem(s):
			afterHeadline = headline
			if ls := strings.ToLower(s); isMoreMarker(ls) || endsWithMoreMarker(s) {
				sawMarker = true
			}
		case afterHeadline && len(s) <= 300 && (!sawBlank || oneSentence(s) && nextIsTeaserItem(text, lines, i, len(s) <= 150)):
			afterHeadline = false
		default:
			return
		}
		sawBlank = false
		l.rule = RuleTeaser
	}
}

// articleFollows reports whether the next non-blank line after lines[i] is a date or byline line or a
// paragraph of running text of at least 200 bytes.
func articleFollows(text string, lines []line, i int) bool {
	j := nextNonBlank(lines, i)
	if j < 0 {
		return false
	}
	s := lineText(text, lines[j])
	return dateLine(s) || isByline(s) || len(s) >= 200 && isProse(s)
}

// markerWithin reports whether one of the n non-blank lines after lines[i] (or lines[i] itself) is or
// ends with a "More>>" marker.
func markerWithin(text string, lines []line, i, n int) bool {
	for j := i; j < len(lines) && n >= 0; j++ {
		if lines[j].blank {
			continue
		}
		s := lineText(text, lines[j])
		if isMoreMarker(strings.ToLower(s)) || endsWithMoreMarker(s) {
			return true
		}
		n--
	}
	return false
}

// isTeaserItem reports whether a trimmed line belongs in a block of teasers by itself: a heading, a
// marker, a navigation line or a headline.
func isTeaserItem(s string) bool {
	ls := strings.ToLower(s)
	return !lowerStart(s) && isSectionHeading(ls) || isMoreMarker(ls) || endsWithMoreMarker(s) || isNavigation(s, ls) ||
		isHeadlineLike(s)
}

// nextIsTeaserItem reports whether the next non-blank line after lines[i] is a teaser item; atEnd is the
// answer when there is none.
func nextIsTeaserItem(text string, lines []line, i int, atEnd bool) bool {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank {
			return isTeaserItem(lineText(text, lines[j]))
		}
	}
	return atEnd
}

// dropTeaserBefore drops the teaser that ends with the "More>>" marker at lines[i]: the headline-like line
// just before it, or a short paragraph (≤ 400 bytes) and the headline-like line before that.
func dropTeaserBefore(text string, lines []line, i int) {
	j := prevNonBlank(lines, i)
	if j < 0 || lines[j].rule != "" {
		return
	}
	s := lineText(text, lines[j])
	if isHeadlineLike(s) {
		lines[j].rule = RuleTeaser
		return
	}
	k := prevNonBlank(lines, j)
	if len(s) <= 400 && k >= 0 && lines[k].rule == "" && isHeadlineLike(lineText(text, lines[k])) {
		lines[j].rule = RuleTeaser
		lines[k].rule = RuleTeaser
	}
}

// nextNonBlank returns the index of the first non-blank line after lines[i], or -1.
func nextNonBlank(lines []line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank {
			return j
		}
	}
	return -1
}

func prevNonBlank(lines []line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !lines[j].blank {
			return j
		}
	}
	return -1
}

func lineText(text string, l line) string { return strings.TrimSpace(text[l.start:l.end]) }

// appendLower appends s lower-cased (ASCII letters only) to b. It lowers eight bytes at a time:
// for each byte c below 0x80, c+0x3f has its high bit set when c ≥ 'A' and c+0x25 when c > 'Z'
// (no carry crosses bytes, as the low seven bits are added), so their XOR marks A-Z, whose 0x20 bit
// is then set; bytes beyond ASCII are left as they are.
func appendLower(b []byte, s string) []byte {
	n := len(b)
	b = slices.Grow(b, len(s))[:n+len(s)]
	d := b[n:]
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		h := x &^ highs
		upper := ((h + (0x80-'A')*ones) ^ (h + (0x7f-'Z')*ones)) &^ x & highs
		binary.LittleEndian.PutUint64(d[i:], x|upper>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		d[i] = c
	}
	return b
}

// trimDecor removes the arrows, bullets, brackets and punctuation that decorate menu items and markers.
func trimDecor(s string) string {
	if s != "" && !decorByte[s[0]] && !decorByte[s[len(s)-1]] {
		// Neither end is an ASCII decoration or space, nor a byte of a multi-byte rune: the line
		// starts and ends with runes that TrimFunc keeps (most lines).
		return s
	}
	return strings.TrimFunc(s, isDecor)
}

// isDecor reports whether trimDecor trims r.
func isDecor(r rune) bool {
	switch r {
	case '»', '›', '→', '…', '>', '<', '«', '‹', '|', '•', '·', '[', ']', '(', ')', '.', ':', '-', '–', '—',
		'+', '*', '#', '!', '?', '"', '\'':
		return true
	}
	return unicode.IsSpace(r)
}

// decorByte tells the bytes that may begin or end a rune trimDecor trims: its ASCII decorations,
// the ASCII runes for which unicode.IsSpace holds (\t \n \v \f \r and space), and every byte of
// 0x80 and above (a byte of a multi-byte rune, or an invalid one, which trimDecor decodes).
var decorByte = edgeBytes("><|[]().:-+*#!?\"'\t\n\v\f\r ")

// edgeBytes returns the table of the bytes that may begin or end a rune a TrimFunc trims, for a
// function that holds for the ASCII runes of ascii and for none other below utf8.RuneSelf: those
// bytes and every byte of 0x80 and above (a byte of a multi-byte rune, or an invalid one). A string
// whose first and last bytes are not in it is one that TrimFunc gives back whole.
func edgeBytes(ascii string) (t [256]bool) {
	for i := 0; i < len(ascii); i++ {
		t[ascii[i]] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}

// isMoreMarker reports whether the lower-cased line is a "More>>" / "Read more" / "Continue reading" link.
func isMoreMarker(ls string) bool {
	if len(ls) > 40 || strings.HasSuffix(ls, ".") && !strings.HasSuffix(ls, "..") {
		return false // "more." ends a wrapped sentence
	}
	switch trimDecor(ls) {
	case "more", "read more", "continue reading", "read the full story", "read full story", "full story",
		"see more", "view more", "keep reading", "read on", "read the rest", "read full article",
		"read the full article", "full article", "more stories", "load more", "show more", "more news",
		"read more here", "click to read more", "read the rest of this entry":
		return true
	}
	return false
}

// endsWithMoreMarker reports whether a teaser line ends with an explicit "More>>" marker
// ("... talks resume. More>>", "... Read more »"), ignoring ASCII case.
func endsWithMoreMarker(s string) bool {
	t := strings.TrimRight(s, " \t\r")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '>', 'e', 'E', 'g', 'G', ']', ')', 0xBB, 0xA6, 0x92: // > more reading ] ) » … →
	default:
		return false
	}
	// A marker is compared only when its last byte is t's, A-Z lowered: the markers end with
	// lower-case letters (which fold only to themselves upper-cased), > ] ) or the last byte of » or
	// →, which fold to nothing else, so EqualFold fails for the others.
	last := lowerByte(t[len(t)-1])
	for _, m := range [...]string{"more>>", "more >>", "more»", "more »", "read more", "read more»", "read more »",
		"read more >>", "continue reading", "continue reading»", "continue reading »", "continue reading →",
		"read more →", "[more]", "(more)"} {
		if m[len(m)-1] != last {
			continue
		}
		if len(t) > len(m) && strings.EqualFold(t[len(t)-len(m):], m) {
			before := t[len(t)-len(m)-1]
			if before == ' ' || before == '.' || before == '\t' || before == ']' || before == ')' || before == '"' {
				return true
			}
		}
	}
	return false
}

// isSectionHeading reports whether the lower-cased line heads a block of links to other stories.
func isSectionHeading(ls string) bool {
	if len(ls) > 80 || ls == "" {
		return false
	}
	t := trimDecor(ls)
	switch t {
	case "related", "related stories", "related articles", "related content", "related news", "related coverage",
		"related links", "related topics", "related reading", "more stories", "more news", "more on this",
		"more on this story", "more on this topic", "most read", "most popular", "most viewed", "most shared",
		"most watched", "also read", "see also", "you may also like", "you might also like",
		"you may be interested in", "you might be interested in", "trending", "trending now",
		"trending stories", "recommended", "recommended for you", "recommended stories", "read next",
		"up next", "what to read next", "latest news", "latest stories", "top stories", "more top stories",
		"editors' picks", "editor's picks", "editors’ picks", "editor’s picks", "don't miss", "don’t miss",
		"in case you missed it", "around the web", "from around the web", "promoted stories",
		"sponsored stories", "the latest", "popular now", "more to explore", "further reading":
		return true
	}
	if len(t) > 60 || strings.ContainsAny(t, ".,;") || countWords(t) > 6 {
		return false
	}
	for _, p := range [...]string{"more from ", "also on ", "more in ", "more on ", "elsewhere on ", "latest from ",
		"more stories from ", "most read in ", "more about "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// isHeadlineLike reports whether a trimmed line looks like the headline of a story: 2 to 20 words, at most
// 150 bytes, starting with an upper-case letter, a digit or a quote, and not ending like a sentence or a
// clause (. , ; :).
func isHeadlineLike(s string) bool {
	if len(s) < 8 || len(s) > 150 {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '-':
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'‘“«", r) {
		return false
	}
	n := len(strings.Fields(s))
	return n >= 2 && n <= 20
}

// menuWords are words that make up navigation menus.
func isMenuWord(w string) bool {
	switch w {
	case "home", "world", "news", "politics", "business", "opinion", "opinions", "sport", "sports", "tech",
		"technology", "science", "health", "culture", "arts", "art", "lifestyle", "life", "style", "travel",
		"video", "videos", "audio", "photos", "photo", "podcasts", "podcast", "weather", "climate",
		"economy", "markets", "money", "education", "entertainment", "food", "more", "latest", "local",
		"national", "international", "us", "uk", "africa", "americas", "asia", "europe", "middle", "east",
		"menu", "search", "sign", "in", "up", "out", "log", "login", "logout", "register", "subscribe",
		"subscriptions", "account", "my", "contact", "about", "help", "newsletters", "newsletter", "live",
		"tv", "radio", "games", "puzzles", "crosswords", "books", "music", "film", "movies", "media",
		"features", "analysis", "interviews", "comment", "blogs", "obituaries", "weekend", "magazine",
		"edition", "español", "english", "français", "archive", "archives", "jobs", "careers", "shop",
		"privacy", "terms", "policy", "cookies", "sitemap", "advertise", "rss", "faq", "&", "and",
		"skip", "to", "content", "main", "navigation", "close", "open", "share", "print", "email",
		"facebook", "twitter", "x", "instagram", "youtube", "linkedin", "whatsapp", "telegram", "tiktok",
		"asia-pacific", "pacific", "australia", "india", "china", "uk-news", "us-news", "regions", "topics",
		"sections", "today", "top", "back", "next", "previous", "all", "view", "see", "follow", "us:":
		return true
	}
	return false
}

// isNavigation reports whether a trimmed line (s, and its lower-case form ls, which may be "" for lines
// longer than 80 bytes) is navigation: a lone menu
// phrase, a menu or breadcrumb of short items separated by | • · » › or spaced > and /, or a run of at
// least three words most of which (≥ 75%) are menu words, with no sentence punctuation.
func isNavigation(s, ls string) bool {
	if len(ls) > 40 || strings.HasSuffix(ls, ".") || strings.HasSuffix(ls, ",") {
		// Not a lone menu phrase.
	} else {
		switch trimDecor(ls) {
		case "menu", "skip to content", "skip to main content", "skip to navigation", "skip navigation",
			"jump to content", "sign in", "log in", "login", "sign up", "register", "subscribe", "search",
			"home", "close", "open menu", "main menu", "toggle navigation", "share", "print", "email",
			"back to top", "next article", "previous article", "follow us", "tweet", "facebook", "twitter",
			"whatsapp", "linkedin", "copy link", "share this", "share on facebook", "share on twitter",
			"my account", "sign in / register", "log in / register", "sections", "top":
			return true
		}
	}
	if items, ok := splitMenu(s); ok && len(items) >= 2 {
		menuish := 0
		for _, it := range items {
			if len(it) > 40 || len(strings.Fields(it)) > 5 || strings.HasSuffix(it, ".") {
				return false
			}
			if allMenuWords(strings.ToLower(it)) {
				menuish++
			}
		}
		if len(items) >= 3 || menuish > 0 {
			return true
		}
	}
	if spacedMenu(s) {
		return true
	}
	if hasPrefixFold(s, "skip to ") && countWords(s) <= 5 {
		return true // "Skip to key events", "Skip to navigation"
	}
	for i := 0; i < len(sentencePunct); i++ { // strings.ContainsAny(s, sentencePunct), a byte at a time
		if strings.IndexByte(s, sentencePunct[i]) >= 0 {
			return false
		}
	}
	return menuRun(s)
}

// sentencePunct holds the bytes of sentence punctuation that no menu run holds, the most frequent
// first: each is looked for with strings.IndexByte, which reads many bytes at a time.
const sentencePunct = ",.;:!?\""

// menuRun reports whether s is a run of 3 to 15 words (separated by ASCII white space) of which at
// least 75% are menu words. It stops at the fourth word that is not a menu word: 15 words at most
// and three menu words for each other word allow three others at most.
func menuRun(s string) bool {
	words, menu := 0, 0
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			words++
			if words > 15 {
				return false
			}
			if isMenuWordFold(s[i:j]) {
				menu++
			} else if words-menu > 3 {
				return false
			}
		}
		i = j
	}
	return words >= 3 && menu*4 >= words*3
}

// isMenuWordFold is isMenuWord(strings.ToLower(w)).
func isMenuWordFold(w string) bool {
	if len(w) > maxMenuWord {
		return isMenuWord(strings.ToLower(w))
	}
	// An ASCII word is lowered into b as it is read (one pass, no isASCII and appendLower calls).
	var b [maxMenuWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return isMenuWord(strings.ToLower(w))
		}
		b[i] = lowerByte(c)
	}
	return isMenuWord(string(b[:len(w)]))
}

// maxMenuWord is at least the length of isMenuWord's longest word ("international", "subscriptions").
const maxMenuWord = 16

func allMenuWords(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if !isMenuWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

// spacedMenu reports whether s is a menu whose items are separated by runs of two or more spaces or
// tabs, as flattened pages give them ("World   Politics   Business   Health", "English edition
// Русский   中文"): at least three items of at most four words and 30 bytes each, none ending with a
// period and none holding a digit (columns of figures are not menus).
func spacedMenu(s string) bool {
	if !hasDoubleSpace(s) && strings.IndexByte(s, '\t') < 0 {
		return false
	}
	items := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !(s[j] == '\t' || s[j] == ' ' && j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == '\t')) {
			j++
		}
		it := strings.TrimSpace(s[i:j])
		if it != "" {
			if len(it) > 30 || countWords(it) > 4 || strings.HasSuffix(it, ".") || strings.ContainsAny(it, "0123456789") {
				return false
			}
			items++
		}
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		i = j
	}
	return items >= 3
}

// hasDoubleSpace reports whether s holds two spaces in a row (strings.Contains(s, "  ")). It reads
// eight bytes at a time: in v, the word with every byte XORed with a space, the bytes that were
// spaces are the zero bytes, which z marks exactly (a byte's high bit in z is set when its low
// seven bits or its high bit are not zero); two marks side by side, within the word or across
// the boundary with the word before (prev: whether the byte before it was a space), are two
// spaces in a row.
func hasDoubleSpace(s string) bool {
	const spaces, low7 = 0x2020202020202020, 0x7f7f7f7f7f7f7f7f
	prev := false
	i := 0
	for ; i+8 <= len(s); i += 8 {
		v := load8(s[i:i+8]) ^ spaces
		z := ^(((v & low7) + low7) | v) & highBits // 0x80 in each byte that is a space
		if z&(z>>8) != 0 || prev && z&0x80 != 0 {
			return true
		}
		prev = z>>63 != 0
	}
	for ; i < len(s); i++ {
		space := s[i] == ' '
		if space && prev {
			return true
		}
		prev = space
	}
	return false
}

// splitMenu splits s at menu separators; ok is false when s holds none. Empty items are left out.
func splitMenu(s string) (items []string, ok bool) {
	if !hasMenuSep(s) {
		return nil, false
	}
	r := strings.NewReplacer(" > ", "|", " / ", "|", "•", "|", "·", "|", "»", "|", "›", "|")
	for _, it := range strings.Split(r.Replace(s), "|") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	return items, true
}

// hasMenuSep reports whether s contains one of | • · » › or a spaced > or /.
func hasMenuSep(s string) bool {
	return strings.IndexByte(s, '|') >= 0 ||
		strings.IndexByte(s, 0xC2) >= 0 && (strings.Contains(s, "·") || strings.Contains(s, "»")) ||
		strings.IndexByte(s, 0xE2) >= 0 && (strings.Contains(s, "•") || strings.Contains(s, "›")) ||
		spacedByte(s, '>') || spacedByte(s, '/')
}

// spacedByte reports whether s holds c with a space on each side (strings.Contains(s, " c ")). It
// looks for c, which is rare in prose, rather than for the spaces around it, which are not.
func spacedByte(s string, c byte) bool {
	for i := 1; i+1 < len(s); {
		j := strings.IndexByte(s[i:len(s)-1], c)
		if j < 0 {
			return false
		}
		i += j
		if s[i-1] == ' ' && s[i+1] == ' ' {
			return true
		}
		i++
	}
	return false
}

// isLegal reports whether the trimmed line is a copyright, legal, cookie, sponsor, sharing or newsletter
// line. Unambiguous phrases ("all rights reserved", "we use cookies", "sign up for our", ...) drop lines up
// to maxRuleLen bytes; ambiguous words ("advertisement", "newsletter", "privacy policy", "photo:", ...)
// only drop short lines (≤ 80 bytes) that do not end like a sentence. Matching ignores ASCII case.
func isLegal(s string) bool { return isLegalPhrases(s, linePhrases().match(s)) }

// legalPrefixes are the prefixes of a legal line (isLegal) that drop it whatever its length.
var legalPrefixes = sync.OnceValue(func() *prefixSet {
	return newPrefixSet("©", "(c) 19", "(c) 20", "copyright ", "all rights reserved", "related:",
		"read more:", "read also:", "see also:", "also read:", "more:", "sponsored:", "sponsored content",
		"advertisement:", "promoted:", "newsletter:", "paid content", "paid post", "read also ", "also read ",
		"read more about ", "read more on ", "related: ", "related coverage:", "watch:", "listen:", "poll:",
		"quiz:", "editions:", "edition:")
})

// isLegalPhrases is isLegal of s, whose linePhrases flags are phrases.
func isLegalPhrases(s string, phrases uint8) bool {
	if legalPrefixes().anyEqualFold(s) {
		return true
	}
	// A newsletter prompt: "Sign up to First Edition, our free daily newsletter", "Get the Pacific
	// Times newsletter", "Subscribe to the Africa briefing".
	// hasPrefixFold needs s's first byte to be a prompt's first letter, in either case.
	for _, p := range [...]string{"sign up", "subscribe", "get the ", "get our ", "register for", "join our"} {
		if len(s) > 200 || s == "" || !promptInitial[s[0]] {
			break
		}
		if hasPrefixFold(s, p) {
			ls := strings.ToLower(s)
			for _, w := range [...]string{"newsletter", "briefing", "inbox", "email", "e-mail", "digest", "bulletin"} {
				if strings.Contains(ls, w) {
					return true
				}
			}
		}
	}
	if phrases&legalStrong != 0 {
		return true
	}
	if phrases&legalWeak == 0 || len(s) > 80 || lowerStart(s) {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ',', ';':
		return false
	}
	words := countWords(s)
	if words <= 3 {
		return true
	}
	if words > 8 {
		return false
	}
	// A longer line must start with the phrase.
	return anyPrefixFold(s, weakLegalPhrases())
}

// promptInitial tells the first bytes hasPrefixFold accepts for the newsletter prompts of
// isLegalPhrases ("sign up", "subscribe", "get the ", "get our ", "register for", "join our"): the
// byte itself or the byte 'a'-'A' below it.
var promptInitial = func() (t [256]bool) {
	for _, c := range []byte("sgrj") {
		t[c], t[c-('a'-'A')] = true, true
	}
	return t
}()

// hasPrefixFold reports whether s starts with the lower-case prefix p, ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) || p == "" {
		return false
	}
	if c := s[0]; c != p[0] && c+('a'-'A') != p[0] {
		return false
	}
	return strings.EqualFold(s[:len(p)], p)
}

// anyPrefixFold reports whether hasPrefixFold(s, p) holds for some p of ps. It tests the first
// byte in the loop and calls hasPrefixFold only for the prefixes that pass: a line is tested
// against dozens of prefixes, and most fail at once.
func anyPrefixFold(s string, ps []string) bool {
	if s == "" {
		return false
	}
	c, cu := s[0], s[0]+('a'-'A')
	for _, p := range ps {
		if p != "" && (p[0] == c || p[0] == cu) && hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time, read with one load
		if load8(s[i:i+8])&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerStart reports whether s starts with a lower-case ASCII letter: the continuation of a wrapped
// sentence rather than a label.
func lowerStart(s string) bool { return s != "" && 'a' <= s[0] && s[0] <= 'z' }

// countWords counts the space-separated words of s.
func countWords(s string) int { return countWordsUpTo(s, len(s)) }

// countWordsUpTo is min(countWords(s), limit): it stops reading s at the limit-th word, for tests
// of "at least limit words" on long paragraphs.
func countWordsUpTo(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s) && n < limit; i++ {
		if isSpaceByte(s[i]) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// LineStats counts, for each source, its documents and the number of documents each line appears in (a
// line counts once per document), for the repeated-line rule of Cleaner. Lines are normalized (ASCII
// white space runs collapsed, trimmed; case is kept) and stored as 64-bit hashes. The zero value is
// empty and ready to use. A LineStats is not safe for concurrent Add or Merge; build one per worker and
// Merge them (Merge is associative and commutative). Clean only reads it.
type LineStats struct {
	sources map[string]*sourceLines
	hashes  []uint64 // scratch for Add
}

type sourceLines struct {
	docs  int
	lines map[uint64]int
	most  int // the largest count in lines
}

// Add counts the lines of d under d.Source. Documents with Err set are not counted.
func (s *LineStats) Add(d *Document) {
	if d.Err != nil {
		return
	}
	src := s.source(d.Source)
	src.docs++
	hashes := s.hashes[:0]
	text := d.Text
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		if h, n := lineHash(text[i:end]); n > 0 {
			hashes = append(hashes, h)
		}
		i = end + 1
	}
	slices.Sort(hashes)
	for k, h := range hashes {
		if k == 0 || hashes[k-1] != h {
			n := src.lines[h] + 1
			src.lines[h] = n
			src.most = max(src.most, n)
		}
	}
	s.hashes = hashes[:0]
}

func (s *LineStats) source(name string) *sourceLines {
	if s.sources == nil {
		s.sources = make(map[string]*sourceLines)
	}
	src := s.sources[name]
	if src == nil {
		src = &sourceLines{lines: make(map[uint64]int)}
		s.sources[name] = src
	}
	return src
}

// Merge adds the counts of o to s.
func (s *LineStats) Merge(o *LineStats) {
	if o == nil {
		return
	}
	for name, os := range o.sources {
		src := s.source(name)
		src.docs += os.docs
		for h, n := range os.lines {
			src.lines[h] += n
			src.most = max(src.most, src.lines[h])
		}
	}
}

// Docs returns the number of documents counted for source.
func (s *LineStats) Docs(source string) int {
	if src := s.sources[source]; src != nil {
		return src.docs
	}
	return 0
}

// Count returns the number of documents of source that contain line (after normalization).
func (s *LineStats) Count(source, line string) int {
	src := s.sources[source]
	if src == nil {
		return 0
	}
	h, n := lineHash(line)
	if n == 0 {
		return 0
	}
	return src.lines[h]
}

// lineHash returns a 64-bit hash of the normalized line (ASCII white space runs collapsed to one space,
// trimmed; case is kept) and its normalized length in bytes (0 for a blank line).
func lineHash(s string) (uint64, int) {
	i, j := 0, len(s)
	for i < j && isSpaceByte(s[i]) {
		i++
	}
	for j > i && isSpaceByte(s[j-1]) {
		j--
	}
	t := s[i:j]
	if t == "" {
		return 0, 0
	}
	if !strings.Contains(t, "  ") && strings.IndexByte(t, '\t') < 0 && strings.IndexByte(t, '\r') < 0 &&
		strings.IndexByte(t, '\f') < 0 && strings.IndexByte(t, '\v') < 0 && strings.IndexByte(t, '\n') < 0 {
		return hashString(t), len(t) // already normalized: the common case
	}
	b := make([]byte, 0, len(t))
	space := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if isSpaceByte(c) {
			space = true
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return hashString(string(b)), len(b)
}

// hashString is a 64-bit hash of s, eight bytes at a time (an FNV-1a style multiply, with a rotation so
// that every byte reaches the low bits).
func hashString(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // constant indexes below: one load, no bounds checks
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		h = bits.RotateLeft64((h^w)*prime, 31)
	}
	for ; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime
	}
	return bits.RotateLeft64(h, 29) ^ uint64(len(s))
}
