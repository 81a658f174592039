package main

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

func TestKindOf(t *testing.T) {
	d := &doc{Text: "Rebels in Aleppo shelled the army of Freedonia with mortars."}
	d.Entities = append(d.Entities, struct {
		span
		Re3dType string `json:"re3d_type"`
	}{span{10, 16, "Aleppo"}, "Location"}, struct {
		span
		Re3dType string `json:"re3d_type"`
	}{span{50, 57, "mortars"}, "Weapon"})
	ms := []entities.Mention{{Start: 37, End: 46, Text: "Freedonia", Type: entities.GPE, Entity: "FRE"}}
	for _, c := range []struct {
		sp   span
		want string
		ok   bool
	}{
		{span{0, 6, "Rebels"}, "agent noun", true},
		{span{10, 16, "Aleppo"}, "place", false},
		{span{50, 57, "mortars"}, "Weapon", false},
		{span{37, 46, "Freedonia"}, "common noun", false}, // no gold entity there
		{span{0, 4, "They"}, "pronoun", false},
	} {
		if k := kindOf(d, ms, c.sp); k != c.want || eligible(k) != c.ok {
			t.Errorf("%q: kind %q eligible %v, want %q %v", c.sp.Text, k, eligible(k), c.want, c.ok)
		}
	}
	if !countryAt(ms, span{37, 46, "Freedonia"}) || countryAt(ms, span{0, 6, "Rebels"}) {
		t.Error("countryAt: Freedonia is a country, Rebels not")
	}
}

func TestClassify(t *testing.T) {
	const s = "Gondor attacked Mordor. Rohan praised Gondor."
	d := &text.Doc{Text: s, Sentences: []text.Sentence{{Start: 0, End: 23}, {Start: 24, End: 45}}}
	gondor, mordor, rohan, gondor2 := span{0, 6, "Gondor"}, span{16, 22, "Mordor"}, span{24, 29, "Rohan"}, span{38, 44, "Gondor"}
	as := []events.ActorSpan{{Sentence: 0, Span: text.Span{Start: 0, End: 6}}, {Sentence: 0, Span: text.Span{Start: 16, End: 22}},
		{Sentence: 1, Span: text.Span{Start: 24, End: 29}}, {Sentence: 1, Span: text.Span{Start: 38, End: 44}}}
	attack := events.Event{Sentence: 0, SourceMention: text.Span{Start: 0, End: 6}, TargetMention: text.Span{Start: 16, End: 22}, QuadClass: 4}
	actors := [2]string{"Organisation", "Organisation"}
	for _, c := range []struct {
		name       string
		evs        []events.Event
		src, tgt   span
		coop       bool
		kinds      [2]string
		actorSpans []events.ActorSpan
		want       string
	}{
		{"found", []events.Event{attack}, gondor, mordor, false, actors, as, causeFound},
		{"polarity", []events.Event{attack}, gondor, mordor, true, actors, as, causeWrongPolarity},
		{"reversed", []events.Event{attack}, mordor, gondor, false, actors, as, causeReversed},
		{"no event", nil, gondor, mordor, false, actors, as, causeNoEvent},
		{"sentences", nil, gondor, rohan, false, actors, as, causeSentences},
		{"third actor", []events.Event{{Sentence: 1, SourceMention: text.Span{Start: 24, End: 29}, TargetMention: text.Span{Start: 0, End: 1}}}, rohan, gondor2, true, actors, as, causeOneEnd},
		{"other actors", []events.Event{attack, {Sentence: 1, SourceMention: text.Span{Start: 30, End: 37}, TargetMention: text.Span{Start: 37, End: 38}}}, rohan, gondor2, true, actors, as, causeOther},
		{"unmarked thing", nil, span{7, 15, "attacked"}, mordor, false, [2]string{"Weapon", "Organisation"}, as, causeThing},
		{"unmarked actor", nil, gondor, mordor, false, [2]string{"pronoun", "Organisation"}, as[1:], causeUnmarked},
	} {
		if got := classify(d, c.actorSpans, c.evs, c.src, c.tgt, c.coop, c.kinds); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if hs, err := readHeld(strings.NewReader("// note\nref: re3d_dev.jsonl ABC 10-20 0123456789ab\nref: reuters.jsonl X 0-5 0123456789ab\nUSA -> IRQ | 190 | asserted | ASSAULT\n")); err != nil || len(hs) != 1 || !held(hs, "ABC", span{15, 30, ""}) || held(hs, "ABC", span{20, 30, ""}) {
		t.Errorf("readHeld: %v %v", hs, err)
	}
}
