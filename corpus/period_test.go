package corpus

import "testing"

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Period
		ok   bool
	}{
		{"", AllTime, true}, {"all", AllTime, true}, {"none", AllTime, true}, {" Day ", Day, true},
		{"month", Month, true}, {"QUARTER", Quarter, true}, {"year", Year, true},
		{"week", AllTime, false}, {"years", AllTime, false},
	} {
		got, err := ParsePeriod(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
	for _, p := range []Period{AllTime, Day, Month, Quarter, Year} {
		if got, err := ParsePeriod(p.String()); err != nil || got != p {
			t.Errorf("ParsePeriod(%v.String()) = %v, %v", p, got, err)
		}
	}
	if s := Period(9).String(); s != "Period(9)" {
		t.Errorf("Period(9).String() = %q", s)
	}
}

func TestPeriodKeyBounds(t *testing.T) {
	for _, tc := range []struct {
		p                Period
		date             string
		key, first, last string
	}{
		{Day, "2024-03-10", "2024-03-10", "2024-03-10", "2024-03-10"},
		{Day, "2023-03-10T12:00:00Z", "2023-03-10", "2023-03-10", "2023-03-10"},
		{Month, "2024-02-10", "2024-02", "2024-02-01", "2024-02-29"},
		{Month, "2023-02-10", "2023-02", "2023-02-01", "2023-02-28"},
		{Month, "0999-01-05", "0999-01", "0999-01-01", "0999-01-31"},
		{Quarter, "2024-05-09", "2024-Q2", "2024-04-01", "2024-06-30"},
		{Quarter, "2024-12-31", "2024-Q4", "2024-10-01", "2024-12-31"},
		{Quarter, "2024-01-01", "2024-Q1", "2024-01-01", "2024-03-31"},
		{Year, "2024-05-09", "2024", "2024-01-01", "2024-12-31"},
		{AllTime, "2024-05-09", "", "2024-05-09", "2024-05-09"},
	} {
		if got := tc.p.Key(tc.date); got != tc.key {
			t.Errorf("%v.Key(%q) = %q, want %q", tc.p, tc.date, got, tc.key)
		}
		first, last, ok := tc.p.Bounds(tc.date)
		if !ok || first != tc.first || last != tc.last {
			t.Errorf("%v.Bounds(%q) = %q %q %v, want %q %q", tc.p, tc.date, first, last, ok, tc.first, tc.last)
		}
		// The first and last days of a period are in it.
		if tc.p != AllTime && (tc.p.Key(first) != tc.key || tc.p.Key(last) != tc.key) {
			t.Errorf("%v: bounds %s..%s not in %s", tc.p, first, last, tc.key)
		}
	}
	for _, bad := range []string{"", "2024", "2024-03", "20240310", "2024-13-01", "2023-02-29", "20x4-01-01", "2024/01/01"} {
		for _, p := range []Period{Day, Month, Quarter, Year} {
			if k := p.Key(bad); k != "" {
				t.Errorf("%v.Key(%q) = %q, want undated", p, bad, k)
			}
			if _, ok := p.Index(bad); ok {
				t.Errorf("%v.Index(%q) accepted", p, bad)
			}
			if _, _, ok := p.Bounds(bad); ok {
				t.Errorf("%v.Bounds(%q) accepted", p, bad)
			}
		}
	}
	if _, ok := AllTime.Index("2024-01-01"); ok {
		t.Error("AllTime.Index: want false")
	}
}

// TestPeriodIndexConsecutive checks that consecutive periods get consecutive numbers and that
// Name inverts Index, walking every day of a leap year and its neighbours.
func TestPeriodIndexConsecutive(t *testing.T) {
	for _, p := range []Period{Day, Month, Quarter, Year} {
		prevKey, prevIdx := "", 0
		for _, date := range daysBetween(t, "2023-12-30", "2025-01-02") {
			i, ok := p.Index(date)
			if !ok {
				t.Fatalf("%v.Index(%q) failed", p, date)
			}
			key := p.Key(date)
			if p.Name(i) != key {
				t.Fatalf("%v.Name(%d) = %q, Key(%q) = %q", p, i, p.Name(i), date, key)
			}
			switch {
			case prevKey == "":
			case key == prevKey && i != prevIdx:
				t.Fatalf("%v: %s and the day before share %s but have indices %d, %d", p, date, key, prevIdx, i)
			case key != prevKey && (i != prevIdx+1 || key < prevKey):
				t.Fatalf("%v: %s (%s, %d) does not follow %s (%d)", p, date, key, i, prevKey, prevIdx)
			}
			prevKey, prevIdx = key, i
		}
	}
}

func daysBetween(t *testing.T, first, last string) []string {
	t.Helper()
	var out []string
	for d, _, _ := Day.Bounds(first); d <= last; {
		out = append(out, d)
		i, _ := Day.Index(d)
		d = Day.Name(i + 1)
	}
	return out
}
