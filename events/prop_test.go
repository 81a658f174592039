package events

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// checkEvents asserts the span properties of every event of d: spans are byte ranges of the text,
// lie inside the event's sentence, the source and target spans are mentions, and Evidence is the
// sentence text.
func checkEvents(t *testing.T, name string, d *text.Doc, ms []entities.Mention, evs []Event) {
	t.Helper()
	isMention := func(sp text.Span) bool {
		for _, m := range ms {
			if m.Start == sp.Start && m.End == sp.End {
				return true
			}
		}
		return false
	}
	for _, e := range evs {
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			t.Errorf("%s: sentence %d out of range", name, e.Sentence)
			continue
		}
		s := d.Sentences[e.Sentence]
		for _, sp := range []text.Span{e.SourceMention, e.TargetMention, e.Verb} {
			if sp.Start < s.Start || sp.End > s.End || sp.Start >= sp.End {
				t.Errorf("%s: span %+v outside sentence %+v (%+v)", name, sp, s, e)
			}
		}
		if e.Evidence != d.Text[s.Start:s.End] {
			t.Errorf("%s: evidence %q is not the sentence text", name, e.Evidence)
		}
		if !isMention(e.SourceMention) && !strings.HasSuffix(e.Source, d.Text[e.SourceMention.Start:e.SourceMention.End]) && !isAgentSpan(d, e.SourceMention) {
			t.Errorf("%s: source span %q is neither a mention nor an agent noun", name, d.Text[e.SourceMention.Start:e.SourceMention.End])
		}
		if !isMention(e.TargetMention) && !isAgentSpan(d, e.TargetMention) {
			t.Errorf("%s: target span %q is neither a mention nor an agent noun", name, d.Text[e.TargetMention.Start:e.TargetMention.End])
		}
		if e.Source == "" || e.Target == "" || e.Source == e.Target {
			t.Errorf("%s: bad actors %q -> %q", name, e.Source, e.Target)
		}
		if len(e.Code) < 3 || e.Root != e.Code[:2] || e.QuadClass < 1 || e.QuadClass > 4 || e.Label == "" {
			t.Errorf("%s: bad code %+v", name, e)
		}
		switch e.Modality {
		case Asserted, Negated, Reported, Intended, Hypothetical:
		default:
			t.Errorf("%s: bad modality %q", name, e.Modality)
		}
	}
}

// isAgentSpan reports whether sp is one token whose lemma is a role noun ("rebels").
func isAgentSpan(d *text.Doc, sp text.Span) bool {
	for _, tk := range d.Tokens {
		if tk.Start == sp.Start && tk.End == sp.End {
			return roleOf(nounLemma(d.Text[sp.Start:sp.End], nil)) != ""
		}
	}
	return false
}

// TestEventSpansSample checks the span properties on every text file of the embedded sample corpus.
func TestEventSpansSample(t *testing.T) {
	n := 0
	eachSampleText(t, func(p, txt string) {
		d, ms := analyze(t, txt)
		evs := ExtractEvents(d, ms)
		n += len(evs)
		checkEvents(t, p, d, ms, evs)
	})
	if n == 0 {
		t.Error("no event in the sample corpus")
	}
}

// FuzzExtractEvents checks that any text yields events with valid spans, and never panics.
func FuzzExtractEvents(f *testing.F) {
	for _, s := range []string{
		"Iraqi troops attacked rebels in Mosul on Monday.",
		"France and Germany signed a trade agreement. Talks between Israel and Hamas collapsed.",
		"Iran said that Israel attacked Syria, a senior official said.",
		"The Syrian government was condemned by France and Britain",
		"Russia’s foreign minister met his Chinese counterpart — in Beijing.",
		"\xff\xfe Iran \x00 attacked Iraq",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ms := analyze(t, s)
		checkEvents(t, "fuzz", d, ms, ExtractEvents(d, ms))
		_ = MainCode(d, ms)
	})
}

// ExtractEvents must not trust its inputs: inconsistent sentences and mentions are skipped.
func TestExtractEventsBadInput(t *testing.T) {
	d, ms := analyze(t, "Iran attacked Iraq.")
	bad := &text.Doc{Text: d.Text, Tokens: d.Tokens, Sentences: []text.Sentence{{Start: 0, End: 999, First: 0, Last: 99}, {Start: 5, End: 2, First: 3, Last: 1}}}
	if evs := ExtractEvents(bad, ms); len(evs) != 0 {
		t.Errorf("bad sentences: got %v", evs)
	}
	badMs := append([]entities.Mention{{Start: -4, End: 2, Entity: "X"}, {Start: 3, End: 1, Entity: "Y"}, {Start: 0, End: 500, Entity: "Z"}}, ms...)
	if evs := ExtractEvents(d, badMs); len(evs) != 1 || evs[0].Source != "IRN" || evs[0].Target != "IRQ" {
		t.Errorf("bad mentions: got %v", evs)
	}
	if evs := ExtractEvents(&text.Doc{}, nil); evs != nil {
		t.Errorf("empty doc: got %v", evs)
	}
}

func BenchmarkExtractEvents(b *testing.B) {
	const s = "Iraqi troops attacked rebels in Mosul on Monday. The United States urged Iran to halt enrichment. " +
		"France and Germany signed a trade agreement, officials said. If Russia invades Ukraine, the European Union would impose sanctions on Moscow. "
	d, ms := analyze(b, strings.Repeat(s, 8))
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		ExtractEvents(d, ms)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
