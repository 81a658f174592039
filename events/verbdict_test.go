package events

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// parseShared reads a verb dictionary of the shared data, or skips the test.
func parseShared(t *testing.T, rel string) *VerbDict {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "data", rel)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not available (%v): the test reads ../shared/data at run time", path, err)
	}
	defer f.Close()
	vd, err := ParseVerbDict(f)
	if err != nil {
		t.Fatal(err)
	}
	v, p := vd.Len()
	t.Logf("%d verbs, %d patterns, %d blocks, %d synsets, skipped %q", v, p, len(vd.blocks), len(vd.synsets), vd.Skipped())
	return vd
}

func TestParseVerbDictCAMEO(t *testing.T) {
	vd := parseShared(t, "reference/cameo/CAMEO.2.0.txt")
	v, p := vd.Len()
	var buf bytes.Buffer
	if err := vd.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadVerbTable(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range vd.blocks {
		if !reflect.DeepEqual(vd.blocks[i], back.blocks[i]) {
			t.Fatalf("block %d differs:\n%+v\n%+v", i, vd.blocks[i], back.blocks[i])
		}
	}
	for l, es := range vd.verbs {
		if !reflect.DeepEqual(es, back.verbs[l]) {
			t.Fatalf("verb %s differs:\n%+v\n%+v", l, es, back.verbs[l])
		}
	}
	if v < 1800 || p < 4600 || len(vd.Skipped()) > 10 {
		t.Errorf("%d verbs, %d patterns, %d skipped: CAMEO.2.0 has 1,825 verbs and 4,668 patterns", v, p, len(vd.Skipped()))
	}
}

func TestParseVerbDictValidate(t *testing.T) {
	vd := parseShared(t, "events/dictionaries/PETR.Validate.verbs.txt")
	v, p := vd.Len()
	if v < 200 || p < 400 {
		t.Errorf("%d verbs, %d patterns: the validation dictionary has about 270 and 470", v, p)
	}
}

// A small dictionary in the PETRARCH format: synonym sets, blocks, multi-word verbs, irregular
// forms, patterns with prepositional phrases, markers and two-way codes.
const testDict = `# comment
<!-- a comment
   over lines -->
&MONEY
+DOLLAR
+EURO_
+&GOLD

&GOLD_
+GOLD_BAR

--- GIVE [070] ---
GIVE {GAVE GIVEN}
+HAND_OVER {+HANDED_OVER} [063]
- * &MONEY (TO +)       [071] # GIVE
- * {HUMANITARIAN AID}   [073]
- * (WITH)               [061]
- $ TROOP * (TO +)      [074]
- NOT_*                  [---]
- * CALL (FROM)          [041:041]

--- OBTAIN [---] ---
RECEIVE
- * LOAN (FROM +)        [:071]
- * (BROKEN              [010]
`

func TestParseVerbDictSyntax(t *testing.T) {
	vd, err := ParseVerbDict(strings.NewReader(testDict))
	if err != nil {
		t.Fatal(err)
	}
	if got := vd.Skipped(); len(got) != 1 || !strings.Contains(got[0], "line 25") {
		t.Errorf("Skipped = %q, want the unbalanced pattern of line 25", got)
	}
	money := vd.synsets["&MONEY"]
	var alts []string
	for _, a := range money {
		alts = append(alts, strings.Join(a, " "))
	}
	// plurals for DOLLAR, none for EURO_ nor for the members of &GOLD_
	if want := "dollar dollars euro gold bar"; strings.Join(alts, " ") != want {
		t.Errorf("&MONEY = %q, want %q", strings.Join(alts, " "), want)
	}
	// "gave" is one of the package's own irregular forms and is not stored again
	if _, ok := vd.irregular["gave"]; ok || vd.irregular["handed"] != "hand" {
		t.Errorf("irregular forms: %v", vd.irregular)
	}
	hand := vd.verbs["hand"]
	if len(hand) != 1 || !slices.Equal(hand[0].after, []string{"over"}) || hand[0].code.fwd != "063" {
		t.Errorf("hand over = %+v", hand)
	}
	give := vd.blocks[0]
	if give.name != "GIVE" || give.code.fwd != "070" || len(give.patterns) != 6 {
		t.Fatalf("GIVE block = %+v", give)
	}
	byCode := map[string]verbPattern{}
	for _, p := range give.patterns {
		byCode[p.code.String()] = p
	}
	p := byCode["071"]
	if len(p.post) != 3 || p.post[1].alts[0][0] != "to" || p.post[2].kind != elemTarget || !slices.Equal(p.origin, []string{"give"}) {
		t.Errorf("* &MONEY (TO +) = %+v", p)
	}
	if p := byCode["073"]; len(p.post) != 2 || p.post[0].adj || !p.post[1].adj {
		t.Errorf("{HUMANITARIAN AID}: the second word must be joined to the first: %+v", p.post)
	}
	if p := byCode["061"]; len(p.post) != 2 || p.post[1].kind != elemTarget {
		t.Errorf("(WITH) gives its object as the target: %+v", p.post)
	}
	if p := byCode["074"]; len(p.pre) != 2 || p.pre[0].kind != elemSource {
		t.Errorf("$ TROOP *: %+v", p.pre)
	}
	if p := byCode[""]; !p.preVerb || p.code.null() == false {
		t.Errorf("NOT_* [---]: the word before the verb is joined to it, the code is null: %+v", p)
	}
	if p := byCode["041:041"]; p.code.fwd != "041" || p.code.rev != "041" {
		t.Errorf("[041:041] = %+v", p.code)
	}
	if loan := vd.blocks[1].patterns[0]; loan.code.fwd != "" || loan.code.rev != "071" {
		t.Errorf("[:071] = %+v", loan.code)
	}
	// the table round trip keeps everything
	var buf bytes.Buffer
	if err := vd.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadVerbTable(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.blocks, vd.blocks) || !reflect.DeepEqual(back.verbs, vd.verbs) || !reflect.DeepEqual(back.irregular, vd.irregular) {
		t.Error("table round trip differs")
	}
}

func TestParseVerbDictErrors(t *testing.T) {
	for _, in := range []string{
		"--- GIVE [070] ---\nGIVE {GAVE\n", // unclosed forms
		"--- [070] ---\n",                  // block without a name
		"P\tx\n",                           // a table line is no dictionary line: a verb "P" with a tab is fine, so check the table reader below
	}[:2] {
		if _, err := ParseVerbDict(strings.NewReader(in)); err == nil {
			t.Errorf("ParseVerbDict(%q): no error", in)
		}
	}
	for _, in := range []string{"P\t\t\t010\t1\n", "B\tX\t010\nP\t&NONE\t\t010\t1\t\n", "Z\tx\n", "B\tX\nV\ta\n"} {
		if _, err := ReadVerbTable(strings.NewReader(in)); err == nil {
			t.Errorf("ReadVerbTable(%q): no error", in)
		}
	}
}

// The coder with a user dictionary uses its codes as they are, reversed codes included.
func TestCoderUserDictionary(t *testing.T) {
	vd, err := ParseVerbDict(strings.NewReader(testDict))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCoder(CoderOptions{Verbs: vd})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Japan gave dollars to Kenya.", "JPN>KEN:071"},
		{"Japan gave humanitarian aid to Kenya.", "JPN>KEN:073"},
		{"Kenya received a loan from Japan.", "JPN>KEN:071"},
		{"Japan handed over the suspects to Kenya.", "JPN>KEN:063"},
		{"Japan did not give anything to Kenya.", ""},
	}
	for _, tt := range tests {
		d, ms := analyze(t, tt.text)
		var got []string
		for _, e := range c.Extract(d, ms) {
			got = append(got, e.Source+">"+e.Target+":"+e.Code)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %v, want %q", tt.text, got, tt.want)
		}
	}
}

// The readers never panic; what ParseVerbDict accepts, the table round trip keeps.
func FuzzParseVerbDict(f *testing.F) {
	f.Add(testDict)
	f.Add("--- X [---] ---\nX\n- * (A {B C}) $ + ^ % [01:02]\n")
	f.Add("&S_\n+A_B\n+&S\n- *_A &S [1]\n")
	f.Fuzz(func(t *testing.T, s string) {
		vd, err := ParseVerbDict(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := vd.WriteTable(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadVerbTable(&buf); err != nil {
			t.Fatalf("table of an accepted dictionary does not read back: %v", err)
		}
	})
}

func FuzzReadVerbTable(f *testing.F) {
	f.Add("S\t&A\ta|b_c\nI\tgave\tgive\nB\tX\t010:011\nV\tgive\t\tover\t!\nP\t$ ~a\t&A +\t:071\t3\tgive\n")
	f.Fuzz(func(t *testing.T, s string) {
		ReadVerbTable(strings.NewReader(s))
	})
}
