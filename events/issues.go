package events

import (
	"maps"
	"slices"
	"strings"
)

// CAMEO splits many of its codes by what the act is about, the same way across roots: an appeal
// (02), an intent (03), a demand (10), a rejection (12) or a protest (14) is about material
// cooperation (economic, military, judicial, intelligence), aid (economic, military, humanitarian,
// protection), political reform (leadership, policy, rights, institutions) or yielding (easing
// administrative sanctions, popular dissent, releasing persons or property, easing economic
// sanctions, international involvement, de-escalation). "called for the release of the
// journalists" is 0253 and "demanded the release of the journalists" 1053; "staged a hunger strike
// to demand the president's resignation" 1421. [Coder.refine] reads the issue from the words of the
// clause after the verb and moves a code to its child for that issue.

// issue is what an act is about.
type issue uint8

const (
	noIssue issue = iota
	// unspecified is a cue that names the family itself ("political reform"): the code keeps its
	// parent
	unspecified
	// yielding is a cue that names yielding without saying to what ("concessions")
	yielding
	econCoop
	milCoop
	judCoop
	intelCoop
	econAid
	milAid
	humAid
	protection
	leadership
	policy
	rights
	institutions
	adminSanctions // restrictions, curfews, bans, states of emergency
	dissent        // protests, unrest
	release        // persons or property
	econSanctions
	involvement // observers, inspectors, monitors, international presence
	deescalation
	crime
	abuses
	aggression
	warCrimes
	espionage
	politicalFreedom
	partyBan
	curfew
	emergency
	peacekeepers
	inspectors
	aidAgencies
	suicideBomb
	vehicleBomb
	roadsideBomb
	plainBomb // a bomb with no more said: "a bomb attack", "a bomb exploded"
	aerial    // "air strike", "warplanes", "helicopter gunships", "drone"
	artillery // "artillery", "mortar", "rocket fire", "tank fire"
	blockade
	occupation
	terror
	attack
	wmd
	confiscation
	destruction
	ceasefire
	demobilization
	retreat
	persons
	property
	aidCut
	relations
)

// issueCues are the words that say what an act is about, as lemma sequences (several words joined
// by spaces; the cue matches consecutive lemmas). The first cue after the verb wins; a longer cue
// wins over a shorter one at the same place. They are the vocabulary of news reports, not of any
// one test set.
var issueCues = map[string]issue{
	// material cooperation
	"trade": econCoop, "free trade": econCoop, "investment": econCoop, "invest": econCoop, "economic cooperation": econCoop,
	"economic tie": econCoop, "commerce": econCoop, "trade agreement": econCoop, "business": econCoop, "market access": econCoop,
	"export": econCoop, "import": econCoop, "pipeline": econCoop, "gas link": econCoop, "trade barrier": econCoop, "barrier": econCoop,

	"military cooperation": milCoop, "defense cooperation": milCoop, "defence cooperation": milCoop, "joint exercise": milCoop,
	"military exercise": milCoop, "joint drill": milCoop, "military alliance": milCoop, "alliance": milCoop, "military base": milCoop,
	"training ground": milCoop, "military training": milCoop, "military": milCoop,
	"extradite": judCoop, "extradition": judCoop, "hand over": judCoop, "handover": judCoop, "judicial cooperation": judCoop, "legal assistance": judCoop,
	"prosecute": judCoop, "bring to justice": judCoop, "face trial": judCoop, "stand trial": judCoop, "suspect": judCoop,
	"intelligence": intelCoop, "information": intelCoop, "intelligence sharing": intelCoop, "data": intelCoop,
	// aid
	"economic aid": econAid, "financial aid": econAid, "financial assistance": econAid, "economic assistance": econAid,
	"loan": econAid, "credit": econAid, "fund": econAid, "funding": econAid, "financing": econAid, "finance": econAid,
	"debt relief": econAid, "money": econAid, "budget support": econAid, "aid": unspecified, "assistance": unspecified,
	"military aid": milAid, "military assistance": milAid, "arm": milAid, "weapon": milAid, "ammunition": milAid,
	"military equipment": milAid, "tank": milAid, "missile": milAid, "air defense": milAid, "air defence": milAid,
	"humanitarian": humAid, "humanitarian aid": humAid, "food": humAid, "relief": humAid, "medicine": humAid,
	"medical": humAid, "shelter": humAid, "starvation": humAid, "famine": humAid, "relief supply": humAid, "emergency aid": humAid,
	"peacekeeper": protection, "peacekeeping": protection, "peacekeeping troop": protection, "peacekeeping force": protection,
	"protection": protection, "protect": protection, "security guarantee": protection, "troop": protection,
	// political reform
	"resign": leadership, "resignation": leadership, "step down": leadership, "stand down": leadership, "removal": leadership,
	"oust": leadership, "ouster": leadership, "leadership": leadership, "reinstate": leadership, "impeach": leadership,
	"impeachment": leadership, "replace": leadership, "early election": leadership, "quit": leadership,
	"policy": policy, "law": policy, "bill": policy, "legislation": policy,
	"price": policy, "tax": policy, "subsidy": policy, "wage": policy, "pay": policy, "pension": policy, "fraud": policy,
	"election result": policy, "settlement": policy,
	"right": rights, "human right": rights, "freedom": rights, "liberty": rights, "civil right": rights, "equal": rights,
	"equality": rights, "autonomy": rights, "land right": rights, "property right": rights,
	"religious freedom": rights, "opportunity": rights, "discrimination": rights,
	"political reform": unspecified, "concession": yielding, "compromise": yielding, "reform": policy,
	"democracy": institutions, "democratic": institutions, "democratize": institutions, "democratization": institutions,
	"rule of law": institutions, "judiciary": institutions, "judicial system": institutions, "constitution": institutions, "constitutional": institutions, "institution": institutions, "regime": institutions,
	"regime change": institutions, "independence": institutions, "electoral law": institutions, "election law": institutions,
	"parliament": institutions, "referendum": institutions, "federal": institutions, "secede": institutions,
	"secession": institutions, "interior ministry": institutions, "power-sharing": institutions,
	// yielding
	"restriction": adminSanctions, "curb": adminSanctions, "curfew": curfew, "state of emergency": emergency, "martial law": emergency,
	"ban": adminSanctions, "emergency measure": emergency, "emergency rule": emergency,
	"protest": dissent, "agitation": dissent, "unrest": dissent, "demonstration": dissent, "strike": dissent, "riot": dissent,
	"uprising": dissent, "rebellion": dissent, "insurgency": dissent, "violence": dissent,
	"release": release, "free": release, "hostage": release, "prisoner": release, "detainee": release, "captive": release,
	"repatriate": release, "return": release, "hand back": release,
	"sanction": econSanctions, "import restriction": econSanctions, "export restriction": econSanctions,
	"trade restriction": econSanctions, "tariff": econSanctions, "embargo": econSanctions, "boycott": econSanctions, "trade embargo": econSanctions,
	"economic sanction": econSanctions,
	"observer":          involvement, "monitor": involvement, "inspector": involvement, "international involvement": involvement,
	"international presence": involvement, "access": involvement, "humanitarian access": involvement, "relief flight": involvement,
	"aid worker": involvement, "humanitarian worker": involvement, "aid agency": involvement, "un mission": involvement, "investigator": involvement,
	"armed struggle": deescalation, "ceasefire": deescalation, "cease-fire": deescalation, "truce": deescalation, "withdrawal": deescalation,
	"withdraw": deescalation, "pull out": deescalation, "disengagement": deescalation, "end the fighting": deescalation,
	"stop the fighting": deescalation, "hostility": deescalation, "offensive": deescalation, "de-escalate": deescalation,
	"de-escalation": deescalation,
	// accusations and investigations
	"crime": crime, "corruption": crime, "fraudulent": crime, "bribery": crime, "bribe": crime, "kickback": crime,
	"embezzlement": crime, "misuse": crime, "misusing": crime, "smuggling": crime, "drug trafficking": crime, "money laundering": crime,
	"murder": crime, "theft": crime, "tax evasion": crime, "public fund": crime,
	"human rights abuse": abuses, "human rights violation": abuses, "abuse": abuses, "torture": abuses, "violate human right": abuses,
	"violation of human right": abuses, "mistreatment": abuses, "ill-treatment": abuses, "repression": abuses,
	"aggression": aggression, "violate the ceasefire": aggression, "violating the ceasefire": aggression,
	"ceasefire violation": aggression, "violation": aggression, "violate": aggression, "incursion": aggression, "attack": aggression,
	"allegation": aggression, "border violation": aggression, "provocation": aggression,
	"war crime": warCrimes, "genocide": warCrimes, "crime against humanity": warCrimes, "massacre": warCrimes,
	"ethnic cleansing": warCrimes, "atrocity": warCrimes,
	"espionage": espionage, "spy": espionage, "spying": espionage, "treason": espionage, "sabotage": espionage,
	// administrative sanctions, expulsions, military acts
	"political freedom": politicalFreedom, "press freedom": politicalFreedom, "freedom of speech": politicalFreedom,
	"freedom of assembly": politicalFreedom, "political activity": politicalFreedom, "restriction on the use": politicalFreedom,
	"censorship": politicalFreedom,
	"party":      partyBan, "political party": partyBan, "politician": partyBan, "candidate": partyBan,
	"outlaw": partyBan, "night curfew": curfew, "nightly curfew": curfew,
	"emergency": emergency, "martial": emergency,
	"inspection": inspectors, "weapons inspector": inspectors, "election observer": inspectors,
	"relief organization": aidAgencies, "aid group": aidAgencies, "ngo": aidAgencies, "charity": aidAgencies,
	"suicide": suicideBomb, "suicide bomber": suicideBomb, "suicide bombing": suicideBomb, "blow themselves up": suicideBomb,
	"car bomb": vehicleBomb, "car bombing": vehicleBomb, "vehicle bomb": vehicleBomb, "bomb-laden": vehicleBomb, "truck bomb": vehicleBomb, "booby-trapped car": vehicleBomb,
	"roadside": roadsideBomb, "roadside bomb": roadsideBomb, "ied": roadsideBomb, "improvised explosive device": roadsideBomb,
	"landmine": roadsideBomb, "mine": roadsideBomb,
	"bomb attack": plainBomb, "bomb blast": plainBomb, "bomb explosion": plainBomb, "explosive": plainBomb,
	"time bomb": plainBomb, "parcel bomb": plainBomb, "grenade": plainBomb,
	"air strike": aerial, "airstrike": aerial, "air raid": aerial, "warplane": aerial, "war plane": aerial, "jet": aerial,
	"fighter jet": aerial, "gunship": aerial, "helicopter gunship": aerial, "bomber": aerial, "drone": aerial,
	"drone strike": aerial, "aerial bombardment": aerial, "air attack": aerial,
	"artillery": artillery, "mortar": artillery, "shell": artillery, "shelling": artillery, "rocket fire": artillery,
	"tank fire": artillery, "howitzer": artillery, "cannon": artillery,
	"invade": occupation, "invasion": occupation, "occupy": occupation, "occupation": occupation, "annex": occupation,
	"terror": terror, "terrorist": terror, "terrorism": terror, "bomb": terror, "blow": terror, "devastating blow": terror,
	"assassinate": terror, "kidnap": terror, "hijack": terror,
	"nuclear weapon": wmd, "chemical weapon": wmd, "biological weapon": wmd, "nuclear": wmd, "chemical": wmd, "biological": wmd,
	"weapon of mass destruction": wmd, "nuclear strike": wmd,
	"confiscate": confiscation, "seize": confiscation, "seizure": confiscation, "expropriate": confiscation,
	"nationalize": confiscation, "confiscation": confiscation, "asset": confiscation, "impound": confiscation,
	"destroy": destruction, "demolish": destruction, "demolition": destruction, "raze": destruction, "burn": destruction,
	"bulldoze": destruction, "torch": destruction, "set fire": destruction, "blow up": destruction, "damage": destruction,
	"demobilize": demobilization, "demobilization": demobilization, "disarm": demobilization, "disarmament": demobilization,
	"disband": demobilization, "surrender": retreat, "retreat": retreat,
	"person": persons, "citizen": persons, "journalist": persons, "sailor": persons, "soldier": persons,
	"remains": persons, "criminal": persons, "correspondent": persons, "reporter": persons,
	"refugee": humAid,
	"ship":    property, "vessel": property, "aircraft": property, "plane": property, "helicopter": property, "property": property,
	"territory": property, "land": property, "island": property, "artifact": property, "cargo": property,
	"cut aid": aidCut, "stop aid": aidCut, "suspend aid": aidCut, "halt aid": aidCut, "withhold aid": aidCut,
	"tie": relations, "relation": relations, "diplomatic relation": relations, "diplomatic tie": relations, "ambassador": relations,
	"embassy": relations, "envoy": relations,
}

// issueChildren maps a CAMEO code whose children differ by what the act is about to the child of
// each issue. Issues a family does not distinguish are folded into the family's own: the economic
// issues of an aid family are economic aid whether the cue says trade or loans.
var issueChildren = func() map[string]map[issue]string {
	m := map[string]map[issue]string{}
	coop := func(parent, econ, mil, jud, intel string) {
		m[parent] = map[issue]string{econCoop: econ, econAid: econ, milCoop: mil, milAid: mil, judCoop: jud, intelCoop: intel}
		for k, v := range m[parent] {
			if v == "" {
				delete(m[parent], k)
			}
		}
	}
	aid := func(parent, econ, mil, hum, prot string) {
		m[parent] = map[issue]string{econAid: econ, econCoop: econ, milAid: mil, humAid: hum, protection: prot, peacekeepers: prot}
	}
	reform := func(parent string) {
		m[parent] = map[issue]string{leadership: parent + "1", policy: parent + "2", rights: parent + "3",
			politicalFreedom: parent + "3", institutions: parent + "4"}
	}
	yield := func(parent, p string) {
		m[parent] = map[issue]string{adminSanctions: p + "1", curfew: p + "1", emergency: p + "1", politicalFreedom: p + "1",
			dissent: p + "2", release: p + "3", econSanctions: p + "4",
			involvement: p + "5", inspectors: p + "5", peacekeepers: p + "5", aidAgencies: p + "5",
			deescalation: p + "6", ceasefire: p + "6", retreat: p + "6", demobilization: p + "6"}
	}
	admin := func(parent string) {
		m[parent] = map[issue]string{politicalFreedom: parent + "1", rights: parent + "1", partyBan: parent + "2",
			curfew: parent + "3", emergency: parent + "4"}
	}
	coop("021", "0211", "0212", "0213", "0214")
	coop("031", "0311", "0312", "0313", "0314")
	coop("101", "1011", "1012", "1013", "1014")
	coop("121", "1211", "1212", "1213", "")
	aid("023", "0231", "0232", "0233", "0234")
	aid("033", "0331", "0332", "0333", "0334")
	aid("103", "1031", "1032", "1033", "1034")
	aid("122", "1221", "1222", "1223", "1224")
	aid("162", "1621", "1622", "1623", "")
	delete(m["162"], protection)
	delete(m["162"], peacekeepers)
	for _, p := range []string{"024", "034", "104", "123", "083", "141", "142", "143", "144", "145"} {
		reform(p)
	}
	m["083"] = map[issue]string{leadership: "0831", policy: "0832", rights: "0833", politicalFreedom: "0833", institutions: "0834"}
	yield("025", "025")
	yield("035", "035")
	yield("105", "105")
	yield("124", "124")
	admin("081")
	admin("132")
	admin("172")
	m["132"][econSanctions] = "1312" // "threatened to impose import restrictions"
	m["112"] = map[issue]string{crime: "1121", abuses: "1122", rights: "1122", aggression: "1123", attack: "1123",
		warCrimes: "1124", espionage: "1125"}
	m["090"] = map[issue]string{crime: "091", abuses: "092", rights: "092", aggression: "093", attack: "093", warCrimes: "094"}
	m["084"] = map[issue]string{persons: "0841", release: "0841", property: "0842", confiscation: "0842"}
	m["086"] = map[issue]string{peacekeepers: "0861", protection: "0861", inspectors: "0862", involvement: "0862",
		humAid: "0863", aidAgencies: "0863"}
	m["087"] = map[issue]string{ceasefire: "0871", deescalation: "0871", blockade: "0872", demobilization: "0873",
		retreat: "0874"}
	m["166"] = map[issue]string{peacekeepers: "1661", protection: "1661", inspectors: "1662", involvement: "1662",
		aidAgencies: "1663", humAid: "1663"}
	m["138"] = map[issue]string{blockade: "1381", occupation: "1382", terror: "1383", suicideBomb: "1383",
		vehicleBomb: "1383", attack: "1384", aggression: "1384", wmd: "1385"}
	m["131"] = map[issue]string{aidCut: "1311", econAid: "1311", humAid: "1311", milAid: "1311", econSanctions: "1312",
		relations: "1313"}
	m["171"] = map[issue]string{confiscation: "1711", property: "1711", destruction: "1712"}
	m["183"] = map[issue]string{suicideBomb: "1831", vehicleBomb: "1832", roadsideBomb: "1833"}
	// a killing or an attack is coded by its weapon: a bombing (183), artillery (194), aircraft
	// (195)
	for _, c := range []string{"180", "182", "1823", "186", "190"} {
		m[c] = map[issue]string{suicideBomb: "1831", vehicleBomb: "1832", roadsideBomb: "1833", plainBomb: "183",
			artillery: "194", aerial: "195"}
	}
	return m
}()

// rootFamilies maps the root-level codes of the speech acts about acts to the family of each
// issue: "called for trade" (020) is an appeal for material cooperation (021), "called for
// loans" an appeal for aid (023).
var rootFamilies = map[string]map[issue]string{
	"020": {yielding: "025", econCoop: "021", milCoop: "021", judCoop: "021", intelCoop: "021", econAid: "023", milAid: "023", humAid: "023",
		protection: "023", peacekeepers: "023", leadership: "024", policy: "024", rights: "024", institutions: "024",
		adminSanctions: "025", curfew: "025", emergency: "025", dissent: "025", release: "025", econSanctions: "025",
		involvement: "025", inspectors: "025", deescalation: "025", ceasefire: "025"},
	"030": {yielding: "035", econCoop: "031", milCoop: "031", judCoop: "031", intelCoop: "031", econAid: "033", milAid: "033", humAid: "033",
		protection: "033", peacekeepers: "033", leadership: "034", policy: "034", rights: "034", institutions: "034",
		adminSanctions: "035", curfew: "035", emergency: "035", dissent: "035", release: "035", econSanctions: "035",
		involvement: "035", inspectors: "035", deescalation: "035", ceasefire: "035"},
	"100": {yielding: "105", econCoop: "101", milCoop: "101", judCoop: "101", intelCoop: "101", econAid: "103", milAid: "103", humAid: "103",
		protection: "103", peacekeepers: "103", leadership: "104", policy: "104", rights: "104", institutions: "104",
		adminSanctions: "105", curfew: "105", emergency: "105", dissent: "105", release: "105", econSanctions: "105",
		involvement: "105", inspectors: "105", deescalation: "105", ceasefire: "105"},
	"120": {yielding: "124", econCoop: "121", milCoop: "121", judCoop: "121", econAid: "122", milAid: "122", humAid: "122", protection: "122",
		peacekeepers: "122", leadership: "123", policy: "123", rights: "123", institutions: "123", adminSanctions: "124",
		curfew: "124", emergency: "124", dissent: "124", release: "124", econSanctions: "124", involvement: "124",
		inspectors: "124", deescalation: "124", ceasefire: "124"},
}

func init() {
	// "rejected a proposal for a ceasefire" is a refusal to de-escalate (1246), one for talks a
	// rejected proposal to meet (125)
	rootFamilies["125"] = rootFamilies["120"]
	rootFamilies["080"] = map[issue]string{politicalFreedom: "081", partyBan: "081", curfew: "081", emergency: "081",
		adminSanctions: "081", dissent: "082", leadership: "083", policy: "083", rights: "083", institutions: "083",
		release: "084", persons: "084", property: "084", econSanctions: "085", involvement: "086", inspectors: "086",
		peacekeepers: "086", deescalation: "087", ceasefire: "087", retreat: "087", demobilization: "087"}
	rootFamilies["130"] = map[issue]string{aidCut: "131", econSanctions: "131", relations: "131", blockade: "138",
		occupation: "138", terror: "138", attack: "138", wmd: "138"}
	// multiword cues are also written with hyphens ("free-trade pact", "cease-fire"); a hyphenated
	// cue of the table keeps its own issue. The keys are read in sorted order and the map is not
	// written while it is ranged over, so that which of two cues hyphenated alike ("free trade
	// pact", "free-trade pact") gives the hyphenated form its issue does not depend on the order
	// of a map (TestHyphenatedCuesAgree checks that no two such cues differ).
	for _, k := range slices.Sorted(maps.Keys(issueCues)) {
		if h := strings.ReplaceAll(k, " ", "-"); h != k {
			if _, ok := issueCues[h]; !ok {
				issueCues[h] = issueCues[k]
			}
		}
	}
	for k := range issueCues {
		first, _, _ := strings.Cut(k, " ")
		issueCueLens[first] |= 1 << (strings.Count(k, " ") + 1)
	}
}

// issueCueLens maps the first word of every cue of issueCues to the set of the numbers of words of
// the cues it starts (bit n set for a cue of n words), so that issueAfter looks up only the word
// sequences that may be cues (set by init).
var issueCueLens = map[string]uint32{}

// longestCue is the number of words of the longest cue.
var longestCue = func() int {
	n := 0
	for k := range issueCues {
		n = max(n, strings.Count(k, " ")+1)
	}
	return n
}()

// issueAfter returns the issue of the first cue among the tokens [from, to) of v that code's
// family distinguishes (a family of issueChildren, or of rootFamilies for a root-level code), and
// the child code it gives; "" when none does.
func (v *sentenceView) issueAfter(code string, from, to int) string {
	return v.firstIssue(code, from, to, issueCueLens)
}

// firstIssue is issueAfter with the numbers of words of the cues each word starts (see
// issueCueLens); with nil, every sequence of up to longestCue lemmas is looked up.
func (v *sentenceView) firstIssue(code string, from, to int, cueLens map[string]uint32) string {
	fam, root := issueChildren[code], rootFamilies[code]
	if fam == nil && root == nil {
		return ""
	}
	if fam != nil && root == nil && len(code) == 3 {
		// an appeal, intent, demand or rejection about another family than the verb's own:
		// "appealed for an end to the agitation" (021 by the verb) is an appeal to yield
		root = rootFamilies[code[:2]+"0"]
	}
	var buf [64]byte
	// a sequence of lemmas without spaces is a cue only if its first lemma starts a cue of as
	// many words; a lemma with a space (none in practice) makes every sequence a candidate
	spaced := cueLens == nil
	for i := max(from, 0); i < to && !spaced; i++ {
		spaced = strings.IndexByte(v.lemmas[i], ' ') >= 0
	}
	for i := from; i < to; i++ {
		if v.actorAt[i] >= 0 {
			continue // a name: "the Democratic Republic of Congo", "Human Rights Watch"
		}
		lens := ^uint32(0)
		if !spaced {
			if lens = cueLens[v.lemmas[i]]; lens == 0 {
				continue
			}
		}
		for n := min(longestCue, to-i); n >= 1; n-- {
			if lens&(1<<n) == 0 {
				continue
			}
			b := buf[:0]
			for j := i; j < i+n; j++ {
				if j > i {
					b = append(b, ' ')
				}
				b = append(b, v.lemmas[j]...)
			}
			is, ok := issueCues[string(b)] // no allocation: the conversion is only a map key
			if !ok {
				continue
			}
			if is == unspecified {
				return ""
			}
			if c := fam[is]; c != "" {
				return c
			}
			f := root[is]
			if f == code {
				return "" // a cue naming the family itself: "offered concessions" stays 035
			}
			if f != "" {
				if c := issueChildren[f][is]; c != "" {
					return c
				}
				return f
			}
		}
	}
	return ""
}

// issueWindow returns the end of the words that can say what the act of p is about: the end of
// the sentence, or a trailing attribution (", officials said", ", according to"; not ", saying
// he must resign") before it.
func (v *sentenceView) issueWindow(p pred) int {
	end := v.n()
	for i := p.end; i < end; i++ {
		if v.words[i] != "," && v.words[i] != "--" {
			continue
		}
		for j := i + 1; j < min(i+6, end); j++ {
			if v.words[j] == "according" || isFinite(v.tags[j]) && isSpeech(v.lemmas[j]) {
				return i
			}
		}
	}
	return end
}

// wholeClause reports whether the issue of code can be named before its verb too, anywhere in the
// sentence: the weapon of a killing or an attack ("a roadside bomb near Samarra killed").
func wholeClause(code string) bool {
	return code[0] == '1' && (code[1] == '8' || code[1] == '9')
}

// refine moves code to the child that the words of the clause of p give it (see issueChildren):
// the words after the verb (its own pattern's words included), and for an attack the words of the
// sentence before it too. A code without such children, or a clause without a cue, keeps its code.
func (c *Coder) refine(v *sentenceView, p pred, code dictCode) dictCode {
	if c.lex == nil {
		return code // a user's dictionary: its codes need not be CAMEO's
	}
	end := v.issueWindow(p)
	issueOf := func(cd string) string {
		if r := v.issueAfter(cd, p.head+1, end); r != "" || !wholeClause(cd) {
			return r
		}
		lo := 0
		if p.rel == relPurpose {
			// "used barrel bombs to kill": the purpose keeps its own code; the object of "use"
			// is not its weapon (meansacts.go)
			lo = p.first
		} else if p.start > 0 && boundaryWord(v.words[p.start-1]) {
			// a clause opened by a complementizer or conjunction: "Turkey conducted airstrikes,
			// and officials hope that Syria will defeat the PKK" is no air strike by Syria
			lo = p.start
		}
		return v.issueAfter(cd, lo, p.head)
	}
	if code.fwd != "" {
		if r := issueOf(code.fwd); r != "" {
			if code.rev == code.fwd {
				code.rev = r
			}
			code.fwd = r
		}
	} else if code.rev != "" {
		if r := issueOf(code.rev); r != "" {
			code.rev = r
		}
	}
	return v.adoptedSanctions(p, code) // "passed a sanctions bill" (legislation.go)
}
