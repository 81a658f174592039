package actors

import (
	"cmp"
	"strings"
)

// Role words: the titles and nouns that tell a person's sector in a title or an apposition
// ("Prime Minister", "Iran's foreign minister", "the head of the Iraqi army"). The lists are the
// project's; the codes CAMEO's.

// headRole returns the role of a title word that names an office on its own (lower case): GOV for
// "president" or "minister", MIL for "general", JUD for "judge", and so on; "" for other words.
// prev is the word before it, which changes a few ("attorney general" is JUD, "secretary general"
// GOV).
func headRole(w, prev string) string {
	prev = strings.TrimSuffix(prev, "-") // "Secretary- General" across a line break
	switch w {
	case "president", "vice-president", "president-elect", "premier", "chancellor", "minister",
		"secretary", "ambassador", "envoy", "diplomat", "king", "queen", "emir", "amir", "sultan",
		"monarch", "shah", "prince", "princess", "governor", "mayor", "official", "adviser",
		"advisor", "consul", "dictator", "strongman", "premier-elect", "taoiseach", "vice-premier",
		"secretary-general", "undersecretary", "under-secretary", "commissioner", "negotiator",
		"vice-minister", "deputy-minister",
		"counsellor", "chargé", "viceroy", "regent", "tsar", "czar", "mp", "leader", "ruler", "treasurer":
		if w == "leader" {
			switch prev {
			case "supreme":
				return "GOV"
			case "majority", "minority":
				return "LEG" // "House Majority leader": a leader of a legislature's parties
			}
			return ""
		}
		if w == "mp" {
			return "LEG"
		}
		return "GOV"
	case "general":
		switch prev {
		case "attorney", "solicitor", "procurator", "advocate":
			return "JUD"
		case "secretary", "governor", "surgeon", "consul", "inspector", "auditor", "director",
			"postmaster", "comptroller", "accountant", "registrar", "paymaster", "commissioner",
			"prosecutor":
			return "GOV" // a prosecutor general is an official (Phoenix PROSECUTOR_GENERAL ~GOVJUD)
		}
		return "MIL"
	case "colonel", "lieutenant-colonel", "admiral", "vice-admiral", "commander", "marshal",
		"field-marshal", "brigadier", "brigadier-general", "major-general", "lieutenant-general",
		"lieutenant", "sergeant", "corporal", "soldier", "gen", "col", "lt", "maj", "major", "brig",
		"adm", "sgt", "warlord", "commandant":
		return "MIL"
	case "judge", "justice", "prosecutor", "magistrate", "attorney":
		if prev == "chief" && w == "justice" {
			return "JUD"
		}
		return "JUD"
	case "senator", "congressman", "congresswoman", "lawmaker", "legislator", "parliamentarian",
		"deputy", "assemblyman", "assemblywoman", "councillor", "councilor", "sen", "rep",
		"representative", "speaker", "whip",
		// plurals, for "X was among the lawmakers who ..."
		"senators", "congressmen", "lawmakers", "legislators", "parliamentarians", "mps":
		if w == "deputy" || w == "representative" {
			return "" // "deputy foreign minister", "special representative": a modifier or an envoy
		}
		return "LEG"
	case "editor", "journalist", "correspondent", "reporter", "columnist", "broadcaster", "anchor",
		"publisher", "commentator":
		return "MED"
	case "ceo", "executive", "businessman", "businesswoman", "tycoon",
		"entrepreneur", "banker", "industrialist", "magnate", "financier", "investor", "lobbyist",
		"speculator", "shipowner":
		return "BUS"
	case "cleric", "ayatollah", "imam", "mullah", "bishop", "archbishop", "pope", "cardinal", "rabbi",
		"patriarch", "priest", "mufti", "pastor", "reverend", "metropolitan", "lama":
		return "REL"
	case "actor", "actress", "comedian", "comic", "singer", "musician", "rapper", "filmmaker",
		"film-maker", "entertainer", "celebrity":
		return "ELI" // entertainers, as Phoenix codes ACTOR [~ELI]
	case "maker":
		if prev == "film" {
			return "ELI" // "film maker"
		}
		return ""
	case "activist", "dissident":
		return "OPP"
	case "rebel", "insurgent", "militant", "guerrilla", "guerilla", "jihadist":
		return "REB"
	case "policeman", "policewoman", "constable", "inspector":
		return "COP"
	case "spy":
		return "SPY"
	case "scientist", "professor", "academic", "scholar", "researcher", "economist", "analyst",
		"teacher", "student":
		return "EDU"
	case "doctor", "physician", "surgeon", "nurse":
		return "HLH"
	}
	return ""
}

// genericHead reports whether w is a head noun whose role comes from the body it belongs to ("army
// chief" MIL, "police chief" COP, "foreign ministry spokesman" GOV, "opposition leader" OPP).
// defaultRole is its role when no body is named.
func genericHead(w string) (defaultRole string, ok bool) {
	switch w {
	case "chief", "head", "director", "director-general", "member", "spokesman", "spokeswoman",
		"spokesperson", "leader", "boss", "representative", "officer", "chairman", "chief-of-staff",
		"deputy", "aide", "founder", "coordinator", "administrator", "chairwoman", "chairperson",
		"politician", "candidate", "figure":
		switch w {
		case "spokesman", "spokeswoman", "spokesperson", "aide":
			return "GOV", true
		case "director-general":
			return "GOV", true // as "director general" ("Director-General Pedro Costa" of the WTO)
		}
		return "", true
	}
	return "", false
}

// domainRole returns the role of a word that names a kind of body or group ("army" MIL, "police"
// COP, "opposition" OPP, "ministry" GOV), "" for other words.
func domainRole(w string) string {
	switch w {
	case "army", "military", "forces", "navy", "naval", "air-force", "troops", "defence", "defense",
		"marines", "militia", "paramilitary", "brigade", "battalion", "regiment", "division", "corps",
		"guards", "guard", "staff":
		return "MIL"
	case "police", "gendarmerie", "border":
		return "COP"
	case "intelligence", "security", "spy", "secret":
		return "SPY"
	case "court", "judiciary", "tribunal", "prosecution", "prosecutor's":
		return "JUD"
	case "parliament", "parliamentary", "congress", "congressional", "senate", "assembly", "legislature",
		"duma", "knesset", "majlis", "bundestag", "house", "commons":
		return "LEG"
	case "opposition":
		return "OPP"
	case "rebel", "rebels", "insurgents", "insurgent", "guerrillas", "guerrilla", "militants", "militant":
		return "REB"
	case "government", "ministry", "cabinet", "presidency", "administration", "state", "foreign",
		"interior", "finance", "treasury", "embassy", "regime", "palace", "province", "provincial",
		"junta", "commission":
		return "GOV"
	case "company", "corporation", "bank", "firm", "group", "conglomerate", "holding",
		// the last word of a company's name: "Tata Sons", "Reliance Industries", "Apple Inc"
		"inc", "corp", "ltd", "plc", "llc", "industries", "holdings", "sons", "motors", "airlines":
		return "BUS"
	case "newspaper", "television", "radio", "news", "magazine", "channel", "broadcaster", "daily":
		return "MED"
	case "university", "institute", "school", "academy":
		return "EDU"
	case "church", "mosque", "clergy", "diocese", "vatican", "synagogue":
		return "REL"
	case "union", "unions":
		return "LAB"
	}
	return ""
}

// formerWord reports whether w marks a former holder ("former", "ex-"): CAMEO codes former
// officials as ELI.
func formerWord(w string) bool {
	switch w {
	case "former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired", "deposed", "ousted", "exiled", "late":
		return true
	}
	return strings.HasPrefix(w, "ex-") && len(w) > 3
}

// modifierWord reports whether w may stand in a title before its head without telling the role
// ("deputy", "acting", "prime", "foreign", "top").
func modifierWord(w string) bool {
	switch w {
	case "deputy", "vice", "acting", "interim", "prime", "foreign", "first", "second", "senior", "top",
		"chief", "grand", "supreme", "crown", "special", "outgoing", "incoming", "new", "newly",
		"elected", "then", "current", "sitting", "assistant", "associate", "principal", "executive",
		"permanent", "high", "lord", "great", "late", "veteran", "powerful", "influential", "national",
		"state", "federal", "regional", "provincial", "local", "defence", "defense", "interior",
		"finance", "justice", "health", "trade", "energy", "oil", "economy", "economic", "home",
		"information", "culture", "education", "labour", "labor", "agriculture", "environment",
		"transport", "industry", "planning", "communications", "tourism", "youth", "sports", "water",
		"housing", "development", "social", "affairs", "security", "intelligence", "army", "military",
		"police", "opposition", "rebel", "party", "union", "central", "bank", "general", "former",
		"ex", "ex-", "retired", "self-styled", "de", "facto", "reformist", "hardline", "moderate",
		"conservative", "liberal", "socialist", "communist", "islamist", "nationalist", "presidential",
		"ministerial", "cabinet", "government", "foreign-policy", "nuclear", "chief-of-staff", "homeland",
		"international", "corporate", "consumer", "monetary", "fiscal", "commerce", "budget", "noted",
		"famed", "renowned", "acclaimed", "celebrated", "well-known", "prominent", "leading", "film",
		"committee", "subcommittee", "select", "standing", "judiciary", "majority", "minority":
		return true
	}
	return false
}

// phraseRole works out the role a title or an apposition gives ("the Iraqi army chief" MIL, "former
// prime minister" ELI, "Iran's foreign minister" GOV) from its lower-case words in order, "" when
// the words name no office. The head is the last office word before a prepositional clause ("head
// of the army"): a word that names an office gives its role; a generic head ("chief", "spokesman",
// "leader") takes the role of the body named with it. "former" makes any office ELI.
func phraseRole(words []string, agent func(prev, w string) string) string {
	role, generic, genDefault, head, genWord := "", false, "", "", ""
	outDomain, inDomain, inWord, inHead := "", "", "", ""
	former, clause := false, false
	legBody, committee := false, false
	otherBody := false // a word of another kind of body before the head ("rebel military leader")
	corporate := false // "corporate" before the head: a company's office
	prev := ""
	for i, w := range words {
		switch w {
		case "of", "for", "at", "with", "in", "from", "to", "on":
			clause = true
			prev = w
			continue
		}
		if formerWord(w) {
			former = true
			if rest, ok := strings.CutPrefix(w, "ex-"); ok {
				w = rest // "ex-president"
			}
		}
		if clause {
			if d := cmp.Or(domainRole(w), titleDomain(w)); d != "" && inDomain == "" && (w != "house" || legislativeHouse(words, i)) {
				inDomain, inWord = d, w
			}
			if inWord == "military" && prev == "military" && militaryRuler(w) {
				inDomain = "GOV" // "an aide to Surinam military leader X": the head of a military government
			}
			if r := headRole(w, prev); r != "" && inHead == "" {
				inHead = r
			}
			prev = w
			continue
		}
		if r := agentRole(agent, prev, w); r != "" {
			role, generic = r, false
		} else if r := headRole(w, prev); r != "" {
			role, generic, head = r, false, w
		} else if d, ok := genericHead(w); ok {
			role, generic, genDefault, genWord = "", true, d, w
		}
		if d := cmp.Or(domainRole(w), titleDomain(w)); d != "" && (w != "house" || legislativeHouse(words, i)) {
			outDomain = d
			legBody = legBody || d == "LEG"
			otherBody = otherBody || w != "military"
		}
		if prev == "military" && militaryRuler(w) && outDomain == "MIL" && !otherBody {
			// "Surinam military leader X", "the military ruler": the head of a military government
			// rules the state (GOV), as a junta does; not "army leader", a commander.
			outDomain = "GOV"
		}
		committee = committee || w == "committee" || w == "subcommittee"
		corporate = corporate || w == "corporate"
		prev = w
	}
	if legBody && committee {
		outDomain = "LEG" // "Senate Judiciary Committee Chairman": a committee of the legislature
	}
	if generic && (inWord == "staff" || genWord == "chief-of-staff") && civilStaffChief(words) {
		inDomain = "GOV" // "the president's chief of staff": a government's official (officebodies.go)
	}
	if !generic && role == "GOV" && bodyHead(head) && (inWord != "bank" || !stateBank(words)) {
		switch inDomain {
		case "LAB", "BUS", "EDU", "REL", "MED":
			role = inDomain // "general secretary of the National Union of Mineworkers", "president of the company"
		}
	}
	if !generic && role == "GOV" && outDomain == "" && inHead == "LEG" && serviceHead(head) {
		role = "LEG" // "an adviser to the majority leader": legislative staff
	}
	if generic && corporate && !otherBodyThanFinance(words) {
		outDomain = "BUS" // "Corporate Finance Director X": a company's officer, not a ministry's
	}
	if generic {
		role = outDomain
		if role == "" && inHead == "LEG" && serviceHead(genWord) {
			role = "LEG" // "an aide to the majority leader", "an aide to Senator X": legislative staff
		}
		if role == "" {
			role = inDomain
		}
		if role == "" {
			role = genDefault
		}
	}
	if role == "" {
		if former && generic {
			return "ELI" // "ex-CIA chief", "a former head": a former official
		}
		return ""
	}
	if former {
		return "ELI"
	}
	return role
}

// bodyHead reports whether an office word also names the head of a union, company or other body,
// whose role is then the body's ("president of the union" LAB).
func bodyHead(w string) bool {
	switch w {
	case "president", "vice-president", "secretary", "secretary-general", "governor":
		return true
	}
	return false
}

// agentRole looks a word, and the pair it ends, up in the user's agents dictionary.
func agentRole(agent func(prev, w string) string, prev, w string) string {
	if agent == nil {
		return ""
	}
	return agent(prev, w)
}

// bodyRole returns the role of a national body by the Body part of an "<ISO3> <Body>" entity of
// package entities ("IRN Foreign Ministry" GOV, "IRQ Army" MIL).
func bodyRole(body string) string {
	switch body {
	case "Foreign Ministry", "Interior Ministry", "Finance Ministry", "Justice Ministry", "Health Ministry",
		"Information Ministry", "Oil Ministry", "Government", "Embassy", "Consulate", "Presidency",
		"Central Bank", "Department of Homeland Security", "NASA", "Coalition":
		return "GOV"
	case "Defense Ministry", "Military", "Army", "Navy", "Air Force", "Coast Guard", "Defense Forces",
		"Special Forces", "Revolutionary Guards", "CENTCOM":
		return "MIL"
	case "Security Forces", "Police", "FBI":
		return "COP"
	case "Intelligence", "CIA", "FSB", "KGB", "MI6", "Mossad":
		return "SPY"
	case "Parliament", "Congress", "Senate":
		return "LEG"
	case "Supreme Court", "Judiciary":
		return "JUD"
	case "Opposition":
		return "OPP"
	case "State Media":
		return "MED"
	case "Free Syrian Army":
		return "REB"
	}
	return ""
}

// seatRole returns the role of a seat-of-government metonym ("Pentagon" MIL, "Kremlin" GOV).
func seatRole(text string) string {
	switch Key(text) {
	case "PENTAGON":
		return "MIL"
	case "CAPITOL HILL":
		return "LEG"
	}
	return "GOV"
}

// militaryRuler reports whether w, after "military", names the head of a military government
// ("military leader", "military ruler", "military strongman").
func militaryRuler(w string) bool {
	switch w {
	case "leader", "ruler", "strongman", "dictator":
		return true
	}
	return false
}

// stateBank reports whether the bank a title's clause names may be a state's: a central, national,
// reserve or development bank, a bank "of" a place ("Bank of England", "Bank of Japan"), or one
// whose name holds no other word ("the bank"); not a commercial bank named by its own name
// ("president of Mitsubishi Bank": BUS).
func stateBank(words []string) bool {
	for i, w := range words {
		if w != "bank" {
			continue
		}
		if i+1 < len(words) && words[i+1] == "of" || i == 0 {
			return true
		}
		switch words[i-1] {
		case "central", "national", "reserve", "world", "development", "federal", "state", "people's",
			"investment", "export-import", "the", "of", "a", "asian", "african", "european",
			"inter-american", "islamic", "settlements":
			return true
		}
		return false
	}
	return true
}

// otherBodyThanFinance reports whether the words before a title's clause name a body other than a
// company's department of finance, planning or affairs ("corporate finance director" names none;
// "corporate affairs committee of the Senate" names a legislature's).
func otherBodyThanFinance(words []string) bool {
	for _, w := range words {
		switch w {
		case "of", "for", "at", "with", "in", "from", "to", "on":
			return false
		}
		switch domainRole(w) {
		case "", "GOV", "BUS":
		default:
			return true
		}
	}
	return false
}
