package memtest

import (
	"strings"
	"testing"
)

func TestInside(t *testing.T) {
	text := "The committee of the river basin authority met on Tuesday."
	sub := text[4:13]
	if !Inside(sub, text) {
		t.Errorf("Inside(%q) = false for a substring of text", sub)
	}
	if Inside(strings.Clone(sub), text) {
		t.Errorf("Inside(clone of %q) = true", sub)
	}
	if Inside("", text) || Inside(sub, "") {
		t.Error("Inside of an empty string = true")
	}
}
