package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
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
		{"the regime without a government named: the last foreign country", "The United Kingdom condemned the siege of Aleppo. Syrians are besieged by the regime.",
			"United Kingdom/GPE/GBR Aleppo/GPE/Aleppo Syrians/NORP/SYR regime/ORG/SYR Government", false, true},
		{"a press release's Foreign Secretary is its first person", "Mr. Boris Johnson met Mr. Sergei Lavrov in Berlin. A spokesman said: The Foreign Secretary was clear.",
			"Boris Johnson/PERSON/Boris Johnson Sergei Lavrov/PERSON/Sergei Lavrov Berlin/GPE/Berlin Foreign Secretary/PERSON/Boris Johnson", false, true},
		{"we is the first institution", "The United States condemns the attack on Aleppo. We call on Russia to act.",
			"United States/GPE/USA Aleppo/GPE/Aleppo We/ORG/USA Government Russia/GPE/RUS", true, false},
		{"they is a recent group", "NATO met in Brussels. They agreed to act.",
			"NATO/ORG/NATO Brussels/GPE/Brussels They/ORG/NATO", true, false},
		{"they without a recent group", "NATO met in Brussels. Iran said so. Nothing happened. They agreed.",
			"NATO/ORG/NATO Brussels/GPE/Brussels Iran/GPE/IRN", true, false},
		{"the country and the city", "Iraq is at war. The country has lost Mosul. Fighting continues in the city.",
			"Iraq/GPE/IRQ country/GPE/IRQ Mosul/GPE/Mosul city/GPE/Mosul", false, true},
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
		// "the Secretary-General" alone: the head of the organization with that office named last
		// (first after it), else the UN's; a name after the title, a name or "Deputy" before it, or
		// "of" after it leave it alone.
		{"Chad commends the Secretary-General for his briefing on the Sahel.",
			"Chad/GPE/TCD Secretary-General/ORG/UN Sahel/LOC/Sahel"},
		{"Senegal welcomed the Secretary-General to Dakar.",
			"Senegal/GPE/SEN Secretary-General/ORG/UN Dakar/GPE/Dakar"},
		{"Allies met in Brussels. The Secretary General said NATO would not be divided.",
			"Brussels/GPE/Brussels Secretary General/ORG/NATO NATO/ORG/NATO"},
		{"The General Assembly adopted the text; the Secretary-General welcomed it.",
			"General Assembly/ORG/UNGA Secretary-General/ORG/UN"},
		{"The Arab League met in Cairo, and its Secretary-General called for calm.",
			"Arab League/ORG/ARABLEAGUE Cairo/GPE/Cairo Secretary-General/ORG/ARABLEAGUE"},
		{"The United Nations and NATO are vital partners in Afghanistan. Our troops serve there. We commend the Secretary-General for his report.",
			"United Nations/ORG/UN NATO/ORG/NATO Afghanistan/GPE/AFG Secretary-General/ORG/UN"},
		{"Secretary-General Antonio Guterres visited Kenya.", "Antonio Guterres/PERSON/Antonio Guterres Kenya/GPE/KEN"},
		{"The UN Deputy Secretary-General visited Kenya.", "UN/ORG/UN Kenya/GPE/KEN"},
		{"The Secretary-General of the Commonwealth of Nations visited Kenya.",
			"Commonwealth of Nations/ORG/COMMONWEALTH Kenya/GPE/KEN"},
		{"The Party's General Secretary visited Kenya.", "Kenya/GPE/KEN"},
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

func TestChainAgents(t *testing.T) {
	g := mustGaz(t)
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"plural agent nouns", "The rebels attacked the town and civilians fled to refugee camps.",
			"rebels/ORG/REB civilians/ORG/CVL"},
		{"capitalized words are names, not agents", "Rebels attacked.", ""},
		{"lower-case only, and a name before the noun is the actor", "Iraqi troops shelled positions held by militants.",
			"Iraqi/NORP/IRQ militants/ORG/REB"},
		{"collective after the, member after a", "The army said a soldier and the police were hurt.",
			"army/ORG/MIL soldier/ORG/MIL police/ORG/COP"},
		{"the international community", "We urge the international community to act.",
			"international community/ORG/International Community"},
		{"equipment and offices are not group actors", "Jets struck while ministers met the president.",
			"ministers/ORG/GOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, Agents: true}
			d := a.Analyze(tc.text, nil)
			ms := c.Recognize(d)
			checkSpans(t, tc.text, ms)
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s", s, tc.want)
			}
			off := &Chain{Recognizers: c.Recognizers, Gazetteer: g}
			for _, m := range off.Recognize(d) {
				if m.Source == SourceAgent {
					t.Errorf("agent mention without Agents: %+v", m)
				}
			}
		})
	}
}

func TestInstrumentNamesAreNotActors(t *testing.T) {
	for s, want := range map[string]bool{
		"U.S.-Iraq Strategic Framework Agreement": true, "Executive Order 13582": true, "Greenwich Mean Time": true,
		"Security Council Resolution": true, "Security Council": false, "Agreement": false, "Time Warner": false,
	} {
		if got := instrumentName(s); got != want {
			t.Errorf("instrumentName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsTitleWord checks that isTitleWord, which lowers ASCII words into a buffer, answers for a
// word what it answers for the word's strings.ToLower form (the switch it had before), on titles in
// every case, near misses, non-ASCII words (the Kelvin sign lowers to an ASCII k) and words longer
// than every title; and that it knows the titles.
func TestIsTitleWord(t *testing.T) {
	words := map[string]bool{"": false, "President": true, "PRESIDENT": true, "president": true, "Presidents": false,
		"Secretary-General": true, "SECRETARY-GENERAL": true, "secretary-generals": false, "Director-General": true,
		"director-generalx": false, "\u212aing": true, "\u212aINGS": false, "Ministér": false, "Émir": false,
		"King": true, "kin": false, "Speaker": true, "Speakership": false, "chairman": true, "Chairwoman": false,
		"x\xff": false, "the": false, "Foreign": false, "ambassadorshipsandmore": false, "Spokesperson": true}
	for w, want := range words {
		if got := isTitleWord(w); got != want {
			t.Errorf("isTitleWord(%q) = %v, want %v", w, got, want)
		}
		if got, low := isTitleWord(w), isTitleWord(strings.ToLower(w)); got != low {
			t.Errorf("isTitleWord(%q) = %v, but %v for its lower case", w, got, low)
		}
	}
}
