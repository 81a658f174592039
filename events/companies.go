package events

import (
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
)

// Companies named after their country. A company the recognizers do not ground ("State Trading
// Corp", "Marubeni Corp") is no actor by itself, but after a nationality or a possessive country
// ("the Indian State Trading Corp", "Japan's Marubeni Corp") the sentence gives its country: it is that country's business (BUS), as EVENTS_GUIDELINES.md
// R-4 codes companies.

// companySuffix reports whether w (lower case) ends a company's name: a legal form
// (entities.LegalFormLower, the list entities/actors reads too) or a word that ends the names of
// firms ("Tata Motors", "Singapore Airlines", "Hyundai Heavy Industries", "Hokkaido Takushoku Bank").
// The actors package asks for a legal form alone, as it decides from the name by itself that an
// organization is a firm; the coder also takes these words, as it then leaves out public banks
// (publicBank) and names in capitals (shouted).
func companySuffix(w string) bool {
	switch w {
	case "industries", "airlines", "motors", "bank":
		return true
	}
	return entities.LegalFormLower(w)
}

// companyOf reports whether the mention a of type t is a company the recognizers did not ground,
// by the last word of its name.
func (v *sentenceView) companyOf(a actor, t string) bool {
	return t == entities.ORG && !a.grounded && a.end > a.first && a.end <= v.n() && companySuffix(v.words[a.end-1]) &&
		!v.publicBank(a.first, a.end-1) && !v.shouted(a.first)
}

// publicBank reports whether the name in tokens [j, i], ending in "bank", is a central, national or
// development bank: a state body, not a company ("the South African Reserve Bank", "the Polish
// National Bank").
func (v *sentenceView) publicBank(j, i int) bool {
	return v.words[i] == "bank" && slices.ContainsFunc(v.words[j:i], func(w string) bool {
		return w == "central" || w == "reserve" || w == "national" || w == "people's" || w == "development" || w == "investment"
	})
}

// shouted reports whether token i is written in capitals and is longer than an acronym: a headline
// ("BRITAIN WANTS BANK REGULATION DEAL"), where capitals tell nothing of names.
func (v *sentenceView) shouted(i int) bool {
	t := v.d.Tokens[v.s.First+i]
	w := v.d.Text[t.Start:t.End]
	return len(w) > 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// companyNameAfter returns the end of a company's name of capitalized words starting at j whose
// last word is a company suffix ("State Trading Corp", "Marubeni Corp."), or -1.
func (v *sentenceView) companyNameAfter(j int) int {
	for i := j; i < v.n() && i < j+6; i++ {
		if v.tags[i] != "NNP" && v.tags[i] != "NNPS" || v.actorAt[i] >= 0 {
			return -1
		}
		if companySuffix(v.words[i]) && i > j {
			if v.publicBank(j, i) || v.shouted(j) {
				return -1
			}
			return i + 1
		}
	}
	return -1
}

// demonymName returns the end of a proper name that a nationality opens at token j ("American
// Express", "British Petroleum", "Saudi Aramco"): one or two capitalized words after the demonym,
// none of them an actor, a role noun ("Chinese President", "Iranian Foreign Ministry" are handled
// as roles) or a time word (a month, a weekday), with no capitalized word after them; or -1. Such a name is a
// firm or association of that country, its business (BUS) as EVENTS_GUIDELINES.md R-4 codes
// companies whose country the sentence gives.
func (v *sentenceView) demonymName(j int, startsAt func(int) (int, bool)) int {
	e := j
	for e < v.n() && e < j+3 && v.tags[e] == "NNP" {
		if _, ok := startsAt(e); ok || roleOf(nounLemma(v.words[e], nil)) != "" || timeWord(v.words[e]) || v.shouted(e) || stateWord(v.words[e]) {
			return -1
		}
		e++
	}
	if e == j || e == j+3 || e < v.n() && (v.tags[e] == "NNP" || v.tags[e] == "NNPS") || v.publicBank(j, e-1) {
		return -1
	}
	return e
}

// exchangeCountries maps the exchange suffix of a Reuters instrument code to the exchange's
// country ("TDK.T": Tokyo). Only suffixes whose exchange is certain are listed.
var exchangeCountries = map[string]string{
	"T": "JPN", "OS": "JPN", "L": "GBR", "F": "DEU", "DE": "DEU", "N": "USA", "O": "USA", "PA": "FRA",
	"AS": "NLD", "Z": "CHE", "S": "CHE", "ST": "SWE", "MI": "ITA", "HE": "FIN", "BR": "BEL", "TO": "CAN",
	"HK": "HKG", "SI": "SGP", "AX": "AUS", "MC": "ESP", "CO": "DNK", "OL": "NOR", "VI": "AUT", "KS": "KOR",
	"TW": "TWN", "NZ": "NZL", "JO": "ZAF", "BO": "IND", "NS": "IND", "SA": "BRA", "MX": "MEX",
}

// tickerCountry returns the country of the company named by text[start:end] that a wire story gives
// by its stock ticker in angle brackets right after the name: an exchange suffix ("TDK Corp
// <TDK.T>": JPN, "Siemens AG <SIEG.F>": DEU), or a bare ticker of a U.S. listing after a name
// ending in "Inc" ("TransAmerica Inc <TA>": USA; a bare ticker after "Corp" or "Ltd" may be a
// foreign company's U.S. listing, "Hitachi Ltd <HIT>", and tells nothing). It returns "" otherwise.
func tickerCountry(text string, start, end int) string {
	rest := text[end:]
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "<") {
		return ""
	}
	close := strings.IndexByte(rest, '>')
	if close < 2 || close > 14 {
		return ""
	}
	tk := rest[1:close]
	for _, r := range tk {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == 'a' || r == 'n' || r == 'q') {
			return "" // a bracketed name, "<Allen-Bradley Co Inc>", not a ticker
		}
	}
	if dot := strings.LastIndexByte(tk, '.'); dot > 0 {
		return exchangeCountries[tk[dot+1:]]
	}
	name := strings.TrimRight(text[start:end], ".")
	if strings.HasSuffix(name, " Inc") && len(tk) <= 5 {
		return "USA"
	}
	return ""
}

// centralBanks lists the central banks whose names hold no country name or demonym, by their
// lower-case names as news writes them, with the ISO3 code of their state. Central banks are
// their state's government (GOV), as EVENTS_GUIDELINES.md codes them; a name that holds its country
// ("the Bank of Japan", "the Swiss National Bank") is grounded by the recognizers.
var centralBanks = map[string]string{
	"fed": "USA", "federal reserve": "USA", "federal reserve board": "USA", "federal reserve bank of new york": "USA",
	"new york fed": "USA", "new york federal reserve bank": "USA", "federal reserve system": "USA",
	"bank of england": "GBR", "bundesbank": "DEU", "deutsche bundesbank": "DEU", "banque de france": "FRA",
	"banca d'italia": "ITA", "de nederlandsche bank": "NLD", "riksbank": "SWE", "sveriges riksbank": "SWE",
	"bank negara": "MYS", "bank negara malaysia": "MYS", "bangko sentral ng pilipinas": "PHL",
	"saudi arabian monetary agency": "SAU", "sama": "SAU", "banxico": "MEX", "norges bank": "NOR",
	"danmarks nationalbank": "DNK", "oesterreichische nationalbank": "AUT",
}

// centralBankCountry returns the state of the central bank named name ("the Bank of England":
// GBR), or "".
func centralBankCountry(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(n, "the ")
	n = strings.ReplaceAll(n, "’", "'")
	return centralBanks[n]
}

// centralBankName reports whether name, an organization the recognizers give a country, is its
// country's central bank: "Central Bank of X", "X Central Bank", "Reserve Bank of X", "X Reserve
// Bank", "X Monetary Authority", or "Bank of X" for the states whose central bank is so named
// (not "Bank of America", "Bank of China", "Bank of Brazil", "Bank of Ireland", commercial banks).
func centralBankName(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(n, "the ")
	if strings.Contains(n, "central bank") || strings.Contains(n, "reserve bank") || strings.Contains(n, "monetary authority") {
		return true
	}
	switch strings.TrimPrefix(n, "bank of ") {
	case "japan", "england", "canada", "france", "italy", "korea", "thailand", "israel", "greece", "spain",
		"portugal", "mexico", "russia", "ghana", "uganda", "tanzania", "zambia", "jamaica", "finland",
		"estonia", "latvia", "lithuania", "albania", "slovenia", "namibia", "botswana", "sierra leone",
		"guyana", "papua new guinea", "mauritius", "algeria", "sudan", "south sudan", "eritrea":
		return strings.HasPrefix(n, "bank of ")
	}
	return false
}

// continental reports whether the group entity id names the people of a continent or a world
// region ("Europeans", "Africans", "Arabs"), whose states or firms named together ("European
// central banks") are a collective, not an actor.
func continental(id string) bool {
	switch id {
	case "Europeans", "Africans", "Asians", "Latin Americans", "Westerners", "Arabs":
		return true
	}
	return false
}

// pluralAfter reports whether a plural noun naming states or institutions follows token j, after
// at most two adjectives or nouns ("European central banks", "African governments"; not
// "European allies", which the coder keeps as the group).
func (v *sentenceView) pluralAfter(j int) bool {
	for k := j; k < v.n() && k <= j+2; k++ {
		switch v.tags[k] {
		case "NNS":
			switch nounLemma(v.words[k], nil) {
			case "bank", "government", "state", "country", "nation", "company", "firm", "producer", "exporter",
				"importer", "ministry", "parliament", "capital", "authority", "regulator", "creditor", "lender", "economy",
				"brother", "sister": // "our African brothers"
				return true
			}
			return false
		case "JJ", "NN":
		default:
			return false
		}
	}
	return false
}

// firmNoun reports whether a lower-case noun names a firm in a wire story's description of one
// before its name: "French computer services group <Cap Gemini Sogeti>", "the Dutch electronics
// maker Philips", "Yugoslavia's top oil producer <Ina-Naftaplin>". It is wider than tradeNoun, as
// a name follows it here ("group", "unit", "carrier" name no firm by themselves), and takes every
// compound of "maker" ("chipmaker", "drugmaker").
func firmNoun(w string) bool {
	switch w {
	case "group", "company", "firm", "concern", "conglomerate", "bank", "insurer", "producer", "manufacturer",
		"retailer", "brewer", "airline", "carrier", "subsidiary", "unit", "holding", "house", "refiner",
		"distributor", "processor", "shipbuilder", "steelmaker", "contractor", "lender", "consortium":
		return true
	}
	return strings.HasSuffix(w, "maker")
}

// describedFirm returns the end of a firm's name that a description opens at token j, right after
// a nationality or a possessive country: lower-case adjectives and nouns, joined by "and" or
// hyphens ("ski and tennis equipment", "top oil and natural gas"), at most six, ending with a firm's
// noun (firmNoun), then the name, in angle brackets or not: an organization the recognizers
// found but did not ground, not a listed name (o, its index in raw, absorbed into the country's BUS), or one to three
// capitalized words no recognizer marked (o = -1). It returns -1 when the words are no such
// description: a role noun among them other than a firm's ("the Lebanese militant group X" is no
// firm), a capitalized word before the noun, or no name after it. "group", "unit" and "carrier"
// need a word describing the trade before them, as they name armed or political bodies as often
// as firms.
func (v *sentenceView) describedFirm(j int, raw []actor, types []string, startsAt func(int) (int, bool)) (end, o int) {
	head := -1
	for i := j; i < v.n() && i < j+7; i++ {
		w := v.words[i]
		if _, ok := startsAt(i); ok || v.capitalized(i) || v.shouted(i) {
			return -1, -1
		}
		if firmNoun(w) && isNounTag(v.tags[i]) {
			head = i
			break
		}
		switch {
		case w == "and" || w == "-":
		case v.tags[i] == "JJ" || v.tags[i] == "NN" || v.tags[i] == "NNS" || v.tags[i] == "VBN" || v.tags[i] == "VBG":
			if r := roleOf(nounLemma(w, nil)); r != "" && r != "BUS" {
				return -1, -1 // "militant", "opposition", "army": not a firm
			}
		default:
			return -1, -1
		}
	}
	if head < 0 || head == j && (v.words[head] == "group" || v.words[head] == "unit" || v.words[head] == "carrier") {
		return -1, -1 // "Lebanese group X", "an Iraqi unit": a firm only with words describing its trade
	}
	n := head + 1
	if n < v.n() && v.words[n] == "<" {
		n++
	}
	if k, ok := startsAt(n); ok {
		a := raw[k]
		if types[k] != entities.ORG || a.listed || a.home != "" || upperCode(a.code) {
			return -1, -1
		}
		e := a.end
		if e < v.n() && v.words[e] == ">" {
			e++
		}
		return e, k
	}
	e, bracketed := n, n > head+1 // "<CFAS>": a name in angle brackets may be an acronym in capitals
	for e < v.n() && e < n+3 && v.tags[e] == "NNP" && v.capitalized(e) && (!v.shouted(e) || bracketed) {
		if _, ok := startsAt(e); ok || roleOf(nounLemma(v.words[e], nil)) != "" || timeWord(v.words[e]) {
			return -1, -1
		}
		e++
	}
	if e == n || e < v.n() && v.tags[e] == "NNP" && v.words[e] != ">" {
		return -1, -1 // no name, or a longer one the name rules did not take
	}
	if e < v.n() && v.words[e] == ">" {
		e++
	}
	return e, -1
}
