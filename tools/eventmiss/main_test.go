package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	eventeval "github.com/geopol/geopol/events/eval"
	"github.com/geopol/geopol/events/eval/realref"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/text"
)

func TestBaseRelated(t *testing.T) {
	for _, c := range []struct{ code, base string }{
		{"USAGOV", "USA"}, {"USA", "USA"}, {"IMF", "IMF"}, {"REB", ""}, {"Hezbollah", "Hezbollah"},
		{"WORLDBANK", "WORLDBANK"}, {"JPNBUS", "JPN"}, {"Islamic State", "Islamic State"},
	} {
		if b := base(c.code); b != c.base {
			t.Errorf("base(%q) = %q, want %q", c.code, b, c.base)
		}
	}
	for _, c := range []struct {
		a, g string
		want bool
	}{
		{"USA", "USAGOV", true}, {"USABUS", "USA", true}, {"JPNBUS", "JPNGOV", true}, {"UNSC", "UN", true},
		{"USA", "USAGOV", true}, {"RUS", "RUSNGO", true}, {"IRN", "IRQ", false}, {"UN", "UNSC", true},
		{"REB", "REB", true}, {"REB", "COP", false}, {"USA", "REB", false}, {"IMF", "IRQ", false},
	} {
		if got := related(c.a, c.g); got != c.want {
			t.Errorf("related(%q, %q) = %v, want %v", c.a, c.g, got, c.want)
		}
	}
}

func TestClassifyMiss(t *testing.T) {
	tr := func(s, g, root, mod string) triple { return triple{s, g, root, mod} }
	usaIrq := tr("USA", "IRQ", "19", "asserted")
	for _, c := range []struct {
		name string
		g    triple
		r    record
		want string
	}{
		// "The U.S. struck Iraqi positions": no mention of Iraq at all
		{"unrecognized", usaIrq, record{actors: nil, mentions: []mentionInfo{{entity: "USA", country: "USA"}}}, missUnrecognized},
		// Iraq a mention (a place grounding only), the sentence left with one actor
		{"never coded", usaIrq, record{actors: nil, mentions: []mentionInfo{{entity: "USA", country: "USA"}, {entity: "Baghdad", country: "IRQ"}}}, missNotLooked},
		{"not kept", usaIrq, record{actors: []string{"USA", "GBR"}, mentions: []mentionInfo{{entity: "USA", country: "USA"}, {entity: "GBR", country: "GBR"}, {entity: "Baghdad", country: "IRQ"}}}, missNotActor},
		// "The Canadian government said Ottawa would apply a duty on U.S. corn": CAN, gold CANGOV
		{"role missing", tr("CANGOV", "USA", "16", "intended"), record{actors: []string{"CAN", "USA"}}, missRoleMissing},
		// the mention "Canadian" of "The Canadian government" carries role GOV, the actor is CAN
		{"role dropped", tr("CANGOV", "USA", "16", "intended"), record{actors: []string{"CAN", "USA"},
			mentions: []mentionInfo{{entity: "CAN", country: "CAN", role: "GOV", text: "Canadian"}, {entity: "USA", country: "USA", text: "U.S."}}}, missRoleDropped},
		// a mention of another country with the role does not count
		{"role on another country", tr("CANGOV", "USA", "16", "intended"), record{actors: []string{"CAN", "USA"},
			mentions: []mentionInfo{{entity: "USA", country: "USA", role: "GOV", text: "U.S."}}}, missRoleMissing},
		// "Nippon Steel Corp" grounded to JPN with no role: the coder's code is the company's name
		{"named, no role", tr("JPNBUS", "USABUS", "04", "reported"), record{actors: []string{"Nippon Steel Corp", "USA"},
			actorTexts: []string{"Nippon Steel Corp", "U.S."}, actorCountries: []string{"JPN", "USA"}}, missNamedNoRole},
		// the gold names an organization the recognizer grounds to an id
		{"organization named", tr("RUS", "Organization of Islamic Cooperation", "03", "asserted"), record{actors: []string{"RUS", "OIC"},
			actorTexts: []string{"Russia", "Organization of Islamic Cooperation"}}, missOrgBody},
		{"organization named, no actor", tr("RUS", "Organization of Islamic Cooperation", "03", "asserted"), record{actors: []string{"RUS", "GBR"},
			actorTexts: []string{"Russia", "Britain"}, mentions: []mentionInfo{{entity: "OIC", text: "Organization of Islamic Cooperation"}}}, missNotActor},
		{"other role", tr("JPNGOV", "JPNBUS", "10", "reported"), record{actors: []string{"USA", "JPNBUS"}}, missRoleOther},
		{"role added", tr("USA", "PHL", "01", "reported"), record{actors: []string{"USABUS", "PHL"}}, missRoleAdded},
		{"organization body", tr("UN", "SYR", "11", "asserted"), record{actors: []string{"UNSC", "SYR"}}, missOrgBody},
		{"no predicate", usaIrq, record{actors: []string{"USA", "IRQ"}}, missNoPredicate},
		{"known root, no pair", usaIrq, record{actors: []string{"USA", "IRQ"}, mainCode: "190"}, missNoPairRoot},
		{"other roots only", usaIrq, record{actors: []string{"USA", "IRQ"}, mainCode: "010"}, missNoPairOther},
		{"other pairs", usaIrq, record{actors: []string{"USA", "IRQ", "GBR", "FRA"}, pred: []triple{tr("GBR", "FRA", "04", "asserted")}}, missOtherPairs},
		{"one end", usaIrq, record{actors: []string{"USA", "IRQ", "GBR"}, pred: []triple{tr("USA", "GBR", "19", "asserted")}}, missOneEnd},
		{"wrong root", usaIrq, record{actors: []string{"USA", "IRQ"}, pred: []triple{tr("USA", "IRQ", "17", "asserted")}}, missRoot},
		// "the U.S. refused to strike Iraq" coded as the strike, negated, not as the refusal (12)
		{"wrong root, modality", tr("USA", "IRQ", "12", "asserted"), record{actors: []string{"USA", "IRQ"}, pred: []triple{tr("USA", "IRQ", "19", "negated")}}, missRootModality},
		{"same modality wins", usaIrq, record{actors: []string{"USA", "IRQ"}, pred: []triple{tr("USA", "IRQ", "17", "negated"), tr("USA", "IRQ", "18", "asserted")}}, missRoot},
		// "Kenya receives loans from the World Bank" coded KEN → WORLDBANK
		{"reversed", tr("WORLDBANK", "KEN", "07", "asserted"), record{actors: []string{"KEN", "WORLDBANK"}, pred: []triple{tr("KEN", "WORLDBANK", "07", "asserted")}}, missReversed},
		{"reversed, other root", tr("WORLDBANK", "KEN", "07", "asserted"), record{actors: []string{"KEN", "WORLDBANK"}, pred: []triple{tr("KEN", "WORLDBANK", "04", "asserted")}}, missReversedRoot},
		// an unrecognized end wins over a role mismatch at the other end
		{"worst end first", tr("CANGOV", "IRQ", "16", "asserted"), record{actors: []string{"CAN", "USA"}}, missUnrecognized},
	} {
		if got := classifyMiss(c.g, &c.r); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestClassifyFalse(t *testing.T) {
	tr := func(s, g, root string) triple { return triple{s, g, root, "asserted"} }
	gold := []triple{tr("USAGOV", "IRQ", "19"), tr("GBR", "IRQ", "19")}
	for _, c := range []struct {
		name string
		p    triple
		gold []triple
		want string
	}{
		{"none", tr("USA", "IRQ", "19"), nil, falseNone},
		{"root", tr("USAGOV", "IRQ", "17"), gold, falseRoot},
		{"reversed", tr("IRQ", "GBR", "19"), gold, falseReversed},
		{"gold actors", tr("USAGOV", "GBR", "04"), gold, falseGoldPair},
		{"other code", tr("USA", "IRQ", "19"), gold, falseOtherCode},
		{"not in gold", tr("FRA", "IRQ", "19"), gold, falseNotInGold},
	} {
		r := record{gold: c.gold}
		if got := classifyFalse(c.p, &r); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestCodeOnlyAndDedup(t *testing.T) {
	r := record{pred: []triple{{"CAN", "USA", "16", "asserted"}}}
	if !codeOnly(triple{"CANGOV", "USA", "16", "intended"}, &r) || codeOnly(triple{"USA", "CANGOV", "16", ""}, &r) || codeOnly(triple{"CANGOV", "USA", "13", ""}, &r) {
		t.Error("codeOnly: wants the related pair in the same direction with the gold's root")
	}
	d := dedup([]triple{{"B", "A", "19", "asserted"}, {"A", "B", "04", "negated"}, {"A", "B", "04", "asserted"}})
	if len(d) != 2 || d[0].modality != "negated" || d[1].src != "B" {
		t.Errorf("dedup: %v", d)
	}
}

func TestScorerCode(t *testing.T) {
	ms := []entities.Mention{
		{Start: 0, End: 12, Text: "Julie Bishop", Type: entities.PERSON, Entity: "Julie Bishop", Country: "AUS", Role: "GOV"},
		{Start: 20, End: 26, Text: "Toyota", Type: entities.ORG, Entity: "Toyota", Country: "JPN", Role: "BUS"},
		{Start: 30, End: 41, Text: "the Kremlin", Type: entities.ORG, Entity: "RUS", Country: "RUS", Role: "GOV"},
		{Start: 50, End: 59, Text: "Hezbollah", Type: entities.ORG, Entity: "Hezbollah", Country: "LBN", Role: "REB"},
		{Start: 60, End: 69, Text: "Lagarde", Type: entities.PERSON, Entity: "Lagarde", Country: "IMF", Role: "IGO"},
	}
	for _, c := range []struct {
		id         string
		start, end int
		want       string
	}{
		{"Julie Bishop", 0, 12, "AUSGOV"}, {"Toyota", 20, 26, "JPNBUS"}, {"RUS", 30, 41, "RUS"},
		{"Hezbollah", 50, 59, "Hezbollah"}, {"Lagarde", 60, 69, "IMF"},
		{"USA", 0, 3, "USA"},          // no mention at that span
		{"AUSGOVX", 0, 12, "AUSGOVX"}, // a code other than the mention's entity
	} {
		if got := scorerCode(c.id, text.Span{Start: c.start, End: c.end}, ms); got != c.want {
			t.Errorf("scorerCode(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}

func TestBlind(t *testing.T) {
	for p, want := range map[string]bool{
		"/tmp/x/events_real_heldout.jsonl": true, "/tmp/HeldOut.jsonl": true, "real_dev6.jsonl": false,
		"/tmp/x/real_dev4.jsonl": false, "events_real_dev5.jsonl": false, "events_real.jsonl": false,
		"/tmp/events_real_dev7.jsonl": false, "/tmp/events_real_dev8.jsonl": true, "DEV8.jsonl": true,
		"/tmp/events_real_dev9.jsonl": true, "e_dev9.jsonl": true,
	} {
		if blind(p) != want {
			t.Errorf("blind(%q) = %v", p, !want)
		}
	}
}

const sharedDir = "../../../shared"

// TestMatchedEqualsEval materialises the four development sets of real-text events and checks that
// the tool counts the gold, predicted and matched triples events/eval.ScoreGold counts, and that
// every missed and false triple got exactly one cause.
func TestMatchedEqualsEval(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedDir, realref.CAMEOCodesPath)); err != nil {
		t.Skipf("shared data not present (%v): the real-text event gold is materialised from ../shared", err)
	}
	if testing.Short() {
		t.Skip("codes four gold sets")
	}
	m, err := load(pipeline.ModelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{"events_real.ref", "events_real_dev2.ref", "events_real_dev3.ref", "events_real_dev4.ref"} {
		countries, err := os.Open(filepath.Join("..", "..", "entities", "data", "countries.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(filepath.Join("..", "..", "testdata", "gold", "src", ref))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := realref.Build(os.DirFS(sharedDir), countries, f, false)
		f.Close()
		countries.Close()
		if err != nil {
			t.Fatal(err)
		}
		b, err := realref.Encode(recs)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		ts, err := run(m, []string{ref}, []io.Reader{bytes.NewReader(b)}, &out, true)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := eventeval.ScoreGold(bytes.NewReader(b), m.a, m.rec, m.c)
		if err != nil {
			t.Fatal(err)
		}
		got := ts[0]
		if got.gold != rep.Triples.Gold || got.pred != rep.Triples.Predicted || got.matched != rep.Triples.Correct {
			t.Errorf("%s: tool gold %d predicted %d matched %d; eval %+v", ref, got.gold, got.pred, got.matched, rep.Triples)
		}
		nm, nf := 0, 0
		for _, n := range got.miss {
			nm += n
		}
		for _, n := range got.false_ {
			nf += n
		}
		if nm != got.gold-got.matched || nf != got.pred-got.matched || len(got.items) != nm+nf {
			t.Errorf("%s: %d miss causes for %d misses, %d false causes for %d false, %d items", ref, nm, got.gold-got.matched, nf, got.pred-got.matched, len(got.items))
		}
		if !strings.Contains(out.String(), "| matched (the scorer's correct) |") {
			t.Errorf("%s: no table in the output", ref)
		}
		t.Logf("%s: gold %d, predicted %d, matched %d", ref, got.gold, got.pred, got.matched)
	}
}

func TestRunBadInput(t *testing.T) {
	m, err := load(pipeline.ModelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	good := `{"id":"er-001","text":"Gondor attacked Mordor.","events":[]}` + "\n"
	_, err = run(m, []string{"set"}, []io.Reader{strings.NewReader(good + "{not json\n")}, io.Discard, false)
	if err == nil || !strings.Contains(err.Error(), "set line 2") {
		t.Errorf("a bad line: error %v, want one naming the set and line 2", err)
	}
	ts, err := run(m, []string{"set"}, []io.Reader{strings.NewReader(good)}, io.Discard, false)
	if err != nil || len(ts) != 1 || ts[0].sentences != 1 || ts[0].gold != 0 {
		t.Errorf("one NONE sentence: %v %+v", err, ts)
	}
}
