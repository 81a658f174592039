package events

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// testModels are the tagger and the recognizer chain without the statistical NER (the gazetteer
// and the rules find every actor of the test sentences), loaded once for all tests.
var testModels = sync.OnceValues(func() (*text.Analyzer, *entities.Chain) {
	a, err := text.NewAnalyzer()
	if err != nil {
		return nil, nil
	}
	ch, err := entities.NewChain(nil)
	if err != nil {
		return nil, nil
	}
	return a, ch
})

func analyze(t testing.TB, s string) (*text.Doc, []entities.Mention) {
	t.Helper()
	a, ch := testModels()
	if a == nil || ch == nil {
		t.Fatal("cannot load the tagger or the recognizer chain")
	}
	d := a.Analyze(s, nil)
	return d, ch.Recognize(d)
}

// brief renders an event as "SRC>TGT:CODE/modality".
func brief(e Event) string {
	return fmt.Sprintf("%s>%s:%s/%s", e.Source, e.Target, e.Code, e.Modality)
}

// The sentences are written for these tests. Each expectation lists every event, in order.
func TestExtractEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// active voice, roles
		{"active-role", "Iraqi troops attacked rebels in Mosul on Monday.", []string{"IRQMIL>IRQREB:190/asserted"}},
		{"active-org", "The UN Security Council condemned North Korea.", []string{"UNSC>PRK:111/asserted"}},
		{"active-sanctions", "Japan imposed sanctions on North Korea.", []string{"JPN>PRK:163/asserted"}},
		{"cut-ties", "Pakistan cut diplomatic ties with India.", []string{"PAK>IND:161/asserted"}},
		{"accuse", "Ukraine accused Russia of shelling civilians.", []string{"UKR>RUS:112/asserted"}},
		{"expel", "Poland expelled Russian diplomats on Tuesday.", []string{"POL>RUSGOV:174/asserted"}},
		{"invade", "Iraq invaded Kuwait in 1990.", []string{"IRQ>KWT:192/asserted"}},
		{"praise", "Germany praised France for its leadership.", []string{"DEU>FRA:051/asserted"}},
		{"investigate", "The IAEA investigated Iran over undeclared sites.", []string{"IAEA>IRN:090/asserted"}},
		{"deploy", "NATO deployed troops to Estonia.", []string{"NATO>EST:154/asserted"}},
		{"release", "Iran released British sailors.", []string{"IRN>GBR:084/asserted"}},
		{"lift-sanctions", "The European Union lifted sanctions on Belarus.", []string{"EU>BLR:085/asserted"}},
		{"protest", "Students protested against China outside the embassy of Japan.", []string{"EDU>CHN:140/asserted"}},
		// passive voice
		{"passive", "Israel was attacked by Hamas.", []string{"Hamas>ISR:190/asserted"}},
		{"passive-compound", "The Syrian government was condemned by France and Britain.", []string{"FRA>SYRGOV:111/asserted", "GBR>SYRGOV:111/asserted"}},
		{"passive-no-agent", "Syria was attacked on Monday, Turkey said.", []string{}},
		// compound actors
		{"compound-symmetric", "France and Germany signed a trade agreement.", []string{"FRA>DEU:057/asserted", "DEU>FRA:057/asserted"}},
		{"compound-met", "Russia and China met in Beijing.", []string{"RUS>CHN:040/asserted", "CHN>RUS:040/asserted"}},
		{"compound-source", "France and Britain condemned Syria.", []string{"FRA>SYR:111/asserted", "GBR>SYR:111/asserted"}},
		{"compound-target", "India criticized Pakistan and China.", []string{"IND>PAK:111/asserted", "IND>CHN:111/asserted"}},
		{"compound-list", "Egypt, Jordan and Saudi Arabia condemned Israel.", []string{"EGY>ISR:111/asserted", "JOR>ISR:111/asserted", "SAU>ISR:111/asserted"}},
		// urge, talks between, possessive
		{"urge", "The United States urged Iran to halt enrichment.", []string{"USA>IRN:020/asserted"}},
		{"urge-release", "Britain urged Iran to release the sailors.", []string{"GBR>IRN:0253/asserted"}},
		{"call-on", "Turkey called on Russia to negotiate.", []string{"TUR>RUS:026/asserted"}},
		{"talks-between", "Talks between Israel and Hamas collapsed.", []string{"ISR>Hamas:046/asserted", "Hamas>ISR:046/asserted"}},
		{"possessive", "Russia's foreign minister met his Chinese counterpart in Beijing.", []string{"RUSGOV>CHNGOV:040/asserted", "CHNGOV>RUSGOV:040/asserted"}},
		{"possessive-attack", "Israel's attack on Iran drew criticism.", []string{"ISR>IRN:190/asserted"}},
		// negation
		{"negated", "Germany did not sign the agreement with Poland.", []string{"DEU>POL:057/negated", "POL>DEU:057/negated"}},
		{"never", "Japan never recognized North Korea.", []string{"JPN>PRK:054/negated"}},
		{"refuse", "Iran refused to meet the United States.", []string{"IRN>USA:125/asserted"}},
		{"will-not", "Turkey will not allow Greece to inspect the ships.", []string{}},
		// reported speech
		{"reported-that", "Iran said that Israel attacked Syria.", []string{"ISR>SYR:190/reported"}},
		{"reported-after", "Israel attacked Syria, a senior official said.", []string{"ISR>SYR:190/reported"}},
		{"according-to", "According to Reuters, Russia shelled Ukraine.", []string{"RUS>UKR:194/reported"}},
		// intended
		{"will", "Turkey will host Greece next week.", []string{"TUR>GRC:043/intended"}},
		{"plans-to", "Egypt plans to mediate between Israel and Hamas.", []string{"EGY>ISR:045/intended", "EGY>Hamas:045/intended"}},
		{"expected-to", "China is expected to sign a deal with Brazil.", []string{"CHN>BRA:057/intended", "BRA>CHN:057/intended"}},
		{"agreed-to", "Saudi Arabia and Iran agreed to restore diplomatic relations.", []string{"SAU>IRN:032/asserted", "IRN>SAU:032/asserted"}},
		// threats
		{"threaten-to", "China threatened to attack Taiwan.", []string{"CHN>TWN:138/asserted"}},
		{"warn", "Russia warned Finland against joining NATO.", []string{"RUS>FIN:130/asserted"}},
		// the speaker's own commitment is an asserted 03 (cooperation) or 13 (threat) event
		{"said-it-would", "Washington said it would ease sanctions on Syria.", []string{"USA>SYR:0354/asserted"}},
		{"said-it-would-strike", "Iran said it would strike Israel.", []string{"IRN>ISR:1384/asserted"}},
		{"ready-to", "China said it was ready to mediate between Iran and Saudi Arabia.", []string{"CHN>IRN:039/asserted", "CHN>SAU:039/asserted"}},
		// the demand of a speaker: "X said Y must ..."
		{"must", "Russia said Sudan must return the helicopter.", []string{"RUS>SDN:1053/asserted"}},
		// purpose clauses are not coded
		{"purpose", "Armenia and Azerbaijan met in Almaty to discuss a treaty.", []string{"ARM>AZE:040/asserted", "AZE>ARM:040/asserted"}},
		// coordinated predicates share their subject
		{"coordinated", "Rwanda criticized Uganda and praised Kenya.", []string{"RWA>UGA:111/asserted", "RWA>KEN:051/asserted"}},
		// hypothetical
		{"if", "If Russia invades Ukraine, the European Union would impose sanctions on Moscow.", []string{"RUS>UKR:192/hypothetical", "EU>RUS:163/hypothetical"}},
		{"could", "North Korea could attack South Korea.", []string{"PRK>KOR:190/hypothetical"}},
		// no event
		{"one-actor", "Iran held elections on Friday.", []string{}},
		{"no-verb", "France and Germany, two old allies.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ms := analyze(t, tt.text)
			var got []string
			for _, e := range ExtractEvents(d, ms) {
				got = append(got, brief(e))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("%q\n got  %v\n want %v", tt.text, got, tt.want)
			}
		})
	}
}
