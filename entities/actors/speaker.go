package actors

import (
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
)

// The country a document speaks for (corpus.Document.Country: a UN speech's speaking state, an
// embassy's or a ministry's statement) is the country of the offices its speaker calls their own:
// "our President, X", "my Prime Minister X", "the President of my country, X", "the Minister for
// Foreign Affairs of my Government, X", "X, our Minister for Health,". An office of an
// international organization ("our Secretary-General") stays the organization's. A "President X"
// whom a speech addresses or congratulates on the office of the body is its presiding officer
// (addressedPresident). A national office holder the text and the dictionaries do not place is NOT
// given the speaker's country: in the UN speeches of 2010-2024 most such names are the Assembly's
// presidents, foreign or past leaders ("as President Truman said"), and salutations.

// speakerCountry resolves a document's country to a country id of the gazetteer: an ISO3 code as
// it is, a country's name by the gazetteer; "" when it is neither.
func (g *Grounder) speakerCountry(s string) string {
	if s == "" {
		return ""
	}
	if len(s) == 3 {
		s = strings.ToUpper(s) // "nzl"
	}
	if g.isCountry(s) {
		return s
	}
	if g.gaz != nil {
		if e, ok := g.gaz.Lookup(s); ok && g.isCountry(e.Entity) {
			return e.Entity
		}
	}
	return ""
}

// firstPersonOwner reports whether w (lower case) is a possessive of the first person.
func firstPersonOwner(w string) bool { return w == "our" || w == "my" }

// ownBody reports whether w (lower case) names the speaker's state in "of my country", "of our
// Government" and the like.
func ownBody(w string) bool {
	switch w {
	case "country", "government", "nation", "state", "republic", "kingdom", "people":
		return true
	}
	return false
}

// speakerWord reports whether w (lower case, prev the word before it) may stand in an office a
// speaker names as their own: the words of a title phrase, the honorifics of a speech ("His
// Excellency", "H.E.") and the comma before the name.
func (g *Grounder) speakerWord(prev, w string) bool {
	switch w {
	case "his", "her", ",":
		return true
	}
	return g.allowedWord(prev, w)
}

// firstPersonOffice reports whether the person whose name spans tokens first..last is named with an
// office the speaker calls their own: "our"/"my" opening a title that ends right before the name
// ("our President, His Excellency X"; "my Minister of Social Development, X") or follows it as an
// apposition ("X, our Minister for Health,"), or a title owned by "of my country", "of our
// Government" ("the President of my country, X"). The words between must be title words (see
// speakerWord) with the head of an office among them.
func (v *docView) firstPersonOffice(first, last, sentStart, sentEnd int) bool {
	d := v.d
	word := func(i int) string {
		if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Start < sentStart || d.Tokens[i].End > sentEnd {
			return ""
		}
		w, _ := lowerWord(d, i)
		return w
	}
	// Before the name, read backwards.
	head, commas := false, 0
	var words []string // read backwards
	for i, steps := first-1, 0; steps < maxWindow; i, steps = i-1, steps+1 {
		w := word(i)
		if w == "" {
			break
		}
		if firstPersonOwner(w) {
			slices.Reverse(words)
			return head && !igoTitle(words) // "our Secretary-General, X" is the UN's
		}
		if ownBody(w) && firstPersonOwner(word(i-1)) && word(i-2) == "of" {
			// "the President of my country, X": the title before "of" must have a head.
			return v.titleHeadBefore(i-3, sentStart)
		}
		if w == "," {
			if commas++; commas > 1 {
				break
			}
		}
		if !v.g.speakerWord(word(i-1), w) {
			break
		}
		head = head || headRole(w, word(i-1)) != ""
		words = append(words, w)
	}
	// After the name: an apposition.
	if word(last+1) != "," {
		return false
	}
	owned, head := false, false
	words = words[:0]
	for i, steps := last+2, 0; steps < maxWindow; i, steps = i+1, steps+1 {
		w := word(i)
		switch {
		case w == "" || w == "," || w == "." || w == ";":
			return owned && head && !igoTitle(words)
		case firstPersonOwner(w) && (steps == 0 || word(i-1) == "of"):
			owned = true
			if ownBody(word(i + 1)) {
				i++
				steps++
			}
			continue
		case !v.g.allowedWord(word(i-1), w):
			return false
		}
		head = head || headRole(w, word(i-1)) != ""
		words = append(words, w)
	}
	return false
}

// titleHeadBefore reports whether the title words that end at token i (read backwards, within the
// sentence) include the head of an office: "the Minister for Foreign Affairs" before "of my
// Government".
func (v *docView) titleHeadBefore(i, sentStart int) bool {
	d := v.d
	for steps := 0; i >= 0 && steps < maxWindow && d.Tokens[i].Start >= sentStart; i, steps = i-1, steps+1 {
		w, _ := lowerWord(d, i)
		prev := ""
		if i > 0 {
			prev, _ = lowerWord(d, i-1)
		}
		if headRole(w, prev) != "" {
			return true
		}
		if !v.g.allowedWord(prev, w) {
			return false
		}
	}
	return false
}

// addressedPresident reports whether the first mention of a person titled "President" (token
// before the name) in a speech is the presiding officer the speaker addresses: named alone in a
// vocative that opens the sentence ("Excellency, President X," "Mr. President X:"), or
// congratulated on the office of a body ("I congratulate President X on having assumed the
// presidency of ...", "... on assuming the chair of this body", "... on his leadership of the
// session"). chair is set for the second form, which names the office.
func (v *docView) addressedPresident(k int) (ok, chair bool) {
	if v.speaker == "" {
		return false, false
	}
	d := v.d
	m := v.ms[k]
	first, last := v.tokenAt(m.Start), v.tokenEndingAt(m.End)
	if first <= 0 || last < 0 || d.TokenText(first-1) != "President" {
		return false, false
	}
	sentStart, sentEnd := 0, len(d.Text)
	if m.Sentence >= 0 && m.Sentence < len(d.Sentences) {
		sentStart, sentEnd = d.Sentences[m.Sentence].Start, d.Sentences[m.Sentence].End
	}
	// A vocative: only forms of address before the title, a comma or colon after the name.
	vocative := true
	for i := first - 2; i >= 0 && d.Tokens[i].Start >= sentStart; i-- {
		switch w, _ := lowerWord(d, i); w {
		case "excellency", "his", "her", "your", "mr", "mr.", "madam", "h.e.", ",", "dear", "honourable", "honorable":
		default:
			vocative = false
		}
		if !vocative {
			break
		}
	}
	if vocative && last+1 < len(d.Tokens) {
		if w := d.TokenText(last + 1); w == "," || w == ":" {
			return true, false
		}
	}
	// Congratulated on an office of a body.
	congratulated := false
	for i, steps := first-2, 0; i >= 0 && steps < 4 && d.Tokens[i].Start >= sentStart; i, steps = i-1, steps+1 {
		w, _ := lowerWord(d, i)
		if len(w) > 9 && (w[:9] == "congratul" || w[:9] == "felicitat") {
			congratulated = true
			break
		}
	}
	if !congratulated {
		return false, false
	}
	for i, steps := last+1, 0; i < len(d.Tokens) && d.Tokens[i].End <= sentEnd && steps < 20; i, steps = i+1, steps+1 {
		switch w, _ := lowerWord(d, i); w {
		case "president", "presidency":
			if v.ofState(i) {
				return false, false // "on his re-election as President of Peru"
			}
		}
		switch w, _ := lowerWord(d, i); {
		case w == "presidency" || w == "chair" || w == "chairmanship" || w == "session" || w == "assembly" || w == "stewardship":
			return true, true
		case assemblyElectionWord(w):
			// "I congratulate President X on his election": the presiding officer when the
			// dictionaries give no other office (a head of state re-elected keeps his). Not
			// "assuming" or "assumed", which assemblyTurn reads: the first word known answers
			// here, and "on assuming the presidency" must reach "presidency", the chair itself.
			return true, false
		}
	}
	return false, false
}

// assemblyTurn reads the sentence of mention k for the turn of an office of the General Assembly's
// kind: incoming is set when, after the name, the person's election to or assumption of a presidency
// or chair is named ("congratulations to Ms. X on her brilliant election as President of ...", "on
// being elected President of ...", "on assuming the chair"); outgoing when the sentence speaks of a
// predecessor or an outgoing office before the name ("his predecessor, Mr. X") or, after it, the
// previous session or a completed term ("X, President of the previous session", "for her
// leadership during the preceding session", "his recently completed term"). Speeches of a session
// thank the outgoing President and congratulate the incoming one in the same breath, and a corpus
// may date them all on one day, before or after the change.
func (v *docView) assemblyTurn(k int) (incoming, outgoing bool) {
	d := v.d
	m := v.ms[k]
	first, last := v.tokenAt(m.Start), v.tokenEndingAt(m.End)
	if first < 0 || last < 0 || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false, false
	}
	s := d.Sentences[m.Sentence]
	elected := -1
	// Before the name, in its title: "his predecessor, His Excellency Mr. X", "the outgoing
	// President, Ms. X".
	for i, steps := first-1, 0; i >= 0 && d.Tokens[i].Start >= s.Start && steps < 8; i, steps = i-1, steps+1 {
		w, _ := lowerWord(d, i)
		if w == "predecessor" || w == "outgoing" {
			return false, true
		}
		prev := ""
		if i > 0 {
			prev, _ = lowerWord(d, i-1)
		}
		if !v.g.speakerWord(prev, w) {
			break
		}
	}
	// After it, up to the office congratulated on or the session left.
	for i, steps := last+1, 0; i < len(d.Tokens) && d.Tokens[i].End <= s.End && steps < 16; i, steps = i+1, steps+1 {
		w, _ := lowerWord(d, i)
		if incoming {
			break
		}
		switch {
		case w == "previous" || w == "preceding" || w == "completed" || w == "past" || w == "last":
			// "... of the previous session", "his recently completed term"
			for j := i + 1; j <= i+3 && j < len(d.Tokens) && d.Tokens[j].End <= s.End; j++ {
				if nw, _ := lowerWord(d, j); nw == "session" || nw == "term" || nw == "presidency" {
					return false, true
				}
			}
		case assemblyElectionWord(w) || w == "assuming" || w == "assumed":
			if elected < 0 {
				elected = i
			}
		case w == "president" || w == "presidency" || w == "chair" || w == "chairmanship":
			if elected >= 0 && i-elected <= 6 {
				if v.ofState(i) {
					return false, false // "on his election as President of Peru": a state's
				}
				incoming = true
			}
		}
	}
	return incoming, false
}

// assemblyNamed reports whether the document names the UN General Assembly, or is a speech (it has a
// speaker's country): the body whose President the turn of assemblyTurn is.
func (g *Grounder) assemblyNamed(v *docView) bool {
	if v.speaker != "" {
		return true
	}
	for _, m := range v.ms {
		if m.Type == entities.ORG && m.Entity == "UNGA" {
			return true
		}
	}
	return false
}

// ofState reports whether the office word at token i is followed by "of" (and "the") and a country
// ("President of Peru", "the presidency of the Republic of Chile" names a state first): the office is
// a state's, not an assembly's.
func (v *docView) ofState(i int) bool {
	d := v.d
	j := i + 1
	if j >= len(d.Tokens) || d.TokenText(j) != "of" {
		return false
	}
	j++
	if j < len(d.Tokens) && strings.EqualFold(d.TokenText(j), "the") {
		j++
	}
	if j >= len(d.Tokens) {
		return false
	}
	if mi := v.mentionAt(j); mi >= 0 {
		m := v.ms[mi]
		return (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity) && m.Start == d.Tokens[j].Start
	}
	return false
}
