package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestEvaluateStrictAndOverlap(t *testing.T) {
	// "Iranian President Hassan Rouhani met NATO officials in Brussels."
	gold := []entities.MentionDoc{{ID: "d1", Entities: []entities.Mention{
		{Start: 0, End: 7, Type: "NORP", Entity: "IRN"},
		{Start: 18, End: 32, Type: "PERSON", Entity: "Hassan Rouhani"},
		{Start: 37, End: 41, Type: "ORG", Entity: "NATO"},
		{Start: 55, End: 63, Type: "GPE", Entity: "Brussels"},
	}}}
	pred := []entities.MentionDoc{{ID: "d1", Entities: []entities.Mention{
		{Start: 0, End: 7, Type: "NORP", Entity: "IRN"},                  // strict hit, entity right
		{Start: 8, End: 32, Type: "PERSON", Entity: "President Rouhani"}, // overlap hit only, entity wrong
		{Start: 37, End: 41, Type: "GPE"},                                // wrong type: FP for GPE, FN for ORG
		{Start: 55, End: 63, Type: "GPE", Entity: "Brussels"},            // strict hit
	}}}
	rep, err := Evaluate(gold, pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// strict: TP 2 (NORP, GPE Brussels), FP 2 (PERSON span, GPE NATO), FN 2 (PERSON, ORG)
	if s := rep.Strict.Micro; s.TP != 2 || s.FP != 2 || s.FN != 2 || !near(s.F1, 0.5) {
		t.Errorf("strict micro = %+v", s)
	}
	// overlap: TP 3, FP 1, FN 1 → P = R = F1 = 0.75
	if s := rep.Overlap.Micro; s.TP != 3 || s.FP != 1 || s.FN != 1 || !near(s.F1, 0.75) {
		t.Errorf("overlap micro = %+v", s)
	}
	if s := rep.Overlap.ByType["ORG"]; s.TP != 0 || s.FN != 1 {
		t.Errorf("overlap ORG = %+v", s)
	}
	// entities: 4 gold with ids; NORP and Brussels right, Rouhani wrong, NATO unmatched.
	if rep.EntityGold != 4 || rep.EntityCorrect != 2 || !near(rep.EntityAccuracy, 0.5) || !near(rep.EntityMatchedAccuracy, 2.0/3) {
		t.Errorf("entity = %d/%d %v %v", rep.EntityCorrect, rep.EntityGold, rep.EntityAccuracy, rep.EntityMatchedAccuracy)
	}
}

func TestOverlapIsOneToOne(t *testing.T) {
	gold := []entities.MentionDoc{{ID: "a", Entities: []entities.Mention{{Start: 0, End: 5, Type: "ORG"}, {Start: 6, End: 10, Type: "ORG"}}}}
	pred := []entities.MentionDoc{{ID: "a", Entities: []entities.Mention{{Start: 0, End: 10, Type: "ORG"}}}}
	rep, err := Evaluate(gold, pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := rep.Overlap.Micro; s.TP != 1 || s.FN != 1 || s.FP != 0 {
		t.Errorf("one long prediction counted for %+v", s)
	}
}

func TestMapAndTypes(t *testing.T) {
	gold := []entities.MentionDoc{{ID: "a", Entities: []entities.Mention{{Start: 0, End: 4, Type: "Money"}, {Start: 5, End: 9, Type: "GPE"}, {Start: 10, End: 14, Type: "LOC"}}}}
	pred := []entities.MentionDoc{{ID: "a", Entities: []entities.Mention{{Start: 5, End: 9, Type: "GPE"}, {Start: 10, End: 14, Type: "GPE"}}}}
	rep, err := Evaluate(gold, pred, Options{Map: []string{"LOC=GPE"}, Types: []string{"GPE"}})
	if err != nil {
		t.Fatal(err)
	}
	if s := rep.Strict.Micro; s.TP != 2 || s.FP != 0 || s.FN != 0 {
		t.Errorf("mapped = %+v", s)
	}
	rep, err = Evaluate(gold, pred, Options{Map: []string{"*=ACTOR"}})
	if err != nil {
		t.Fatal(err)
	}
	if s := rep.Strict.Micro; s.TP != 2 || s.FN != 1 {
		t.Errorf("star map = %+v", s)
	}
	if _, err := Evaluate(gold, pred, Options{Map: []string{"LOC"}}); err == nil {
		t.Error("bad map accepted")
	}
}

func TestMissingAndForeignPredictions(t *testing.T) {
	gold := []entities.MentionDoc{{ID: "a", Entities: []entities.Mention{{Start: 0, End: 1, Type: "ORG"}}}, {ID: "b"}}
	rep, err := Evaluate(gold, []entities.MentionDoc{{ID: "b"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.MissingPredictions) != 1 || rep.Strict.Micro.FN != 1 {
		t.Errorf("missing: %+v", rep)
	}
	if _, err := Evaluate(gold, []entities.MentionDoc{{ID: "zzz"}}, Options{}); err == nil {
		t.Error("foreign prediction accepted")
	}
}

func TestReadDocs(t *testing.T) {
	in := `{"id": 7, "text": "Iran", "entities": [{"start":0,"end":4,"type":"GPE","entity":"IRN"}]}

{"id": "x", "entities": []}
`
	docs, err := ReadDocs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "7" || docs[0].Entities[0].Entity != "IRN" || docs[1].ID != "x" {
		t.Fatalf("docs = %+v", docs)
	}
	_, err = ReadDocs(strings.NewReader("{\"id\":1}\n{oops\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("malformed line error = %v", err)
	}
}
