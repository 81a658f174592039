package network

import (
	"fmt"
	"strings"
)

// Window is the unit of text within which two mentioned actors count as co-occurring.
// The zero value is [Sentence].
type Window int

const (
	// Sentence counts co-occurrence within one sentence (the default).
	Sentence Window = iota
	// Paragraph counts co-occurrence within one paragraph (text.Sentence.Paragraph).
	Paragraph
	// Document counts co-occurrence within the whole document.
	Document
)

// String returns the window's command-line name: "sentence", "paragraph" or "document".
func (w Window) String() string {
	switch w {
	case Sentence:
		return "sentence"
	case Paragraph:
		return "paragraph"
	case Document:
		return "document"
	default:
		return fmt.Sprintf("Window(%d)", int(w))
	}
}

// ParseWindow returns the Window named s ("sentence", "paragraph" or "document", case-insensitive,
// surrounding white space ignored). An empty s gives [Sentence].
func ParseWindow(s string) (Window, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "sentence":
		return Sentence, nil
	case "paragraph":
		return Paragraph, nil
	case "document":
		return Document, nil
	default:
		return Sentence, fmt.Errorf("network: unknown window %q (want sentence, paragraph or document)", s)
	}
}
