package entities

import "testing"

// TestTrimExcellency checks that the abbreviated honorific "H.E." is cut from the front or the end
// of a model mention and that a mention of the honorific alone, or with a title and no name, is
// dropped. Sentences written for this test.
func TestTrimExcellency(t *testing.T) {
	tests := []struct {
		text, mention, want string
		wantType            string
		ok                  bool
	}{
		{"We thank the Secretary-General, H.E. Antonio Guterres, for his report.", "H.E. Antonio Guterres", "Antonio Guterres", PERSON, true},
		{"The delegation of H.E.\nMaria Lopez arrived.", "H.E.\nMaria Lopez", "Maria Lopez", PERSON, true},
		{"President of the General Assembly H.E. Mr. Dennis Francis opened the debate.", "General Assembly H.E.", "General Assembly", ORG, true},
		{"I salute H.E. the President of Ghana.", "H.E.", "", "", false},
		{"I salute H.E. Ambassador and his team.", "H.E. Ambassador", "", "", false},
		{"H.E. Mr. Ban Ki-moon spoke first.", "H.E. Mr. Ban Ki-moon", "Mr. Ban Ki-moon", PERSON, true},
		{"The HEAT group met.", "HEAT", "HEAT", ORG, true},
	}
	for _, tt := range tests {
		start := indexOf(tt.text, tt.mention)
		m := Mention{Start: start, End: start + len(tt.mention), Text: tt.mention, Type: ORG, Entity: tt.mention}
		got, ok := trimExcellency(tt.text, m)
		if ok != tt.ok {
			t.Errorf("%q: ok = %v, want %v", tt.mention, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if got.Text != tt.want || tt.text[got.Start:got.End] != got.Text || got.Type != tt.wantType {
			t.Errorf("%q: got %q (%s) [%d:%d], want %q (%s)", tt.mention, got.Text, got.Type, got.Start, got.End, tt.want, tt.wantType)
		}
		if got.Text != tt.mention && got.Entity != "" {
			t.Errorf("%q: a trimmed mention keeps the entity %q", tt.mention, got.Entity)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
