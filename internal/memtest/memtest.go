// Package memtest helps tests check what memory a value keeps.
package memtest

import "unsafe"

// Inside reports whether the bytes of s lie in the bytes of text: whether s is a substring of text
// that shares its memory (and so keeps all of text from being freed), not a copy.
func Inside(s, text string) bool {
	if s == "" || text == "" {
		return false
	}
	p, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= b && p < b+uintptr(len(text))
}
