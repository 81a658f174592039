package actors

import "testing"

// TestOfficeTurnWords pins how the three readings of the office-taking words relate: every election
// is a taking of office; the Assembly's chair is taken by election or assumption, never by
// re-election or appointment; a participle names no office taken.
func TestOfficeTurnWords(t *testing.T) {
	for _, w := range []string{"election", "re-election", "reelection", "appointment", "assumption", "elected", "assuming", "nomination", "Election"} {
		e, o, a := electionNoun(w), takingOfficeNoun(w), assemblyElectionWord(w)
		if e && !o {
			t.Errorf("%q: an election noun but no taking of office", w)
		}
		switch w {
		case "election":
			if !e || !o || !a {
				t.Errorf("%q: %v %v %v, want all three", w, e, o, a)
			}
		case "re-election", "reelection":
			if !e || a {
				t.Errorf("%q: election %v, Assembly %v; want an election but not of the Assembly's chair", w, e, a)
			}
		case "appointment":
			if e || !o || a {
				t.Errorf("%q: %v %v %v, want a taking of office only", w, e, o, a)
			}
		case "assumption":
			if e || !o || !a {
				t.Errorf("%q: %v %v %v, want a taking of office and of the chair", w, e, o, a)
			}
		case "elected":
			if e || o || !a {
				t.Errorf("%q: %v %v %v, want the Assembly's reading only", w, e, o, a)
			}
		default: // "assuming" is read by assemblyTurn alone; the words are lower case
			if e || o || a {
				t.Errorf("%q: %v %v %v, want none", w, e, o, a)
			}
		}
	}
}
