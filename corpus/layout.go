package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Rule names of the credit rule and the page-layout rules (see Cleaner and the package documentation).
const (
	RuleCredit  = "credit"  // bylines, agency sign-offs and credits, photo captions and credits
	RuleMeta    = "meta"    // between a scraped page's headline and its body: dates, bylines, buttons
	RuleTrailer = "trailer" // after the article: from its first end mark to the end of the page
)

// isCredit reports whether the trimmed line s is a byline, an agency sign-off or credit, a reporting
// credit, or a photograph's caption or credit: text about who wrote or shot the story, whose names are
// not actors of it.
func isCredit(s string) bool { return isCreditPhrases(s, 0, false) }

// isCreditPhrases is isCredit of s. When known is set, phrases is linePhrases().match(s), which
// spares a pass over s when it is foldable.
func isCreditPhrases(s string, phrases uint8, known bool) bool {
	if len(s) > 300 {
		return false
	}
	if signOff(s) {
		return true // "Reuter", "REUTER...", "-- AP"
	}
	return creditNoSignOff(s, phrases, known)
}

// creditNoSignOff is isCreditPhrases of a line s of at most 300 bytes that is no sign-off (signOff
// is false), for callers that tested signOff already.
func creditNoSignOff(s string, phrases uint8, known bool) bool {
	if foldable(s) {
		if !known {
			phrases = linePhrases().match(s) // the matcher folds ASCII case: the same flags as on s lowered
		}
		return creditLower(s, s, phrases)
	}
	ls := strings.ToLower(s)
	return creditLower(s, ls, linePhrases().match(ls))
}

// creditLower is isCredit of the trimmed line s (at most 300 bytes, no sign-off). ls is
// strings.ToLower(s), or s itself when s is foldable: it is only compared with A-Z lowered (see
// fold.go). phrases is linePhrases().match(ls).
func creditLower(s, ls string, phrases uint8) bool {
	if creditPrefixes().anyFold(ls) {
		return true
	}
	if isBylineLower(s, ls) {
		return true
	}
	// A caption that ends with, or is, a credit: "... Photo: Kim Hong-ji/Reuters", "(AFP / Getty
	// Images)", "REUTERS/Issei Kato", "Credit: Yonhap via Korea Pool/Getty Images". Agencies are
	// matched as they sign photographs ("/Reuters", "REUTERS/"), not as a poll's name ("a
	// Reuters/Ipsos poll").
	if phrases&creditCaption != 0 {
		return true
	}
	slash := strings.IndexByte(s, '/') >= 0 // every pattern below has one
	for _, p := range [...]string{"REUTERS/", "AFP/", "/Reuters", "/REUTERS", "/AFP", "/AP", "/EPA", "/Bloomberg",
		"/Alamy", "/Anadolu", "/Xinhua"} {
		if !slash {
			break
		}
		for i := strings.Index(s, p); i >= 0; {
			end := i + len(p)
			if strings.HasSuffix(p, "/") || end == len(s) || strings.ContainsRune(" ),;/", rune(s[end])) {
				return true
			}
			j := strings.Index(s[end:], p)
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	// "... contributed to this report.", "CNN's Stefano Rossi contributed to this report."
	return phrases&creditContributed != 0
}

// creditPrefixes are the prefixes of a credit line (creditLower): reporting and photo credits.
var creditPrefixes = sync.OnceValue(func() *prefixSet {
	return newPrefixSet("reporting by ", "(reporting by ", "additional reporting by ", "writing by ",
		"editing by ", "(editing by ", "compiled by ", "(compiled by ", "reported by ", "photo:", "photos:",
		"photograph:", "photographs:", "photography:", "picture:", "pictures:", "image:", "images:", "credit:",
		"credits:", "photo credit", "image caption", "image source", "image copyright", "media caption",
		"caption:", "file photo", "pictured:", "(photo by ", "photo by ", "(photo: ", "photograph by ",
		"illustration:", "graphic:", "source:", "sources:", "with reporting by ", "our standards:")
})

// endPrefixes are the prefixes of an end mark (endMark): copyright, credits, tags and lists of
// other stories.
var endPrefixes = sync.OnceValue(func() *prefixSet {
	return newPrefixSet("©", "(c) 19", "(c) 20", "copyright ", "all content ©", "reporting by ",
		"(reporting by ", "additional reporting by ", "writing by ", "editing by ", "tags:", "tagged:",
		"topics:", "filed under", "explore more on", "more from ",
		"more stories from ", "read more about ", "you are receiving this", "unsubscribe", "source:",
		"correction:", "clarification:", "this article was amended", "this story has been corrected",
		"our standards:")
})

// Flags of the credit phrases, found anywhere in a lower-case line by linePhrases (after the
// flags of the legal phrases).
const (
	// creditCaption marks a caption's or a photograph's credit: "getty images", "epa-efe",
	// "shutterstock", "ap photo", " photo: ", "(photo: ", " photograph: ", " via reuters", " via afp".
	creditCaption uint8 = legalWeak << (1 + iota)
	// creditContributed marks a reporting credit: "contributed to this report", "contributed
	// reporting", "contributed to this story".
	creditContributed
	// creditLegal marks a legal notice that ends an article: "all rights reserved", "not an official
	// record".
	creditLegal
	// creditThoughts marks the heading of a comment section: ` 12 thoughts on "Title"`.
	creditThoughts
)

// maxEndPhrase bounds the length of endMark's whole-line phrases ("for information media. not an
// official record" is the longest).
const maxEndPhrase = 64

// addCreditPhrases adds the credit phrases and their flags to p, for linePhrases. One pass over a
// line finds them all (a lower-case line has no upper-case ASCII letter, so the matcher's case
// folding changes nothing).
func addCreditPhrases(p map[string]uint8) {
	for _, s := range []string{"getty images", "ap photo", "epa-efe", "shutterstock", " photo: ",
		" photograph: ", "(photo: ", " via reuters", " via afp"} {
		p[s] |= creditCaption
	}
	for _, s := range []string{"contributed to this report", "contributed reporting", "contributed to this story"} {
		p[s] |= creditContributed
	}
	for _, s := range []string{"all rights reserved", "not an official record"} {
		p[s] |= creditLegal
	}
	for _, s := range []string{" thoughts on \"", " thoughts on “"} {
		p[s] |= creditThoughts
	}
}

// trimCount is strings.TrimFunc(t, f) for f the digits (unicode.IsDigit), space and parentheses
// around a count of comments ("42 comments", "Comments (17)"): when neither end of t is such an
// ASCII byte or a byte of a multi-byte rune, TrimFunc keeps t.
func trimCount(t string) string {
	if t != "" && !countTrim[t[0]] && !countTrim[t[len(t)-1]] {
		return t
	}
	return strings.TrimFunc(t, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' || r == '(' || r == ')' })
}

// countTrim tells the bytes that may begin or end a rune trimCount trims: 0-9, space, ( and ), and
// every byte of 0x80 and above.
var countTrim = edgeBytes("0123456789 ()")

// isByline reports whether the trimmed line s names the story's authors: "By Jane Doe", "By JANE DOE,
// Associated Press", "By Harbor Post staff | 2023-12-13", "By Parisa Rahimi and Jonas Weber", "Jane
// Doe | Reuters", "Written by Jane Doe", "Author: Jane Doe".
func isByline(s string) bool {
	if len(s) > 120 {
		return false
	}
	return isBylineLower(s, strings.ToLower(s))
}

// isBylineLower is isByline of s. ls is strings.ToLower(s), or s itself when s is foldable: it is only
// compared with A-Z lowered.
func isBylineLower(s, ls string) bool {
	if len(s) > 120 {
		return false
	}
	rest := ""
	// The prefixes below start with B, W, the first byte of — and –, or -, or (ls's) a or A, which
	// foldPrefix lowers: a line that starts otherwise (most lines) goes to the default case
	// without comparing them.
	p := s != "" && (s[0] == 'B' || s[0] == 'W' || s[0] == 0xE2 || s[0] == '-') || ls != "" && (ls[0] == 'a' || ls[0] == 'A')
	switch {
	case p && (strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ")):
		rest = s[3:]
	case p && (strings.HasPrefix(s, "Written by ") || strings.HasPrefix(s, "WRITTEN BY ")):
		rest = s[11:]
	case p && strings.HasPrefix(s, "Words by "):
		rest = s[9:]
	case p && foldPrefix(ls, "author: "), p && foldPrefix(ls, "authors: "):
		rest = s[strings.IndexByte(s, ':')+1:]
	case p && (strings.HasPrefix(s, "— ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "-- ")):
		// "— Luisa Castillo", the signature that ends a story
		rest = strings.TrimLeft(s, "—–- ")
		return nameWords(rest, 4) && countWords(rest) >= 2
	default:
		// "Jane Doe | Reuters", "Jane Doe, Reuters": the line ends with an agency's name (checked
		// first: it rules out most lines at the cost of one short scan).
		if !mayEndWithAgency(s) {
			return false
		}
		for _, sep := range []string{" | ", ", ", " - ", " — "} {
			if i := strings.LastIndex(s, sep); i > 0 && isAgency(strings.TrimSpace(s[i+len(sep):])) && nameWords(s[:i], 4) {
				return true
			}
		}
		return false
	}
	rest = strings.TrimSpace(rest)
	// What follows the names after a comma or bar is an agency, a role, a place or a date ("By
	// Monday, the ministry said ..." is no byline).
	if i := strings.IndexAny(rest, ",|·"); i >= 0 {
		after := strings.TrimSpace(strings.TrimLeft(rest[i:], ",|·"))
		rest = strings.TrimSpace(rest[:i])
		if after != "" && !bylineTail(after) {
			return false
		}
	}
	if rest == "" || !nameWords(rest, 8) {
		return false
	}
	return countWords(rest) >= 2 || isAgency(rest)
}

// bylineTail reports whether s can follow the names of a byline after a comma or bar: an agency
// ("Associated Press"), a role ("Diplomatic correspondent", "Nairobi bureau"), a place, a date.
func bylineTail(s string) bool {
	if countWords(s) > 6 {
		return false
	}
	if isAgency(s) || dateLine(s) || nameWords(s, 6) {
		return true
	}
	ls := strings.ToLower(s)
	for _, w := range [...]string{"correspondent", "reporter", "editor", "writer", "staff", "bureau", "journalist",
		"columnist", "contributor", "analyst", "producer", "news", "press", "agency", "desk"} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// nameWords reports whether s is made of at most max words that are capitalized (names, initials,
// "The Associated Press") or joining words of a list of names (and, &, with, of, the, staff, in).
func nameWords(s string, max int) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > max {
		return false
	}
	upper := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			upper++
		case w == "and" || w == "&" || w == "with" || w == "of" || w == "the" || w == "staff" || w == "in" ||
			w == "de" || w == "van" || w == "von" || w == "al-" || strings.HasPrefix(w, "al-"):
		default:
			return false
		}
	}
	return upper > 0
}

// isMetaLine reports whether the trimmed line s, between a scraped page's headline and its body, is
// page furniture rather than text: a short line without sentence punctuation ("3 hours ago",
// "Share", "Lina Farouk", "Middle East correspondent"), a byline ("Tomas Lindqvist in Istanbul",
// "Ines Moreau in London and Tariq Haddad in Dubai") or a date line. A standfirst (a longer summary
// of the story) is not.
func isMetaLine(s string) bool {
	if s == "" || len(s) > 160 {
		return false
	}
	if isByline(s) || isCredit(s) {
		return true
	}
	words := countWords(s)
	if words <= 8 && !endsSentence(s) {
		return true
	}
	return nameWords(strings.NewReplacer(",", " ", "|", " ").Replace(s), 12)
}

// endsSentence reports whether s ends with sentence punctuation, closing quotes and brackets aside.
func endsSentence(s string) bool {
	t := strings.TrimRight(s, "\"'”’)]» ")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return (r == '.' || r == '!' || r == '?') && !strings.HasSuffix(t, "...")
}

// isProse reports whether the trimmed line s reads like a paragraph of running text: at least 80 bytes
// and 10 words, ending with sentence punctuation.
func isProse(s string) bool {
	return len(s) >= 80 && countWordsUpTo(s, 10) >= 10 && endsSentence(s)
}

// endMark tells whether the trimmed line s marks the end of an article: an author's note or
// biography, reporting credits, the page's copyright, a comment section, the list of the story's
// topics or tags, or the start of lists of other stories that only follow articles. comments is set
// for a comment section, which ends the article whatever follows it.
func endMark(s string) (ok, comments bool) { return endMarkPhrases(s, 0, false, false) }

// endLines holds the whole-line end marks of endMarkPhrases, lower case, each mapped to whether
// it heads a comment section, and the lengths they have (every one is at most maxEndPhrase long).
var endLines = sync.OnceValue(func() *wholeLines {
	w := &wholeLines{marks: map[string]bool{}}
	for _, m := range []string{
		"comments", "comment", "leave a reply", "leave a comment", "join the conversation", "add a comment",
		"post a comment", "view comments", "show comments", "load comments", "reader comments", "discussion",
		"conversation",
	} {
		w.marks[m] = true
	}
	for _, m := range []string{
		"most read", "most popular", "most viewed", "most shared", "read next", "up next",
		"you may also like", "you might also like", "recommended for you", "related topics",
		"explore more on these topics", "more on these topics", "topics", "tags", "more stories",
		"more news", "top stories", "trending now", "trending", "latest news", "latest stories",
		"around the web", "from around the web", "sponsored content", "paid content", "promoted content",
		"partner content", "sponsored links", "recommended by outbrain", "site index", "related documents",
		"related coverage", "older posts", "newer posts", "previous post", "next post", "reuse this content",
		"purchase licensing rights", "for information media. not an official record", "your privacy choices",
		"privacy settings", "cookie settings", "manage cookies", "manage preferences", "key events",
		"show key events only",
	} {
		w.marks[m] = false
	}
	for m := range w.marks {
		w.lens[len(m)] = true // len(m) > maxEndPhrase panics here, at the first use
	}
	return w
})

// wholeLines is a set of lines matched whole (endLines).
type wholeLines struct {
	marks map[string]bool
	lens  [maxEndPhrase + 1]bool
}

// endMarkPhrases is endMark of s. When known is set, phrases is linePhrases().match(s), which spares
// a pass over s when it is trimmed and foldable. noCredit tells that s is trimmed and isCredit(s)
// is false (line.credit is creditNo): then creditLower found that s is no byline (isBylineLower),
// which is not asked again.
func endMarkPhrases(s string, phrases uint8, known, noCredit bool) (ok, comments bool) {
	if len(s) > 300 {
		return false, false
	}
	// ls is the trimmed line lowered, or the trimmed line itself when it is foldable: it is only
	// compared with A-Z lowered (see fold.go).
	ls := strings.TrimSpace(s)
	folded := foldable(ls)
	if !folded {
		ls = strings.ToLower(ls)
	}
	t := trimDecor(ls)
	// t lowered, looked up when its length is that of one of the whole-line marks (endLines): most
	// lines are not lowered at all.
	if len(t) <= maxEndPhrase && endLines().lens[len(t)] {
		var buf [maxEndPhrase]byte
		if comments, ok := endLines().marks[string(appendLower(buf[:0], t))]; ok { // t itself when it is lowered already
			return true, comments
		}
	}
	if n := trimCount(t); foldEqual(n, "comments") || foldEqual(n, "comment") || foldEqual(n, "thoughts on") {
		return true, true // "42 comments", "Comments (17)"
	}
	if foldSuffix(t, " comments") && countWords(t) <= 3 || foldSuffix(ls, "thoughts on") {
		return true, true
	}
	if !known || !folded || len(ls) != len(s) {
		phrases = linePhrases().match(ls) // ls is s when s is trimmed and foldable
	}
	if foldPrefix(ls, "comments (") || phrases&creditThoughts != 0 {
		return true, true
	}
	if endPrefixes().anyFold(ls) {
		return true, false
	}
	if foldPrefix(ls, "posted in ") && (strings.IndexByte(ls, '|') >= 0 || foldContains(ls, "comment") || len(ls) <= 60) {
		return true, false // "Posted in Niger, Security | Tagged ... | 14 Comments", not "Posted in Kabul since 2019, ..."
	}
	if phrases&(creditContributed|creditLegal) != 0 {
		return true, false
	}
	if noCredit {
		// isCredit(s) tested isBylineLower(s, ls) (ls is what creditLower takes for a trimmed s too)
		// after its signOff and prefix tests, and it was false.
		return authorNote(s), false
	}
	lower := ls // what isBylineLower takes for s when s is trimmed, as lines are
	if len(s) != len(strings.TrimSpace(s)) {
		lower = s
		if !foldable(s) {
			lower = strings.ToLower(s)
		}
	}
	if isBylineLower(s, lower) {
		return true, false // a byline after the body signs the article off
	}
	return authorNote(s), false
}

// authorNote reports whether s is an author's biography: a name, "is" and a journalist's role ("Marta
// Kowalski is a senior fellow at ...", "Christina Park is a staff writer covering East Asia.").
func authorNote(s string) bool {
	// The first " is " must start within 40 bytes: it is looked for in the first 44.
	return authorNoteAt(s, strings.Index(s[:min(len(s), 40+len(" is "))], " is "))
}

// authorNoteAt is authorNote of s given i, the index of the first " is " in s, or -1 when there is
// none within its first 44 bytes.
func authorNoteAt(s string, i int) bool {
	if i < 0 || i > 40 || len(s) > 300 || !nameWords(s[:i], 4) || countWords(s[:i]) < 2 {
		return false
	}
	ls := strings.ToLower(s[i:])
	for _, w := range [...]string{"correspondent", "reporter", "editor", "writer", "journalist", "columnist",
		"contributor", "fellow", "bureau chief", "analyst", "producer", "author of", "freelance"} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// truncated reports whether the trimmed line s is a paragraph cut off in mid-sentence, as teasers of
// other stories are: it ends with an ellipsis, or with a word or a comma rather than sentence
// punctuation.
func truncated(s string) bool {
	if strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// oneSentence reports whether s is a single sentence of at most 250 bytes: the summary of a teaser.
func oneSentence(s string) bool {
	if len(s) > 250 || !endsSentence(s) {
		return false
	}
	body := strings.TrimRight(s, ".!?…\"'”’) ")
	for _, sep := range []string{". ", "! ", "? "} {
		if i := strings.Index(body, sep); i >= 0 {
			rest := body[i+len(sep):]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// layout applies the page-layout rules to the classified lines of a text: it finds the article's
// body, its headline, and its end, and drops what a scraped page puts around them. It returns the
// index of the headline line, or -1.
//
//   - The body starts at the first kept line of running text (isProse) of at least 120 bytes or
//     followed by more within four lines, or at the first line of a block of hard-wrapped text.
//   - The headline is the first headline-like line of the last group of lines (between blank lines)
//     above the body that holds one; bylines and date lines are not headlines.
//   - The page is scraped when a line above the headline was dropped by a navigation, legal, credit
//     or teaser rule. On a scraped page, every line above the headline is navigation, and the lines
//     between the headline and the body that are page furniture (isMetaLine) are meta.
//   - After the body, the first end mark (endMark: copyright, credits, an author's note, a comment
//     section, topic and tag lists, lists of other stories that only follow articles) starts the
//     trailer, which runs to the end, unless a kept paragraph of 200 bytes of running text follows
//     it (then the mark was inside the article), which a comment section does not prevent.
//   - On a scraped page, after the body, a headline-like line followed by a paragraph cut off in
//     mid-sentence is a teaser, and so is a run of two or more headlines, each followed by a longer
//     one-sentence summary (and maybe preceded by a time stamp), that lasts to the end of the text or
//     to a dropped line. Anywhere on a scraped page, two or more consecutive bulleted headlines ("•
//     Nato summit: what the leaders agreed") are a list of links.
func (c *Cleaner) layout(text string, lines []line) int {
	body := bodyStart(text, lines)
	if body < 0 {
		return -1
	}
	head := headline(text, lines, body)
	scraped := false
	for i := 0; i < body && (head < 0 || i < head); i++ {
		switch lines[i].rule {
		case RuleNavigation, RuleLegal, RuleCredit, RuleTeaser:
			scraped = true
		}
	}
	if head >= 0 && !c.KeepNavigation {
		if scraped {
			for i := 0; i < head; i++ {
				if !lines[i].blank && lines[i].rule == "" {
					lines[i].rule = RuleNavigation
				}
			}
			for i := head + 1; i < body; i++ {
				if !lines[i].blank && lines[i].rule == "" && isMetaLine(lineText(text, lines[i])) {
					lines[i].rule = RuleMeta
				}
			}
		}
	}
	if c.KeepTeasers {
		return head
	}
	c.trailer(text, lines, body)
	if scraped {
		teaserStream(text, lines, body)
		linkLists(text, lines)
	}
	return head
}

// bodyStart returns the index of the line where the article's body starts (see layout), or -1.
func bodyStart(text string, lines []line) int {
	for i := 0; i < len(lines); {
		if lines[i].blank || lines[i].rule != "" {
			i++
			continue
		}
		// The block of kept non-blank lines starting at i.
		j := i
		size, words := 0, 0
		for j < len(lines) && !lines[j].blank && lines[j].rule == "" {
			s := lineText(text, lines[j])
			size += len(s) + 1
			if words < 30 {
				words += countWordsUpTo(s, 30-words) // only words >= 30 is asked
			}
			j++
		}
		if j-i >= 3 && size >= 200 && words >= 30 && endsSentence(lineText(text, lines[j-1])) && wrapped(text, lines[i:j]) {
			// Hard-wrapped paragraphs; a headline may sit right above the first one.
			if isHeadlineLike(lineText(text, lines[i])) && upperStart(lineText(text, lines[i+1])) {
				return i + 1
			}
			return i
		}
		for k := i; k < j; k++ {
			s := lineText(text, lines[k])
			if !isProse(s) {
				continue
			}
			if len(s) >= 120 {
				return k
			}
			seen := 0
			for m := k + 1; m < len(lines) && seen < 4; m++ {
				if lines[m].blank || lines[m].rule != "" {
					continue
				}
				seen++
				if isProse(lineText(text, lines[m])) {
					return k
				}
			}
		}
		i = j
	}
	return -1
}

// wrapped reports whether a block of lines is hard-wrapped running text: some line goes on from the
// one before it in lower case.
func wrapped(text string, block []line) bool {
	for k := 1; k < len(block); k++ {
		if lowerStart(lineText(text, block[k])) && !endsSentence(lineText(text, block[k-1])) {
			return true
		}
	}
	return false
}

// headline returns the index of the article's headline above line body (see layout), or -1.
func headline(text string, lines []line, body int) int {
	best := -1
	for i := body - 1; i >= 0; i-- {
		l := lines[i]
		if l.blank {
			if best >= 0 {
				return best // the first headline of the group just closed
			}
			continue
		}
		if l.rule != "" {
			continue
		}
		s := lineText(text, l)
		if isHeadlineLike(s) && countWords(s) >= 3 && !isByline(s) && !isCredit(s) && !dateLine(s) {
			best = i
		}
	}
	return best
}

// dateLine reports whether s is a date or a time stamp line ("Fri 8 Mar 2024 16.45 GMT", "Updated Jun
// 12, 2024 at 9:14 AM", "Published On 14 Oct 2024", "3 hours ago").
func dateLine(s string) bool {
	if len(s) > 60 {
		return false
	}
	if d, ok := NormalizeDate(s); ok && d != "" {
		return true
	}
	ls := strings.ToLower(s)
	if strings.HasSuffix(ls, " ago") || strings.HasPrefix(ls, "updated ") || strings.HasPrefix(ls, "published ") ||
		strings.HasPrefix(ls, "posted ") {
		return true
	}
	digits, monthWord := false, false
	for _, w := range strings.FieldsFunc(ls, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if month(w) > 0 {
			monthWord = true
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			digits = true
		}
	}
	return digits && monthWord
}

// trailer drops the lines from the first end mark after the body to the end (see layout).
func (c *Cleaner) trailer(text string, lines []line, body int) {
	for i := body + 1; i < len(lines); i++ {
		if lines[i].blank {
			continue
		}
		ok, comments := endMarkPhrases(lineText(text, lines[i]), lines[i].phrases, lines[i].phrasesKnown, lines[i].credit == creditNo)
		if !ok {
			continue
		}
		if !comments && proseAfter(text, lines, i) {
			continue
		}
		for j := i; j < len(lines); j++ {
			if !lines[j].blank && lines[j].rule == "" {
				lines[j].rule = RuleTrailer
			}
		}
		return
	}
}

// proseAfter reports whether a kept line of running text of at least 200 bytes follows line i.
func proseAfter(text string, lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].blank || lines[j].rule != "" {
			continue
		}
		if s := lineText(text, lines[j]); len(s) >= 200 && isProse(s) {
			return true
		}
	}
	return false
}

// teaserStream drops the teasers after the body (see layout).
func teaserStream(text string, lines []line, body int) {
	next := func(i int) int { // the next non-blank line after i, or len(lines)
		for i++; i < len(lines) && lines[i].blank; i++ {
		}
		return i
	}
	for i := next(body); i < len(lines); i = next(i) {
		h := lines[i]
		if h.rule != "" || !isHeadlineLike(lineText(text, h)) {
			continue
		}
		j := next(i)
		if j >= len(lines) {
			continue
		}
		p := lineText(text, lines[j])
		if lines[j].rule == RuleTeaser && truncated(p) && teaserHeadline(lineText(text, h)) {
			// The summary went with its "More" link; its headline goes with it.
			lines[i].rule = RuleTeaser
			continue
		}
		if lines[j].rule != "" {
			continue
		}
		// A headline and a paragraph cut off in mid-sentence that starts a sentence and ends a
		// paragraph of its own (the lines of hard-wrapped text go on in lower case, and on).
		if k := j + 1; len(p) <= 400 && truncated(p) && !(isHeadlineLike(p) && len(p) < 80) && upperStart(p) && countWords(p) >= 6 &&
			teaserHeadline(lineText(text, h)) && (k >= len(lines) || lines[k].blank || lines[k].rule != "") {
			lines[i].rule, lines[j].rule = RuleTeaser, RuleTeaser
			i = j
			continue
		}
		// Two or more headlines with one-sentence summaries, to the end of the text.
		pairs, k := 0, i
		for k < len(lines) && lines[k].rule == "" {
			if timeStamp(lineText(text, lines[k])) { // "13:20 GMT" above a live-blog entry
				k = next(k)
				continue
			}
			if !teaserHeadline(lineText(text, lines[k])) {
				break
			}
			s := next(k)
			if s >= len(lines) || lines[s].rule != "" {
				break
			}
			if sum := lineText(text, lines[s]); !oneSentence(sum) || !upperStart(sum) || len(sum) <= len(lineText(text, lines[k])) {
				break
			}
			pairs++
			k = next(s)
		}
		if pairs >= 2 && (k >= len(lines) || lines[k].rule != "") {
			for m := i; m < k; m++ {
				if !lines[m].blank {
					lines[m].rule = RuleTeaser
				}
			}
			return
		}
	}
}

// teaserHeadline reports whether s may be the headline of a teaser: headline-like, at least three
// words, not ending with sentence punctuation or with a word a headline never ends with.
func teaserHeadline(s string) bool {
	return isHeadlineLike(s) && countWords(s) >= 3 && !endsSentence(s) && !endsInFunctionWord(s)
}

// upperStart reports whether s starts with an upper-case letter, a digit or an opening quote.
func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'‘“", r)
}

// endsInFunctionWord reports whether the last word of s is one that a headline never ends with, but a
// line of hard-wrapped text often does ("to", "the", "and", "of").
func endsInFunctionWord(s string) bool {
	w := strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
	switch w {
	case "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with", "from",
		"as", "that", "which", "who", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would",
		"may", "might", "can", "could", "should", "must", "shall", "if", "so", "such", "said",
		"its", "their", "his", "her", "our", "this", "these", "not", "it", "we", "i", "they", "than", "into":
		return true
	}
	return false
}

// captionLabel reports whether the lower-cased line is a caption label whose caption is on the next
// line ("Image caption,", "Media caption", "Caption:").
func captionLabel(ls string) bool {
	switch trimDecor(strings.TrimRight(strings.TrimSpace(ls), ",")) {
	case "image caption", "media caption", "caption", "photo caption", "video caption":
		return true
	}
	return false
}

// timeStamp reports whether s is a time stamp on a line of its own: "13:20 GMT", "2h ago", "5 hours
// ago", a date.
func timeStamp(s string) bool {
	if len(s) > 30 || countWords(s) > 4 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	return strings.Contains(s, ":") || strings.HasSuffix(s, " ago") || dateLine(s)
}

// linkItem reports whether the trimmed line s is an item of a bulleted list of links: a bullet and a
// headline ("• Nato summit: what the leaders agreed in Vilnius").
func linkItem(s string) bool {
	for _, b := range []string{"• ", "· ", "▪ ", "► ", "> "} {
		if rest, ok := strings.CutPrefix(s, b); ok {
			return isHeadlineLike(strings.TrimSpace(rest))
		}
	}
	return false
}

// linkLists drops the runs of two or more consecutive link items (linkItem).
func linkLists(text string, lines []line) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].rule == "" && !lines[j].blank && linkItem(lineText(text, lines[j])) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				lines[k].rule = RuleTeaser
			}
		}
		i = max(j, i+1)
	}
}
