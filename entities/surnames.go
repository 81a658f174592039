package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// surnameMentions returns PERSON mentions (Source "rule") for the surnames, standing alone, of the
// people named in full earlier in the document ("Shultz, travelling to China, ..." after "Secretary
// of State George Shultz"), which a statistical model may miss, so that they carry the person's
// entity and, once grounded, country and role. named must be sorted by Start and resolved. A token is
// such a mention when it is written exactly as the last word of the entity of a PERSON mention of two
// words or more that ends before it, and:
//
//   - no mention covers it and no capitalized word is joined to it (a capitalized word before it that
//     does not start its sentence, or after it: "Baker Hughes" is another name);
//   - the full name is written out in the mention (two words or more), no other person of the
//     document has that surname, and no organization's name starts with it ("Mark" after "Mark
//     Resources Inc" is the company);
//   - the document does not also write the word in lower case ("rice" beside "Susan Rice": a word,
//     not only a name), it has three letters or more, and neither it nor the entity's first word is a
//     title ("Prime Minister" is not a name).
func surnameMentions(d *text.Doc, named []Mention) []Mention {
	type person struct {
		entity, country string
		end             int // end of the first full mention
	}
	var byName map[string]*person
	orgWord := map[string]bool{} // first words of organization names ("Mark" of "Mark Resources Inc")
	for _, m := range named {
		if m.Type == ORG {
			w, _, _ := strings.Cut(m.Text, " ")
			orgWord[w] = true
		}
	}
	for _, m := range named {
		if m.Type != PERSON || isISO3(m.Entity) || !strings.ContainsAny(strings.TrimSpace(m.Text), " \n") {
			continue // a one-word mention: the full name is not written out there
		}
		i := strings.LastIndexByte(m.Entity, ' ')
		if i < 0 {
			continue
		}
		s := m.Entity[i+1:]
		if r, _ := utf8.DecodeRuneInString(s); len(s) < 3 || !unicode.IsUpper(r) || strings.ContainsAny(s, ".,") {
			continue
		}
		if ts := titleSet(); ts[s] || ts[m.Entity[:strings.IndexByte(m.Entity, ' ')]] || orgWord[s] {
			continue // a title, not a name ("Prime Minister"), or an organization's short name
		}
		if byName == nil {
			byName = map[string]*person{}
		}
		switch p, ok := byName[s]; {
		case !ok:
			byName[s] = &person{entity: m.Entity, country: m.Country, end: m.End}
		case p != nil && p.entity != m.Entity:
			byName[s] = nil // two people of the document share it
		}
	}
	if len(byName) == 0 {
		return nil
	}
	// Surnames the document also writes in lower case. A token is looked up only when a surname
	// has its first byte and length (lens, with lengths from 63 up as 63).
	var lens, capLens [256]uint64
	lower := map[string]bool{}
	for s := range byName {
		l := strings.ToLower(s)
		lower[l] = false
		lens[l[0]] |= 1 << min(len(l), 63)
		capLens[s[0]] |= 1 << min(len(s), 63)
	}
	// One pass over the tokens marks the surnames written in lower case and gathers the tokens
	// that write a surname (capitalized, or starting with a non-ASCII byte); those are judged
	// below, once every lower-case use is known.
	var cands []int32
	t := d.Text
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		w := t[tk.Start:tk.End]
		if w == "" {
			continue
		}
		switch c := w[0]; {
		case c >= 'a' && c <= 'z':
			if lens[c]>>min(len(w), 63)&1 != 0 {
				if _, ok := lower[w]; ok {
					lower[w] = true
				}
			}
		case c < 'A' || c > 'Z' && c < utf8.RuneSelf || capLens[c]>>min(len(w), 63)&1 == 0:
		default:
			if byName[w] != nil {
				cands = append(cands, int32(i))
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	var first []bool // by token: a sentence starts there; made when first needed
	isFirst := func(i int) bool {
		if first == nil {
			first = make([]bool, len(d.Tokens))
			for _, s := range d.Sentences {
				if s.First >= 0 && s.First < len(first) {
					first[s.First] = true
				}
			}
		}
		return first[i]
	}
	capital := func(i int) bool {
		w := d.TokenText(i)
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	var out []Mention
	for _, ci := range cands {
		i := int(ci)
		w := d.TokenText(i)
		p := byName[w]
		if lower[strings.ToLower(w)] {
			continue
		}
		tk := d.Tokens[i]
		if tk.Start < p.end {
			continue
		}
		if i > 0 && !isFirst(i) && capital(i-1) && d.Tokens[i-1].End+1 >= tk.Start {
			continue
		}
		if i+1 < len(d.Tokens) && capital(i+1) && d.Tokens[i+1].Start <= tk.End+1 {
			continue
		}
		m := Mention{Start: tk.Start, End: tk.End, Text: d.Text[tk.Start:tk.End], Type: PERSON, Entity: p.entity,
			Country: p.country, Source: SourceRule}
		if !overlapsAny(named, m) {
			out = append(out, m)
		}
	}
	return out
}
