package actors

import (
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// companyStoryScan is companyStory as it read before docView kept the document's first company and
// the offsets of the literals the expressions need: every call scans the mentions and the text
// before mention k again.
func companyStoryScan(v *docView, k int) bool {
	if companyBeforeScan(v.ms, k) {
		return true
	}
	before := v.d.Text[:v.ms[k].Start]
	if stockSymbolRe.MatchString(before) {
		return true
	}
	for _, m := range marketRe.FindAllString(before, -1) {
		if marketName(strings.TrimPrefix(m, "The ")) {
			return true
		}
	}
	return false
}

// companyBeforeScan is companyBefore as it read before: a scan of the mentions before k.
func companyBeforeScan(ms []entities.Mention, k int) bool {
	for _, m := range ms[:k] {
		if companySuffix(m.Text) || m.Type == entities.ORG && marketName(m.Text) {
			return true
		}
	}
	return false
}

// TestCompanyStoryOnce checks companyStory and companyBefore against the scan of every mention on
// texts with a stock symbol, an exchange, a board, a company and none of them, before, between and
// after the people: the same answer for every mention, in any order of calls.
func TestCompanyStoryOnce(t *testing.T) {
	texts := []string{
		"President Ana Lima spoke. Later President Rui Costa left.",
		"Shares of <Acme Holdings> rose. President Ana Lima spoke. President Rui Costa left.",
		"President Ana Lima spoke. Shares of <ACME.N> rose. President Rui Costa left.",
		"President Ana Lima spoke at the Tokyo Stock Exchange. President Rui Costa left.",
		"President Ana Lima spoke. The Chicago Board of Trade closed. President Rui Costa left.",
		"President Ana Lima spoke to the Board. President Rui Costa left the Board of Governors.",
		"President Ana Lima spoke of an exchange of views. The Foreign Exchange rose. President Rui Costa left.",
		"President Ana Lima spoke. Acme Widgets Corp said sales rose. President Rui Costa left.",
		"A <lower> tag and a < sign. President Ana Lima spoke. President Rui Costa left <Zeta Co>.",
		"The Stock Exchangers met. President Ana Lima spoke. President Rui Costa left.",
	}
	an, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Ana Lima", "Shares", "Acme Widgets Corp", "Chicago Board of Trade", "Rui Costa"}
	calls, answers := 0, map[bool]int{}
	for _, tx := range texts {
		d := an.Analyze(tx, nil)
		var ms []entities.Mention
		for _, n := range names {
			if i := strings.Index(tx, n); i >= 0 {
				typ := entities.PERSON
				if n == "Acme Widgets Corp" || n == "Chicago Board of Trade" {
					typ = entities.ORG
				}
				ms = append(ms, entities.Mention{Start: i, End: i + len(n), Text: n, Entity: n, Type: typ})
			}
		}
		slices.SortFunc(ms, entities.ByPosition)
		for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}} {
			v := &docView{d: d, ms: ms}
			for _, k := range order {
				if k >= len(ms) {
					continue
				}
				want := companyStoryScan(v, k)
				answers[want]++
				if got := v.companyStory(k); got != want {
					t.Errorf("%q: companyStory(%d) (%q) = %v, want %v", tx, k, ms[k].Text, got, want)
				}
				if got, wantBefore := v.companyBefore(k), companyBeforeScan(ms, k); got != wantBefore {
					t.Errorf("%q: companyBefore(%d) = %v, want %v", tx, k, got, wantBefore)
				}
				calls++
			}
		}
	}
	if calls == 0 || answers[true] == 0 || answers[false] == 0 {
		t.Fatalf("%d calls, answers %v: the texts do not test both answers", calls, answers)
	}
}
