package entities

import "testing"

// TestResolveSurnamePhrases checks that a person mention of two words or more that ends a longer
// full name named before it resolves to that name and takes its country ("Victor Paz Estenssoro ...
// Paz Estenssoro"), and that a phrase two earlier names end with, a phrase named before the full
// name, and a phrase that only starts a name are left alone.
func TestResolveSurnamePhrases(t *testing.T) {
	tests := []struct {
		names []string // in text order; the last is the one checked
		want  string
	}{
		{[]string{"Victor Paz Estenssoro", "Paz Estenssoro"}, "Victor Paz Estenssoro"},
		{[]string{"Maria Elena de Souza", "de Souza"}, "Maria Elena de Souza"},
		{[]string{"Jan Peter van der Berg", "van der Berg"}, "Jan Peter van der Berg"},
		// Two earlier names end with the phrase: ambiguous.
		{[]string{"Victor Paz Estenssoro", "Ana Paz Estenssoro", "Paz Estenssoro"}, "Paz Estenssoro"},
		// The start of a name is no surname phrase.
		{[]string{"Victor Paz Estenssoro", "Victor Paz"}, "Victor Paz"},
		// The same number of words: another person.
		{[]string{"Luis Estenssoro", "Paz Estenssoro"}, "Paz Estenssoro"},
	}
	for _, tt := range tests {
		var ms []Mention
		pos := 0
		for i, n := range tt.names {
			m := Mention{Start: pos, End: pos + len(n), Text: n, Type: PERSON}
			if i == 0 {
				m.Country = "BOL"
			}
			ms = append(ms, m)
			pos += len(n) + 20
		}
		got := Resolve(ms)
		last := got[len(got)-1]
		if last.Entity != tt.want {
			t.Errorf("%v: entity %q, want %q", tt.names, last.Entity, tt.want)
		}
		if tt.want == tt.names[0] && last.Country != "BOL" {
			t.Errorf("%v: country %q, want the full name's BOL", tt.names, last.Country)
		}
	}
	// A phrase named before the full name is not resolved to it.
	ms := []Mention{
		{Start: 0, End: 14, Text: "Paz Estenssoro", Type: PERSON},
		{Start: 40, End: 61, Text: "Victor Paz Estenssoro", Type: PERSON},
	}
	if got := Resolve(ms); got[0].Entity != "Paz Estenssoro" {
		t.Errorf("phrase before the full name: entity %q", got[0].Entity)
	}
}
