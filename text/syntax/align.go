package syntax

import (
	"fmt"
	"unicode"

	"github.com/geopol/geopol/text"
)

// Example is a sentence tokenized and tagged the way geopol does (package text), with a gold tree
// over those tokens: the input and the target of training and evaluation.
type Example struct {
	ID     string
	Text   string
	Tokens []text.Token // byte offsets into Text; Tag is geopol's predicted Penn Treebank tag
	Head   []int        // gold head of each token (index into Tokens), -1 for the root
	Label  []Label      // gold relation of each token to its head
	Lemma  []string     // gold lemma of each token's highest word ("" for a piece of a split word)
}

// AlignStats counts how the tokens of aligned sentences relate to the treebank's words.
type AlignStats struct {
	Tokens      int // tokens of the aligned sentences
	Merged      int // tokens that hold more than one treebank word ("15-year" = 15 - year)
	Split       int // tokens that start inside a treebank word (geopol split it)
	Cyclic      int // sentences refused because merging words made a cycle
	MultiRooted int // sentences refused because merging left more than one root
}

// Align re-tokenizes a treebank sentence with geopol's tokenizer (the tokens of text.Segment over
// the sentence text, tagged as one sequence by a, whatever sentence split Segment finds) and projects the gold tree onto those tokens:
//
//   - a word belongs to the token that contains its first byte;
//   - a token holding several words (geopol keeps "15-year", "e-mail" or "U.S.-led" whole where
//     UD splits at hyphens) takes the head and relation of its highest word, the one whose head
//     lies outside the token (the one nearest the root if several do);
//   - a token holding no word's first byte (geopol split a word) is attached to the token of that
//     word as punct if it is punctuation, goeswith otherwise.
//
// Multiword tokens of the treebank ("don't" = do n't, "BBC's" = BBC 's) split as geopol splits
// them in the common cases. A sentence whose projection would not be a tree is refused with an
// error; st, when not nil, counts what the alignment did.
func Align(a *text.Analyzer, s UDSentence, st *AlignStats) (Example, error) {
	ex := Example{ID: s.ID, Text: s.Text}
	toks := text.Segment(s.Text, nil).Tokens // all tokens; the sentence split is ignored
	if len(toks) == 0 {
		return ex, fmt.Errorf("syntax: align %s: no tokens", s.ID)
	}
	d := &text.Doc{Text: s.Text, Tokens: toks, Sentences: []text.Sentence{{Start: 0, End: len(s.Text), First: 0, Last: len(toks)}}}
	a.TagDoc(d)
	ex.Tokens = d.Tokens

	// tokOf[w]: the token holding the first byte of word w.
	tokOf := make([]int, len(s.Words))
	t := 0
	for i, w := range s.Words {
		for t < len(toks)-1 && toks[t].End <= w.Start {
			t++
		}
		if toks[t].Start > w.Start && t > 0 && toks[t-1].End > w.Start {
			t--
		}
		tokOf[i] = t
	}
	// depth of every word, to pick the highest word of a token.
	depth := make([]int, len(s.Words))
	for i := range s.Words {
		n, j := 0, i
		for s.Words[j].Head != 0 && n <= len(s.Words) {
			j = s.Words[j].Head - 1
			n++
		}
		depth[i] = n
	}
	ex.Head = make([]int, len(toks))
	ex.Label = make([]Label, len(toks))
	ex.Lemma = make([]string, len(toks))
	best := make([]int, len(toks))
	words := make([]int, len(toks))
	for i := range best {
		best[i] = -1
	}
	for i, w := range s.Words {
		tk := tokOf[i]
		words[tk]++
		if w.Head != 0 && tokOf[w.Head-1] == tk {
			continue // the head is inside the same token
		}
		if best[tk] < 0 || depth[i] < depth[best[tk]] {
			best[tk] = i
		}
	}
	roots := 0
	for tk := range toks {
		if st != nil {
			st.Tokens++
			if words[tk] > 1 {
				st.Merged++
			}
		}
		if words[tk] == 0 {
			// geopol split a word: attach the piece to the token that holds the word's start.
			host := tk - 1
			for host > 0 && words[host] == 0 {
				host--
			}
			if host < 0 {
				host = tk + 1
				for host < len(toks)-1 && words[host] == 0 {
					host++
				}
			}
			ex.Head[tk] = host
			ex.Label[tk] = Goeswith
			if isPunctText(s.Text[toks[tk].Start:toks[tk].End]) {
				ex.Label[tk] = Punct
			}
			if st != nil {
				st.Split++
			}
			continue
		}
		w := best[tk]
		if w < 0 {
			return ex, fmt.Errorf("syntax: align %s: token %d has no head word", s.ID, tk)
		}
		l, _ := ParseLabel(s.Words[w].Rel)
		ex.Label[tk] = l
		if words[tk] == 1 {
			ex.Lemma[tk] = s.Words[w].Lemma
		}
		if s.Words[w].Head == 0 {
			ex.Head[tk] = -1
			ex.Label[tk] = Root
			roots++
		} else {
			ex.Head[tk] = tokOf[s.Words[w].Head-1]
		}
	}
	if roots != 1 {
		if st != nil {
			st.MultiRooted++
		}
		return ex, fmt.Errorf("syntax: align %s: %d roots after merging words into tokens", s.ID, roots)
	}
	if hasCycle(ex.Head) {
		if st != nil {
			st.Cyclic++
		}
		return ex, fmt.Errorf("syntax: align %s: merging words into tokens made a cycle", s.ID)
	}
	return ex, nil
}

// isPunctText reports whether s is made only of punctuation and symbols.
func isPunctText(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return s != ""
}

// hasCycle reports whether following heads from some token never reaches the root (-1).
func hasCycle(head []int) bool {
	state := make([]uint8, len(head)) // 0 unseen, 1 on the current path, 2 reaches the root
	for i := range head {
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			j = head[j]
		}
		if j >= 0 && state[j] == 1 {
			return true
		}
		for k := i; k >= 0 && state[k] == 1; k = head[k] {
			state[k] = 2
		}
	}
	return false
}
