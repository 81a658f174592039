package events

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("S6DBG")
	if s == "" {
		t.Skip()
	}
	d, ms := analyze(t, s)
	c, _ := defaultCoder()
	d.TagSentence(0)
	var buf viewBuffers
	v := buf.viewIrreg(d, d.Sentences[0], c.known, c.verbs.irregular)
	v.findActors(ms)
	c.ground(v)
	for i := range v.words {
		fmt.Printf("%d:%s/%s/%d ", i, v.words[i], v.tags[i], v.actorAt[i])
	}
	fmt.Println()
	for _, p := range c.preds(v) {
		fmt.Printf("%+v\n", p)
	}
}
