package events

import "testing"

// The content of a first-person typed speech act is its topic, not an event (EVENTS_GUIDELINES.md
// sentences written for this test in the style of a UN speech. The speech act itself
// is coded when the sentence names whom the speaker acts for; a neutral frame ("we note that")
// reports its content; a later clause after ", but" or ";" is a clause of its own.
func TestFirstPersonContent(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"condemn", "We condemn the measures imposed by the United States against Cuba.", nil},
		{"propose", "I propose that the United Nations convene a peace conference on Yemen.", nil},
		{"grateful", "We are very grateful to the World Bank, which supports Somalia in its reforms.", nil},
		{"welcome", "We therefore strongly welcome the agreement signed by Ethiopia and Eritrea.", nil},
		{"call", "We call for an end to the Israeli blockade of Gaza.", nil},
		{"thank", "I would like to thank Japan for the aid it gave to Haiti.", nil},
		// kept
		{"pleased-to-note", "We are pleased to note that Ethiopia and Eritrea have signed a peace agreement.", nil},
		{"pleased-to-report", "I am pleased to report that Botswana established diplomatic relations with Palestine.", []string{"BWA>PSE:054/reported", "PSE>BWA:054/reported"}},
		{"reaffirm-that", "We reaffirm that Kenya will continue to support Somalia.", []string{"KEN>SOM:032/asserted"}},
		{"reiterate-call", "We reiterate our call for an end to the Israeli blockade of Gaza.", nil},
		{"behalf-and", "On behalf of the Government of Chile, we applaud and thank Peru.", []string{"CHLGOV>PER:051/asserted"}},
		{"pleased-to", "We were pleased to sponsor the resolution after Russia attacked Ukraine.", []string{"RUS>UKR:190/asserted"}},
		{"behalf", "On behalf of the Government of Chile, I congratulate Peru on its election.", []string{"CHLGOV>PER:051/asserted"}},
		{"but", "We sent doctors to Italy, but Russia attacked Ukraine.", []string{"RUS>UKR:190/asserted"}},
		{"semicolon", "We condemn terrorism in all its forms; Kenya has signed an agreement with Uganda.", []string{"KEN>UGA:057/asserted", "UGA>KEN:057/asserted"}},
		{"named", "Kenya condemned the attack by Somalia on Ethiopia.", []string{"KEN>SOM:111/asserted"}},
		{"neutral", "We note that Russia attacked Ukraine last year.", []string{"RUS>UKR:190/reported"}},
		{"inside", "Kenya, which we thank for its help, has sent troops to Somalia.", []string{"KEN>SOM:154/asserted"}},
		// the content ends where the speaker's words or clause end (a closing quotation mark, "adding
		// that", ", and" or a subordinator before a clause with its own subject)
		{"closing-quote", "“We condemn the attack,” the foreign minister said, adding that Russian forces had shelled Ukrainian positions near Donetsk.", []string{"RUSMIL>UKRMIL:194/reported"}},
		{"comma-and-clause", "We welcome the ceasefire, and on Monday Israel struck Hamas targets in Gaza again.", []string{"ISR>Hamas:190/asserted"}},
		{"because", "We ask the Security Council to act because Russia bombed Syria and Iran armed Hezbollah.", []string{"RUS>SYR:195/asserted", "IRN>Hezbollah:072/asserted"}},
		{"after", "We call for calm after Ethiopia attacked Eritrea on Sunday.", []string{"ETH>ERI:190/asserted"}},
		{"comma-clause", "We welcome the truce, but on Sunday Chad sent troops to Niger.", []string{"TCD>NER:154/asserted"}},
		// still content: a compound subject after "and", a coordinate clause inside a "that"
		// clause, "because of", a bare "and" after a noun phrase (a compound object as often)
		{"bare-and", "We support the talks and Kenya has sent troops to Somalia.", nil},
		{"we-clause", "We supported the talks in Havana, and we will host the coming dialogue between Colombia and the FARC.", nil},
		{"pronoun-clause", "We thank Chad because it signed an agreement with Niger.", nil},
		{"compound-and", "We welcome the fact that Ethiopia and Eritrea have signed a peace agreement.", nil},
		{"that-and", "I propose that the United Nations convene a conference and that Kenya host it with Uganda.", nil},
		{"because-of", "We condemn the blockade of Gaza because of its toll on civilians.", nil},
	})
}

// firstPersonContent finds the content span after the frame (and after a second frame verb joined
// to it), and coordinatedFrame keeps a frame verb joined by "and to" out of the content it opens.
func TestFirstPersonContentSpan(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, content string // content "" when there is no frame
		coordinated   string // a word whose token coordinatedFrame must report, or ""
	}{
		{"We strongly condemn the attack on Chad.", "the attack on Chad.", ""},
		{"We applaud and thank Peru for its help.", "Peru for its help.", ""},
		{"I wish to congratulate Peru and to thank Chile for its help.", "Peru and to thank Chile for its help.", "thank"},
		{"We condemn the blockade; Chad has closed its border.", "the blockade", ""},
		{"We reaffirm that Chad will support Niger.", "", ""},
		{"We were pleased to sponsor the draft.", "", ""},
		{"Chad condemned the attack on Niger.", "", ""},
		{"“We condemn the attack,” the minister said.", "the attack,", ""},
		{"We condemn the attack, Kenya's foreign minister said.", "the attack", ""},
		{"We welcome the talks, and we will host the dialogue between Chad and Niger.", "the talks, and we will host the dialogue between Chad and Niger.", ""},
		{"I ask when Chad will stop, when Niger will end the war.", "when Chad will stop, when Niger will end the war.", ""},
		{"We welcome the truce, and then Chad attacked Niger.", "the truce,", ""},
		{"We thank Chad because it helped Niger.", "Chad because it helped Niger.", ""},
		{"We thank Chad because Niger attacked Mali.", "Chad", ""},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var b viewBuffers
		s := d.Sentences[0]
		d.TagSentence(0)
		v := b.viewIrreg(d, s, c.known, c.verbs.irregular)
		v.findActors(newMentionIndex(ms).in(s))
		sp, ok := v.firstPersonContent()
		got := ""
		if ok {
			got = d.Text[sp.Start:sp.End]
		}
		if got != tc.content {
			t.Errorf("%q: content %q, want %q", tc.text, got, tc.content)
		}
		if tc.coordinated == "" {
			continue
		}
		found := false
		for i := range v.n() {
			if v.words[i] == tc.coordinated {
				found = v.coordinatedFrame(d.Tokens[s.First+i].Start)
			}
		}
		if !found {
			t.Errorf("%q: %q not a coordinated frame", tc.text, tc.coordinated)
		}
	}
}
