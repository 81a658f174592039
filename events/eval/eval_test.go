package eval

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	entityeval "github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/entities/ner"
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
	r, err := ScoreCodebook(path, a, ch)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("codebook examples: %d, coded %d, root accuracy %.3f (%d), code accuracy %.3f",
		r.Examples, r.Coded, r.RootAccuracy(), r.RootCorrect, entityeval.Ratio(r.CodeCorrect, r.Examples))
	if r.Examples != 277 {
		t.Errorf("examples = %d, want 277", r.Examples)
	}
	// measured 0.758 (210/277) on 2026-11-26, ../shared/data/reference/cameo/cameo_codebook_examples.jsonl;
	// issue target 0.70
	const floor = 0.75
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
	r, err := ScorePetrarch(path, a, &c)
	if err != nil {
		t.Fatal(err)
	}
	p, rc, f1 := r.Triples.PRF()
	t.Logf("PETRARCH unit tests: %d sentences; triples P %.3f R %.3f F1 %.3f (%+v); dyads F1 %.3f (%+v); events %d, share 010 %.3f",
		r.Sentences, p, rc, f1, r.Triples, r.Dyads.F1(), r.Dyads, r.Events, r.Share010)
	// measured triple F1 0.196 (59 of 347 gold, 254 predicted), share of 010 0.000, on 2026-11-26,
	// ../shared/data/events/petrarch_unittests.jsonl with PETR.Validate.actors.txt. The tests' codes
	// come from PETRARCH's toy verb dictionary, which geopol does not use: the dyad F1 (0.529) says
	// more about the actor side (0.525).
	const floor = 0.19
	if r.Share010 > 0.05 {
		t.Errorf("share of 010 events %.3f above 0.05", r.Share010)
	}
	if r.Triples.F1() < floor {
		t.Errorf("triple F1 %.3f below floor %.2f", r.Triples.F1(), floor)
	}
}

func TestEvalGoldEventsFloor(t *testing.T) {
	path := openOrSkip(t, filepath.Join("..", "..", "testdata", "gold", "events.jsonl"))
	a, ch := evalModels(t)
	r, err := ScoreGold(path, a, ch)
	if err != nil {
		t.Fatal(err)
	}
	p, rc, f1 := r.Triples.PRF()
	t.Logf("event gold: %d sentences; triples P %.3f R %.3f F1 %.3f (%+v); dyads F1 %.3f; events %d, share 010 %.3f",
		r.Sentences, p, rc, f1, r.Triples, r.Dyads.F1(), r.Events, r.Share010)
	// measured triple F1 0.732 (P 0.788, R 0.684; 167 of 244 gold, 212 predicted) on 2026-11-26,
	// testdata/gold/events.jsonl (208 sentences); issue target 0.70. The coder's rules were
	// developed while looking at this set: it is a development set, not a blind test.
	const floor = 0.73
	if r.Triples.F1() < floor {
		t.Errorf("triple F1 %.3f below floor %.2f", r.Triples.F1(), floor)
	}
}

// re3d has no event codes; its directed interaction relations are mapped to quad classes. The
// numbers are reported, with floors at the values measured.
func TestEvalRE3D(t *testing.T) {
	path := sharedData(t, "gold/re3d_dev.jsonl")
	a, ch := evalModels(t)
	r, err := ScoreRE3D(path, a, ch)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("re3d dev: %d gold directed relations, %d found by an event (recall %.3f), quad class agrees on %d (%.3f of found), polarity on %d (%.3f of found); %d events",
		r.Gold, r.Found, entityeval.Ratio(r.Found, r.Gold), r.QuadCorrect, entityeval.Ratio(r.QuadCorrect, r.Found), r.PolarityCorrect, entityeval.Ratio(r.PolarityCorrect, r.Found), r.Events)
	if r.Gold == 0 {
		t.Error("no mapped gold relation")
	}
	// Floors measured 2026-11-26 (23:10 UTC) on re3d_dev.jsonl: 148 mapped relations, 12 found, quad
	// class right for 8, polarity for 11. Low, but a drop below them is a regression.
	if r.Found < 12 || r.QuadCorrect < 8 || r.PolarityCorrect < 11 {
		t.Errorf("re3d: found %d (floor 12), quad class right %d (floor 8), polarity right %d (floor 11)",
			r.Found, r.QuadCorrect, r.PolarityCorrect)
	}
}
