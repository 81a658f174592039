package events

import "strings"

// peacekeepersAreMilitary recodes the source of a peacekeeping act (074, "provide military
// protection or peacekeeping") named by a nationality's people as that country's military: CAMEO
// codes peacekeepers as MIL, and "34,000 Ukrainians have performed peacekeeping missions" are
// Ukrainian troops, not civilians (UKRMIL, not UKRCVL).
func peacekeepersAreMilitary(evs []codedEvent) {
	for i := range evs {
		e := &evs[i]
		if strings.HasPrefix(e.code, "074") && len(e.src.code) == 6 && strings.HasSuffix(e.src.code, "CVL") {
			e.src.code = e.src.code[:3] + "MIL"
		}
	}
}
