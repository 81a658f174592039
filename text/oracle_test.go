package text

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/mingrammer/commonregex"
)

// oracle is a deliberately plain re-implementation of prose's tagger inference (tag.go in
// github.com/jdkato/prose/v2): features are strings in a map[string]float64, weights are the
// decoded float64 maps, scores a map per token. It is the reference the fast tagger must match.
// Where prose picks among equal scores by Go's random map order, the oracle picks the first class
// in the model's class order (the documented rule of the fast tagger) and counts the tie.
type oracle struct {
	classes []string
	dict    map[string]string
	weights map[string]map[string]float64
}

// The empty-element and bracket-code patterns prose applies before its model, written from their
// specification (the Penn Treebank conventions), used only by the oracle.
var (
	oracleNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	oracleKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// loadOracle decodes prose's assets into plain maps, once per test binary.
var loadOracle = sync.OnceValues(func() (*oracle, error) {
	o := &oracle{}
	if err := decodeGob(assetClasses, &o.classes); err != nil {
		return nil, err
	}
	if err := decodeGob(assetTags, &o.dict); err != nil {
		return nil, err
	}
	if err := decodeGob(assetWeights, &o.weights); err != nil {
		return nil, err
	}
	return o, nil
})

func mustOracle(tb testing.TB) *oracle {
	tb.Helper()
	o, err := loadOracle()
	if err != nil {
		tb.Fatal(err)
	}
	return o
}

func oracleNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(word[0])
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

func oracleFeatures(i int, ctx []string, w, p1, p2 string) map[string]float64 {
	f := map[string]float64{}
	add := func(parts ...string) { f[strings.Join(parts, " ")]++ }
	i += 2
	suf := min(len(w), 3)
	add("bias")
	add("i suffix", w[len(w)-suf:])
	if w != "" {
		add("i pref1", string(rune(w[0])))
	}
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[i])
	add("i-1 tag+i word", p1, ctx[i])
	add("i-1 word", ctx[i-1])
	add("i-1 suffix", ctx[i-1][len(ctx[i-1])-min(len(ctx[i-1]), 3):])
	add("i-2 word", ctx[i-2])
	add("i+1 word", ctx[i+1])
	add("i+1 suffix", ctx[i+1][len(ctx[i+1])-min(len(ctx[i+1]), 3):])
	add("i+2 word", ctx[i+2])
	return f
}

// tag tags one sentence; ties counts the tokens whose best score was shared by two classes.
func (o *oracle) tag(words []string) (tags []string, ties int) {
	ctx := []string{"-START-", "-START2-"}
	for _, w := range words {
		ctx = append(ctx, oracleNormalize(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w) || strings.HasPrefix(w, "@"):
			tag = "NN"
		case oracleNone.MatchString(w):
			tag = "-NONE-"
		case oracleKeep.MatchString(w):
			tag = w
		default:
			var ok bool
			if tag, ok = o.dict[w]; !ok {
				scores := map[string]float64{}
				for feat, v := range oracleFeatures(i, ctx, w, p1, p2) {
					for label, wt := range o.weights[feat] {
						scores[label] += v * wt
					}
				}
				best := math.Inf(-1)
				for _, c := range o.classes {
					if s, ok := scores[c]; ok && s > best+1e-9 {
						best, tag = s, c
					}
				}
				n := 0
				for _, s := range scores {
					if math.Abs(s-best) <= 1e-9 {
						n++
					}
				}
				if n > 1 {
					ties++
				}
			}
		}
		tags = append(tags, tag)
		p2, p1 = p1, tag
	}
	return tags, ties
}
