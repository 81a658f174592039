package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dateline is the dateline that opens a news-agency story: "HOUSTON, March 3 - ", "WASHINGTON
// (Reuters) - ", "PARIS, Jan 5 (AFP) - ", "LONDON — ", "Springfield, Ill. (AP) - ",
// "PORTLAND, Ore., Feb 26 - ". Every span is a byte range of the text given to FindDateline; Date and
// Agency are empty (Start == End) when the dateline has none.
type Dateline struct {
	// Span is the whole dateline, from the first byte of the place through the dash that ends it.
	Span Span
	// Place is the place the story was filed from, with its state, province or country when the
	// dateline gives one: "HOUSTON", "PORTLAND, Ore.", "Springfield, Ill.", "DAR ES SALAAM".
	Place Span
	// City is the first part of Place, before any comma: "PORTLAND" in "PORTLAND, Ore.".
	City Span
	// Date is the day the dateline gives ("March 3", "Jan 5", "Feb 26"), if any.
	Date Span
	// Agency is the agency credit ("(Reuters)", "(AP)", "Reuter"), if any.
	Agency Span
}

// maxDatelineLines is how many non-blank lines at the top of a text FindDateline looks at: a headline,
// a byline or two, a date line, then the dateline.
const maxDatelineLines = 12

// FindDateline finds the dateline of a news story: the first of the first 12 non-blank lines that
// starts (after white space and asterisks) with one. A dateline is a place, optionally followed by a
// state, province or country after a comma ("PORTLAND, Ore."), then a date ("March 3", "Jan. 5",
// "Feb 26"), an agency credit ("(Reuters)", "(AP)", ", Reuter") or both, then a dash (-, --, – or —)
// before the story. A place in capitals ("LONDON — ") needs neither date nor credit; a place written in
// lower case ("Springfield, Ill. (AP) - ", "Vienna, March 3 - ") needs one of them, or else an em or en
// dash followed by a paragraph ("Vienna — Iran will allow ...").
func FindDateline(text string) (Dateline, bool) {
	lines := 0
	for start := 0; start < len(text) && lines < maxDatelineLines; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if strings.TrimSpace(line) != "" {
			lines++
			if d, ok := datelineAt(text, start, end); ok {
				return d, true
			}
		}
		start = end + 1
	}
	return Dateline{}, false
}

// datelineAt parses a dateline at the start of the line text[start:end].
func datelineAt(text string, start, end int) (Dateline, bool) {
	p := start
	for p < end && (text[p] == ' ' || text[p] == '\t' || text[p] == '*') {
		p++
	}
	s := &scanner{text: text[:end], p: p}
	var d Dateline
	city, caps, ok := s.placeWords()
	if !ok {
		return d, false
	}
	d.City = city
	d.Place = city
	// Regions after commas: "PORTLAND, Ore.", "VANCOUVER, British Columbia", "BEIRUT, Lebanon".
	for range 2 {
		save := s.p
		if !s.lit(",") {
			break
		}
		s.spaces()
		if _, ok := s.date(); ok {
			s.p = save
			break
		}
		if _, ok := s.agencyWord(); ok {
			s.p = save
			break
		}
		r, _, ok := s.placeWords()
		if !ok {
			s.p = save
			break
		}
		d.Place.End = r.End
	}
	// "Springfield, Ill." keeps its abbreviation's period; "ANGLETON, Tex. March 3" has no comma.
	afterPlace := s.p
	s.lit(",")
	s.spaces()
	if ds, ok := s.date(); ok {
		d.Date = ds
		save := s.p
		if s.lit(".") { // "BEIJING, April 9. /TASS/."
			s.spaces()
			if !strings.HasPrefix(s.text[s.p:], "/") {
				s.p = save
			}
		}
		s.lit(",") // "CHICAGO, March 4, - "
		s.spaces()
	} else {
		s.p = afterPlace
		s.spaces()
	}
	if a, ok := s.agency(); ok {
		d.Agency = a
		s.spaces()
	} else if d.Date.End > 0 {
		// "WASHINGTON, March 12, Reuter - "
		save := s.p
		if w, ok := s.agencyWord(); ok {
			d.Agency = w
			s.spaces()
		} else {
			s.p = save
		}
	}
	s.spaces()
	dash, ok := s.dash()
	if !ok && d.Agency.End > d.Agency.Start && s.text[d.Agency.Start] == '/' && s.lit(".") {
		dash, ok = ".", true // "/TASS/." ends the dateline with a period
	}
	if !ok {
		return Dateline{}, false
	}
	hasDate, hasAgency := d.Date.End > 0, d.Agency.End > 0
	if caps && !hasDate && !hasAgency && !hasLower(text[s.p:end]) {
		return Dateline{}, false // "IRAN - U.S. TALKS RESUME": a headline, not a dateline
	}
	if !caps && !hasDate && !hasAgency {
		// A place in lower case with a dash only: a paragraph must follow an em or en dash.
		rest := strings.TrimSpace(text[s.p:end])
		r, _ := utf8.DecodeRuneInString(rest)
		if dash == "-" || dash == "--" || len(rest) < 60 || !unicode.IsUpper(r) || d.Place != d.City {
			return Dateline{}, false
		}
	}
	d.Span = Span{d.City.Start, s.p}
	for d.Span.End > d.Span.Start && (text[d.Span.End-1] == ' ' || text[d.Span.End-1] == '\t') {
		d.Span.End--
	}
	return d, true
}

// scanner reads a line from position p.
type scanner struct {
	text string
	p    int
}

func (s *scanner) spaces() {
	for s.p < len(s.text) && (s.text[s.p] == ' ' || s.text[s.p] == '\t') {
		s.p++
	}
}

func (s *scanner) lit(l string) bool {
	if strings.HasPrefix(s.text[s.p:], l) {
		s.p += len(l)
		return true
	}
	return false
}

// word returns the next run of letters, digits and . ' ’ - / & (a word of a place name).
func (s *scanner) word() (Span, bool) {
	start, p, text := s.p, s.p, s.text
	for p < len(text) {
		if c := text[p]; c < utf8.RuneSelf {
			// An ASCII byte is read from a table (placeWordByte) instead of decoded as a rune.
			if !placeWordByte[c] {
				break
			}
			p++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[p:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' {
			p += n
			continue
		}
		break
	}
	s.p = p
	return Span{start, p}, p > start
}

// placeWordByte tells the ASCII bytes that scanner.word takes into a word: the ASCII runes for which
// unicode.IsLetter or unicode.IsDigit holds (A-Z, a-z, 0-9) and . ' - / & (the ASCII runes of the
// set it takes besides letters and digits; ’ is its only other one).
var placeWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte(".'-/&", byte(c)) >= 0
	}
	return t
}()

// placeWords reads one to five words of a place name: all in capitals ("DAR ES SALAAM", "ST. LOUIS",
// "COEUR D'ALENE"), or capitalized with lower-case particles inside ("Rio de Janeiro", "Springfield",
// "British Columbia", "Ill."). caps tells which.
func (s *scanner) placeWords() (Span, bool, bool) {
	start := s.p
	var words []Span
	allCaps := true
	for len(words) < 5 {
		save := s.p
		if len(words) > 0 {
			if s.p >= len(s.text) || s.text[s.p] != ' ' {
				break
			}
			s.p++
		}
		w, ok := s.word()
		if !ok {
			s.p = save
			break
		}
		t := s.text[w.Start:w.End]
		if len(words) > 0 && month(strings.TrimSuffix(t, ".")) > 0 {
			s.p = save // "ANGLETON, Tex. March 3": the date begins
			break
		}
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case unicode.IsUpper(r):
			if hasLower(t) {
				allCaps = false
			}
		case len(words) > 0 && placeParticle(t):
			allCaps = false
		default:
			s.p = save
			goto done
		}
		if len(words) > 0 && isAgency(strings.Trim(t, ".")) {
			s.p = save // "LONDON AP -"
			break
		}
		words = append(words, w)
	}
done:
	if len(words) == 0 {
		s.p = start
		return Span{}, false, false
	}
	// A particle cannot end the name.
	for len(words) > 1 && placeParticle(s.text[words[len(words)-1].Start:words[len(words)-1].End]) {
		words = words[:len(words)-1]
	}
	last := words[len(words)-1]
	s.p = last.End
	first := s.text[words[0].Start:words[0].End]
	if len(first) < 2 && !allCaps || isAgency(strings.Trim(first, ".()")) {
		s.p = start
		return Span{}, false, false
	}
	return Span{start, last.End}, allCaps, true
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func placeParticle(w string) bool {
	switch w {
	case "de", "da", "do", "dos", "das", "del", "la", "le", "el", "al", "es", "of", "on", "upon", "am", "an", "der", "sur":
		return true
	}
	return false
}

// month returns 1 to 12 for an English month name or abbreviation in any case, else 0.
func month(w string) int {
	// Every name is at least three bytes long and starts with one of the letters of
	// monthInitial; a word whose first byte is ASCII keeps it, lowered, as the first byte of
	// strings.ToLower(w), and a word of fewer bytes lowers to fewer than three letters.
	if len(w) < len("may") || w[0] < utf8.RuneSelf && !monthInitial[w[0]] {
		return 0
	}
	if !isASCII(w) {
		return monthLower(strings.ToLower(w))
	}
	if len(w) > len("september") {
		return 0
	}
	var b [len("september")]byte
	return monthLower(string(appendLower(b[:0], w)))
}

// monthInitial tells the ASCII bytes a month name or abbreviation may start with, in either case.
var monthInitial = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "jfmasondJFMASOND" {
		t[c] = true
	}
	return t
}()

// monthLower is month of a lower-case word.
func monthLower(w string) int {
	switch w {
	case "jan", "january":
		return 1
	case "feb", "february":
		return 2
	case "mar", "march":
		return 3
	case "apr", "april":
		return 4
	case "may":
		return 5
	case "jun", "june":
		return 6
	case "jul", "july":
		return 7
	case "aug", "august":
		return 8
	case "sep", "sept", "september":
		return 9
	case "oct", "october":
		return 10
	case "nov", "november":
		return 11
	case "dec", "december":
		return 12
	}
	return 0
}

// date reads "March 3", "Jan. 5", "Feb 26", "March  5", "5 March", "March 3, 2024".
func (s *scanner) date() (Span, bool) {
	start := s.p
	w, ok := s.word()
	if ok && month(strings.TrimSuffix(s.text[w.Start:w.End], ".")) > 0 {
		s.spaces()
		if s.digits(1, 2) {
			end := s.p
			save := s.p
			if s.lit(",") {
				s.spaces()
				if s.digits(4, 4) {
					end = s.p
				} else {
					s.p = save
				}
			} else {
				s.p = save
			}
			s.p = end
			return Span{start, end}, true
		}
	}
	s.p = start
	if s.digits(1, 2) {
		s.spaces()
		if w, ok := s.word(); ok && month(strings.TrimSuffix(s.text[w.Start:w.End], ".")) > 0 {
			return Span{start, s.p}, true
		}
	}
	s.p = start
	return Span{}, false
}

func (s *scanner) digits(lo, hi int) bool {
	n := 0
	for s.p+n < len(s.text) && n <= hi && s.text[s.p+n] >= '0' && s.text[s.p+n] <= '9' {
		n++
	}
	if n < lo || n > hi {
		return false
	}
	s.p += n
	return true
}

// agency reads a credit in brackets or between slashes: "(Reuters)", "(AP)", "/TASS/".
func (s *scanner) agency() (Span, bool) {
	start := s.p
	closing := byte(')')
	switch {
	case s.lit("("):
	case s.lit("/"):
		closing = '/'
	default:
		return Span{}, false
	}
	end := strings.IndexByte(s.text[s.p:], closing)
	if end < 0 || end > 40 || !isAgency(strings.TrimSpace(s.text[s.p:s.p+end])) {
		s.p = start
		return Span{}, false
	}
	s.p += end + 1
	return Span{start, s.p}, true
}

// agencyWord reads an agency name without brackets ("Reuter", "AFP").
func (s *scanner) agencyWord() (Span, bool) {
	start := s.p
	w, ok := s.word()
	if ok && isAgency(s.text[w.Start:w.End]) {
		return w, true
	}
	s.p = start
	return Span{}, false
}

// dash reads the dash that ends a dateline and the spaces after it.
func (s *scanner) dash() (string, bool) {
	for _, d := range []string{"--", "—", "–", "-"} {
		if strings.HasPrefix(s.text[s.p:], d) {
			after := s.p + len(d)
			// The dash stands apart from the story: a space or the end of the line follows, except
			// after "—" and "–", which may touch it.
			if after < len(s.text) && s.text[after] != ' ' && s.text[after] != '\t' && s.text[after] != '\r' && d != "—" && d != "–" {
				return "", false
			}
			s.p = after
			return d, true
		}
	}
	return "", false
}

// isAgency reports whether w names a news agency in the forms they sign and credit stories with.
func isAgency(w string) bool {
	switch w {
	case "Reuters", "Reuter", "REUTERS", "REUTER", "reuter", "reuters", "AP", "Associated Press", "AFP",
		"Agence France-Presse", "Agence France Presse", "UPI", "dpa", "DPA", "Xinhua", "XINHUA", "Kyodo",
		"KYODO", "TASS", "Tass", "ITAR-TASS", "EFE", "ANSA", "PTI", "IANS", "ANI", "Yonhap", "Anadolu", "AA",
		"Bernama", "Antara", "APA", "SPA", "WAM", "MENA", "KUNA", "QNA", "BNA", "IRNA", "SANA", "WAFA",
		"Interfax", "RIA", "Bloomberg", "CNN", "BBC", "NAN", "KNA", "APS", "Prensa Latina", "Notimex",
		"Europa Press", "Belga", "ANP", "TT", "NTB", "STT", "Ritzau", "CTK", "PAP", "MTI", "Tanjug", "HINA",
		"AAP", "NZPA", "CP", "Canadian Press", "AP Photo":
		return true
	}
	return false
}

// mayEndWithAgency reports whether s may end with a name isAgency accepts, bare or in parentheses,
// before trailing white space: false when the last word of s (once trailing white space and one
// closing parenthesis are removed, words being separated by white space or an opening parenthesis)
// is not the last word of such a name ("Press" of "Associated Press"). It is a quick necessary
// condition for the checks that look for an agency after a line's last separator.
func mayEndWithAgency(s string) bool {
	// The last word, read back byte by byte while the bytes are ASCII (unicode.IsSpace's ASCII
	// spaces are \t \n \v \f \r and ' '); at a byte beyond ASCII, the rune-wise definition.
	j := len(s)
	for ; j > 0 && isSpaceByte(s[j-1]); j-- {
	}
	t := strings.TrimSuffix(s[:j], ")")
	k := len(t)
	for ; k > 0; k-- {
		c := t[k-1]
		if c >= utf8.RuneSelf {
			return mayEndWithAgencyRunes(s)
		}
		if c == '(' || isSpaceByte(c) {
			break
		}
	}
	return agencyLastWord(t[k:])
}

// mayEndWithAgencyRunes is mayEndWithAgency, rune by rune.
func mayEndWithAgencyRunes(s string) bool {
	t := strings.TrimSuffix(strings.TrimRightFunc(s, unicode.IsSpace), ")")
	i := strings.LastIndexFunc(t, func(r rune) bool { return r == '(' || unicode.IsSpace(r) })
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(t[i:])
		t = t[i+n:]
	}
	return agencyLastWord(t)
}

// agencyLastWord reports whether w can be the last word of a name isAgency accepts.
func agencyLastWord(w string) bool {
	switch w {
	case "Press", "Presse", "France-Presse", "Latina", "Photo":
		return true
	}
	return isAgency(w)
}

// WireMarkup returns the spans of text that are news-agency markup and never name an actor of the
// story, sorted and disjoint:
//
//   - agency credits: in the dateline ("(Reuters)" in "WASHINGTON (Reuters) - ", "Reuter" in
//     "WASHINGTON, March 12, Reuter - "), at the start of a line ("AFP - ", "(AP) — "), at its end
//     ("— Reuters", "(AFP)"), and sign-off lines ("Reuter", "REUTER...", "-- AP");
//   - stock-ticker markup: a ticker in angle brackets, whole ("<AXP>", "<NWBL.L>"), and the brackets
//     around a company name ("<" and ">" of "<Autorama Inc>", which may span a line break), so that a
//     company named before its ticker ends before it and one named inside the brackets has none;
//   - the rows of results tables: lines such as "Shr loss 31 cts vs loss 14 cts", "Net 12,408,000 vs
//     10,977,000", "Revs 61.8 mln vs 57.2 mln" and their section labels ("Year", "Nine mths", "4th
//     qtr");
//   - credit lines: bylines, reporting and editing credits ("Reporting by ...; Editing by ...",
//     "Associated Press writers ... contributed to this report."), photo captions and credits, the
//     lines the Cleaner drops with its credit rule.
//
// The place of the dateline is not markup: it names where the story was filed (FindDateline).
func WireMarkup(text string) []Span { return wireMarkup(text, nil) }

// wireMarkup is WireMarkup of text. lines is nil, or the lines of text as the Cleaner classified
// them (splitLines cuts text as WireMarkup does: lines[i] is WireMarkup's i-th line), whose credit
// fields tell the credit test's answer when the Cleaner found it.
func wireMarkup(text string, lines []line) []Span {
	return wireMarkupBy(text, func(start, end, i int) []Span {
		credit := creditUnknown
		if lines != nil {
			credit = lines[i].credit
		}
		return lineMarkup(text, start, end, credit)
	})
}

// wireMarkupBy is WireMarkup of text with lineSpans(start, end, i) giving the markup of its i-th
// line, text[start:end].
func wireMarkupBy(text string, lineSpans func(start, end, i int) []Span) []Span {
	var out []Span
	if d, ok := FindDateline(text); ok && d.Agency.End > d.Agency.Start {
		out = append(out, d.Agency)
	}
	for start, i := 0, 0; start < len(text); i++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, lineSpans(start, end, i)...)
		start = end + 1
	}
	out = append(out, tickerMarkup(text)...)
	slices.SortFunc(out, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// lineMarkup returns the agency credits and table rows of the line text[start:end]. credit is
// isCredit of the trimmed line when the Cleaner found it (creditYes, creditNo), else creditUnknown.
func lineMarkup(text string, start, end int, credit uint8) []Span {
	line := text[start:end]
	t := strings.TrimSpace(line)
	if t == "" {
		return nil
	}
	lead := start + strings.Index(line, t)
	// isCredit(t) is signOff(t) || len(t) <= 300 && creditNoSignOff(t), signOff read once; the
	// Cleaner knows it only for a line of at most 300 bytes, whose signOff it then tested too.
	if credit == creditYes || tableRow(t) ||
		credit == creditUnknown && (signOff(t) || len(t) <= 300 && creditNoSignOff(t, 0, false)) {
		return []Span{{lead, lead + len(t)}}
	}
	// Both a dateline and an agency credit opening the line end with a dash (-, --, – or —), but for
	// a dateline that ends with an agency between slashes and a period ("BEIJING, April 9. /TASS/."):
	// a line with no such byte holds neither (most lines of running text).
	dash := hasDashByte(line)
	if dash || strings.IndexByte(line, '/') >= 0 {
		if r, ok := datelineTable(text, start, end); ok {
			return []Span{r}
		}
	}
	var out []Span
	if dash {
		if a, ok := openingAgency(text, lead, end); ok {
			out = append(out, a)
		}
	}
	tail := strings.TrimRight(line, " \t\r")
	if mayEndWithAgency(tail) { // else no separator is followed by an agency's name
		if a, ok := closingAgency(tail, start); ok {
			out = append(out, a)
		}
	}
	return out
}

// datelineTable returns the row of a results table that follows a dateline on the line
// text[start:end]: "TEMPE, Ariz., March 9 - Shr loss 31 cts vs loss 14 cts".
func datelineTable(text string, start, end int) (Span, bool) {
	if d, ok := datelineAt(text, start, end); ok {
		rest := strings.TrimSpace(text[d.Span.End:end])
		if rest != "" && tableRow(rest) {
			r := strings.Index(text[d.Span.End:end], rest) + d.Span.End
			return Span{r, r + len(rest)}, true
		}
	}
	return Span{}, false
}

// openingAgency returns the agency credit that opens a paragraph at text[lead:end] before a dash:
// "AFP - The ...", "(AP) — The ...".
func openingAgency(text string, lead, end int) (Span, bool) {
	s := &scanner{text: text[:end], p: lead}
	a, ok := s.agency()
	if !ok {
		a, ok = s.agencyWord()
	}
	if ok {
		s.spaces()
		_, ok = s.dash()
	}
	return a, ok
}

// closingAgency returns the agency credit that ends the line whose text without trailing blanks is
// tail, starting at start: "... the ministry said. — Reuters", "... said on Monday. (AFP)".
func closingAgency(tail string, start int) (Span, bool) {
	for _, d := range []string{"— ", "– ", "-- ", "- ", "("} {
		i := strings.LastIndex(tail, d)
		if i < 0 {
			continue
		}
		name := strings.TrimSpace(tail[i+len(d):])
		if d == "(" {
			if !strings.HasSuffix(name, ")") {
				continue
			}
			name = strings.TrimSuffix(name, ")")
		}
		if isAgency(name) && (i == 0 || strings.ContainsAny(tail[i-1:i], " .\"") || strings.HasSuffix(tail[:i], "”")) {
			return Span{start + i, start + len(tail)}, true
		}
	}
	return Span{}, false
}

// hasDashByte reports whether line may hold a dash that scanner.dash reads: a '-', or the last byte
// of "–" (0x93) or "—" (0x94), which other runes also end with (a necessary condition, found with
// strings.IndexByte, which reads many bytes at a time).
func hasDashByte(line string) bool {
	return strings.IndexByte(line, '-') >= 0 || strings.IndexByte(line, 0x94) >= 0 || strings.IndexByte(line, 0x93) >= 0
}

// signOff reports whether a trimmed line is only an agency's sign-off: "Reuter", "REUTER...",
// "-- Reuters", "(AP)", "AFP", with decoration around it and a stray carriage-return mark ("^M").
func signOff(t string) bool {
	t = strings.TrimSuffix(t, "^M")
	if t != "" && !signOffTrim[t[0]] && !signOffTrim[t[len(t)-1]] {
		return isAgency(t) // TrimFunc would keep both ends (most lines)
	}
	t = strings.TrimFunc(t, func(r rune) bool {
		return r == '.' || r == '-' || r == '—' || r == '–' || r == '(' || r == ')' || r == '*' || unicode.IsSpace(r)
	})
	return t != "" && isAgency(t)
}

// signOffTrim tells the bytes that may begin or end a rune signOff trims: . - ( ) *, the ASCII
// runes for which unicode.IsSpace holds, and every byte of 0x80 and above (a byte of a multi-byte
// rune such as — and –, or an invalid one).
var signOffTrim = edgeBytes(".-()*\t\n\v\f\r ")

// tableRow reports whether a trimmed line is a row of a results table ("Shr 80 cts vs 72 cts", "Net
// loss 348,902 vs profit 71,455", "Avg shrs 23,615,000 vs 23,090,000") or one of its section labels
// ("Year", "Nine mths", "4th qtr", "Qtr to Dec 31").
func tableRow(t string) bool {
	if len(t) > 100 {
		return false
	}
	if strings.Contains(t, "vs") { // the words are split only for a line that may hold "vs"
		ws := strings.Fields(t)
		if i := slices.Index(ws, "vs"); i > 0 && i < len(ws)-1 {
			// Every word is a table label, an amount or a unit.
			for _, w := range ws {
				if !tableWord(w) {
					return false
				}
			}
			return true
		}
	}
	if len(t) > 3*len("nine months") {
		// Longer than any label below, even lower-cased: lowering shrinks a string at most
		// threefold (the Kelvin sign's three bytes become "k").
		return false
	}
	switch strings.ToLower(t) {
	case "year", "qtr", "mths", "nine mths", "six mths", "three mths", "nine months", "six months",
		"1st qtr", "2nd qtr", "3rd qtr", "4th qtr", "first qtr", "second qtr", "third qtr", "fourth qtr",
		"1st half", "2nd half", "first half", "second half", "half-year", "year-end":
		return true
	}
	return false
}

// tableWord reports whether w may appear in a row of a results table.
func tableWord(w string) bool {
	w = strings.Trim(w, "(),;:")
	if w == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) || r == '-' || r == '+' || r == '.' {
		return true // 1,234,000 3.09 -12 .5
	}
	switch strings.ToLower(w) {
	case "vs", "shr", "shrs", "net", "revs", "rev", "oper", "avg", "qtly", "div", "year", "qtr", "mths",
		"sales", "loss", "profit", "income", "earnings", "primary", "fully", "diluted", "cts", "ct", "dlrs",
		"dlr", "mln", "billion", "bln", "pct", "nil", "not", "available", "na", "n.a.", "prior", "extraordinary",
		"credit", "gain", "charge", "tax", "pretax", "per", "share", "shares", "one", "two", "three", "four",
		"five", "six", "seven", "eight", "nine", "ten", "stg", "yen", "marks", "francs", "guilders", "lire",
		"from", "continuing", "operations", "discontinued", "total", "assets", "deposits", "loans", "backlog",
		"first", "second", "third", "fourth", "half", "avg.", "cts.", "dlrs.", "mln.", "shr.",
		"and", "of", "before", "after", "with", "on", "in":
		return true
	}
	return false
}

// TickerNames returns the spans of the company names that wire stories put in angle brackets ("Prairie
// Mills Ltd" in "<Prairie Mills Ltd>", "Lakeshore Capital\nPartners L.P." across a line break), a
// convention for companies without a stock ticker: the span between the brackets, white space
// trimmed. Tickers ("<AXP>") are not names.
func TickerNames(text string) []Span {
	var out []Span
	m := tickerMarkup(text)
	for i := 0; i+1 < len(m); i++ {
		if m[i].End-m[i].Start != 1 || text[m[i].Start] != '<' || m[i+1].End-m[i+1].Start != 1 {
			continue
		}
		s, e := m[i].End, m[i+1].Start
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Span{s, e})
		}
		i++
	}
	return out
}

// tickerMarkup returns the markup of stock tickers in angle brackets: "<AXP>" whole (a ticker of
// capitals, digits and dots), and only the brackets of "<Autorama Inc>" (a company name: it has a
// space or a lower-case letter). A company name may run over one line break.
func tickerMarkup(text string) []Span {
	var out []Span
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '<')
		if j < 0 {
			break
		}
		open := i + j
		k := strings.IndexByte(text[open+1:min(len(text), open+1+80)], '>')
		if k < 0 {
			i = open + 1
			continue
		}
		close := open + 1 + k
		inner := text[open+1 : close]
		if !tickerInner(inner) {
			i = open + 1
			continue
		}
		if strings.ContainsAny(inner, " \n") || hasLower(inner) {
			out = append(out, Span{open, open + 1}, Span{close, close + 1})
		} else {
			out = append(out, Span{open, close + 1})
		}
		i = close + 1
	}
	return out
}

// tickerInner reports whether the text between angle brackets is a ticker or a company name: letters,
// digits, spaces, at most one line break and . , & ' - /, starting with a capital or a digit.
func tickerInner(s string) bool {
	if s == "" || strings.Count(s, "\n") > 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" \n.,&'’-/", r) {
			return false
		}
	}
	return true
}
