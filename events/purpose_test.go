package events

import "testing"

// TestPurposeRules checks the purpose clauses that name an act: the beneficiary of something handed
// over ("sent troops to help Mali") and talks a journey is for ("flew to Amman to hold talks with
// Jordan"), and the purpose clauses that stay uncoded. The sentences are written for this test;
// each expectation lists every event of the sentence, in order.
func TestPurposeRules(t *testing.T) {
	checkEventCases(t, []eventCase{
		// aid to the actor a purpose clause helps, of the kind handed over
		{"purpose-aid", "The World Bank approved 50 mln dlrs to help Kenya.", []string{"WORLDBANK>KEN:071/asserted"}},
		{"purpose-aid", "The IMF said it approved a loan to assist Jamaica.", []string{"IMF>JAM:071/reported"}},
		{"purpose-aid", "The fund approved 125.9 mln SDRs to assist development in Jamaica, the IMF said.", nil},
		{"purpose-aid", "Japan sent 200 tonnes of rice to help Bangladesh.", []string{"JPN>BGD:073/asserted"}},
		{"purpose-aid", "The United States will provide 10 mln dlrs to support Jordan.", []string{"USA>JOR:071/intended"}},
		{"purpose-aid", "France sent troops to help Mali fight the rebels.", []string{"FRA>MLI:074/asserted"}},
		{"purpose-aid", "Britain deployed jets to support the Iraqi army.", []string{"GBR>IRQMIL:072/asserted"}},
		{"purpose-aid", "Norway gave 3 mln crowns to help rebuild schools in Sudan.", []string{}},
		// not a handing over, or no actor helped: no event
		{"purpose-none", "Ministers met in Geneva to help Syria find a settlement.", []string{}},
		{"purpose-none", "The plan shows what donors can do to help Lebanon.", []string{}},
		{"purpose-none", "Canada sent a letter to help the talks along.", []string{}},
		// talks a journey is for: the consultation, still to come
		{"travel-talks", "The Egyptian foreign minister flew to Amman to hold talks with Jordan.", []string{"EGYGOV>JOR:042/asserted", "EGYGOV>JOR:046/intended", "JOR>EGYGOV:046/intended"}},
		{"travel-talks", "A Zambian delegation will leave next week to complete negotiations with the IMF.", []string{"ZMBGOV>IMF:046/intended", "IMF>ZMBGOV:046/intended"}},
		{"travel-talks", "If the first round succeeds, Kenya's team would travel to Paris to negotiate with France.", []string{"KEN>FRA:042/hypothetical", "KEN>FRA:046/hypothetical", "FRA>KEN:046/hypothetical"}},
		// leading a delegation to a country is a visit
		{"lead-delegation", "The foreign minister of Egypt will lead a delegation to Sudan next week.", []string{"EGYGOV>SDN:042/intended"}},
		{"lead-delegation", "Kenya's trade minister headed a trade mission to Uganda.", []string{"KENGOV>UGA:042/asserted"}},
		// leading one's own country's delegation is not an act on it
		{"lead-delegation", "Mr. Zhang Gaoli led the Chinese delegation to the Climate Summit at the United Nations.", []string{}},
		{"lead-delegation", "The prime minister headed the Kenyan delegation to the talks.", []string{}},
		// a journey to the seat of the organization the talks are with is no visit to the country
		{"travel-seat", "The Turkish foreign minister flew to Brussels to hold talks with NATO.", []string{"TURGOV>NATO:046/intended", "NATO>TURGOV:046/intended"}},
		{"travel-seat", "A Zambian delegation will leave for Washington to complete negotiations with the IMF.", []string{"ZMBGOV>IMF:046/intended", "IMF>ZMBGOV:046/intended"}},
		{"travel-none", "Delegations from Armenia and Azerbaijan met in Geneva to discuss a draft peace treaty.", []string{"ARM>AZE:040/asserted", "AZE>ARM:040/asserted"}},
		// "negotiate with" is a negotiation (046), not the dictionary's diplomatic cooperation
		{"negotiate-with", "Egypt is negotiating with Israel over the border.", []string{"EGY>ISR:046/asserted", "ISR>EGY:046/asserted"}},
		{"negotiate-with", "Chile negotiated with Peru for two years.", []string{"CHL>PER:046/asserted", "PER>CHL:046/asserted"}},
		{"negotiate-with", "Spain continued negotiations with Morocco on fishing rights.", []string{"ESP>MAR:046/asserted", "MAR>ESP:046/asserted"}},
		// a country's delegation is its government; peacekeepers are military
		{"delegation", "The Nigerian delegation will hold talks with French officials.", []string{"NGAGOV>FRAGOV:046/intended", "FRAGOV>NGAGOV:046/intended"}},
		{"delegation", "A Chinese delegation visited Pakistan.", []string{"CHNGOV>PAK:042/asserted"}},
		{"peacekeeper", "Over 2,000 Fijians have performed peacekeeping missions in Lebanon.", []string{"FJIMIL>LBN:074/asserted"}},
		{"peacekeeper", "Fijians have protested in Lebanon.", []string{"FJICVL>LBN:140/asserted"}},
		{"peacekeeper", "Nepal condemns attacks on peacekeepers.", []string{}},
		{"peacekeeper", "Cambodia will deploy 216 peacekeepers to the Central African Republic.", []string{"KHM>CAF:074/intended"}},
		{"peacekeeper", "Ghanaian peacekeepers clashed with Lebanese militias.", []string{"GHAMIL>LBNREB:190/asserted", "LBNREB>GHAMIL:190/asserted"}},
	})
}
