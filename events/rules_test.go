package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/text"
)

// Clause and lexicon rules for sentence forms of real text, one table per rule. The sentences are
// written for these tests; each expectation lists every event of the sentence, in order.
func TestRealTextRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []string
		main       string // when set, the main code of the text (MainCode) is checked instead
	}{
		// a fronted locative phrase is not a member of the list of actors after it
		{"fronted-place", "In Geneva, Britain and France agreed to cooperate.", []string{"GBR>FRA:032/asserted", "FRA>GBR:032/asserted"}, ""},
		{"fronted-place", "In Vienna, Austria, Hungary and Slovakia signed a border treaty.", []string{"AUT>HUN:057/asserted", "AUT>SVK:057/asserted", "HUN>AUT:057/asserted", "HUN>SVK:057/asserted", "SVK>AUT:057/asserted", "SVK>HUN:057/asserted"}, ""},
		{"fronted-place", "At Camp David, Egypt and Israel signed a peace accord.", []string{"EGY>ISR:057/asserted", "ISR>EGY:057/asserted"}, ""},
		{"fronted-place", "Talks in Geneva, Vienna and Rome failed.", []string{}, ""},
		// an agreement of a compound subject to do something binds its members to each other
		{"agree-joint", "Chile and Peru agreed to frobnicate the border.", []string{"CHL>PER:030/asserted", "PER>CHL:030/asserted"}, ""},
		{"agree-joint", "Ghana, Togo and Benin agreed to study a common currency.", []string{"GHA>TGO:030/asserted", "GHA>BEN:030/asserted", "TGO>GHA:030/asserted", "TGO>BEN:030/asserted", "BEN>GHA:030/asserted", "BEN>TGO:030/asserted"}, ""},
		{"agree-joint", "Chile agreed to study the proposal.", []string{}, ""},
		// a joint act named by a noun after a hyphenated pair of actors
		{"pair-noun", "U.S.-China talks ended without a deal.", []string{"USA>CHN:046/asserted", "CHN>USA:046/asserted"}, ""},
		{"pair-noun", "The India-Pakistan border clashes left five dead.", []string{"IND>PAK:190/asserted", "PAK>IND:190/asserted"}, ""},
		{"pair-noun", "Egypt-Sudan trade negotiations stalled in May.", []string{"EGY>SDN:046/asserted", "SDN>EGY:046/asserted"}, ""},
		{"pair-noun", "Exports rose in the second year of the U.S.-Japan trade agreement.", nil, ""},
		{"pair-noun", "Germany-based firms protested.", nil, ""},
		// a particle after an object that is no actor: not the act of pushing an actor back
		{"particle-after-object", "The EU pushed the deadline back.", []string{}, ""},
		// a noun that names the act a verb of the sentence codes adds no event
		{"noun-dup", "Britain and Ireland met in Dublin for the UK-Ireland summit.", []string{"GBR>IRL:040/asserted", "IRL>GBR:040/asserted"}, ""},
		{"noun-dup", "Israel attacked Lebanon after Syria's raid on Jordan.", []string{"ISR>LBN:190/asserted", "SYR>JOR:190/asserted"}, ""},
		// nominal acts: possessor or modifier before, target after the preposition
		{"noun-lex", "Chad's raid on Sudan drew condemnation.", []string{"TCD>SDN:190/asserted"}, ""},
		{"noun-lex", "The EU embargo on Belarus remains in force.", []string{"EU>BLR:163/asserted"}, ""},
		{"noun-lex", "Dialogue between Armenia and Azerbaijan has stalled.", []string{"ARM>AZE:040/asserted", "AZE>ARM:040/asserted"}, ""},
		{"noun-lex", "Norway's aid to Mali doubled.", []string{"NOR>MLI:070/asserted"}, ""},
		{"noun-lex", "Turkey's shelling of Syria continued overnight.", []string{"TUR>SYR:194/asserted"}, ""},
		// a verb of wanting with an object and an infinitive asks the object for the act
		{"want-obj", "Egypt wants Israel to withdraw its troops.", []string{"EGY>ISR:0256/asserted"}, ""},
		{"want-obj", "Chile wants Bolivia to hurry.", []string{"CHL>BOL:020/asserted"}, ""},
		{"want-obj", "Egypt wants to buy Russian wheat.", []string{"EGY>RUS:061/intended"}, ""},
		// a verb of demand with an appeal code of the dictionary demands, and the other way round
		{"demand-appeal", "Serbia demanded support from Hungary.", []string{"SRB>HUN:102/asserted"}, ""},
		{"demand-appeal", "Serbia urged Hungary to support the plan.", []string{"SRB>HUN:022/asserted"}, ""},
		// an appeal or demand of an act no dictionary codes
		{"frame-uncoded", "Iran pressured Iraq to hurry.", []string{"IRN>IRQ:100/asserted"}, ""},
		// "re-" verbs: the act done again, by a pattern with words after the verb
		{"re-verb", "Japan reimposed sanctions on North Korea.", []string{"JPN>PRK:163/asserted"}, ""},
		{"re-verb", "Egypt re-imposed a blockade on Libya.", []string{"EGY>LBY:191/asserted"}, ""},
		{"re-verb", "Chile agreed to reconsider the plan with Peru.", []string{"CHL>PER:030/asserted"}, ""},
		// a light verb whose object names an act is coded as the act
		{"light-verb", "Ghana announced a suspension of flights to Togo.", []string{"GHA>TGO:160/asserted"}, ""},
		{"light-verb", "Kenya launched an investigation into Somalia.", []string{"KEN>SOM:090/asserted"}, ""},
		{"light-verb", "Peru began the process of returning artefacts to Bolivia.", []string{"PER>BOL:0841/asserted"}, ""},
		{"light-verb", "Egypt held talks with Ethiopia.", []string{"EGY>ETH:046/asserted", "ETH>EGY:046/asserted"}, ""},
		{"light-verb", "Egypt made a decision about Ethiopia.", nil, ""},
		// lexicon rows from the CAMEO definitions: 014 study a policy option, 082 call off dissent,
		// 1033 seeking refuge, 14 protests and riots against a target
		{"lex-014", "Chile is exploring the possibility of a pact with Peru.", nil, "014"},
		{"lex-082", "Union leaders in Chile agreed to postpone the demonstration.", nil, "0352"},
		// tagger errors: a singular noun after a modal, an irregular past form tagged as an adjective
		{"retag-modal", "Britain said Libya must hand over the suspects to Scotland.", nil, "1013"},
		{"retag-modal", "Chile will not fund Peru.", []string{"CHL>PER:122/asserted"}, ""},
		{"retag-past", "Kenya undertook a mediation effort between Sudan and Chad.", []string{"KEN>SDN:045/asserted", "KEN>TCD:045/asserted"}, ""},
		{"retag-past", "Chile's left criticized Peru.", []string{"CHL>PER:111/asserted"}, ""},
		// an organization's id is not a country for the unnamed agents of the sentence
		{"igo-agents", "NATO warned the rebels.", []string{}, ""},
		{"igo-agents", "The IMF urged the government of Kenya to cut subsidies.", []string{"IMF>KENGOV:0242/asserted"}, ""},
		{"igo-agents", "Kenyan police arrested Somali traders.", []string{"KENCOP>SOMBUS:173/asserted"}, ""},
		{"igo-agents", "Chilean business leaders called on the government to seek help from the IMF.", []string{"CHLBUS>CHLGOV:020/asserted"}, ""},
		{"igo-agents", "The IMF and the World Bank pressed the government of Zambia to cut subsidies.", []string{"IMF>ZMBGOV:0242/asserted", "WORLDBANK>ZMBGOV:0242/asserted"}, ""},
		// companies are a role of their country (BUS), and "business leaders" stay BUS
		{"bus-role", "British, French and Japanese firms contacted Chinese officials.", []string{"GBRBUS>CHNGOV:040/asserted", "FRABUS>CHNGOV:040/asserted", "JPNBUS>CHNGOV:040/asserted"}, ""},
		{"bus-role", "Japanese chipmakers rejected U.S. demands.", []string{"JPNBUS>USA:120/asserted"}, ""},
		// a list that opens a clause ("added that X, Y and Z firms had ...") is one subject, not
		// an object list broken by the next clause's subject
		{"clause-list", "The minister added that Italian, Dutch and Korean firms had already contacted Chinese officials.", []string{"ITABUS>CHNGOV:040/reported", "NLDBUS>CHNGOV:040/reported", "KORBUS>CHNGOV:040/reported"}, ""},
		{"clause-list", "Officials said that Kenya, Uganda and Tanzania had signed a trade pact with Rwanda.", []string{"KEN>RWA:057/reported", "RWA>KEN:057/reported", "UGA>RWA:057/reported", "RWA>UGA:057/reported", "TZA>RWA:057/reported", "RWA>TZA:057/reported"}, ""},
		{"clause-list", "Egypt attacked Libya, and Sudan retaliated.", []string{"EGY>LBY:190/asserted"}, ""},
		{"clause-list", "Britain criticized Iran, Iraq and Syria, which had refused to cooperate.", []string{"GBR>IRN:111/asserted", "GBR>IRQ:111/asserted", "GBR>SYR:111/asserted"}, ""},
		// "N which/that did X include A, B and C": the listed actors did X
		{"include-list", "Countries that have imposed sanctions on Russia include Japan, Canada and Australia.", []string{"JPN>RUS:163/asserted", "CAN>RUS:163/asserted", "AUS>RUS:163/asserted"}, ""},
		{"include-list", "The states which sent troops to Mali included Chad, Niger and Togo.", []string{"TCD>MLI:154/asserted", "NER>MLI:154/asserted", "TGO>MLI:154/asserted"}, ""},
		{"include-list", "Partner nations that have launched strikes in Iraq include Australia, Belgium, Canada and Denmark.", []string{"AUS>IRQ:195/asserted", "BEL>IRQ:195/asserted", "CAN>IRQ:195/asserted", "DNK>IRQ:195/asserted"}, ""},
		{"include-list", "The countries that Iran accused of interference include Iraq and Saudi Arabia.", []string{}, ""},
		// a light verb with the noun of a military strike codes the strike
		{"light-verb", "Israel conducted airstrikes against Hamas in Gaza.", []string{"ISR>Hamas:195/asserted"}, ""},
		{"light-verb", "Workers in Chile held a strike against the government.", []string{"CHLLAB>CHLGOV:143/asserted"}, ""},
		// "host" is 043 (host a visit) only with visitors as its object: an actor, or the
		// delegation or envoys of one; not refugees, nor a thing an actor names
		{"host-visit", "Lebanon is hosting a million Syrian refugees.", []string{}, ""},
		{"host-visit", "Kenya hosted Somali refugees for decades.", []string{}, ""},
		{"host-visit", "Dutch firms are hosting Iranian Government websites.", []string{}, ""},
		{"host-visit", "Egypt hosted a Hamas delegation in Cairo.", []string{"EGY>Hamas:043/asserted"}, ""},
		{"host-visit", "Turkey hosted Greece for talks.", []string{"TUR>GRC:043/asserted"}, ""},
		// a determiner opens the subject's noun phrase: the actor before it is the object of the
		// verb before ("told Reuters the carrier had sought")
		{"np-determiner", "He told Reuters the airline had sought permission to serve Canada and Mexico.", []string{}, ""},
		{"np-determiner", "A spokesman told Reuters the Sudanese army had attacked Chad.", []string{"SDNMIL>TCD:190/reported"}, ""},
		// trade measures and repayments of the wire stories: duties and tariffs applied or levied
		// on a country are 163, repaying a country is 061
		{"lex-163", "Washington will levy a 15 pct tariff on Canadian lumber.", []string{"USA>CAN:163/intended"}, ""},
		{"lex-163", "Japan imposed duties on South Korean steel.", []string{"JPN>KOR:163/asserted"}, ""},
		{"lex-163", "The EU will apply sanctions to Belarus.", []string{"EU>BLR:163/intended"}, ""},
		{"lex-163", "Officials said the rule would apply to Mexico.", []string{}, ""},
		{"lex-061", "Ecuador would repay Venezuela in crude.", []string{"ECU>VEN:061/hypothetical"}, ""},
		// a country naming a currency is no actor; a country naming goods stays one
		{"currency", "Chile paid 20 mln U.S. dlrs to Peru.", []string{"CHL>PER:061/asserted"}, ""},
		{"currency", "Japan bought 50 mln New Zealand dlrs from Australia.", []string{"JPN>AUS:061/asserted"}, ""},
		{"currency", "Switzerland will lend 20 mln Swiss francs to Kenya.", []string{"CHE>KEN:060/intended"}, ""},
		{"currency", "Japan bought 5,000 tonnes of Canadian rapeseed.", []string{"JPN>CAN:061/asserted"}, ""},
		// an actor's own agents are what it moves; where they go is the target
		{"own-agents", "Kenya has deployed its troops in Somalia.", []string{"KEN>SOM:154/asserted"}, ""},
		{"own-agents", "Chad sent its soldiers to Mali.", []string{"TCD>MLI:154/asserted"}, ""},
		// a city after a name is where the named body is, not its country's actor; a company
		// named with "of" and its city is that country's business, as "a New York company" is
		// (EVENTS_GUIDELINES.md R-4; actorcodes.go)
		{"city-of-name", "Egypt awarded a contract to Continental Grain Co of New York.", []string{"EGY>USABUS:061/asserted"}, ""},
		{"city-of-name", "Kenya bought wheat from Washington.", []string{"KEN>USA:061/asserted"}, ""},
		{"city-of-name", "The mayor of London criticized Paris.", []string{"GBR>FRA:111/asserted"}, ""},
		// attending or holding a meeting with someone is a consultation, both ways
		{"attend-meeting", "Egyptian officials attended a meeting with Jordanian ministers.", []string{"EGYGOV>JORGOV:040/asserted", "JORGOV>EGYGOV:040/asserted"}, ""},
		// a preposition the matched pattern names takes the target even where it is loose by itself
		{"pattern-prep", "Malawi halted fuel transit via Mozambique.", []string{"MWI>MOZ:163/asserted"}, ""},
		{"pattern-prep", "Malawi moved fuel via Mozambique.", []string{}, ""},
		// partners in the act are not its target: "along with", "together with", "as part of"
		{"co-actor", "Jamaica deployed soldiers along with Belize.", []string{}, ""},
		{"co-actor", "Ghana sent troops to Mali together with Togo.", []string{"GHA>MLI:154/asserted"}, ""},
		{"co-actor", "Ghana deployed soldiers as part of ECOWAS.", []string{}, ""},
		// a city before a common noun names a venue or a thing, not its government
		{"city-modifier", "Italy refused to join the Paris pact.", []string{}, ""},
		{"city-modifier", "Iran condemned the Geneva talks with Germany.", []string{"IRN>DEU:111/asserted"}, ""},
		{"city-modifier", "Chile criticized the Moscow government.", []string{"CHL>RUSGOV:111/asserted"}, ""},
		{"city-modifier", "Kyiv's forces shelled a plant in the Belgorod region.", []string{"UKRMIL>RUS:194/asserted"}, ""},
		{"main-noun", "Stones were thrown during Serbian demonstrations against Kosovo, officials said.", nil, "140"},
		{"lex-1033", "Thousands of Afghans sought refuge in Iran.", []string{"AFG>IRN:1033/asserted"}, ""},
		{"lex-14", "Serbian demonstrations against Kosovo turned violent.", []string{"SRB>XKX:140/asserted"}, ""},
		{"lex-14", "Kenyan riots against Uganda spread.", []string{"KEN>UGA:145/asserted"}, ""},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		if tc.main != "" {
			if got := MainCode(d, ms); got != tc.main {
				t.Errorf("%s: %q: main code %q, want %q", tc.rule, tc.text, got, tc.main)
			}
			continue
		}
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestRetag checks the tags the sentence view corrects, with the tagger's tag forced to the error
// seen on real text.
func TestRetag(t *testing.T) {
	c, err := NewCoder(CoderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, word, forced, want string
	}{
		{"Chadian soldiers sexually abused Sudanese refugees.", "abused", "JJ", "VBD"},
		{"Kenya undertook a mediation effort.", "undertook", "JJ", "VBD"},
		{"Libya must hand over the suspects.", "hand", "NN", "VB"},
		{"Libya will not hand over the suspects.", "hand", "NN", "VB"},
		{"Rebels armed with rifles attacked Chad.", "armed", "JJ", "JJ"},      // no object follows
		{"The armed forces of Chad attacked Sudan.", "armed", "JJ", "JJ"},     // after a determiner
		{"A Chadian raid on the border left two dead.", "left", "VBD", "VBD"}, // already a verb
	} {
		d, _ := analyze(t, tc.text)
		s := d.Sentences[0]
		at := -1
		for i := s.First; i < s.Last; i++ {
			if d.Text[d.Tokens[i].Start:d.Tokens[i].End] == tc.word {
				d.Tokens[i].Tag, at = tc.forced, i-s.First
			}
		}
		if at < 0 {
			t.Fatalf("%q: no token %q", tc.text, tc.word)
		}
		var b viewBuffers
		v := b.viewIrreg(d, s, c.known, c.verbs.irregular)
		if v.tags[at] != tc.want {
			t.Errorf("%q: %q tagged %s is %s in the view, want %s", tc.text, tc.word, tc.forced, v.tags[at], tc.want)
		}
	}
}

// TestParticipleAfterSubject: a participle phrase after the subject's noun ("business leaders
// attending a meeting with X") neither makes the main verb a reduced passive nor lends it an
// actor of its complement as subject.
func TestParticipleAfterSubject(t *testing.T) {
	tests := []struct {
		text string
		want string // an event that must be coded
	}{
		{"Peruvian business leaders attending a weekend meeting with President Alan Garcia called on the government to seek help from the IMF.", "PERBUS>PERGOV:020/asserted"},
		{"Chilean business leaders attending a meeting with President Pinochet called on the government to seek help from the IMF.", "CHLBUS>CHLGOV:020/asserted"},
		{"Argentine farmers attending a rally in Rosario called on the government to cut export taxes.", "ARGAGR>ARGGOV:0211/asserted"},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s among them", tc.text, got, tc.want)
		}
	}
}

// TestCityOpeningName: a city right before an organization or a thing the recognizer found apart
// ("the London Interbank Offered Rate", "the Tokyo Stock Exchange") is part of that name, not its
// country's actor. The statistical recognizer is not part of these tests, so the name's mention is
// added by hand, as it reports it.
func TestCityOpeningName(t *testing.T) {
	tests := []struct {
		text, name string
		want       []string
	}{
		{"Brazil offered to pay the London Interbank Offered Rate on its loans.", "Interbank Offered Rate", []string{}},
		{"Japan criticized China after shares fell on the Tokyo Stock Exchange.", "Stock Exchange", []string{"JPN>CHN:111/asserted"}},
		{"Manila wants to pay London in cash.", "", []string{"PHL>GBR:061/intended"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		if tc.name != "" {
			i := strings.Index(tc.text, tc.name)
			ms = append(ms, entities.Mention{Start: i, End: i + len(tc.name), Text: tc.name, Type: entities.ORG, Entity: tc.name, Source: "model"})
			slices.SortFunc(ms, func(a, b entities.Mention) int { return a.Start - b.Start })
		}
		got := []string{}
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRecallRules: sentence forms of real text the coder missed, one group per rule. The sentences
// are written for these tests. Each case lists every event and the text of the first event's verb
// span; every span must cut the text at its mention.
func TestRecallRules(t *testing.T) {
	a, ch := testModels()
	if a == nil || ch == nil {
		t.Fatal("cannot load the tagger or the recognizer chain")
	}
	people, err := entities.NewChain(nil) // with the people the pipeline grounds ("James Baker")
	if err != nil {
		t.Fatal(err)
	}
	if people.Grounder, err = actors.New(actors.Options{Gazetteer: people.Gazetteer}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rule, text string
		want       []string
		verb       string
	}{
		// a deictic time phrase inside the verb chain: "would this year criticize"
		{"time-in-chain", "Ghana would again this year continue to call on the Security Council to act.", []string{"GHA>UNSC:020/hypothetical"}, "call on"},
		{"time-in-chain", "Fiji will again this month continue to urge Australia to cut emissions.", []string{"FJI>AUS:020/intended"}, "urge"},
		{"time-in-chain", "Brazil has this year signed a trade agreement with Argentina.", []string{"BRA>ARG:057/asserted", "ARG>BRA:057/asserted"}, "signed a trade agreement"},
		{"time-in-chain", "Norway will this month continue to support Ukraine.", []string{"NOR>UKR:032/asserted"}, "support"},
		{"time-in-chain", "Chile would this year criticize Peru.", []string{"CHL>PER:111/hypothetical"}, "criticize"},
		{"time-in-chain", "France has this week expelled two Russian diplomats.", []string{"FRA>RUSGOV:166/asserted"}, "expelled two Russian diplomats"},
		// a participle of a state of mind after "be" is no passive: its subject feels, "by" names the cause
		{"state-participle", "Brazil is pleased with Argentina's decision.", []string{"BRA>ARG:051/asserted"}, "pleased with"},
		{"state-participle", "Turkey is deeply disappointed with the European Union.", []string{"TUR>EU:111/asserted"}, "is deeply disappointed with"},
		{"state-participle", "Greece was dissatisfied with Turkey.", []string{"GRC>TUR:111/asserted"}, "dissatisfied with"},
		{"state-participle", "Germany was disappointed by France.", []string{"DEU>FRA:111/asserted"}, "disappointed by"},
		{"state-participle", "Britain was encouraged by the United States to act.", []string{"USA>GBR:051/asserted"}, "encouraged"},
		{"state-participle", "Bangladesh is grateful to India for its support.", []string{"BGD>IND:051/asserted"}, "is grateful to"},
		{"state-participle", "Haiti remains thankful to Cuba for its doctors.", []string{"HTI>CUB:051/asserted"}, "remains thankful to"},
		// "looks forward to working with" declares an intent to cooperate
		{"look-forward", "Ghana looks forward to working with the African Union.", []string{"GHA>AU:032/asserted"}, "working with"},
		{"look-forward", "Chile looks forward to cooperating with Peru.", []string{"CHL>PER:032/asserted"}, "cooperating with"},
		// joint ventures (061, joint), contracts won from a buyer (the buyer's 061), peacekeeping (074)
		{"lex-061", "Peru and Chile will set up a joint venture in Lima.", []string{"PER>CHL:061/intended", "CHL>PER:061/intended"}, "set up a joint venture"},
		{"lex-061", "Ecuador formed a joint venture with a Venezuelan company.", []string{"ECU>VENBUS:061/asserted", "VENBUS>ECU:061/asserted"}, "formed a joint venture"},
		{"lex-061", "Japanese firms have won contracts from the Indonesian government.", []string{"IDNGOV>JPNBUS:061/asserted"}, "won contracts from"},
		{"lex-074", "Chadian troops conducted peacekeeping operations in Mali.", []string{"TCDMIL>MLI:074/asserted"}, "conducted peacekeeping"},
		{"lex-074", "Chad has performed peacekeeping missions in Mali.", []string{"TCD>MLI:074/asserted"}, "performed peacekeeping"},
		// a number's modifier is no preposition before the subject
		{"quantifier", "Over 5,000 Fijians have performed peacekeeping missions in Lebanon.", []string{"FJIMIL>LBN:074/asserted"}, "performed peacekeeping"},
		{"quantifier", "About 200 Chadian soldiers attacked Sudan.", []string{"TCDMIL>SDN:190/asserted"}, "attacked"},
		{"quantifier", "Kenya sent aid to 20 countries including Uganda.", []string{"KEN>UGA:070/asserted"}, "sent aid"},
		// "is said/believed/reported to have done": the subject's act, reported; "be" is not its passive
		{"raising", "Iran is said to have attacked Iraq.", []string{"IRN>IRQ:190/reported"}, "attacked"},
		{"raising", "Russia was reported to have expelled two British diplomats.", []string{"RUS>GBRGOV:166/reported"}, "expelled two British diplomats"},
		{"raising", "Iraq is said to have been attacked by Iran.", []string{"IRN>IRQ:190/reported"}, "attacked"},
		{"raising", "Hezbollah has been reported to be holding American hostages.", []string{"Hezbollah>USA:181/reported"}, "holding American hostages"},
		// an acronym in parentheses after a name belongs to it: lists and subjects run across it
		{"acronym-paren", "Kenya and the International Monetary Fund (IMF) signed an agreement.", []string{"KEN>IMF:057/asserted", "IMF>KEN:057/asserted"}, "signed an agreement"},
		{"acronym-paren", "Kenya criticized the International Monetary Fund (IMF) and Uganda.", []string{"KEN>IMF:111/asserted", "KEN>UGA:111/asserted"}, "criticized"},
		// a non-restrictive relative clause between the subject and its verb
		{"relative-between", "Japan and South Korea, which had clashed in May, signed an agreement.", []string{"JPN>KOR:190/asserted", "KOR>JPN:190/asserted", "JPN>KOR:057/asserted", "KOR>JPN:057/asserted"}, "clashed"},
		{"relative-between", "Iran, which has denied the charges, attacked Iraq.", []string{"IRN>IRQ:190/asserted"}, "attacked"},
		{"relative-between", "Chile, which borders Peru, criticized Bolivia.", []string{"CHL>BOL:111/asserted"}, "criticized"},
		{"relative-between", "Officials said Iran, which has denied the charges, attacked Iraq.", []string{"IRN>IRQ:190/reported"}, "attacked"},
		// a past verb after "said X" is the reported clause's verb, not a reduced relative
		{"said-clause", "Officials said Iran attacked Iraq.", []string{"IRN>IRQ:190/reported"}, "attacked"},
		{"said-clause", "Kenya said Uganda expelled two Kenyan diplomats.", []string{"UGA>KENGOV:166/reported"}, "expelled two Kenyan diplomats"},
		{"said-clause", "Egypt returned 32 soldiers captured during the clashes with Libya.", []string{"EGY>LBY:0841/asserted"}, "returned"},
		// nominal acts: offensives, occupation and annexation, recognition, withdrawal, arms sales,
		// loans; the target may follow a compass word ("in northeast Iraq")
		{"noun-lex", "Iran's week-old offensive in northeast Iraq continued.", []string{"IRN>IRQ:190/asserted"}, "offensive in"},
		{"noun-lex", "Israel's occupation of Palestinian territory continues.", []string{"ISR>PSE:192/asserted"}, "occupation of"},
		{"noun-lex", "Spain's recognition of Kosovo angered Serbia.", []string{"ESP>XKX:054/asserted"}, "recognition of"},
		{"noun-lex", "The U.S. withdrawal from Afghanistan ended in August.", []string{"USA>AFG:087/asserted"}, "withdrawal from"},
		{"noun-lex", "Russia's arms sales to India rose.", []string{"RUS>IND:072/asserted"}, "arms sales to"},
		{"noun-lex", "Japan's loans to Indonesia doubled.", []string{"JPN>IDN:071/asserted"}, "loans to"},
		{"noun-lex", "Chad's raid on southern Sudan drew condemnation.", []string{"TCD>SDN:190/asserted"}, "raid on"},
		// a nominal act after a possessive pronoun or in "in support of" is the clause subject's;
		// support given in a use of force is military cooperation (062), else endorsement (051)
		{"noun-owned", "Japan remains firm in its support of the Philippines.", []string{"JPN>PHL:051/asserted"}, "support of"},
		{"noun-owned", "Kenyan troops conducted raids in support of the Somali government.", []string{"KENMIL>SOMGOV:062/asserted"}, "support of"},
		{"noun-owned", "Ethiopian jets carried out airstrikes in support of the government of Somalia.", []string{"ETHMIL>SOMGOV:062/asserted"}, "support of"},
		{"noun-owned", "The U.S. military fired 24 rockets at Taliban positions in support of Afghan army operations.", []string{"USAMIL>Taliban:194/asserted", "USAMIL>AFG:062/asserted"}, "fired 24 rockets at Taliban positions"},
		{"noun-owned", "Colombia won its war against the FARC.", []string{"COL>FARC:190/asserted"}, "war against"},
		{"noun-lex", "Nigeria's fight against Boko Haram continues.", []string{"NGA>Boko Haram:190/asserted"}, "fight against"},
		{"noun-lex", "Japan's support for Taiwan angered China.", []string{"JPN>TWN:051/asserted"}, "support for"},
		// a nominal act of an actor named by its possessor is that actor's even inside a verb's pattern
		{"noun-possessor", "Chad joined Nigeria's war against Boko Haram.", []string{"TCD>NGA:062/asserted", "NGA>Boko Haram:190/asserted"}, "joined Nigeria's war"},
		{"noun-lex", "Kenya's operation against al-Shabaab continued.", []string{"KEN>Al-Shabaab:190/asserted"}, "operation against"},
		// "is/remains committed to (doing)" declares an intent (03x), like "is ready to"
		{"committed-to", "Japan is committed to providing Kenya with aid.", []string{"JPN>KEN:033/asserted"}, "providing Kenya with aid"},
		{"committed-to", "Norway remains committed to supporting Ukraine.", []string{"NOR>UKR:032/asserted"}, "supporting"},
		{"committed-to", "Chile remains willing to talk to Peru.", []string{"CHL>PER:036/asserted"}, "talk"},
		// a separable particle after an actor object: "pushed the rebels back" (objects that are not
		// actors do not count)
		{"particle-after-object", "Kenyan troops pushed the Somali militia back.", []string{"KENMIL>SOMREB:190/asserted"}, "pushed the Somali militia back"},
		{"particle-after-object", "Iraqi forces drove ISIL back from Mosul.", []string{"IRQMIL>Islamic State:190/asserted"}, "drove ISIL back"},
		{"particle-after-object", "Kenyan troops advanced, pushing al-Shabaab back.", []string{"KENMIL>Al-Shabaab:190/asserted"}, "pushing al-Shabaab back"},
		// partners and allies of a nationality are its actors, not things
		{"partner-noun", "Our Afghan partners attacked the Taliban.", []string{"AFG>Taliban:190/asserted"}, "attacked"},
		{"partner-noun", "Washington's European allies criticized Iran.", []string{"Europeans>IRN:111/asserted"}, "criticized"},
		// an actor that owns the object is no visitor received: "welcomes the EU's report" praises
		{"possessor-object", "Kenya welcomes the European Union's report on Somalia.", []string{"KEN>EU:051/asserted"}, "welcomes"},
		{"possessor-object", "Ghana welcomed Togo's statement.", []string{"GHA>TGO:051/asserted"}, "welcomed"},
		{"possessor-object", "Ghana welcomed Togo.", []string{"GHA>TGO:043/asserted"}, "welcomed"},
		// "is working to" states an effort: the infinitive is the subject's intended act
		{"work-to", "Britain is working to defeat Iran.", []string{"GBR>IRN:190/intended"}, "defeat"},
		// the object of a typed speech act is its topic, not an event (section 3 rule 4, R-2)
		{"noun-topic", "China condemned Washington's arms sale to Taiwan.", []string{"CHN>USA:111/asserted"}, "condemned"},
		{"noun-topic", "Iran welcomed the talks between Iraq and Kuwait.", []string{"IRN>IRQ:051/asserted", "IRN>KWT:051/asserted"}, "welcomed"},
		{"noun-topic", "Talks between Iraq and Kuwait ended.", []string{"IRQ>KWT:046/asserted", "KWT>IRQ:046/asserted"}, "Talks between"},
		// growers are farmers (AGR) after a crop noun too
		{"role-grower", "Colombian coffee growers protested against the government of Colombia.", []string{"COLAGR>COLGOV:140/asserted"}, "protested"},
		{"role-grower", "French corn growers will challenge U.S. shipments.", []string{"FRAAGR>USA:110/intended"}, "challenge"},
		// verbs of saying whose clause is reported, with the speaker as its pronoun subject
		{"speech-verb", "Japan indicated it would impose duties on South Korean steel.", []string{"JPN>KOR:1312/asserted"}, "impose duties"},
		{"speech-verb", "Analysts predicted Iran would attack Iraq.", []string{"IRN>IRQ:190/hypothetical"}, "attack"},
		{"speech-verb", "Chile emphasized it had not attacked Peru.", []string{"CHL>PER:190/negated"}, "attacked"},
		// "a coalition led by X": the leader acts; an appositive ", led by X," too
		{"led-by", "A coalition led by Saudi Arabia attacked Yemen.", []string{"SAU>YEM:190/asserted"}, "attacked"},
		{"led-by", "The coalition, led by the United States, launched airstrikes against the Islamic State.", []string{"USA>Islamic State:195/asserted"}, "launched airstrikes against"},
		{"led-by", "A delegation headed by the Iranian foreign minister visited Iraq.", []string{"IRNGOV>IRQ:042/asserted"}, "visited"},
		{"led-by", "Iran, led by its supreme leader, criticized Israel.", []string{"IRN>ISR:111/asserted"}, "criticized"},
		// "the government of the X": the role noun before "of the" too
		{"role-of-the", "The government of the Philippines criticized China.", []string{"PHLGOV>CHN:111/asserted"}, "criticized"},
		{"role-of-the", "The army of the Democratic Republic of the Congo attacked Rwanda.", []string{"CODMIL>RWA:190/asserted"}, "attacked"},
		// an unknown department before a title and a person's name is the person's office
		{"title-person", "Britain was invited by Treasury Secretary James Baker to rejoin the talks.", []string{"James Baker>GBR:040/asserted"}, "invited"},
		{"title-person", "Japan's finance minister met Treasury Secretary James Baker.", []string{"JPNGOV>James Baker:040/asserted", "James Baker>JPNGOV:040/asserted"}, "met"},
	}
	for _, tc := range tests {
		d := a.Analyze(tc.text, nil)
		ms := ch.Recognize(d)
		if tc.rule == "title-person" {
			ms = people.Recognize(d)
		}
		evs := ExtractEvents(d, ms)
		got := []string{}
		for _, e := range evs {
			got = append(got, brief(e))
			for _, sp := range []text.Span{e.SourceMention, e.TargetMention, e.Verb} {
				if sp.Start < 0 || sp.End > len(tc.text) || sp.Start >= sp.End {
					t.Errorf("%s: %q: bad span %v", tc.rule, tc.text, sp)
				}
			}
			if !spanIsMention(ms, e.SourceMention) || !spanIsMention(ms, e.TargetMention) {
				t.Errorf("%s: %q: source %q or target %q is not a mention's span", tc.rule, tc.text,
					tc.text[e.SourceMention.Start:e.SourceMention.End], tc.text[e.TargetMention.Start:e.TargetMention.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.rule, tc.text, got, tc.want)
			continue
		}
		if v := tc.text[evs[0].Verb.Start:evs[0].Verb.End]; v != tc.verb {
			t.Errorf("%s: %q: verb span %q, want %q", tc.rule, tc.text, v, tc.verb)
		}
	}
}

// spanIsMention reports whether sp is the span of one of the mentions ms.
func spanIsMention(ms []entities.Mention, sp text.Span) bool {
	for _, m := range ms {
		if m.Start == sp.Start && m.End == sp.End {
			return true
		}
	}
	return false
}
