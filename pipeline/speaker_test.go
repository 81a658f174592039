package pipeline

import (
	"context"
	"strings"
	"testing"
)

// TestSpeakerCountryReachesGrounding checks that the country a JSONL document speaks for
// ("country_iso3", corpus.Document.Country) reaches the grounding of people: the speaker's own
// President takes it; the same text without it does not.
func TestSpeakerCountryReachesGrounding(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id":"s","date":"2019-09-25","country_iso3":"PRY","text":"Our President, Tomas Varenko, opened the new hospital last month."}
{"id":"n","date":"2019-09-25","text":"Our President, Tomas Varenko, opened the new hospital last month."}
`
	got := map[string]string{}
	if _, err := Run(context.Background(), m, Options{Paths: []string{"-"}, Stdin: strings.NewReader(in), Workers: 1, NoEvents: true},
		func(r *DocResult) error {
			if r.Err != nil {
				return r.Err
			}
			for _, mn := range r.Mentions {
				if mn.Text == "Tomas Varenko" {
					got[r.Doc.ID] = mn.Country + "/" + mn.Role
				}
			}
			return nil
		}); err != nil {
		t.Fatal(err)
	}
	if got["s"] != "PRY/GOV" || got["n"] != "/GOV" {
		t.Errorf("Tomas Varenko: with the speaker's country %q, want PRY/GOV; without %q, want /GOV", got["s"], got["n"])
	}
}
