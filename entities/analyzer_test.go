package entities

import (
	"testing"

	"github.com/geopol/geopol/text"
)

// TestWithAnalyzer runs the default chain on documents analysed by package text, so the POS-based
// capital rule and the token boundaries are those of the real pipeline.
func TestWithAnalyzer(t *testing.T) {
	c, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ sentence, surf, typ, entity, country string }{
		{"Washington said on Monday that it would respond.", "Washington", GPE, "USA", "USA"},
		{"Officials met in Washington on Monday.", "Washington", GPE, "Washington", "USA"},
		{"The talks in Baghdad were the first since the war.", "Baghdad", GPE, "Baghdad", "IRQ"},
		{"The mayor of Kabul said the roads were closed.", "Kabul", GPE, "Kabul", "AFG"},
		{"A hotel near Tehran was damaged.", "Tehran", GPE, "Tehran", "IRN"},
		{"Officials in Baghdad welcomed the decision.", "Baghdad", GPE, "IRQ", "IRQ"},
		{"Moscow and Beijing denied the report.", "Beijing", GPE, "CHN", "CHN"},
		{"Tehran rejected the proposal.", "Tehran", GPE, "IRN", "IRN"},
		{"Moscow has warned Kyiv against it.", "Moscow", GPE, "RUS", "RUS"},
		{"The Kremlin said the talks failed.", "Kremlin", ORG, "RUS", "RUS"},
		{"He flew to the U.S. on Friday.", "U.S.", GPE, "USA", "USA"},
		{"Troops entered the United States.", "United States", GPE, "USA", "USA"},
		{"Iranian President Hassan Rouhani spoke at the UN.", "Hassan Rouhani", PERSON, "Hassan Rouhani", "IRN"},
		{"Iranian President Hassan Rouhani spoke at the UN.", "UN", ORG, "UN", ""},
		{"The Iranian Foreign Ministry denied it.", "Iranian Foreign Ministry", ORG, "IRN Foreign Ministry", "IRN"},
		{"Russia's defense ministry said so.", "Russia", GPE, "RUS", "RUS"},
		{"Russia's Defense Ministry said so.", "Defense Ministry", ORG, "RUS Defense Ministry", "RUS"},
		{"Seoul and Tokyo condemned the launch.", "Seoul", GPE, "KOR", "KOR"},
		{"Seoul and Tokyo condemned the launch.", "Tokyo", GPE, "JPN", "JPN"},
		{"Officials in New Delhi said the talks went well.", "New Delhi", GPE, "IND", "IND"},
		{"Erdogan urged Baghdad to act.", "Baghdad", GPE, "IRQ", "IRQ"},
		{"Tokyo would coordinate closely with Seoul and Washington.", "Washington", GPE, "USA", "USA"},
		{"The ministers held talks in Cairo on Sunday.", "Cairo", GPE, "Cairo", "EGY"},
		{"Debris hit buildings in Kyiv and Lviv.", "Kyiv", GPE, "Kyiv", "UKR"},
		{"Israeli negotiators were expected to travel to Doha.", "Doha", GPE, "Doha", "QAT"},
		{"The U.S.-led coalition struck ISIL targets.", "ISIL", ORG, "Islamic State", ""},
		{"Saudis and Iranians disagree.", "Saudis", NORP, "SAU", "SAU"},
		{"The Soviet Union and the USSR are one.", "USSR", GPE, "SUN", "SUN"},
	}
	for _, tc := range tests {
		d := a.Analyze(tc.sentence, nil)
		ms := c.Recognize(d)
		checkSpans(t, tc.sentence, ms)
		m, ok := find(ms, tc.surf)
		if !ok || m.Type != tc.typ || m.Entity != tc.entity || m.Country != tc.country {
			t.Errorf("%q: %q = %+v, want %s %q %q (all %+v)", tc.sentence, tc.surf, m, tc.typ, tc.entity, tc.country, ms)
		}
	}
}
