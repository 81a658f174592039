package events

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/geopol/geopol/internal/tsv"
)

// The verb-phrase lexicon of the event coder, data/lexicon.tsv (see data/README.md). It was
// written for geopol from the CAMEO code definitions (code names in data/cameo.tsv) and ordinary
// news usage; it is not derived from the PETRARCH/TABARI verb dictionaries.
//
// A pattern is a sequence of slots separated by spaces. A slot is a lemma, several lemmas joined by
// "|" (any of them), or "*" (a gap of zero to five tokens that contains no verb and no actor). The
// first slot is the trigger: a verb lemma for verb patterns, a noun lemma for noun patterns. Words
// are compared by lemma (lower case; verbs by [verbLemma], plural nouns by [nounLemma]), so one
// pattern covers "imposes/imposed/imposing sanctions on". The longest matching pattern wins; among
// equally long ones, the first listed.

// lexFlag qualifies a lexicon entry.
type lexFlag uint8

const (
	// symmetric verbs ("meet", "sign an agreement with") describe one joint act: a compound subject
	// without an object ("X and Y met") yields events in both directions.
	symmetric lexFlag = 1 << iota
	// takesInf verbs govern a following "to VERB" complement ("urged Iran to halt", "threatened
	// to attack", "refused to meet"): the complement is part of this event and is not coded apart.
	takesInf
	// speech verbs report what their clausal complement says: events inside it are "reported".
	speech
	// noun entries are triggered by a noun ("talks between X and Y").
	noun
	// mutual verbs are joint acts even with an object ("X met Y", "X clashed with Y"): the event
	// goes both ways. Other symmetric verbs go both ways only between the members of a compound
	// subject ("X and Y restored ties"); "X restored ties with Y" is X's act.
	mutual
	// objActor entries apply only when the verb's direct object is an actor or its delegation
	// ("Turkey will host Greece", not "welcomed the decision" or "hosted refugees"); for a bare
	// verb, the verb dictionary's own code of the verb is not used otherwise either.
	objActor
)

type lexEntry struct {
	pattern string
	code    string // a CAMEO code; ":072" codes the act of the target on the source ("received arms from")
	flags   lexFlag
}

// lexiconTSV is the lexicon (data/lexicon.tsv): a pattern, its CAMEO code and its flags a row,
// grouped by CAMEO root. Order matters: among equally long matching patterns the first listed wins.
//
//go:embed data/lexicon.tsv
var lexiconTSV string

// lexFlagNamed returns the flag named name in the table's flags column.
func lexFlagNamed(name string) (lexFlag, bool) {
	switch name {
	case "symmetric":
		return symmetric, true
	case "takes-inf":
		return takesInf, true
	case "speech":
		return speech, true
	case "noun":
		return noun, true
	case "mutual":
		return mutual, true
	case "obj-actor":
		return objActor, true
	}
	return 0, false
}

// lexicon returns the entries of the lexicon table, in its order.
func lexicon() ([]lexEntry, error) {
	rows, err := tsv.Rows("events: lexicon.tsv", lexiconTSV, "code", "flags", "pattern")
	if err != nil {
		return nil, err
	}
	out := make([]lexEntry, len(rows))
	for i, f := range rows {
		e := lexEntry{code: f[0], pattern: f[2]}
		for _, name := range strings.Split(f[1], ",") {
			if name == "" {
				continue
			}
			fl, ok := lexFlagNamed(name)
			if !ok {
				return nil, fmt.Errorf("events: lexicon.tsv pattern %q: unknown flag %q", e.pattern, name)
			}
			e.flags |= fl
		}
		if e.pattern == "" || e.code == "" {
			return nil, fmt.Errorf("events: lexicon.tsv row %d: empty pattern or code", i+1)
		}
		out[i] = e
	}
	return out, nil
}

// compiledEntry is a lexicon entry split into slots.
type compiledEntry struct {
	slots [][]string // each slot: alternatives, or nil for "*"
	code  string
	flags lexFlag
	order int
}

// lexIndex maps a trigger lemma to its entries, longest first.
type lexIndex struct {
	verbs, nouns map[string][]compiledEntry
	known        map[string]bool // every lemma of the lexicon, for the lemmatizer
}

// loadLexicon compiles the lexicon once per process.
var loadLexicon = sync.OnceValues(func() (*lexIndex, error) {
	entries, err := lexicon()
	if err != nil {
		return nil, err
	}
	ix := &lexIndex{verbs: map[string][]compiledEntry{}, nouns: map[string][]compiledEntry{}, known: map[string]bool{}}
	for i, e := range entries {
		var ce compiledEntry
		ce.code, ce.flags, ce.order = e.code, e.flags, i
		for _, s := range strings.Fields(e.pattern) {
			if s == "*" {
				ce.slots = append(ce.slots, nil)
				continue
			}
			alts := strings.Split(s, "|")
			for _, a := range alts {
				ix.known[a] = true
			}
			ce.slots = append(ce.slots, alts)
		}
		m := ix.verbs
		if e.flags&noun != 0 {
			m = ix.nouns
		}
		for _, t := range ce.slots[0] {
			m[t] = append(m[t], ce)
		}
	}
	for _, m := range []map[string][]compiledEntry{ix.verbs, ix.nouns} {
		for k, es := range m {
			// longest pattern first, then lexicon order
			sortEntries(es)
			m[k] = es
		}
	}
	for _, w := range []string{"be", "have", "do", "plan", "intend", "expect", "aim", "prepare", "want", "hope", "seek", "try", "decide", "continue", "begin", "start"} {
		ix.known[w] = true
	}
	return ix, nil
})

func sortEntries(es []compiledEntry) {
	// insertion sort: entry lists are short
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && less(es[j], es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func less(a, b compiledEntry) bool {
	if len(a.slots) != len(b.slots) {
		return len(a.slots) > len(b.slots)
	}
	return a.order < b.order
}

// irregular maps irregular inflected verb forms to their lemma.
func irregular(w string) (string, bool) {
	switch w {
	case "said", "says":
		return "say", true
	case "told":
		return "tell", true
	case "met":
		return "meet", true
	case "held":
		return "hold", true
	case "took", "taken":
		return "take", true
	case "gave", "given":
		return "give", true
	case "sent":
		return "send", true
	case "struck", "stricken":
		return "strike", true
	case "fought":
		return "fight", true
	case "sought":
		return "seek", true
	case "brought":
		return "bring", true
	case "broke", "broken":
		return "break", true
	case "shot":
		return "shoot", true
	case "flew", "flown":
		return "fly", true
	case "went", "gone", "goes":
		return "go", true
	case "was", "were", "is", "are", "am", "been", "being", "'s", "'re", "'m":
		return "be", true
	case "had", "has", "'ve":
		return "have", true
	case "did", "does", "done":
		return "do", true
	case "beat", "beaten":
		return "beat", true
	case "hit":
		return "hit", true
	case "cut":
		return "cut", true
	case "put":
		return "put", true
	case "forgave", "forgiven":
		return "forgive", true
	case "withdrew", "withdrawn":
		return "withdraw", true
	case "began", "begun":
		return "begin", true
	case "spoke", "spoken":
		return "speak", true
	case "led":
		return "lead", true
	case "left":
		return "leave", true
	case "made":
		return "make", true
	case "won":
		return "win", true
	case "paid":
		return "pay", true
	case "laid":
		return "lay", true
	case "sold":
		return "sell", true
	case "rode", "ridden":
		return "ride", true
	case "drove", "driven":
		return "drive", true
	case "threw", "thrown":
		return "throw", true
	case "wrote", "written":
		return "write", true
	case "kept":
		return "keep", true
	case "found":
		return "find", true
	case "stood":
		return "stand", true
	case "ran":
		return "run", true
	case "came":
		return "come", true
	case "saw", "seen":
		return "see", true
	case "knew", "known":
		return "know", true
	case "got", "gotten":
		return "get", true
	case "swore", "sworn":
		return "swear", true
	case "blew", "blown":
		return "blow", true
	case "froze", "frozen":
		return "freeze", true
	}
	return "", false
}

// verbLemma returns the lemma of an inflected verb form (lower case): the irregular table first,
// then suffix rules whose candidates are checked against the lexicon's lemmas.
func verbLemma(w string, known map[string]bool) string {
	return lowerVerbLemma(strings.ToLower(w), known)
}

// lowerVerbLemma is verbLemma for a word in lower case (see lowerNounLemma).
func lowerVerbLemma(w string, known map[string]bool) string {
	if l, ok := irregular(w); ok {
		return l
	}
	// The candidates, in order: per suffix, the stem with i made y (tried, tries), the stem, the
	// stem with e (hoped), the stem without a doubled last letter (stopped, planning). Each is
	// looked up as it is made (a concatenation used only as a map key is not allocated).
	for _, suf := range [...]string{"ing", "ed", "es", "s", "n"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		if suf == "ed" || suf == "es" {
			if s, ok := strings.CutSuffix(stem, "i"); ok && known[s+"y"] {
				return s + "y"
			}
		}
		if known[stem] {
			return stem
		}
		if known[stem+"e"] {
			return stem + "e"
		}
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && known[stem[:n-1]] {
			return stem[:n-1]
		}
	}
	return w
}

// nounLemma returns the singular of a plural noun (lower case) by suffix rules, preferring a lemma
// of the lexicon.
func nounLemma(w string, known map[string]bool) string {
	if n := len(w); n == 0 || w[n-1] != 's' && w[n-1] != 'S' {
		// every rule of pluralLemma needs a final "s", and only "s" and "S" end in "s" in lower
		// case: the word is its own lemma, known or not
		return strings.ToLower(w)
	}
	return pluralLemma(w, known)
}

// lowerNounLemma is nounLemma for a word in lower case (strings.ToLower(w) == w, as for the
// words of lowerWord: TestLowerWordsStayLower), which it need not lower again.
func lowerNounLemma(w string, known map[string]bool) string {
	if n := len(w); n == 0 || w[n-1] != 's' {
		return w
	}
	return lowerPluralLemma(w, known)
}

// pluralLemma is nounLemma for any word, without its shortcut for words that do not end in "s".
func pluralLemma(w string, known map[string]bool) string {
	return lowerPluralLemma(strings.ToLower(w), known)
}

// lowerPluralLemma is pluralLemma for a word in lower case.
func lowerPluralLemma(w string, known map[string]bool) string {
	if known[w] {
		return w
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && known[s] {
		return s
	}
	if s, ok := strings.CutSuffix(w, "es"); ok && known[s] {
		return s
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok && len(s) > 2 {
		return s + "y" // authorities, navies
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return s
	}
	return w
}

// objActorOnly reports whether the lexicon gives verb lemma l a code of its own only with an
// actor as its object (an obj-actor entry of the bare verb: "host", "receive", "welcome").
func (ix *lexIndex) objActorOnly(l string) bool {
	for _, e := range ix.verbs[l] {
		if e.flags&objActor != 0 && len(e.slots) == 1 {
			return true
		}
	}
	return false
}
