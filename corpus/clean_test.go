package corpus

import (
	"strings"
	"testing"
)

// keptText joins the kept spans of d.
func keptText(d *Document) string {
	var b strings.Builder
	for _, s := range d.KeptSpans() {
		b.WriteString(d.Text[s.Start:s.End])
	}
	return b.String()
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{
			name: "navigation and footer",
			text: `Skip to content
Home | World | Opinion | Search
News > World > Middle East
Menu
Iran and the IAEA agree on new inspections
VIENNA (Reuters) - Iran agreed on Monday to let inspectors of the International Atomic Energy Agency visit two sites.
The deal was announced by Rafael Grossi in Tehran.
Follow us on Twitter and Facebook
© 2024 Reuters. All rights reserved.
Privacy Policy
Terms of Use
`,
			want: `Iran and the IAEA agree on new inspections
VIENNA (Reuters) - Iran agreed on Monday to let inspectors of the International Atomic Energy Agency visit two sites.
The deal was announced by Rafael Grossi in Tehran.
`,
		},
		{
			name: "menu words without separators",
			text: "Home World Business Opinion Sport More\nAfrica Americas Asia Europe Middle East\n" +
				"Iran Nuclear Talks Resume In Vienna\nDiplomats from France and Germany met in Vienna on Tuesday.\n",
			want: "Iran Nuclear Talks Resume In Vienna\nDiplomats from France and Germany met in Vienna on Tuesday.\n",
		},
		{
			name: "teasers with More markers",
			text: `Russia and Ukraine exchange prisoners
Moscow and Kyiv swapped 200 prisoners each on Friday, with the mediation of the United Arab Emirates, officials said.

Protests continue in Georgia
Thousands rallied in Tbilisi for a tenth night against the government.
More>>

Oil prices rise after OPEC meeting
More »

Sudan ceasefire collapses within hours. Read more
`,
			want: `Russia and Ukraine exchange prisoners
Moscow and Kyiv swapped 200 prisoners each on Friday, with the mediation of the United Arab Emirates, officials said.
`,
		},
		{
			name: "related stories section",
			text: `Turkey hosts talks on grain exports
Turkish President Recep Tayyip Erdogan hosted delegations from Russia and Ukraine in Istanbul on Wednesday, where the parties discussed a new corridor for grain shipments across the Black Sea and the role of the United Nations.

Related stories
Black Sea grain deal: what we know
Ukraine says ship hit by Russian drone
A cargo ship was damaged near Odesa.

Erdogan said the talks would continue next week in Ankara, with the UN Secretary-General expected to attend.
Advertisement
`,
			want: `Turkey hosts talks on grain exports
Turkish President Recep Tayyip Erdogan hosted delegations from Russia and Ukraine in Istanbul on Wednesday, where the parties discussed a new corridor for grain shipments across the Black Sea and the role of the United Nations.
Erdogan said the talks would continue next week in Ankara, with the UN Secretary-General expected to attend.
`,
		},
		{
			name: "section stops at a body paragraph",
			text: `Most read
Germany recalls ambassador
China warns Japan over islands

The European Union on Thursday imposed new sanctions on Belarus, its foreign policy chief Josep Borrell said in Brussels, citing the treatment of political prisoners and the detention of opposition figures.
`,
			want: `The European Union on Thursday imposed new sanctions on Belarus, its foreign policy chief Josep Borrell said in Brussels, citing the treatment of political prisoners and the detention of opposition figures.
`,
		},
		{
			name: "cookie and newsletter banners",
			text: `We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.
Sign up for our daily newsletter to get the latest news delivered to your inbox.
The Security Council adopted resolution 2720 on Friday.
Share this article
Tags: Gaza, United Nations
Photo: AFP
`,
			want: "The Security Council adopted resolution 2720 on Friday.\n",
		},
		{
			name: "article sentences survive",
			text: `The newsletter of the Organization of American States criticized Venezuela.
Sponsored by the United States, the resolution passed with 120 votes.
The Prime Minister said: "We will follow the advice of the committee."
(c) the right of all peoples to self-determination;
Home affairs minister Priti Patel visited Rwanda / Kigali last year.
The menu of options before the Council includes sanctions.
`,
			want: `The newsletter of the Organization of American States criticized Venezuela.
Sponsored by the United States, the resolution passed with 120 votes.
The Prime Minister said: "We will follow the advice of the committee."
(c) the right of all peoples to self-determination;
Home affairs minister Priti Patel visited Rwanda / Kigali last year.
The menu of options before the Council includes sanctions.
`,
		},
		{
			name: "blank lines between kept paragraphs are kept",
			text: "\n\nFirst paragraph about Iraq.\n\n\nSecond paragraph about Syria.\n\nAdvertisement\n\n",
			want: "First paragraph about Iraq.\n\n\nSecond paragraph about Syria.\n",
		},
		{
			name: "no trailing newline",
			text: "Home | News | Video\nLast line about Chile",
			want: "Last line about Chile",
		},
		{
			name: "everything dropped",
			text: "Menu\nSign in\n© 2023 Example Media\n",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{ID: tt.name, Text: tt.text}
			(&Cleaner{}).Clean(d, nil)
			checkSpans(t, d)
			if got := keptText(d); got != tt.want {
				t.Errorf("kept text:\n%s\n--- want:\n%s\n--- dropped: %+v", got, tt.want, (&Cleaner{}).Dropped(d, nil))
			}
			if d.Kept == nil {
				t.Errorf("Kept is nil after Clean")
			}
		})
	}
}

func TestCleanRulesCanBeTurnedOff(t *testing.T) {
	body := "The body sentence names Kenya, Ethiopia and Somalia, and it is long enough not to be taken for the summary of a teaser of another story.\nA second body line follows it.\n"
	text := "Home | World | Opinion\n© 2024 Example\nRelated stories\nOther headline here\n\n" + body
	tests := []struct {
		c    Cleaner
		want string
	}{
		{Cleaner{}, body},
		{Cleaner{KeepNavigation: true}, "Home | World | Opinion\n"},
		{Cleaner{KeepLegal: true}, "© 2024 Example\n"},
		{Cleaner{KeepTeasers: true, KeepLayout: true}, "Related stories\nOther headline here\n\n" + body},
		{Cleaner{KeepNavigation: true, KeepLegal: true, KeepTeasers: true, KeepLayout: true}, text},
	}
	// The credit and layout rules.
	page := "Skip to content\nWorld | Business | Opinion\nSite News\nTalks resume in Oman\nBy Jane Doe, Reuters\n\n" + body +
		"\nReporting by Jane Doe; Editing by John Roe\nOman and Qatar sign gas deal\n"
	for _, tt := range []struct {
		c    Cleaner
		want string
	}{
		{Cleaner{}, "Talks resume in Oman\n" + body},
		{Cleaner{KeepCredits: true, KeepLayout: true}, "By Jane Doe, Reuters\n"},
		{Cleaner{KeepLayout: true}, "Site News\nTalks resume in Oman\n"},
		{Cleaner{KeepLayout: true}, "Oman and Qatar sign gas deal\n"},
	} {
		d := &Document{Text: page}
		tt.c.Clean(d, nil)
		got := keptText(d)
		if !strings.Contains(got, tt.want) || (tt.c == Cleaner{} && got != tt.want) {
			t.Errorf("%+v: kept %q, want it to contain %q", tt.c, got, tt.want)
		}
	}
	for _, tt := range tests {
		d := &Document{Text: text}
		tt.c.Clean(d, nil)
		if got := keptText(d); !strings.Contains(got, tt.want) || (tt.want == body && got != tt.want) {
			t.Errorf("%+v: kept %q, want it to contain %q", tt.c, got, tt.want)
		}
	}
}

func TestDroppedRules(t *testing.T) {
	d := &Document{Text: "Menu\n© 2024 X\nStory one here\nMore>>\nBody.\n\n"}
	got := (&Cleaner{}).Dropped(d, nil)
	want := []DroppedLine{
		{Span{0, 4}, RuleNavigation},
		{Span{5, 14}, RuleLegal},
		{Span{15, 29}, RuleTeaser},
		{Span{30, 36}, RuleTeaser},
		{Span{43, 43}, RuleBlank},
	}
	if len(got) != len(want) {
		t.Fatalf("Dropped = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Dropped[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestRepeatedLines(t *testing.T) {
	footer := "Get the Example Times app for breaking news alerts"
	mk := func(source, id, body string) *Document {
		return &Document{ID: id, Source: source, Text: body + "\n" + footer + "\n  Get the Example\tTimes   app for breaking news alerts\n"}
	}
	big := []*Document{
		mk("times", "t1", "Chad and Niger sign a border accord."),
		mk("times", "t2", "Mali expels a French envoy."),
		mk("times", "t3", "Benin holds elections."),
		mk("times", "t4", "Togo joins the talks."),
	}
	small := []*Document{mk("herald", "h1", "Peru and Chile meet."), mk("herald", "h2", "Bolivia votes.")}
	// Two partial statistics merged equal one built in a single pass.
	var a, b, all LineStats
	for i, d := range append(append([]*Document{}, big...), small...) {
		all.Add(d)
		if i%2 == 0 {
			a.Add(d)
		} else {
			b.Add(d)
		}
	}
	a.Merge(&b)
	enc, err := all.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var dec LineStats
	if err := dec.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*LineStats{&a, &all, &dec} {
		// most, the largest count of a source, lets Clean skip hashing below the threshold.
		if m, w := s.sources["times"].most, s.Count("times", footer); m != w || s.sources["herald"].most != 2 {
			t.Errorf("largest counts %d and %d, want %d and 2", m, s.sources["herald"].most, w)
		}
	}
	for _, s := range []*LineStats{&a, &all} {
		if s.Docs("times") != 4 || s.Docs("herald") != 2 || s.Count("times", footer) != 4 ||
			s.Count("times", "  Get  the Example Times app for breaking news alerts ") != 4 ||
			s.Count("times", "get the example times app for breaking news alerts") != 0 ||
			s.Count("times", "Togo joins the talks.") != 1 || s.Count("nope", footer) != 0 {
			t.Errorf("stats: docs %d/%d count %d", s.Docs("times"), s.Docs("herald"), s.Count("times", footer))
		}
	}
	tests := []struct {
		d    *Document
		c    Cleaner
		want string
	}{
		{big[0], Cleaner{}, "Chad and Niger sign a border accord.\n"},
		{small[0], Cleaner{}, "Peru and Chile meet.\n" + footer + "\n  Get the Example\tTimes   app for breaking news alerts\n"},
		{big[1], Cleaner{MinRepeatDocs: 5}, "Mali expels a French envoy.\n" + footer + "\n  Get the Example\tTimes   app for breaking news alerts\n"},
		{big[2], Cleaner{KeepRepeated: true}, "Benin holds elections.\n" + footer + "\n  Get the Example\tTimes   app for breaking news alerts\n"},
		{big[3], Cleaner{MinRepeatBytes: 100}, "Togo joins the talks.\n" + footer + "\n  Get the Example\tTimes   app for breaking news alerts\n"},
	}
	for _, tt := range tests {
		tt.c.Clean(tt.d, &all)
		if got := keptText(tt.d); got != tt.want {
			t.Errorf("%s %+v: kept %q, want %q", tt.d.ID, tt.c, got, tt.want)
		}
	}
}

func TestRepeatThreshold(t *testing.T) {
	tests := []struct {
		docs, want int
	}{{1, 3}, {3, 3}, {10, 3}, {11, 4}, {100, 30}, {2903, 871}}
	for _, tt := range tests {
		if got := (&Cleaner{}).repeatThreshold(tt.docs); got != tt.want {
			t.Errorf("repeatThreshold(%d) = %d, want %d", tt.docs, got, tt.want)
		}
	}
}

func TestCleanSkipsErrors(t *testing.T) {
	d := &Document{Text: "Menu\n", Err: ErrEmpty}
	(&Cleaner{}).Clean(d, nil)
	if d.Kept != nil {
		t.Errorf("Kept = %v for a document with Err", d.Kept)
	}
}
