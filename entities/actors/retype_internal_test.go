package actors

import (
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// TestRetypeSurnames checks which one-word ORG mentions, and GPE mentions no gazetteer places,
// become people: the surname of a person named in full in the document, or of a curated office
// holder in office on the date; and which longer ones: the whole name of a known person.
func TestRetypeSurnames(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	person := func(s string) entities.Mention {
		return entities.Mention{Text: s, Entity: s, Type: entities.PERSON, Source: "model"}
	}
	org := func(s string) entities.Mention {
		return entities.Mention{Text: s, Entity: s, Type: entities.ORG, Source: "model"}
	}
	for _, tt := range []struct {
		name     string
		date     string
		ms       []entities.Mention
		wantType string
		wantEnt  string
	}{
		{"named in full", "", []entities.Mention{person("Manuel Johnson"), org("Johnson")}, entities.PERSON, "Manuel Johnson"},
		{"two people with that surname", "", []entities.Mention{person("Manuel Johnson"), person("Boris Johnson"), org("Johnson")}, entities.ORG, "Johnson"},
		{"holder in office", "2024-07-08", []entities.Mention{org("Tinubu")}, entities.PERSON, "Tinubu"},
		{"holder not yet in office", "2010-07-08", []entities.Mention{org("Tinubu")}, entities.ORG, "Tinubu"},
		{"undated", "", []entities.Mention{org("Tinubu")}, entities.ORG, "Tinubu"},
		{"an acronym", "2024-07-08", []entities.Mention{person("Jane Nato"), org("NATO")}, entities.ORG, "NATO"},
		{"several words", "2024-07-08", []entities.Mention{org("Tinubu Holdings")}, entities.ORG, "Tinubu Holdings"},
		{"a surname joins the person", "", []entities.Mention{person("Victoria Nuland"), person("Nuland")}, entities.PERSON, "Victoria Nuland"},
		{"two people with that surname", "", []entities.Mention{person("Boris Johnson"), person("Manuel Johnson"), person("Johnson")}, entities.PERSON, "Johnson"},
		{"a surname the model took for a place", "", []entities.Mention{person("Victoria Nuland"), {Text: "Nuland", Entity: "Nuland", Type: entities.GPE, Source: "model"}}, entities.PERSON, "Victoria Nuland"},
		{"a place of the gazetteer", "", []entities.Mention{person("Jim Jordan"), {Text: "Jordan", Entity: "JOR", Type: entities.GPE, Country: "JOR", Source: "gazetteer"}}, entities.GPE, "JOR"},
		// A surname the model took for a place that no gazetteer places: an office holder in office.
		{"holder in office, typed as a place", "2014-05-26", []entities.Mention{{Text: "Modi", Entity: "Modi", Type: entities.GPE, Source: "model"}}, entities.PERSON, "Modi"},
		{"holder in office, typed as a place (2)", "2019-03-01", []entities.Mention{{Text: "Erdogan", Entity: "Erdogan", Type: entities.GPE, Source: "model"}}, entities.PERSON, "Erdogan"},
		{"holder not yet in office, typed as a place", "1995-03-01", []entities.Mention{{Text: "Modi", Entity: "Modi", Type: entities.GPE, Source: "model"}}, entities.GPE, "Modi"},
		{"a placed GPE", "2014-05-26", []entities.Mention{{Text: "Modi", Entity: "Modi", Type: entities.GPE, Country: "ITA", Source: "model"}}, entities.GPE, "Modi"},
		// A person's full name the model took for an organization (the whole text, two words or more).
		{"a known person typed ORG", "2011-10-20", []entities.Mention{org("Muammar Gaddafi")}, entities.PERSON, "Muammar Gaddafi"},
		{"a known person typed as a place", "2011-10-20", []entities.Mention{{Text: "Hosni Mubarak", Entity: "Hosni Mubarak", Type: entities.GPE, Source: "model"}}, entities.PERSON, "Hosni Mubarak"},
		{"an organization named after a person", "2011-10-20", []entities.Mention{org("Gaddafi International Charity and Development Foundation")}, entities.ORG, "Gaddafi International Charity and Development Foundation"},
		{"a pronoun", "", []entities.Mention{person("He Lifeng"), {Text: "He", Entity: "He", Type: entities.PERSON, Source: entities.SourcePronoun}}, entities.PERSON, "He"},
	} {
		day, _ := ParseDate(tt.date)
		v := &docView{ms: tt.ms, g: g}
		g.retypeKnownPeople(v)
		g.retypeSurnames(v, day)
		m := v.ms[len(v.ms)-1]
		if m.Type != tt.wantType || m.Entity != tt.wantEnt {
			t.Errorf("%s: %q is %s %q, want %s %q", tt.name, m.Text, m.Type, m.Entity, tt.wantType, tt.wantEnt)
		}
	}
}

// TestTitleInsideSpan: title words a recognizer's span took in, capitalized or not, are read as
// the title ("Secretary Jane Roe" is the holder of an office, as "Secretary" before the span would
// make her); a name whose first word is no title word is read as a name.
func TestTitleInsideSpan(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, span, wantRole string
	}{
		{"Secretary Jane Roe said the border was secure.", "Secretary Jane Roe", "GOV"},
		{"Defense Minister Jane Roe said the border was secure.", "Defense Minister Jane Roe", "GOV"},
		{"General Jane Roe said the border was secure.", "General Jane Roe", "MIL"},
		{"Jane Roe said the border was secure.", "Jane Roe", ""},
	} {
		d := text.Segment(tt.text, nil)
		start := strings.Index(tt.text, tt.span)
		m := entities.Mention{Start: start, End: start + len(tt.span), Text: tt.span, Entity: "Jane Roe", Type: entities.PERSON, Source: "model"}
		v := &docView{d: d, ms: []entities.Mention{m}, g: g}
		ev, _ := v.personEvidence(0)
		if ev.role != tt.wantRole {
			t.Errorf("%q: role %q, want %q", tt.text, ev.role, tt.wantRole)
		}
	}
}

// TestRepairNames checks that a recognizer's span that cuts a known person's name, or takes in
// title words before it, becomes the name, and that other spans stay as they are.
func TestRepairNames(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	type span struct{ text, typ, source string }
	for _, tt := range []struct {
		text string
		in   []span
		want []span
	}{
		{"Ursula von der Leyen said on Tuesday that the fund was historic.",
			[]span{{"Ursula", entities.GPE, "model"}, {"Leyen", entities.PERSON, "model"}},
			[]span{{"Ursula von der Leyen", entities.PERSON, "model"}}},
		{"Atal Bihari Vajpayee announced the nuclear tests.",
			[]span{{"Bihari Vajpayee", entities.PERSON, "model"}},
			[]span{{"Atal Bihari Vajpayee", entities.PERSON, "model"}}},
		{"Vice President for Strategic Affairs Mohammad Javad Zarif said Iran did not want war.",
			[]span{{"Strategic Affairs Mohammad Javad Zarif", entities.ORG, "model"}, {"Iran", entities.GPE, "gazetteer"}},
			[]span{{"Mohammad Javad Zarif", entities.PERSON, "model"}, {"Iran", entities.GPE, "gazetteer"}}},
		// An organization named after a person keeps its last words; an unknown name stays cut; a
		// mention of another source stops the span.
		{"The Nelson Mandela Foundation said it would help.",
			[]span{{"Nelson Mandela Foundation", entities.ORG, "model"}},
			[]span{{"Nelson Mandela Foundation", entities.ORG, "model"}}},
		{"Frodo Baggins von Bree said it would help.",
			[]span{{"Frodo Baggins", entities.PERSON, "model"}},
			[]span{{"Frodo Baggins", entities.PERSON, "model"}}},
		{"Ursula von der Leyen said so.",
			[]span{{"Ursula", entities.PERSON, "model"}, {"Leyen", entities.PERSON, "rule"}},
			[]span{{"Ursula", entities.PERSON, "model"}, {"Leyen", entities.PERSON, "rule"}}},
	} {
		d := text.Segment(tt.text, nil)
		var ms []entities.Mention
		for _, s := range tt.in {
			i := strings.Index(tt.text, s.text)
			ms = append(ms, entities.Mention{Start: i, End: i + len(s.text), Text: s.text, Entity: s.text, Type: s.typ, Source: s.source})
		}
		got := g.repairNames(d, ms)
		var gs []span
		for _, m := range got {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: span %d-%d is %q, text %q", tt.text, m.Start, m.End, tt.text[m.Start:m.End], m.Text)
			}
			gs = append(gs, span{m.Text, m.Type, m.Source})
		}
		if !slices.Equal(gs, tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, gs, tt.want)
		}
	}
}
