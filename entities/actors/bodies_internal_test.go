package actors

import "testing"

// TestMarketName checks the names read as exchanges.
func TestMarketName(t *testing.T) {
	for name, want := range map[string]bool{
		"New York Stock Exchange":     true,
		"Chicago Mercantile Exchange": true,
		"Chicago Board of Trade":      true,
		"Kansas City Board of Trade":  true,
		"Board of Trade":              false,
		"the Board of Trade":          false,
		"Foreign Exchange":            false,
		"Exchange":                    false,
		"Exchange Bank":               false,
	} {
		if got := marketName(name); got != want {
			t.Errorf("marketName(%q) = %v, want %v", name, got, want)
		}
	}
}
