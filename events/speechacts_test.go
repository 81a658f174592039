package events

import "testing"

// Speech acts and the clauses they carry (speechacts.go). The sentences are written for these
// tests; each expectation lists every event of the sentence, in order.
func TestSpeechActs(t *testing.T) {
	checkEventCases(t, []eventCase{
		// neutral frames report their clause, before or after it, or "according to" (unchanged
		// rules, kept here as the baseline of the kinds below)
		{"reported", "Indian officials said Pakistan had attacked Indian posts in Kashmir.", []string{"PAK>IND:190/reported"}},
		{"reported", "Russian troops have shelled Ukrainian positions, the ministry said.", []string{"RUSMIL>UKRMIL:194/reported"}},
		{"reported", "According to Indian officials, Pakistan attacked Indian posts in Kashmir.", []string{"PAK>IND:190/reported"}},
		// a denial's content is the act denied, negated: after "that", as a gerund, after an
		// adverb; a denial that is itself negated reports its clause
		{"denial", "Israel has denied that it carried out the strike on Syria.", []string{"ISR>SYR:195/negated"}},
		{"denial", "Rwanda denied supporting the M23 rebels in Congo.", []string{"RWA>M23:051/negated"}},
		{"denial", "Pakistan flatly denied shelling Indian border posts.", []string{"PAK>IND:194/negated"}},
		{"denial", "Kenya did not deny that it had sent troops to Somalia.", []string{"KEN>SOM:154/reported"}},
		// the accuser whose accusation is rejected (016); the rejected act names no actor
		{"denial", "Russia denied Ukrainian accusations that it had attacked a grain convoy.", []string{"RUS>UKR:016/asserted"}},
		// deny as an act, not a speech act: unchanged
		{"denial", "Syria denied Turkey access to its airspace.", []string{"SYR>TUR:160/asserted"}},
		{"denial", "The Iranian government denied the report.", nil},
		// a complaint's target is the actor its "that" clause is about, not the body addressed;
		// the clause is its topic
		{"complaint", "Japan has complained to the WTO that South Korea's import curbs break trade rules.", []string{"JPN>KOR:114/asserted"}},
		{"complaint", "Poland complained to the European Commission that Russian gas prices were unfair.", []string{"POL>RUS:114/asserted"}},
		{"complaint", "Chile complained that Argentina had violated the fishing agreement.", []string{"CHL>ARG:114/asserted"}},
		{"complaint", "Seoul complained that Tokyo had ignored its requests.", []string{"KOR>JPN:114/asserted"}},
		{"complaint", "China protested to the United Nations that Japanese ships had entered its waters.", []string{"CHN>JPN:114/asserted"}},
		{"complaint", "Egypt has complained to the secretariat of the Arab League (ALG) that Ethiopia's dam breaks the Nile accords, officials said.",
			[]string{"EGY>ETH:114/reported"}},
		// no "that" clause: the addressee stays the target; the source's own firms are no target
		{"complaint", "Brazil has complained to the IMF about the loan conditions.", []string{"BRA>IMF:114/asserted"}},
		{"complaint", "Peru complained to Chile about the border fence.", []string{"PER>CHL:114/asserted"}},
		{"complaint", "Japan complained that Japanese firms were excluded from the Korean market.", nil},
		// a future act a speaker reports, "would" with no condition: intended; negated with "not";
		// hypothetical with a condition or another modal
		{"reported-future", "Diplomats said France would send more aid to Lebanon.", []string{"FRA>LBN:070/intended"}},
		{"reported-future", "Diplomats said India would not attack Pakistan.", []string{"IND>PAK:190/negated"}},
		{"reported-future", "Diplomats said Turkey would lift its blockade of Armenia if Yerevan withdrew from Karabakh.",
			[]string{"TUR>ARM:085/hypothetical", "ARM>Nagorno-Karabakh:0874/hypothetical"}},
		{"reported-future", "Analysts said China could impose sanctions on Taiwan.", []string{"CHN>TWN:163/hypothetical"}},
		// an act named by a noun in a reported clause is reported
		{"reported-noun", "Iraqi officials said the raids were part of Iraq's campaign against Iranian oil exports.", []string{"IRQ>IRN:190/reported"}},
		{"reported-noun", "The envoy said Vietnam's talks with China had stalled.", []string{"VNM>CHN:046/reported"}},
		{"reported-noun", "According to the ministry, Russia's attack on Ukrainian ports continued.", []string{"RUS>UKR:190/reported"}},
		{"reported-noun", "Iraq's campaign against Iran continued.", []string{"IRQ>IRN:190/asserted"}},
		// "consider doing": a declared willingness (03), or a threat for a conflict act (13)
		{"consider", "The official said Egypt would consider buying Australian wheat.", []string{"EGY>AUS:0311/asserted"}},
		{"consider", "The Indian ministry said Delhi was considering buying Russian oil.", []string{"IND>RUS:0311/asserted"}},
		{"consider", `Moscow "would consider" buying Canadian grain, a trade official said.`, []string{"RUS>CAN:0311/asserted"}},
		{"consider", "Germany said it would consider sending tanks to Ukraine.", []string{"DEU>UKR:0332/asserted"}},
		{"consider", "Australia considered banning Chinese investment.", []string{"AUS>CHN:1322/asserted"}},
		// a frame set off by commas inside the clause it reports
		{"inserted-frame", "Egypt, diplomats said, has agreed to sell gas to Israel.", []string{"EGY>ISR:030/reported"}},
		{"inserted-frame", "Iran, the agency reported, had shelled Iraqi positions.", []string{"IRN>IRQMIL:194/reported"}},
		{"inserted-frame", "In Cairo, diplomats said, Egypt has agreed to sell gas to Israel.", []string{"EGY>ISR:030/reported"}},
		// a clause joined by "and" to a reported one is reported; after a comma it stays the writer's
		{"reported-conjunct", "Officials said Saudi Arabia had lent Pakistan 3 billion dollars and Qatar had pledged aid to Egypt.",
			[]string{"QAT>EGY:033/reported"}},
		{"reported-conjunct", "The ministry said Iran had shelled Iraqi positions and Iraqi jets had bombed Iranian towns.",
			[]string{"IRN>IRQMIL:194/reported", "IRQMIL>IRN:195/reported"}},
		{"reported-conjunct", "Officials said the talks had ended, and Turkey attacked Kurdish rebels the next day.", []string{"TUR>Kurds:190/asserted"}},
		// the speaker's commitment, refusal or threat with no target of its own is addressed to the
		// one it tells; a target of its own, or another actor's act, keeps its coding
		{"addressee", "Chile told Peru that it would not sign the treaty.", []string{"CHL>PER:127/asserted"}},
		{"addressee", "Japan told Indonesia that it would provide more loans.", []string{"JPN>IDN:0331/asserted"}},
		{"addressee", "Russia told Finland that it would deploy missiles near the border.", []string{"RUS>FIN:138/asserted"}},
		{"addressee", "The minister told parliament that Kenya would send troops to Haiti.", []string{"KEN>HTI:154/intended"}},
		{"addressee", "Chile told Peru that Bolivia had signed the treaty.", nil},
		// "propose doing" as "consider doing"; with a noun object, the proposal itself
		{"propose", "Nigeria proposed holding talks with Cameroon on the border.", []string{"NGA>CMR:036/asserted"}},
		{"propose", "Japan proposed the creation of a trade zone with Korea.", []string{"JPN>KOR:0211/asserted"}},
		// losses suffered in another actor's armed act: that actor's act on the one who suffered
		// them, reported inside a frame
		{"suffered-in", "Syrian troops sustained losses in Turkey's offensive in the north.", []string{"TUR>SYRMIL:190/asserted"}},
		{"suffered-in", "Iraqi troops had suffered heavy casualties in Iran's offensive near Basra, the agency said.", []string{"IRN>IRQMIL:190/reported"}},
		{"suffered-in", "Kurdish fighters suffered heavy losses during a Turkish offensive, a monitoring group said.", []string{"TUR>Kurds:190/reported"}},
		{"suffered-in", "Ethiopian soldiers suffered casualties in an Eritrean attack on the border town.", []string{"ERI>ETHMIL:190/asserted"}},
		{"suffered-in", "Iraqi troops suffered heavy losses in Iraq's offensive.", nil},
		{"suffered-in", "Egypt suffered losses in trade with Israel.", nil},
		{"suffered-in", "Kenyan police suffered losses in the attack.", nil},
		// "no longer" with a commitment is a refusal, as "not" is; with a state it negates it
		{"no-longer", "Saudi Arabia said it would no longer buy oil from Iran.", []string{"SAU>IRN:1211/asserted"}},
		{"no-longer", "Saudi Arabia will no longer buy oil from Iran.", []string{"SAU>IRN:1211/asserted"}},
		{"no-longer", "Japan will no longer provide aid to Myanmar.", []string{"JPN>MMR:122/asserted"}},
		{"no-longer", "The United States no longer recognizes Taiwan.", []string{"USA>TWN:054/negated"}},
		// "consider" with a noun object: unchanged
		{"consider", "Japan is considering the Chinese proposal.", []string{"JPN>CHN:014/asserted"}},
	})
}
