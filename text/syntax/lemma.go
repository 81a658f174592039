package syntax

import (
	"cmp"
	"slices"
	"strings"
)

// lemmas maps an inflected form and its tag class to a lemma. Forms seen in training (with their
// gold lemmas) and the irregular verbs of English are looked up; other forms are cut by the
// regular rules of English inflection (-s, -es, -ies, -ed, -ied, -ing, with a final e restored or
// a doubled consonant undone), and of the candidates the first that is a known word (a lemma
// seen in training or a word of the cluster vocabulary) wins.
type lemmas struct {
	known map[string]string // class byte + lower-case form → lemma
	vocab map[string]bool   // known words: training lemmas and cluster words, lower case
}

// tagClass is the lemma class of a Penn Treebank tag: V for verbs and modals, N for common
// nouns, J for adjectives, R for adverbs, and 0 for the rest (whose lemma is the lower-cased form).
func tagClass(tag string) byte {
	switch {
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return 'V'
	case tag == "NN" || tag == "NNS":
		return 'N'
	case strings.HasPrefix(tag, "JJ"):
		return 'J'
	case strings.HasPrefix(tag, "RB"):
		return 'R'
	}
	return 0
}

// Lemma returns the lemma of a word with Penn Treebank tag tag, lower-cased ("attacked" →
// "attack", "met" → "meet", "was" → "be", "talks" → "talk"); proper nouns keep their case.
func (m *Model) Lemma(word, tag string) string {
	if tag == "NNP" || tag == "NNPS" {
		return word
	}
	w := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	c := tagClass(tag)
	if c == 0 {
		return w
	}
	if c == 'V' {
		if l, ok := irregularVerbs[w]; ok {
			return l
		}
	}
	if m.lem == nil {
		return regularLemma(w, c, nil)
	}
	if v, ok := m.lem.known[string(c)+w]; ok {
		return v
	}
	return regularLemma(w, c, m.lem.vocab)
}

// regularLemma undoes a regular inflection of w (class V or N; J and R are returned as they are,
// as are words without an inflectional ending).
func regularLemma(w string, c byte, vocab map[string]bool) string {
	if c != 'V' && c != 'N' {
		return w
	}
	var cands [4]string
	k := 0
	add := func(s string) {
		if len(s) >= 2 {
			cands[k] = s
			k++
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "es") && len(w) > 3:
		stem := w[:len(w)-2]
		if hasAnySuffix(stem, "s", "x", "z", "ch", "sh", "o") {
			add(stem)
			add(w[:len(w)-1])
		} else {
			add(w[:len(w)-1])
			add(stem)
		}
	case strings.HasSuffix(w, "s") && !hasAnySuffix(w, "ss", "us", "is") && len(w) > 3:
		add(w[:len(w)-1])
	case c == 'V' && strings.HasSuffix(w, "ied") && len(w) > 4:
		add(w[:len(w)-3] + "y")
	case c == 'V' && strings.HasSuffix(w, "ed") && len(w) > 3:
		verbStems(w[:len(w)-2], add)
	case c == 'V' && strings.HasSuffix(w, "ing") && len(w) > 4:
		verbStems(w[:len(w)-3], add)
	}
	if k == 0 {
		return w
	}
	for _, s := range cands[:k] {
		if vocab[s] {
			return s
		}
	}
	return cands[0]
}

// verbStems adds the candidate lemmas of a verb stem (the form without -ed or -ing), most likely
// first: the stem with a doubled final consonant undone (stopped), with a final e restored
// (hoped, caused, changed), or as it is (attacked).
func verbStems(stem string, add func(string)) {
	n := len(stem)
	doubled := n >= 3 && stem[n-1] == stem[n-2] && isConsonant(stem[n-1]) && !strings.ContainsRune("lsfz", rune(stem[n-1]))
	if doubled {
		add(stem[:n-1])
		add(stem)
		return
	}
	if n >= 4 && strings.HasSuffix(stem, "ll") && syllables(stem) >= 2 && (stem[n-3] == 'e' || stem[n-3] == 'o') && isConsonant(stem[n-4]) {
		add(stem[:n-1]) // expelled, controlled
		add(stem)
		return
	}
	if wantsE(stem) {
		add(stem + "e")
		add(stem)
		return
	}
	add(stem)
	add(stem + "e")
}

// wantsE reports whether a verb stem most likely lost a final e: one syllable ending in a single
// vowel and a single consonant (hop → hope: a stem hop would have doubled its p), or an ending
// that English words rarely end in without e (-v, -c, -dg, -g after n or r, a vowel and s or z,
// -at after a consonant, -ur, -ir).
func wantsE(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	last := s[n-1]
	if syllables(s) == 1 && n >= 3 && isConsonant(last) && !strings.ContainsRune("wxy", rune(last)) && !isConsonant(s[n-2]) && isConsonant(s[n-3]) {
		return true
	}
	switch {
	case last == 'v', last == 'c', strings.HasSuffix(s, "dg"),
		strings.HasSuffix(s, "ng") && n >= 4 && !strings.HasSuffix(s, "ing"), strings.HasSuffix(s, "rg"),
		(last == 's' || last == 'z') && !isConsonant(s[n-2]),
		strings.HasSuffix(s, "at") && n >= 3 && isConsonant(s[n-3]),
		strings.HasSuffix(s, "ur"), strings.HasSuffix(s, "ir"):
		return true
	}
	return false
}

func isConsonant(b byte) bool {
	return b >= 'a' && b <= 'z' && !strings.ContainsRune("aeiou", rune(b))
}

// syllables counts the groups of vowels (y counts after a consonant).
func syllables(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := strings.ContainsRune("aeiou", rune(s[i])) || s[i] == 'y' && i > 0 && isConsonant(s[i-1])
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

func hasAnySuffix(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// trainLemmas learns the known forms from the examples' gold lemmas (for each form and tag class
// its most frequent lemma, when it differs from what the rules give) and the vocabulary from
// their lemmas and the cluster words.
func trainLemmas(exs []Example, cl clusters) *lemmas {
	type formKey struct {
		key, lemma string
	}
	formCount := map[formKey]int{}
	vocab := map[string]bool{}
	for w := range cl {
		vocab[strings.ToLower(w)] = true
	}
	for _, ex := range exs {
		for i, tk := range ex.Tokens {
			if i >= len(ex.Lemma) || ex.Lemma[i] == "" {
				continue
			}
			c := tagClass(tk.Tag)
			if c == 0 {
				continue
			}
			w := strings.ToLower(strings.ReplaceAll(ex.Text[tk.Start:tk.End], "’", "'"))
			lem := strings.ToLower(ex.Lemma[i])
			vocab[lem] = true
			formCount[formKey{string(c) + w, lem}]++
		}
	}
	l := &lemmas{known: map[string]string{}, vocab: vocab}
	fks := make([]formKey, 0, len(formCount))
	for fk := range formCount {
		fks = append(fks, fk)
	}
	slices.SortFunc(fks, func(a, b formKey) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.lemma, b.lemma)) })
	best := map[string]int{}
	for _, fk := range fks {
		if n := formCount[fk]; n > best[fk.key] {
			best[fk.key] = n
			l.known[fk.key] = fk.lemma
		}
	}
	// Keep only what the rules and the irregular table do not already give.
	for k, lem := range l.known {
		c, w := k[0], k[1:]
		if c == 'V' {
			if irr, ok := irregularVerbs[w]; ok && irr == lem {
				delete(l.known, k)
				continue
			}
		}
		if lem == w && (c == 'J' || c == 'R') || regularLemma(w, c, vocab) == lem {
			delete(l.known, k)
		}
	}
	return l
}

// irregularVerbs maps the irregular past tenses and participles (and a few other forms) of
// English verbs to their lemma.
var irregularVerbs = map[string]string{
	"is": "be", "are": "be", "am": "be", "was": "be", "were": "be", "been": "be", "being": "be",
	"'s": "be", "'re": "be", "'m": "be", "has": "have", "had": "have", "'ve": "have", "having": "have",
	"does": "do", "did": "do", "done": "do", "doing": "do", "goes": "go", "went": "go", "gone": "go",
	"said": "say", "says": "say", "made": "make", "took": "take", "taken": "take", "gave": "give",
	"given": "give", "came": "come", "became": "become", "got": "get", "gotten": "get",
	"saw": "see", "seen": "see", "knew": "know", "known": "know", "thought": "think",
	"told": "tell", "found": "find", "left": "leave", "felt": "feel", "brought": "bring",
	"began": "begin", "begun": "begin", "kept": "keep", "held": "hold", "stood": "stand",
	"understood": "understand", "heard": "hear", "let": "let", "meant": "mean", "set": "set",
	"met": "meet", "ran": "run", "paid": "pay", "sat": "sit", "spoke": "speak", "spoken": "speak",
	"led": "lead", "grew": "grow", "grown": "grow", "lost": "lose", "fell": "fall", "fallen": "fall",
	"sent": "send", "built": "build", "spent": "spend", "won": "win", "fought": "fight",
	"sought": "seek", "bought": "buy", "sold": "sell", "caught": "catch", "taught": "teach",
	"drew": "draw", "drawn": "draw", "withdrew": "withdraw", "withdrawn": "withdraw",
	"threw": "throw", "thrown": "throw", "overthrew": "overthrow", "overthrown": "overthrow",
	"flew": "fly", "flown": "fly", "fled": "flee", "struck": "strike", "stricken": "strike",
	"shot": "shoot", "hit": "hit", "cut": "cut", "put": "put", "hurt": "hurt", "cost": "cost",
	"spread": "spread", "shut": "shut", "quit": "quit", "split": "split", "burst": "burst",
	"cast": "cast", "broadcast": "broadcast", "forecast": "forecast", "upset": "upset",
	"wrote": "write", "written": "write", "broke": "break", "broken": "break", "chose": "choose",
	"chosen": "choose", "froze": "freeze", "frozen": "freeze", "stole": "steal", "stolen": "steal",
	"drove": "drive", "driven": "drive", "rode": "ride", "ridden": "ride", "rose": "rise",
	"risen": "rise", "arose": "arise", "arisen": "arise", "ate": "eat", "eaten": "eat",
	"beat": "beat", "beaten": "beat", "bit": "bite", "bitten": "bite", "hid": "hide",
	"hidden": "hide", "forgot": "forget", "forgotten": "forget", "forgave": "forgive",
	"forgiven": "forgive", "forbade": "forbid", "forbidden": "forbid", "showed": "show",
	"shown": "show", "swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear",
	"wore": "wear", "worn": "wear", "bore": "bear", "borne": "bear", "born": "bear",
	"shook": "shake", "shaken": "shake", "woke": "wake", "woken": "wake", "mistook": "mistake",
	"mistaken": "mistake", "undertook": "undertake", "undertaken": "undertake",
	"overtook": "overtake", "overtaken": "overtake", "oversaw": "oversee", "overseen": "oversee",
	"foresaw": "foresee", "foreseen": "foresee", "withheld": "withhold", "upheld": "uphold",
	"misled": "mislead", "overran": "overrun", "overcame": "overcome", "overcome": "overcome",
	"dealt": "deal", "slept": "sleep", "swept": "sweep", "wept": "weep", "crept": "creep",
	"lent": "lend", "bent": "bend", "fed": "feed", "bred": "breed", "bled": "bleed", "sped": "speed",
	"lit": "light", "slid": "slide", "dug": "dig", "stuck": "stick", "hung": "hang", "swung": "swing",
	"clung": "cling", "flung": "fling", "stung": "sting", "sang": "sing", "sung": "sing",
	"rang": "ring", "rung": "ring", "sank": "sink", "sunk": "sink", "drank": "drink", "drunk": "drink",
	"swam": "swim", "swum": "swim", "shrank": "shrink", "shrunk": "shrink", "sprang": "spring",
	"sprung": "spring", "strove": "strive", "striven": "strive", "strode": "stride",
	"bound": "bind", "wound": "wind", "ground": "grind", "laid": "lay", "lain": "lie",
	"lying": "lie", "dying": "die", "tying": "tie", "proven": "prove",
	"wo": "will", "ca": "can", "'ll": "will", "'d": "would", "bet": "bet",
	"rid": "rid", "shed": "shed", "thrust": "thrust", "wed": "wed", "knelt": "kneel",
	"leapt": "leap", "dreamt": "dream", "learnt": "learn", "burnt": "burn", "spelt": "spell",
	"spilt": "spill", "spoilt": "spoil", "dwelt": "dwell", "smelt": "smell", "spat": "spit",
	"outran": "outrun", "outgrew": "outgrow", "rebuilt": "rebuild", "retook": "retake",
	"retaken": "retake", "reran": "rerun", "rewrote": "rewrite", "rewritten": "rewrite",
	"undid": "undo", "undone": "undo", "underwent": "undergo", "undergone": "undergo",
	"withstood": "withstand", "befell": "befall", "beset": "beset", "besought": "beseech",
	"forsook": "forsake", "forsaken": "forsake", "partook": "partake", "inlaid": "inlay",
	"mislaid": "mislay", "overheard": "overhear", "overpaid": "overpay", "overshot": "overshoot",
	"oversold": "oversell", "overslept": "oversleep", "sewn": "sew",
	"sown": "sow", "mown": "mow", "hewn": "hew", "swollen": "swell", "stank": "stink",
	"stunk": "stink", "slung": "sling", "spun": "spin", "wrung": "wring", "strung": "string",
	"sneaked": "sneak", "snuck": "sneak", "fit": "fit", "shone": "shine",
}
