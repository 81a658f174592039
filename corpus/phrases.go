package corpus

import "sync"

// phraseMatcher finds any of a fixed set of phrases in a line in one pass (Aho-Corasick), ignoring
// ASCII case (bytes beyond ASCII, as in "“", are matched as they are). Each phrase carries flag bits;
// match returns the OR of the flags of the phrases found.
type phraseMatcher struct {
	class [256]uint8 // byte → symbol (0: a byte no phrase contains)
	nsym  int
	// next maps state + symbol to the next state and its flags: the next state's row offset
	// (index*nsym) shifted left by 8, ORed with the flags of the phrases ending there (including via
	// failure links). A step of match reads one entry: no separate table of outputs.
	next []int32
}

// newPhraseMatcher builds the automaton. Phrases must be lower case.
func newPhraseMatcher(phrases map[string]uint8) *phraseMatcher {
	m := &phraseMatcher{nsym: 1}
	for p := range phrases {
		for i := 0; i < len(p); i++ {
			c := p[i]
			if m.class[c] == 0 {
				m.class[c] = uint8(m.nsym)
				if 'a' <= c && c <= 'z' {
					m.class[c-'a'+'A'] = uint8(m.nsym)
				}
				m.nsym++
			}
		}
	}
	// Trie.
	goto_ := [][]int32{make([]int32, m.nsym)}
	out := []uint8{0}
	for p, flag := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			sym := m.class[p[i]]
			if goto_[s][sym] == 0 {
				goto_ = append(goto_, make([]int32, m.nsym))
				out = append(out, 0)
				goto_[s][sym] = int32(len(goto_) - 1)
			}
			s = goto_[s][sym]
		}
		out[s] |= flag
	}
	// Breadth-first failure links, folded into a complete transition table. Symbol 0 always leads back to
	// the root, since no phrase contains it.
	fail := make([]int32, len(goto_))
	queue := []int32{}
	for sym := 1; sym < m.nsym; sym++ {
		if t := goto_[0][sym]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] |= out[fail[s]]
		for sym := 1; sym < m.nsym; sym++ {
			t := goto_[s][sym]
			if t == 0 {
				goto_[s][sym] = goto_[fail[s]][sym]
				continue
			}
			fail[t] = goto_[fail[s]][sym]
			queue = append(queue, t)
		}
	}
	if len(goto_)*m.nsym >= 1<<23 {
		panic("corpus: phrase automaton too large for its table") // fixed phrase lists: a programming error
	}
	m.next = make([]int32, len(goto_)*m.nsym)
	for s, row := range goto_ {
		for sym, t := range row {
			m.next[s*m.nsym+sym] = t*int32(m.nsym)<<8 | int32(out[t])
		}
	}
	return m
}

// match returns the OR of the flags of the phrases found in s.
func (m *phraseMatcher) match(s string) uint8 {
	next, class := m.next, &m.class
	var flags uint8
	e := int32(0) // the current entry of next: state<<8 | flags
	for i := 0; i < len(s); i++ {
		e = next[int(e>>8)+int(class[s[i]])]
		flags |= uint8(e)
	}
	return flags
}

// Flags of the legal phrases (the credit phrases' flags follow them; see layout.go).
const (
	legalStrong uint8 = 1 << iota // drops a line of up to maxRuleLen bytes
	legalWeak                     // drops a short line (≤ 80 bytes) that does not end like a sentence
)

// linePhrases finds the legal phrases of isLegal and the credit phrases of creditLower and endMark
// in one pass over a line. It is built once; it is read-only afterwards and safe for concurrent use.
var linePhrases = sync.OnceValue(func() *phraseMatcher {
	p := make(map[string]uint8)
	addCreditPhrases(p)
	for _, s := range []string{"all rights reserved", "we use cookies", "uses cookies", "use of cookies",
		"cookie policy", "cookie settings", "accept cookies", "accept all cookies", "sign up for our",
		"subscribe to our", "sign up to our", "share this article", "share this story", "follow us on",
		"download our app", "download the app", "by signing up", "reproduced without", "reproduction without",
		"delivered to your inbox", "straight to your inbox", "this article is more than", "no portion of",
		"privacy policy and terms", "terms of use and privacy", "via getty images",
		"view this email in your browser", "view in browser", "view this email in", "forwarded this email",
		"you are receiving this email", "update your preferences", "free articles left",
		"subscribe for unlimited access", "already a subscriber", "support independent journalism",
		"continue reading the main story", "story continues below", "skip advertisement",
		"article continues below", "scroll to continue", "your privacy choices", "manage preferences",
		"manage cookies", "manage your choices", "cookie preferences", "we and our partners",
		"enter your email address", "your email address will not be published", "required fields are marked",
		"proudly powered by", "privacy notice: newsletters", "after newsletter promotion",
		"gift this article", "listen to this article", "video duration", "download the app",
		"recommended by outbrain", "this material may not be published"} {
		p[s] |= legalStrong
	}
	for _, s := range weakLegalPhrases() {
		p[s] |= legalWeak
	}
	return newPhraseMatcher(p)
})

// weakLegalPhrases are words that mark boilerplate only in short lines (see isLegal).
func weakLegalPhrases() []string {
	return []string{"advertisement", "advertising", "sponsored", "cookie", "privacy policy",
		"terms of use", "terms of service", "terms and conditions", "newsletter", "follow us", "share this",
		"subscribe", "sign up", "sign in", "log in", "click here", "tags:", "topics:", "filed under",
		"image:", "photo:", "photograph:", "getty images", "listen to this article", "min read",
		"minute read", "view comments", "show comments", "leave a comment", "post a comment", "print this",
		"email this", "contact us", "about us", "site map", "sitemap", "rss feed", "play video", "watch live",
		"live tv", "load more", "reply", "accept", "reject", "customise", "customize", "e-edition",
		"read more", "more from", "watch:", "video:", "listen:", "share on", "share via", "unsubscribe"}
}
