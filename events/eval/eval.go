package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	entityeval "github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

// Score counts matched items of an event evaluation.
type Score struct {
	Gold, Predicted, Correct int
}

// PRF returns the precision (Correct of Predicted), recall (Correct of Gold) and F1 of s, each 0
// when its denominator is (entities/eval.PRF).
func (s Score) PRF() (precision, recall, f1 float64) {
	return entityeval.PRF(s.Correct, s.Predicted, s.Gold)
}

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 { _, _, f1 := s.PRF(); return f1 }

// Report is the result of an event-coding evaluation on sentences with gold events.
type Report struct {
	// Sentences is the number of records scored.
	Sentences int
	// Triples scores (source, target, root) triples, compared per record as sets. For the PETRARCH
	// tests the actor codes are cut to their first three letters (the country or group code), as
	// the data's README suggests for coarse scoring.
	Triples Score
	// Dyads scores (source, target) pairs, whatever the code.
	Dyads Score
	// Events is the number of events predicted; Share010 the share of them with code 010.
	Events   int
	Share010 float64
}

type triple struct{ src, tgt, root string }

// scoreSets adds the matches between the gold and predicted triples of one record to r.
func (r *Report) scoreSets(gold, pred []triple) {
	dedup := func(ts []triple) []triple {
		slices.SortFunc(ts, func(a, b triple) int {
			return cmp.Or(cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt), cmp.Compare(a.root, b.root))
		})
		return slices.Compact(ts)
	}
	gold, pred = dedup(gold), dedup(pred)
	r.Triples.Gold += len(gold)
	r.Triples.Predicted += len(pred)
	for _, p := range pred {
		if slices.Contains(gold, p) {
			r.Triples.Correct++
		}
	}
	pairs := func(ts []triple) []triple {
		out := make([]triple, len(ts))
		for i, t := range ts {
			out[i] = triple{t.src, t.tgt, ""}
		}
		return dedup(out)
	}
	gp, pp := pairs(gold), pairs(pred)
	r.Dyads.Gold += len(gp)
	r.Dyads.Predicted += len(pp)
	for _, p := range pp {
		if slices.Contains(gp, p) {
			r.Dyads.Correct++
		}
	}
}

// codeAndScore codes the events of one record's text with c, dated date (YYYY-MM-DD or "") and
// spoken for country (the record's "country", a UN speech's state, or ""), adds them to r and scores their (source, target, root) triples against gold, the actor codes passed through
// actor. With byCountry, an actor whose mention has a Country is coded by it (a user dictionary's
// code for a person: "Gollum" is HOB). It returns the number of events coded 010.
func (r *Report) codeAndScore(c *events.Coder, a *text.Analyzer, rec entities.Recognizer, txt, date, country string, gold []triple, actor func(string) string, byCountry bool) (n010 int) {
	d := a.Analyze(txt, nil)
	ms := entities.RecognizeFor(rec, d, date, country)
	evs := c.Extract(d, ms)
	code := func(id string, sp text.Span) string {
		for _, m := range ms {
			if m.Start != sp.Start || m.End != sp.End {
				continue
			}
			if byCountry && m.Country != "" {
				return actor(m.Country)
			}
			if !byCountry && (m.Type == entities.PERSON || m.Type == entities.ORG) && id == m.Entity {
				if o := officeCode(m); o != "" {
					return actor(o)
				}
			}
		}
		return actor(id)
	}
	var pred []triple
	for _, e := range evs {
		pred = append(pred, triple{code(e.Source, e.SourceMention), code(e.Target, e.TargetMention), e.Root})
		if e.Code == "010" {
			n010++
		}
	}
	r.Events += len(evs)
	r.Sentences++
	r.scoreSets(gold, pred)
	return n010
}

// officeCode returns the actor a named person or company is coded as in the event gold
// (EVENTS_GUIDELINES.md): a person as the actor of the office held on the document's date,
// the country and role of the mention ("Julie Bishop" in 2015 → "AUSGOV"; an official of an
// international organization as the organization: Country "IMF", Role "IGO" → "IMF"); a company or
// news medium as its country's BUS or MED (R-4: "Toyota" → "JPNBUS"); an organ of a state — a
// ministry, a central bank, armed forces, a legislature, a court, a police or intelligence service —
// as its country and role, as the guidelines' role table codes them ("Bank of England" →
// "GBRGOV", "Bundeswehr" → "DEUMIL"). It returns "" for a mention without country or role (a private
// person is no office), for a seat of government grounded to its country ("the Kremlin" is RUS: the
// text names no role) and for other organizations, which the gold codes by their own ids
// ("Hezbollah", "IMF").
func officeCode(m entities.Mention) string {
	switch {
	case m.Country == "" || m.Role == "":
		return ""
	case m.Type == entities.ORG && m.Role != "BUS" && m.Role != "MED" && !stateOrgan(m.Role):
		return ""
	case m.Type == entities.ORG && m.Entity == m.Country:
		// a seat of government grounded to its country ("the Kremlin" → RUS) names no role
		return ""
	case m.Role == "IGO":
		return m.Country
	}
	return m.Country + m.Role
}

// OfficeCode is the actor code the gold scorer compares a mention as, when the mention is an office
// (see officeCode: "AUSGOV" for a minister of Australia, "JPNBUS" for a Japanese company, "IMF" for an
// official of the IMF), or "" when the mention is compared by its own id. Tools that explain the
// scorer's matches (tools/eventmiss) use it.
func OfficeCode(m entities.Mention) string { return officeCode(m) }

// stateOrgan reports whether an organization of CAMEO role r is an organ of its state: government,
// military, judiciary, legislature, police or intelligence.
func stateOrgan(r string) bool {
	switch r {
	case "GOV", "MIL", "JUD", "LEG", "COP", "SPY":
		return true
	}
	return false
}

// orDefault returns c, or the built-in coder when c is nil.
func orDefault(c *events.Coder) (*events.Coder, error) {
	if c != nil {
		return c, nil
	}
	return events.NewCoder(events.CoderOptions{})
}

// cameoActors maps the ids geopol gives intergovernmental organizations to CAMEO actor codes
// (the codes of the Phoenix international actor dictionary of the Open Event Data Alliance, MIT),
// so that events coded by geopol compare with events coded in CAMEO actor codes ("EU" with
// "IGOEUREEC"). It is small on purpose: the organizations news names most; an unknown id is left
// as it is.
var cameoActors = map[string]string{
	"UN": "IGOUNO", "UNSC": "IGOUNO", "UNGA": "IGOUNO", "UNSG": "IGOUNO", "UNHRC": "IGOUNO",
	"UNHCR": "IGOUNOREFHCR", "UNICEF": "IGOUNOKID", "WHO": "IGOUNOHLHWHO", "FAO": "IGOUNOAGRFAO",
	"IAEA": "IGOUNOIAE", "ICJ": "IGOUNOJUDICJ", "WORLDBANK": "IGOUNODEVWBK", "IMF": "IGOBUSIMF",
	"NATO": "IGOWSTNAT", "EU": "IGOEUREEC", "EUCOM": "IGOEUREEC", "EUPARL": "IGOEUREEC",
	"ARABLEAGUE": "IGOMEAARL", "ASEAN": "IGOSEAASN", "AU": "IGOAFRAFU", "ECOWAS": "IGOWAFBUSWAS",
	"OPEC": "IGOOPC", "OSCE": "IGO", "OIC": "IGOMOSOIC", "OAS": "IGOOAS",
}

// cameoActor returns the CAMEO actor code of a geopol actor code: an organization's CAMEO code
// (cameoActors, with any role code geopol appended kept: "NATOMIL" → "IGOWSTNATMIL"), and a role
// without a country ("GOV", a generic agent) after CAMEO's "---" for an unknown country.
func cameoActor(code string) string {
	if c, ok := cameoActors[code]; ok {
		return c
	}
	if n := len(code); n > 3 {
		if c, ok := cameoActors[code[:n-3]]; ok && roleCode(code[n-3:]) {
			return c + code[n-3:]
		}
	}
	if len(code) == 3 && roleCode(code) {
		return "---" + code
	}
	return code
}

// roleCode reports whether s is one of the CAMEO agent codes geopol gives.
func roleCode(s string) bool {
	switch s {
	case "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "SPY", "MED", "EDU", "LAB", "AGR", "REF", "NGO", "CRM", "CVL":
		return true
	}
	return false
}

func prefix3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

// ScorePetrarch codes the sentences of the PETRARCH unit tests (petrarch_unittests.jsonl) read
// from r with the coder c (the built-in one when nil) and scores (source[:3], target[:3], root)
// triples against their expected events, geopol's actor codes first turned into CAMEO's
// ([cameoActor]: "EU" → "IGOEUREEC", a generic "GOV" → "---GOV"). Records without a gold coding
// (has_gold false) and discard tests are skipped; "no event" records count their predictions as
// false positives. rec should ground mentions with the test's actor dictionary (an entities.Chain
// whose Grounder holds PETR.Validate.actors.txt, see package entities/actors), since the tests use
// fictional actors; sentences are recognized on their record's date, and an actor whose mention
// has a Country is coded by it.
func ScorePetrarch(r io.Reader, a *text.Analyzer, rec entities.Recognizer, c *events.Coder) (Report, error) {
	return scoreRecords(r, c, func(rep *Report, c *events.Coder, line []byte) (n010 int, err error) {
		var rec0 struct {
			Text    string `json:"text"`
			Date    string `json:"date"`
			HasGold bool   `json:"has_gold"`
			Events  []struct {
				Source, Target, Code *string
			} `json:"events"`
		}
		if err := json.Unmarshal(line, &rec0); err != nil {
			return 0, err
		}
		if !rec0.HasGold {
			return 0, nil
		}
		var gold []triple
		for _, e := range rec0.Events {
			if e.Code == nil || e.Source == nil || e.Target == nil {
				return 0, nil // discard tests: nothing to score
			}
			if len(*e.Code) < 2 {
				continue
			}
			gold = append(gold, triple{prefix3(*e.Source), prefix3(*e.Target), (*e.Code)[:2]})
		}
		date := rec0.Date
		if len(date) == 8 {
			date = date[:4] + "-" + date[4:6] + "-" + date[6:]
		}
		return rep.codeAndScore(c, a, rec, rec0.Text, date, "", gold, func(code string) string { return prefix3(cameoActor(code)) }, true), nil
	})
}

// scoreRecords runs score on every line of the JSONL records read from r with the coder c (the
// built-in one when nil) and sets the report's share of events coded 010 from the counts it returns.
func scoreRecords(r io.Reader, c *events.Coder, score func(rep *Report, c *events.Coder, line []byte) (n010 int, err error)) (Report, error) {
	var rep Report
	c, err := orDefault(c)
	if err != nil {
		return rep, err
	}
	n010 := 0
	err = entityeval.ReadJSONL(r, func(line []byte) error {
		n, err := score(&rep, c, line)
		n010 += n
		return err
	})
	rep.Share010 = entityeval.Ratio(n010, rep.Events)
	return rep, err
}

// ScoreGold scores (source, target, root) triples against gold events read from r, in the project's
// event format: one JSON object per line, {"id","text","events":[{"source","target","code",
// "root","modality"}]}, with an optional "date" (YYYY-MM-DD) on which the sentence is recognized
// (the real-text sets carry their document's date: "Shultz" in 1987 is the U.S. Secretary of
// State) and an optional "country_iso3" or "country" (the first wins, as in a corpus record), the
// country the document speaks for (the real-text sets carry a UN speech's as "country"). Actor codes are compared in full; a person is compared as the office the gold codes
// (see officeCode).
func ScoreGold(r io.Reader, a *text.Analyzer, rec entities.Recognizer, c *events.Coder) (Report, error) {
	return scoreRecords(r, c, func(rep *Report, c *events.Coder, line []byte) (int, error) {
		var g struct {
			Text        string `json:"text"`
			Date        string `json:"date"`
			Country     string `json:"country"`
			CountryISO3 string `json:"country_iso3"`
			Events      []struct {
				Source string `json:"source"`
				Target string `json:"target"`
				Code   string `json:"code"`
				Root   string `json:"root"`
			} `json:"events"`
		}
		if err := json.Unmarshal(line, &g); err != nil {
			return 0, err
		}
		var gold []triple
		for _, e := range g.Events {
			root := e.Root
			if root == "" && len(e.Code) >= 2 {
				root = e.Code[:2]
			}
			gold = append(gold, triple{orgID(e.Source), orgID(e.Target), root})
		}
		return rep.codeAndScore(c, a, rec, g.Text, g.Date, cmp.Or(g.CountryISO3, g.Country), gold, orgID, false), nil
	})
}

// orgID returns the id of an international organization an actor code names by one of its
// forms ("Organization of Islamic Cooperation" → "OIC", the gazetteer's id), else the code
// itself. The guidelines code an IGO by its id (EVENTS_GUIDELINES.md section 2); a gold written
// with the organization's full name names the same actor, so ScoreGold compares both the gold's
// and the coder's codes through orgID. A code that is already an id, a country or a group that the
// gazetteer names by its normalized name ("Hezbollah") is returned unchanged.
func orgID(code string) string {
	if !strings.Contains(code, " ") {
		return code
	}
	g, err := entities.DefaultGazetteer()
	if err != nil {
		return code
	}
	if e, ok := g.Lookup(code); ok && e.Kind == entities.KindOrg && e.Country == "" && e.Entity != code && strings.ToUpper(e.Entity) == e.Entity {
		return e.Entity
	}
	return code
}

// OrgID is the code ScoreGold compares an actor code as (see orgID: "OIC" for the gold's
// "Organization of Islamic Cooperation"). Tools that explain the scorer's matches (tools/eventmiss)
// use it.
func OrgID(code string) string { return orgID(code) }

// CodebookReport is the result of [ScoreCodebook].
type CodebookReport struct {
	// Examples is the number of example sentences; Coded those for which a code was predicted.
	Examples, Coded int
	// RootCorrect counts examples whose predicted main root equals the example's root.
	RootCorrect int
	// CodeCorrect counts examples whose predicted main code equals the example's code.
	CodeCorrect int
}

// RootAccuracy is RootCorrect/Examples.
func (c CodebookReport) RootAccuracy() float64 { return entityeval.Ratio(c.RootCorrect, c.Examples) }

// ScoreCodebook predicts the main event code ([events.Coder.MainCode], of c or of the built-in
// coder when c is nil) of every example sentence of the CAMEO codebook read from r
// (cameo_codebook_examples.jsonl: {"code","root_code","text",...}) and scores it.
func ScoreCodebook(r io.Reader, a *text.Analyzer, rec entities.Recognizer, c *events.Coder) (CodebookReport, error) {
	var rep CodebookReport
	c, err := orDefault(c)
	if err != nil {
		return rep, err
	}
	err = entityeval.ReadJSONL(r, func(line []byte) error {
		var ex struct {
			Code string `json:"code"`
			Root string `json:"root_code"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(line, &ex); err != nil {
			return err
		}
		d := a.Analyze(ex.Text, nil)
		code := c.MainCode(d, rec.Recognize(d))
		rep.Examples++
		if code == "" {
			return nil
		}
		rep.Coded++
		if strings.HasPrefix(code, ex.Root) {
			rep.RootCorrect++
		}
		if code == ex.Code {
			rep.CodeCorrect++
		}
		return nil
	})
	return rep, err
}

// RE3DReport is the result of [ScoreRE3D].
type RE3DReport struct {
	// Gold is the number of directed gold relations of the mapped types; Found those for which an
	// event links an overlapping source mention to an overlapping target mention (same direction).
	Gold, Found int
	// QuadCorrect counts found relations whose event has the mapped quad class; PolarityCorrect
	// those whose event has the mapped polarity (cooperation: quad 1-2, conflict: quad 3-4).
	QuadCorrect, PolarityCorrect int
	// Events is the number of events extracted from the documents.
	Events int
}

// re3dQuad maps the re3d relation types that describe an interaction to a CAMEO quad class:
// CommWith and Likes are verbal cooperation (1), AlliesOf material cooperation (2), Dislikes
// verbal conflict (3), FightingAgainst material conflict (4). Other types (CoLocated, BelongsTo,
// HasAttrOf, InChargeOf, IsSynonymOf, Apart) are not events and are left out.
func re3dQuad(typ string) int {
	switch typ {
	case "CommWith", "Likes":
		return 1
	case "AlliesOf":
		return 2
	case "Dislikes":
		return 3
	case "FightingAgainst":
		return 4
	}
	return 0
}

// ScoreRE3D compares the events extracted from the re3d documents read from r (re3d_dev.jsonl: {"text",
// "relations":[{"type","source":{start,end},"target":{start,end}}]}, byte offsets) with their
// directed gold relations mapped to quad classes ([re3dQuad]).
func ScoreRE3D(r io.Reader, a *text.Analyzer, rec entities.Recognizer, c *events.Coder) (RE3DReport, error) {
	var rep RE3DReport
	c, err := orDefault(c)
	if err != nil {
		return rep, err
	}
	type span struct{ Start, End int }
	overlaps := func(x text.Span, y span) bool { return x.Start < y.End && y.Start < x.End }
	err = entityeval.ReadJSONL(r, func(line []byte) error {
		var doc struct {
			Text      string `json:"text"`
			Relations []struct {
				Type           string `json:"type"`
				Source, Target span
			} `json:"relations"`
		}
		if err := json.Unmarshal(line, &doc); err != nil {
			return err
		}
		d := a.Analyze(doc.Text, nil)
		evs := c.Extract(d, rec.Recognize(d))
		rep.Events += len(evs)
		for _, g := range doc.Relations {
			q := re3dQuad(g.Type)
			if q == 0 {
				continue
			}
			rep.Gold++
			for _, e := range evs {
				if overlaps(e.SourceMention, g.Source) && overlaps(e.TargetMention, g.Target) {
					rep.Found++
					if e.QuadClass == q {
						rep.QuadCorrect++
					}
					if (e.QuadClass <= 2) == (q <= 2) {
						rep.PolarityCorrect++
					}
					break
				}
			}
		}
		return nil
	})
	return rep, err
}

// PLOVERReport is the result of [ScorePLOVER].
type PLOVERReport struct {
	// Records is the number of gold records scored; Coded those the coder gave a PLOVER type.
	Records, Coded int
	// EventCorrect counts records whose predicted PLOVER event type is the gold one (after the
	// renaming of older PLOVER types, see [ScorePLOVER]).
	EventCorrect int
	// Modes counts records whose gold coding has a mode, ModeCorrect those the coder gave it.
	Modes, ModeCorrect int
	// Contexts counts records whose gold coding has a context, ContextCorrect those where the
	// coder's context shares one with it.
	Contexts, ContextCorrect int
}

// EventAccuracy is EventCorrect/Records.
func (r PLOVERReport) EventAccuracy() float64 { return entityeval.Ratio(r.EventCorrect, r.Records) }

// ploverRenamed maps the event types of the PLOVER gold records, coded with an earlier draft of
// PLOVER (0.5b1, 2016), to the types of the conversion table (draft 0.8, 2021): DEMAND became
// REQUEST, DISAPPROVE and INVESTIGATE became ACCUSE, FIGHT became ASSAULT.
var ploverRenamed = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// ScorePLOVER scores the PLOVER event type of the main event of every PLOVER gold record read
// from r (PLOVER_GSR_CAMEO.txt: a JSON array of records {"id","text","event","mode","context",...};
// records without text, the file's documentation entry, are skipped): [events.Coder.MainCode] of c
// (the built-in coder when nil) gives a CAMEO code, [events.PLOVEROf] its PLOVER type, compared
// with the record's event after renaming older types ([ploverRenamed]). Mode and context are
// scored where the record has them.
func ScorePLOVER(r io.Reader, a *text.Analyzer, rec entities.Recognizer, c *events.Coder) (PLOVERReport, error) {
	var rep PLOVERReport
	c, err := orDefault(c)
	if err != nil {
		return rep, err
	}
	var recs []struct {
		Text    string `json:"text"`
		Event   string `json:"event"`
		Mode    string `json:"mode"`
		Context string `json:"context"`
	}
	if err := json.NewDecoder(r).Decode(&recs); err != nil {
		return rep, fmt.Errorf("events/eval: PLOVER records: %w", err)
	}
	for _, g := range recs {
		if strings.TrimSpace(g.Text) == "" {
			continue
		}
		rep.Records++
		want := g.Event
		if n, ok := ploverRenamed[want]; ok {
			want = n
		}
		d := a.Analyze(g.Text, nil)
		code := c.MainCode(d, rec.Recognize(d))
		if g.Mode != "" {
			rep.Modes++
		}
		if g.Context != "" {
			rep.Contexts++
		}
		p, ok := events.PLOVEROf(code)
		if code == "" || !ok {
			continue
		}
		rep.Coded++
		if p.Event == want {
			rep.EventCorrect++
		}
		if g.Mode != "" && p.Mode == g.Mode {
			rep.ModeCorrect++
		}
		if g.Context != "" && sharesContext(p.Context, g.Context) {
			rep.ContextCorrect++
		}
	}
	return rep, nil
}

// sharesContext reports whether two context lists (";" or "," separated) share a context.
func sharesContext(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
	}
	for _, x := range split(a) {
		if slices.Contains(split(b), x) {
			return true
		}
	}
	return false
}
