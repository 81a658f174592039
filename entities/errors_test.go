package entities_test

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/internal/bench"
	"github.com/geopol/geopol/pipeline"
)

// TestGoldErrors is an analysis tool, not a check: it runs the full pipeline (as `geopol eval` does)
// over a gold file and prints the most frequent false negatives and false positives under overlap
// matching, by type and surface form, with a context each, and the type confusions. It is skipped
// unless GEOPOL_ERRORS names the gold file (relative to this directory or absolute), e.g.
//
//	GEOPOL_ERRORS=../../shared/data/gold/re3d_dev.jsonl GEOPOL_MAP=GPE=LOC \
//	GEOPOL_TYPES=PERSON,ORG,LOC,NORP go test -run TestGoldErrors -v ./entities/
//
// GEOPOL_MAP is a comma-separated list of FROM=TO renames (as eval --map), GEOPOL_TYPES the types
// kept after renaming, GEOPOL_TOP the number of rows per list (default 40), GEOPOL_COREF the Chain
// options to turn on ("pronouns,descriptions").
func TestGoldErrors(t *testing.T) {
	path := os.Getenv("GEOPOL_ERRORS")
	if path == "" {
		t.Skip("set GEOPOL_ERRORS=GOLD.jsonl to print the errors of the pipeline on a gold file")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold file: %v", err)
	}
	gold, err := eval.ReadDocs(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	models, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := models.Recognizer.(*entities.Chain); ok {
		opts := os.Getenv("GEOPOL_COREF")
		c.Pronouns = strings.Contains(opts, "pronouns")
		c.Descriptions = strings.Contains(opts, "descriptions")
	}
	pred, err := bench.ExtractGold(context.Background(), models, gold, 2)
	if err != nil {
		t.Fatal(err)
	}
	mapping := map[string]string{}
	for _, kv := range strings.Split(os.Getenv("GEOPOL_MAP"), ",") {
		if from, to, ok := strings.Cut(kv, "="); ok {
			mapping[from] = to
		}
	}
	keep := map[string]bool{}
	for _, ty := range strings.Split(os.Getenv("GEOPOL_TYPES"), ",") {
		if ty != "" {
			keep[ty] = true
		}
	}
	top := 40
	if n, err := fmt.Sscan(os.Getenv("GEOPOL_TOP"), &top); n != 1 || err != nil {
		top = 40
	}
	apply := func(ss []entities.Mention) []entities.Mention {
		var out []entities.Mention
		for _, s := range ss {
			if to, ok := mapping[s.Type]; ok {
				s.Type = to
			}
			if len(keep) > 0 && !keep[s.Type] {
				continue
			}
			out = append(out, s)
		}
		return out
	}
	byID := map[string]entities.MentionDoc{}
	for _, p := range pred {
		byID[p.ID] = p
	}
	type row struct {
		n   int
		ctx []string
	}
	fns, fps, mistyped := map[string]*row{}, map[string]*row{}, map[string]*row{}
	add := func(m map[string]*row, key, txt string, s, e int) {
		r := m[key]
		if r == nil {
			r = &row{}
			m[key] = r
		}
		r.n++
		if len(r.ctx) < 2 {
			a, b := max(0, s-40), min(len(txt), e+40)
			for a > 0 && a < len(txt) && txt[a]&0xC0 == 0x80 {
				a--
			}
			for b < len(txt) && txt[b]&0xC0 == 0x80 {
				b++
			}
			r.ctx = append(r.ctx, strings.ReplaceAll(txt[a:s]+"[["+txt[s:e]+"]]"+txt[e:b], "\n", " "))
		}
	}
	tp, fp, fn := 0, 0, 0
	for _, g := range gold {
		gs, ps := apply(g.Entities), apply(byID[g.ID].Entities)
		gp, pp := pairOverlap(gs, ps)
		for _, x := range gp {
			if x >= 0 {
				tp++
			} else {
				fn++
			}
		}
		for _, x := range pp {
			if x < 0 {
				fp++
			}
		}
		for gi, s := range gs {
			if gp[gi] >= 0 {
				continue
			}
			add(fns, s.Type+"\t"+g.Text[s.Start:s.End], g.Text, s.Start, s.End)
			for _, p := range ps { // an overlapping prediction of another type
				if p.Start < s.End && s.Start < p.End && p.Type != s.Type {
					add(mistyped, s.Type+"→"+p.Type+"\t"+g.Text[s.Start:s.End], g.Text, s.Start, s.End)
					break
				}
			}
		}
		for pi, p := range ps {
			if pp[pi] < 0 {
				add(fps, p.Type+"\t"+g.Text[p.Start:p.End], g.Text, p.Start, p.End)
			}
		}
	}
	p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
	t.Logf("overlap micro: tp %d fp %d fn %d  P %.4f R %.4f F1 %.4f", tp, fp, fn, p, r, 2*p*r/max(1e-9, p+r))
	for _, l := range []struct {
		name string
		m    map[string]*row
	}{{"false negatives", fns}, {"false positives", fps}, {"type confusions (gold→pred)", mistyped}} {
		keys := make([]string, 0, len(l.m))
		total := 0
		for k, r := range l.m {
			keys = append(keys, k)
			total += r.n
		}
		sort.Slice(keys, func(a, b int) bool {
			if l.m[keys[a]].n != l.m[keys[b]].n {
				return l.m[keys[a]].n > l.m[keys[b]].n
			}
			return keys[a] < keys[b]
		})
		t.Logf("== %s: %d (%d distinct)", l.name, total, len(keys))
		for i, k := range keys {
			if i == top {
				break
			}
			r := l.m[k]
			t.Logf("%4d  %-40s  %s", r.n, k, r.ctx[0])
		}
	}
}

// pairOverlap pairs gold and predicted spans of the same type one to one, largest overlap first, as
// eval does; it returns for each gold and each prediction the index of its partner or -1.
func pairOverlap(gs, ps []entities.Mention) ([]int, []int) {
	type cand struct{ gi, pi, ov int }
	var cands []cand
	for gi, g := range gs {
		for pi, p := range ps {
			if ov := min(g.End, p.End) - max(g.Start, p.Start); p.Type == g.Type && ov > 0 {
				cands = append(cands, cand{gi, pi, ov})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if n := cmp.Compare(b.ov, a.ov); n != 0 {
			return n
		}
		if n := cmp.Compare(a.gi, b.gi); n != 0 {
			return n
		}
		return cmp.Compare(a.pi, b.pi)
	})
	gp, pp := make([]int, len(gs)), make([]int, len(ps))
	for i := range gp {
		gp[i] = -1
	}
	for i := range pp {
		pp[i] = -1
	}
	for _, c := range cands {
		if gp[c.gi] >= 0 || pp[c.pi] >= 0 {
			continue
		}
		gp[c.gi], pp[c.pi] = c.pi, c.gi
	}
	return gp, pp
}
