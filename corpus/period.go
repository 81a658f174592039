package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is a span of the calendar by which dated documents are grouped: a day, a month, a
// quarter or a year. The zero value, AllTime, does not group: every date falls in it.
//
// A Period works on the dates of Document.Date, normalized to "YYYY-MM-DD" (NormalizeDate); a
// longer string that starts with one, such as an RFC 3339 time, counts as its first ten bytes.
// Anything else, and the empty string, is undated: it falls in no period. Every method is a pure
// function of its arguments.
type Period uint8

// The periods, from the finest to the coarsest after AllTime.
const (
	AllTime Period = iota
	Day
	Month
	Quarter
	Year
)

// ParsePeriod returns the Period named s: "day", "month", "quarter" or "year"; "all", "none" and ""
// give AllTime. Case is ignored, and white space around s.
func ParsePeriod(s string) (Period, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "all", "none":
		return AllTime, nil
	case "day":
		return Day, nil
	case "month":
		return Month, nil
	case "quarter":
		return Quarter, nil
	case "year":
		return Year, nil
	}
	return AllTime, fmt.Errorf("corpus: unknown period %q (want all, day, month, quarter or year)", s)
}

// String returns the period's name, as ParsePeriod reads it: "all", "day", "month", "quarter" or
// "year".
func (p Period) String() string {
	switch p {
	case AllTime:
		return "all"
	case Day:
		return "day"
	case Month:
		return "month"
	case Quarter:
		return "quarter"
	case Year:
		return "year"
	}
	return "Period(" + strconv.Itoa(int(p)) + ")"
}

// ParseDay returns the calendar date at the start of s, as "YYYY-MM-DD", and whether s starts with
// a valid one ("2023-03-10", "2023-03-10T12:00:00Z").
func ParseDay(s string) (string, bool) {
	if len(s) < 10 {
		return "", false
	}
	if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
		return "", false
	}
	return s[:10], true
}

// parseDay returns the calendar date at the start of s.
func parseDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	return t, err == nil
}

// Key returns the name of the period of p that contains date: "2024-03-10" (Day), "2024-03"
// (Month), "2024-Q1" (Quarter) or "2024" (Year). It returns "" for AllTime and for an undated date.
// Names of one Period sort in calendar order.
func (p Period) Key(date string) string {
	if p == AllTime {
		return ""
	}
	i, ok := p.Index(date)
	if !ok {
		return ""
	}
	return p.Name(i)
}

// Index numbers the period of p that contains date, so that consecutive periods have consecutive
// numbers (days since 1970-01-01 for Day, year×12 + month-1 for Month, year×4 + quarter-1 for
// Quarter, the year for Year). ok is false for AllTime and for an undated date.
func (p Period) Index(date string) (i int, ok bool) {
	t, ok := parseDay(date)
	if !ok {
		return 0, false
	}
	y, m := t.Year(), int(t.Month())
	switch p {
	case Day:
		return int(t.Unix() / 86400), true
	case Month:
		return y*12 + m - 1, true
	case Quarter:
		return y*4 + (m-1)/3, true
	case Year:
		return y, true
	}
	return 0, false
}

// Name returns the name of the period numbered i by Index: Name(Index(date)) is Key(date). It
// returns "" for AllTime.
func (p Period) Name(i int) string {
	switch p {
	case Day:
		return time.Unix(int64(i)*86400, 0).UTC().Format(time.DateOnly)
	case Month:
		return pad4(i/12) + "-" + pad2(i%12+1)
	case Quarter:
		return pad4(i/4) + "-Q" + strconv.Itoa(i%4+1)
	case Year:
		return pad4(i)
	}
	return ""
}

// Bounds returns the first and last days ("YYYY-MM-DD", both inclusive) of the period of p that
// contains date; for Day and AllTime, the day of date itself. ok is false for an undated date.
func (p Period) Bounds(date string) (first, last string, ok bool) {
	t, ok := parseDay(date)
	if !ok {
		return "", "", false
	}
	var start, end time.Time
	switch p {
	case Month:
		start = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		end = start.AddDate(0, 1, -1)
	case Quarter:
		start = time.Date(t.Year(), (t.Month()-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
		end = start.AddDate(0, 3, -1)
	case Year:
		start = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		end = time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
	default:
		start, end = t, t
	}
	return start.Format(time.DateOnly), end.Format(time.DateOnly), true
}

// pad4 and pad2 write n with leading zeros to four and two digits.
func pad4(n int) string { return fmt.Sprintf("%04d", n) }
func pad2(n int) string { return fmt.Sprintf("%02d", n) }
