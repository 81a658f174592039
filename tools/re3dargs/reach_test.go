package main

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

func TestReachOf(t *testing.T) {
	// "Rebels of Ruritania shelled Freedonia with mortars": an ungrounded name, a country the coder
	// took as an actor, a country mention it did not take, a word with no mention
	ms := []entities.Mention{
		{Start: 10, End: 19, Text: "Ruritania", Type: entities.ORG, Entity: "Ruritania"},
		{Start: 28, End: 37, Text: "Freedonia", Type: entities.GPE, Entity: "FRE", Country: "FRE"},
		{Start: 43, End: 50, Text: "Sylvania", Type: entities.GPE, Entity: "SYL", Country: "SYL"},
	}
	as := []spanned{{28, 37}}
	for _, c := range []struct {
		sp   span
		want int
	}{
		{span{Start: 51, End: 58}, reachNone},
		{span{Start: 10, End: 19}, reachMention},
		{span{Start: 43, End: 50}, reachGrounded},
		{span{Start: 26, End: 37}, reachActor},
	} {
		if got := reachOf(ms, as, c.sp); got != c.want {
			t.Errorf("reachOf(%v) = %s, want %s", c.sp, reachNames[got], reachNames[c.want])
		}
	}
	tl := newReachTally()
	tl.add("Likes", reachActor, true, true)
	tl.add("Likes", reachNone, true, false)
	tl.add("Dislikes", reachActor, false, false)
	var b strings.Builder
	writeReach(&b, "test", tl)
	for _, want := range []string{"| Likes | 1 verbal coop. | 2 | 1 | 0 | 0 | 1 | 2 | 1 | 1 |", "| Dislikes | 3 verbal conflict | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 |", "| all | | 3 | 1 | 0 | 0 | 2 | 2 | 1 | 1 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("writeReach: no row %q in\n%s", want, b.String())
		}
	}
}
