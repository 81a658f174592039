package corpus

import "testing"

func TestLineKinds(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"isByline", isByline,
			[]string{"By Jane Doe", "By JANE DOE, Associated Press", "By Harbor Post staff | 2023-12-13",
				"By Parisa Rahimi and Jonas Weber", "Jane Doe | Reuters", "Jane Doe, AFP", "Written by Jane Doe",
				"By Grace Wanjiru, Nairobi bureau", "— Luisa Castillo", "By Reuters", "Author: Jane Doe"},
			[]string{"By Monday, the ministry said it had received the proposal", "By contrast, Iran said no",
				"by Germany, Japan, India and Brazil.", "By 2030 the fund will be empty", "Iran and Oman | Talks",
				"By the end of the week, Qatar had sent an envoy"}},
		{"isCredit", isCredit,
			[]string{"Photo: Kim Hong-ji/Reuters", "(AFP / Getty Images)", "REUTERS/Issei Kato",
				"Credit: Yonhap via Korea Pool/Getty Images", "(Photo by Jung Yeon-je / AFP)", "Image caption,",
				"Reporting by Parisa Rahimi; Editing by Ed Osmond", "(Reporting by Ali Khan)",
				"CNN's Stefano Rossi contributed to this report.", "Reuter", "REUTER...", "-- AFP", "(AP)",
				"Source: AFP", "The minister in Ankara. Photograph: Adem Altan/AFP/Getty Images",
				"A protester in Tehran. AP Photo/Vahid Salemi"},
			[]string{"A Reuters/Ipsos poll found that most voters backed the deal.",
				"The agreement was reached after talks in Beijing, Iranian state media reported.",
				"Sources of tension between the two countries remain.", "The photo was taken in May.",
				"Reuters reported the talks on Monday."}},
		{"dateLine", dateLine,
			[]string{"Fri 8 Mar 2024 16.45 GMT", "Updated Jun 12, 2024 at 9:14 AM", "Published On 14 Oct 2024",
				"3 hours ago", "March 5, 2024", "2024-03-05", "November 29, 2024 6:21 PM UTC Updated ago"},
			[]string{"Iran and Oman held talks", "The talks lasted 3 hours.", "Middle East correspondent"}},
		{"truncated", truncated,
			[]string{"The agreement, signed in Abu Dhabi by ministers, is expected to", "The two sides…",
				"Officials said the plan would,", "Talks ended..."},
			[]string{"Talks ended.", "Is Iran ready?", "He said: \"No.\""}},
		{"signOff", signOff,
			[]string{"Reuter", "REUTER", "reuter", "REUTER...", "Reuter...^M", "-- Reuters", "(AP)", "— AFP", "TASS"},
			[]string{"Reuter Inc", "REUTER DEALING SERVICE", "AP reported", "More"}},
		{"tableRow", tableRow,
			[]string{"Shr loss 31 cts vs loss 14 cts", "Net 12,408,000 vs 10,977,000", "Revs 61.8 mln vs 57.2 mln",
				"Avg shrs 23,615,000 vs 23,090,000", "Year", "Nine mths", "4th qtr", "Qtly div five cts vs five cts prior",
				"Net loss 348,902 vs profit 71,455", "Shr profit nil vs loss two cts", "Six mths"},
			[]string{"Iran vs Iraq", "Brazil 12.3 vs 11.9 Argentina", "Exports rose 12 pct vs a year ago in Japan",
				"NOTE: Dividend payable April 15"}},
	}
	for _, tt := range tests {
		for _, s := range tt.yes {
			if !tt.f(s) {
				t.Errorf("%s(%q) = false, want true", tt.name, s)
			}
		}
		for _, s := range tt.no {
			if tt.f(s) {
				t.Errorf("%s(%q) = true, want false", tt.name, s)
			}
		}
	}
}

func TestEndMark(t *testing.T) {
	for _, s := range []string{"© 2024 Harbor Post Media. All rights reserved.", "Comments (32)", "7 comments",
		"Join the conversation", "Reporting by Parisa Rahimi in Dubai", "Tags: Armenia, Azerbaijan",
		"Most read", "Explore more on these topics", "More from The Continental Review",
		"Marta Kowalski is a senior fellow at the Warsaw Institute for Eastern Studies.",
		"Associated Press writers Hamza Khoury in Beirut contributed to this report.", "— Luisa Castillo",
		"Your privacy choices", "For information media. Not an official record.",
		"Posted in Niger, Security | Tagged Mali | 14 Comments"} {
		if ok, _ := endMark(s); !ok {
			t.Errorf("endMark(%q) = false", s)
		}
	}
	for _, s := range []string{"Related stories", "Advertisement", "Sign up for our newsletter",
		"Iran is a member of the United Nations.", "The minister is a former journalist.",
		"Talks resumed on Monday in Muscat, officials said.",
		"Posted in Kabul since 2019, the envoy has met Taliban officials more than forty times."} {
		if ok, _ := endMark(s); ok {
			t.Errorf("endMark(%q) = true", s)
		}
	}
	if _, comments := endMark("42 Comments"); !comments {
		t.Error(`endMark("42 Comments") is not a comment section`)
	}
}

func TestSpacedMenu(t *testing.T) {
	for _, s := range []string{"World   Politics   Business   Health", "English edition   Русский   中文",
		"Home\tNews\tSport", "Latest   Africa   Asia   Europe   Americas   Middle East"} {
		if !spacedMenu(s) {
			t.Errorf("spacedMenu(%q) = false", s)
		}
	}
	for _, s := range []string{"Wheat    1.2    1.3    1.4", "Iran said so.  The talks resumed.  Oman agreed.",
		"Iran and Oman  held talks", "West Germany   12.3   11.9"} {
		if spacedMenu(s) {
			t.Errorf("spacedMenu(%q) = true", s)
		}
	}
}
