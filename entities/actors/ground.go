package actors

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/text"
)

// SourceDictionary is the Source of the mentions a user dictionary marks.
const SourceDictionary = "dictionary"

// Options configure New.
type Options struct {
	// User holds the user dictionaries (ReadDictionary), earlier ones first: their names are marked
	// in the text, and their records win over the built-in ones.
	User []*Dictionary
	// Ignore holds the Keys of names never to mark (ReadIgnore).
	Ignore []string
	// NoBuiltin leaves out the built-in dictionaries; the text's titles and appositions still count.
	NoBuiltin bool
	// Gazetteer tells which entities are countries; nil means entities.DefaultGazetteer.
	Gazetteer *entities.Gazetteer
}

// Grounder gives the people and organizations of a document a country and a role valid on the
// document's date; it implements entities.Grounder. It is safe for concurrent use.
type Grounder struct {
	user    *Dictionary
	ignore  map[string]bool
	builtin *Builtin
	gaz     *entities.Gazetteer
	agents  map[string]string // user agent phrases of one or two words (Key) → role
}

// New returns a Grounder with the built-in dictionaries (unless o.NoBuiltin) and o's user
// dictionaries and ignore list.
func New(o Options) (*Grounder, error) {
	g := &Grounder{gaz: o.Gazetteer, user: Concat(o.User...)}
	if g.gaz == nil {
		var err error
		if g.gaz, err = entities.DefaultGazetteer(); err != nil {
			return nil, err
		}
	}
	if !o.NoBuiltin {
		b, err := Default()
		if err != nil {
			return nil, err
		}
		g.builtin = b
	}
	if len(o.Ignore) > 0 {
		g.ignore = make(map[string]bool, len(o.Ignore))
		for _, k := range o.Ignore {
			g.ignore[k] = true
		}
	}
	for i := 0; i < g.user.Len(); i++ {
		a := g.user.Actor(i)
		if !a.Agent || len(a.Ranges) == 0 || a.Ranges[0].Role == "" {
			continue
		}
		for _, n := range a.Names {
			if strings.Count(n.Key, " ") > 1 {
				continue
			}
			if g.agents == nil {
				g.agents = map[string]string{}
			}
			if _, ok := g.agents[n.Key]; !ok {
				g.agents[n.Key] = a.Ranges[0].Role
			}
		}
	}
	return g, nil
}

// isCountry reports whether e is a country id of the gazetteer.
func (g *Grounder) isCountry(e string) bool { return g.gaz.IsCountry(e) }

// cameoOf returns the CAMEO code of a geopol organization id, "" when unknown.
func (g *Grounder) cameoOf(id string) string {
	if g.builtin == nil {
		return ""
	}
	return g.builtin.CAMEO[id]
}

// agentWord returns the role the user's agents dictionary gives to the pair "prev w" or to w.
func (g *Grounder) agentWord(prev, w string) string {
	if g.agents == nil {
		return ""
	}
	if prev != "" {
		if r, ok := g.agents[Key(prev+" "+w)]; ok {
			return r
		}
	}
	return g.agents[Key(w)]
}

// Ground implements entities.Grounder: user dictionary names are marked (replacing the mentions
// they overlap), ignored names dropped, then people and organizations grounded. See the package
// documentation for the rules.
func (g *Grounder) Ground(d *text.Doc, ms []entities.Mention, date string) []entities.Mention {
	return g.GroundFor(d, ms, date, "")
}

// GroundFor implements entities.SpeakerGrounder: Ground for a document that speaks for country (an
// ISO3 code or a country's name; "" when unknown), whose speaker's own offices ("our President X",
// "my Prime Minister, X", "the President of my country, X") are of that country (see speaker.go).
func (g *Grounder) GroundFor(d *text.Doc, ms []entities.Mention, date, country string) []entities.Mention {
	day, err := ParseDate(date)
	if err != nil {
		day = 0
	}
	if g.user.Len() > 0 && len(d.Tokens) > 0 {
		ms = g.markUser(d, ms, day)
	}
	if len(g.ignore) > 0 {
		ms = slices.DeleteFunc(ms, func(m entities.Mention) bool {
			return g.ignore[Key(m.Text)] || g.ignore[Key(m.Entity)]
		})
	}
	if len(ms) == 0 {
		return ms
	}
	ms = g.joinWrappedNames(d, ms)
	ms = g.cutTitleTails(d, ms)
	ms = g.repairNames(d, ms)
	ms = g.capsSurnames(d, ms)
	v := &docView{d: d, ms: ms, g: g, speaker: g.speakerCountry(country)}
	g.groundPeople(v, day)
	g.groundOrgs(v, day)
	if day != 0 {
		// The state of the date: a Soviet leader in 1989 is SUN, as places are (the dictionaries
		// write RUS).
		ds := day.String()
		for i := range ms {
			if m := &ms[i]; (m.Type == entities.PERSON || m.Type == entities.ORG) && m.Source != SourceDictionary && m.Country != "" {
				m.Country = entities.CountryOnDate(m.Country, ds)
			}
		}
	}
	if len(d.Tokens) > 0 {
		g.groundCountryAgents(v)
	}
	return ms
}

// markUser marks the names of the user dictionaries in d: each match replaces the mentions it
// overlaps. Agent entries are not marked (the matcher leaves them out); they serve as title words.
func (g *Grounder) markUser(d *text.Doc, ms []entities.Mention, day Date) []entities.Mention {
	spans := g.user.match().find(d)
	if len(spans) == 0 {
		return ms
	}
	var add []entities.Mention
	for _, s := range spans {
		a := g.user.Actor(int(s.actor))
		r, latest, ok := a.At(day)
		if !ok {
			continue // not an actor on that date
		}
		start, end := d.Tokens[s.first].Start, d.Tokens[s.last].End
		m := entities.Mention{Start: start, End: end, Text: d.Text[start:end], Type: r.Type, Entity: r.Entity,
			Country: r.Country, Role: r.Role, RoleLatest: latest, Source: SourceDictionary}
		if g.builtin != nil {
			if id, ok := g.builtin.ByCAMEO[m.Entity]; ok {
				m.Entity = id // "IGOUNO" → "UN"
			}
		}
		if r.TypeGuessed {
			if k := entities.SearchStart(ms, start); k < len(ms) && ms[k].Start == start && ms[k].End == end {
				m.Type = ms[k].Type
			}
		}
		add = append(add, m)
	}
	if len(add) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if !overlaps(add, m) {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b entities.Mention) int { return cmp.Compare(a.Start, b.Start) })
	fillSentences(d, out)
	return out
}

// overlaps reports whether m overlaps a mention of sorted.
func overlaps(sorted []entities.Mention, m entities.Mention) bool {
	k := entities.SearchStart(sorted, m.Start)
	if k < len(sorted) && sorted[k].Start < m.End {
		return true
	}
	return k > 0 && sorted[k-1].End > m.Start
}

// fillSentences sets the Sentence index of each mention.
func fillSentences(d *text.Doc, ms []entities.Mention) {
	for i := range ms {
		k, _ := slices.BinarySearchFunc(d.Sentences, ms[i].Start+1, func(s text.Sentence, p int) int { return cmp.Compare(s.Start, p) })
		if k > 0 {
			ms[i].Sentence = k - 1
		}
	}
}

// person collects the name mentions of one person in a document.
type person struct {
	entity      string
	idxs        []int
	ev          evidence
	textCountry string // a Country the chain found in the text (a title rule, the full name)
}

// groundPeople grounds every person named in the document: the text's titles and appositions
// first, then the dictionaries on the document's date, then, for a national office with no country,
// the only country named around the person. All mentions of the person (and the pronouns and descriptions
// resolved to it) take the result.
func (g *Grounder) groundPeople(v *docView, day Date) {
	ms := v.ms
	for i := range ms {
		// A one-word name of a curated organization that the model typed PERSON ("Tanjug").
		if m := &ms[i]; m.Type == entities.PERSON && m.Source != SourceDictionary && g.curatedOrg(m) {
			m.Type = entities.ORG
		}
	}
	g.retypeKnownPeople(v)
	v.retypeTitledNames()
	g.retypeSurnames(v, day)
	joinNicknames(ms)
	var order []*person
	byEntity := map[string]*person{}
	for k := range ms {
		// A person of a user dictionary without a role takes the role its title gives ("Bree Prime
		// Minister Romendacil" with ROMENDACIL [BRE]); its country stays the dictionary's.
		if m := &ms[k]; m.Type == entities.PERSON && m.Source == SourceDictionary && m.Role == "" {
			if ev, ok := v.personEvidence(k); ok && ev.role != "" && (ev.country == "" || ev.country == m.Country) {
				m.Role = ev.role
			}
		}
	}
	for k, m := range ms {
		if m.Type != entities.PERSON || m.Source == SourceDictionary || m.Source == entities.SourcePronoun ||
			m.Source == entities.SourceDescription || m.Source == entities.SourceAgent || m.Entity == "" || g.isCountry(m.Entity) {
			continue
		}
		p := byEntity[m.Entity]
		if p == nil {
			p = &person{entity: m.Entity}
			byEntity[m.Entity] = p
			order = append(order, p)
		}
		p.idxs = append(p.idxs, k)
		if m.Country != "" && p.textCountry == "" {
			p.textCountry = m.Country
		}
		if p.ev.role == "ELI" && len(p.idxs) > 1 {
			// "Former White House aide Kenneth Duberstein ... Duberstein, who is now a Washington
			// lobbyist": a current occupation a later mention's relative clause gives beats the
			// former office.
			if last := v.tokenEndingAt(m.End); last >= 0 {
				if r, left := v.relativeRole(last, v.sentenceEnd(k)); r != "" && r != "ELI" {
					p.ev.role = r
					p.ev.left = p.ev.left || left
				}
			}
		}
		if p.ev.role == "" || p.ev.country == "" {
			if ev, ok := v.personEvidence(k); ok {
				if p.ev.role == "" {
					p.ev.role = ev.role
				}
				if p.ev.country == "" {
					p.ev.country = ev.country
				}
				p.ev.igo = p.ev.igo || ev.igo
				p.ev.abroad = p.ev.abroad || ev.abroad
				p.ev.corp = p.ev.corp || ev.corp
				p.ev.bare = p.ev.bare || ev.bare && ev.role == p.ev.role
				p.ev.left = p.ev.left || ev.left && ev.role == p.ev.role
				p.ev.of = p.ev.of || ev.of && ev.country == p.ev.country
			}
		}
	}
	if len(order) == 0 {
		return
	}
	for _, p := range order {
		country, role, latest := p.ev.country, p.ev.role, false
		if country == "" {
			country = p.textCountry
		}
		if country == "" && p.ev.igo {
			// "Secretary-General António Guterres": the organization the dictionaries give him that
			// day, else the one the text names near him.
			if r, _, ok := g.lookup(v, p, day, ""); ok && r.Country != "" && (strings.HasPrefix(g.cameoOf(r.Country), "IGO") || g.curatedIGO(r.Country)) {
				country, role = r.Country, "IGO"
			} else if id := v.nearIGO(p.idxs[0]); id != "" {
				country, role = id, "IGO"
			}
		}
		if p.ev.of && country == p.ev.country && (role == "" || role == "GOV") && !p.ev.igo {
			// "Ambassador X of Nigeria on his election as President of the General Assembly", "the
			// President, Mr. X of Nigeria,": the country after the name is the nationality of a
			// person whom the office holders give an office of an international organization that
			// day; a courtesy title ("Ambassador", "Mr.") does not make him his state's official.
			// Not one who also holds an office of that country that day ("Foreign Minister X of
			// Slovakia" while presiding over the Assembly).
			if r, _, ok := g.lookup(v, p, day, ""); ok && r.Dated && r.Role == "IGO" && r.Country != country &&
				(strings.HasPrefix(g.cameoOf(r.Country), "IGO") || g.curatedIGO(r.Country)) {
				if !g.holdsOffice(v, p, day, country) {
					// The nationality is no evidence of an office: the turn of the Assembly's
					// presidency below still tells an outgoing President ("his predecessor,
					// Ambassador X of Antigua and Barbuda").
					country, role = r.Country, "IGO"
					p.ev.country, p.ev.of = "", false
				}
			}
		}
		formerOnly := false // the dictionaries give the person no office on the date, only a former one
		if r, lt, ok := g.lookup(v, p, day, country); ok && !(p.ev.igo && !strings.HasPrefix(g.cameoOf(r.Country), "IGO")) {
			if country == "" || r.Country == "" || r.Country == country {
				if country == "" && r.Country != "" {
					country, latest = r.Country, lt
					formerOnly = r.Role == "ELI" && p.ev.country == ""
				}
				if role == "" && r.Role != "" {
					role, latest = r.Role, lt || latest
				}
			}
		}
		if role == "GOV" && p.ev.role == "GOV" && p.ev.abroad && (p.ev.country == "" || p.ev.of) && !p.ev.igo {
			// "We also acknowledge Ambassador X" after X's presidency of the Assembly: the honorific
			// of a former head of the UN, whom the office holders give no office that day
			// (formerhonorific.go); "Ambassador X of Nigeria" too, the country his nationality.
			if c, ok := g.formerUNHead(p, day); ok && (country == "" || country == c) {
				country, role = c, "ELI"
			}
		}
		if role == "GOV" && p.ev.country == "" && g.electedBodyPresident(v, p, day) {
			// "congratulating President Joseph Deiss on his election": the President of the
			// Assembly, whom the dictionaries give no state office that day.
			country, latest = "UNGA", false
		}
		if country == "" && role == "EDU" {
			// "WASHINGTON - ... political analyst Stephen Hess told Reuters": a scholar or analyst
			// a wire story quotes with no country is one of the place it is filed from (the
			// countries it names are its subject).
			country = v.datelinePlace()
		}
		if country == "" && (nationalRole(role) || role == "BUS" && p.ev.left) && !p.ev.abroad {
			// "Prime Minister Branko Mikulic said Yugoslavia would...": the only country the text
			// names around the person. An official who left office for a firm keeps the country
			// of the office left ("X, who left the department to join a law firm").
			if cs := v.countriesNear(p.idxs[0]); len(cs) == 1 {
				country = cs[0]
			} else if len(cs) == 0 {
				// "BONN, March 18 - ... Finance Minister Gerhard Stoltenberg has said": the country of
				// the dateline, when the document names no other country.
				country = v.datelineCountry()
			} else if dc := v.datelinePlace(); dc != "" && v.firstCountryNear(p.idxs[0]) == dc {
				// "LONDON, March 13 - Britain wants Japan to agree ..., Corporate Affairs Minister
				// Michael Howard said": of the countries named around an office holder whose title
				// names none, the dateline's when it is named first; a wire story gives the
				// nationality of the officials of other countries. Not "CHICAGO - South Korea's
				// surplus with the U.S. ..., Trade Minister X said", a visitor's.
				country = dc
			}
		}
		if role == "GOV" && p.ev.country == "" && g.companyPresident(v, p, day) {
			role = "BUS" // "Swissair <SWSZ.Z> reported ... President Robert Staubli told": a company's president
		}
		if role == "" && v.bidder(p.idxs) && !g.builtin.publicFigure(personKeys(stripLowerTitles(p.entity))) {
			// "a successful defense against a takeover attempt by James Goldsmith", "the tender
			// offer for all its common shares ... from Martin T. Sosnoff": a raider is a business
			// person, of the dateline's country when the document places nothing in another.
			role = "BUS"
			if c := v.datelineCountry(); country == "" && c != "" && !v.otherCountry(c) {
				country = c
			}
		}
		if role == "" && p.ev.corp && (v.companyBefore(p.idxs[0]) || v.companyStory(p.idxs[0]) || v.ownedTitle(p.idxs[0])) &&
			!g.builtin.publicFigure(personKeys(stripLowerTitles(p.entity))) {
			// "Goodyear Tire and Rubber Co said ... Chairman Robert Mercer said": a company's
			// office in a story about a company; "Nordkraft chairman Lars Holm", "Company chairman
			// X": a title a company's name or a generic noun of a company holds.
			role = "BUS"
			if country == "" {
				country = v.datelineCountry()
			}
			if country == "" {
				country = v.businessCountry(p.idxs[0])
			}
		} else if role == "BUS" && country == "" {
			if v.companyBefore(p.idxs[0]) {
				// "Premier Industrial Corp said ... Philip Sims and Bruce Johnson were named executive
				// vice presidents": the company's people, of the dateline's country when the document
				// places nothing in another country (not "LONDON - ... the U.S. Securities and
				// Exchange Commission ... Merrill Lynch ... its executive X", an American firm's).
				if c := v.datelineCountry(); c != "" && !v.otherCountry(c) {
					country = c
				}
			}
			if country == "" {
				// "PARIS - French group Kleber said ... Group chairman X": the company the story
				// opens with, of the nationality its lead gives it or of the dateline's place.
				country = v.businessCountry(p.idxs[0])
			}
		}
		if (country == "" || formerOnly) && role == "GOV" && v.assemblyPresident(p.idxs[0]) {
			// "We are grateful to President Vuk Jeremić for having placed this session of the
			// General Assembly under the banner ...": a president of no country (or whose offices
			// the dictionaries know have ended: one about to take the chair), named with the
			// Assembly, presides over it.
			country, role = "UNGA", "GOV"
		}
		if assembly := country == "UN" || country == "UNGA"; (p.ev.country == "" || assembly && p.ev.country == country) &&
			(assembly && (role == "IGO" || role == "GOV") || formerOnly || country == "") {
			// The turn of the Assembly's presidency (speaker.go): the incoming President is
			// the Assembly's whatever the date, the outgoing one a former official, of the
			// country the curated office holders give after the term (assemblypast.go); a
			// President of a session that had ended by the date is an outgoing one.
			incoming, outgoing := v.assemblyTurn(p.idxs[0])
			if !incoming && !outgoing && v.speaker != "" {
				outgoing = v.pastSession(p.idxs[0], day) || v.outgoingWords(p.idxs[0])
			}
			outgoing = outgoing && !g.servesOn(p, day)
			switch {
			case outgoing && assembly:
				// A former President whose country no table gives keeps the Assembly's office
				// rather than becoming a former official of no country.
				if c, r := g.nationality(p, day); c != "" {
					country, role = c, cmp.Or(r, "ELI")
				}
			case outgoing && formerOnly && role == "GOV":
				role = "ELI" // "the outgoing President, Ms. X": no head of state of her country
			case incoming && (formerOnly || country == "") && (role == "" || role == "GOV" || role == "ELI") && g.assemblyNamed(v):
				country, role = "UNGA", "GOV"
			}
		}
		if role == "GOV" && p.ev.country == "" && !p.ev.igo {
			if ok, chair := v.addressedPresident(p.idxs[0]); ok && (chair || country == "" || formerOnly) {
				// "Excellency, President X," opening a speech; "I congratulate President X on
				// having assumed the presidency of ...": the presiding officer the speaker
				// addresses, the President of the Assembly whatever office the dictionaries give.
				country = "UNGA"
			}
		}
		if country == "" && role != "" {
			// "U.S. ECONOMIST CALLS ... \n ... economist Martin Feldstein said": the country a
			// capitals headline gives the title written before the name.
			for _, k := range p.idxs {
				if c := v.headlineTitleCountry(k); c != "" {
					country = c
					break
				}
			}
		}
		if country == "" && (role == "" || nationalRole(role) && !p.ev.abroad) {
			// A surname alone that no rule above grounded: an office holder of the Phoenix records
			// that day, or a former head of state or government (phoenixsurname.go).
			if r, ok := g.surnameAlone(v, p, day); ok && (role == "" || r.Role == role || r.Role == "ELI") {
				country = r.Country
				if role == "" {
					role = r.Role
				}
			}
		}
		if country == "" && role == "" {
			continue
		}
		if code := g.cameoOf(country); strings.HasPrefix(code, "IGO") {
			if role == "GOV" {
				role = "IGO" // an office of an international organization ("Secretary-General Ban Ki-moon")
			}
			if id := g.builtin.ByCAMEO[code]; id != "" {
				country = id // the organization of a body: the President of the General Assembly is the UN's
			}
		}
		if role == "ELI" && (strings.HasPrefix(g.cameoOf(country), "IGO") || g.curatedIGO(country)) {
			// "the former President of the General Assembly, Mr. X", "the late former
			// Secretary-General Kofi Annan": ELI is a role in a country, not in an organization. A
			// former head of the UN is of his country (the office holders' national office that day
			// or former record, else the Phoenix records'), as the text's "former" says even on a
			// date the office holders still give the office (a speech dated before the session opens).
			if c, r := g.nationality(p, day); c != "" {
				country, role = c, r
			}
		}
		for i := range ms {
			m := &ms[i]
			if m.Type != entities.PERSON || m.Entity != p.entity || m.Source == SourceDictionary {
				continue
			}
			if country != "" {
				m.Country = country
			}
			m.Role, m.RoleLatest = role, latest
		}
	}
}

// retypeKnownPeople makes a mention of the model typed ORG, or GPE with no place, a PERSON when its
// whole text of two words or more is the name of a person of the built-in dictionaries and of no
// organization ("Muammar Gaddafi was killed in Sirte").
func (g *Grounder) retypeKnownPeople(v *docView) {
	if g.builtin == nil {
		return
	}
	for i := range v.ms {
		m := &v.ms[i]
		if m.Type != entities.ORG && !unplacedName(*m) || m.Source != ner.Source || m.Entity != m.Text ||
			strings.IndexByte(m.Text, ' ') < 0 {
			continue
		}
		if k := Key(m.Text); g.builtin.knownPerson(k) {
			m.Type = entities.PERSON
		}
	}
}

// knownPerson reports whether the built-in dictionaries know k as the name of a person and not of
// anything else.
func (b *Builtin) knownPerson(k string) bool {
	person := len(b.Offices.Lookup(k)) > 0
	for _, i := range b.Dict.Lookup(k) {
		a := b.Dict.Actor(int(i))
		if !a.Person {
			return false
		}
		person = true
	}
	return person
}

// retypeSurnames makes a one-word ORG mention of the model, or a GPE of the model that no gazetteer
// places, a PERSON when the word is the surname of a person the document names in full ("Joe Biden
// ... Biden said", the mention of the person taking the full name as its entity), or, on a dated
// document, of a curated office holder in office that day (surnameHolder: "the swearing-in of Modi")
// when no dictionary knows the word as an organization. A one-word PERSON mention that is the
// surname of the only person named in full with it takes that person's entity, so that it is
// grounded with him.
func (g *Grounder) retypeSurnames(v *docView, day Date) {
	ms := v.ms
	var full map[string]string // surname Key → the entity of the person named in full; "" when several
	var seen map[string]string // a word's Key → the entity it takes ("" when it stays an ORG)
	for i := range ms {
		m := &ms[i]
		unplaced := m.Type == entities.GPE && m.Country == "" && m.Source != entities.SourceGazetteer         // no place known by that name
		placed := m.Type == entities.GPE && (m.Country != "" || m.GeonamesID == 0 && v.g.isCountry(m.Entity)) // a place, or a capital for its government
		if m.Type != entities.ORG && m.Type != entities.PERSON && !unplaced && !placed || m.Source == SourceDictionary ||
			m.Source == entities.SourcePronoun || m.Source == entities.SourceDescription ||
			m.Source == entities.SourceAgent || !isUpperWord(m.Text) ||
			strings.IndexByte(m.Text, ' ') >= 0 || strings.IndexByte(m.Text, '-') >= 0 || m.Entity != m.Text && !placed {
			continue
		}
		if !placed && m.Type != entities.PERSON {
			if t := g.leaderRegime(v, m); t != "" {
				m.Type = t // "the Assad regime" (regimeleader.go); a PERSON may take the full name below
				if t != entities.PERSON {
					continue
				}
			}
		}
		k := Key(m.Text)
		if e, ok := seen[k]; ok {
			if e != "" {
				m.Type, m.Entity = entities.PERSON, e
			}
			continue
		}
		if full == nil {
			full = map[string]string{}
			for _, p := range ms {
				if p.Type != entities.PERSON || p.Source == SourceDictionary {
					continue
				}
				sp := strings.LastIndexByte(p.Entity, ' ')
				if sp < 0 {
					continue
				}
				s := Key(p.Entity[sp+1:])
				if e, ok := full[s]; ok && e != p.Entity {
					full[s] = ""
				} else {
					full[s] = p.Entity
				}
			}
			seen = map[string]string{}
		}
		e := full[k]
		if placed {
			// "Finance Minister Roger Douglas said ... Douglas said": a place (or a capital read as
			// its government) that shares the surname of a person named in full before it, in a
			// country the document names nowhere else, is the person (Douglas is the capital of the
			// Isle of Man; "Rep. Jim Jordan ... Jordan said").
			// Also a place whose name, the surname of a person named in full before it, is followed
			// by an apposition of lower-case title words ("Hamilton, formerly senior vice president,
			// will ..."), which a place's name is not.
			if e != "" && v.namedBeforeAny(e, m.Start) && (v.namedBefore(e, m.Start) && !v.countryElsewhere(cmp.Or(m.Country, m.Entity), m.Text) || v.lowerApposition(*m)) {
				m.Type, m.Entity, m.Country, m.GeonamesID, m.Lat, m.Lon, m.Admin1 = entities.PERSON, e, "", 0, 0, 0, ""
			}
			continue
		}
		if m.Type == entities.PERSON {
			if e != "" {
				m.Type, m.Entity = entities.PERSON, e // the surname of the person named in full: the same person
			}
			continue
		}
		if e == "" && day != 0 && g.builtin != nil && len(g.builtin.surnames[k]) > 0 {
			if _, ok := g.builtin.surnameHolder(k, day, "", v.namedCountries()); ok && !g.knownOrg(k) {
				e = m.Entity
			}
		}
		seen[k] = e
		if e != "" {
			m.Type, m.Entity = entities.PERSON, e
		}
	}
}

// datelineCountry returns the country of the place of the document's dateline when the document
// names no other country (as a country or demonym), else "".
func (v *docView) datelineCountry() string {
	c := v.datelinePlace()
	if c == "" {
		return ""
	}
	for n := range v.namedCountries() {
		if n != c {
			return ""
		}
	}
	return c
}

// firstCountryNear returns the country named first, as a country or demonym, in the sentence
// before mention k's and in its own (the countries countriesNear reads, in the order of the text).
func (v *docView) firstCountryNear(k int) string {
	s := v.ms[k].Sentence
	i := k
	for i > 0 && v.ms[i-1].Sentence >= s-1 {
		i--
	}
	for ; i < len(v.ms) && v.ms[i].Sentence <= s; i++ {
		if m := v.ms[i]; i != k && (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity) {
			return m.Entity
		}
	}
	return ""
}

// assemblyPresident reports whether person mention k is titled "President" right before the name
// and its sentence names the UN General Assembly after it.
func (v *docView) assemblyPresident(k int) bool {
	m := v.ms[k]
	first := v.tokenAt(m.Start)
	if first <= 0 || v.d.TokenText(first-1) != "President" {
		return false
	}
	for i := k + 1; i < len(v.ms) && v.ms[i].Sentence == m.Sentence; i++ {
		if v.ms[i].Type == entities.ORG && v.ms[i].Entity == "UNGA" {
			return true
		}
	}
	return false
}

// otherCountry reports whether a mention of the document has a country other than c.
func (v *docView) otherCountry(c string) bool {
	for _, m := range v.ms {
		if m.Country != "" && m.Country != c || (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity) && m.Entity != c {
			return true
		}
	}
	return false
}

// datelinePlace returns the country of the place of the document's dateline, "" when it has none.
func (v *docView) datelinePlace() string {
	start, end, ok := entities.DatelineSpan(v.d.Text)
	if !ok {
		return ""
	}
	for _, m := range v.ms {
		if m.Start == start && m.End == end && (m.Type == entities.GPE || m.Type == entities.LOC) {
			return m.Country
		}
	}
	return ""
}

// companyBefore reports whether the document names a company (a name that ends with a legal form,
// whatever type the recognizer gave it: "Premier Industrial Corp" is sometimes a PERSON), or an
// exchange (marketName: "Chicago Board of Trade"), before mention k.
func (v *docView) companyBefore(k int) bool {
	if v.firstCompany == 0 { // the first company of the document, found once for all its people
		v.firstCompany = len(v.ms) + 1
		for i, m := range v.ms {
			if companySuffix(m.Text) || m.Type == entities.ORG && marketName(m.Text) {
				v.firstCompany = i + 1
				break
			}
		}
	}
	return v.firstCompany-1 < k
}

// bidder reports whether one of the person mentions idxs is the agent of a bid for a company:
// written right after "by" or "from" in a sentence that names a takeover, a tender offer or a
// buyout before it.
func (v *docView) bidder(idxs []int) bool {
	for _, k := range idxs {
		m := v.ms[k]
		i := v.tokenAt(m.Start)
		if i <= 0 {
			continue
		}
		if w, _ := lowerWord(v.d, i-1); w != "by" && w != "from" {
			continue
		}
		start := 0
		if m.Sentence >= 0 && m.Sentence < len(v.d.Sentences) && v.d.Sentences[m.Sentence].Start <= m.Start {
			start = v.d.Sentences[m.Sentence].Start
		}
		s := strings.ToLower(v.d.Text[start:m.Start])
		if strings.Contains(s, "takeover") || strings.Contains(s, "tender offer") || strings.Contains(s, "buyout") {
			return true
		}
	}
	return false
}

// sentenceEnd returns the end of the sentence of mention k (the text's end when unknown).
func (v *docView) sentenceEnd(k int) int {
	m := v.ms[k]
	if m.Sentence >= 0 && m.Sentence < len(v.d.Sentences) {
		if s := v.d.Sentences[m.Sentence]; s.Start <= m.Start && m.End <= s.End {
			return s.End
		}
	}
	return len(v.d.Text)
}

// namedBefore reports whether a PERSON mention of entity e of two words or more, with a title
// (titled), starts before byte p.
func (v *docView) namedBefore(e string, p int) bool {
	for _, m := range v.ms {
		if m.Start >= p {
			break
		}
		if m.Type == entities.PERSON && m.Entity == e && strings.IndexByte(strings.TrimSpace(m.Text), ' ') > 0 && v.titled(m) {
			return true
		}
	}
	return false
}

// namedBeforeAny reports whether a PERSON mention of entity e of two words or more starts before
// byte p.
func (v *docView) namedBeforeAny(e string, p int) bool {
	for _, m := range v.ms {
		if m.Start >= p {
			break
		}
		if m.Type == entities.PERSON && m.Entity == e && strings.IndexAny(strings.TrimSpace(m.Text), " \n") > 0 {
			return true
		}
	}
	return false
}

// lowerApposition reports whether a mention is followed by an apposition of lower-case title words
// with the head of an office, up to the next comma: ", formerly senior vice president,", ", the
// company's president,". Not a place's apposition (", Ohio,"; ", the capital,").
func (v *docView) lowerApposition(m entities.Mention) bool {
	last := v.tokenEndingAt(m.End)
	if last < 0 || last+2 >= len(v.d.Tokens) || v.d.TokenText(last+1) != "," {
		return false
	}
	head := false
	for j := last + 2; j < len(v.d.Tokens) && j < last+10; j++ {
		w, lower := lowerWord(v.d, j)
		switch w {
		case ",", ";", ".":
			return head
		case "formerly", "now", "currently", "the", "a", "an", "its", "company's", "and":
			continue
		}
		pw, _ := lowerWord(v.d, j-1)
		if !lower || !v.g.titleWord(pw, w) {
			return false
		}
		head = head || headRole(w, pw) != ""
	}
	return false
}

// titled reports whether a person's mention comes with a title or an honorific right before it
// ("Finance Minister Roger Douglas", "Rep. Jim Jordan", "Mr. John Smith"), or took one in, or with
// an apposition that holds the head of a title ("Jim Jordan, a Republican congressman"): evidence
// that the name is a person's, which a place's name must have before it is read as the person's
// surname (a slogan the recognizer took for a person, "Keluarga Malaysia", does not make every
// "Malaysia" of the speech a person).
func (v *docView) titled(m entities.Mention) bool {
	if v.d == nil {
		return false
	}
	if ws := strings.Fields(m.Text); len(ws) > 2 {
		w := strings.TrimSuffix(strings.ToLower(ws[0]), ".")
		if v.g.titleWord("", w) || honorific(w) {
			return true
		}
	}
	if last := v.tokenEndingAt(m.End); last >= 0 && last+1 < len(v.d.Tokens) && v.d.TokenText(last+1) == "," {
		// An apposition: "Jim Jordan, a Republican congressman from Ohio,".
		for j := last + 2; j < len(v.d.Tokens) && j < last+8; j++ {
			w, _ := lowerWord(v.d, j)
			if w == "," || w == "." || w == ";" {
				break
			}
			pw, _ := lowerWord(v.d, j-1)
			if headRole(w, pw) != "" {
				return true
			}
		}
	}
	i := v.tokenAt(m.Start)
	if i <= 0 {
		return false
	}
	j := i - 1
	if v.d.TokenText(j) == "." && j > 0 {
		j-- // "Rep. Jim Jordan"
	}
	w, _ := lowerWord(v.d, j)
	pw := ""
	if j > 0 {
		pw, _ = lowerWord(v.d, j-1)
	}
	return honorific(strings.TrimSuffix(w, ".")) || v.g.titleWord(pw, w)
}

// honorific reports whether w (lower case, without a dot) is an honorific or an abbreviated title.
func honorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "rep", "sen", "gov":
		return true
	}
	return false
}

// countryElsewhere reports whether a mention of the document other than those written text places
// something in country c or names it.
func (v *docView) countryElsewhere(c, text string) bool {
	for _, m := range v.ms {
		if m.Text != text && (m.Country == c || m.Entity == c) {
			return true
		}
	}
	return false
}

// isUpperWord reports whether w starts with an upper-case letter and is not all capitals (an
// acronym).
func isUpperWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// knownOrg reports whether a dictionary has a record of something other than a person under the
// Key k.
func (g *Grounder) knownOrg(k string) bool {
	for _, d := range g.dicts() {
		for _, i := range d.Lookup(k) {
			if a := d.Actor(int(i)); !a.Person && !a.Agent {
				return true
			}
		}
	}
	return false
}

// curatedOrg reports whether a PERSON mention is the name of one of the curated national
// organizations (data/orgs.csv), as a whole and as its entity.
func (g *Grounder) curatedOrg(m *entities.Mention) bool {
	if g.builtin == nil || strings.ContainsAny(m.Text, " ") || m.Entity != m.Text {
		return false
	}
	for _, i := range g.builtin.Dict.Lookup(Key(m.Text)) {
		if int(i) < g.builtin.curated {
			return true
		}
	}
	return false
}

// nationalRole reports whether a role is an office of a state, whose holder belongs to the country
// the story is about when the text names no other.
func nationalRole(role string) bool {
	switch role {
	case "GOV", "LEG", "JUD", "COP", "OPP", "ELI":
		return true
	}
	return false
}

// nearIGO returns the international organization named nearest before mention k in its sentence or
// the one before, else the first one the document names (one the Phoenix dictionaries code before
// one of data/orgs.csv); "" when it names none.
func (v *docView) nearIGO(k int) string {
	s := v.ms[k].Sentence
	coded := func(m entities.Mention) bool {
		return m.Type == entities.ORG && strings.HasPrefix(v.g.cameoOf(m.Entity), "IGO")
	}
	curated := func(m entities.Mention) bool { return m.Type == entities.ORG && v.g.curatedIGO(m.Entity) }
	for i := k; i >= 0 && v.ms[i].Sentence >= s-1; i-- {
		if coded(v.ms[i]) || curated(v.ms[i]) {
			return v.ms[i].Entity
		}
	}
	// Elsewhere in the document, one Phoenix codes first (the UN of a speech), then a curated one.
	for _, is := range []func(entities.Mention) bool{coded, curated} {
		for _, m := range v.ms {
			if is(m) {
				return m.Entity
			}
		}
	}
	return ""
}

// curatedCountry returns the country of a national organization of data/orgs.csv named by the
// mention's text or entity, when all of its records there give the same one; "" otherwise (a name
// several countries' bodies share: "Treasury").
func (g *Grounder) curatedCountry(m entities.Mention) string {
	if g.builtin == nil {
		return ""
	}
	c := ""
	for _, k := range []string{Key(m.Text), Key(m.Entity)} {
		for _, i := range g.builtin.Dict.Lookup(k) {
			if int(i) >= g.builtin.curated {
				continue
			}
			for _, r := range g.builtin.Dict.Actor(int(i)).Ranges {
				if r.Country == "" || !g.isCountry(r.Country) {
					return ""
				}
				if c != "" && c != r.Country {
					return ""
				}
				c = r.Country
			}
		}
		if c != "" {
			return c
		}
	}
	return c
}

// curatedIGO reports whether an organization id is one of the international organizations of
// data/orgs.csv, which the Phoenix dictionaries do not code ("GCC", "WTO"): role IGO, no country.
func (g *Grounder) curatedIGO(id string) bool {
	if g.builtin == nil || id == "" {
		return false
	}
	for _, i := range g.builtin.Dict.Lookup(Key(id)) {
		if int(i) >= g.builtin.curated {
			continue
		}
		for _, r := range g.builtin.Dict.Actor(int(i)).Ranges {
			if r.Role == "IGO" && r.Country == "" {
				return true
			}
		}
	}
	return false
}

// countriesNear returns the countries named as countries or demonyms in the sentence of mention k
// or the one before it; when there are none, the countries of the places named before the mention
// there (a dateline: "BELGRADE, May 1 - ... Prime Minister Mikulic"; a place after the name says
// where the person is, "spoke in Geneva", not whose).
func (v *docView) countriesNear(k int) []string {
	s := v.ms[k].Sentence
	var named, places []string
	add := func(m entities.Mention, before bool) {
		switch {
		case (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity):
			if !slices.Contains(named, m.Entity) {
				named = append(named, m.Entity)
			}
		case before && (m.Type == entities.GPE || m.Type == entities.LOC) && m.Country != "":
			if !slices.Contains(places, m.Country) {
				places = append(places, m.Country)
			}
		}
	}
	for i := k - 1; i >= 0 && v.ms[i].Sentence >= s-1; i-- {
		add(v.ms[i], true)
	}
	for i := k + 1; i < len(v.ms) && v.ms[i].Sentence == s; i++ {
		add(v.ms[i], false)
	}
	if len(named) > 0 {
		return named
	}
	return places
}

// lookup finds a person in the dictionaries (user ones first) by the Keys of its entity and its
// mentions. When records of several actors share the name, the one of the text's country wins, else
// the only one whose country the document names; otherwise the name is ambiguous. A record that
// gives a country and no role (an office holder before the first office) takes the role of a later
// dictionary's record of that country.
func (g *Grounder) lookup(v *docView, p *person, day Date, country string) (Range, bool, bool) {
	keys := personKeys(stripLowerTitles(p.entity))
	var titled []string
	for _, k := range p.idxs {
		if k2 := Key(v.ms[k].Text); !slices.Contains(keys, k2) {
			keys = append(keys, k2)
		}
		if t := v.titleBefore(k); t != "" {
			if k2 := Key(t + " " + v.ms[k].Text); !slices.Contains(titled, k2) {
				titled = append(titled, k2)
			}
		}
	}
	// The title and the name, as the dictionaries also write them ("King Abdullah" is Jordan's king
	// where "Abdullah" alone is another), come first.
	keys = append(titled, keys...)
	var found Range
	var foundLatest, ok, beforeOffice bool
	for _, d := range g.personDicts(day) {
		r, latest, hit := g.pick(v, d, keys, day, cmp.Or(country, found.Country), true)
		if !hit {
			continue
		}
		if r.Role == "SPY" && g.builtin != nil && d == g.builtin.Dict {
			// The Phoenix dictionaries code the heads of intelligence agencies (the Directors of
			// Central Intelligence) by their agency's sector, SPY; they are senior officials, GOV,
			// as the sector a person's office belongs to (Phoenix itself codes John Brennan
			// GOVSPY). A user dictionary's SPY stays.
			r.Role = "GOV"
		}
		if !ok {
			found, foundLatest, ok = r, latest, true
			beforeOffice = g.builtin != nil && d == g.builtin.Former && !r.Dated
		} else if r.Role != "" && (r.Country == "" || r.Country == found.Country) {
			found.Role, foundLatest = r.Role, foundLatest || latest // the role a later dictionary knows
		}
		if found.Role != "" {
			break
		}
	}
	if ok && found.Role == "" && beforeOffice && day != 0 {
		// An office holder before the first office, whom no dictionary gives a role that day: ELI,
		// as the Phoenix dictionaries code politicians before their dated offices (a candidate, an
		// entertainer: Volodymyr Zelensky in March 2019).
		found.Role = "ELI"
	}
	if ok {
		return found, foundLatest, true
	}
	// A name with a second surname, in the curated office holders only.
	if short := withoutSecondSurname(stripLowerTitles(p.entity)); short != "" && g.builtin != nil && g.builtin.Offices != nil {
		for _, d := range []*Dictionary{g.builtin.Offices, g.builtin.Former} {
			if r, latest, hit := g.pick(v, d, []string{short}, day, country, true); hit {
				return r, latest, true
			}
		}
	}
	// A surname alone, when the document gives no fuller name of the person, nor an apposition that
	// tells another trade ("Rajoy, a plumber from Seville,": phoenixsurname.go).
	if e := stripLowerTitles(p.entity); day != 0 && g.builtin != nil && e != "" && !strings.Contains(e, " ") && !v.plainApposition(p) {
		k := Key(e)
		if r, ok := g.builtin.surnameHolderIn(k, day, country, v.namedCountries(), v.namesAssembly()); ok {
			return r, false, true
		}
	}
	return Range{}, false, false
}

// titleBefore returns the capitalized title word written right before mention k ("King" in "King
// Abdullah", "President" in "President Karzai"), "" when there is none.
func (v *docView) titleBefore(k int) string {
	if v.d == nil {
		return ""
	}
	i := v.tokenAt(v.ms[k].Start)
	if i <= 0 || v.d.Tokens[i-1].End+1 < v.ms[k].Start {
		return ""
	}
	w := v.d.TokenText(i - 1)
	if !isUpperWord(w) || headRole(strings.ToLower(w), "") != "GOV" {
		return ""
	}
	return w
}

// surnameHolder grounds a surname written alone ("Macron said") by the curated office holders
// whose names end with it, on a dated document. The holders in office on day are taken when they
// all hold the same kind of office of the same country (the same person under several names, or
// namesakes in the same government), else the only country among them that is country (when
// given) or that the document names. When none is in office, the holders' former record (ELI of
// the country of their latest national office) is taken when they all have the same one, all held
// an office before day (a surname is no evidence of a career still to come), and the document
// names that country.
func (b *Builtin) surnameHolder(surname string, day Date, country string, named map[string]bool) (Range, bool) {
	return b.surnameHolderIn(surname, day, country, named, false)
}

// surnameHolderIn is surnameHolder in a document that names the General Assembly (assembly), where a
// President-elect who keeps a national office is the Assembly's (Actor.assemblyAt).
func (b *Builtin) surnameHolderIn(surname string, day Date, country string, named map[string]bool, assembly bool) (Range, bool) {
	idxs := b.surnames[surname]
	if len(idxs) == 0 {
		return Range{}, false
	}
	var in []Range
	for _, i := range idxs {
		// A row of a former official (ELI: a former head of the UN of data/offices.csv) is no
		// office: the former record below wants the country named.
		a := b.Offices.Actor(int(i))
		r, _, ok := a.At(day)
		if r2, ok2 := a.assemblyAt(day); ok && ok2 && assembly && r.Role != "IGO" {
			r = r2
		}
		if ok && r.Role != "ELI" && !slices.ContainsFunc(in, func(q Range) bool {
			return q.Country == r.Country && q.Role == r.Role
		}) {
			in = append(in, r)
		}
	}
	if len(in) > 0 {
		var only Range
		n := 0
		for _, r := range in {
			if country != "" && r.Country == country || country == "" && (len(in) == 1 || named[r.Country]) {
				only = r
				n++
			}
		}
		return only, n == 1
	}
	former, ok := b.formerRecord(idxs, day)
	if !ok || !named[former.Country] || country != "" && former.Country != country {
		return Range{}, false
	}
	return former, true
}

// formerRecord returns the former record (ELI of the country of their latest national office) of
// the curated office holders idxs on day, when they all have the same one and all held an office
// before day; see surnameHolder.
func (b *Builtin) formerRecord(idxs []int32, day Date) (Range, bool) {
	var former Range
	for k, i := range idxs {
		f := b.formerOf[i]
		if f < 0 {
			return Range{}, false
		}
		r, _, ok := b.Former.Actor(int(f)).At(day)
		if !ok || k > 0 && (r.Country != former.Country || r.Role != former.Role) || !b.Offices.Actor(int(i)).heldBefore(day) {
			return Range{}, false
		}
		former = Range{Country: r.Country, Role: r.Role}
	}
	return former, len(idxs) > 0
}

// publicFigure reports whether the built-in dictionary or the curated office holders know a name
// of two words or more as a person in a government, party, legislature, army or court on any date
// ("Chairman Mao Zedong"): a bare title before such a name is no company's office, even in a story
// that names a company.
func (b *Builtin) publicFigure(keys []string) bool {
	if b == nil {
		return false
	}
	for _, d := range []*Dictionary{b.Offices, b.Dict} {
		if d == nil {
			continue
		}
		for _, k := range keys {
			if !strings.Contains(k, " ") {
				continue
			}
			for _, i := range d.Lookup(k) {
				a := d.Actor(int(i))
				if !a.Person {
					continue
				}
				for _, r := range a.Ranges {
					switch r.Role {
					case "GOV", "PTY", "LEG", "MIL", "JUD":
						return true
					}
				}
			}
		}
	}
	return false
}

// stripLowerTitles drops leading lower-case words from a name ("president Mohammad Khatami" →
// "Mohammad Khatami").
func stripLowerTitles(name string) string {
	ws := strings.Fields(name)
	k := 0
	for k < len(ws)-1 && isLowerWord(ws[k]) {
		k++
	}
	return strings.Join(ws[k:], " ")
}

// holdsOffice reports whether the curated office holders give person p an office of country
// (not a former official's ELI) on day, whichever of the person's offices comes first that day.
func (g *Grounder) holdsOffice(v *docView, p *person, day Date, country string) bool {
	if g.builtin == nil || g.builtin.Offices == nil || day == 0 {
		return false
	}
	keys := personKeys(stripLowerTitles(p.entity))
	for _, k := range p.idxs {
		keys = append(keys, Key(v.ms[k].Text))
	}
	d := g.builtin.Offices
	for _, k := range keys {
		for _, i := range d.Lookup(k) {
			for _, r := range d.Actor(int(i)).Ranges {
				if r.Dated && r.contains(day) && r.Country == country && r.Role != "ELI" {
					return true
				}
			}
		}
	}
	return false
}

// personKeys returns the lookup keys of a person's name: the whole name, then its first and last
// words for a name of three words or more ("Mohammad Javad Zarif" → "MOHAMMAD ZARIF").
func personKeys(entity string) []string {
	k := Key(entity)
	keys := []string{k}
	if ws := strings.Fields(k); len(ws) >= 3 {
		n := len(ws)
		if nameSuffix(ws[n-1]) {
			// "Benigno S. Aquino III": the given name and the surname with the suffix, then
			// without it ("Benigno Aquino III", "Benigno Aquino"), before "Benigno III".
			if n >= 4 {
				keys = append(keys, ws[0]+" "+ws[n-2]+" "+ws[n-1])
			}
			keys = append(keys, ws[0]+" "+ws[n-2])
		}
		keys = append(keys, ws[0]+" "+ws[n-1])
	}
	return keys
}

// withoutSecondSurname returns the name without its last word, the given names and paternal
// surname of a Spanish or Portuguese name written with the maternal one ("Raúl Castro Ruz" → "RAUL
// CASTRO", "Juan Manuel Santos Calderón" → "JUAN MANUEL SANTOS"), "" for a name of fewer than three
// words or whose last word follows a particle ("Juan de la Cruz"). It is looked up only in the
// curated office holders, whose offices are dated, and only when no dictionary knows the name
// otherwise: an open-ended record of a shortened name ("MARIA FERNANDA ESPINOSA", a foreign
// minister with no end date) would otherwise outlive the office.
func withoutSecondSurname(entity string) string {
	ws := strings.Fields(Key(entity))
	if len(ws) < 3 || nameParticle(strings.ToLower(ws[len(ws)-2])) {
		return ""
	}
	return strings.Join(ws[:len(ws)-1], " ")
}

// dicts returns the dictionaries to look names up in, in order of precedence.
func (g *Grounder) dicts() []*Dictionary {
	var ds []*Dictionary
	if g.user.Len() > 0 {
		ds = append(ds, g.user)
	}
	if g.builtin != nil {
		ds = append(ds, g.builtin.Dict)
	}
	return ds
}

// personDicts returns the dictionaries to look a person up in on day, in order of precedence: the
// user's; the curated office holders during their offices; outside them, the Phoenix dictionaries
// up to the date they were last revised, then the curated holders as former officials (ELI), who
// come before Phoenix after that date, when a period Phoenix leaves open may have ended.
func (g *Grounder) personDicts(day Date) []*Dictionary {
	if g.builtin == nil || g.builtin.Offices == nil {
		return g.dicts()
	}
	var ds []*Dictionary
	if g.user.Len() > 0 {
		ds = append(ds, g.user)
	}
	b := g.builtin
	if day > phoenixEnd {
		return append(ds, b.Offices, b.Former, b.Dict)
	}
	return append(ds, b.Offices, b.Dict, b.Former)
}

// pick chooses the record of d for the first of keys that has any. person says whether the
// mention is a PERSON: one-word keys then only take records of people, and other mentions only
// records that are not people.
// namesAssembly reports whether the document names the General Assembly.
func (v *docView) namesAssembly() bool {
	t := v.d.Text
	for i := strings.Index(t, "General"); i >= 0; i = strings.Index(t, "General") {
		t = t[i+len("General"):]
		if rest := strings.TrimLeft(t, " \n\t"); len(rest) < len(t) && strings.HasPrefix(rest, "Assembly") {
			return true // "General Assembly", also across a line break
		}
	}
	return false
}

func (g *Grounder) pick(v *docView, d *Dictionary, keys []string, day Date, country string, person bool) (Range, bool, bool) {
	for _, k := range keys {
		idxs := d.Lookup(k)
		if len(idxs) == 0 {
			continue
		}
		oneWord := !strings.Contains(k, " ")
		type cand struct {
			r      Range
			latest bool
		}
		var cs []cand
		for _, i := range idxs {
			a := d.Actor(int(i))
			if a.Agent || oneWord && a.Person != person {
				continue
			}
			if r, latest, ok := a.At(day); ok {
				if r2, ok2 := a.assemblyAt(day); ok2 && r.Role != "IGO" && v != nil && v.namesAssembly() {
					r = r2 // "We congratulate Mr. Sam Kutesa on his election": the President-elect
				}
				cs = append(cs, cand{r, latest})
			} else if g.builtin != nil && d == g.builtin.Dict {
				if r, ok := a.formerAfter(day); ok {
					cs = append(cs, cand{r, false})
				}
			}
		}
		if len(cs) == 0 {
			continue
		}
		same := true
		for _, c := range cs[1:] {
			same = same && c.r.Country == cs[0].r.Country
		}
		if same {
			return cs[0].r, cs[0].latest, true
		}
		if country != "" {
			for _, c := range cs {
				if c.r.Country == country {
					return c.r, c.latest, true
				}
			}
			return Range{}, false, false
		}
		if day == 0 {
			// Undated: the record whose latest period is the latest ("BAN KI MOON" is KOR GOV until
			// 2006 in one record, UN IGO from 2007 in another).
			best := 0
			for i, c := range cs[1:] {
				if laterRange(c.r, cs[best].r) {
					best = i + 1
				}
			}
			return cs[best].r, cs[best].latest, true
		}
		named := v.namedCountries()
		var only *cand
		n := 0
		for i := range cs {
			if named[cs[i].r.Country] {
				if only == nil || only.r.Country != cs[i].r.Country {
					n++
				}
				if only == nil {
					only = &cs[i]
				}
			}
		}
		if n == 1 {
			return only.r, only.latest, true
		}
		return Range{}, false, false
	}
	return Range{}, false, false
}

// laterRange reports whether a ends later than b: an open end is the latest, then the later end,
// then the later start.
func laterRange(a, b Range) bool {
	if (a.To == 0) != (b.To == 0) {
		return a.To == 0
	}
	if a.To != b.To {
		return a.To > b.To
	}
	return a.From > b.From
}

// groundOrgs gives organizations a role, and a country when they have none: national bodies by
// their kind ("IRN Foreign Ministry" GOV), seats of government ("Pentagon" MIL), international
// organizations and armed groups by their CAMEO code ("UN" IGO, "Hamas" REB), other names by the
// dictionaries ("Tanjug" YUG MED on a 1987 date). Generic agents take their agent code as role.
func (g *Grounder) groundOrgs(v *docView, day Date) {
	type orgKey struct{ text, entity, country string }
	type orgVal struct {
		country, role string
		latest        bool
	}
	var cache map[orgKey]orgVal // organizations recur within a document
	for i := range v.ms {
		m := &v.ms[i]
		if m.Source == SourceDictionary || m.Role != "" {
			continue
		}
		switch {
		case m.Source == entities.SourceAgent:
			if IsRole(m.Entity) {
				m.Role = m.Entity
			}
			continue
		case m.Type == entities.NORP && !g.isCountry(m.Entity):
		case m.Type != entities.ORG:
			continue
		}
		if g.isCountry(m.Entity) { // a seat of government: "Kremlin", "Pentagon"
			if m.Country == "" {
				m.Country = m.Entity
			}
			m.Role = seatRole(m.Text)
			continue
		}
		if m.Country != "" && strings.HasPrefix(m.Entity, m.Country+" ") {
			if r := bodyRole(m.Entity[len(m.Country)+1:]); r != "" {
				m.Role = r
				continue
			}
		}
		k := orgKey{m.Text, m.Entity, m.Country}
		res, ok := cache[k]
		if !ok {
			res.country, res.role, res.latest = g.orgGrounding(v, *m, day)
			if cache == nil {
				cache = map[orgKey]orgVal{}
			}
			cache[k] = res
		}
		m.Country, m.Role, m.RoleLatest = res.country, res.role, res.latest
		if p := &v.ms[max(i-1, 0)]; m.Country == "" && i > 0 && p.End <= m.Start {
			// A department or ministry right after its country: "French Industry Ministry",
			// "Brazil's Finance Ministry" (the chain keeps the country a mention of its own).
			if gap := v.d.Text[p.End:m.Start]; (p.Type == entities.GPE || p.Type == entities.NORP) && g.isCountry(p.Entity) &&
				(gap == " " || gap == "'s " || gap == "’s ") {
				if r := departmentRole(m.Text, true); r != "" {
					m.Country, m.Role = p.Entity, r
				}
			}
		}
	}
}

// orgGrounding returns the country, role and latest flag of an organization mention (see
// groundOrgs).
func (g *Grounder) orgGrounding(v *docView, m entities.Mention, day Date) (country, role string, latest bool) {
	country = m.Country
	keys := []string{Key(m.Text)}
	if k := Key(m.Entity); k != keys[0] {
		keys = append(keys, k)
	}
	for _, d := range g.dicts() {
		r, lt, ok := g.pick(v, d, keys, day, country, false)
		if !ok {
			continue
		}
		if country == "" || r.Country == "" || r.Country == country {
			if country == "" && r.Country != "" {
				country, latest = r.Country, lt
			}
			role = r.Role
			latest = latest || lt && r.Role != ""
		}
		if role != "" {
			return country, role, latest
		}
		break
	}
	if code := g.cameoOf(m.Entity); code != "" {
		c, r := SplitCode(code, g.isCountry)
		if country == "" {
			country = c
		}
		if c == "" || c == country {
			role = r
		}
	}
	if role == "" {
		role = departmentRole(m.Text, country != "")
	}
	return country, role, latest
}

// departmentRole returns the role of an organization named as a government department or ministry
// that the dictionaries do not know: "Trade Ministry", "Ministry of Industry", "U.S. Agriculture
// Department", "Department of Commerce" are GOV; a police or sheriff's department is COP. A name
// with "Department" is a government's only when the mention has a country (a university or a
// company has departments too); a ministry is a government's always. Otherwise "".
func departmentRole(name string, hasCountry bool) string {
	var buf [64]byte
	k := appendKey(buf[:0], name) // words separated by single spaces, as strings.Fields would split them
	sp := bytes.IndexByte(k, ' ')
	if sp < 0 {
		return "" // one word (or none)
	}
	first, last := string(k[:sp]), string(k[bytes.LastIndexByte(k, ' ')+1:])
	rest := k[sp+1:]
	of := len(rest) > 3 && string(rest[:3]) == "OF " // a second word "OF" and a third
	switch {
	case last == "MINISTRY" || first == "MINISTRY" && of:
		return "GOV"
	case last == "DEPARTMENT" || first == "DEPARTMENT" && of:
		if !hasCountry {
			return ""
		}
		for len(k) > 0 {
			w := k
			if i := bytes.IndexByte(k, ' '); i >= 0 {
				w, k = k[:i], k[i+1:]
			} else {
				k = nil
			}
			switch string(w) {
			case "POLICE", "SHERIFF", "SHERIFFS":
				return "COP"
			case "FIRE":
				return ""
			}
		}
		return "GOV"
	}
	return ""
}

// formerAfter returns the record of a person of the Phoenix table on a day after all of its dated
// periods, when it has no undated code to fall back on: ELI (CAMEO's former officials) of the
// country of the period that ended last, when that period is a national office ("WILLIAM J. CASEY
// [USASPY 810128-870129]" is USA ELI in March 1987), up to four years after it ended and no later
// than the dictionaries' last revision (their silence after that says nothing). ok is false for anyone else, and on a day
// before a period's end.
func (a *Actor) formerAfter(day Date) (Range, bool) {
	if !a.Person || day == 0 || len(a.Ranges) == 0 {
		return Range{}, false
	}
	last := -1
	for i, r := range a.Ranges {
		if !r.Dated || r.To == 0 || r.To >= day {
			return Range{}, false
		}
		if last < 0 || r.To > a.Ranges[last].To {
			last = i
		}
	}
	r := a.Ranges[last]
	if day > phoenixEnd || day > r.To+4*10000 {
		// After the dictionaries' last revision, or more than a term (four years) after the office
		// ended, their silence does not tell that the person has held no office since.
		return Range{}, false
	}
	switch r.Role {
	case "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP":
	default:
		return Range{}, false
	}
	if r.Country == "" {
		return Range{}, false
	}
	return Range{From: r.To, Dated: true, Country: r.Country, Role: "ELI"}, true
}

// heldBefore reports whether a has a dated period that starts before day.
func (a *Actor) heldBefore(day Date) bool {
	for _, r := range a.Ranges {
		if r.Dated && r.From != 0 && r.From < day {
			return true
		}
	}
	return false
}
