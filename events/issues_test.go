package events

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// The code moves to the child for what the act is about, read from the words after the verb
// (Coder.refine); an act with no issue keeps its parent code.
func TestRefineByIssue(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"The opposition called for the release of the journalists.", "0253"},
		{"Protesters demanded the release of the journalists.", "1053"},
		{"Egypt offered humanitarian aid to Sudan.", "0333"},
		{"Japan pledged economic assistance to Ukraine.", "0331"},
		{"Japan pledged aid to Ukraine.", "033"},
		{"The rebels refused to release the hostages.", "1243"},
		{"Workers staged a hunger strike to demand the president's resignation.", "1421"},
	} {
		d, ms := analyze(t, tc.text)
		if got := c.MainCode(d, ms); got != tc.want {
			t.Errorf("MainCode(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestIssueAfterLens checks issueAfter against firstIssue without issueCueLens for every code with issues, from
// every token of every sentence of the sample corpus and of 4 UN speeches (when available),
// actors found, and on sentences with cues written in, one of them with a lemma holding a space.
func TestIssueAfterLens(t *testing.T) {
	if longestCue >= 32 {
		t.Fatalf("longest cue has %d words: issueCueLens holds lengths up to 31", longestCue)
	}
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for k := range issueChildren {
		codes = append(codes, k)
	}
	for k := range rootFamilies {
		codes = append(codes, k)
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	texts := []string{
		"Egypt offered humanitarian aid and economic cooperation to Sudan and called for a cease-fire and free trade.",
		"The rebels refused to release the hostages, demanding a free trade agreement.",
	}
	if _, err := os.Stat("../../shared/data/corpora/ungdc_2010_2024.jsonl"); err == nil {
		texts = append(texts, readTexts(t, "../../shared/data/corpora/ungdc_2010_2024.jsonl", 4)...)
	}
	eachSampleText(t, func(_, txt string) { texts = append(texts, txt) })
	found, compared := 0, 0
	for ti, txt := range texts {
		d, ms := analyze(t, txt)
		in := newMentionIndex(ms)
		var b viewBuffers
		for _, s := range d.Sentences {
			v := b.viewIrreg(d, s, c.known, c.verbs.irregular)
			v.findActors(in.in(s))
			c.ground(v)
			if ti == 0 && v.n() > 3 {
				v.lemmas[3] = "humanitarian aid" // a lemma with a space
			}
			for _, code := range codes {
				for from := range v.n() {
					got, want := v.issueAfter(code, from, v.n()), v.firstIssue(code, from, v.n(), nil)
					if got != want {
						t.Fatalf("text %d: %q: issueAfter(%s, %d) = %q, want %q", ti, d.Text[s.Start:s.End], code, from, got, want)
					}
					compared++
					if got != "" {
						found++
					}
				}
			}
		}
	}
	if compared == 0 || found == 0 {
		t.Fatalf("%d comparisons, %d issues found: nothing compared", compared, found)
	}
}

// TestHyphenatedCuesAgree checks that a cue of several words and its hyphenated form ("cease fire",
// "cease-fire") name the same issue: init adds the hyphenated forms, and two cues of the table
// that hyphenate alike but differ in issue would make the form's issue depend on which came first.
func TestHyphenatedCuesAgree(t *testing.T) {
	spaced := 0
	for k, is := range issueCues {
		if !strings.Contains(k, " ") {
			continue
		}
		spaced++
		h := strings.ReplaceAll(k, " ", "-")
		if got, ok := issueCues[h]; !ok || got != is {
			t.Errorf("%q: hyphenated %q has issue %v (present %v), want %v", k, h, got, ok, is)
		}
	}
	if spaced == 0 {
		t.Fatal("no cue of several words: nothing is checked")
	}
}
