package events

import "testing"

// Purchases and sales between the parties named, written for this test in the style of wire copy
// (EVENTS_GUIDELINES.md R-3): a purchase, an order or an import "from" a country is 061 from the
// buyer to the seller; a sale or an export "to" a country is 061 from the buyer too (the
// pattern's code after ":": the target's act); a contract awarded to a party is 061 from the
// awarding party; arms bought or sold are military cooperation both ways (062), as CAMEO's SELL and
// BUY patterns of weapons code them; a sale of arms named by a noun is military aid (072).
// Aggregate trade figures and sales of a company's own holdings stay uncoded.
func TestPurchasesAndSales(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"sell-to", "China will sell wheat to North Korea at reduced prices.", []string{"PRK>CHN:061/intended"}},
		{"sell-to", "Australia sold 1.5 mln tonnes of wheat to Egypt last month, the board said.", []string{"EGY>AUS:061/reported"}},
		{"sell-to", "Argentina is selling beef to the Soviet Union under a barter deal.", []string{"SUN>ARG:061/asserted"}},
		{"export-to", "Canada exported 3 mln tonnes of barley to China in 1986.", []string{"CHN>CAN:061/asserted"}},
		{"resell-to", "Saudi Arabia resold Iraqi crude to Japan.", []string{"JPN>SAU:061/asserted"}},
		{"order-from", "Egypt has ordered 20,000 tonnes of frozen beef from Brazil, traders said.", []string{"EGY>BRA:061/reported"}},
		{"buy-from", "Thailand bought 300,000 tonnes of rice from Vietnam.", []string{"THA>VNM:061/asserted"}},
		{"buy-from", "Morocco has been buying soybean oil from Brazil since January.", []string{"MAR>BRA:061/asserted"}},
		{"award", "The Philippines awarded a contract to a Japanese consortium to build the bridge.", []string{"PHL>JPNBUS:061/asserted"}},
		{"noun-purchase", "Iraq's purchase of wheat from Australia was financed by the Central Bank.", []string{"IRQ>AUS:061/asserted"}},
		// arms
		{"arms-order", "Iraq ordered 40 fighter jets from Russia last year.", []string{"IRQ>RUS:062/asserted", "RUS>IRQ:062/asserted"}},
		{"arms-buy", "Pakistan buys military helicopters from China, officials said.", []string{"PAK>CHN:062/reported", "CHN>PAK:062/reported"}},
		{"arms-sell", "The United States will sell 40 tanks to Morocco.", []string{"USA>MAR:062/intended", "MAR>USA:062/intended"}},
		{"arms-sell", "Germany sold submarines to Israel.", []string{"DEU>ISR:062/asserted", "ISR>DEU:062/asserted"}},
		{"arms-noun", "Washington's sales of arms to Taiwan angered Beijing.", []string{"USA>TWN:072/asserted"}},
		// uncoded
		{"figures", "Japan's sales rose 12 pct in 1986.", nil},
		{"figures", "U.S. exports to Japan fell 3 pct in March.", nil},
		{"own-holding", "Egypt sold its shares in the Suez bank.", nil},
	})
}
