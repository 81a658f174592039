package events

import (
	"fmt"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

func TestVerbLemma(t *testing.T) {
	known := mustLexicon(t).known
	tests := []struct{ in, want string }{
		{"said", "say"}, {"says", "say"}, {"saying", "say"},
		{"met", "meet"}, {"meets", "meet"}, {"meeting", "meet"},
		{"urged", "urge"}, {"urging", "urge"}, {"urges", "urge"},
		{"imposed", "impose"}, {"imposing", "impose"},
		{"cut", "cut"}, {"cutting", "cut"},
		{"struck", "strike"}, {"striking", "strike"},
		{"shelled", "shell"}, {"shelling", "shell"},
		{"tried", "try"}, {"carries", "carry"}, {"carried", "carry"},
		{"stopped", "stop"}, {"planning", "plan"},
		{"withdrew", "withdraw"}, {"withdrawn", "withdraw"},
		{"sworn", "swear"}, {"retaken", "retake"}, {"taken", "take"},
		{"Condemned", "condemn"}, {"was", "be"}, {"'s", "be"},
		{"accused", "accuse"}, {"criticises", "criticise"},
	}
	for _, tt := range tests {
		if got := verbLemma(tt.in, known); got != tt.want {
			t.Errorf("verbLemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNounLemma(t *testing.T) {
	known := mustLexicon(t).known
	tests := []struct{ in, want string }{
		{"sanctions", "sanction"}, {"ties", "tie"}, {"talks", "talk"}, {"relations", "relation"},
		{"authorities", "authority"}, {"navies", "navy"}, {"troops", "troop"}, {"press", "press"},
		{"negotiations", "negotiation"}, {"Troops", "troop"}, {"ARMIES", "army"}, {"Army", "army"},
		{"police", "police"}, {"Kelvin\u212a", "kelvink"}, {"ſ", "ſ"}, {"", ""}, {"\xff", "\ufffd"},
	}
	for _, tt := range tests {
		if got := nounLemma(tt.in, known); got != tt.want {
			t.Errorf("nounLemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// slowVerbLemma is verbLemma as first written: every candidate made, then looked up in order.
func slowVerbLemma(w string, known map[string]bool) string {
	w = strings.ToLower(w)
	if l, ok := irregular(w); ok {
		return l
	}
	var cands [20]string
	k := 0
	for _, suf := range [...]string{"ing", "ed", "es", "s", "n"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		if suf == "ed" || suf == "es" {
			if s, ok := strings.CutSuffix(stem, "i"); ok {
				cands[k] = s + "y"
				k++
			}
		}
		cands[k], cands[k+1] = stem, stem+"e"
		k += 2
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
			cands[k] = stem[:n-1]
			k++
		}
	}
	for _, c := range cands[:k] {
		if known[c] {
			return c
		}
	}
	return w
}

// TestLemmaShortcuts checks verbLemma against slowVerbLemma, on every token of the sample corpus
// as written and with verb suffixes added, and nounLemma against pluralLemma, its definition, on
// every token as written and in upper case.
func TestLemmaShortcuts(t *testing.T) {
	known := mustLexicon(t).known
	for _, tc := range []struct {
		name       string
		fast, slow func(string, map[string]bool) string
		forms      func(w string) []string
	}{
		{"verbLemma", verbLemma, slowVerbLemma, func(w string) []string {
			return []string{w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "n", w + w[len(w)-1:] + "ed", "Re" + w + "ied"}
		}},
		{"nounLemma", nounLemma, pluralLemma, func(w string) []string { return []string{w, strings.ToUpper(w)} }},
	} {
		n := 0
		eachSampleText(t, func(p, txt string) {
			d := text.Segment(txt, nil)
			for i := range d.Tokens {
				for _, f := range tc.forms(d.TokenText(i)) {
					if got, want := tc.fast(f, known), tc.slow(f, known); got != want {
						t.Fatalf("%s: %s(%q) = %q, want %q", p, tc.name, f, got, want)
					}
					n++
				}
			}
		})
		if n == 0 {
			t.Fatalf("%s: no word compared", tc.name)
		}
	}
}

// Every code of the lexicon is a CAMEO code, every root 01-20 is covered, and patterns are well formed.
func TestLexiconCodes(t *testing.T) {
	cb, err := Codebook()
	if err != nil {
		t.Fatal(err)
	}
	roots := map[string]int{}
	entries, err := lexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		dc := parseDictCode(e.code)
		code := cmpOr(dc.fwd, dc.rev)
		c, ok := cb.Lookup(code)
		if !ok || len(code) < 3 || dc.fwd != "" && dc.rev != "" {
			t.Errorf("pattern %q: code %q is not a 3- or 4-digit CAMEO code, or one such code after \":\"", e.pattern, e.code)
			continue
		}
		roots[c.Root]++
		f := strings.Fields(e.pattern)
		if len(f) == 0 || f[0] == "*" || f[len(f)-1] == "*" && e.flags&noun != 0 {
			t.Errorf("pattern %q: bad shape", e.pattern)
		}
		for _, s := range f {
			if strings.Contains(s, "||") || strings.HasPrefix(s, "|") || strings.HasSuffix(s, "|") {
				t.Errorf("pattern %q: empty alternative", e.pattern)
			}
		}
	}
	for r := 1; r <= 20; r++ {
		if root := fmt.Sprintf("%02d", r); roots[root] == 0 {
			t.Errorf("root %s has no pattern", root)
		}
	}
}

// The lexicon on short sentences, through MainCode: inflections, multi-word phrases, frames.
func TestMainCode(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Russia says it is ready.", "010"},
		{"Japan declined to comment on the report.", "011"},
		{"France appealed to Germany for help.", "023"},
		{"France appealed to Germany.", "020"},
		{"The United States urged Iran to release the prisoners.", "0253"},
		{"Turkey called on Russia to negotiate.", "026"},
		{"Japan pledged aid to Ukraine.", "033"},
		{"The ministers met in Geneva.", "040"},
		{"The president visited Kenya.", "042"},
		{"Qatar is mediating between the parties.", "045"},
		{"Germany praised France.", "051"},
		{"The two countries signed a trade agreement.", "057"},
		{"Spain recognized Palestine.", "054"},
		{"India shared intelligence with the United States.", "064"},
		{"Germany delivered aid to Ukraine.", "070"},
		{"Iran released the hostages.", "0841"}, {"Iran released the sailors.", "0841"},
		{"The EU lifted sanctions on Belarus.", "085"},
		{"Israel withdrew its troops.", "0874"},
		{"The agency is investigating the attack.", "093"},
		{"Poland demanded the release of the journalists.", "1053"},
		{"Poland demanded talks.", "108"},
		{"China condemned the visit.", "111"},
		{"Ukraine accused Russia of aggression.", "1123"},
		{"Hungary vetoed the package.", "129"},
		{"Iran refused to meet the envoy.", "125"},
		{"China threatened to attack Taiwan.", "1384"},
		{"Students protested in the capital.", "140"},
		{"Russia deployed troops to the border.", "154"},
		{"Pakistan cut diplomatic ties with India.", "161"},
		{"Japan imposed sanctions on North Korea.", "163"},
		{"Police arrested the opposition leader.", "173"},
		{"Gunmen kidnapped two engineers.", "181"},
		{"Rebels attacked the convoy.", "190"},
		{"Artillery shelled the town.", "194"},
		{"Jets bombed the bridge.", "195"},
		{"Troops invaded the island.", "192"},
		{"The regime used chemical weapons.", "2041"},
		{"The army massacred villagers.", "202"},
		{"No verb here.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d, ms := analyze(t, tt.text)
			if got := MainCode(d, ms); got != tt.want {
				t.Errorf("MainCode(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// mustLexicon returns the compiled lexicon, failing the test when the embedded table does not parse.
func mustLexicon(t *testing.T) *lexIndex {
	t.Helper()
	ix, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
