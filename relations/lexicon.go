package relations

import (
	"strings"
	"sync"
)

// The verb-phrase lexicon of the event coder. It was written for geopol from the CAMEO code
// definitions (code names in relations/data/cameo.tsv) and ordinary news usage; it is not derived
// from the PETRARCH/TABARI verb dictionaries.
//
// A pattern is a sequence of slots separated by spaces. A slot is a lemma, several lemmas joined by
// "|" (any of them), or "*" (a gap of zero to five tokens that contains no verb and no actor). The
// first slot is the trigger: a verb lemma for verb patterns, a noun lemma for noun patterns. Words
// are compared by lemma (lower case; verbs by [verbLemma], plural nouns by [nounLemma]), so one
// pattern covers "imposes/imposed/imposing sanctions on". The longest matching pattern wins; among
// equally long ones, the first listed.

// lexFlag qualifies a lexicon entry.
type lexFlag uint8

const (
	// symmetric verbs ("meet", "sign an agreement with") describe one joint act: a compound subject
	// without an object ("X and Y met") yields events in both directions.
	symmetric lexFlag = 1 << iota
	// takesInf verbs govern a following "to VERB" complement ("urged Iran to halt", "threatened
	// to attack", "refused to meet"): the complement is part of this event and is not coded apart.
	takesInf
	// speech verbs report what their clausal complement says: events inside it are "reported".
	speech
	// noun entries are triggered by a noun ("talks between X and Y").
	noun
	// mutual verbs are joint acts even with an object ("X met Y", "X clashed with Y"): the event
	// goes both ways. Other symmetric verbs go both ways only between the members of a compound
	// subject ("X and Y restored ties"); "X restored ties with Y" is X's act.
	mutual
	// objActor entries apply only when the verb's direct object is an actor ("Turkey will host
	// Greece", not "welcomed the decision").
	objActor
)

type lexEntry struct {
	pattern string
	code    string // a CAMEO code; ":072" codes the act of the target on the source ("received arms from")
	flags   lexFlag
}

// lexicon lists the patterns, grouped by CAMEO root.
func lexicon() []lexEntry {
	const (
		sym  = symmetric
		mut  = symmetric | mutual
		inf  = takesInf
		spch = speech
		obj  = objActor
	)
	return []lexEntry{
		// 01 make public statement
		{"reiterate", "010", spch}, {"conclude", "010", spch}, {"confirm", "010", spch},
		{"issue * reminder|statement", "010", spch}, {"deny * charge|accusation", "016", 0},
		{"be skeptical|pessimistic|doubtful", "012", 0}, {"be optimistic|hopeful|confident", "013", 0},
		{"agree * that", "019", sym}, {"agree on|upon", "030", sym}, {"share * view|concern", "019", sym}, {"express * skepticism|doubt|pessimism", "012", 0},
		{"say", "010", spch}, {"tell", "010", spch}, {"state", "010", spch}, {"announce", "010", spch},
		{"declare", "010", spch}, {"comment", "010", 0}, {"add", "010", spch}, {"note", "010", spch},
		{"report", "010", spch}, {"claim", "010", spch}, {"insist", "010", spch}, {"stress", "010", spch},
		{"decline to comment", "011", 0}, {"refuse to comment", "011", 0},
		{"voice pessimism", "012", 0}, {"voice optimism", "013", 0}, {"express optimism", "013", 0},
		{"express hope", "013", 0}, {"consider", "014", 0}, {"weigh", "014", 0},
		{"claim responsibility", "015", 0}, {"acknowledge", "015", 0}, {"admit", "015", 0},
		{"deny * involvement|responsibility|role|report|allegation", "016", 0},
		{"express|offer|send condolence|sympathy", "018", 0}, {"mourn", "018", 0},

		// 02 appeal
		{"call * on|upon", "020", inf},
		{"renew|make|issue|launch|repeat * appeal|call|plea", "020", inf}, {"submit * petition|request", "020", 0},
		{"push|press * for", "020", 0}, {"plead", "020", inf},
		{"appeal", "020", inf}, {"urge", "020", inf}, {"call on|upon", "020", inf}, {"call for", "020", 0},
		{"ask", "020", inf}, {"request", "020", inf}, {"press", "020", inf}, {"implore", "020", inf},
		{"appeal|ask|call for * aid|assistance|help", "023", 0}, {"request * aid|assistance|help", "023", 0},
		{"seek * aid|assistance|help", "023", 0},
		{"call for|on * release", "0253", inf}, {"urge * release|free", "0253", inf},
		{"call for|on|urge * ceasefire|cease-fire|truce|restraint|de-escalation", "0256", inf},
		{"urge * talk|dialogue|negotiation", "026", inf}, {"call for * talk|dialogue|negotiation", "026", 0},
		{"urge * to negotiate|talk|meet", "026", inf},

		// 03 express intent to cooperate
		{"swear", "030", inf}, {"be willing|ready|prepared to", "030", inf},
		{"pledge", "030", inf}, {"promise", "030", inf}, {"vow", "030", inf}, {"offer", "030", inf},
		{"commit", "030", inf}, {"agree to", "030", inf | sym},
		{"pledge|promise|offer|vow * aid|assistance|support|fund|loan|help", "033", inf},
		{"offer * to mediate", "039", inf}, {"offer * mediation", "039", 0},

		// 04 consult
		{"renew|resume|hold|open|begin|start * negotiation", "046", mut}, {"renew|resume|begin|start * talk", "046", mut},
		{"return to", "042", 0}, {"undertake * mediation", "045", 0}, {"share * evidence", "064", 0},
		{"meet", "040", mut}, {"talk", "040", mut}, {"hold talk", "046", mut}, {"discuss", "040", mut},
		{"consult", "040", mut}, {"confer", "040", mut}, {"meet with", "040", mut},
		{"phone", "041", mut}, {"telephone", "041", mut}, {"speak by phone|telephone", "041", mut}, {"lay * wreath", "017", 0}, {"agree with", "019", 0},
		{"visit", "042", 0}, {"travel to", "042", 0}, {"arrive in", "042", 0}, {"fly to", "042", 0},
		{"host", "043", obj}, {"receive", "043", obj}, {"welcome", "043", obj}, {"welcome", "051", 0}, {"receive * visit|visitor|delegation|guest", "043", 0}, {"give|extend * welcome|reception", "043", 0},
		{"mediate", "045", 0}, {"broker", "045", 0}, {"launch|begin|start * mediation", "045", 0},
		{"negotiate", "046", mut}, {"hold negotiation", "046", mut},

		// 05 engage in diplomatic cooperation
		{"upgrade|renew|resume * tie|relation", "050", sym}, {"improve * tie|relation", "050", sym},
		{"cooperate", "050", sym}, {"work with", "050", sym}, {"agree", "050", sym},
		{"restore * tie|relation", "050", sym}, {"normalize * tie|relation", "050", sym},
		{"praise", "051", 0}, {"commend", "051", 0}, {"endorse", "051", 0}, {"applaud", "051", 0},
		{"hail", "051", 0}, {"welcome * decision|move|step|agreement|deal|announcement", "051", 0},
		{"support", "051", 0}, {"back", "051", 0}, {"congratulate", "051", 0}, {"thank", "051", 0},
		{"defend", "052", 0}, {"rally behind", "053", 0},
		{"recognize", "054", 0}, {"recognise", "054", 0}, {"establish * tie|relation", "054", sym},
		{"apologize", "055", 0}, {"apologise", "055", 0}, {"forgive", "056", 0}, {"pardon", "056", 0},
		{"sign", "057", mut}, {"sign * agreement|accord|deal|treaty|pact|memorandum|declaration", "057", mut},
		{"conclude * agreement|accord|deal|treaty|pact", "057", mut}, {"ratify", "057", 0},
		{"reach * agreement|accord|deal", "057", mut},

		// 06 engage in material cooperation
		{"join * coalition|alliance|exercise|patrol|operation", "062", 0}, {"begin|conduct|hold * joint patrol", "062", mut},
		{"share * expertise|technology", "060", 0}, {"hold|launch|stage * war game", "062", mut},
		{"launch|stage * exercise|drill", "062", mut},
		{"exchange * prisoner|captive|detainee", "0841", mut}, {"trade", "061", sym}, {"invest", "061", 0}, {"train", "062", 0},
		{"hold * exercise|drill", "062", mut},
		{"hold|conduct|stage|launch|begin|start * joint * exercise|drill|patrol|maneuver|manoeuvre", "062", mut},
		// exercises held near another country are a show of force, not cooperation with it
		{"hold|conduct|stage|launch|begin|start * exercise|drill|maneuver|manoeuvre|game near|around|off|close", "150", 0}, {"extradite", "063", 0}, {"hand over", "063", 0},
		{"share * intelligence|information|data", "064", 0},

		// 07 provide aid
		{"approve * loan|credit|grant|aid|assistance", "071", 0},
		{"hand * medicine|food|aid|relief|supply", "073", 0}, {"contribute * troop|peacekeeper|soldier", "074", 0},
		{"give * dollar|grant|credit|loan", "071", 0}, {"allocate * fund|resource|money", "071", 0},
		{"aid", "070", 0}, {"assist", "070", 0}, {"help", "070", 0}, {"provide", "070", 0},
		{"deliver", "070", 0}, {"donate", "070", 0}, {"supply", "070", 0}, {"fund", "070", 0},
		{"send|provide|deliver|give * aid|assistance|support", "070", 0},
		{"send|provide|deliver|give|grant * loan|credit|fund|money", "071", 0},
		{"release|disburse|unlock|transfer * fund|funding|euro|dollar|tranche|loan|money|billion|million|grant", "071", 0},
		{"send|provide|deliver|supply|give * weapon|arm|ammunition|missile|tank", "072", 0},
		{"arm", "072", 0}, {"send|provide|deliver|supply|give|ship * material|equipment|supplies", "070", 0},
		{"accept|admit * refugee|migrant|asylum-seeker", "075", 0}, {"take in * refugee|migrant|asylum-seeker", "075", 0},
		// "received arms from the government": the giver's act (target → source)
		{"receive|get|obtain|acquire * weapon|arm|ammunition|missile|tank|jet|drone|equipment", ":072", 0},
		{"receive|get|obtain|secure * loan|credit|fund|funding|grant|money|dollar|euro|billion|million", ":071", 0},
		{"receive|get|obtain|secure * food|medicine|relief", ":073", 0},
		{"receive|get|obtain|secure * aid|assistance|support", ":070", 0},
		{"send|provide|deliver|give * food|medicine|relief|humanitarian", "073", 0},
		{"send|deploy * peacekeeper", "074", 0}, {"grant * asylum", "075", 0},

		// 08 yield
		{"lift|drop|withdraw * objection|veto|opposition", "080", 0},
		{"cancel|remove|drop|lift * restriction|barrier|ban", "081", 0}, {"end|halt|stop * strike|protest", "082", 0},
		{"pay * compensation|reparation", "080", 0},
		{"ease|lift * measure|emergency|restriction", "081", 0}, {"call off * strike|protest|boycott", "082", 0},
		{"accept * demand|condition", "083", 0}, {"meet * demand", "083", 0}, {"accept * formula|plan|proposal|offer", "037", 0},
		{"receive * observer|inspector|monitor", "0862", 0}, {"withdraw * inspector|observer|monitor", "1662", 0},
		{"withdraw * peacekeeper|peacekeeping", "1661", 0}, {"withdraw * ambassador|envoy|diplomat", "161", 0},
		{"yield", "080", 0}, {"concede", "080", 0}, {"back down", "080", 0},
		{"lift|ease|relax * restriction|curfew|ban", "081", 0},
		{"release", "084", 0}, {"free", "0841", 0}, {"return", "084", 0},
		{"release|free * prisoner|hostage|detainee|captive", "0841", 0}, {"repatriate", "0841", 0},
		{"lift|ease|suspend * sanction|embargo|blockade", "085", 0},
		{"allow * inspector|observer|monitor", "0862", 0}, {"admit * inspector|observer", "0862", 0},
		{"allow * aid|access", "0863", 0},
		{"declare * ceasefire|cease-fire|truce", "0871", 0}, {"agree * ceasefire|cease-fire|truce", "0356", mut},
		{"withdraw", "0874", 0}, {"pull out", "0874", 0}, {"pull * troop|force", "0874", 0},
		{"retreat", "0874", 0}, {"surrender", "0874", 0}, {"evacuate", "0874", 0}, {"demobilize", "0873", 0},

		// 09 investigate
		{"complete|conduct|launch|begin|start * investigation|inquiry|probe", "090", 0},
		{"investigate", "090", 0}, {"probe", "090", 0}, {"inquire", "090", 0}, {"examine", "090", 0},
		{"open * investigation|inquiry|probe|hearing|trial", "090", 0},
		{"investigate * corruption|crime|fraud", "091", 0}, {"investigate * abuse|right", "092", 0},
		{"investigate * war crime", "094", 0},

		// 10 demand
		{"demand", "100", inf}, {"insist on", "100", 0}, {"order", "100", inf},
		{"demand * withdrawal|pullout|leave|withdraw", "106", inf},
		{"demand * ceasefire|cease-fire|truce", "107", inf}, {"demand * talk|negotiation|meeting", "108", inf},
		{"demand * release|free", "1053", inf}, {"demand * resignation|step down|resign", "1041", inf},

		// 11 disapprove
		{"lodge|file|register * protest|complaint", "114", 0}, {"bring|file * case|lawsuit|suit|complaint", "115", 0},
		{"disapprove", "110", 0}, {"deny", "120", 0}, {"oppose", "110", 0}, {"question", "110", 0},
		{"criticize", "111", 0}, {"criticise", "111", 0}, {"condemn", "111", 0}, {"denounce", "111", 0},
		{"slam", "111", 0}, {"rebuke", "111", 0}, {"deplore", "111", 0}, {"decry", "111", 0},
		{"censure", "111", 0}, {"lash out at", "111", 0},
		{"accuse", "112", 0}, {"blame", "112", 0}, {"charge", "112", 0}, {"allege", "112", 0},
		{"accuse * corruption|crime|fraud", "1121", 0}, {"accuse * abuse", "1122", 0},
		{"accuse * aggression|attack|invasion", "1123", 0}, {"accuse * war crime|genocide", "1124", 0},
		{"accuse * spy|espionage|spying|treason", "1125", 0},
		{"complain", "114", 0}, {"protest to", "114", 0}, {"summon", "114", 0}, {"sue", "115", 0},
		{"convict", "116", 0}, {"sentence", "173", 0},

		// 12 reject
		{"decline to", "120", inf}, {"renege", "120", 0},
		{"reject", "120", inf}, {"refuse", "120", inf}, {"rebuff", "120", 0}, {"dismiss", "120", 0},
		{"turn down", "120", 0}, {"spurn", "120", 0},
		{"reject|refuse * aid|assistance", "122", inf},
		{"refuse to release|free", "1243", inf}, {"refuse to withdraw", "1246", inf},
		{"reject|refuse * talk|negotiation|meeting|proposal|offer", "125", inf},
		{"refuse to meet|talk|negotiate", "125", inf}, {"reject * mediation", "126", 0},
		{"reject * plan|agreement|deal|accord", "127", 0}, {"defy", "128", 0}, {"flout", "128", 0},
		{"veto", "129", 0}, {"block * resolution", "129", 0},

		// 13 threaten
		{"give|deliver * ultimatum", "139", 0},
		{"issue * warning|threat", "130", 0},
		{"threaten", "130", inf}, {"warn", "130", inf},
		{"threaten * sanction|embargo|boycott", "1312", inf}, {"threaten to sanction|boycott", "1312", inf},
		{"threaten to cut|sever|break", "1313", inf},
		{"threaten * force|war|military|attack|strike|invade|invasion", "138", inf},
		{"threaten to attack|strike|bomb|invade|fight|use", "138", inf},
		{"issue * ultimatum", "139", 0},

		// 14 protest
		{"begin|continue|stage|launch|start * hunger strike", "142", 0}, {"go on * hunger strike", "142", 0},
		{"organize|call|stage|hold * general strike|strike", "143", 0},
		{"organize|hold * protest|demonstration|rally", "141", 0}, {"throw * stone|rock", "145", 0},
		{"protest", "140", 0}, {"demonstrate", "141", 0}, {"rally", "141", 0}, {"march", "141", 0},
		{"stage * protest|demonstration|rally", "141", 0}, {"boycott", "143", 0},
		{"go on strike", "143", 0}, {"blockade", "191", 0}, {"riot", "145", 0},

		// 15 exhibit force posture
		{"remain|stay|be on * alert", "152", 0}, {"strengthen|reinforce|boost * force|troop|presence", "154", 0},
		{"exchange * fire", "190", mut}, {"move * troop|force|armour|tank", "154", 0},
		{"mobilize", "154", 0}, {"mobilise", "154", 0}, {"deploy", "154", 0}, {"mass", "154", 0},
		{"put * alert", "152", 0}, {"place * alert", "152", 0}, {"raise * alert", "152", 0},
		{"send * troop|force|soldier|warship|jet", "154", 0},

		// 16 reduce relations
		{"reduce|cut * supply|food", "1623", 0},
		{"cancel * visit|trip|meeting|talk", "160", 0}, {"suspend * link|flight|tie|relation", "160", 0},
		{"halt|end * mediation", "165", 0}, {"prohibit * aid", "162", 0},
		{"fail to reach * agreement|deal", "164", sym},
		{"downgrade * tie|relation", "160", 0}, {"reduce * tie|relation", "160", 0},
		{"cut * tie|relation", "161", 0}, {"sever * tie|relation", "161", 0},
		{"break off|up * tie|relation", "161", 0}, {"break * tie|relation", "161", 0},
		{"recall * ambassador|envoy|diplomat", "161", 0},
		{"cut|suspend|halt|freeze * aid|assistance", "162", 0},
		{"sanction", "163", 0}, {"embargo", "163", 0},
		{"impose * sanction|embargo|boycott|tariff", "163", 0}, {"slap * sanction|tariff", "163", 0},
		{"suspend * talk|negotiation", "164", 0}, {"halt * talk|negotiation", "164", 0},
		{"break off * talk|negotiation", "164", 0}, {"walk out", "164", 0},
		{"suspend", "160", 0}, {"expel", "166", 0}, {"expel * journalist|national|citizen|worker", "174", 0}, {"expel * diplomat|envoy|ambassador", "166", 0}, {"expel * peacekeeper", "1661", 0},
		{"expel * inspector|observer|monitor", "1662", 0}, {"expel * aid worker|agency", "1663", 0},

		// 17 coerce
		{"declare * siege", "1724", 0}, {"tighten|impose|enforce * blockade", "191", 0},
		{"impose * martial law", "1724", 0}, {"extend * curfew", "1723", 0}, {"outlaw", "1722", 0},
		{"prevent", "170", 0}, {"block", "144", 0}, {"blow up", "1712", 0}, {"disperse", "175", 0},
		{"coerce", "170", 0}, {"seize", "171", 0}, {"confiscate", "1711", 0}, {"destroy", "1712", 0},
		{"demolish", "1712", 0}, {"impose * restriction|ban|curfew", "172", 0},
		{"impose * curfew", "1723", 0}, {"ban", "1722", 0}, {"declare * emergency", "1724", 0}, {"declare * martial law", "1724", 0},
		{"arrest", "173", 0}, {"detain", "173", 0}, {"jail", "173", 0}, {"imprison", "173", 0},
		{"indict", "173", 0}, {"prosecute", "173", 0}, {"deport", "174", 0},
		{"crack down", "175", 0}, {"suppress", "175", 0}, {"repress", "175", 0},

		// 18 assault
		{"carry out * bombing", "183", 0},
		{"abuse", "182", 0},
		{"abduct", "181", 0}, {"kidnap", "181", 0}, {"hijack", "181", 0}, {"take * hostage", "181", 0},
		{"assault", "182", 0}, {"beat", "182", 0}, {"torture", "1822", 0}, {"kill", "1823", 0},
		{"murder", "1823", 0}, {"behead", "1823", 0}, {"execute", "1823", 0},
		{"carry out * suicide bombing|attack", "1831", 0}, {"detonate * car bomb", "1832", 0},
		{"attempt|try to assassinate|kill", "185", 0}, {"assassinate", "186", 0},

		// 19 fight
		{"take|seize|gain * control", "192", 0},
		{"retake|recapture|capture|overrun", "192", 0}, {"shoot down", "190", 0},
		{"launch * artillery|rocket|mortar|shelling", "194", 0},
		{"attack", "190", 0}, {"fight", "190", mut}, {"clash", "190", mut}, {"strike", "190", 0},
		{"raid", "190", 0}, {"ambush", "190", 0}, {"storm", "190", 0}, {"target", "190", 0},
		{"launch * attack|offensive|assault|operation|raid", "190", 0}, {"hit", "190", 0},
		{"blockade", "191", 0}, {"besiege", "191", 0}, {"invade", "192", 0}, {"occupy", "192", 0}, {"mount|launch|begin|start * invasion|incursion", "192", 0},
		{"annex", "192", 0}, {"shoot", "193", 0}, {"fire on|at", "193", 0}, {"shell", "194", 0},
		{"pound", "194", 0}, {"bombard", "194", 0}, {"fire * rocket|mortar|shell|missile|artillery", "194", 0},
		{"bomb", "195", 0}, {"launch * airstrike|strike", "195", 0},
		{"conduct|mount|launch * strike|airstrike|raid against|on", "195", 0}, {"carry out * strike|airstrike|raid against|on", "195", 0},
		{"conduct|mount|launch * attack|assault|offensive|operation against|on", "190", 0}, {"carry out * attack|assault|offensive|operation against|on", "190", 0},
		{"deliver|drop|fire * munition|bomb|missile|rocket against|on", "195", 0},
		{"carry out * airstrike", "195", 0}, {"violate * ceasefire|cease-fire|truce", "196", 0},

		// 20 use unconventional mass violence
		{"force out", "201", 0}, {"force * out of", "166", 0}, {"carry out|commit * mass killing", "202", 0}, {"engage in * ethnic cleansing", "203", 0},
		{"massacre", "202", 0}, {"slaughter", "202", 0}, {"exterminate", "202", 0},
		{"carry out|commit * massacre|genocide", "202", 0}, {"expel * en masse", "201", 0},
		{"ethnically cleanse", "203", 0}, {"carry out * ethnic cleansing", "203", 0},
		{"use * weapon of mass destruction", "204", 0},
		{"use * chemical|biological|poison|nerve", "2041", 0},
		{"gas", "2041", 0}, {"detonate * nuclear", "2042", 0},

		// noun triggers: "talks between X and Y", "X's attack on Y"
		{"talk between|with", "046", noun | sym}, {"meeting between|with", "040", noun | sym},
		{"negotiation between|with", "046", noun | sym}, {"summit between|with", "040", noun | sym},
		{"agreement between|with", "057", noun | sym}, {"deal between|with", "057", noun | sym},
		{"clash between|with", "190", noun | sym}, {"fighting between", "190", noun | sym},
		{"war between|with", "190", noun | sym}, {"attack on|against", "190", noun},
		{"airstrike on|against", "195", noun}, {"sanction on|against", "163", noun},
		{"invasion of", "192", noun}, {"visit to", "042", noun},
	}
}

// compiledEntry is a lexicon entry split into slots.
type compiledEntry struct {
	slots [][]string // each slot: alternatives, or nil for "*"
	code  string
	flags lexFlag
	order int
}

// lexIndex maps a trigger lemma to its entries, longest first.
type lexIndex struct {
	verbs, nouns map[string][]compiledEntry
	known        map[string]bool // every lemma of the lexicon, for the lemmatizer
}

// loadLexicon compiles the lexicon once per process.
var loadLexicon = sync.OnceValue(func() *lexIndex {
	ix := &lexIndex{verbs: map[string][]compiledEntry{}, nouns: map[string][]compiledEntry{}, known: map[string]bool{}}
	for i, e := range lexicon() {
		var ce compiledEntry
		ce.code, ce.flags, ce.order = e.code, e.flags, i
		for _, s := range strings.Fields(e.pattern) {
			if s == "*" {
				ce.slots = append(ce.slots, nil)
				continue
			}
			alts := strings.Split(s, "|")
			for _, a := range alts {
				ix.known[a] = true
			}
			ce.slots = append(ce.slots, alts)
		}
		m := ix.verbs
		if e.flags&noun != 0 {
			m = ix.nouns
		}
		for _, t := range ce.slots[0] {
			m[t] = append(m[t], ce)
		}
	}
	for _, m := range []map[string][]compiledEntry{ix.verbs, ix.nouns} {
		for k, es := range m {
			// longest pattern first, then lexicon order
			sortEntries(es)
			m[k] = es
		}
	}
	for _, w := range []string{"be", "have", "do", "plan", "intend", "expect", "aim", "prepare", "want", "hope", "seek", "try", "decide", "continue", "begin", "start"} {
		ix.known[w] = true
	}
	return ix
})

func sortEntries(es []compiledEntry) {
	// insertion sort: entry lists are short
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && less(es[j], es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func less(a, b compiledEntry) bool {
	if len(a.slots) != len(b.slots) {
		return len(a.slots) > len(b.slots)
	}
	return a.order < b.order
}

// irregular maps irregular inflected verb forms to their lemma.
func irregular(w string) (string, bool) {
	switch w {
	case "said", "says":
		return "say", true
	case "told":
		return "tell", true
	case "met":
		return "meet", true
	case "held":
		return "hold", true
	case "took", "taken":
		return "take", true
	case "gave", "given":
		return "give", true
	case "sent":
		return "send", true
	case "struck", "stricken":
		return "strike", true
	case "fought":
		return "fight", true
	case "sought":
		return "seek", true
	case "brought":
		return "bring", true
	case "broke", "broken":
		return "break", true
	case "shot":
		return "shoot", true
	case "flew", "flown":
		return "fly", true
	case "went", "gone", "goes":
		return "go", true
	case "was", "were", "is", "are", "am", "been", "being", "'s", "'re", "'m":
		return "be", true
	case "had", "has", "'ve":
		return "have", true
	case "did", "does", "done":
		return "do", true
	case "beat", "beaten":
		return "beat", true
	case "hit":
		return "hit", true
	case "cut":
		return "cut", true
	case "put":
		return "put", true
	case "forgave", "forgiven":
		return "forgive", true
	case "withdrew", "withdrawn":
		return "withdraw", true
	case "began", "begun":
		return "begin", true
	case "spoke", "spoken":
		return "speak", true
	case "led":
		return "lead", true
	case "left":
		return "leave", true
	case "made":
		return "make", true
	case "won":
		return "win", true
	case "paid":
		return "pay", true
	case "laid":
		return "lay", true
	case "sold":
		return "sell", true
	case "rode", "ridden":
		return "ride", true
	case "drove", "driven":
		return "drive", true
	case "threw", "thrown":
		return "throw", true
	case "wrote", "written":
		return "write", true
	case "kept":
		return "keep", true
	case "found":
		return "find", true
	case "stood":
		return "stand", true
	case "ran":
		return "run", true
	case "came":
		return "come", true
	case "saw", "seen":
		return "see", true
	case "knew", "known":
		return "know", true
	case "got", "gotten":
		return "get", true
	case "swore", "sworn":
		return "swear", true
	case "blew", "blown":
		return "blow", true
	case "froze", "frozen":
		return "freeze", true
	}
	return "", false
}

// verbLemma returns the lemma of an inflected verb form (lower case): the irregular table first,
// then suffix rules whose candidates are checked against the lexicon's lemmas.
func verbLemma(w string, known map[string]bool) string {
	w = strings.ToLower(w)
	if l, ok := irregular(w); ok {
		return l
	}
	// The candidates, in order: per suffix, the stem with i made y (tried, tries), the stem, the
	// stem with e (hoped), the stem without a doubled last letter (stopped, planning).
	var cands [20]string
	k := 0
	for _, suf := range [...]string{"ing", "ed", "es", "s", "n"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		if suf == "ed" || suf == "es" {
			if s, ok := strings.CutSuffix(stem, "i"); ok {
				cands[k] = s + "y"
				k++
			}
		}
		cands[k], cands[k+1] = stem, stem+"e"
		k += 2
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
			cands[k] = stem[:n-1]
			k++
		}
	}
	for _, c := range cands[:k] {
		if known[c] {
			return c
		}
	}
	return w
}

// nounLemma returns the singular of a plural noun (lower case) by suffix rules, preferring a lemma
// of the lexicon.
func nounLemma(w string, known map[string]bool) string {
	w = strings.ToLower(w)
	if known[w] {
		return w
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && known[s] {
		return s
	}
	if s, ok := strings.CutSuffix(w, "es"); ok && known[s] {
		return s
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok && len(s) > 2 {
		return s + "y" // authorities, navies
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return s
	}
	return w
}
