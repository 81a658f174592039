package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

// petrActor is one name pattern of a PETRARCH actor dictionary.
type petrActor struct {
	words []string // upper case; the last one matches as a prefix unless exact
	exact bool
	code  string
}

// PetrarchActors reads a PETRARCH/TABARI actor dictionary from r (such as
// PETR.Validate.actors.txt of the shared evaluation data; it is read at evaluation time, never
// copied into the repository) and returns a recognizer of its names layered over base: a dictionary match wins over the base
// mentions it overlaps. Names are matched case-insensitively on token boundaries; "_" joins
// words; a name ending in "_" must match its last word exactly, otherwise the last word matches
// as a prefix ("ARGENTIN" → "Argentina", "Argentine"), as in TABARI. Synonyms ("+NAME") share the
// code of their entry; of date-restricted codes the first is used; "---"-style null codes are
// dropped.
func PetrarchActors(r io.Reader, base entities.Recognizer) (entities.Recognizer, error) {
	var acts []petrActor
	var pending []petrActor // names waiting for their code
	lastCode := ""          // code of the last entry, for synonyms that follow it
	flush := func(code string) {
		if code != "" && strings.Trim(code, "-+#") != "" {
			for _, p := range pending {
				p.code = code
				acts = append(acts, p)
			}
		}
		pending = pending[:0]
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.HasPrefix(strings.TrimSpace(line), "<!--") || strings.TrimSpace(line) == "" {
			continue
		}
		code := ""
		if i := strings.Index(line, "["); i >= 0 {
			if j := strings.Index(line[i:], "]"); j > 0 {
				code = strings.Fields(line[i+1:i+j] + " ")[0]
			}
			line = line[:i]
		}
		name := strings.TrimSpace(line)
		synonym := strings.HasPrefix(name, "+")
		name = strings.TrimPrefix(name, "+")
		if name != "" && synonym && len(pending) == 0 && lastCode != "" {
			// a synonym after an entry that already had its code
			ws := strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == ' ' })
			if len(ws) > 0 {
				acts = append(acts, petrActor{words: ws, exact: strings.HasSuffix(name, "_"), code: lastCode})
			}
			name = ""
		}
		if name != "" {
			if !synonym {
				pending = pending[:0] // a new entry: an earlier name without any code is dropped
			}
			exact := strings.HasSuffix(name, "_")
			ws := strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == ' ' })
			if len(ws) > 0 {
				pending = append(pending, petrActor{words: ws, exact: exact})
			}
		}
		if code != "" && len(pending) > 0 {
			flush(strings.ToUpper(code))
			lastCode = strings.ToUpper(code)
			if strings.Trim(lastCode, "-+#") == "" {
				lastCode = ""
			}
		} else if name != "" && !synonym {
			lastCode = ""
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read PETRARCH actors: %w", err)
	}
	// longest names first
	slices.SortStableFunc(acts, func(a, b petrActor) int { return cmp.Compare(len(b.words), len(a.words)) })
	return entities.RecognizerFunc(func(d *text.Doc) []entities.Mention {
		var own []entities.Mention
		for i := 0; i < len(d.Tokens); i++ {
			for _, a := range acts {
				if end, ok := matchPetr(d, i, a); ok {
					own = append(own, entities.Mention{Start: d.Tokens[i].Start, End: d.Tokens[end-1].End,
						Text: d.Text[d.Tokens[i].Start:d.Tokens[end-1].End], Type: entities.ORG, Entity: a.code, Source: events.SourceActorDictionary})
					i = end - 1
					break
				}
			}
		}
		var out []entities.Mention
		if base != nil {
			for _, m := range base.Recognize(d) {
				if !slices.ContainsFunc(own, func(o entities.Mention) bool { return o.Start < m.End && m.Start < o.End }) {
					out = append(out, m)
				}
			}
		}
		out = append(out, own...)
		slices.SortFunc(out, func(a, b entities.Mention) int { return cmp.Compare(a.Start, b.Start) })
		for k := range out {
			for si, s := range d.Sentences {
				if out[k].Start >= s.Start && out[k].Start < s.End {
					out[k].Sentence = si
				}
			}
		}
		return out
	}), nil
}

func matchPetr(d *text.Doc, i int, a petrActor) (int, bool) {
	if i+len(a.words) > len(d.Tokens) {
		return 0, false
	}
	for k, w := range a.words {
		tok := strings.ToUpper(d.TokenText(i + k))
		last := k == len(a.words)-1
		if tok == w || last && !a.exact && len(w) >= 4 && strings.HasPrefix(tok, w) {
			continue
		}
		return 0, false
	}
	return i + len(a.words), true
}
