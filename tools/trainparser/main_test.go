package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/text/syntax"
)

const tiny = `# sent_id = 1
# text = Iran attacked Iraq.
1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	Iraq	Iraq	PROPN	NNP	_	2	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = 2
# text = Turkey didn't fire at Syria.
1	Turkey	Turkey	PROPN	NNP	_	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	fire	fire	VERB	VB	_	0	root	_	_
5	at	at	ADP	IN	_	6	case	_	_
6	Syria	Syria	PROPN	NNP	_	4	obl	_	_
7	.	.	PUNCT	.	_	4	punct	_	_

`

// TestRun trains on a tiny treebank, writes the model, evaluates it and reads it back.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	treebank := filepath.Join(dir, "tiny.conllu")
	clusters := filepath.Join(dir, "clusters.tsv")
	out := filepath.Join(dir, "model.bin.gz")
	if err := os.WriteFile(treebank, []byte(tiny), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(clusters, []byte("Iran\t0101\nIraq\t0100\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	o := options{train: files{treebank}, eval: files{treebank}, out: out, clusters: clusters, epochs: 2}
	if err := run(o, &stdout); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	if !strings.Contains(stdout.String(), "held out: 2 sentences") {
		t.Errorf("no evaluation in the output:\n%s", stdout.String())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := syntax.ReadModel(zr)
	if err != nil {
		t.Fatal(err)
	}
	if tr := m.Parse([]string{"Iran", "attacked", "Iraq", "."}, []string{"NNP", "VBD", "NNP", "."}); tr.Len() != 4 {
		t.Errorf("tree of %d tokens", tr.Len())
	}
	if err := run(options{train: files{filepath.Join(dir, "missing.conllu")}}, &stdout); err == nil {
		t.Error("a missing treebank gave no error")
	}
	if err := run(options{}, &stdout); err == nil {
		t.Error("no -train gave no error")
	}
}
