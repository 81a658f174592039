package actors

import (
	"regexp"
	"strings"

	"github.com/geopol/geopol/entities"
)

// This file holds context rules for titles that a wire story's layout or a speech's phrasing
// hides: a title wrapped onto the line before the name, a current office written before a former
// one, and the bare "President" of a company.

// wrappedSentenceStart returns where the title before a name may be read from, when the sentence
// of the name starts at a line break that the hard wrapping of a wire story put in the middle of a
// phrase ("Senate Finance Committee\nChairman X told ..." is cut there when
// the line before reads as a title-case headline): the start of the sentence before, when it ends
// with a word, not punctuation, a single line break separates the two and it holds a lower-case
// letter (not a capitals headline). Otherwise it returns start.
func (v *docView) wrappedSentenceStart(sent, start int) int {
	if sent <= 0 || sent >= len(v.d.Sentences) {
		return start
	}
	prev := v.d.Sentences[sent-1]
	t := v.d.Text
	if prev.End > start || prev.End <= prev.Start || start > len(t) {
		return start
	}
	gap := t[prev.End:start]
	if strings.Count(gap, "\n") != 1 || strings.TrimSpace(gap) != "" {
		return start
	}
	last := t[prev.End-1]
	if !('a' <= last && last <= 'z' || 'A' <= last && last <= 'Z') {
		return start
	}
	if strings.IndexFunc(t[prev.Start:prev.End], func(r rune) bool { return 'a' <= r && r <= 'z' }) < 0 {
		return start
	}
	return prev.Start
}

// currentOverFormer reports whether the office written before a comma (seg1) is the person's on
// the day when the title right before the name is a former one: "our Speaker of Parliament,
// former President Mohamed Nasheed" is LEG, "the Foreign Minister, former Prime Minister X" GOV.
func currentOverFormer(e0, e1 evidence, seg0 phrase) bool {
	if e0.role != "ELI" || e1.role == "" || e1.role == "ELI" {
		return false
	}
	for _, w := range seg0.words {
		if formerWord(w) {
			return true
		}
	}
	return false
}

// bareCompanyTitle reports whether a title read before a name is "President" alone, or "Board
// President": an office of a company as much as of a state.
func bareCompanyTitle(words []string) bool {
	switch len(words) {
	case 1:
		return words[0] == "president"
	case 2:
		return words[0] == "board" && words[1] == "president"
	}
	return false
}

// stockSymbolRe matches a Reuters stock symbol or company name in angle brackets ("<SWSZ.Z>",
// "<Walt Disney Co>").
var stockSymbolRe = regexp.MustCompile(`<[A-Z][A-Za-z0-9.&' -]{0,40}>`)

// marketRe matches the name of an exchange written in the text, whatever the recognizer made of
// it: capitalized words before "Exchange" or a city's "Board of Trade" ("Chicago Board of Trade",
// "Kansas City Board of Trade", "New York Mercantile Exchange"; not "the Board of Trade").
var marketRe = regexp.MustCompile(`\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Exchange|Board\s+of\s+Trade)\b`)

// companyStory reports whether the document names a company before mention k: a name with a
// legal form (companyBefore) or a stock symbol in angle brackets, as wire stories write them, or an
// exchange (marketRe), whose officers are business people.
func (v *docView) companyStory(k int) bool {
	if v.companyBefore(k) {
		return true
	}
	start := v.ms[k].Start
	before := v.d.Text[:start]
	// Each regular expression runs only when the text before the mention holds a literal that
	// every match of it holds: a '<' for stockSymbolRe, "Exchange" or "Board" for marketRe
	// (storyMarks). Without it neither can match there, and the result is the same; most
	// documents (UN speeches) hold none, and the expressions would scan the text up to each
	// mention again for every person with a bare title.
	ends := v.storyMarks()
	if e := ends[0]; e > 0 && e <= start && stockSymbolRe.MatchString(before) {
		return true
	}
	if !(ends[1] > 0 && ends[1] <= start || ends[2] > 0 && ends[2] <= start) {
		return false
	}
	for _, m := range marketRe.FindAllString(before, -1) {
		if marketName(strings.TrimPrefix(m, "The ")) {
			return true
		}
	}
	return false
}

// storyMarks returns where, in the document's text, the first '<', "Exchange" and "Board" end (0
// for one the text does not hold), computed on first use.
func (v *docView) storyMarks() *[3]int {
	if v.storyEnds == nil {
		t := v.d.Text
		var ends [3]int
		for i, lit := range [...]string{"<", "Exchange", "Board"} {
			if j := strings.Index(t, lit); j >= 0 {
				ends[i] = j + len(lit)
			}
		}
		v.storyEnds = &ends
	}
	return v.storyEnds
}

// companyPresident reports whether a person whose only title is a bare "President" (bareCompanyTitle)
// is a company's president: the story names a company before, and the dictionaries know the person
// neither as a public figure nor with a role other than business that day (a head of state is in
// them: "President Reagan" in a story about Chrysler Corp). "Swissair <SWSZ.Z> reported ...
// President Robert Staubli told a news conference" is BUS.
func (g *Grounder) companyPresident(v *docView, p *person, day Date) bool {
	if !p.ev.bare || !v.companyStory(p.idxs[0]) || g.builtin.publicFigure(personKeys(stripLowerTitles(p.entity))) {
		return false
	}
	r, _, ok := g.lookup(v, p, day, "")
	return !ok || r.Role == "" || r.Role == "BUS"
}

// titleBodyName reports whether a mention of no country is the name of a body an office title
// holds alone: a house of a legislature ("Speaker of Parliament", "President of the National
// Assembly") or "the Republic" ("the new President of the Republic, Mr. X"), which a recognizer
// may mark as an organization or a place of its own.
func titleBodyName(m entities.Mention) bool {
	if m.Country != "" || m.Type != entities.ORG && m.Type != entities.GPE {
		return false
	}
	ws := strings.Fields(strings.ToLower(m.Text))
	switch len(ws) {
	case 1:
		return ws[0] == "republic" || domainRole(ws[0]) == "LEG"
	case 2:
		return ws[0] == "national" && domainRole(ws[1]) == "LEG"
	}
	return false
}

// whoClause returns the token after ", who" when a relative clause follows the name there
// ("Joao Sayad, who resigned yesterday from his post as Planning Minister, ..."), so that its verb
// of office is read as one right after the name; i itself otherwise.
func (v *docView) whoClause(i, sentEnd int) int {
	d := v.d
	if i+2 < len(d.Tokens) && d.Tokens[i+2].Start < sentEnd && d.TokenText(i) == "," {
		if w, _ := lowerWord(d, i+1); w == "who" {
			return i + 2
		}
	}
	return i
}

// leftPostWord reports whether w may stand between a verb of office and "as" ("resigned yesterday
// from his post as", "stepped down on Monday from her job as").
func leftPostWord(w string) bool {
	switch w {
	case "yesterday", "today", "earlier", "from", "his", "her", "post", "job", "position", "on",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// electedBodyPresident reports whether a person titled "President" right before the name whom the
// speaker congratulates on an election ("congratulating President Joseph Deiss on his election")
// presides over an assembly rather than a state: the dictionaries know the person and give no
// government office that day (Deiss, President of the Swiss Confederation in 2004, is ELI in
// 2010), so the presidency is not a state's. A head of state elected ("President Ibrahim Boubacar
// Keita on his election", GOV that day) and a person the dictionaries do not know are left alone.
func (g *Grounder) electedBodyPresident(v *docView, p *person, day Date) bool {
	k := p.idxs[0]
	m := v.ms[k]
	first, last := v.tokenAt(m.Start), v.tokenEndingAt(m.End)
	if first <= 0 || last < 0 || v.d.TokenText(first-1) != "President" || !v.onElection(last, v.sentenceEnd(k)) {
		return false
	}
	r, _, ok := g.lookup(v, p, day, "")
	return ok && r.Role != "" && r.Role != "GOV" && r.Role != "IGO"
}

// onElection reports whether "on his election" (her, your; re-election) follows the name's last
// token, with an optional comma before it.
func (v *docView) onElection(last, sentEnd int) bool {
	d := v.d
	i := last + 1
	if i < len(d.Tokens) && d.TokenText(i) == "," {
		i++
	}
	if i+2 >= len(d.Tokens) || d.Tokens[i+2].Start >= sentEnd {
		return false
	}
	if w, _ := lowerWord(d, i); w != "on" {
		return false
	}
	switch w, _ := lowerWord(d, i+1); w {
	case "his", "her", "your":
	default:
		return false
	}
	w, _ := lowerWord(d, i+2)
	return electionNoun(w)
}
