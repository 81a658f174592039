package actors

// A former head of the UN greeted by an honorific (finding 15 of the review of session 17): "We
// also acknowledge Ambassador X, who ..." in a speech after X's presidency of the Assembly ended.
// Speakers at the UN call the Assembly's Presidents "Ambassador" whatever their career; the
// curated office holders give such a person ELI of their country out of office, which the title of
// an office abroad, with no country of its own, does not overturn.

// formerUNHead returns the country of person p when the curated office holders give the person
// ELI on day (the rows of former heads of the UN out of office, data/offices.csv); ok is false
// otherwise, for an undated document, or when the names give two countries.
func (g *Grounder) formerUNHead(p *person, day Date) (country string, ok bool) {
	if g.builtin == nil || g.builtin.Offices == nil || day == 0 {
		return "", false
	}
	for _, k := range personKeys(stripLowerTitles(p.entity)) {
		for _, i := range g.builtin.Offices.Lookup(k) {
			r, _, hit := g.builtin.Offices.Actor(int(i)).At(day)
			if !hit || !r.Dated || r.Role != "ELI" {
				continue
			}
			if country != "" && country != r.Country {
				return "", false
			}
			country = r.Country
		}
	}
	return country, country != ""
}
