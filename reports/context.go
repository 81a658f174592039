package reports

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
)

// ContextCollector keeps a few mentions in context per actor while documents stream by, for the
// report's "actors in context" section. Add documents in input order and the result is the same
// whatever the worker count. The zero value is ready to use; it is not safe for concurrent use.
type ContextCollector struct {
	// PerActor is how many contexts are kept per actor (5 when 0). At most one is taken from each
	// document, so that the contexts of an actor show different documents.
	PerActor int
	// Width is the most bytes of text kept on each side of a mention (90 when 0). Context never
	// crosses a line break, which keeps navigation and headlines out of body-text snippets.
	Width int

	byActor map[string][]MentionContext
}

// Add records the mentions of one document. Mentions with offsets outside text, or whose Start
// and End do not fall on UTF-8 character boundaries, are ignored.
func (c *ContextCollector) Add(docID, date, text string, mentions []entities.Mention) {
	per := orDefault(c.PerActor, 5)
	width := orDefault(c.Width, 90)
	if c.byActor == nil {
		c.byActor = map[string][]MentionContext{}
	}
	seen := map[string]bool{}
	for _, m := range mentions {
		if m.Entity == "" || seen[m.Entity] || len(c.byActor[m.Entity]) >= per {
			continue
		}
		if m.Start < 0 || m.End < m.Start || m.End > len(text) ||
			!boundary(text, m.Start) || !boundary(text, m.End) {
			continue
		}
		seen[m.Entity] = true
		c.byActor[m.Entity] = append(c.byActor[m.Entity], MentionContext{
			DocID: docID,
			Date:  date,
			// Copies: a substring would keep the whole document's text alive until the report.
			Before:  strings.Clone(before(text[:m.Start], width)),
			Mention: strings.Clone(oneLine(text[m.Start:m.End])),
			After:   strings.Clone(after(text[m.End:], width)),
		})
	}
}

// Contexts returns the contexts kept, by actor id. The map is the collector's own: do not modify
// it while adding documents.
func (c *ContextCollector) Contexts() map[string][]MentionContext { return c.byActor }

// boundary reports whether i is at the start of a UTF-8 character of s (or at its end).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// before returns the end of s, at most width bytes and never across a line break, starting at a
// word boundary, with "…" when it was cut short.
func before(s string, width int) string {
	cut := max(0, len(s)-width)
	for cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut++
	}
	short := cut > 0
	s = s[cut:]
	if i := strings.LastIndexAny(s, "\r\n"); i >= 0 {
		return oneLine(s[i+1:])
	}
	if !short {
		return oneLine(s)
	}
	// Drop the partial word at the cut.
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	} else {
		s = ""
	}
	return "…" + oneLine(s)
}

// after returns the start of s, at most width bytes and never across a line break, ending at a
// word boundary, with "…" when it was cut short.
func after(s string, width int) string {
	cut := min(len(s), width)
	for cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	short := cut < len(s)
	s = s[:cut]
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return oneLine(s[:i])
	}
	if !short {
		return oneLine(s)
	}
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		s = strings.TrimRightFunc(s[:i], unicode.IsSpace)
	} else {
		s = ""
	}
	return oneLine(s) + "…"
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
