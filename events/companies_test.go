package events

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

// TestCompaniesOfCountries checks that a company the recognizers do not ground, named after a
// nationality or a possessive country, is that country's business (BUS). The sentences are
// written for this test; each expectation lists every event, in order.
func TestCompaniesOfCountries(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"companies", "The Indian State Trading Corp bought 6,000 tonnes of Malaysian palm olein.", []string{"INDBUS>MYS:061/asserted"}},
		{"companies", "The Thai authority will purchase a generator from Japan's Marubeni Corp.", []string{"THAGOV>JPNBUS:061/intended"}},
		{"companies", "The Egyptian Trading Co. bought French wheat.", []string{"EGYBUS>FRA:061/asserted"}},
		// a body that is no company keeps its own reading
		{"companies", "The Nigerian Central Bank bought British bonds.", []string{"NGA>GBR:061/asserted"}},
		// a headline in capitals tells nothing of names
		{"companies", "BRITAIN WANTS BANK REGULATION DEAL WITH JAPAN CORP.", []string{"GBR>JPN:057/asserted"}},
		{"companies", "Azerbaijan hosted the Non-Aligned Movement's Contact Group.", []string{}},
		{"companies", "Turkey criticized the Armenian Development Bank.", []string{"TUR>ARM:111/asserted"}},
		{"companies", "The South African Reserve Bank bought British gilts.", []string{"ZAF>GBR:061/asserted"}},
		{"companies", "The Indian Government bought Malaysian palm oil.", []string{"INDGOV>MYS:061/asserted"}},
	})
}

// A nationality opening a proper name ("American Express", "British Petroleum") names a firm or
// association of that country (BUS); role nouns after it ("the Japanese Prime Minister", "the
// Israeli Navy") stay roles. Sentences written for this test.
func TestDemonymNames(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"name", "Kenya awarded a contract to Italian Impregilo to build the dam.", []string{"KEN>ITABUS:061/asserted"}},
		{"name", "Egypt ordered 10 aircraft from American Boeing, officials said.", []string{"EGY>USABUS:061/reported"}},
		{"name", "Iraq signed a contract with British Petroleum to develop the Rumaila field.", []string{"IRQ>GBRBUS:060/asserted", "GBRBUS>IRQ:060/asserted"}},
		{"name", "The American Soybean Association urged the U.S. government to act.", []string{"USABUS>USAGOV:020/asserted"}},
		{"role", "China criticized the Japanese Prime Minister.", []string{"CHN>JPNGOV:111/asserted"}},
		{"role", "Iran accused the Israeli Navy of piracy.", []string{"IRN>ISRMIL:112/asserted"}},
		{"public-bank", "The South African Reserve Bank bought British gilts.", []string{"ZAF>GBR:061/asserted"}},
	})
}

// Wire stories give a listed company's home by its ticker: an exchange suffix, or a bare ticker of
// a U.S. listing after "Inc". The names and tickers are written for this test.
func TestTickerCountry(t *testing.T) {
	tests := []struct{ text, name, want string }{
		{"Kanto Denki Corp <KAND.T> said", "Kanto Denki Corp", "JPN"},
		{"Rheinmetall Werke AG <RHMG.F> and", "Rheinmetall Werke AG", "DEU"},
		{"Harlow Foods Plc <HARL.L> agreed", "Harlow Foods Plc", "GBR"},
		{"Bourget SA <BOUR.PA>", "Bourget SA", "FRA"},
		{"Great Plains Grain Inc <GPG> said", "Great Plains Grain Inc", "USA"},
		{"Great Plains Grain Inc. <GPG> said", "Great Plains Grain Inc.", "USA"},
		// a bare ticker after Corp or Ltd may be a foreign company's U.S. listing
		{"Kanto Denki Corp <KAND> said", "Kanto Denki Corp", ""},
		{"Osaka Optics Ltd <OSO> said", "Osaka Optics Ltd", ""},
		// a bracketed name is an unlisted company, not a ticker; an unknown exchange tells nothing
		{"<Harlow Foods Ltd> and <Bourget Co Inc> said", "Harlow Foods Ltd", ""},
		{"Bourget Inc <Westfield Holdings Inc> said", "Bourget Inc", ""},
		{"Bourget SA <BOUR.XX>", "Bourget SA", ""},
		{"Bourget SA said", "Bourget SA", ""},
		{"Bourget SA", "Bourget SA", ""},
	}
	for _, tc := range tests {
		start := strings.Index(tc.text, tc.name)
		if got := tickerCountry(tc.text, start, start+len(tc.name)); got != tc.want {
			t.Errorf("tickerCountry(%q, %q) = %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestCompanyActors codes sentences written for this test with company mentions as the recognizers
// give them (the statistical model's ORG, Source "model", without a country, or the legal-form
// rule's): a ticker gives the company its country's BUS; a company the sentence gives no country
// is no actor.
func TestCompanyActors(t *testing.T) {
	tests := []struct {
		text      string
		companies []string // ORG mentions to add, by text
		source    string
		want      []string
	}{
		{"Kanto Denki Corp <KAND.T> and Great Plains Grain Inc <GPG> are negotiating a joint venture.",
			[]string{"Kanto Denki Corp", "Great Plains Grain Inc"}, "model",
			[]string{"JPNBUS>USABUS:046/asserted", "USABUS>JPNBUS:046/asserted"}},
		{"Rheinmetall Werke AG <RHMG.F> agreed to buy a stake in Harlow Foods Plc <HARL.L>.",
			[]string{"Rheinmetall Werke AG", "Harlow Foods Plc"}, "model",
			[]string{"DEUBUS>GBRBUS:0311/asserted"}},
		{"Japan and Great Plains Grain Inc <GPG> signed a supply agreement.",
			[]string{"Great Plains Grain Inc"}, "model",
			[]string{"JPN>USABUS:057/asserted", "USABUS>JPN:057/asserted"}},
		// no country: no actor
		{"<Westfield Holdings Ltd> agreed to buy Harlow Foods from Great Plains Grain Inc <GPG>.",
			[]string{"Westfield Holdings Ltd"}, entities.SourceRule, nil},
		{"Westfield Holdings Ltd signed an agreement with Japan.",
			[]string{"Westfield Holdings Ltd"}, entities.SourceRule, nil},
	}
	for _, tc := range tests {
		var orgs []entities.Mention
		for _, c := range tc.companies {
			orgs = append(orgs, entities.Mention{Text: c, Source: tc.source})
		}
		checkWithOrgs(t, tc.text, orgs, tc.want)
	}
}

// TestCentralBanks codes sentences written for this test, with the central banks added as the
// statistical model gives them (ORG; a country only when the name holds one): a central bank is
// its state's government (GOV), by a short list of the names that hold no country ("the Fed",
// "the Bundesbank") and by the forms of central banks' names ("Bank of Japan", "Central Bank of
// Kenya"), not "Bank of America"; continental demonyms before a plural noun ("European central
// banks") are a collective, not an actor.
func TestCentralBanks(t *testing.T) {
	type org struct{ name, country string }
	tests := []struct {
		text string
		orgs []org
		want []string
	}{
		{"The Bank of England urged the Bundesbank to cut interest rates.",
			[]org{{"Bank of England", ""}, {"Bundesbank", ""}}, []string{"GBRGOV>DEUGOV:020/asserted"}},
		{"The Fed and the Bank of Japan agreed to coordinate their intervention.",
			[]org{{"Fed", ""}, {"Bank of Japan", "JPN"}}, []string{"USAGOV>JPNGOV:032/asserted", "JPNGOV>USAGOV:032/asserted"}},
		{"The Federal Reserve criticized the Central Bank of Kenya.",
			[]org{{"Federal Reserve", ""}, {"Central Bank of Kenya", "KEN"}}, []string{"USAGOV>KENGOV:111/asserted"}},
		{"The Reserve Bank of India asked the IMF for a loan.",
			[]org{{"Reserve Bank of India", "IND"}}, []string{"INDGOV>IMF:0231/asserted"}},
		{"The Fed and the Bank of England have been trying to persuade the Bank of Canada and several European central banks to adopt the new rules.",
			[]org{{"Fed", ""}, {"Bank of England", ""}, {"Bank of Canada", "CAN"}},
			[]string{"USAGOV>CANGOV:050/asserted", "GBRGOV>CANGOV:050/asserted"}},
		// commercial banks stay what the recognizers make of them
		{"The Bank of America criticized Brazil.", []org{{"Bank of America", "USA"}}, []string{"Bank of America>BRA:111/asserted"}},
	}
	for _, tc := range tests {
		var orgs []entities.Mention
		for _, o := range tc.orgs {
			orgs = append(orgs, entities.Mention{Text: o.name, Country: o.country})
		}
		checkWithOrgs(t, tc.text, orgs, tc.want)
	}
}

// checkWithOrgs codes text with the organization mentions orgs added as the statistical model gives
// them (Source "model" unless source is given), each replacing the mentions inside its name, and
// compares the events with want.
func checkWithOrgs(t *testing.T, text string, orgs []entities.Mention, want []string) {
	t.Helper()
	d, ms := analyze(t, text)
	for _, o := range orgs {
		i := strings.Index(text, o.Text)
		// the organization's name wins over the place names inside it, as in the chain
		ms = slices.DeleteFunc(ms, func(m entities.Mention) bool { return m.Start < i+len(o.Text) && m.End > i })
		o.Start, o.End, o.Type, o.Entity = i, i+len(o.Text), entities.ORG, o.Text
		if o.Source == "" {
			o.Source = "model"
		}
		ms = append(ms, o)
	}
	slices.SortFunc(ms, func(a, b entities.Mention) int { return cmp.Compare(a.Start, b.Start) })
	var got []string
	for _, e := range ExtractEvents(d, ms) {
		got = append(got, brief(e))
	}
	if !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
		t.Errorf("%q\n got  %v\n want %v", text, got, want)
	}
}

// A firm described by nouns joined by "and" before an acronym in angle brackets is the
// nationality's business: the acronym in capitals is its name, not a headline. Sentences written
// for this test.
func TestDescribedFirmAcronym(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"acronym", "Italian maker <Pirelli Tyres> agreed to buy Brazilian rope and cable manufacturer <CBRX>.", []string{"ITABUS>BRABUS:0311/asserted"}},
		{"acronym", "Italian maker <Pirelli Tyres> agreed to buy Brazilian cable manufacturer <CBRX>.", []string{"ITABUS>BRABUS:0311/asserted"}},
	})
}
