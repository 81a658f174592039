package corpus

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// referenceWireMarkup is WireMarkup as it was before the Cleaner shared its credit tests with it
// (CleanMarkup) and before lineMarkup looked for a dash first: every line tested in full.
func referenceWireMarkup(text string) []Span {
	return wireMarkupBy(text, func(start, end, _ int) []Span { return referenceLineMarkup(text, start, end) })
}

// referenceLineMarkup is lineMarkup with every test made on every line.
func referenceLineMarkup(text string, start, end int) []Span {
	line := text[start:end]
	t := strings.TrimSpace(line)
	if t == "" {
		return nil
	}
	lead := start + strings.Index(line, t)
	if signOff(t) || tableRow(t) || isCredit(t) { // isCredit is false beyond 300 bytes, signOff is not
		return []Span{{lead, lead + len(t)}}
	}
	if r, ok := datelineTable(text, start, end); ok {
		return []Span{r}
	}
	var out []Span
	if a, ok := openingAgency(text, lead, end); ok {
		out = append(out, a)
	}
	if a, ok := closingAgency(strings.TrimRight(line, " \t\r"), start); ok {
		out = append(out, a)
	}
	return out
}

// markupLines are lines made of a head, a body and a tail, each of which may be markup or not:
// datelines (with a dash, with "/AGENCY/.", in capitals and in lower case), agency credits opening
// or ending a line, sign-offs, bylines, reporting and photo credits, table rows and labels, lines
// of other scripts and lines longer than 80 and 300 bytes, with and without dashes.
func markupLines() []string {
	heads := []string{"", "  ", "\t", "AFP - ", "(AP) — ", "(Reuters) – ", "Reuter", "REUTER...", "-- AP ",
		"By Jane Doe ", "Reporting by Ana Ruiz; Editing by Tom Hill", "Photo: Kim Lee/Reuters ",
		"WASHINGTON (Reuters) - ", "TEMPE, Ariz., March 9 - ", "BEIJING, April 9. /TASS/. ", "LONDON — ",
		"Springfield, Ill. (AP) - ", "Vienna — ", "Vienna – ", "OSLO, Feb 2, Reuter - ", "ÅLESUND — ",
		"Shr loss 31 cts vs loss 14 cts ", "Nine mths ", "Xinhua/", "(Xinhua) "}
	long := strings.Repeat("the assembly’s delegates — and ours — spoke again; ", 7)
	bodies := []string{"", "The ministry said on Monday that talks would resume.", "Shr 80 cts vs 72 cts", "Year",
		"Le ministère a déclaré lundi qu’il négocierait", "Côte d’Ivoire’s delegation", "well-being and so-called reform",
		"a Reuters/Ipsos poll found", "Associated Press writers contributed to this report.", long,
		strings.Repeat("We reaffirm our commitment to the Charter. ", 9), "ÓSCAR ÔLIVEIRA spoke",
		strings.Repeat("—", 110) + " Reuters", strings.Repeat("-", 310) + " AP", "Getty Images"}
	tails := []string{"", " — Reuters", " (AFP)", ". - AP", " -- Reuters", "”— AFP", " (Xinhua)", " /", "\r", "^M"}
	var out []string
	for _, h := range heads {
		for _, b := range bodies {
			for _, t := range tails {
				out = append(out, h+b+t)
			}
		}
	}
	return out
}

// markupTexts are the texts to compare the markup of: the wire stories and pages of testdata, the
// embedded sample and documents made of markupLines (one line alone, and runs of lines).
func markupTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"testdata/wire/*.txt", "testdata/pages/*.page"} {
		paths, err := filepath.Glob(pat)
		if err != nil || len(paths) == 0 {
			t.Fatalf("%s: %v (%d files)", pat, err, len(paths))
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	if err := (&Reader{FS: Sample()}).Read(context.Background(), []string{"."}, func(d *Document) error {
		out = append(out, d.Text)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	lines := markupLines()
	out = append(out, lines...)
	for i := 0; i < len(lines); i += 7 {
		out = append(out, strings.Join(lines[i:min(i+11, len(lines))], "\n\n")+"\n")
		out = append(out, "Headline of the story\n"+strings.Join(lines[i:min(i+5, len(lines))], "\n"))
	}
	return out
}

// TestWireMarkupAsBefore compares WireMarkup with referenceWireMarkup, which tests every line in
// full: looking for a dash before the dateline and the opening agency credit changes no answer.
func TestWireMarkupAsBefore(t *testing.T) {
	for _, text := range markupTexts(t) {
		if got, want := WireMarkup(text), referenceWireMarkup(text); !slices.Equal(got, want) {
			t.Fatalf("WireMarkup(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCleanMarkup checks that CleanMarkup cleans as Clean does and returns WireMarkup of the text,
// under every family of rules turned off in turn, with and without line counts, and that the
// Cleaner does find the credit test's answer for lines of both kinds (so that the shared answers
// are what the comparison covers).
func TestCleanMarkup(t *testing.T) {
	texts := markupTexts(t)
	var stats LineStats
	docs := func() []*Document {
		var ds []*Document
		for i, text := range texts {
			ds = append(ds, &Document{ID: string(rune('a' + i%26)), Source: "s", Path: "x.txt", Title: firstLineTitle(text, false), Text: text})
		}
		return ds
	}
	for _, d := range docs() {
		stats.Add(d)
	}
	cleaners := []Cleaner{{}, {KeepCredits: true}, {KeepLayout: true}, {KeepTeasers: true}, {KeepNavigation: true},
		{KeepLegal: true}, {KeepRepeated: true}}
	yes, no := 0, 0
	for ci, c := range cleaners {
		for _, st := range []*LineStats{&stats, nil} {
			plain, marked := docs(), docs()
			for i := range plain {
				c.Clean(plain[i], st)
				got := c.CleanMarkup(marked[i], st)
				if want := referenceWireMarkup(texts[i]); !slices.Equal(got, want) {
					t.Fatalf("cleaner %d: CleanMarkup(%q) = %v, want WireMarkup (as before) %v", ci, texts[i], got, want)
				}
				if !slices.Equal(plain[i].Kept, marked[i].Kept) || plain[i].Title != marked[i].Title {
					t.Fatalf("cleaner %d: CleanMarkup(%q) kept %v (title %q), Clean %v (%q)", ci, texts[i],
						marked[i].Kept, marked[i].Title, plain[i].Kept, plain[i].Title)
				}
				if ci == 0 && st != nil {
					for _, l := range c.clean(docs()[i], st) {
						switch l.credit {
						case creditYes:
							yes++
						case creditNo:
							no++
						}
					}
				}
			}
		}
	}
	if yes < 100 || no < 1000 {
		t.Errorf("the Cleaner found the credit test of %d credit lines and %d other lines, want more", yes, no)
	}
}

// TestHasDashByte checks hasDashByte against the dashes scanner.dash reads.
func TestHasDashByte(t *testing.T) {
	for _, s := range []string{"a - b", "a -- b", "a — b", "a – b", "—", "–", "-"} {
		if !hasDashByte(s) {
			t.Errorf("hasDashByte(%q) = false", s)
		}
	}
	for _, s := range []string{"", "a b", "a / b", "d’Ivoire “quoted”", "é ü ß 東京"} {
		if hasDashByte(s) {
			t.Errorf("hasDashByte(%q) = true", s)
		}
	}
}

// TestEndMarkNoCredit checks that endMarkPhrases gives endMark's answer on every line the Cleaner
// found no credit (line.credit creditNo), whose byline test it skips, and that such lines include
// end marks.
func TestEndMarkNoCredit(t *testing.T) {
	marks := 0
	texts := append(markupTexts(t), "Story text here.\nMarta Kowalski is a staff writer covering East Asia.\n42 comments\nTags: Niger\nBy the way, this is prose.")
	for _, text := range texts {
		var c Cleaner
		for _, l := range c.clean(&Document{Text: text}, nil) {
			if l.credit != creditNo {
				continue
			}
			s := lineText(text, l)
			ok, comments := endMark(s)
			if gok, gcomments := endMarkPhrases(s, l.phrases, l.phrasesKnown, true); gok != ok || gcomments != comments {
				t.Fatalf("endMarkPhrases(%q, no credit) = %v, %v, endMark says %v, %v", s, gok, gcomments, ok, comments)
			}
			if ok {
				marks++
			}
		}
	}
	if marks < 10 {
		t.Errorf("%d end marks among the lines without credit, want more", marks)
	}
}
