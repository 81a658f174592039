package entities

import (
	"cmp"
	"slices"
	"strings"
)

// DocCountry is one country a document names, with the evidence for it.
type DocCountry struct {
	Country string  `json:"country"` // ISO3 (a former state's code for documents dated before its end)
	Score   float64 `json:"score"`   // salience; see DocumentCountries
	// Mentions counts the mentions that name the country or are grounded in it (places, demonyms,
	// people and organizations with that country).
	Mentions int `json:"mentions"`
	// First is the byte offset of the first such mention.
	First    int  `json:"first"`
	Headline bool `json:"headline,omitempty"` // named in the headline
	Dateline bool `json:"dateline,omitempty"` // the dateline's country
	// Counts by kind of mention: country names and places, demonyms, organizations and people, and
	// demonyms of a currency ("Canadian dollars").
	Places, Demonyms, Others, Currencies int `json:"-"`
}

// DocCountries is what a document says about countries.
type DocCountries struct {
	// Countries are the countries the document is about, most salient first.
	Countries []DocCountry
	// Mentioned are all the countries the document names, most salient first (Countries is a prefix
	// of it in salience order, filtered by the thresholds).
	Mentioned []DocCountry
	// Focus is the most salient country, "" when the document names none.
	Focus string
	// Dateline is the place of the document's dateline as written ("HOUSTON"), "" when it has none.
	Dateline string
}

// DocumentCountries measures which countries a document is about from its text, its date
// (YYYY-MM-DD, or "" when unknown) and its mentions (as Chain returns them). Every mention that
// names a country (a country, a demonym, a capital standing for its government) or is grounded in
// one (a place, a person or an organization with a Country) counts for that country. A country's
// salience is
//
//	(places + demonyms + 0.7 × others) × (1 − 0.8 × first/length) + 1 × headline + 3 × dateline
//
// (plus 0.2 for each country name or demonym that qualifies a currency: "Australian dlrs", "U.S.
// cents") where places
// counts its country names and places, demonyms its other demonyms, others its people and
// organizations, first is the byte offset of its first mention, length that of the text, headline
// is 1 when the headline (a first line of at most 200 bytes) names it and dateline 1 when it is the
// dateline's country. The countries the document is about are those whose salience reaches 0.4 of
// the focus's (the most salient country), and the dateline's. Successor states are read as the
// state of the document's date (CountryOnDate): Russia as SUN in 1987.
func DocumentCountries(text, date string, ms []Mention) DocCountries {
	var out DocCountries
	g, _ := DefaultGazetteer()
	isCountry := func(e string) bool {
		if g != nil {
			return g.IsCountry(e)
		}
		return isISO3(e)
	}
	headEnd := headlineEnd(text)
	dl, hasDL := findDateline(text)
	if hasDL {
		out.Dateline = text[dl.start:dl.end]
	}
	n := float64(max(len(text), 1))
	idx := map[string]int{}
	var cs []DocCountry
	for _, m := range ms {
		c := mentionCountry(m, isCountry)
		kind := 2 // other
		switch {
		case m.Type == GPE || m.Type == LOC || m.Type == ORG && c == m.Entity:
			kind = 0
		case m.Type == NORP:
			kind = 1
		}
		if kind < 2 && c == m.Entity && currencyAfter(text, m.End) {
			kind = 3 // "Australian dlrs", "50 U.S. cents": the currency, not the country
		}
		if c == "" || !isCountry(c) {
			continue // an organization's Country may be the international organization it belongs to
		}
		c = CountryOnDate(c, date)
		k, ok := idx[c]
		if !ok {
			k = len(cs)
			idx[c] = k
			cs = append(cs, DocCountry{Country: c, First: m.Start})
		}
		dc := &cs[k]
		dc.Mentions++
		switch kind {
		case 0:
			dc.Places++
		case 1:
			dc.Demonyms++
		case 2:
			dc.Others++
		default:
			dc.Currencies++
		}
		if m.Start < headEnd {
			dc.Headline = true
		}
		if hasDL && m.Start < dl.end && dl.start < m.End ||
			hasDL && dl.regionStart >= 0 && m.Start < dl.regionEnd && dl.regionStart < m.End {
			dc.Dateline = true
		}
	}
	for i := range cs {
		c := &cs[i]
		c.Score = (float64(c.Places+c.Demonyms) + otherWeight*float64(c.Others) + currencyWeight*float64(c.Currencies)) *
			(1 - positionDecay*float64(c.First)/n)
		if c.Headline {
			c.Score += headlineBonus
		}
		if c.Dateline {
			c.Score += datelineBonus
		}
	}
	slices.SortStableFunc(cs, func(a, b DocCountry) int {
		if n := cmp.Compare(b.Score, a.Score); n != 0 {
			return n
		}
		return cmp.Compare(a.First, b.First)
	})
	out.Mentioned = cs
	if len(cs) == 0 {
		return out
	}
	out.Focus = cs[0].Country
	for _, c := range cs {
		if c.Score >= aboutShare*cs[0].Score || c.Dateline {
			out.Countries = append(out.Countries, c)
		}
	}
	return out
}

// Salience weights of DocumentCountries.
const (
	otherWeight    = 0.7
	currencyWeight = 0.2
	positionDecay  = 0.8
	headlineBonus  = 1.0
	datelineBonus  = 3.0
	aboutShare     = 0.4
)

// headlineEnd returns the end of a document's headline: its first line when that line is short and
// more lines follow, else 0.
func headlineEnd(s string) int {
	k := strings.IndexByte(s, '\n')
	if k < 0 || k > 200 {
		return 0
	}
	return k
}

// CountryOnDate returns the code of the state a country belonged to on a date (YYYY-MM-DD; "" or a
// malformed date leaves the code unchanged): the Soviet republics are SUN before 1991-12-26, the
// Yugoslav republics YUG before 1991-06-25 (Serbia, Montenegro and Kosovo until 2003-02-04, then SCG
// until 2006-06-03), the Czech Republic and Slovakia CSK before 1993-01-01, and the DR Congo ZAR
// from 1971-10-27 to 1997-05-17, South Sudan SDN before 2011-07-09 and Eritrea ETH before
// 1993-05-24. Germany stays DEU (the contract's code for West Germany); places
// in the former East Germany are not told apart.
func CountryOnDate(iso3, date string) string {
	if len(date) < 10 || date[4] != '-' || date[7] != '-' {
		return iso3
	}
	d := date[:10]
	switch iso3 {
	case "RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "ARM", "AZE", "GEO", "MDA", "LTU", "LVA", "EST":
		if d < "1991-12-26" {
			return "SUN"
		}
	case "SVN", "HRV", "BIH", "MKD":
		if d < "1991-06-25" {
			return "YUG"
		}
	case "SRB", "MNE", "XKX":
		switch {
		case d < "2003-02-04":
			return "YUG"
		case d < "2006-06-03":
			return "SCG"
		}
	case "CZE", "SVK":
		if d < "1993-01-01" {
			return "CSK"
		}
	case "COD":
		if d >= "1971-10-27" && d < "1997-05-17" {
			return "ZAR"
		}
	case "SSD":
		if d < "2011-07-09" {
			return "SDN"
		}
	case "ERI":
		if d < "1993-05-24" {
			return "ETH"
		}
	}
	return iso3
}

// FormerParts returns the present-day countries whose territory was part of a state on some date
// (CountryOnDate's mapping read the other way): the Soviet Union's fifteen republics for SUN,
// Yugoslavia's successors for YUG, Serbia, Montenegro and Kosovo for SCG, the Czech Republic and
// Slovakia for CSK, the DR Congo for ZAR, Yemen for YMD, Germany for DDR, Ethiopia and Eritrea for
// ETH, Sudan and South Sudan for SDN. Other codes give nil.
func FormerParts(code string) []string {
	switch code {
	case "SUN":
		return []string{"RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "ARM", "AZE", "GEO", "MDA", "LTU", "LVA", "EST"}
	case "YUG":
		return []string{"SRB", "HRV", "BIH", "SVN", "MKD", "MNE", "XKX"}
	case "SCG":
		return []string{"SRB", "MNE", "XKX"}
	case "CSK":
		return []string{"CZE", "SVK"}
	case "ZAR":
		return []string{"COD"}
	case "YMD":
		return []string{"YEM"}
	case "DDR":
		return []string{"DEU"}
	case "ETH":
		return []string{"ETH", "ERI"}
	case "SDN":
		return []string{"SDN", "SSD"}
	}
	return nil
}

// southYemen lists the GeoNames divisions of Yemen that were South Yemen (the People's Democratic
// Republic of Yemen, YMD) before unification on 1990-05-22: Aden, Abyan, Lahij, Shabwah, Hadramawt,
// Al Mahrah, Socotra and Ad Dali'.
var southYemen = map[string]bool{"02": true, "01": true, "24": true, "05": true, "04": true, "03": true, "28": true, "18": true}

// PlaceCountryOnDate is CountryOnDate for a place in division admin1 (a GeoNames code) of country
// iso3: places of the former South Yemen are YMD before 1990-05-22.
func PlaceCountryOnDate(iso3, admin1, date string) string {
	if iso3 == "YEM" && southYemen[admin1] && len(date) >= 10 && date[:10] < "1990-05-22" {
		return "YMD"
	}
	return CountryOnDate(iso3, date)
}

// currencyAfter reports whether a currency word follows byte p ("dollars" after "Canadian").
func currencyAfter(s string, p int) bool {
	rest := strings.TrimLeft(s[p:min(len(s), p+16)], " ")
	w := rest
	if k := strings.IndexAny(rest, " ,.;:)\n"); k >= 0 {
		w = rest[:k]
	}
	switch strings.ToLower(w) {
	case "dollar", "dollars", "dlr", "dlrs", "cent", "cents", "franc", "francs", "mark", "marks", "yen", "pound", "pounds",
		"sterling", "lira", "lire", "peseta", "pesetas", "guilder", "guilders", "crown", "crowns", "krona",
		"kronor", "krone", "kroner", "peso", "pesos", "rupee", "rupees", "rupiah", "ringgit", "riyal", "riyals",
		"rand", "shilling", "shillings", "escudo", "escudos", "schilling", "schillings", "drachma", "drachmas",
		"won", "yuan", "renminbi", "rouble", "roubles", "ruble", "rubles", "euro", "euros", "currency":
		return true
	}
	return false
}
