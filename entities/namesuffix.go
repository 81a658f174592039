package entities

import "strings"

// surnameIndex returns the index of the surname among the words of a full name: the last word,
// or the one before a generational suffix ("Clifford F. Stritch Jr." → "Stritch", "John D.
// Rockefeller III" → "Rockefeller"), so that the surname alone resolves to the full name.
func surnameIndex(ws []string) int {
	i := len(ws) - 1
	for i > 1 && generationalSuffix(ws[i]) {
		i--
	}
	return i
}

// generationalSuffix reports whether a word of a name is a generational suffix ("Jr.", "Sr",
// "II", "III", "IV").
func generationalSuffix(w string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(w, ","), ".") {
	case "Jr", "JR", "Sr", "SR", "II", "III", "IV":
		return true
	}
	return false
}
