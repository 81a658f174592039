package entities

import "testing"

// TestResolveGenerationalSuffix checks that a surname alone resolves to a full name written with a
// generational suffix ("Clifford F. Stritch Jr. ... Stritch said"), and that the suffix alone or a
// name of one word and a suffix does not become a surname.
func TestResolveGenerationalSuffix(t *testing.T) {
	tests := []struct {
		full, short, want string
	}{
		{"Clifford F. Stritch Jr.", "Stritch", "Clifford F. Stritch Jr."},
		{"John D. Rockefeller IV", "Rockefeller", "John D. Rockefeller IV"},
		{"Martin Luther King Jr", "King", "Martin Luther King Jr"},
		{"Henry Ford II", "Ford", "Henry Ford II"},
		{"William Bradford Sr.", "Bradford", "William Bradford Sr."},
		// Not changed: the surname is still the last word when there is no suffix, and the first
		// name still resolves.
		{"Robert Reuss", "Reuss", "Robert Reuss"},
		{"Clifford F. Stritch Jr.", "Clifford", "Clifford F. Stritch Jr."},
		// A suffix is not a surname of its own.
		{"Clifford F. Stritch Jr.", "Jr", "Jr"},
	}
	for _, tt := range tests {
		ms := []Mention{
			{Start: 0, End: len(tt.full), Text: tt.full, Type: PERSON},
			{Start: len(tt.full) + 10, End: len(tt.full) + 10 + len(tt.short), Text: tt.short, Type: PERSON},
		}
		got := Resolve(ms)
		if got[1].Entity != tt.want {
			t.Errorf("%q after %q: entity %q, want %q", tt.short, tt.full, got[1].Entity, tt.want)
		}
	}
}
