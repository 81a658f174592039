package entities

import "testing"

// TestChainSafeRefs checks the references Chain resolves by default (safeRules), without Pronouns
// and Descriptions: titles with a modifier whose person is named before them; not bare titles,
// "the group" or pronouns.
func TestChainSafeRefs(t *testing.T) {
	g := mustGaz(t)
	tests := []struct {
		name, text, want string
		off              bool // NoSafeRefs
	}{
		{"a title introduced before", "Defence Minister Anna Kowalska visited Warsaw . The Defence Minister promised new tanks .",
			"Anna Kowalska/PERSON/Anna Kowalska Warsaw/GPE/Warsaw Defence Minister/PERSON/Anna Kowalska", false},
		{"the title of the right person among two", "Foreign Minister Lena Holm met Governor Paul Rask . Later the Foreign Minister left .",
			"Lena Holm/PERSON/Lena Holm Paul Rask/PERSON/Paul Rask Foreign Minister/PERSON/Lena Holm", false},
		{"a release's capitalized title is its first person", "Mr. Tomas Berg met Mr. Ivan Petrov in Oslo . The Prime Minister said the talks were useful .",
			"Tomas Berg/PERSON/Tomas Berg Ivan Petrov/PERSON/Ivan Petrov Oslo/GPE/Oslo Prime Minister/PERSON/Tomas Berg", false},
		{"a title of another country is not the one introduced", "Prime Minister Ana Silva spoke first . The Prime Minister of Chile spoke next .",
			"Ana Silva/PERSON/Ana Silva Chile/GPE/CHL", false},
		{"an unnamed holder of the title before: in doubt", "The U.S. Secretary of State called Foreign Secretary Maria Cruz . The Foreign Secretary condemned the attack .",
			"U.S./GPE/USA Maria Cruz/PERSON/Maria Cruz", false},
		{"a release's first person named after the title: nothing", "The Prime Minister met Mr. Tomas Berg in Oslo .",
			"Tomas Berg/PERSON/Tomas Berg Oslo/GPE/Oslo", false},
		{"the same title twice", "Defence Minister Anna Kowalska visited Warsaw . The Defence Minister promised tanks . The Defence Minister left .",
			"Anna Kowalska/PERSON/Anna Kowalska Warsaw/GPE/Warsaw Defence Minister/PERSON/Anna Kowalska Defence Minister/PERSON/Anna Kowalska", false},
		{"a release's first person holds another title: nothing", "Finance Minister Ana Ruiz met Mr. Ivan Petrov . The Foreign Secretary said the talks were useful .",
			"Ana Ruiz/PERSON/Ana Ruiz Ivan Petrov/PERSON/Ivan Petrov", false},
		{"a release's title joined to a person: its government", "The Prime Minister and President Anne Dubois met at the United Kingdom summit .",
			"Prime Minister/PERSON/GBR Government Anne Dubois/PERSON/Anne Dubois United Kingdom/GPE/GBR", false},
		{"a title with no person named: nothing", "The minister said Chile would sign .", "Chile/GPE/CHL", false},
		{"the group stays off", "Hezbollah fired rockets at Israel . The group said it acted alone .",
			"Hezbollah/ORG/Hezbollah Israel/GPE/ISR", false},
		{"pronouns stay off", "Chancellor Olaf Scholz arrived in Paris . He said the talks went well .",
			"Olaf Scholz/PERSON/Olaf Scholz Paris/GPE/Paris", false},
		{"the regime stays off", "The Syrian Government attacked Aleppo . The regime denied it .",
			"Syrian Government/ORG/SYR Government Aleppo/GPE/Aleppo", false},
		{"NoSafeRefs turns them off", "Defence Minister Anna Kowalska visited Warsaw . The Defence Minister promised new tanks .",
			"Anna Kowalska/PERSON/Anna Kowalska Warsaw/GPE/Warsaw", true},
	}
	for _, tc := range tests {
		if s := safeRefsGot(t, g, tc.text, tc.off); s != tc.want {
			t.Errorf("%s: %q\ngot  %s\nwant %s", tc.name, tc.text, s, tc.want)
		}
	}
}

// safeRefsGot recognizes text with the rules and the gazetteer of g and the default references
// (none of them with off) and lists the mentions as got does.
func safeRefsGot(t *testing.T, g *Gazetteer, text string, off bool) string {
	t.Helper()
	c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, NoSafeRefs: off}
	ms := c.Recognize(testDoc(text, nil))
	checkSpans(t, text, ms)
	return got(ms)
}

// TestSafeTitle checks the titles the safe rules take as descriptions: capitalized, with a
// modifier.
func TestSafeTitle(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ text, want string }{
		{"General Omar Haddad spoke . The general debate opened .", "Omar Haddad/PERSON/Omar Haddad"},
		{"Defence Minister Anna Kowalska spoke . Then the Minister left .", "Anna Kowalska/PERSON/Anna Kowalska"},
		{"Defence Minister Anna Kowalska spoke . Then the Defence Minister left .",
			"Anna Kowalska/PERSON/Anna Kowalska Defence Minister/PERSON/Anna Kowalska"},
		{"President Ana Silva spoke . I congratulate the President on his election .", "Ana Silva/PERSON/Ana Silva"},
	}
	for _, tc := range tests {
		if s := safeRefsGot(t, g, tc.text, false); s != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.text, s, tc.want)
		}
	}
}

// TestOnlyCandidate checks the pronoun rules' test of an antecedent not in doubt, used when a safe
// rule set holds them: one person (or group) named in the sentence of the pronoun and the one before.
func TestOnlyCandidate(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ name, text, want string }{
		{"one person before", "Chancellor Olaf Scholz arrived in Paris . He said the talks went well .",
			"He/PERSON/Olaf Scholz"},
		{"two people before: in doubt", "Chancellor Olaf Scholz met President Emmanuel Macron . He said the talks went well .", ""},
		{"the same person twice", "Chancellor Olaf Scholz arrived . Scholz met no one . He left .", "He/PERSON/Olaf Scholz"},
		{"the person named too far back", "Chancellor Olaf Scholz arrived . Rain fell . Nothing moved . He left .", ""},
		{"they: one group", "NATO met in Brussels . They agreed to act .", "They/ORG/NATO"},
		{"they: two groups", "NATO met the African Union in Brussels . They agreed to act .", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Recognizers: []Recognizer{&Rules{Gazetteer: g}, g}, Gazetteer: g, NoSafeRefs: true}
			d := testDoc(tc.text, nil)
			named := c.Recognize(d)
			ms := corefMentions(d, g, named, corefOptions{safe: refHeShe | refThey})
			if s := got(ms); s != tc.want {
				t.Errorf("got  %s\nwant %s (named: %s)", s, tc.want, got(named))
			}
		})
	}
}
