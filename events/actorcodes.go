package events

import "github.com/geopol/geopol/entities"

// Actor codes as EVENTS_GUIDELINES.md writes them (section 2, R-1, R-4, R-12), for constructions
// where the coder's code departed from the written rule:
//
//   - an international organization, its organs and officials are the organization's id, with no
//     role ("the head of the EU delegation" is EU, "IAEA inspectors" IAEA): a role noun after an
//     organization's name adds nothing (orgTakesNoRole);
//   - a firm named by a common noun after a nationality or a possessive country is that country's
//     business, BUS: "a Japanese bank", "the French petrochemical concern", "Japanese crushers",
//     "U.K. securities houses"; producers and growers of a farm commodity are AGR ("French maize
//     producers"); a central bank is its state's government ("the Japanese central bank", GOV)
//     (tradeRole);
//   - a company named with "of" and its place is that place's country's business, as "a New York
//     company" is: "Richco Grain Ltd of New York", "<Inland Steel Co> of the U.S.", "Shenzhen
//     Electronics Group (SEG) of China" (companyBeforeOf);
//   - "the Government and (the) people of X" is X's government: the first role named, not
//     the nation as a whole that "the people of X" alone names (govAndPeopleBefore);
//   - a nationality opening a minister's title whose words the tagger makes a name ("Venezuelan
//     Energy and Mines Minister") is the government, not a company "Venezuelan Energy"
//     (ministerTitle); a nationality before a word naming a state ("the Russian Empire") is no
//     company either (stateWord).

// orgTakesNoRole reports whether an actor mention of type t is an organization that is not a
// country's body (an IGO, an armed or political group coded by its own name): the guidelines code
// its organs, officials and members by its id alone.
func orgTakesNoRole(t string, a actor) bool {
	return t == entities.ORG && !a.country
}

// tradeNoun returns BUS for a common noun that names a firm and little else, beside the nouns of
// roleOf: banks, concerns, crushers, refiners and the like. Nouns that as often name something else
// after a nationality are left out: a carrier (a warship), miners and dealers (people: "Chilean
// miners", "Mexican drug dealers"), a broker (of a ceasefire), a supplier (of arms: often a
// state), a mill, a utility. A producer is a firm, or a farmer with a farm commodity (tradeRole).
// The nouns of a wire story's lead before a company's name (companyNoun in entities/actors:
// "French chemicals group X", "the Dutch electronics maker X") are another list on purpose: a name
// follows them, so "group", "unit", "carrier" or "maker" are safe there, and not here, where the
// noun after a nationality is the actor itself ("Iraqi units", "a French carrier").
func tradeNoun(lemma string) string {
	switch lemma {
	case "bank", "banker", "miller", "concern", "conglomerate", "consortium", "crusher", "refiner",
		"lender", "insurer", "shipper", "airline", "brokerage", "bidder", "distributor",
		"processor", "producer", "shipyard", "shipbuilder", "steelmaker", "retailer", "wholesaler", "contractor":
		return "BUS"
	}
	return ""
}

// businessModifier reports whether w (lower case) makes an organization or association one of
// firms: "industrial", "business", "employers'".
func businessModifier(w string) bool {
	switch w {
	case "industrial", "industry", "business", "businesses", "employers", "manufacturers", "exporters", "industrialists":
		return true
	}
	return false
}

// farmWord reports whether w (lower case) names a farm commodity: its producers and growers are
// farmers (AGR), those of other goods firms (BUS).
func farmWord(w string) bool {
	switch w {
	case "maize", "corn", "wheat", "olive", "olives", "grain", "grains", "sugar", "beet", "soybean", "soybeans", "soya", "rice", "dairy",
		"milk", "coffee", "cocoa", "cotton", "beef", "meat", "pork", "poultry", "rapeseed", "barley", "oilseed",
		"oilseeds", "palm", "tea", "fruit", "vegetable", "wine", "tobacco", "livestock", "cattle", "sheep", "wool",
		"potato", "potatoes", "citrus", "banana", "bananas", "farm", "agricultural":
		return true
	}
	return false
}

// tradeRole refines the role r that roleOf gave the noun at token j, after a country's name that
// starts at token from: a firm's noun is BUS; a producer or grower of a farm commodity named in the
// phrase (from four tokens before the name up to j: "French maize producers", "sugar from French
// producers") is AGR; a "central bank" or "reserve bank" is the government (GOV); "securities"
// names no security forces, and a securities or trading house is a firm. Capitalized words are
// names ("the Armenian Development Bank"), which the name rules code, and keep r.
func (v *sentenceView) tradeRole(from, j int, r string) string {
	w := v.words[j]
	if v.shouted(j) {
		return r // a headline in capitals ("BANK REGULATION DEAL") tells nothing
	}
	if w == "securities" {
		return "" // a modifier ("securities houses", "the securities market"), not the security forces
	}
	if v.capitalized(j) {
		return r // a proper name's word ("the Armenian Development Bank"): the name rules decide
	}
	l := nounLemma(w, nil)
	if r == "" && l == "regulator" {
		return "GOV" // "U.S. bank regulators": a state's authorities (section 2)
	}
	if r == "" {
		if r = tradeNoun(l); r != "" && j+1 < v.n() && (v.tags[j+1] == "NN" || v.tags[j+1] == "NNS") {
			return "" // a modifier, not the head: "bank regulators", "bank loans"
		}
	}
	switch {
	case l == "bank" && j > 0 && (v.words[j-1] == "central" || v.words[j-1] == "reserve"):
		return "GOV"
	case l == "house" && j > 0 && (v.words[j-1] == "securities" || v.words[j-1] == "trading" || v.words[j-1] == "brokerage"):
		return "BUS" // "British securities houses", "a Japanese trading house"
	case (l == "organisation" || l == "organization" || l == "association" || l == "federation") && j > 0 && businessModifier(v.words[j-1]):
		return "BUS" // "Taiwan's leading industrial organisation", "a Japanese business association"
	case l == "producer" || l == "grower":
		for k := max(0, from-4); k < j; k++ {
			if farmWord(v.words[k]) {
				return "AGR"
			}
		}
		if l == "grower" {
			return "AGR"
		}
	}
	return r
}

// companyBeforeOf returns the first token of a company's name that ends right before "of" (and an
// optional "the") in front of token a, the place's mention: the name's last word is a company
// suffix or "group", possibly followed by its acronym or ticker in brackets ("Shenzhen
// Electronics Group (SEG) of China", "<Inland Steel Co> of the U.S."). It returns -1 when there is
// none.
func (v *sentenceView) companyBeforeOf(a int) int {
	p := a - 1
	if p >= 0 && v.words[p] == "the" {
		p--
	}
	if p < 1 || v.words[p] != "of" {
		return -1
	}
	e := p - 1 // the name's last token, over a bracketed acronym or ticker
	if v.words[e] == ")" || v.words[e] == ">" {
		open := "("
		if v.words[e] == ">" {
			open = "<"
		}
		k := e - 1
		for k >= 0 && k >= e-5 && v.words[k] != open {
			k--
		}
		if k < 0 || v.words[k] != open {
			return -1
		}
		if open == "<" && k+1 < e && companySuffix(v.words[e-1]) {
			// "<Inland Steel Co> of": the bracket holds the name itself
			s := k + 1
			if s >= e-1 || !v.capitalized(s) {
				return -1
			}
			return k
		}
		e = k - 1
	}
	if e < 1 || !(companySuffix(v.words[e]) || v.words[e] == "group") || !v.capitalized(e) {
		return -1
	}
	s := e
	for s > 0 && s > e-6 && (v.tags[s-1] == "NNP" || v.tags[s-1] == "NNPS" || v.words[s-1] == "&") && v.capitalized(s-1) {
		s--
	}
	if s == e || v.publicBank(s, e) {
		return -1 // a suffix alone ("the Bank of Japan" is a central bank, grounded apart)
	}
	return s
}

// capitalized reports whether token i is written with a capital first letter.
func (v *sentenceView) capitalized(i int) bool {
	t := v.d.Tokens[v.s.First+i]
	c := v.d.Text[t.Start]
	return c >= 'A' && c <= 'Z'
}

// govAndPeopleBefore returns the token of "government" when the tokens before the "of" at token
// p read "the Government and (the) people of", or -1.
func (v *sentenceView) govAndPeopleBefore(p int) int {
	i := p - 1
	if i < 2 || v.words[p] != "of" || v.words[i] != "people" && v.words[i] != "peoples" {
		return -1
	}
	i--
	if v.words[i] == "the" {
		i--
	}
	if i < 1 || v.words[i] != "and" {
		return -1
	}
	i--
	if v.words[i] == "government" || v.words[i] == "governments" {
		return i
	}
	return -1
}

// ministerTitle returns the end of the capitalized words from token j, joined by "and" or "&",
// that end in a government's title ("Energy and Mines Minister", "Trade and Industry Ministry"):
// the nationality before them is the government's, not a company's name. It returns -1 when the
// words name no such title.
func (v *sentenceView) ministerTitle(j int) int {
	for i := j; i < v.n() && i < j+6; i++ {
		switch {
		case v.words[i] == "and" || v.words[i] == "&":
			continue
		case v.tags[i] != "NNP" && v.tags[i] != "NNPS" || !v.capitalized(i):
			return -1
		}
		switch nounLemma(v.words[i], nil) {
		case "minister", "ministry", "secretary", "department":
			return i + 1
		}
	}
	return -1
}

// stateWord reports whether w names a state or its realm, never a company after a nationality
// ("the Russian Empire", "the Ottoman Empire").
func stateWord(w string) bool {
	switch w {
	case "empire", "republic", "kingdom", "federation", "confederation", "crown", "state", "union", "emirate":
		return true
	}
	return false
}

// namedOrgRole returns the role of an organization the recognizers give a country but no role,
// by the last word of its name in tokens [a, b): a company's suffix ("Nippon Steel Corp",
// "Saudi Cairo Bank") or an exchange is its country's business, a producers' or growers'
// association of a farm commodity AGR ("the Ontario Corn Producers Association"), a commission,
// agency, authority or department of a state its government (GOV, section 2: "ministry",
// "authorities"). It returns "" for other names, which keep their own id.
func (v *sentenceView) namedOrgRole(a, b int) string {
	if b <= a || b > v.n() {
		return ""
	}
	last := v.words[b-1]
	switch {
	case companySuffix(last) && !v.publicBank(a, b-1) || last == "exchange":
		return "BUS"
	case last == "association" || last == "federation":
		for k := a; k < b-1; k++ {
			if farmWord(v.words[k]) || v.words[k] == "farmers" || v.words[k] == "growers" {
				return "AGR"
			}
		}
		for k := a; k < b-1; k++ {
			if v.words[k] == "producers" || v.words[k] == "manufacturers" || v.words[k] == "exporters" ||
				v.words[k] == "importers" || v.words[k] == "bankers" || v.words[k] == "industry" {
				return "BUS"
			}
		}
	case last == "commission" || last == "agency" || last == "authority" || last == "department":
		for k := a; k < b-1; k++ {
			if v.words[k] == "news" || v.words[k] == "press" {
				return "" // a news agency is no state body
			}
		}
		return "GOV"
	}
	return ""
}

// wireCapital returns the country of a name the statistical recognizer made of "U.S." or "U.K."
// and one capitalized word that is no role noun, followed by the common noun of the phrase ("U.S.
// Retaliatory action", "the U.S. Insider trading charge"): the 1980s wire capitalizes the word
// after "U.S.", which names no organization; the country is the actor, as in "U.S. retaliatory
// action" (section 2). It returns "" for other mentions: a name the phrase ends with ("U.S.
// Steel"); abbrevOrgRole codes the role nouns ("U.S. Diplomats").
func (v *sentenceView) wireCapital(m entities.Mention, a, b int) string {
	if m.Type != entities.ORG || len(m.Country) != 3 || b-a != 2 || b > v.n() || a < 0 ||
		v.words[a] != "u.s." && v.words[a] != "u.k." {
		return ""
	}
	switch m.Source {
	case entities.SourceGazetteer, entities.SourceRule, SourceActorDictionary:
		return ""
	}
	if v.words[b-1] == "securities" && b < v.n() && nounLemma(v.words[b], nil) == "house" {
		return m.Country + "BUS" // "U.K. Securities houses": firms, not the security forces
	}
	if companySuffix(v.words[b-1]) || roleOf(nounLemma(v.words[b-1], nil)) != "" {
		return ""
	}
	if b >= v.n() || v.capitalized(b) || v.tags[b] != "NN" && v.tags[b] != "NNS" && v.tags[b] != "VBG" {
		return "" // no common noun goes on: a name ("U.S. Steel")
	}
	return m.Country
}

// jointPrep reports whether w introduces all the parties of a joint act named by a noun: "talks
// between X and Y", "the trilateral cooperation among X, Y and Z".
func jointPrep(w string) bool { return w == "between" || w == "among" }

// electedOffice returns the organization whose office a person named before token b is said to
// take in the words that follow ("Mr. X on his election as President of the General Assembly", "on
// assuming the presidency of the Council", "on her election to the office of President of the
// Assembly"): the guidelines code a person as the actor of the office held (R-6), and an
// organization's officials as its id. It returns "" when no such office follows within the clause.
func (v *sentenceView) electedOffice(sm []entities.Mention, b int) string {
	for i := b; i < v.n() && i < b+12; i++ {
		w := v.words[i]
		if w == "," || w == ";" || isFinite(v.tags[i]) {
			return ""
		}
		switch w {
		case "president", "presidency", "chair", "chairmanship", "chairperson", "chairman":
		default:
			continue
		}
		j := i + 1
		if j < v.n() && v.words[j] == "of" {
			j++
		} else {
			return ""
		}
		if j < v.n() && v.words[j] == "the" {
			j++
		}
		if j >= v.n() {
			return ""
		}
		start := v.d.Tokens[v.s.First+j].Start
		for _, m := range sm {
			if m.Start == start && orgID(m) {
				return m.Entity
			}
		}
		return ""
	}
	return ""
}

// orgID reports whether mention m is an organization coded by its own id, no country's body: an
// international organization (role IGO) or an organization id with no country ("UN", "UNSC").
func orgID(m entities.Mention) bool {
	return m.Type == entities.ORG && (m.Role == "IGO" || m.Country == "" && upperCode(m.Entity))
}

// seaWord reports whether w (lower case) names a sea or a gulf: a nationality before it names the
// water ("the Indian Ocean", "the Persian Gulf"), not a country whose body follows.
func seaWord(w string) bool {
	switch w {
	case "ocean", "sea", "gulf", "bay", "strait", "straits", "basin":
		return true
	}
	return false
}
