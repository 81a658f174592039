// Package synthetic generates English news-like documents of any length, deterministically from a
// seed, for measuring how geopol's stages scale with the length and the number of documents: a long
// document of 1, 4 or 16 MB should cost the same time per megabyte, and a million short documents the
// same time per document as a thousand.
//
// The text is assembled from sentence templates written for this package (no real news text):
// statements, meetings, accusations, sanctions, votes and background sentences that name countries,
// their demonyms and capitals, international organizations, titled officials with invented names,
// numbers and days, mixed with sentences that name no actor, at about one actor mention per 70 bytes,
// which is the density of wire news. A document has one of three layouts (Form): paragraphs
// separated by blank lines, one single line, or lines hard-wrapped at 72 columns as in plain-text
// archives. Everything is ASCII, so the byte length is the character count.
//
// The same (size, form, seed) always gives the same text, on every platform and Go version: the
// generator is a small xorshift sequence, not math/rand.
package synthetic

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Form is the line layout of a generated document.
type Form int

const (
	// Paragraphs puts two to five sentences on one line and a blank line between paragraphs.
	Paragraphs Form = iota
	// OneLine writes the whole document on one line, sentences separated by a space.
	OneLine
	// Wrapped hard-wraps paragraphs at 72 columns, with a blank line between paragraphs.
	Wrapped
)

// String returns the name of the form: "paragraphs", "oneline" or "wrapped".
func (f Form) String() string {
	switch f {
	case Paragraphs:
		return "paragraphs"
	case OneLine:
		return "oneline"
	case Wrapped:
		return "wrapped"
	}
	return fmt.Sprintf("Form(%d)", int(f))
}

// ParseForm returns the form named s (see Form.String).
func ParseForm(s string) (Form, error) {
	for _, f := range []Form{Paragraphs, OneLine, Wrapped} {
		if f.String() == s {
			return f, nil
		}
	}
	return 0, fmt.Errorf("synthetic: unknown form %q (want paragraphs, oneline or wrapped)", s)
}

// Text returns a document of exactly size bytes (at least one sentence is cut short when the
// sentences do not fill it exactly; a size of at most 0 gives ""), laid out as form.
func Text(size int, form Form, seed uint64) string {
	if size <= 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(size + 512)
	g := newGen(seed)
	col := 0
	for b.Len() < size {
		n := 2 + g.intn(4) // sentences in this paragraph
		for k := 0; k < n && b.Len() < size; k++ {
			s := g.sentence()
			switch form {
			case Wrapped:
				for _, w := range strings.Fields(s) {
					switch {
					case col == 0:
					case col+1+len(w) > 72:
						b.WriteByte('\n')
						col = 0
					default:
						b.WriteByte(' ')
						col++
					}
					b.WriteString(w)
					col += len(w)
				}
			default:
				if k > 0 || form == OneLine && b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s)
			}
		}
		switch form {
		case Paragraphs, Wrapped:
			b.WriteString("\n\n")
			col = 0
		}
	}
	t := b.String()[:size]
	if form != OneLine {
		t = t[:size-1] + "\n" // end with a line break, as text files do
	}
	return t
}

// Document is one generated document, as geopol's JSONL input takes it.
type Document struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

// Documents returns n documents of about size bytes of text each (paragraph form, sizes varying by
// up to a quarter either way so that documents differ), with ids "synthetic-1", ..., titles and dates
// spread over 2020-2024.
func Documents(n, size int, seed uint64) []Document {
	out := make([]Document, 0, max(n, 0))
	for i := range max(n, 0) {
		out = append(out, document(i, size, seed))
	}
	return out
}

func document(i, size int, seed uint64) Document {
	g := newGen(seed ^ uint64(i+1)*0x9E3779B97F4A7C15)
	sz := size
	if size >= 8 {
		sz = size - size/4 + g.intn(size/2+1)
	}
	return Document{
		ID:    fmt.Sprintf("synthetic-%d", i+1),
		Title: g.title(),
		Date:  fmt.Sprintf("%04d-%02d-%02d", 2020+g.intn(5), 1+g.intn(12), 1+g.intn(28)),
		Text:  Text(sz, Paragraphs, g.next()),
	}
}

// WriteJSONL writes n documents (see Documents) to w, one JSON object per line, generating them
// one at a time so that memory does not grow with n. It returns the number of bytes of text written.
func WriteJSONL(w io.Writer, n, size int, seed uint64) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var total int64
	for i := range max(n, 0) {
		d := document(i, size, seed)
		if err := enc.Encode(d); err != nil {
			return total, fmt.Errorf("synthetic: write document %d: %w", i+1, err)
		}
		total += int64(len(d.Text))
	}
	if err := bw.Flush(); err != nil {
		return total, fmt.Errorf("synthetic: write: %w", err)
	}
	return total, nil
}

// gen is a xorshift64* sequence.
type gen struct{ s uint64 }

func newGen(seed uint64) *gen {
	if seed == 0 {
		seed = 0x2545F4914F6CDD1D
	}
	g := &gen{s: seed}
	g.next()
	return g
}

func (g *gen) next() uint64 {
	g.s ^= g.s >> 12
	g.s ^= g.s << 25
	g.s ^= g.s >> 27
	return g.s * 0x2545F4914F6CDD1D
}

// intn returns a number in [0, n); n must be positive.
func (g *gen) intn(n int) int { return int(g.next() % uint64(n)) }

func (g *gen) pick(xs []string) string { return xs[g.intn(len(xs))] }

// sentence fills one template.
func (g *gen) sentence() string {
	t := g.pick(templates)
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}') + i
		b.WriteString(t[:i])
		b.WriteString(g.slot(t[i+1 : j]))
		t = t[j+1:]
	}
	s := b.String()
	if s != "" && 'a' <= s[0] && s[0] <= 'z' { // "the United States and ..." opening a sentence
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// title returns a headline.
func (g *gen) title() string {
	c := countries[g.intn(len(countries))]
	return fmt.Sprintf("%s %s %s", c.name, g.pick(headlineVerbs), g.pick(headlineObjects))
}

// slot returns the filler of one template slot.
func (g *gen) slot(name string) string {
	c := countries[g.intn(len(countries))]
	switch name {
	case "country":
		return c.name
	case "demonym":
		return c.demonym
	case "capital":
		return c.capital
	case "org":
		return g.pick(orgs)
	case "official":
		return fmt.Sprintf("%s %s %s %s", c.demonym, g.pick(titles), g.pick(firstNames), g.pick(lastNames))
	case "person":
		return g.pick(firstNames) + " " + g.pick(lastNames)
	case "surname":
		return g.pick(lastNames)
	case "day":
		return g.pick(days)
	case "month":
		return g.pick(months)
	case "number":
		return fmt.Sprint(2 + g.intn(998))
	case "percent":
		return fmt.Sprintf("%d.%d percent", g.intn(20), g.intn(10))
	case "topic":
		return g.pick(topics)
	case "verb":
		return g.pick(verbs)
	}
	return name
}

var templates = []string{
	"{country} and {country} held talks in {capital} on {day}, officials said.",
	"{official} said on {day} that the government would not accept new conditions on {topic}.",
	"The {org} called on {country} to resume negotiations over {topic} before the end of {month}.",
	"{demonym} forces withdrew from two positions near the border, according to a statement from {capital}.",
	"{country} accused {country} of violating the ceasefire agreed in {month}.",
	"Talks on {topic} will continue next week, a spokesperson for the {org} told reporters.",
	"The agreement covers {topic} and is expected to be signed in {capital} later this year.",
	"{official} met {official} on the sidelines of the summit.",
	"Trade between the two countries rose by {percent} last year.",
	"{country} {verb} the decision and said it would consult its partners in the {org}.",
	"The vote in the {org} passed with {number} votes in favour and a handful against.",
	"Analysts said the dispute over {topic} was unlikely to be settled soon.",
	"Protesters gathered outside the embassy of {country} in {capital} on {day}.",
	"The {org} said about {number} people had been displaced since {month}.",
	"\"We are ready to talk, but not under pressure,\" {person} said.",
	"{surname} later told reporters that the meeting had been constructive.",
	"The ministry said the sanctions imposed by {country} were illegal.",
	"Officials did not give a date for the next round.",
	"Prices of fuel and bread have risen sharply in recent months.",
	"The talks followed a week of rising tension along the frontier.",
	"{country} has denied the accusations.",
	"A senior diplomat from {country} said both sides wanted to avoid an escalation.",
	"The {org} will send a team of {number} observers to monitor the vote.",
	"{demonym} and {demonym} officials are due to meet again in {month}.",
	"The statement did not mention {topic}.",
	"Several ministers are expected to attend, including {official}.",
	"The government in {capital} said it had not been consulted.",
	"Markets in the region fell by {percent} after the announcement.",
	"It was the first such visit in more than a decade.",
	"{country} recalled its ambassador from {country} for consultations.",
}

type country struct{ name, demonym, capital string }

var countries = []country{
	{"Iran", "Iranian", "Tehran"}, {"the United States", "American", "Washington"},
	{"Oman", "Omani", "Muscat"}, {"France", "French", "Paris"}, {"Germany", "German", "Berlin"},
	{"China", "Chinese", "Beijing"}, {"Japan", "Japanese", "Tokyo"}, {"India", "Indian", "New Delhi"},
	{"Pakistan", "Pakistani", "Islamabad"}, {"Brazil", "Brazilian", "Brasilia"},
	{"Nigeria", "Nigerian", "Abuja"}, {"Kenya", "Kenyan", "Nairobi"}, {"Egypt", "Egyptian", "Cairo"},
	{"Turkey", "Turkish", "Ankara"}, {"Russia", "Russian", "Moscow"}, {"Ukraine", "Ukrainian", "Kyiv"},
	{"Poland", "Polish", "Warsaw"}, {"Mexico", "Mexican", "Mexico City"},
	{"Indonesia", "Indonesian", "Jakarta"}, {"Vietnam", "Vietnamese", "Hanoi"},
	{"Saudi Arabia", "Saudi", "Riyadh"}, {"Qatar", "Qatari", "Doha"}, {"Ethiopia", "Ethiopian", "Addis Ababa"},
	{"South Africa", "South African", "Pretoria"}, {"Argentina", "Argentine", "Buenos Aires"},
	{"Canada", "Canadian", "Ottawa"}, {"Australia", "Australian", "Canberra"}, {"Sweden", "Swedish", "Stockholm"},
	{"Morocco", "Moroccan", "Rabat"}, {"Colombia", "Colombian", "Bogota"},
}

var orgs = []string{
	"United Nations", "European Union", "African Union", "World Bank", "International Monetary Fund",
	"Security Council", "NATO", "ASEAN", "International Atomic Energy Agency", "Arab League",
	"World Health Organization", "Organization of American States",
}

var titles = []string{
	"Foreign Minister", "President", "Prime Minister", "Defence Minister", "ambassador", "envoy",
	"Trade Minister", "Finance Minister",
}

var firstNames = []string{
	"Amira", "Tomas", "Lena", "Kwame", "Sofia", "Rahul", "Mei", "Oskar", "Nadia", "Jorge", "Hana",
	"Dmitri", "Chidi", "Ingrid", "Farid", "Luisa", "Kenji", "Marta", "Yusuf", "Clara",
}

var lastNames = []string{
	"Haddad", "Novak", "Okafor", "Lindqvist", "Moreau", "Sato", "Kowalski", "Mensah", "Ferreira",
	"Rahimi", "Castillo", "Petrov", "Nakamura", "Achebe", "Vargas", "Halvorsen", "Qureshi", "Brandt",
}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

var topics = []string{
	"the nuclear programme", "water rights", "fishing quotas", "the border crossing", "grain exports",
	"the gas pipeline", "prisoner exchanges", "tariffs on steel", "refugee returns", "debt relief",
}

var verbs = []string{"welcomed", "condemned", "criticised", "rejected", "praised", "questioned"}

var headlineVerbs = []string{"weighs", "rejects", "backs", "signals", "delays", "seeks"}

var headlineObjects = []string{
	"new talks", "border deal", "sanctions relief", "trade pact", "aid plan", "ceasefire terms",
}
