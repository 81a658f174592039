package events

// partnerSources adds, for each event of a clause whose source is followed before the verb by a
// partner phrase ("as part of X", "along with X", "together with X"), the same event from each
// member of X: the partner does the act too. "Britain, as part of the coalition, struck targets
// in Iraq", "Britain is working as part of the coalition to defeat the militants", "Kenya, along
// with Uganda, sent troops to Somalia". The phrase must belong to the source: nothing but its
// noun phrase, commas, adverbs and the verb chain ("is working") come between them, and it ends
// before the event's verb. A partner that is a place ("in Iraq") or the event's target adds
// nothing.
func (v *sentenceView) partnerSources(evs []codedEvent) []codedEvent {
	n := len(evs)
	for i := 0; i < n; i++ {
		e := evs[i]
		if e.src.end <= 0 || e.src.end >= v.n() {
			continue
		}
		j := e.src.end
		// the phrase follows the source, over a comma, adverbs and auxiliaries or a verb chain
		for j < v.n() && j < e.src.end+4 && (v.words[j] == "," || v.tags[j] == "RB" || isVerbTag(v.tags[j])) {
			if v.d.Tokens[v.s.First+j].Start >= e.verb.Start {
				break
			}
			j++
		}
		k := partnerPhrase(v, j)
		if k < 0 {
			continue
		}
		for k < v.n() && (v.tags[k] == "DT" || v.tags[k] == "JJ") {
			k++
		}
		if k >= v.n() || v.actorAt[k] < 0 {
			continue
		}
		g := v.groups[v.actorAt[k]]
		if placeGroup(g) || v.d.Tokens[v.s.First+g.end-1].End > e.verb.Start {
			continue
		}
		for _, m := range g.members {
			if m.code == e.tgt.code || m.code == e.src.code || m.place || m.thing {
				continue
			}
			dup := false
			for _, o := range evs {
				if o.src.code == m.code && o.tgt.code == e.tgt.code && o.code == e.code {
					dup = true
					break
				}
			}
			if !dup {
				ne := e
				ne.src = m
				evs = append(evs, ne)
			}
		}
	}
	return evs
}

// partnerPhrase returns the token after a partner phrase starting at j ("as part of", "along
// with", "together with"), or -1.
func partnerPhrase(v *sentenceView, j int) int {
	if j+1 >= v.n() {
		return -1
	}
	switch v.words[j] {
	case "as":
		if j+2 < v.n() && v.words[j+1] == "part" && v.words[j+2] == "of" {
			return j + 3
		}
	case "along", "together":
		if v.words[j+1] == "with" {
			return j + 2
		}
	}
	return -1
}
