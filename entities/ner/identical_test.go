package ner

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"os"
	"reflect"
	"testing"

	"github.com/geopol/geopol/text"
)

// identicalHash is the SHA-256 of the mentions (start, end, type, entity) that Recognize finds
// in the first 300 UN General Debate speeches, computed with the code before the inference
// speed-ups: optimizations of inference must not change any prediction.
const identicalHash = "02480e9eee0d86085918b54b32dfc9e3792165cf1a265f65772112cd80e84cd1"

// TestRecognizeIdenticalUN checks that Recognize gives exactly the recorded mentions on the first
// 300 UN speeches (skipped when ../shared is absent).
func TestRecognizeIdenticalUN(t *testing.T) {
	texts := loadUNDocs(t, 300)
	if len(texts) < 300 {
		t.Skipf("only %d UN speeches", len(texts))
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	var buf [8]byte
	n := 0
	for _, tx := range texts {
		for _, mn := range m.Recognize(a.Analyze(tx, nil)) {
			binary.LittleEndian.PutUint64(buf[:], uint64(mn.Start))
			h.Write(buf[:])
			binary.LittleEndian.PutUint64(buf[:], uint64(mn.End))
			h.Write(buf[:])
			h.Write([]byte(mn.Type))
			h.Write([]byte{0})
			h.Write([]byte(mn.Entity))
			h.Write([]byte{0})
			n++
		}
		h.Write([]byte{0xff}) // document boundary
	}
	got := hex.EncodeToString(h.Sum(nil))
	if got != identicalHash {
		t.Errorf("mentions of the first 300 UN speeches changed: %d mentions, hash %s, want %s", n, got, identicalHash)
	}
}

// TestNameWindowChangesNothingUN checks that running the model on nameWindows' tokens only changes
// no mention: on the first 300 UN speeches, or on all of them with GEOPOL_FULL_UN=1.
func TestNameWindowChangesNothingUN(t *testing.T) {
	n := 300
	if os.Getenv("GEOPOL_FULL_UN") != "" {
		n = 1 << 20
	}
	texts := loadUNDocs(t, n)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	skipped, tokens, inWindow, sentences, mentions := 0, 0, 0, 0, 0
	for i, tx := range texts {
		d := a.Analyze(tx, nil)
		got := m.Recognize(d)
		want := m.recognize(d, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("speech %d: mentions differ when the model runs on name windows only:\n got %v\nwant %v", i, got, want)
		}
		for _, s := range d.Sentences {
			ws := nameWindows(d, s.First, s.Last, nil)
			if len(ws) == 0 {
				skipped++
			}
			tokens += s.Last - s.First
			for _, w := range ws {
				inWindow += w[1] - w[0]
			}
		}
		sentences += len(d.Sentences)
		mentions += len(want)
	}
	t.Logf("%d speeches, %d mentions, %d of %d sentences skipped, %d of %d tokens in windows",
		len(texts), mentions, skipped, sentences, inWindow, tokens)
	if skipped == 0 || mentions == 0 {
		t.Errorf("nothing skipped or nothing found: the check checked nothing")
	}
}
