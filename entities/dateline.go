package entities

import (
	"regexp"
	"strings"
	"sync"
)

// dateline is the place line that opens a wire story: "HOUSTON, March 3 -", "PORTLAND, Ore., Feb 26 -",
// "VIENNA (Reuters) -". Offsets are bytes into the document text; the region is -1, -1 when absent.
type dateline struct {
	start, end             int // the place: "PORTLAND"
	regionStart, regionEnd int // the state, province or country after it: "Ore."
}

// datelineRE matches a dateline at the start of a line: a place of capitalized words (all capitals
// or title case, with "of", "de", "la" and the like inside), an optional ", Region", then a date
// ("March 3", "Feb 26", "Sept. 3, 1987") or an agency in brackets ("(Reuters)", "(AP)"), then a dash.
var datelineRE = sync.OnceValue(func() *regexp.Regexp {
	word := `[A-Z][A-Za-z'’.]*(?:-[A-Z][A-Za-z'’.]*)*`
	place := word + `(?: (?:(?:of|de|del|la|le|du|da|do|al|el|am|an|upon|on)\s)?` + word + `){0,4}`
	region := `[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}`
	month := `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Za-z]*\.?`
	date := month + ` \d{1,2}(?:, \d{4})?`
	agency := `\((?:Reuters|REUTERS|AP|AFP|UPI|Xinhua|XINHUA|IANS|dpa|DPA|Bloomberg|TASS|Tass|ANSA|EFE|Kyodo|Yonhap|IRNA|WAFA|MENA|APA|PTI|Anadolu)\)`
	return regexp.MustCompile(`^[ \t]*(` + place + `)(?:, (` + region + `))?(?:,? ` + date + `)?,?\s*(` + agency + `)?\s*(?:-|–|—|--)\s`)
})

// datelineMax is the number of bytes of a line findDateline looks at: the longest datelines
// ("RIO DE JANEIRO, Brazil, Sept. 3, 1987 (Reuters) -") are well under it.
const datelineMax = 160

// findDateline finds the dateline of a story in its first five lines (a headline may come first).
// The match needs a date or an agency, except that a place of one to three words in capitals
// followed by a dash and a sentence is enough ("BEIRUT - Lebanese officials said ..."); a place in
// title case always needs one ("The Hague said - " is not a dateline, "The Hague, March 3 - " is).
// (This detector is internal to the grounding of places; it would give way to a dateline reader of
// package corpus.)
func findDateline(s string) (dateline, bool) {
	re := datelineRE()
	pos := 0
	for line := 0; line < 5 && pos < len(s); line++ {
		end := strings.IndexByte(s[pos:], '\n')
		l := s[pos:]
		if end >= 0 {
			l = s[pos : pos+end+1] // keep the line break: the pattern needs white space after the dash
		}
		lineLen := len(l)
		if len(l) > datelineMax {
			// A dateline is short: the pattern needs to see only the start of a long line (a
			// paragraph), which keeps the regular expression's work bounded. Cut after a space.
			cut := strings.LastIndexByte(l[:datelineMax], ' ')
			if cut < 0 {
				cut = datelineMax - 1
			}
			l = l[:cut+1]
		} else if len(l) > 0 && l[len(l)-1] != '\n' {
			l += " "
		}
		// Every dateline ends with a dash and white space; the test is cheaper than the pattern.
		if m := datelineMatch(re, l); m != nil {
			full := l[m[0]:m[1]]
			place := l[m[2]:m[3]]
			dated := strings.ContainsAny(full, "0123456789") || m[6] >= 0
			// Undated: a place of one to three words in capitals, then a sentence ("BEIRUT - The ...").
			caps := strings.ToUpper(place) == place && strings.Count(place, " ") < 3 && m[4] < 0 &&
				lineLen-m[1] > 40 && !strings.Contains(full, "--")
			if dated || caps {
				d := dateline{start: pos + m[2], end: pos + m[3], regionStart: -1, regionEnd: -1}
				if m[4] >= 0 {
					d.regionStart, d.regionEnd = pos+m[4], pos+m[5]
				}
				return d, true
			}
		}
		if end < 0 {
			break
		}
		pos += end + 1
	}
	return dateline{}, false
}

// hasDash reports whether l holds a dash followed by white space, which every dateline ends with.
func hasDash(l string) bool {
	for i := 0; i < len(l); i++ {
		var n int
		switch {
		case l[i] == '-':
			n = 1
		case strings.HasPrefix(l[i:], "–"), strings.HasPrefix(l[i:], "—"):
			n = len("–")
		default:
			continue
		}
		if i+n < len(l) && (l[i+n] == ' ' || l[i+n] == '\n' || l[i+n] == '\t' || l[i+n] == '\r') {
			return true
		}
	}
	return false
}

// datelineMatch is re.FindStringSubmatchIndex(l), skipped (nil) when l has no dash followed by
// white space.
func datelineMatch(re *regexp.Regexp, l string) []int {
	if !hasDash(l) {
		return nil
	}
	return re.FindStringSubmatchIndex(l)
}

// DatelineSpan returns the byte span of the place of the dateline that opens a wire story in its
// first five lines ("HOUSTON" in "HOUSTON, March 3 - ..."), and whether there is one.
func DatelineSpan(text string) (start, end int, ok bool) {
	dl, ok := findDateline(text)
	if !ok {
		return 0, 0, false
	}
	return dl.start, dl.end, true
}
