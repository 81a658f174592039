package corpus

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lineSamples are short lines of the kinds the line rules read: prose fragments, menus with every
// separator, read-more markers in several cases and spellings, and bytes around them.
func lineSamples() []string {
	out := []string{
		"", " ", ">", " > ", "a > b", "a >b", "a> b", ">a ", " /", "a / b", "and/or", "http://x / y", "a  /  b",
		"World | Politics", "Home • News", "Home · News", "Home » News", "Home › News", "a·b", "é è",
		"Sign in / Register", "Read more", "READ MORE", "... read more »", "Continue reading →", "continue READING",
		"text. More>>", "x (more)", "x [MORE]", "word read more", "thread more", "the Kelvin \u212a", "ends with ſ",
		"I join previous ", "speakers in congratulating you, Sir, on your election as ", "27 10-55128 ",
		"x more »", "x more»", "x more >>", "x more>>", "y read more >>", "dots …", "x\tread more", "\"read more",
	}
	for c := range 256 {
		b := string([]byte{byte(c)})
		out = append(out, "a "+b+" b", "read more"+b, "x. read mor"+b, b+" / ", " >"+b, "continue readin"+b)
	}
	return out
}

func referenceHasMenuSep(s string) bool {
	return strings.ContainsAny(s, "|•·»›") || strings.Contains(s, " > ") || strings.Contains(s, " / ")
}

// referenceEndsWithMoreMarker is endsWithMoreMarker comparing every marker.
func referenceEndsWithMoreMarker(s string) bool {
	t := strings.TrimRight(s, " \t\r")
	for _, m := range strings.Split("more>>|more >>|more»|more »|read more|read more»|read more »|read more >>|"+
		"continue reading|continue reading»|continue reading »|continue reading →|read more →|[more]|(more)", "|") {
		if i := len(t) - len(m); i > 0 && strings.EqualFold(t[i:], m) && strings.IndexByte(" .\t])\"", t[i-1]) >= 0 {
			return true
		}
	}
	return false
}

func TestLineRuleShortcuts(t *testing.T) {
	for _, s := range lineSamples() {
		if got, want := hasMenuSep(s), referenceHasMenuSep(s); got != want {
			t.Errorf("hasMenuSep(%q) = %v, want %v", s, got, want)
		}
		for _, c := range []byte{'>', '/'} {
			if got, want := spacedByte(s, c), strings.Contains(s, " "+string(c)+" "); got != want {
				t.Errorf("spacedByte(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
		if got, want := endsWithMoreMarker(s), referenceEndsWithMoreMarker(s); got != want {
			t.Errorf("endsWithMoreMarker(%q) = %v, want %v", s, got, want)
		}
		if got, want := strings.ContainsAny(s, sentencePunct), strings.ContainsAny(s, ".,;:!?\""); got != want {
			t.Errorf("sentencePunct in %q = %v, want %v", s, got, want)
		}
	}
	if !endsWithMoreMarker("News. READ MORE") || endsWithMoreMarker("the reader more") || !hasMenuSep("Sign in / Register") {
		t.Error("a marker or a separator is misread")
	}
}

func referenceSignOff(t string) bool {
	t = strings.TrimSuffix(t, "^M")
	t = strings.TrimFunc(t, func(r rune) bool {
		return r == '.' || r == '-' || r == '—' || r == '–' || r == '(' || r == ')' || r == '*' || unicode.IsSpace(r)
	})
	return t != "" && isAgency(t)
}

func TestTrimShortcuts(t *testing.T) {
	samples := append(lineSamples(), "Reuters", "-- AP", "(AFP)", "REUTER^M", "— Reuters —", "\u00a0AFP\u00a0",
		"AFP\u2028", "*Reuters*", "Reuters.", "x Reuters", "Reuters\xff", "\u3000AP", "»Home«", "‹›")
	for _, s := range samples {
		for _, x := range []string{s, "AP" + s, s + "AFP", "Reuters" + s + "Reuters"} {
			if got, want := trimDecor(x), strings.TrimFunc(x, isDecor); got != want {
				t.Errorf("trimDecor(%q) = %q, want %q", x, got, want)
			}
			if got, want := signOff(x), referenceSignOff(x); got != want {
				t.Errorf("signOff(%q) = %v, want %v", x, got, want)
			}
			if got, want := isASCII(x), referenceIsASCII(x); got != want {
				t.Errorf("isASCII(%q) = %v, want %v", x, got, want)
			}
		}
	}
}

func referenceIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func TestBylineAndEndMarkShortcuts(t *testing.T) {
	samples := append(lineSamples(), "By Jane Doe", "BY JANE DOE, Associated Press", "Written by Jane Doe",
		"Words by Jane Doe", "Author: Jane Doe", "AUTHOR: Jane Doe", "Authors: Jane Doe and John Roe",
		"— Luisa Castillo", "– Luisa Castillo", "-- Luisa Castillo", "Jane Doe | Reuters", "Jane Doe, Reuters",
		"42 comments", "Comments (17)", "(3) Comments", "١٢ comments", "Jane Doe is a correspondent for X.",
		"Jane Doe is a reporter", "The writer is a correspondent", "A very long introduction before the verb is a correspondent",
		"Sign up for our newsletter", "SUBSCRIBE to the daily briefing", "get the email", "Join our digest", "Register for the bulletin")
	for _, s := range samples {
		for _, x := range []string{s, "By " + s, "Author: " + s, s + ", Reuters"} {
			if got, want := isBylineLower(x, strings.ToLower(x)), oldIsBylineLower(x, strings.ToLower(x)); got != want {
				t.Errorf("isBylineLower(%q) = %v, want %v", x, got, want)
			}
		}
		if got, want := trimCount(s), strings.TrimFunc(s, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' || r == '(' || r == ')' }); got != want {
			t.Errorf("trimCount(%q) = %q, want %q", s, got, want)
		}
		for _, x := range []string{s, "Jane Doe is " + s, "Jane Doe, " + s + " is a reporter"} {
			if got, want := authorNote(x), authorNoteAt(x, strings.Index(x, " is ")); got != want {
				t.Errorf("authorNote(%q) = %v, want %v", x, got, want)
			}
		}
	}
	if !isBylineLower("Author: Jane Doe", "author: jane doe") || !isBylineLower("By Jane Doe", "by jane doe") ||
		!authorNote("Jane Doe is a correspondent for the Harbor Post") || trimCount("Comments (17)") != "Comments" {
		t.Error("a byline is missed")
	}
}

func TestMenuWordFold(t *testing.T) {
	words := []string{"", "Home", "HOME", "home", "World", "Español", "ESPAÑOL", "Français", "FRANÇAIS", "us:", "US:",
		"&", "International", "INTERNATIONAL", "Subscriptions", "subscriptionsX", "asia-pacific", "Asia-Pacific",
		"Kelvin", "\u212aelvin", "x\xff", "ünïcode", "The", "Nations", "world", "sports", "nations", "the", "in", "IN",
		"newsletters", "newslettersx", "asia-pacific", "0", "a"}
	for _, w := range words {
		if got, want := isMenuWordFold(w), isMenuWord(strings.ToLower(w)); got != want {
			t.Errorf("isMenuWordFold(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHasDoubleSpace(t *testing.T) {
	samples := lineSamples()
	for n := range 20 {
		for i := range n {
			for j := range n {
				b := []byte(strings.Repeat("x", n))
				b[i], b[j] = ' ', ' '
				samples = append(samples, string(b))
				b[i] = 0xA0
				samples = append(samples, string(b))
				b[i] = ' ' | 0x80
				samples = append(samples, string(b))
			}
		}
	}
	for _, s := range samples {
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Errorf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
	}
}
