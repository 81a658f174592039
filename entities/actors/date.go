package actors

import (
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar day written as the number YYYYMMDD (20080508), so that dates compare as
// numbers. The zero Date means "no date".
type Date uint32

// Year, Month and Day return the parts of d.
func (d Date) Year() int  { return int(d / 10000) }
func (d Date) Month() int { return int(d / 100 % 100) }
func (d Date) Day() int   { return int(d % 100) }

// String returns d as YYYY-MM-DD, "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), d.Month(), d.Day())
}

// ParseDate reads a document date: YYYY-MM-DD (as corpus normalizes dates), YYYYMMDD, or an RFC
// 3339 time whose first ten characters are YYYY-MM-DD. The empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		return dateOf(s[:4], s[5:7], s[8:10], s)
	}
	if len(s) == 8 {
		return dateOf(s[:4], s[4:6], s[6:8], s)
	}
	return 0, fmt.Errorf("date %q: want YYYY-MM-DD or YYYYMMDD", s)
}

// parsePetrarchDate reads a date of a PETRARCH/TABARI dictionary: YYYYMMDD, or YYMMDD with years 00
// to 30 read as 20YY and others as 19YY (the rule of KEDS, TABARI and PETRARCH). A string of more
// than seven characters is YYYYMMDD.
func parsePetrarchDate(s string) (Date, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD digits", s)
		}
	}
	switch {
	case len(s) == 8:
		return dateOf(s[:4], s[4:6], s[6:8], s)
	case len(s) == 6:
		yy, _ := strconv.Atoi(s[:2])
		century := "19"
		if yy <= 30 {
			century = "20"
		}
		return dateOf(century+s[:2], s[2:4], s[4:6], s)
	}
	return 0, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
}

// dateOf checks and assembles a date from its digit strings.
func dateOf(ys, ms, ds, orig string) (Date, error) {
	y, err1 := strconv.Atoi(ys)
	m, err2 := strconv.Atoi(ms)
	d, err3 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || err3 != nil || ys[0] == '-' || ms[0] == '-' || ds[0] == '-' {
		return 0, fmt.Errorf("date %q: not a date", orig)
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, fmt.Errorf("date %q: no such day", orig)
	}
	return Date(y*10000 + m*100 + d), nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
