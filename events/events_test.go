package events

import (
	"fmt"
	"slices"
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
		{"expel", "Poland expelled Russian diplomats on Tuesday.", []string{"POL>RUSGOV:166/asserted"}},
		{"deport", "Ghana deported Liberian nationals on Monday.", []string{"GHA>LBRCVL:174/asserted"}},
		{"invade", "Iraq invaded Kuwait in 1990.", []string{"IRQ>KWT:192/asserted"}},
		{"praise", "Germany praised France for its leadership.", []string{"DEU>FRA:051/asserted"}},
		{"investigate", "The IAEA investigated Iran over undeclared sites.", []string{"IAEA>IRN:090/asserted"}},
		{"deploy", "NATO deployed troops to Estonia.", []string{"NATO>EST:154/asserted"}},
		{"release", "Iran released British sailors.", []string{"IRN>GBR:0841/asserted"}},
		{"lift-sanctions", "The European Union lifted sanctions on Belarus.", []string{"EU>BLR:085/asserted"}},
		{"protest", "Chinese students protested against Japan outside the embassy.", []string{"CHNEDU>JPN:140/asserted"}},
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
		// a refused commitment is a rejection (12), as CAMEO codes it
		{"will-not", "Turkey will not allow Greece to inspect the ships.", []string{"TUR>GRC:124/asserted"}},
		{"would-not-meet", "Iran said it would not meet the United States.", []string{"IRN>USA:125/asserted"}},
		{"failed-to", "Iranian and Saudi negotiators failed to conclude an agreement.", []string{"IRNGOV>SAUGOV:057/negated", "SAUGOV>IRNGOV:057/negated"}},
		// reported speech
		{"reported-that", "Iran said that Israel attacked Syria.", []string{"ISR>SYR:190/reported"}},
		{"reported-after", "Israel attacked Syria, a senior official said.", []string{"ISR>SYR:190/reported"}},
		{"according-to", "According to Reuters, Russia shelled Ukraine.", []string{"RUS>UKR:194/reported"}},
		// intended
		// the CAMEO dictionary codes a future visit or hosting as an intent to meet (036); other
		// future acts keep their code, modality intended
		{"will-host", "Turkey will host Greece next week.", []string{"TUR>GRC:036/intended", "GRC>TUR:036/intended"}},
		{"will-impose", "Canada will impose sanctions on Iran.", []string{"CAN>IRN:163/intended"}},
		{"plans-to", "Egypt plans to mediate between Israel and Hamas.", []string{"EGY>ISR:045/intended", "EGY>Hamas:045/intended"}},
		{"expected-to", "China is expected to sign a deal with Brazil.", []string{"CHN>BRA:057/intended", "BRA>CHN:057/intended"}},
		{"agreed-to", "Saudi Arabia and Iran agreed to restore diplomatic relations.", []string{"SAU>IRN:032/asserted", "IRN>SAU:032/asserted"}},
		// threats
		{"threaten-to", "China threatened to attack Taiwan.", []string{"CHN>TWN:1384/asserted"}},
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
		// direction: the giver of what the subject receives, the agent of a passive
		{"receives-from", "Kenya receives loans from the World Bank.", []string{"WORLDBANK>KEN:071/asserted"}},
		{"received-arms", "Rebels in Syria received arms from the government.", []string{"SYRGOV>SYRREB:072/asserted"}},
		{"obtained-weapons", "Iraqi militias obtained drones from Iran.", []string{"IRN>IRQREB:072/asserted"}},
		{"passive-agent", "Iraqi civilians were killed by Turkish troops in Duhok.", []string{"TURMIL>IRQCVL:1823/asserted"}},
		{"passive-no-patient", "Civilians were killed by Turkish troops in Duhok.", []string{}},
		{"headline-passive", "12 Turkish soldiers killed in Syria.", []string{}},
		{"fired-at", "Turkey fired artillery at Syrian army positions.", []string{"TUR>SYRMIL:194/asserted"}},
		// one event per clause: a one-way act has one direction, a joint act among the members of
		// a compound subject goes both ways, an exercise near a country is a show of force
		{"agreed-to-ease", "The United States agreed to ease sanctions on Cuba.", []string{"USA>CUB:0354/asserted"}},
		{"restored-ties-with", "Egypt restored diplomatic ties with Qatar.", []string{"EGY>QAT:050/asserted"}},
		{"drills-near", "China is holding naval drills near Taiwan.", []string{"CHN>TWN:150/asserted"}},
		{"joint-drills", "Russia and Belarus held joint military exercises.", []string{"RUS>BLR:062/asserted", "BLR>RUS:062/asserted"}},
		{"met-compound-object", "The Iranian foreign minister met Iraq and Syria in Baghdad.", []string{"IRNGOV>IRQ:040/asserted", "IRQ>IRNGOV:040/asserted", "IRNGOV>SYR:040/asserted", "SYR>IRNGOV:040/asserted"}},
		// the object of a condemnation is the agent of the act condemned
		{"attack-by", "Germany condemned an attack by Russian forces on Kharkiv.", []string{"DEU>RUSMIL:111/asserted"}},
		{"proposal-by", "Israel rejected the ceasefire proposal put forward by Egypt.", []string{"ISR>EGY:1246/asserted"}},
		// welcoming a decision is praise, hosting a visitor needs a visitor
		{"welcomed-decision", "Germany welcomed the decision of France.", []string{"DEU>FRA:051/asserted"}},
		{"received-president", "Russia's president received the Chinese president in Moscow.", []string{"RUSGOV>CHNGOV:043/asserted"}},
		// subjects behind a noun phrase, a time adjunct or an appositive
		{"spokesman-for", "A spokesman for the Chinese foreign ministry criticized Japan.", []string{"CHNGOV>JPN:111/asserted"}},
		{"officials-in", "Turkey attacked Kurdish militants, officials in Baghdad said.", []string{"TUR>Kurds:190/reported"}},
		{"time-adjunct", "North Korea on Thursday fired two missiles at South Korea.", []string{"PRK>KOR:194/asserted"}},
		{"appositive", "Osgiliath, the fiercest foe of Gondor, attacked Ithilien.", []string{}},
		// actors only: a demonym describing a thing does not act
		{"thing-source", "An Iranian film won a prize in France.", []string{}},
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

// A city or division that the statistical recognizer found and the place grounding gave a
// country (GeoNames id set, not a gazetteer entry) is where something happened, not a participant;
// a capital of the gazetteer grounded in GeoNames still stands for its country ("sanctions on
// Tehran"). The place mentions are added the way the chain gives them: the test chain has no
// statistical recognizer.
func TestPlacesAreNotParticipants(t *testing.T) {
	tests := []struct {
		text, place, country, source string
		want                         []string
	}{
		{"The Russian foreign minister met his Ukrainian counterpart at a forum in Antalya.", "Antalya", "TUR", "model",
			[]string{"RUSGOV>UKRGOV:040/asserted", "UKRGOV>RUSGOV:040/asserted"}},
		{"Gunmen abducted dozens of schoolchildren in Nigeria's Borno state.", "Borno", "NGA", "model",
			[]string{"NGAREB>NGAEDU:181/asserted"}},
		{"An Israeli drone struck a car near Tyre, killing two Hezbollah members.", "Tyre", "LBN", "model",
			[]string{"ISRMIL>Hezbollah:1823/asserted"}},
		{"Serbian students blocked a motorway in Novi Sad.", "Novi Sad", "SRB", "place", []string{}},
		{"Pakistani police arrested three men in Peshawar.", "Peshawar", "PAK", "model", []string{"PAKCOP>PAK:173/asserted"}},
	}
	for _, tt := range tests {
		d, ms := analyze(t, tt.text)
		i := strings.Index(tt.text, tt.place)
		ms = append(ms, entities.Mention{Start: i, End: i + len(tt.place), Text: tt.place, Type: entities.GPE, Entity: tt.place,
			Country: tt.country, Source: tt.source, GeonamesID: 1})
		slices.SortFunc(ms, func(a, b entities.Mention) int { return a.Start - b.Start })
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	// A capital the gazetteer lists, grounded in GeoNames, is its country.
	d, ms := analyze(t, "Washington imposed sanctions on Tehran.")
	var grounded bool
	for _, m := range ms {
		grounded = grounded || m.Text == "Tehran" && m.GeonamesID != 0
	}
	evs := ExtractEvents(d, ms)
	if !grounded || len(evs) != 1 || brief(evs[0]) != "USA>IRN:163/asserted" {
		t.Errorf("sanctions on Tehran: GeoNames-grounded %v, events %v; want USA>IRN:163", grounded, evs)
	}
}

// Confidence counts the clues that hold: a pattern beyond the verb, two named actors, a direct
// target, an asserted act.
func TestConfidence(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"Japan imposed sanctions on North Korea.", 1.0},      // every clue
		{"Iraqi troops attacked rebels in Mosul.", 0.6},       // bare verb, generic agent
		{"Japan could impose sanctions on North Korea.", 0.8}, // hypothetical
	}
	for _, tt := range tests {
		d, ms := analyze(t, tt.text)
		evs := ExtractEvents(d, ms)
		if len(evs) != 1 {
			t.Errorf("%q: %d events, want 1", tt.text, len(evs))
			continue
		}
		if evs[0].Confidence != tt.want {
			t.Errorf("%q: confidence %.1f, want %.1f", tt.text, evs[0].Confidence, tt.want)
		}
	}
}

// Main events of leads: a participle modifying a noun is not the main event; a verb that governs
// an infinitive sets its frame wherever the infinitive stands; a headline passive needs a verb
// that takes an object.
func TestMainCodeClauses(t *testing.T) {
	tests := []struct{ text, want string }{
		{"In a letter handed over to the UN on Monday, Iraq said it would allow inspectors to return.", "0355"},
		{"The ministers agreed in principle on Saturday to provide aid to Romania.", "033"},
		{"About 300 ethnic Serbs demonstrated on Friday in Mitrovica.", "141"},
		{"Several thousand Tamils demonstrated in Colombo on Sunday.", "141"},
		{"The army prepared to resume shelling rebel positions.", "194"},
		{"Police rearrested the opposition leader.", "173"},
		// reporting verbs after a comma, demands in that-clauses
		{"Border guards abused migrants at the crossing, a rights group charged on Saturday.", "182"},
		{"The ILO reiterated its demand that Israel ease restrictions on workers.", "1051"},
		{"France issued a reminder to Iraq that it must cooperate with the inspectors.", "102"},
		{"Greeks and Turks failed to reach agreement on the status of the island.", "164"},
		{"Serb and Albanian negotiators failed to reach a deal on the border crossings.", "164"},
	}
	for _, tt := range tests {
		d, ms := analyze(t, tt.text)
		if got := MainCode(d, ms); got != tt.want {
			t.Errorf("MainCode(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
