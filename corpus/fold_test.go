package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// The checks below are the line checks as they were before they matched lines with fold.go's ASCII
// folding instead of lowering them: the definitions that the new ones must agree with.

func oldIsCredit(s string) bool {
	if len(s) > 300 {
		return false
	}
	if signOff(s) {
		return true // "Reuter", "REUTER...", "-- AP"
	}
	return oldIsCreditLower(s, strings.ToLower(s))
}

func oldIsCreditLower(s, ls string) bool {
	for _, p := range [...]string{"reporting by ", "(reporting by ", "additional reporting by ", "writing by ",
		"editing by ", "(editing by ", "compiled by ", "(compiled by ", "reported by ", "photo:", "photos:",
		"photograph:", "photographs:", "photography:", "picture:", "pictures:", "image:", "images:", "credit:",
		"credits:", "photo credit", "image caption", "image source", "image copyright", "media caption",
		"caption:", "file photo", "pictured:", "(photo by ", "photo by ", "(photo: ", "photograph by ",
		"illustration:", "graphic:", "source:", "sources:", "with reporting by ", "our standards:"} {
		if strings.HasPrefix(ls, p) {
			return true
		}
	}
	if oldIsBylineLower(s, ls) {
		return true
	}
	// A caption that ends with, or is, a credit: "... Photo: Kim Hong-ji/Reuters", "(AFP / Getty
	// Images)", "REUTERS/Issei Kato", "Credit: Yonhap via Korea Pool/Getty Images". Agencies are
	// matched as they sign photographs ("/Reuters", "REUTERS/"), not as a poll's name ("a
	// Reuters/Ipsos poll").
	phrases := linePhrases().match(ls)
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

func oldIsBylineLower(s, ls string) bool {
	if len(s) > 120 {
		return false
	}
	rest := ""
	switch {
	case strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY "):
		rest = s[3:]
	case strings.HasPrefix(s, "Written by ") || strings.HasPrefix(s, "WRITTEN BY "):
		rest = s[11:]
	case strings.HasPrefix(s, "Words by "):
		rest = s[9:]
	case strings.HasPrefix(ls, "author: "), strings.HasPrefix(ls, "authors: "):
		rest = s[strings.IndexByte(s, ':')+1:]
	case strings.HasPrefix(s, "— ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "-- "):
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

func oldEndMark(s string) (ok, comments bool) {
	if len(s) > 300 {
		return false, false
	}
	ls := strings.ToLower(strings.TrimSpace(s))
	t := trimDecor(ls)
	switch t {
	case "comments", "comment", "leave a reply", "leave a comment", "join the conversation", "add a comment",
		"post a comment", "view comments", "show comments", "load comments", "reader comments", "discussion",
		"conversation":
		return true, true
	case "most read", "most popular", "most viewed", "most shared", "read next", "up next", "you may also like",
		"you might also like", "recommended for you", "related topics", "explore more on these topics",
		"more on these topics", "topics", "tags", "more stories", "more news", "top stories", "trending now",
		"trending", "latest news", "latest stories", "around the web", "from around the web", "sponsored content",
		"paid content", "promoted content", "partner content", "sponsored links", "recommended by outbrain",
		"site index", "related documents", "related coverage", "older posts", "newer posts", "previous post",
		"next post", "reuse this content", "purchase licensing rights", "for information media. not an official record",
		"your privacy choices", "privacy settings", "cookie settings", "manage cookies", "manage preferences",
		"key events", "show key events only":
		return true, false
	}
	if n := strings.TrimFunc(t, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' || r == '(' || r == ')' }); n == "comments" || n == "comment" || n == "thoughts on" {
		return true, true // "42 comments", "Comments (17)"
	}
	if strings.HasSuffix(t, " comments") && countWords(t) <= 3 || strings.HasSuffix(ls, "thoughts on") {
		return true, true
	}
	if strings.HasPrefix(ls, "comments (") || strings.Contains(ls, " thoughts on \"") || strings.Contains(ls, " thoughts on “") {
		return true, true
	}
	for _, p := range [...]string{"©", "(c) 19", "(c) 20", "copyright ", "all content ©", "reporting by ",
		"(reporting by ", "additional reporting by ", "writing by ", "editing by ", "tags:", "tagged:",
		"topics:", "filed under", "explore more on", "more from ",
		"more stories from ", "read more about ", "you are receiving this", "unsubscribe", "source:",
		"correction:", "clarification:", "this article was amended", "this story has been corrected",
		"our standards:"} {
		if strings.HasPrefix(ls, p) {
			return true, false
		}
	}
	if strings.HasPrefix(ls, "posted in ") && (strings.ContainsAny(ls, "|") || strings.Contains(ls, "comment") || len(ls) <= 60) {
		return true, false // "Posted in Niger, Security | Tagged ... | 14 Comments", not "Posted in Kabul since 2019, ..."
	}
	if linePhrases().match(ls)&(creditContributed|creditLegal) != 0 {
		return true, false
	}
	lower := ls // strings.ToLower(s) when s is trimmed, as lines are
	if len(s) != len(strings.TrimSpace(s)) {
		lower = strings.ToLower(s)
	}
	if oldIsBylineLower(s, lower) {
		return true, false // a byline after the body signs the article off
	}
	return authorNote(s), false
}

// foldLines are realistic lines for the line checks: wire credits and bylines, captions, navigation,
// trailers, datelines, and lines in other scripts whose lowering is not ASCII's (Turkish dotted I,
// German ß, Greek final sigma, the Kelvin sign, the long s, invalid UTF-8).
var foldLines = []string{
	"Reporting by Jane Doe; Editing by John Smith",
	"(Reporting by Ayse Kaya in ISTANBUL; Writing by Tom Brown; Editing by Alex Richardson)",
	"Additional reporting by Mehmet Yilmaz in Ankara",
	"REPORTING BY JANE DOE",
	"Photo: Kim Hong-ji/Reuters",
	"A man walks past a poster in Kyiv. PHOTO: Gleb Garanich/REUTERS",
	"Soldiers patrol the border. (AFP / Getty Images)",
	"REUTERS/Issei Kato",
	"Credit: Yonhap via Korea Pool/Getty Images",
	"The minister speaks. AP Photo/Evan Vucci",
	"Image caption, Protesters in Tbilisi",
	"IMAGE SOURCE, GETTY IMAGES",
	"Media caption",
	"Associated Press writers Jane Doe and John Roe contributed to this report.",
	"CNN's Stefano Rossi contributed reporting.",
	"By JANE DOE, Associated Press",
	"By Harbor Post staff | 2023-12-13",
	"Jane Doe | Reuters",
	"Author: Jane Doe",
	"AUTHORS: Jane Doe, John Roe",
	"Written by Ines Moreau",
	"— Luisa Castillo",
	"Copyright 2024 The Associated Press. All rights reserved.",
	"© 2024 Reuters",
	"(c) 2019 Harbor Post",
	"ALL RIGHTS RESERVED",
	"For information media. Not an official record.",
	"FOR INFORMATION MEDIA. NOT AN OFFICIAL RECORD",
	"Comments",
	"  COMMENTS  ",
	"42 Comments",
	"Comments (17)",
	"12 thoughts on \"Sanctions and the ruble\"",
	"7 Thoughts On “Why the talks failed”",
	"3 THOUGHTS ON",
	"Posted in Niger, Security | Tagged Sahel | 14 Comments",
	"Posted in Kabul since 2019, the envoy has seen three governments come and go, and more.",
	"Most Read",
	">> MORE STORIES",
	"Related Topics",
	"Tags: Ukraine, Russia, NATO",
	"Filed Under: Middle East",
	"Marta Kowalski is a senior fellow at the Atlantic Council.",
	"Christina Park is a staff writer covering East Asia.",
	"Home | World | Politics | Business",
	"Home › World › Africa",
	"World   Politics   Business   Health",
	"Skip to main content",
	"SKIP TO CONTENT",
	"Sign In / Register",
	"News Sport Weather iPlayer Sounds Bitesize",
	"INTERNATIONAL SUBSCRIPTIONS NEWSLETTERS LIVE",
	"Share on Facebook",
	"GENEVA, March 3 (Reuters) - Talks resumed on Monday.",
	"NEW YORK, SEPT. 21 (AP) -- The General Assembly opened.",
	"ANKARA, 5 SEPTEMBER (Anadolu) - Officials met.",
	"Mr. President, distinguished delegates, I have the honour to address this Assembly.",
	"The Secretary-General welcomed the agreement reached in Geneva on Tuesday.",
	// Other scripts and Unicode lowering.
	"İSTANBUL, 3 Mart (AA) - Dışişleri Bakanı açıklama yaptı.",
	"Fotoğraf: İHA / Reuters",
	"REPORTING BY İPEK YILDIZ",
	"AUTHOR: İPEK YILDIZ",
	"Foto: Jürgen Weiß/dpa",
	"STRAßE DER PARISER KOMMUNE",
	"ΑΘΗΝΑ, 5 Μαρτίου (ΑΠΕ) - Ο ΠΡΩΘΥΠΟΥΡΓΟΣ ΜΊΛΗΣΕ ΣΤΗ ΒΟΥΛΉ",
	"Σχόλια",
	"ΦΩΤΟΓΡΑΦΊΑ: ΑΠΕ-ΜΠΕ / EPA",
	"Photo: Élodie Dupont/AFP",
	"PHOTO: ÉLODIE DUPONT / AFP",
	"Reporting by José Pérez; Editing by Zoë O’Brien",
	"The delegation’s statement was read by the Minister for Foreign Affairs — “in full”.",
	"“Comments”",
	"Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Posted in Kabul since 2019",
	"posted in kabul, ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ ⱥ and more",
	"\ufffdComments \ufffd",
	"ESPAÑOL | FRANÇAIS | ENGLISH",
	"WORLD NEWS ESPAÑOL FRANÇAIS",
	"SİGN İN | NEWS | HOME",
	"\u212aomments",
	"COMMENT\u017f",
	"commentſ (3)",
	"\u212a\u212a thoughts on \"x\"",
	"Photo:\xff Reuters",
	"\xffComments",
	"Ⱥnd more",
	"Home | \xffWorld | News",
	"Comments\u00a0",
	"\u00a0Reporting by Jane Doe",
	"MARCH", "Sept", "SEPTEMBER", "Septembers", "ма́рт", "\u212aan", "ſep", "Mar\xff",
	"",
	" ",
}

// foldFragments are pieces of the phrases the checks look for, in various cases, and of other
// scripts, from which randomFoldLine builds lines.
var foldFragments = []string{"photo", "PHOTO", "Photo:", " via ", "REUTERS", "/Reuters", "AFP/", "getty images",
	"by ", "By ", "BY ", "author: ", "reporting by ", "comments", "Comments (", " thoughts on ", "\"", "“",
	"posted in ", "|", "comment", "all rights reserved", "contributed to this report", "©", "(c) 20",
	"home", "World", "NEWS", "skip to ", "menu", "sept", "March", "Jan.", " ", "  ", ".", ",", "-", "—", "»",
	"1", "42", "(", ")", "İ", "ı", "ß", "ẞ", "ς", "Σ", "σ", "\u212a", "\u017f", "\u00a0", "\xff", "\xe2\x80",
	"Jane", "Doe", "e", "s", "k", "i", "I", "S", "K", "\n", "\t"}

func randomFoldLine(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(12); n >= 0; n-- {
		f := foldFragments[r.IntN(len(foldFragments))]
		if r.IntN(4) == 0 {
			f = strings.ToUpper(f)
		}
		b.WriteString(f)
	}
	return b.String()
}

// swapCase turns the case of some letters of s, as headlines and wires write them.
func swapCase(r *rand.Rand, s string) string {
	var b strings.Builder
	for _, c := range s {
		if r.IntN(3) == 0 {
			if unicode.IsUpper(c) {
				c = unicode.ToLower(c)
			} else {
				c = unicode.ToUpper(c)
			}
		}
		b.WriteRune(c)
	}
	return b.String()
}

// TestFoldChecksMatchLowered compares the checks that fold ASCII case as they go with their
// definitions on lower-case copies: on realistic lines, on those lines with letters' case turned,
// and on random strings of the phrases' fragments and other scripts.
func TestFoldChecksMatchLowered(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	lines := append([]string{}, foldLines...)
	for _, l := range foldLines {
		lines = append(lines, swapCase(r, l), strings.ToUpper(l), strings.ToLower(l))
	}
	for range 30000 {
		lines = append(lines, randomFoldLine(r))
	}
	foldables := 0
	for _, s := range lines {
		if foldable(s) {
			foldables++
			if lower := string(appendLower(nil, s)); lower != strings.ToLower(s) {
				t.Errorf("foldable(%q), but its lower case is %q, not %q", s, strings.ToLower(s), lower)
			}
		}
		if got, want := isCredit(s), oldIsCredit(s); got != want {
			t.Errorf("isCredit(%q) = %v, want %v", s, got, want)
		}
		if got, want := isByline(s), oldIsBylineLower(s, strings.ToLower(s)) && len(s) <= 120; got != want {
			t.Errorf("isByline(%q) = %v, want %v", s, got, want)
		}
		ok, comments := endMark(s)
		if wok, wcomments := oldEndMark(s); ok != wok || comments != wcomments {
			t.Errorf("endMark(%q) = %v, %v, want %v, %v", s, ok, comments, wok, wcomments)
		}
		// The cleaner passes the flags lineRules found in the line.
		if pok, pcomments := endMarkPhrases(s, linePhrases().match(s), true, false); pok != ok || pcomments != comments {
			t.Errorf("endMarkPhrases(%q) with the line's phrases = %v, %v, endMark says %v, %v", s, pok, pcomments, ok, comments)
		}
		if got, want := isCreditPhrases(s, linePhrases().match(s), true), isCredit(s); got != want {
			t.Errorf("isCreditPhrases(%q) with the line's phrases = %v, isCredit says %v", s, got, want)
		}
		if got, want := month(s), monthLower(strings.ToLower(s)); got != want {
			t.Errorf("month(%q) = %d, want %d", s, got, want)
		}
		// isNavigation lowers its words with isMenuWordFold.
		for _, w := range strings.Fields(s) {
			if got, want := isMenuWordFold(w), isMenuWord(strings.ToLower(w)); got != want {
				t.Errorf("isMenuWordFold(%q) = %v, want %v", w, got, want)
			}
		}
	}
	if foldables == 0 || foldables == len(lines) {
		t.Errorf("%d foldable lines of %d: the comparison misses one of the paths", foldables, len(lines))
	}
}

// TestFoldChecksFire makes sure the comparison above covers both answers of each check.
func TestFoldChecksFire(t *testing.T) {
	for _, c := range []struct {
		s                 string
		credit, end, menu bool
	}{
		{"PHOTO: Gleb Garanich/REUTERS", true, false, false},
		{"Reporting by Jane Doe; Editing by John Smith", true, true, false},
		{"12 THOUGHTS ON \"Sanctions\"", false, true, false},
		{"Home | World | Politics | Business", false, false, true},
		{"INTERNATIONAL NEWS POLITICS", false, false, true},
		{"Mr. President, I have the honour to address this Assembly.", false, false, false},
	} {
		if got := isCredit(c.s); got != c.credit {
			t.Errorf("isCredit(%q) = %v, want %v", c.s, got, c.credit)
		}
		if got, _ := endMark(c.s); got != c.end {
			t.Errorf("endMark(%q) = %v, want %v", c.s, got, c.end)
		}
		if got := isNavigation(c.s, strings.ToLower(c.s)); got != c.menu {
			t.Errorf("isNavigation(%q) = %v, want %v", c.s, got, c.menu)
		}
	}
	for s, want := range map[string]bool{"Jane Doe’s photo": true, "Élodie": false, "ſep": true, "\u212aan": false,
		"İstanbul": false, "straße": true, "ΣΧΌΛΙΑ": false, "σχόλιας": true, "\xffa": false, "\ufffd": true} {
		if got := foldable(s); got != want {
			t.Errorf("foldable(%q) = %v, want %v", s, got, want)
		}
	}
	if month("SEPT") != 9 || month("Sept.") != 0 || month("\u212aan") != 0 {
		t.Errorf("month: SEPT %d, Sept. %d, Kelvin-an %d", month("SEPT"), month("Sept."), month("\u212aan"))
	}
}
