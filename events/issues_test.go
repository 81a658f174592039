package events

import "testing"

// The code moves to the child for what the act is about, read from the words after the verb
// (Coder.refine); an act with no issue keeps its parent code.
func TestRefineByIssue(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"The opposition called for the release of the journalists.", "0253"},
		{"Protesters demanded the release of the journalists.", "1053"},
		{"Egypt offered humanitarian aid to Sudan.", "0333"},
		{"Japan pledged economic assistance to Ukraine.", "0331"},
		{"Japan pledged aid to Ukraine.", "033"},
		{"The rebels refused to release the hostages.", "1243"},
		{"Workers staged a hunger strike to demand the president's resignation.", "1421"},
	} {
		d, ms := analyze(t, tc.text)
		if got := c.MainCode(d, ms); got != tc.want {
			t.Errorf("MainCode(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
