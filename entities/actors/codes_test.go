package actors

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitCode(t *testing.T) {
	isCountry := func(c string) bool {
		switch c {
		case "RUS", "IRN", "USA", "XKX", "SUN", "AFG", "KOR":
			return true
		}
		return false
	}
	tests := []struct {
		code, country, role string
	}{
		{"RUSGOV", "RUS", "GOV"},
		{"IRNGOVBUS", "IRN", "GOV"},
		{"AFGELI", "AFG", "ELI"},
		{"USA", "USA", ""},
		{"USAASM", "USA", ""}, // a territory, no role
		{"KSVGOV", "XKX", "GOV"},
		{"USRMIL", "SUN", "MIL"},
		{"IGOUNO", "", "IGO"},
		{"IGOUNOREFHCR", "", "IGO"},
		{"NGOHRIAMN", "", "NGO"},
		{"IMGMUSALQ", "", "IMG"},
		{"MNCUSA", "USA", "BUS"},
		{"MNC", "", "BUS"},
		{"ELI", "", "ELI"},
		{"AFRGOV", "", ""}, // a region is not a country
		{"MUS", "", ""},
		{"rusgov", "RUS", "GOV"},
		{"", "", ""},
		{"R", "", ""},
	}
	for _, tt := range tests {
		c, r := SplitCode(tt.code, isCountry)
		if c != tt.country || r != tt.role {
			t.Errorf("SplitCode(%q) = %q, %q; want %q, %q", tt.code, c, r, tt.country, tt.role)
		}
	}
	// A user dictionary's own codes: any first segment is a country.
	for _, tt := range []struct{ code, country, role string }{
		{"ARN", "ARN", ""}, {"HOBGOV", "HOB", "GOV"}, {"PSEREBHMS", "PSE", "REB"}, {"ITHTV", "ITH", ""},
	} {
		if c, r := SplitCode(tt.code, nil); c != tt.country || r != tt.role {
			t.Errorf("SplitCode(%q, nil) = %q, %q; want %q, %q", tt.code, c, r, tt.country, tt.role)
		}
	}
}

func TestCAMEOCountryAliases(t *testing.T) {
	for cameo, id := range map[string]string{"KSV": "XKX", "USR": "SUN", "TMP": "TLS", "RUS": "RUS"} {
		if got := CountryOfCAMEO(cameo); got != id {
			t.Errorf("CountryOfCAMEO(%s) = %s, want %s", cameo, got, id)
		}
		if got := CAMEOOfCountry(id); got != cameo {
			t.Errorf("CAMEOOfCountry(%s) = %s, want %s", id, got, cameo)
		}
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"080508", 20080508, true},
		{"300101", 20300101, true}, // 00-30 are 20YY
		{"310101", 19310101, true},
		{"860320", 19860320, true},
		{"19270101", 19270101, true},
		{"20120229", 20120229, true},
		{"20110229", 0, false},
		{"20100931", 0, false},
		{"2004017", 0, false}, // seven digits: neither form
		{"9901", 0, false},
		{"99-101", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := parsePetrarchDate(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parsePetrarchDate(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2005-03-01", 20050301, true}, {"20050301", 20050301, true}, {"2005-03-01T10:00:00Z", 20050301, true},
		{"", 0, true}, {"2005-02-30", 0, false}, {"March 2005", 0, false}, {"2005", 0, false},
	} {
		got, err := ParseDate(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	if s := Date(20050301).String(); s != "2005-03-01" {
		t.Errorf("String = %q", s)
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Ban Ki-moon":              "BAN KI MOON",
		"BAN_KI_MOON_":             "BAN KI MOON",
		"U.S.":                     "US",
		"Recep Tayyip Erdoğan":     "RECEP TAYYIP ERDOGAN",
		"  Mohammad  Javad\nZarif": "MOHAMMAD JAVAD ZARIF",
		"Côte d’Ivoire":            "COTE DIVOIRE",
		"ADEN_ABYAN_(AAIA)_":       "ADEN ABYAN (AAIA)",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrorUnwrap(t *testing.T) {
	inner := errors.New("boom")
	e := &ParseError{File: "f.txt", Line: 3, Err: inner}
	if !errors.Is(e, inner) || !strings.Contains(e.Error(), "f.txt:3: boom") {
		t.Errorf("ParseError = %v", e)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[rune]rune{'é': 'e', 'Ö': 'O', 'ğ': 'g', 'ş': 's', 'ł': 'l', 'ø': 'o', 'ı': 'i', 'ạ': 'a', 'ế': 'e',
		'a': 'a', 'ß': 'ß', 'Ж': 'Ж', '中': '中'} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeyASCII compares the byte loop Key takes for an ASCII name with the rune loop on every ASCII
// byte, alone and between words, and on names written with separators.
func TestKeyASCII(t *testing.T) {
	var names []string
	for c := 0; c < utf8.RuneSelf; c++ {
		b := string(rune(c))
		names = append(names, b, "Ban"+b+"Ki", b+"moon"+b, b+b+"x", "U"+b+"S"+b)
	}
	names = append(names, "BAN_KI_MOON_", "  Mohammad  Javad\nZarif", "ADEN_ABYAN_(AAIA)_", "O'Neill", "Sec.-Gen.",
		"Department of State", "", " ", "_-_", "a\v\f\rb")
	for _, name := range names {
		if got, want := string(appendKeyASCII(nil, name)), string(appendKeyRunes(nil, name)); got != want {
			t.Errorf("appendKeyASCII(%q) = %q, appendKeyRunes gives %q", name, got, want)
		}
	}
}
