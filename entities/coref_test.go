package entities

import (
	"fmt"
	"strings"
	"testing"
)

// got lists the mentions of ms as "text/TYPE/entity" for compact comparisons.
func got(ms []Mention) string {
	var b []string
	for _, m := range ms {
		b = append(b, fmt.Sprintf("%s/%s/%s", m.Text, m.Type, m.Entity))
	}
	return strings.Join(b, " ")
}

func TestChainPronouns(t *testing.T) {
	g := mustGaz(t)
	tests := []struct {
		name, text, want string
		pronouns, desc   bool
	}{
		{"off by default", "President Joe Biden met Chancellor Olaf Scholz. He said the talks went well.",
			"Joe Biden/PERSON/Joe Biden Olaf Scholz/PERSON/Olaf Scholz", false, false},
		{"he is the latest person", "President Joe Biden met Chancellor Olaf Scholz. He said the talks went well.",
			"Joe Biden/PERSON/Joe Biden Olaf Scholz/PERSON/Olaf Scholz He/PERSON/Olaf Scholz", true, false},
		{"no antecedent, no mention", "He said Iran would respond.", "Iran/GPE/IRN", true, false},
		{"I is the speaker named after it", "President Joe Biden spoke. \" I am sure ,\" said Gen. Mark Milley .",
			"Joe Biden/PERSON/Joe Biden I/PERSON/Mark Milley Mark Milley/PERSON/Mark Milley", true, false},
		{"his and him", "Mr. Rouhani said his country would win. Critics opposed him.",
			"Rouhani/PERSON/Rouhani his/PERSON/Rouhani him/PERSON/Rouhani", true, false},
		{"title description", "Foreign Secretary Boris Johnson met Minister Sergei Lavrov. The Foreign Secretary said it was useful.",
			"Boris Johnson/PERSON/Boris Johnson Sergei Lavrov/PERSON/Sergei Lavrov Foreign Secretary/PERSON/Boris Johnson", false, true},
		{"title description without antecedent", "The Foreign Secretary said it was useful.", "", false, true},
		{"the regime", "The Syrian Government attacked Aleppo. The regime denied it.",
			"Syrian Government/ORG/SYR Government Aleppo/GPE/Aleppo regime/ORG/SYR Government", false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, Pronouns: tc.pronouns, Descriptions: tc.desc}
			ms := c.Recognize(testDoc(tc.text, nil))
			checkSpans(t, tc.text, ms)
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s", s, tc.want)
			}
			for i := 1; i < len(ms); i++ {
				if ms[i].Start < ms[i-1].End {
					t.Errorf("overlap or order: %+v %+v", ms[i-1], ms[i])
				}
			}
		})
	}
}

// TestChainShortRefs checks GUIDELINES.md rule 10: a capitalized head noun refers to the organization
// named in full in the document.
func TestChainShortRefs(t *testing.T) {
	c, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"The International Atomic Energy Agency sent inspectors. The Agency said they found nothing.",
			"International Atomic Energy Agency/ORG/IAEA Agency/ORG/IAEA"},
		{"The Agency said they found nothing.", ""},
		{"The IAEA and the Agency differ.", "IAEA/ORG/IAEA Agency/ORG/IAEA"},
	}
	for _, tc := range tests {
		ms := c.Recognize(testDoc(tc.text, nil))
		checkSpans(t, tc.text, ms)
		if s := got(ms); s != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.text, s, tc.want)
		}
	}
	c.NoShortRefs = true
	if ms := c.Recognize(testDoc(tests[0].text, nil)); len(ms) != 1 {
		t.Errorf("NoShortRefs: %s", got(ms))
	}
}

// TestChainModelSpanCleanup checks how the chain trims or drops model spans that swallowed words
// outside a name.
func TestChainModelSpanCleanup(t *testing.T) {
	g := mustGaz(t)
	tests := []struct {
		text  string
		model fakeModel
		want  string
	}{
		{"Italy and Canada signed.", fakeModel{{"Italy and Canada", ORG}}, "Italy/GPE/ITA Canada/GPE/CAN"},
		{"Fighting in eastern Congo continued.", fakeModel{{"eastern Congo", GPE}}, "Congo/GPE/COD"},
		{"Near Ar Raqqah, five strikes hit.", fakeModel{{"Near Ar Raqqah", ORG}}, "Ar Raqqah/GPE/Raqqa"},
		{"Sudan\nThe council met.", fakeModel{{"Sudan\nThe", ORG}}, "Sudan/GPE/SDN"},
		{"Philippine Foreign Secretary Maria Delgado spoke.", fakeModel{{"Philippine Foreign", ORG}},
			"Philippine/NORP/PHL Maria Delgado/PERSON/Maria Delgado"},
		{"the Secretary of State John Kerry", fakeModel{{"State", ORG}}, "John Kerry/PERSON/John Kerry"},
		{"the Iranian Foreign Ministry said", fakeModel{{"Iranian Foreign Ministry", ORG}},
			"Iranian Foreign Ministry/ORG/IRN Foreign Ministry"},
		{"the Bank of England said", fakeModel{{"Bank of England", ORG}}, "Bank of England/ORG/Bank of England"},
	}
	for _, tc := range tests {
		c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g, tc.model}, Gazetteer: g}
		ms := c.Recognize(testDoc(tc.text, nil))
		checkSpans(t, tc.text, ms)
		if s := got(ms); s != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.text, s, tc.want)
		}
	}
}

func TestGazetteerIsCountry(t *testing.T) {
	g := mustGaz(t)
	for id, want := range map[string]bool{"IRN": true, "USA": true, "SUN": true, "XKX": true, "WHO": false,
		"IMF": false, "UN": false, "ISIL": false, "": false} {
		if g.IsCountry(id) != want {
			t.Errorf("IsCountry(%q) = %v, want %v", id, !want, want)
		}
	}
}
