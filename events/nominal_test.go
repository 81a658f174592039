package events

import "testing"

// TestNominalEvents: acts named by nouns derived from the verbs of the dictionaries, with the
// arguments of their frames (our own sentences).
func TestNominalEvents(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"by-agent", "The attack by Sudan on Chad killed dozens.", []string{"SDN>TCD:190/asserted"}},
		{"by-agent", "The sanctions imposed by Canada on Iran hurt its exports.", []string{"CAN>IRN:163/asserted"}},
		{"possessor-of", "Peru's invasion of Ecuador shocked the region.", []string{"PER>ECU:192/asserted"}},
		{"derived", "Chile's condemnation of Bolivia surprised observers.", []string{"CHL>BOL:111/asserted"}},
		{"derived", "The expulsion of Nigerian diplomats by Ghana was unexpected.", []string{"GHA>NGAGOV:166/asserted"}},
		{"derived", "Kenya's mediation between Sudan and Chad ended the fighting.", []string{}},
		{"derived", "Thailand's recognition of Kosovo pleased Pristina.", []string{"THA>XKX:054/asserted"}},
		{"modifier", "Russian strikes on Ukraine continued overnight.", []string{"RUS>UKR:195/asserted"}},
		{"from-to", "Aid from Japan to Kenya rose sharply last year.", []string{"JPN>KEN:070/asserted"}},
		{"with", "Brazil's talks with Argentina resumed on Monday.", []string{"BRA>ARG:046/asserted"}},
		{"gerund-of", "Their retaking of Mosul ended after weeks; Iraq's shelling of Mosul continued.", []string{}},
		{"modifier-target", "Ghana's investigation into the Togo bank affair began.", []string{}},
		{"of-patient", "The deportation of Syrian refugees to Turkey worried aid groups.", []string{}},
		{"of-agent", "The brutal attack of Sudan against Chad began at dawn.", []string{"SDN>TCD:190/asserted"}},
		{"by-with", "An example is the agreements signed by Peru with Chile to cover fishing.", []string{"PER>CHL:057/asserted"}},
		{"topic", "Fiji wants to bring to an end the embargo imposed by Spain on Morocco.", []string{}},
		{"of-agent", "The assistance of Norway to Malawi has grown.", []string{"NOR>MWI:070/asserted"}},
		{"of-agent", "The withdrawal of Ethiopia from Somalia was completed.", []string{"ETH>SOM:087/asserted"}},
		{"own-forces", "Nepal's deployment of troops abroad is a source of pride.", []string{}},
		{"topic", "Fiji renewed its call for the lifting of the embargo imposed by Spain on Morocco.", []string{"FJI>ESP:0254/asserted"}},
		{"topic", "Fiji repeated its condemnation of the attacks by Sudan on Chad.", []string{"FJI>SDN:111/asserted"}},
		{"topic", "Fiji recalled its firm condemnation of the 2019 attacks by Sudan on Chad.", []string{}},
		{"topic", "Fiji is concerned about the warmongering threats of Spain against Morocco.", []string{"FJI>MAR:012/asserted"}},
		{"hypothetical", "Ghana's blockade of Togo started a crisis but may end soon.", []string{"GHA>TGO:191/asserted"}},
		{"hypothetical", "A Chinese blockade of Taiwan would cost billions.", []string{"CHN>TWN:191/hypothetical"}},
		{"apposition", "Our President, Ivan Petrov, met Angela Merkel in Berlin.", []string{}},
		{"apposition", "The Foreign Minister of Peru, Carlos Ruiz, condemned Chile on Monday.", []string{"PERGOV>CHL:111/asserted"}},
	})
}
