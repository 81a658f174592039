package events

import (
	"testing"

	"github.com/geopol/geopol/entities"
)

// TestClauseReach checks the rules of reach.go, capitals.go (abbrevOrgRole) and legislation.go on
// sentences written for this test in the style of wire copy and UN speeches; each expectation lists
// every event, in order (nil: none).
func TestClauseReach(t *testing.T) {
	checkEventCases(t, []eventCase{
		// a purpose infinitive after a long complement that ends with an actor list: the list is
		// no subject of the infinitive; "was to" schedules the act (intended)
		{"far-purpose", "Peru was to receive 300 mln dlrs over five years from Japan, Canada and the United States to help it rebuild its ports.",
			[]string{"JPN>PER:071/intended", "CAN>PER:071/intended", "USA>PER:071/intended"}},
		{"far-purpose", "Egypt obtained a loan of 2 billion dollars from Saudi Arabia, Kuwait and Qatar to help it pay for wheat imports.",
			[]string{"SAU>EGY:071/asserted", "KWT>EGY:071/asserted", "QAT>EGY:071/asserted"}},
		{"scheduled", "Chile is to visit Peru next week.", []string{"CHL>PER:042/intended"}},
		{"scheduled", "Iran is believed to have supplied arms to Hezbollah.", []string{"IRN>Hezbollah:072/reported"}},
		// wire money words
		{"wire-money", "Jordan will receive 100 mln dlrs from Kuwait.", []string{"KWT>JOR:071/intended"}},
		// a prepositional phrase between commas before the verb: the subject is before it, and a
		// speech verb inside it reports nothing after it; "met X for talks" that happened is 040
		{"prep-insertion", "The Indian foreign minister, on the second day of a tour to explain his government's trade policy, met Chinese Foreign Minister Wang Yi for talks, officials said.",
			[]string{"INDGOV>CHNGOV:040/reported", "CHNGOV>INDGOV:040/reported"}},
		{"prep-insertion", "Kenya, after weeks of talks, signed a trade pact with Uganda.", []string{"KEN>UGA:057/asserted", "UGA>KEN:057/asserted"}},
		{"prep-insertion", "The Nigerian president, at the end of a visit to Niger, signed a trade pact with Chad.",
			[]string{"NGAGOV>TCD:057/asserted", "TCD>NGAGOV:057/asserted"}},
		{"prep-insertion", "Kenya, while visiting Uganda, signed a trade pact with Tanzania.",
			[]string{"KEN>UGA:042/asserted", "KEN>TZA:057/asserted", "TZA>KEN:057/asserted"}},
		// a clause between the commas is no prepositional insertion
		{"prep-insertion", "Kenya, because Uganda insisted, signed a trade pact with Tanzania.", nil},
		// a place between a verb and its infinitive is where, not whom
		{"venue", "Asked whether Germany agreed in Paris last month to intervene, the minister said yes.", nil},
		{"venue", "Britain agreed in Brussels to impose sanctions on Iran.", []string{"GBR>IRN:1312/asserted"}},
		{"venue", "France urged Germany to sign the accord.", []string{"FRA>DEU:027/asserted"}},
		// "the people of X" named as a whole nation is the country
		{"people-of", "The people of Ghana reaffirm their solidarity with the brotherly people of Cuba.", []string{"GHA>CUB:051/asserted"}},
		{"people-of", "The people of Ghana protested in Accra.", nil},
		// adopting sanctions imposes them; a bill that lifts them does not, nor one on another matter
		{"adopt-sanctions", "Congress passed a sanctions bill against South Africa.", []string{"USALEG>ZAF:163/asserted"}},
		{"adopt-sanctions", "Congress passed the comprehensive South African sanctions bill last fall.", []string{"USALEG>ZAF:163/asserted"}},
		{"adopt-sanctions", "Parliament passed a bill lifting sanctions on Iran.", nil},
		{"adopt-sanctions", "Canada passed a law on fishing.", nil},
		// a firm of no named country is no actor, nor the country a sale goes to
		{"firm-no-country", "The agency accepted an offer from an exporter for the sale of wheat to Egypt.", nil},
		{"firm-no-country", "A trading company sold wheat to Egypt.", nil},
		{"firm-no-country", "Egypt bought wheat from an exporter.", nil},
		{"firm-no-country", "The exporters criticized Egypt.", nil},
		{"firm-no-country", "Japanese firms sold chips to China.", []string{"CHN>JPNBUS:061/asserted"}},
		// the wire's capital after "U.S.": a role noun the statistical recognizer took into a name
		{"us-capital", "The U.S. Senate criticized Japan.", []string{"USALEG>JPN:111/asserted"}},
		// a compound subject's own ground is no target of its joint act
		{"own-ground", "Peru and a Chinese firm will set up a joint venture in Peru to build ships.",
			[]string{"PER>CHNBUS:061/intended", "CHNBUS>PER:061/intended"}},
		// verbal acts of a state's organ toward the state itself are internal; force is not
		{"own-state", "The U.S. ambassador criticized the United States and China.", []string{"USAGOV>CHN:111/asserted"}},
		{"own-state", "Syrian government forces shelled Syria's northern border towns.", []string{"SYRMIL>SYR:194/asserted"}},
		// a singular actor after "and" followed by a plural verb is part of a compound subject,
		// also after a speech verb; a verb that agrees with it alone starts a clause of its own
		{"plural-compound", "Officials said Iran and Iraq were holding talks with Turkey.",
			[]string{"IRN>TUR:046/reported", "TUR>IRN:046/reported", "IRQ>TUR:046/reported", "TUR>IRQ:046/reported"}},
		{"plural-compound", "Officials said Iran and Iraq have signed a trade pact with Turkey.",
			[]string{"IRN>TUR:057/reported", "TUR>IRN:057/reported", "IRQ>TUR:057/reported", "TUR>IRQ:057/reported"}},
		{"plural-compound", "Iran attacked Iraq and Syria retaliated.", []string{"IRN>IRQ:190/asserted"}},
		// a continent's people named together are a collective, and a dash ends a clause
		{"collective", "Britain praised our African brothers.", nil},
		{"collective", "Washington's European allies criticized Iran.", []string{"Europeans>IRN:111/asserted"}},
		{"dash", "The crisis has hurt Libya — and Egypt condemned Sudan.", []string{"EGY>SDN:111/asserted"}},
		// a pair of dashes around a verbless phrase encloses an apposition, not a clause
		// (joining others to sign is one joint signing of all of them: manyparties.go)
		{"dash-pair", "Kenya and Uganda joined the two founders of the bloc — Tanzania and Rwanda — to sign a customs pact.",
			allPairs("057/asserted", "KEN", "UGA", "TZA", "RWA")},
		{"dash-pair", "The crisis has hurt Libya — Egypt condemned Sudan — and trade fell.", []string{"EGY>SDN:111/asserted"}},
		// an actor's destruction of another is force (CAMEO's DESTROY, 190)
		{"destruction", "NATO's destruction of Libya caused a migration crisis.", []string{"NATO>LBY:190/asserted"}},
		// examples after "such as" are ranked by the preposition of the phrase they exemplify;
		// places named so stay places
		{"such-as", "Sudan sold arms to groups such as Boko Haram, officials said.", []string{"SDN>Boko Haram:062/reported", "Boko Haram>SDN:062/reported"}},
		{"such-as", "Iran condemned the bombing of cities such as Aleppo.", nil},
	})
}

// TestAbbrevOrgRole codes sentences written for this test with the organization names the
// statistical recognizer makes of "U.S." and the word the wire capitalizes after it ("U.S.
// Diplomats"): the country with the role of that word, or of the noun after the name ("a U.S.
// Financial firm"); a name the gazetteer or the rules give, or one that names no role, keeps its
// own grounding.
func TestAbbrevOrgRole(t *testing.T) {
	us := func(name, source string) []entities.Mention {
		return []entities.Mention{{Text: name, Country: "USA", Source: source}}
	}
	checkWithOrgs(t, "North Korea criticized U.S. Diplomats in Seoul.", us("U.S. Diplomats", "model"),
		[]string{"PRK>USAGOV:111/asserted"})
	checkWithOrgs(t, "Japan bought a stake in a U.S. Financial firm.", us("U.S. Financial", "model"),
		[]string{"JPN>USABUS:061/asserted"})
	checkWithOrgs(t, "North Korea criticized U.S. Diplomats in Seoul.", us("U.S. Diplomats", entities.SourceGazetteer),
		[]string{"PRK>U.S. Diplomats:111/asserted"})
	checkWithOrgs(t, "Japan criticized U.S. Steel.", us("U.S. Steel", "model"),
		[]string{"JPN>U.S. Steel:111/asserted"})
}
