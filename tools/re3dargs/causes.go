package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/text"
)

// A cause is why a scored relation is not found by an event in one configuration of the
// recognizers; the first that applies is counted (see classify).
const (
	causeFound         = "found, right polarity"
	causeWrongPolarity = "found, wrong polarity"
	causeThing         = "an end is no actor kind (weapon, platform, place, common noun) and unmarked"
	causeUnmarked      = "an end is an actor kind (name, description, pronoun) the coder does not see"
	causeSentences     = "both ends actors, in different sentences"
	causeReversed      = "both ends actors, an event links them the other way only"
	causeOneEnd        = "both ends actors, an event links one end to a third actor"
	causeOther         = "both ends actors, the sentence's events link other actors"
	causeNoEvent       = "both ends actors, no event in the sentence"
)

var causeOrder = []string{causeFound, causeWrongPolarity, causeThing, causeUnmarked, causeSentences,
	causeReversed, causeOneEnd, causeOther, causeNoEvent}

// config is one way of running the recognizers and the coder, as `geopol eval events` flags do.
type config struct {
	name string
	opts pipeline.ModelOptions
}

var configs = []config{
	{"default", pipeline.ModelOptions{}},
	{"--coref", pipeline.ModelOptions{Coref: true}},
	{"--coref --agents", pipeline.ModelOptions{Coref: true, Agents: true}},
}

type loaded struct {
	a   *text.Analyzer
	rec entities.Recognizer
	c   *events.Coder
}

func load(o pipeline.ModelOptions) (loaded, error) {
	m, err := o.Load()
	if err != nil {
		return loaded{}, err
	}
	c := m.Coder
	if c == nil {
		if c, err = events.NewCoder(events.CoderOptions{}); err != nil {
			return loaded{}, err
		}
	}
	return loaded{m.Analyzer, m.Recognizer, c}, nil
}

// heldSpan is a sentence of a held-out event gold set, by document id and byte span.
type heldSpan struct {
	doc        string
	start, end int
}

// readHeld reads the "ref:" lines of a reference file of tools/eventgoldref (only those: not the
// annotations), keeping the re3d_dev.jsonl sentences.
func readHeld(r io.Reader) ([]heldSpan, error) {
	var out []heldSpan
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || f[0] != "ref:" || f[1] != "re3d_dev.jsonl" {
			continue
		}
		var h heldSpan
		h.doc = f[2]
		if _, err := fmt.Sscanf(f[3], "%d-%d", &h.start, &h.end); err != nil {
			return nil, fmt.Errorf("re3dargs: held-out reference %q: %w", sc.Text(), err)
		}
		out = append(out, h)
	}
	return out, sc.Err()
}

func held(hs []heldSpan, id string, sp span) bool {
	for _, h := range hs {
		if h.doc == id && sp.Start < h.end && h.start < sp.End {
			return true
		}
	}
	return false
}

func overlaps(x text.Span, y span) bool { return x.Start < y.End && y.Start < x.End }

// sentenceOf returns the index of the sentence of d holding byte b, or -1.
func sentenceOf(d *text.Doc, b int) int {
	for i, s := range d.Sentences {
		if b >= s.Start && b < s.End {
			return i
		}
	}
	return -1
}

// classify returns the cause for one relation of document d (analysed as ad) given the coder's
// actors and events, the polarity the relation's type maps to (coop: quad 1-2) and the kinds of its
// two arguments.
func classify(ad *text.Doc, as []events.ActorSpan, evs []events.Event, src, tgt span, coop bool, kinds [2]string) string {
	for _, e := range evs {
		if overlaps(e.SourceMention, src) && overlaps(e.TargetMention, tgt) {
			if (e.QuadClass <= 2) == coop {
				return causeFound
			}
			return causeWrongPolarity
		}
	}
	marked := [2]bool{}
	for _, a := range as {
		for i, sp := range [2]span{src, tgt} {
			if overlaps(a.Span, sp) {
				marked[i] = true
			}
		}
	}
	if !marked[0] || !marked[1] {
		for i := range marked {
			if !marked[i] && !eligible(kinds[i]) && kinds[i] != "pronoun" {
				return causeThing
			}
		}
		return causeUnmarked
	}
	si, ti := sentenceOf(ad, src.Start), sentenceOf(ad, tgt.Start)
	if si != ti {
		return causeSentences
	}
	var reversed, oneEnd, other bool
	for _, e := range evs {
		if e.Sentence != si {
			continue
		}
		switch {
		case overlaps(e.SourceMention, tgt) && overlaps(e.TargetMention, src):
			reversed = true
		case overlaps(e.SourceMention, src) || overlaps(e.TargetMention, tgt) || overlaps(e.SourceMention, tgt) || overlaps(e.TargetMention, src):
			oneEnd = true
		default:
			other = true
		}
	}
	switch {
	case reversed:
		return causeReversed
	case oneEnd:
		return causeOneEnd
	case other:
		return causeOther
	}
	return causeNoEvent
}

// causes writes, for every configuration, how many of the scored relations the coder finds and why
// it misses the others; with list, every relation it misses in configuration listConfig (an index
// of configs), with its sentence and the sentence's events, except relations in sentences of the
// held-out event gold (hs), which are counted but not shown.
func causes(r io.Reader, w io.Writer, hs []heldSpan, list bool, listConfig int) error {
	docs, err := allDocs(r)
	if err != nil {
		return err
	}
	counts := make([]map[string]int, len(configs))
	heldMiss := make([]int, len(configs))
	var detail strings.Builder
	for ci, cf := range configs {
		counts[ci] = map[string]int{}
		l, err := load(cf.opts)
		if err != nil {
			return err
		}
		for di := range docs {
			d := &docs[di]
			ad := l.a.Analyze(d.Text, nil)
			ms := l.rec.Recognize(ad)
			as := l.c.Actors(ad, ms)
			evs := l.c.Extract(ad, ms)
			for _, rel := range d.Relations {
				if !scored(rel.Type) {
					continue
				}
				kinds := [2]string{kindOf(d, ms, rel.Source), kindOf(d, ms, rel.Target)}
				coop := rel.Type == "CommWith" || rel.Type == "Likes" || rel.Type == "AlliesOf"
				c := classify(ad, as, evs, rel.Source, rel.Target, coop, kinds)
				counts[ci][c]++
				h := held(hs, d.ID, rel.Source) || held(hs, d.ID, rel.Target)
				if h && c != causeFound {
					heldMiss[ci]++
				}
				if !list || ci != listConfig || c == causeFound {
					continue
				}
				if h {
					fmt.Fprintf(&detail, "%s\t%s\t(in a held-out event sentence: not shown)\n", d.ID[:8], rel.Type)
					continue
				}
				si := sentenceOf(ad, rel.Source.Start)
				fmt.Fprintf(&detail, "%s\t%s\t%q [%s] -> %q [%s]\t%s\n", d.ID[:8], rel.Type, rel.Source.Text, kinds[0], rel.Target.Text, kinds[1], c)
				if si >= 0 {
					s := ad.Sentences[si]
					fmt.Fprintf(&detail, "\tS: %s\n", strings.Join(strings.Fields(d.Text[s.Start:s.End]), " "))
					var acts []string
					for _, a := range as {
						if a.Sentence == si {
							acts = append(acts, fmt.Sprintf("%s=%q", a.Code, d.Text[a.Span.Start:a.Span.End]))
						}
					}
					fmt.Fprintf(&detail, "\tactors: %s\n", strings.Join(acts, " "))
					for _, e := range evs {
						if e.Sentence == si {
							fmt.Fprintf(&detail, "\tevent: %q %s -> %q %s %s %q %s\n", d.Text[e.SourceMention.Start:e.SourceMention.End], e.Source,
								d.Text[e.TargetMention.Start:e.TargetMention.End], e.Target, e.Code, d.Text[e.Verb.Start:e.Verb.End], e.Modality)
						}
					}
				}
			}
		}
	}
	total := 0
	for _, n := range counts[0] {
		total += n
	}
	fmt.Fprintf(w, "%d relations scored\n\n| cause |", total)
	for _, cf := range configs {
		fmt.Fprintf(w, " %s |", cf.name)
	}
	fmt.Fprint(w, "\n|---|")
	for range configs {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, c := range causeOrder {
		fmt.Fprintf(w, "| %s |", c)
		for ci := range configs {
			fmt.Fprintf(w, " %d |", counts[ci][c])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprint(w, "| of the misses: in sentences of the held-out event gold |")
	for ci := range configs {
		fmt.Fprintf(w, " %d |", heldMiss[ci])
	}
	fmt.Fprintln(w)
	if list {
		fmt.Fprintf(w, "\nrelations missed with %s:\n%s", configs[listConfig].name, detail.String())
	}
	return nil
}
