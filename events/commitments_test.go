package events

import "testing"

// Statements of commitment (CAMEO 03) made by a state's own spokesman, written for this test in the
// style of wire copy and UN General Debate speeches: a future or conditional act reported by a
// speaker of the subject's own country ("Japan's Foreign Ministry said Japan would"), by "his
// country" or "its government", and an act of cooperation the actor "will continue" or "will keep"
// doing, are statements of intent, asserted (EVENTS_GUIDELINES.md section 3, "Express intent").
// The act of another country reported by a speaker, a writer's forecast, a scheduled act and a
// continued use of force keep their own codes.
func TestOwnCommitments(t *testing.T) {
	checkEventCases(t, []eventCase{
		// a speaker of the subject's own country reports its future act
		{"own-speaker", "Tokyo said on Friday that Japan would extend 300 mln dlrs in yen credits to Indonesia.", []string{"JPN>IDN:0331/asserted"}},
		{"own-speaker", "A spokesman for the Chinese Foreign Ministry said Beijing will provide emergency aid to Nepal.", []string{"CHN>NPL:0333/asserted"}},
		{"own-speaker", "Japan's Foreign Ministry said Japan would provide 50 mln dlrs in emergency aid to Kenya.", []string{"JPN>KEN:0333/asserted"}},
		{"own-speaker", "Canadian officials said Ottawa would buy more U.S. wheat this year.", []string{"CAN>USA:0311/asserted"}},
		{"own-speaker", "Pakistan's army said Pakistani troops would take part in joint exercises with China.", []string{"PAKMIL>CHN:0312/asserted"}},
		{"own-speaker-threat", "U.S. officials said Washington would impose new sanctions on Iran.", []string{"USA>IRN:1312/asserted"}},
		// "his country", "his government": the speaker's own state
		{"his-country", "The Nigerian foreign minister told reporters his government would restore diplomatic ties with Israel.", []string{"NGAGOV>ISR:032/asserted"}},
		// going on with an act of cooperation
		{"continue", "Turkey's President said Ankara will continue to provide humanitarian aid to Syria.", []string{"TUR>SYR:0333/asserted"}},
		{"keep", "Denmark will keep providing military assistance to Ukraine.", []string{"DNK>UKR:0332/asserted"}},
		{"noun-continue", "Indian humanitarian aid to Afghanistan will continue.", []string{"IND>AFG:033/asserted"}},
		{"noun-continue", "Japanese development assistance to the Palestinian people will continue.", []string{"JPN>PSE:033/asserted"}},
		// stay as written
		// a future act reported by another country's speaker keeps its code; "would" with no condition in
		// a reported clause is intended (EVENTS_GUIDELINES.md section 5: reported + intended)
		{"writer-forecast", "Analysts said Beijing would provide aid to Nepal.", []string{"CHN>NPL:070/intended"}},
		{"other-country", "The U.S. said Iran would attack Israel.", []string{"IRN>ISR:190/intended"}},
		{"other-country", "Russian officials said Ukraine would join talks with Moscow.", []string{"UKR>RUS:040/intended", "RUS>UKR:040/intended"}},
		{"scheduled", "Japan will sign a trade deal with Australia next week.", []string{"JPN>AUS:057/intended", "AUS>JPN:057/intended"}},
		{"continued-force", "Israel will continue to strike Hamas targets.", []string{"ISR>Hamas:190/intended"}},
		{"noun-not-continue", "French aid to Mali will continue to flow despite the coup, Le Monde said.", []string{"FRA>MLI:070/asserted"}},
	})
}

// A nation named as a whole ("the Palestinian people", "the brotherly Syrian people") is the
// country, as the event gold codes it; people counted or named singly stay its civilians (CVL).
func TestWholeNation(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"whole", "Japan provided 10 mln dlrs in aid to the Syrian people.", []string{"JPN>SYR:070/asserted"}},
		{"whole", "Sudan expressed its condolences to the Libyan people after the floods.", []string{"SDN>LBY:018/asserted"}},
		{"whole", "The United States congratulated the Afghan people on the elections.", []string{"USA>AFG:051/asserted"}},
		{"counted", "Israeli troops killed 20 Palestinian people in Gaza.", []string{"ISRMIL>PSECVL:1823/asserted"}},
		{"counted", "Gunmen from Mali kidnapped four Nigerien people near the border.", []string{"MLIREB>NERCVL:181/asserted"}},
	})
}
