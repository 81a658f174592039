package actors

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// PetrarchOptions configure ReadPetrarch.
type PetrarchOptions struct {
	// Lenient skips malformed date restrictions and lines (returned as warnings) instead of failing:
	// the published Phoenix dictionaries hold a few ("[KORGOVBUS 2004017-20061201]"). User
	// dictionaries are read strictly.
	Lenient bool
	// IsCountry tells which three-letter code segments are countries (see SplitCode); nil takes
	// any first segment that is not a role for a country, as user dictionaries with codes of their
	// own need.
	IsCountry func(string) bool
}

// ReadPetrarch reads an actor or agent dictionary in the PETRARCH/TABARI format (the Phoenix
// dictionaries, PETR.Validate.actors.txt and .agents.txt) and returns its records. name is used in
// error messages. The format, as PETRARCH reads it:
//
//   - Comments run from "#" (outside brackets) or ";" to the end of the line, and between "<!--" and
//     "-->", also across lines; a line starting with "<!" is a comment. Blank lines are skipped; a line holding "---STOP---" ends the file.
//     Bytes that are not UTF-8 are read as Latin-1.
//   - A record is a primary phrase, optional synonyms on lines starting with "+", and optional
//     codes in brackets: on the phrase line ("ARNOR_ [ARN]") or on indented lines that follow
//     ("\t[RUSGOV 991231-080507]"). A record without codes takes those of the next record, as
//     PETRARCH reads it. Words are separated by "_" or spaces and must be consecutive in
//     the text; a phrase ending in "_" matches its last word whole, otherwise a last word of four
//     letters or more also matches as a prefix ("ARGENTIN").
//   - A code is followed by an optional date restriction: "<DATE" (on or before), ">DATE" (on or
//     after) or "DATE-DATE" (both included), dates as YYYYMMDD or YYMMDD (00-30 are 20YY). A code
//     without one is the default. On a document's date the first restriction that holds gives the
//     code, else the default; "---" (also "+++", "###") is a null code.
//   - Agent entries ("MINISTER [~GOV]", "POLICE {} [~COP]", "HUMAN_RIGHTS_BODY [NGO~]") have a code
//     with "~": the phrase names a role, with an optional plural in braces ("{}" for none; regular
//     plurals are generated), and "!MARKER! = A, B" lines define substitutions for "!MARKER!".
//
// A record's Country and Role come from its codes through SplitCode. A user dictionary also gives
// each record an entity: the code itself when the record has one undated code of a country, group
// or organization ("ARN", "HOB", "IGOUNO"), the primary phrase in title case otherwise ("Vladimir
// Putin"), and for agents the role code. Types are guessed: GPE for a three-letter code, PERSON for
// a record with dated codes, ORG otherwise.
//
// Malformed lines (a synonym or restriction before any phrase, an unclosed bracket or brace, a date
// that is not one, a period that ends before it starts, an unknown marker) return a *ParseError
// and no records, unless o.Lenient, which returns the rest and the skipped lines as warnings.
func ReadPetrarch(r io.Reader, name string, o PetrarchOptions) ([]Actor, []error, error) {
	p := petrReader{name: name, o: o, subs: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	inComment := false
	for sc.Scan() {
		p.line++
		raw := sc.Bytes()
		var line string
		if utf8.Valid(raw) {
			line = string(raw)
		} else {
			line = latin1(raw)
		}
		if !inComment && strings.HasPrefix(line, "<!") && !strings.HasPrefix(line, "<!--") {
			continue // "<! -- ... -->": PETRARCH skips lines starting with "<!"
		}
		line, inComment = stripComments(line, inComment)
		if strings.Contains(line, "---STOP---") {
			break
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := p.parseLine(line); err != nil {
			pe := &ParseError{File: name, Line: p.line, Err: err}
			if !o.Lenient {
				return nil, nil, pe
			}
			p.warnings = append(p.warnings, pe)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, &ParseError{File: name, Line: p.line + 1, Err: err}
	}
	p.flush()
	return p.out, p.warnings, nil
}

// petrReader is the state of ReadPetrarch.
type petrReader struct {
	name     string
	o        PetrarchOptions
	line     int
	cur      *Actor // the record being read
	primary  string // its primary phrase
	out      []Actor
	warnings []error
	subs     map[string][]string // substitution markers of agent dictionaries
	// pending holds the names of records read without codes, and the primary phrase of the first:
	// as in PETRARCH, they take the codes of the next record.
	pending        []Name
	pendingPrimary string
}

func (p *petrReader) parseLine(line string) error {
	trimmed := strings.TrimSpace(line)
	indented := line[0] == ' ' || line[0] == '\t'
	switch {
	case indented && strings.HasPrefix(trimmed, "["):
		if p.cur == nil {
			return errors.New("date restriction before any actor phrase")
		}
		return p.codes(trimmed)
	case strings.HasPrefix(trimmed, "+"):
		if p.cur == nil {
			return errors.New("synonym before any actor phrase")
		}
		phrase, codes, err := splitPhrase(trimmed[1:])
		if err != nil {
			return err
		}
		if err := p.addName(phrase); err != nil {
			return err
		}
		if codes != "" {
			return p.codes(codes)
		}
		return nil
	case strings.Contains(trimmed, "!") && strings.Contains(trimmed, "=") && !strings.Contains(trimmed, "["):
		return p.marker(trimmed)
	}
	p.flush()
	phrase, codes, err := splitPhrase(trimmed)
	if err != nil {
		return err
	}
	if strings.Contains(codes, "~") {
		p.pending, p.pendingPrimary = nil, ""
		return p.agent(phrase, codes)
	}
	p.cur = &Actor{File: p.name, Line: p.line, Names: p.pending}
	p.primary = phrase
	if p.pending != nil {
		p.primary = p.pendingPrimary
		p.pending, p.pendingPrimary = nil, ""
	}
	if err := p.addName(phrase); err != nil {
		p.cur = nil
		return err
	}
	if codes != "" {
		return p.codes(codes)
	}
	return nil
}

// splitPhrase splits "PHRASE [CODE ...] [CODE ...]" into the phrase and the bracketed rest.
func splitPhrase(s string) (phrase, codes string, err error) {
	k := strings.IndexByte(s, '[')
	if k < 0 {
		if strings.Contains(s, "]") {
			return "", "", errors.New("']' without '['")
		}
		return strings.TrimSpace(s), "", nil
	}
	return strings.TrimSpace(s[:k]), strings.TrimSpace(s[k:]), nil
}

// addName adds a phrase to the current record.
func (p *petrReader) addName(phrase string) error {
	if strings.ContainsAny(phrase, "{}") {
		return fmt.Errorf("braces in actor phrase %q (plurals are for agent entries, whose code has '~')", phrase)
	}
	if strings.Contains(phrase, "!") {
		return fmt.Errorf("substitution marker in actor phrase %q (markers are for agent entries)", phrase)
	}
	n, ok := petrName(phrase)
	if !ok {
		return fmt.Errorf("actor phrase %q has no words", phrase)
	}
	p.cur.Names = append(p.cur.Names, n)
	return nil
}

// petrName makes a Name of a PETRARCH phrase.
func petrName(phrase string) (Name, bool) {
	ws := nameWords(phrase)
	if len(ws) == 0 {
		return Name{}, false
	}
	return Name{Key: strings.Join(ws, " "), Prefix: !strings.HasSuffix(strings.TrimSpace(phrase), "_")}, true
}

// codes parses one or more bracketed codes ("[RUSGOV 991231-080507]", "[IGOUNO 820101-911231]
// [ELI]") into Ranges of the current record.
func (p *petrReader) codes(s string) error {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			return fmt.Errorf("unexpected %q after a code", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return errors.New("'[' without ']'")
		}
		r, err := parseRestriction(s[1:end])
		if err != nil {
			return err
		}
		p.cur.Ranges = append(p.cur.Ranges, r)
		s = s[end+1:]
	}
	return nil
}

// parseRestriction parses the inside of one bracket: "CODE", "CODE <DATE", "CODE >DATE",
// "CODE DATE-DATE" (spaces allowed around the operators).
func parseRestriction(in string) (Range, error) {
	f := strings.Fields(in)
	if len(f) == 0 {
		return Range{}, errors.New("empty code '[]'")
	}
	code := strings.ToUpper(f[0])
	if strings.ContainsAny(code, "~{}") {
		return Range{}, fmt.Errorf("code %q: agent codes ('~') go on agent entries only", f[0])
	}
	r := Range{Code: code}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
		return r, nil
	case rest[0] == '<' || rest[0] == '>':
		d, err := parsePetrarchDate(rest[1:])
		if err != nil {
			return Range{}, fmt.Errorf("code %s: %w", code, err)
		}
		r.Dated = true
		if rest[0] == '<' {
			r.To = d
		} else {
			r.From = d
		}
		return r, nil
	case strings.Count(rest, "-") == 1:
		a, b, _ := strings.Cut(rest, "-")
		from, err := parsePetrarchDate(a)
		if err != nil {
			return Range{}, fmt.Errorf("code %s: %w", code, err)
		}
		to, err := parsePetrarchDate(b)
		if err != nil {
			return Range{}, fmt.Errorf("code %s: %w", code, err)
		}
		if to < from {
			return Range{}, fmt.Errorf("code %s: period %s-%s ends before it starts", code, from, to)
		}
		r.Dated, r.From, r.To = true, from, to
		return r, nil
	}
	return Range{}, fmt.Errorf("code %s: date restriction %q: want <DATE, >DATE or DATE-DATE", code, strings.Join(f[1:], " "))
}

// flush finishes the current record: it derives countries, roles, entities and types and keeps
// records with at least one name.
func (p *petrReader) flush() {
	a := p.cur
	p.cur = nil
	if a == nil || len(a.Names) == 0 {
		return
	}
	if len(a.Ranges) == 0 {
		if p.pending == nil {
			p.pendingPrimary = p.primary
		}
		p.pending = append(p.pending, a.Names...)
		return
	}
	dated := false
	for _, r := range a.Ranges {
		dated = dated || r.Dated
	}
	a.Person = dated
	label := titleCase(p.primary)
	var bare string // the record's single undated code, when it is a bare actor code
	if len(a.Ranges) == 1 && !a.Ranges[0].Dated && !nullCode(a.Ranges[0].Code) {
		bare = a.Ranges[0].Code
	}
	for i := range a.Ranges {
		r := &a.Ranges[i]
		r.TypeGuessed = true
		if nullCode(r.Code) {
			r.Code = "---"
			r.Entity, r.Type = label, "ORG"
			continue
		}
		r.Country, r.Role = SplitCode(r.Code, p.o.IsCountry)
		switch {
		case bare != "" && (len(bare) == 3 || r.Role == "IGO" || r.Role == "NGO" || r.Role == "IMG"):
			r.Entity = bare
			r.Type = "ORG"
			if len(bare) == 3 && r.Role == "" {
				r.Type = "GPE"
			}
		case dated:
			r.Entity, r.Type = label, "PERSON"
		default:
			r.Entity, r.Type = label, "ORG"
		}
	}
	p.out = append(p.out, *a)
}

// agent reads an agent entry: "PHRASE {PLURAL} [~CODE]" or "[CODE~]".
func (p *petrReader) agent(phrase, codes string) error {
	end := strings.IndexByte(codes, ']')
	if end < 0 {
		return errors.New("'[' without ']'")
	}
	code := strings.ToUpper(strings.TrimSpace(codes[1:end]))
	if rest := strings.TrimSpace(codes[end+1:]); rest != "" {
		return fmt.Errorf("unexpected %q after an agent code", rest)
	}
	bare := strings.Trim(code, "~")
	if bare == "" || strings.Count(code, "~") != 1 || strings.ContainsAny(bare, " ~") {
		return fmt.Errorf("agent code %q: want ~CODE or CODE~", code)
	}
	plural, hasPlural := "", false
	if i := strings.IndexByte(phrase, '{'); i >= 0 {
		j := strings.IndexByte(phrase, '}')
		if j < i {
			return errors.New("'{' without '}'")
		}
		plural, hasPlural = strings.TrimSpace(phrase[i+1:j]), true
		phrase = strings.TrimSpace(phrase[:i])
	} else if strings.Contains(phrase, "}") {
		return errors.New("'}' without '{'")
	}
	phrases := []string{phrase}
	if !hasPlural {
		phrases = append(phrases, regularPlural(phrase))
	} else if plural != "" {
		phrases = append(phrases, plural)
	}
	var expanded []string
	for _, ph := range phrases {
		xs, err := p.substitute(ph)
		if err != nil {
			return err
		}
		expanded = append(expanded, xs...)
	}
	_, role := SplitCode(bare, func(string) bool { return false })
	if role == "" && len(bare) >= 3 {
		role = bare[:3]
	}
	a := Actor{Agent: true, File: p.name, Line: p.line,
		Ranges: []Range{{Code: "~" + bare, Role: role, Entity: role, Type: "ORG", TypeGuessed: true}}}
	for _, ph := range expanded {
		if n, ok := petrName(ph); ok {
			n.Prefix = false
			a.Names = append(a.Names, n)
		}
	}
	if len(a.Names) == 0 {
		return fmt.Errorf("agent phrase %q has no words", phrase)
	}
	p.out = append(p.out, a)
	return nil
}

// regularPlural forms the plural PETRARCH generates: "IES" for a final "Y", "ES" for "S", else "S".
func regularPlural(phrase string) string {
	phrase = strings.TrimRight(phrase, "_ ")
	switch {
	case strings.HasSuffix(phrase, "Y") || strings.HasSuffix(phrase, "y"):
		return phrase[:len(phrase)-1] + "IES"
	case strings.HasSuffix(phrase, "S") || strings.HasSuffix(phrase, "s"):
		return phrase + "ES"
	}
	return phrase + "S"
}

// marker reads "!NAME! = A, B, C".
func (p *petrReader) marker(line string) error {
	a := strings.IndexByte(line, '!')
	b := strings.IndexByte(line[a+1:], '!')
	eq := strings.IndexByte(line, '=')
	if b < 0 || eq < a+b+2 {
		return errors.New("substitution marker: want !NAME! = A, B")
	}
	name := line[a+1 : a+1+b]
	var items []string
	for _, it := range strings.Split(line[eq+1:], ",") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	if name == "" || len(items) == 0 {
		return errors.New("substitution marker: want !NAME! = A, B")
	}
	p.subs[name] = items
	return nil
}

// substitute expands the substitution markers of an agent phrase.
func (p *petrReader) substitute(phrase string) ([]string, error) {
	a := strings.IndexByte(phrase, '!')
	if a < 0 {
		return []string{phrase}, nil
	}
	b := strings.IndexByte(phrase[a+1:], '!')
	if b < 0 {
		return nil, fmt.Errorf("phrase %q: unclosed substitution marker", phrase)
	}
	items, ok := p.subs[phrase[a+1:a+1+b]]
	if !ok {
		return nil, fmt.Errorf("phrase %q: undefined substitution marker !%s!", phrase, phrase[a+1:a+1+b])
	}
	var out []string
	for _, it := range items {
		xs, err := p.substitute(phrase[:a] + it + phrase[a+2+b:])
		if err != nil {
			return nil, err
		}
		out = append(out, xs...)
	}
	return out, nil
}

// stripComments removes "<!-- -->" comments (inComment says whether the line starts inside one),
// and "#" (outside brackets) or ";" comments to the end of the line.
func stripComments(line string, inComment bool) (string, bool) {
	var b strings.Builder
	for line != "" {
		if inComment {
			k := strings.Index(line, "-->")
			if k < 0 {
				return b.String(), true
			}
			line = line[k+3:]
			inComment = false
			continue
		}
		k := strings.Index(line, "<!--")
		if k < 0 {
			b.WriteString(line)
			break
		}
		b.WriteString(line[:k])
		line = line[k+4:]
		inComment = true
	}
	s := b.String()
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '#':
			if depth <= 0 {
				return strings.TrimRight(s[:i], " \t\r"), inComment
			}
		case ';':
			return strings.TrimRight(s[:i], " \t\r"), inComment
		}
	}
	return strings.TrimRight(s, " \t\r"), inComment
}

// latin1 decodes Latin-1 bytes.
func latin1(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}
