package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// UDSentence is one sentence of a CoNLL-U treebank: its text (the "# text =" comment) and its
// syntactic words.
type UDSentence struct {
	ID    string // the "# sent_id =" comment
	Text  string
	Words []UDWord
	Line  int // line of the first word in the file (1-based)
}

// UDWord is one syntactic word of a CoNLL-U sentence. Words of a multiword token ("don't" →
// "do", "n't") carry the token's surface and its byte range in the sentence text. Start and End
// are the word's byte offsets in UDSentence.Text, set by the reader when the forms can be found
// in the text (the parts of a multiword token whose forms spell its surface get their own
// ranges; otherwise each part gets the whole token's range).
type UDWord struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int    // 1-based index of the head word, 0 for the root
	Rel                     string // the UD relation as written ("nsubj:pass")
	Start, End              int
}

// ReadCoNLLU reads a CoNLL-U file. Empty nodes (ids like 8.1) are skipped. Every sentence must
// have a "# text" comment that its word and multiword-token forms can be found in, in order;
// an error names the line that breaks the format.
func ReadCoNLLU(r io.Reader) ([]UDSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []UDSentence
	var cur UDSentence
	var mwt []mwtRange
	line := 0
	flush := func() error {
		if len(cur.Words) == 0 {
			cur = UDSentence{}
			mwt = mwt[:0]
			return nil
		}
		if err := locateWords(&cur, mwt); err != nil {
			return fmt.Errorf("syntax: conllu sentence at line %d (%s): %w", cur.Line, cur.ID, err)
		}
		out = append(out, cur)
		cur = UDSentence{}
		mwt = mwt[:0]
		return nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			if err := flush(); err != nil {
				return out, err
			}
			continue
		case strings.HasPrefix(l, "#"):
			if v, ok := comment(l, "text"); ok {
				cur.Text = v
			} else if v, ok := comment(l, "sent_id"); ok {
				cur.ID = v
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("syntax: conllu line %d: %d fields, want 10", line, len(f))
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node of the enhanced graph
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || lo > hi {
				return out, fmt.Errorf("syntax: conllu line %d: bad multiword id %q", line, id)
			}
			mwt = append(mwt, mwtRange{lo, hi, f[1]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return out, fmt.Errorf("syntax: conllu line %d: word id %q out of sequence", line, id)
		}
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return out, fmt.Errorf("syntax: conllu line %d: bad head %q", line, f[6])
		}
		if len(cur.Words) == 0 {
			cur.Line = line
		}
		cur.Words = append(cur.Words, UDWord{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: h, Rel: f[7]})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("syntax: conllu: %w", err)
	}
	if err := flush(); err != nil {
		return out, err
	}
	return out, nil
}

// mwtRange is a multiword token: words lo..hi (1-based) written as surface.
type mwtRange struct {
	lo, hi  int
	surface string
}

// comment returns the value of a "# key = value" comment line.
func comment(l, key string) (string, bool) {
	rest := strings.TrimLeft(l[1:], " ")
	rest, ok := strings.CutPrefix(rest, key)
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, " ")
	rest, ok = strings.CutPrefix(rest, "=")
	if !ok {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// locateWords sets the Start and End of every word of s by finding the forms (or the
// multiword-token surfaces) in s.Text in order, skipping white space, and checks the heads.
func locateWords(s *UDSentence, mwt []mwtRange) error {
	if s.Text == "" {
		return fmt.Errorf("no # text comment")
	}
	for i, w := range s.Words {
		if w.Head > len(s.Words) || w.Head == i+1 {
			return fmt.Errorf("word %d: head %d out of range", i+1, w.Head)
		}
	}
	pos := 0
	k := 0 // next multiword token
	for i := 0; i < len(s.Words); {
		if k < len(mwt) && mwt[k].lo == i+1 {
			m := mwt[k]
			k++
			if m.hi > len(s.Words) {
				return fmt.Errorf("multiword token %d-%d beyond the words", m.lo, m.hi)
			}
			start, end, ok := find(s.Text, pos, m.surface)
			if !ok {
				return fmt.Errorf("token %q not found in the text after byte %d", m.surface, pos)
			}
			parts := s.Words[m.lo-1 : m.hi]
			concat := ""
			for _, p := range parts {
				concat += p.Form
			}
			p0 := start
			for j := range parts {
				if concat == s.Text[start:end] {
					parts[j].Start, parts[j].End = p0, p0+len(parts[j].Form)
					p0 += len(parts[j].Form)
				} else {
					parts[j].Start, parts[j].End = start, end
				}
			}
			pos = end
			i = m.hi
			continue
		}
		start, end, ok := find(s.Text, pos, s.Words[i].Form)
		if !ok {
			return fmt.Errorf("word %q not found in the text after byte %d", s.Words[i].Form, pos)
		}
		s.Words[i].Start, s.Words[i].End = start, end
		pos = end
		i++
	}
	return nil
}

// find returns the range of form in t at or after pos, allowing only white space before it.
func find(t string, pos int, form string) (int, int, bool) {
	for pos < len(t) {
		r, n := utf8.DecodeRuneInString(t[pos:])
		if !unicode.IsSpace(r) {
			break
		}
		pos += n
	}
	if strings.HasPrefix(t[pos:], form) {
		return pos, pos + len(form), true
	}
	return 0, 0, false
}

// ReadClusters reads word clusters from tab-separated lines whose first two fields are a word
// and its path, a string of at most 32 0s and 1s (as Brown clustering writes them; further
// fields are ignored). Lines without a path are skipped; a malformed path is an error that
// names its line.
func ReadClusters(r io.Reader) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 2 || fs[1] == "" {
			continue
		}
		if _, ok := parseClusterPath(fs[1]); !ok {
			return nil, fmt.Errorf("syntax: clusters line %d: path %q is not a string of at most 32 bits", line, fs[1])
		}
		out[fs[0]] = fs[1]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("syntax: clusters: %w", err)
	}
	return out, nil
}
