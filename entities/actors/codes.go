package actors

import "strings"

// Roles are CAMEO sector codes; see Role. The list is CAMEO's (../shared/data/reference/cameo and
// the CAMEO manual, chapter on actor codes): primary domestic roles, secondary roles, and the types of
// international actors.
var roleCodes = map[string]bool{
	// Primary domestic roles.
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true, "PTY": true,
	"REB": true, "SEP": true, "SPY": true, "UAF": true,
	// Secondary roles.
	"AGR": true, "BUS": true, "CRM": true, "CVL": true, "DEV": true, "EDU": true, "ELI": true,
	"ENV": true, "HLH": true, "HRI": true, "LAB": true, "LEG": true, "MED": true, "REF": true,
	"MOD": true, "RAD": true, "REL": true,
	// International actors: intergovernmental and non-governmental organizations, movements,
	// militarized groups, multinational corporations, unidentified state actors.
	"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true, "UIS": true,
}

// IsRole reports whether code is a CAMEO sector or actor-type code of three letters ("GOV", "MIL",
// "ELI", "IGO").
func IsRole(code string) bool { return roleCodes[code] }

// internationalType reports whether the first segment of a CAMEO code names a kind of international
// actor rather than a country.
func internationalType(seg string) bool {
	switch seg {
	case "IGO", "NGO", "NGM", "IMG", "MNC", "UIS":
		return true
	}
	return false
}

// cameoCountryAliases are CAMEO country codes that differ from the ISO 3166 alpha-3 codes geopol uses
// (CAMEO code → geopol id).
var cameoCountryAliases = map[string]string{
	"KSV": "XKX", // Kosovo
	"USR": "SUN", // Soviet Union
	"TMP": "TLS", // East Timor
	"FRY": "YUG", // Federal Republic of Yugoslavia
	"ROM": "ROU", // Romania (older CAMEO)
}

// CountryOfCAMEO returns geopol's id for a CAMEO country code: the code itself unless CAMEO spells
// it otherwise ("KSV" → "XKX", "USR" → "SUN").
func CountryOfCAMEO(code string) string {
	if a, ok := cameoCountryAliases[code]; ok {
		return a
	}
	return code
}

// CAMEOOfCountry is the inverse of CountryOfCAMEO ("XKX" → "KSV").
func CAMEOOfCountry(id string) string {
	for c, a := range cameoCountryAliases {
		if a == id && c != "ROM" {
			return c
		}
	}
	return id
}

// SplitCode splits a CAMEO actor code into a country part and a role. isCountry tells which
// three-letter segments are countries (nil: any first segment that is neither a role nor an
// international type is taken for a country, as in a user dictionary with codes of its own such as
// "ARN" or "HOB"). The role is the first segment after the country that is a CAMEO role code
// ("IRNGOVBUS" → IRN, GOV); an international type is the role ("IGOUNO" → "", IGO); a
// multinational corporation is a business of the country after it ("MNCUSA…" → USA, BUS). A code
// whose first segment is a region or a religion ("AFR", "MUS") has no country.
func SplitCode(code string, isCountry func(string) bool) (country, role string) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) < 3 {
		return "", ""
	}
	first, rest := code[:3], code[3:]
	switch {
	case first == "MNC":
		if len(rest) >= 3 && (isCountry == nil || isCountry(CountryOfCAMEO(rest[:3]))) {
			country = CountryOfCAMEO(rest[:3])
		}
		return country, "BUS"
	case internationalType(first):
		return "", first
	case IsRole(first):
		return "", first
	}
	if !validSegment(first) {
		return "", ""
	}
	c := CountryOfCAMEO(first)
	if isCountry == nil || isCountry(c) {
		country = c
	} else {
		return "", ""
	}
	for len(rest) >= 3 {
		if IsRole(rest[:3]) {
			return country, rest[:3]
		}
		rest = rest[3:]
	}
	return country, ""
}

// validSegment reports whether s is three upper-case letters.
func validSegment(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// nullCode reports whether a PETRARCH code is a null code ("---", "+++", "###"): the actor is known
// and deliberately not coded.
func nullCode(code string) bool {
	return code == "" || strings.Trim(code, "-+#") == ""
}
