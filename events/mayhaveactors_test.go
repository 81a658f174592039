package events

import (
	"io/fs"
	"path"
	"testing"

	"github.com/geopol/geopol/corpus"
)

// eachSampleText calls f with the name and text of every text file of the embedded sample corpus.
func eachSampleText(t testing.TB, f func(name, text string)) {
	t.Helper()
	fsys := corpus.Sample()
	err := fs.WalkDir(fsys, ".", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || path.Ext(p) != ".txt" {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		f(p, string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMayHaveTwoActorsBound checks that mayHaveTwoActors, which reads no tag, never rules out a
// sentence of the sample corpus to which findActors and ground leave two actors, with and
// without generic agents, and that it does rule some out among the sentences with mentions.
func TestMayHaveTwoActorsBound(t *testing.T) {
	for _, agents := range []bool{false, true} {
		c, err := NewCoder(CoderOptions{Agents: agents})
		if err != nil {
			t.Fatal(err)
		}
		two, ruledOut, fewer := 0, 0, 0
		eachSampleText(t, func(p, txt string) {
			d, ms := analyze(t, txt)
			in := newMentionIndex(ms)
			var buf viewBuffers
			for si, s := range d.Sentences {
				sm := in.in(s)
				if !validSentence(d, s) || len(sm) == 0 {
					continue
				}
				may := mayHaveTwoActors(d, s, sm, c.known, agents)
				d.TagSentence(si)
				v := buf.viewIrreg(d, s, c.known, c.verbs.irregular)
				v.findActors(sm)
				c.ground(v)
				n := countActors(v.groups)
				switch {
				case n >= 2 && !may:
					t.Errorf("agents %v: %s: ruled out, but %d actors: %q", agents, p, n, d.Text[s.Start:s.End])
				case n >= 2:
					two++
				case !may:
					ruledOut++
				default:
					fewer++
				}
			}
		})
		t.Logf("agents %v: %d sentences with two actors, %d ruled out, %d with fewer not ruled out", agents, two, ruledOut, fewer)
		if two == 0 || ruledOut == 0 {
			t.Errorf("agents %v: %d sentences with two actors, %d ruled out: nothing compared", agents, two, ruledOut)
		}
	}
}
