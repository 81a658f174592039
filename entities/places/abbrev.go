package places

import (
	"strings"
	"sync"
)

// Region is a first-order division named by an abbreviation.
type Region struct {
	Country string // ISO3
	Admin1  string // GeoNames division code ("IL", "08")
}

// Abbreviation resolves the abbreviation of a US state, Canadian province or Australian state as
// news wires write it after a city ("Springfield, Ill.", "Ottawa, Ont.", "Newark, N.J."): the
// Associated Press and Reuters forms ("Calif.", "Mass.", "N.Y.", "Wash."), with or without their
// period, in their own case or in capitals ("CALIF.", "MICH."), and, when strict is false, the
// two-letter postal codes in capitals ("IL", "NJ", "ON"). Many postal codes are also words ("IN",
// "OR", "ME", "OK"): callers pass strict=false only where a division is expected, after "City,".
func Abbreviation(s string, strict bool) (Region, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 8 || s[0] < 'A' || s[0] > 'Z' {
		// Every abbreviation of the tables starts with a capital A-Z: most words after a comma
		// are looked up nowhere.
		return Region{}, false
	}
	t := abbrevTables()
	if r, ok := t.wire[s]; ok {
		return r, true
	}
	if r, ok := t.bare[s]; ok {
		return r, true // "Calif" for "Calif."
	}
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' || s[i] >= 0x80 {
			return Region{}, false
		}
	}
	if r, ok := t.upper[s]; ok { // "CALIF.", "N.J.", "ONT"
		return r, true
	}
	if !strict {
		if r, ok := t.postal[s]; ok {
			return r, true
		}
	}
	return Region{}, false
}

// abbrevs holds the abbreviation tables: as written, without the final period of one-word forms
// ("Calif"), in capitals (with and without that period), and postal codes.
type abbrevs struct {
	wire, bare, upper, postal map[string]Region
}

var abbrevTables = sync.OnceValue(func() abbrevs {
	t := abbrevs{wire: wireAbbrev(), bare: map[string]Region{}, upper: map[string]Region{}, postal: postalCodes()}
	for k, r := range t.wire {
		t.upper[strings.ToUpper(k)] = r
		if b, ok := strings.CutSuffix(k, "."); ok && !strings.Contains(b, ".") {
			t.bare[b] = r
			t.upper[strings.ToUpper(b)] = r
		}
	}
	return t
})

// wireAbbrev maps the wire-service abbreviations of states and provinces to their division. States
// the wires do not abbreviate (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are spelled
// out in news text; "Tex." and "Ore." appear in older copy.
func wireAbbrev() map[string]Region {
	return map[string]Region{
		"Ala.": {"USA", "AL"}, "Ariz.": {"USA", "AZ"}, "Ark.": {"USA", "AR"}, "Calif.": {"USA", "CA"},
		"Cal.": {"USA", "CA"}, "Colo.": {"USA", "CO"}, "Conn.": {"USA", "CT"}, "Del.": {"USA", "DE"},
		"Fla.": {"USA", "FL"}, "Ga.": {"USA", "GA"}, "Ill.": {"USA", "IL"}, "Ind.": {"USA", "IN"},
		"Kan.": {"USA", "KS"}, "Kans.": {"USA", "KS"}, "Ky.": {"USA", "KY"}, "La.": {"USA", "LA"},
		"Md.": {"USA", "MD"}, "Mass.": {"USA", "MA"}, "Mich.": {"USA", "MI"}, "Minn.": {"USA", "MN"},
		"Miss.": {"USA", "MS"}, "Mo.": {"USA", "MO"}, "Mont.": {"USA", "MT"}, "Neb.": {"USA", "NE"},
		"Nebr.": {"USA", "NE"}, "Nev.": {"USA", "NV"}, "N.H.": {"USA", "NH"}, "N.J.": {"USA", "NJ"},
		"N.M.": {"USA", "NM"}, "N.Mex.": {"USA", "NM"}, "N.Y.": {"USA", "NY"}, "N.C.": {"USA", "NC"},
		"N.D.": {"USA", "ND"}, "N.Dak.": {"USA", "ND"}, "Okla.": {"USA", "OK"}, "Ore.": {"USA", "OR"},
		"Oreg.": {"USA", "OR"}, "Pa.": {"USA", "PA"}, "Penn.": {"USA", "PA"}, "R.I.": {"USA", "RI"},
		"S.C.": {"USA", "SC"}, "S.D.": {"USA", "SD"}, "S.Dak.": {"USA", "SD"}, "Tenn.": {"USA", "TN"},
		"Tex.": {"USA", "TX"}, "Vt.": {"USA", "VT"}, "Va.": {"USA", "VA"}, "Wash.": {"USA", "WA"},
		"W.Va.": {"USA", "WV"}, "W.Va": {"USA", "WV"}, "Wis.": {"USA", "WI"}, "Wisc.": {"USA", "WI"},
		"Wyo.": {"USA", "WY"}, "D.C.": {"USA", "DC"},
		// Canada (GeoNames numbers its provinces).
		"Alta.": {"CAN", "01"}, "B.C.": {"CAN", "02"}, "Man.": {"CAN", "03"}, "N.B.": {"CAN", "04"},
		"Nfld.": {"CAN", "05"}, "N.S.": {"CAN", "07"}, "Ont.": {"CAN", "08"}, "P.E.I.": {"CAN", "09"},
		"Que.": {"CAN", "10"}, "Sask.": {"CAN", "11"}, "N.W.T.": {"CAN", "13"},
		// Australia.
		"N.S.W.": {"AUS", "02"}, "Qld.": {"AUS", "04"}, "Vic.": {"AUS", "07"}, "Tas.": {"AUS", "06"},
		"W.A.": {"AUS", "08"}, "S.A.": {"AUS", "05"}, "A.C.T.": {"AUS", "01"},
	}
}

// postal maps the two-letter postal codes of US states and Canadian provinces to their division.
func postalCodes() map[string]Region {
	m := map[string]Region{}
	for _, c := range strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS " +
		"MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY") {
		m[c] = Region{"USA", c}
	}
	for c, code := range map[string]string{"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07",
		"ON": "08", "PE": "09", "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"} {
		m[c] = Region{"CAN", code}
	}
	// "CA" is California for news wires; Canada's two-letter code is not written after cities.
	return m
}
