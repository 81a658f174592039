package eval

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	entityeval "github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

// sharedData opens a file of the shared evaluation data, or skips the test.
func sharedData(t *testing.T, rel string) io.Reader {
	t.Helper()
	return openOrSkip(t, filepath.Join("..", "..", "..", "shared", "data", rel))
}

// openOrSkip opens the file at path for the test, or skips the test when it is absent.
func openOrSkip(t *testing.T, path string) io.Reader {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("evaluation data absent (%s): %v", path, err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func evalModels(t *testing.T) (*text.Analyzer, *entities.Chain) {
	t.Helper()
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	nm, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	ch, err := entities.NewChain(nm)
	if err != nil {
		t.Fatal(err)
	}
	return a, ch
}

// Floors measured on 2026-11-26 with the data named; a floor is the measured value rounded down.
func TestEvalCodebookFloor(t *testing.T) {
	path := sharedData(t, "reference/cameo/cameo_codebook_examples.jsonl")
	a, ch := evalModels(t)
	r, err := ScoreCodebook(path, a, ch, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("codebook examples: %d, coded %d, root accuracy %.3f (%d), code accuracy %.3f",
		r.Examples, r.Coded, r.RootAccuracy(), r.RootCorrect, entityeval.Ratio(r.CodeCorrect, r.Examples))
	if r.Examples != 277 {
		t.Errorf("examples = %d, want 277", r.Examples)
	}
	// measured 0.801 (222/277) on 2026-12-06, ../shared/data/reference/cameo/cameo_codebook_examples.jsonl
	const floor = 0.80
	if r.RootAccuracy() < floor {
		t.Errorf("root accuracy %.3f below floor %.2f", r.RootAccuracy(), floor)
	}
}

func TestEvalPetrarchFloor(t *testing.T) {
	path := sharedData(t, "events/petrarch_unittests.jsonl")
	dict := sharedData(t, "events/dictionaries/PETR.Validate.actors.txt")
	a, ch := evalModels(t)
	user, err := actors.ReadDictionary(dict, "PETR.Validate.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := *ch
	if c.Grounder, err = actors.New(actors.Options{User: []*actors.Dictionary{user}}); err != nil {
		t.Fatal(err)
	}
	rec := entities.Recognizer(&c)
	r, err := ScorePetrarch(path, a, rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, rc, f1 := r.Triples.PRF()
	dp, dr, df := r.Dyads.PRF()
	t.Logf("PETRARCH unit tests, built-in verbs: %d sentences; triples P %.3f R %.3f F1 %.3f (%+v); dyads P %.3f R %.3f F1 %.3f (%+v); events %d, share 010 %.3f",
		r.Sentences, p, rc, f1, r.Triples, dp, dr, df, r.Dyads, r.Events, r.Share010)
	// The tests' codes come from PETRARCH's toy validation verb dictionary (WEIS-like codes:
	// "restore ties" 064), so with the built-in CAMEO verbs only the dyads are comparable:
	// measured dyad F1 0.738 on 2026-12-06, petrarch_unittests.jsonl with PETR.Validate.actors.txt.
	const dyadFloor = 0.73
	if r.Share010 > 0.05 {
		t.Errorf("share of 010 events %.3f above 0.05", r.Share010)
	}
	if r.Dyads.F1() < dyadFloor {
		t.Errorf("dyad F1 %.3f below floor %.2f", r.Dyads.F1(), dyadFloor)
	}
	// With the validation verb dictionary itself (--verbs PETR.Validate.verbs.txt) the triples are
	// comparable: measured triple F1 0.762, dyad F1 0.805 on 2026-12-06.
	vd, err := events.ParseVerbDict(sharedData(t, "events/dictionaries/PETR.Validate.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	vc, err := events.NewCoder(events.CoderOptions{Verbs: vd})
	if err != nil {
		t.Fatal(err)
	}
	r, err = ScorePetrarch(sharedData(t, "events/petrarch_unittests.jsonl"), a, rec, vc)
	if err != nil {
		t.Fatal(err)
	}
	p, rc, f1 = r.Triples.PRF()
	t.Logf("PETRARCH unit tests, validation verbs: triples P %.3f R %.3f F1 %.3f; dyads F1 %.3f",
		p, rc, f1, r.Dyads.F1())
	const tripleFloor, dyadFloor2 = 0.76, 0.80
	if r.Triples.F1() < tripleFloor {
		t.Errorf("triple F1 with the validation verbs %.3f below floor %.2f", r.Triples.F1(), tripleFloor)
	}
	if r.Dyads.F1() < dyadFloor2 {
		t.Errorf("dyad F1 with the validation verbs %.3f below floor %.2f", r.Dyads.F1(), dyadFloor2)
	}
}

func TestEvalGoldEventsFloor(t *testing.T) {
	path := openOrSkip(t, filepath.Join("..", "..", "testdata", "gold", "events.jsonl"))
	a, ch := evalModels(t)
	r, err := ScoreGold(path, a, ch, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, rc, f1 := r.Triples.PRF()
	t.Logf("event gold: %d sentences; triples P %.3f R %.3f F1 %.3f (%+v); dyads F1 %.3f; events %d, share 010 %.3f",
		r.Sentences, p, rc, f1, r.Triples, r.Dyads.F1(), r.Events, r.Share010)
	// measured triple F1 0.776 (P 0.835, R 0.725) on 2026-12-06, testdata/gold/events.jsonl (208
	// sentences). The coder's rules were developed while looking at this set: it is a development
	// set, not a blind test.
	const floor = 0.77
	if r.Triples.F1() < floor {
		t.Errorf("triple F1 %.3f below floor %.2f", r.Triples.F1(), floor)
	}
}

// re3d has no event codes; its directed interaction relations are mapped to quad classes. The
// numbers are reported, with floors at the values measured.
func TestEvalRE3D(t *testing.T) {
	path := sharedData(t, "gold/re3d_dev.jsonl")
	a, ch := evalModels(t)
	r, err := ScoreRE3D(path, a, ch, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("re3d dev: %d gold directed relations, %d found by an event (recall %.3f), quad class agrees on %d (%.3f of found), polarity on %d (%.3f of found); %d events",
		r.Gold, r.Found, entityeval.Ratio(r.Found, r.Gold), r.QuadCorrect, entityeval.Ratio(r.QuadCorrect, r.Found), r.PolarityCorrect, entityeval.Ratio(r.PolarityCorrect, r.Found), r.Events)
	if r.Gold == 0 {
		t.Error("no mapped gold relation")
	}
	// Floors measured 2026-12-06 on re3d_dev.jsonl: 148 mapped relations, 11 found, quad class right
	// for 5, polarity for 9; raised to the values measured 2026-12-07 after branch s4re3d (nominal
	// acts of the clause subject, particles after the object): 23 found, quad 16, polarity 23; raised
	// to the values measured 2026-12-07 after branch s6re3d (rules for strike reports and government
	// releases): 26 found, quad 19, polarity 26. Low, but a drop below them is a regression.
	if r.Found < 26 || r.QuadCorrect < 19 || r.PolarityCorrect < 26 {
		t.Errorf("re3d: found %d (floor 26), quad class right %d (floor 19), polarity right %d (floor 26)",
			r.Found, r.QuadCorrect, r.PolarityCorrect)
	}
}

func TestCameoActor(t *testing.T) {
	for in, want := range map[string]string{"EU": "IGOEUREEC", "NATOMIL": "IGOWSTNATMIL", "GOV": "---GOV", "REB": "---REB",
		"IRQMIL": "IRQMIL", "USA": "USA", "Hamas": "Hamas", "UNGOV": "IGOUNOGOV"} {
		if got := cameoActor(in); got != want {
			t.Errorf("cameoActor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEvalPLOVERFloor(t *testing.T) {
	path := sharedData(t, "reference/plover/PLOVER_GSR_CAMEO.txt")
	a, ch := evalModels(t)
	r, err := ScorePLOVER(path, a, ch, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PLOVER gold records: %d, coded %d, event type accuracy %.3f (%d), mode %d of %d, context %d of %d",
		r.Records, r.Coded, r.EventAccuracy(), r.EventCorrect, r.ModeCorrect, r.Modes, r.ContextCorrect, r.Contexts)
	if r.Records != 322 {
		t.Errorf("records = %d, want 322", r.Records)
	}
	// measured 0.801 (258/322) on 2026-12-06, ../shared/data/reference/plover/PLOVER_GSR_CAMEO.txt
	const floor = 0.80
	if r.EventAccuracy() < floor {
		t.Errorf("event type accuracy %.3f below floor %.2f", r.EventAccuracy(), floor)
	}
}

func TestOfficeCode(t *testing.T) {
	for _, tc := range []struct {
		m    entities.Mention
		want string
	}{
		{entities.Mention{Type: entities.PERSON, Entity: "Julie Bishop", Country: "AUS", Role: "GOV"}, "AUSGOV"},
		{entities.Mention{Type: entities.PERSON, Entity: "Michel Camdessus", Country: "IMF", Role: "IGO"}, "IMF"},
		{entities.Mention{Type: entities.PERSON, Entity: "Oliver North", Country: "USA"}, ""},
		{entities.Mention{Type: entities.PERSON, Entity: "Fluegel"}, ""},
		{entities.Mention{Type: entities.ORG, Entity: "Toyota", Country: "JPN", Role: "BUS"}, "JPNBUS"},
		{entities.Mention{Type: entities.ORG, Entity: "Reuters", Country: "GBR", Role: "MED"}, "GBRMED"},
		{entities.Mention{Type: entities.ORG, Entity: "Bank of England", Country: "GBR", Role: "GOV"}, "GBRGOV"},
		{entities.Mention{Type: entities.ORG, Entity: "Bundeswehr", Country: "DEU", Role: "MIL"}, "DEUMIL"},
		{entities.Mention{Type: entities.ORG, Entity: "Supreme Court", Country: "USA", Role: "JUD"}, "USAJUD"},
		{entities.Mention{Type: entities.ORG, Entity: "Knesset", Country: "ISR", Role: "LEG"}, "ISRLEG"},
		{entities.Mention{Type: entities.ORG, Entity: "Hezbollah", Country: "LBN", Role: "REB"}, ""},
		{entities.Mention{Type: entities.ORG, Entity: "Likud", Country: "ISR", Role: "PTY"}, ""},
		{entities.Mention{Type: entities.ORG, Entity: "RUS", Country: "RUS", Role: "GOV", Text: "Kremlin"}, ""},
		{entities.Mention{Type: entities.ORG, Entity: "IMF", Country: "IMF", Role: "IGO"}, ""},
	} {
		if got := officeCode(tc.m); got != tc.want {
			t.Errorf("officeCode(%s): %q, want %q", tc.m.Entity, got, tc.want)
		}
	}
}

// TestScoreGoldOfficeAndDate scores gold records whose events name people: a person is compared
// as the office the gold codes, and the record's date decides the office.
func TestScoreGoldOfficeAndDate(t *testing.T) {
	a, ch := evalModels(t)
	g, err := actors.New(actors.Options{Gazetteer: ch.Gazetteer}) // the people the pipeline grounds
	if err != nil {
		t.Fatal(err)
	}
	ch.Grounder = g
	for _, tc := range []struct {
		line    string
		correct int
	}{
		// a foreign minister known without a date: the person's side is compared
		{`{"text":"Foreign Minister Julie Bishop met Indonesia's foreign minister in Jakarta on Monday.","date":"2016-03-01","events":[{"source":"AUSGOV","target":"IDNGOV","code":"040","root":"04"}]}`, 1},
		// the same sentence, gold coding the person by name: no longer a match
		{`{"text":"Foreign Minister Julie Bishop met Indonesia's foreign minister in Jakarta on Monday.","date":"2016-03-01","events":[{"source":"Julie Bishop","target":"IDNGOV","code":"040","root":"04"}]}`, 0},
		// the date decides the office: Blinken is the U.S. Secretary of State in 2022, not in 2012
		{`{"text":"Antony Blinken met Japan's foreign minister in Tokyo on Monday.","date":"2022-03-01","events":[{"source":"USAGOV","target":"JPNGOV","code":"040","root":"04"}]}`, 1},
		{`{"text":"Antony Blinken met Japan's foreign minister in Tokyo on Monday.","date":"2012-03-01","events":[{"source":"USAGOV","target":"JPNGOV","code":"040","root":"04"}]}`, 0},
		// the country the document speaks for (a UN speech's country_iso3) places "my Prime Minister"
		{`{"text":"My Prime Minister Joseph Mwangaza met Indonesia's foreign minister in Jakarta on Monday.","date":"2016-03-01","country":"KEN","events":[{"source":"KENGOV","target":"IDNGOV","code":"040","root":"04"}]}`, 1},
		{`{"text":"My Prime Minister Joseph Mwangaza met Indonesia's foreign minister in Jakarta on Monday.","date":"2016-03-01","events":[{"source":"KENGOV","target":"IDNGOV","code":"040","root":"04"}]}`, 0},
	} {
		r, err := ScoreGold(strings.NewReader(tc.line), a, ch, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Triples.Correct != tc.correct {
			t.Errorf("%s: %d correct (%+v), want %d", tc.line, r.Triples.Correct, r.Triples, tc.correct)
		}
	}
}

func TestScoreGoldOrganizationByName(t *testing.T) {
	a, ch := evalModels(t)
	for _, tc := range []struct {
		line    string
		correct int
	}{
		// the gold writes the organization's full name, the coder its id: the same actor
		{`{"text":"Brazil criticized the Organisation of Islamic Cooperation on Monday.","date":"2016-03-01","events":[{"source":"BRA","target":"Organization of Islamic Cooperation","code":"111","root":"11"}]}`, 1},
		{`{"text":"Brazil criticized the Organisation of Islamic Cooperation on Monday.","date":"2016-03-01","events":[{"source":"BRA","target":"OIC","code":"111","root":"11"}]}`, 1},
		// another organization's name stays another actor
		{`{"text":"Brazil criticized the Organisation of Islamic Cooperation on Monday.","date":"2016-03-01","events":[{"source":"BRA","target":"Community of Latin American and Caribbean States","code":"111","root":"11"}]}`, 0},
	} {
		r, err := ScoreGold(strings.NewReader(tc.line), a, ch, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Triples.Correct != tc.correct {
			t.Errorf("%s: %d correct (%+v), want %d", tc.line, r.Triples.Correct, r.Triples, tc.correct)
		}
	}
	for code, want := range map[string]string{"Community of Latin American and Caribbean States": "CELAC", "OIC": "OIC", "Hezbollah": "Hezbollah",
		"Islamic State": "Islamic State", "USAGOV": "USAGOV", "Rapid Support Forces": "Rapid Support Forces"} {
		if got := orgID(code); got != want {
			t.Errorf("orgID(%q) = %q, want %q", code, got, want)
		}
	}
}
