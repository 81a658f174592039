package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/entities/places"

	eventeval "github.com/geopol/geopol/events/eval"
	"github.com/geopol/geopol/events/eval/realref"
	"github.com/geopol/geopol/internal/bench"
	"github.com/geopol/geopol/pipeline"
)

// The PETRARCH unit tests and the actor and agent dictionaries their fictional actors need.
const (
	petrarchTests  = "../shared/data/events/petrarch_unittests.jsonl"
	petrarchActors = "../shared/data/events/dictionaries/PETR.Validate.actors.txt"
	petrarchAgents = "../shared/data/events/dictionaries/PETR.Validate.agents.txt"
	petrarchVerbs  = "../shared/data/events/dictionaries/PETR.Validate.verbs.txt"
)

// accuracyRow is one accuracy figure of bench --accuracy: a score of geopol on a gold set, the
// one `geopol eval` (or the named test) gives.
type accuracyRow struct {
	// Data is the gold file, relative to the working directory (the repository root); What what
	// is scored; Command the command that gives the same score.
	Data    string  `json:"data"`
	What    string  `json:"what"`
	Score   float64 `json:"score"`
	Command string  `json:"command"`
	// Skipped says why there is no score (the data is absent).
	Skipped string `json:"skipped,omitempty"`
}

// accuracyCheck is one figure to compute: score runs on the opened data file with the models
// of the check's flags. When needs is set, the check also reads that directory and is skipped when
// it is absent.
type accuracyCheck struct {
	data, what, command string
	needs               string
	models              pipeline.ModelOptions
	score               func(ctx context.Context, m *pipeline.Models, data io.Reader, workers int) (float64, error)
}

// entityScore scores the mentions geopol extracts from the gold texts, as `geopol eval` does with
// these options, and returns the micro F1 of match ("strict" or "overlap").
func entityScore(match string, o eval.Options) func(context.Context, *pipeline.Models, io.Reader, int) (float64, error) {
	return func(ctx context.Context, m *pipeline.Models, data io.Reader, workers int) (float64, error) {
		gold, err := eval.ReadDocs(data)
		if err != nil {
			return 0, err
		}
		pred, err := bench.ExtractGold(ctx, m, gold, workers)
		if err != nil {
			return 0, err
		}
		rep, err := eval.Evaluate(gold, pred, o)
		if err != nil {
			return 0, err
		}
		return rep.F1(match)
	}
}

// Where the real-text event gold reads from: the shared data directory whose corpora the .ref files
// point into, and the countries table tools/eventgoldref checks actor ids against.
const (
	sharedDir      = "../shared"
	countriesTable = "entities/data/countries.tsv"
)

// realEventCheck scores a real-text event gold set kept as references into ../shared (a .ref file of
// testdata/gold/src): it materialises the sentences as `go run ./tools/eventgoldref` does and scores
// them as `geopol eval events --kind gold` does, the (source, target, root) triple F1.
func realEventCheck(ref, what, tmp string) accuracyCheck {
	return accuracyCheck{data: ref, needs: sharedDir, what: what,
		command: "go run ./tools/eventgoldref -ref " + ref + " -o " + tmp + " && geopol eval events --kind gold --gold " + tmp,
		score: func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
			countries, err := os.Open(countriesTable)
			if err != nil {
				return 0, err
			}
			defer countries.Close()
			recs, err := realref.Build(os.DirFS(sharedDir), countries, data, false)
			if err != nil {
				return 0, fmt.Errorf("materialising %s: %w", ref, err)
			}
			gold, err := realref.Encode(recs)
			if err != nil {
				return 0, err
			}
			r, err := eventeval.ScoreGold(bytes.NewReader(gold), m.Analyzer, m.Recognizer, m.Coder)
			return r.Triples.F1(), err
		}}
}

// accuracyChecks are the figures bench --accuracy reports, independent and held-out sets first (the
// held-out real-text event set with the other held-out rows): the project's gold, the shared
// development sets and the event coder's sets (those .ci/gold puts floors on, and GMB's held-out
// sentences), the real-text event development set first among the event rows.
func accuracyChecks() []accuracyCheck {
	actor := eval.Options{Map: []string{"ORG=ACTOR", "LOC=ACTOR", "PERSON=ACTOR", "NORP=ACTOR", "GPE=ACTOR"}, Types: []string{"ACTOR"}}
	actorFlags := "--map ORG=ACTOR --map LOC=ACTOR --map PERSON=ACTOR --map NORP=ACTOR --map GPE=ACTOR --types ACTOR"
	gum := eval.Options{Map: []string{"GPE=LOC", "NORP=ORG"}, Types: []string{"PERSON", "ORG", "LOC"}}
	gumFlags := "--map GPE=LOC --map NORP=ORG --types PERSON,ORG,LOC"
	coref := pipeline.ModelOptions{Coref: true}
	agents := pipeline.ModelOptions{Coref: true, Agents: true}
	const (
		re3d       = "../shared/data/gold/re3d_dev.jsonl"
		gumNe      = "../shared/data/gold/gum_news.jsonl"
		plover     = "../shared/data/reference/plover/PLOVER_GSR_CAMEO.txt"
		reuters    = "../shared/data/gold/reuters_places_dev.jsonl"
		grounding  = "testdata/gold/grounding.jsonl"
		heldPeople = "testdata/gold/grounding_heldout.jsonl"
		heldPlaces = "testdata/gold/grounding_places_heldout.jsonl"
	)
	// Independent sets first: written without looking at geopol's output.
	cs := []accuracyCheck{
		{data: reuters, what: "countries of Reuters stories (development part), micro F1 over (story, country) pairs",
			command: "geopol eval countries --part dev --gold " + reuters, score: countriesScore("dev")},
		{data: reuters, what: "countries of Reuters stories (held-out part), micro F1 over (story, country) pairs",
			command: "geopol eval countries --part held-out --gold " + reuters, score: countriesScore("held-out")},
		{data: heldPlaces, what: "grounding, held-out set (never tuned on): ambiguous place names, all fields right (country, GeoNames id, division, role)",
			command: "geopol eval grounding --gold " + heldPlaces, score: groundingScore("place (ambiguous)")},
		{data: heldPeople, what: "grounding, held-out set (never tuned on): people on dated documents, country and role right",
			command: "geopol eval grounding --gold " + heldPeople, score: groundingScore("person (dated)")},
		realEventCheck("testdata/gold/src/events_real_heldout.ref",
			"events: real text, held-out set (never tuned on): Reuters, UN General Debate and re3d sentences, (source, target, root) triple F1",
			"/tmp/erh.jsonl"),
		{data: grounding, what: "grounding, development set (its errors were read): ambiguous place names, all fields right",
			command: "geopol eval grounding --gold " + grounding, score: groundingScore("place (ambiguous)")},
		{data: grounding, what: "grounding, development set (its errors were read): people on dated documents, country and role right",
			command: "geopol eval grounding --gold " + grounding, score: groundingScore("person (dated)")},
	}
	for _, name := range []string{"project_news", "project_scraped", "project_statements"} {
		data := "testdata/gold/" + name + ".jsonl"
		cs = append(cs, accuracyCheck{data: data, what: "strict micro F1", command: "geopol eval --gold " + data,
			score: entityScore("strict", eval.Options{})})
	}
	cs = append(cs,
		accuracyCheck{data: re3d, what: "all actor types as one class, overlap F1",
			command: "geopol eval --match overlap --gold " + re3d + " " + actorFlags, score: entityScore("overlap", actor)},
		accuracyCheck{data: re3d, what: "all actor types as one class, overlap F1, --coref", models: coref,
			command: "geopol eval --coref --match overlap --gold " + re3d + " " + actorFlags, score: entityScore("overlap", actor)},
		accuracyCheck{data: re3d, what: "all actor types as one class, overlap F1, --coref --agents", models: agents,
			command: "geopol eval --coref --agents --match overlap --gold " + re3d + " " + actorFlags, score: entityScore("overlap", actor)},
		accuracyCheck{data: re3d, what: "PERSON, overlap F1",
			command: "geopol eval --match overlap --types PERSON --gold " + re3d, score: entityScore("overlap", eval.Options{Types: []string{"PERSON"}})},
		accuracyCheck{data: re3d, what: "PERSON, overlap F1, --coref", models: coref,
			command: "geopol eval --coref --match overlap --types PERSON --gold " + re3d, score: entityScore("overlap", eval.Options{Types: []string{"PERSON"}})},
		accuracyCheck{data: gumNe, what: "PERSON/ORG/LOC, overlap F1",
			command: "geopol eval --match overlap --gold " + gumNe + " " + gumFlags, score: entityScore("overlap", gum)},
		accuracyCheck{data: gumNe, what: "PERSON/ORG/LOC, overlap F1, --coref", models: coref,
			command: "geopol eval --coref --match overlap --gold " + gumNe + " " + gumFlags, score: entityScore("overlap", gum)},
		accuracyCheck{data: "../shared/data/train/gmb_sentences.jsonl", what: "GMB held out from NER training (last 10%), strict micro F1, model alone",
			command: "go test -run TestGMBHeldOutFloor -v ./entities/ner/",
			score: func(_ context.Context, _ *pipeline.Models, data io.Reader, _ int) (float64, error) {
				sents, err := ner.ReadGMB(data)
				if err != nil {
					return 0, err
				}
				m, err := ner.Default()
				if err != nil {
					return 0, err
				}
				_, test := ner.SplitHeldOut(sents, 0.1)
				return ner.Evaluate(m, test).Micro.F1, nil
			}},
		realEventCheck("testdata/gold/src/events_real.ref",
			"events: real text, development set (its errors were read): Reuters, UN General Debate and re3d sentences, (source, target, root) triple F1",
			"/tmp/er.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev2.ref",
			"events: real text, second development set (annotated blind, its errors then read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er2.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev3.ref",
			"events: real text, third development set (annotated blind, its errors then read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er3.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev4.ref",
			"events: real text, fourth development set (annotated blind, its errors then read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er4.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev5.ref",
			"events: real text, fifth development set (annotated blind, its errors then read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er5.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev6.ref",
			"events: real text, sixth development set (annotated blind, its errors then read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er6.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev7.ref",
			"events: real text, seventh development set (annotated blind, its errors then read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er7.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev8.ref",
			"events: real text, eighth development set (annotated blind, its errors not read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er8.jsonl"),
		realEventCheck("testdata/gold/src/events_real_dev9.ref",
			"events: real text, ninth development set (annotated blind, its errors not read): Reuters and UN General Debate sentences, (source, target, root) triple F1",
			"/tmp/er9.jsonl"),
		accuracyCheck{data: "testdata/gold/events.jsonl", what: "events: (source, target, root) triple F1",
			command: "geopol eval events --kind gold --gold testdata/gold/events.jsonl",
			score: func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
				r, err := eventeval.ScoreGold(data, m.Analyzer, m.Recognizer, m.Coder)
				return r.Triples.F1(), err
			}},
		accuracyCheck{data: "../shared/data/reference/cameo/cameo_codebook_examples.jsonl", what: "events: CAMEO codebook examples, root-code accuracy",
			command: "geopol eval events --kind codebook --gold ../shared/data/reference/cameo/cameo_codebook_examples.jsonl",
			score: func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
				r, err := eventeval.ScoreCodebook(data, m.Analyzer, m.Recognizer, m.Coder)
				return r.RootAccuracy(), err
			}},
		accuracyCheck{data: petrarchTests, what: "events: PETRARCH unit tests, triple F1 (built-in CAMEO verbs; the tests are coded with PETRARCH's validation verbs)",
			command: "geopol eval events --kind petrarch --gold " + petrarchTests + " --actors " + petrarchActors,
			models:  pipeline.ModelOptions{Actors: []string{petrarchActors}},
			score:   petrarchScore(false)},
		accuracyCheck{data: petrarchTests, what: "events: PETRARCH unit tests, dyad F1 (built-in CAMEO verbs)",
			command: "geopol eval events --kind petrarch --gold " + petrarchTests + " --actors " + petrarchActors,
			models:  pipeline.ModelOptions{Actors: []string{petrarchActors}},
			score:   petrarchScore(true)},
		accuracyCheck{data: petrarchTests, what: "events: PETRARCH unit tests, triple F1 with PETRARCH's validation verb dictionary",
			command: "geopol eval events --kind petrarch --gold " + petrarchTests + " --actors " + petrarchActors + " --verbs " + petrarchVerbs,
			models:  pipeline.ModelOptions{Actors: []string{petrarchActors}, Verbs: petrarchVerbs},
			score:   petrarchScore(false)},
		accuracyCheck{data: plover, what: "events: PLOVER gold records, event type accuracy",
			command: "geopol eval events --kind plover --gold " + plover,
			score: func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
				r, err := eventeval.ScorePLOVER(data, m.Analyzer, m.Recognizer, m.Coder)
				return r.EventAccuracy(), err
			}},
		accuracyCheck{data: re3d, what: "events: re3d directed interaction relations (CommWith, Likes, AlliesOf, Dislikes, FightingAgainst) that an event links in the same direction with the right polarity, share of the relations",
			command: "geopol eval events --kind re3d --gold " + re3d,
			score: func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
				r, err := eventeval.ScoreRE3D(data, m.Analyzer, m.Recognizer, m.Coder)
				return eval.Ratio(r.PolarityCorrect, r.Gold), err
			}},
		accuracyCheck{data: petrarchTests, what: "actors: PETRARCH unit tests, expected sources and targets whose country a mention of the sentence has",
			command: "go test -run TestEvalPetrarchFloor -v ./entities/actors/",
			models:  pipeline.ModelOptions{Actors: []string{petrarchActors, petrarchAgents}},
			score: func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
				c, ok := m.Recognizer.(*entities.Chain)
				if !ok {
					return 0, fmt.Errorf("the recognizer is not a chain (%T)", m.Recognizer)
				}
				g, ok := c.Grounder.(*actors.Grounder)
				if !ok {
					return 0, fmt.Errorf("the chain's grounder is not entities/actors' (%T)", c.Grounder)
				}
				res, err := g.EvalPetrarch(data, func(s, date string) []entities.Mention {
					return c.RecognizeDated(m.Analyzer.Analyze(s, nil), date)
				})
				return res.CountryRate(), err
			}},
	)
	return cs
}

// countriesScore scores the countries geopol gives the stories of part ("dev" or "held-out") of a
// Reuters country gold file, as `geopol eval countries --part part` does: the micro F1.
func countriesScore(part string) func(context.Context, *pipeline.Models, io.Reader, int) (float64, error) {
	return func(ctx context.Context, m *pipeline.Models, data io.Reader, workers int) (float64, error) {
		all, err := eval.ReadCountryDocs(data)
		if err != nil {
			return 0, err
		}
		gold := countryPart(all, part)
		pred, _, err := predictCountries(ctx, m, gold, workers)
		if err != nil {
			return 0, err
		}
		rep, err := eval.EvaluateCountries(gold, pred, countryLabels(m))
		return rep.Micro.F1, err
	}
}

// groundingScore scores the grounding gold as `geopol eval grounding` does and returns the
// all-fields accuracy of one category under overlap matching.
func groundingScore(category string) func(context.Context, *pipeline.Models, io.Reader, int) (float64, error) {
	return func(ctx context.Context, m *pipeline.Models, data io.Reader, workers int) (float64, error) {
		gold, err := eval.ReadGroundingGold(data)
		if err != nil {
			return 0, err
		}
		pt, err := places.Default()
		if err != nil {
			return 0, err
		}
		pred, err := predictGrounding(ctx, m, pt, gold, workers)
		if err != nil {
			return 0, err
		}
		return eval.ScoreGroundingDocs(gold, pred).Overlap.ByCategory[category].All.Accuracy, nil
	}
}

// petrarchScore scores the PETRARCH unit tests with the actor dictionary at actors and, when verbs
// is not "", the verb dictionary at verbs: the triple F1, or the dyad F1 when dyads is set.
func petrarchScore(dyads bool) func(context.Context, *pipeline.Models, io.Reader, int) (float64, error) {
	return func(_ context.Context, m *pipeline.Models, data io.Reader, _ int) (float64, error) {
		r, err := eventeval.ScorePetrarch(data, m.Analyzer, m.Recognizer, m.Coder)
		if dyads {
			return r.Dyads.F1(), err
		}
		return r.Triples.F1(), err
	}
}

// accuracy computes the figures of accuracyChecks; a check whose data is absent is reported as
// skipped.
func accuracy(ctx context.Context, ner string, workers int, checks []accuracyCheck) ([]accuracyRow, error) {
	models := map[string]*pipeline.Models{} // by fmt.Sprint of the model options
	var rows []accuracyRow
	for _, c := range checks {
		row := accuracyRow{Data: c.data, What: c.what, Command: c.command}
		if c.needs != "" {
			if _, err := os.Stat(c.needs); err != nil {
				row.Skipped = "data absent: " + c.needs
				rows = append(rows, row)
				continue
			}
		}
		f, err := os.Open(c.data)
		if err != nil {
			row.Skipped = "data absent"
			rows = append(rows, row)
			continue
		}
		mo := c.models
		mo.NER = ner
		key := fmt.Sprint(mo)
		m := models[key]
		if m == nil {
			if m, err = mo.Load(); err != nil {
				f.Close()
				return nil, err
			}
			models[key] = m
		}
		row.Score, err = c.score(ctx, m, f, workers)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("bench: accuracy on %s: %w", c.data, err)
		}
		rows = append(rows, row)
	}
	return rows, nil
}
