package events

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

// Rules for the phrasing of military strike reports and government statements. The sentences are
// written for these tests; each expectation lists every event of the sentence, in order.
func TestReportRules(t *testing.T) {
	agents, err := NewCoder(CoderOptions{Agents: true})
	if err != nil {
		t.Fatal(err)
	}
	// the names the statistical recognizer finds in apposition, which the test chain has not
	names := []string{"Ibrahim al-Jaafari", "Sergei Lavrov", "Boris Johnson"}
	tests := []struct {
		rule, text string
		agents     bool // code with generic agents (CoderOptions.Agents)
		want       []string
	}{
		// equipment is the instrument of an act, not an actor: alone, or as the head of a list of
		// agent nouns that modify it ("fighter ... aircraft")
		{"instrument", "Turkish forces struck PKK targets using fighter jets and artillery.", true, []string{"TURMIL>Kurdistan Workers' Party:195/asserted"}},
		{"instrument", "Israel launched air strikes on Gaza using fighter jets and drones.", true, []string{"ISR>PSE:195/asserted"}},
		{"instrument", "Dutch forces carried out strikes using fighter, bomber, and remotely piloted aircraft against ISIL positions.", true,
			[]string{"NLDMIL>Islamic State:195/asserted"}},
		{"instrument", "Belgian forces launched air strikes using attack and fighter aircraft against ISIL.", true,
			[]string{"BELMIL>Islamic State:195/asserted"}},
		{"instrument", "Syrian rebels attacked the soldiers.", true, []string{"SYRREB>SYRMIL:190/asserted"}}, // people stay actors
		// a past participle after a manner adverb before a noun modifies it: no predicate
		{"prenominal-participle", "Iranian forces shot down a remotely piloted aircraft flown by Iraq.", false, []string{"IRNMIL>IRQ:190/asserted"}},
		{"prenominal-participle", "Russia has repeatedly attacked Ukrainian cities.", false, []string{"RUS>UKR:190/asserted"}},
		// a gerund after a number, determiner or adjective modifies the noun after it
		{"prenominal-gerund", "Denmark carried out more than 120 bombing raids on ISIL positions.", false, []string{"DNK>Islamic State:195/asserted"}},
		{"prenominal-gerund", "Jordan carried out several bombing raids on Syrian rebels.", false, []string{"JOR>SYRREB:195/asserted"}},
		{"prenominal-gerund", "Russia began bombing Syrian rebels.", false, []string{"RUS>SYRREB:195/asserted"}},
		// "coordinated with X": a joint act, both ways
		{"coordinate-with", "France coordinated with Germany on the response.", false, []string{"FRA>DEU:050/asserted", "DEU>FRA:050/asserted"}},
		{"coordinate-with", "Kenyan troops coordinated their operations with Ugandan forces.", false, []string{"KENMIL>UGAMIL:050/asserted", "UGAMIL>KENMIL:050/asserted"}},
		// "in touch with", "in contact with": consultation, both ways
		{"in-touch", "Britain has been in touch with Iraqi officials.", false, []string{"GBR>IRQGOV:040/asserted", "IRQGOV>GBR:040/asserted"}},
		{"in-touch", "Japan remained in close contact with the Saudi government.", false, []string{"JPN>SAUGOV:040/asserted", "SAUGOV>JPN:040/asserted"}},
		{"in-touch", "Chile will stay in contact with Peru.", false, []string{"CHL>PER:040/intended", "PER>CHL:040/intended"}},
		// strikes conducted or carried out, with no preposition naming the target: the place
		// struck, as the event guidelines code "conducted strikes in Syria"
		{"conduct-strikes", "Australia conducted strikes in Syria.", false, []string{"AUS>SYR:195/asserted"}},
		{"conduct-strikes", "Jordanian jets carried out raids in southern Syria.", false, []string{"JORMIL>SYR:195/asserted"}},
		{"conduct-strikes", "Canada conducted strikes against ISIL in Iraq.", false, []string{"CAN>Islamic State:195/asserted"}},
		// coordinated adjectives before a noun: "local, legitimate ground forces"
		{"coordinated-adjectives", "Britain provided vital air support for local, legitimate Iraqi forces.", false, []string{"GBR>IRQMIL:070/asserted"}},
		// the agent of the act in which the subject of a passive suffered it
		{"act-agent", "A Syrian general was killed in a 2015 raid by US special forces.", false, []string{"USAMIL>SYRMIL:1823/asserted"}},
		{"act-agent", "Three Syrian soldiers were wounded in shelling by Turkish forces.", false, []string{"TURMIL>SYRMIL:194/asserted"}},
		{"act-agent", "Two Afghan policemen were killed in an attack carried out by the Taliban.", false, []string{"Taliban>AFGCOP:1823/asserted"}},
		{"act-agent", "Nigerian villagers were killed in an attack.", false, []string{}},
		// a demonym before an armed act names who carried it out; "claimed|planted by X" after one
		// names its agent when the clause has no actor subject of its own
		{"attack-agent", "An Israeli airstrike killed five Hamas fighters.", true, []string{"ISR>Hamas:195/asserted"}},
		{"attack-agent", "A Russian air strike hit a Syrian hospital.", false, []string{"RUS>SYR:195/asserted"}},
		{"attack-agent", "Iranian assets in Canada were frozen.", false, []string{}},
		{"attack-agent", "A suicide bombing claimed by Islamic State killed 12 Iraqi soldiers.", false, []string{"Islamic State>IRQMIL:1831/asserted"}},
		{"attack-agent", "A car bomb planted by al-Shabaab killed 20 Somali soldiers in Mogadishu.", false, []string{"Al-Shabaab>SOMMIL:1832/asserted"}},
		{"attack-agent", "A report published by Amnesty criticized Israel.", false, []string{}},
		// a past participle joined by "and" to a passive shares its auxiliary: a passive too
		{"passive-conjunct", "The Iraqi general was arrested and tortured by Syrian police.", false,
			[]string{"SYRCOP>IRQMIL:173/asserted", "SYRCOP>IRQMIL:1822/asserted"}},
		{"passive-conjunct", "Iran was attacked and invaded by Iraq in 1980.", false, []string{"IRQ>IRN:190/asserted", "IRQ>IRN:192/asserted"}},
		{"passive-conjunct", "A Hamas commander was targeted and killed in a raid carried out by the Israeli army.", false,
			[]string{"ISRMIL>Hamas:1823/asserted"}},
		// an office in apposition with its holder's name is one actor, the person
		{"title-appositive", "Sergei Lavrov met the Iraqi Prime Minister, Ibrahim al-Jaafari, in Moscow.", false,
			[]string{"Sergei Lavrov>Ibrahim al-Jaafari:040/asserted", "Ibrahim al-Jaafari>Sergei Lavrov:040/asserted"}},
		{"title-appositive", "Britain criticized the Russian Foreign Minister, Sergei Lavrov.", false, []string{"GBR>Sergei Lavrov:111/asserted"}},
		{"title-appositive", "The Iraqi Foreign Minister, Ibrahim al-Jaafari, met Boris Johnson.", false,
			[]string{"Ibrahim al-Jaafari>Boris Johnson:040/asserted", "Boris Johnson>Ibrahim al-Jaafari:040/asserted"}},
		{"title-appositive", "Britain criticized the Russian Foreign Minister, and Sergei Lavrov replied.", false, []string{"GBR>RUSGOV:111/asserted"}},
		// a statement of support is support (051); the act of the supported actor after "in the|its"
		// is that actor's, not the topic of the support
		{"statement-support", "Australia reaffirms its support for the Iraqi Government in the fight against ISIL.", false,
			[]string{"AUS>IRQGOV:051/asserted", "IRQGOV>Islamic State:190/asserted"}},
		{"statement-support", "France expressed its support for Kenya in its war against al-Shabaab.", false,
			[]string{"FRA>KEN:051/asserted", "KEN>Al-Shabaab:190/asserted"}},
		{"statement-support", "Japan voiced solidarity with Turkey.", false, []string{"JPN>TUR:051/asserted"}},
		{"statement-support", "Chile condemned Peru in the dispute with Bolivia.", false, []string{"CHL>PER:111/asserted"}},
		// defenses against an actor; nothing named inside a purpose clause is coded
		{"defense-against", "Ukraine's defense against Russia continues.", false, []string{"UKR>RUS:190/asserted"}},
		{"purpose-noun", "Iran sent troops to Syria to improve Hezbollah's defenses against Israel.", false, []string{"IRN>SYR:154/asserted"}},
		{"purpose-noun", "Chile met Peru to discuss Bolivia's attack on Paraguay.", false, []string{"CHL>PER:040/asserted", "PER>CHL:040/asserted"}},
		// "at the request of X": X's request (020) to the subject of the clause it modifies
		{"at-request", "At the request of Kenya, Uganda withdrew its troops from the border.", false, []string{"KEN>UGA:020/asserted"}},
		{"at-request", "Turkish engineers inspected the dam at the request of the Iraqi government.", false, []string{"IRQGOV>TUR:020/asserted"}},
		{"at-request", "At the behest of Egypt, Sudan and Ethiopia met in Cairo.", false,
			[]string{"SDN>ETH:040/asserted", "ETH>SDN:040/asserted", "EGY>SDN:020/asserted", "EGY>ETH:020/asserted"}},
		{"at-request", "At the request of the court, the documents were released.", false, []string{}},
		{"at-request", "At the request of the Iraqi government, Turkey and Iran closed their borders.", false,
			[]string{"IRQGOV>TUR:020/asserted", "IRQGOV>IRN:020/asserted"}},
		// a title between "and" and a name: one list ("The Prime Minister and President X")
		{"title-in-list", "Britain and President Macron signed a treaty.", false, []string{"GBR>Macron:057/asserted", "Macron>GBR:057/asserted"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		if tc.rule == "title-appositive" {
			for _, n := range names {
				if i := strings.Index(tc.text, n); i >= 0 {
					ms = append(ms, entities.Mention{Start: i, End: i + len(n), Text: n, Type: entities.PERSON, Entity: n, Source: entities.SourceGazetteer})
				}
			}
			slices.SortFunc(ms, func(a, b entities.Mention) int { return cmp.Compare(a.Start, b.Start) })
		}
		var evs []Event
		if tc.agents {
			evs = agents.Extract(d, ms)
		} else {
			evs = ExtractEvents(d, ms)
		}
		got := []string{}
		for _, e := range evs {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
