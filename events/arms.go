package events

// Arms named with their supplier. "Shipments of U.S. arms to Iran", "the sale of French weapons
// to Iraq", "deliveries of Russian missiles to Syria": the noun of the transfer comes first and
// the supplier is the nationality of the arms, so the noun pattern "arms sale to" (supplier
// before) does not apply. The supplier's military aid (072) to the recipient, as for "X's arms
// sales to Y".

// transferNoun reports whether lemma names a transfer of goods.
func transferNoun(lemma string) bool {
	switch lemma {
	case "shipment", "shipments", "sale", "sales", "delivery", "deliveries", "transfer", "transfers",
		"supply", "supplies", "export", "exports", "consignment":
		return true
	}
	return false
}

// armsNoun reports whether lemma names weapons.
func armsNoun(lemma string) bool {
	switch lemma {
	case "arm", "arms", "weapon", "weapons", "missile", "missiles", "munition", "munitions", "ammunition",
		"jet", "jets", "warplane", "warplanes", "tank", "tanks", "rocket", "rockets", "drone", "drones",
		"artillery", "helicopter", "helicopters", "warship", "warships":
		return true
	}
	return false
}

// mayBeArmsTransfer reports whether an arms transfer may start at token i: a noun of transfer
// followed by "of" and four more tokens; armsTransferEvent finds none elsewhere.
func (v *sentenceView) mayBeArmsTransfer(i int) bool {
	return transferNoun(v.lemmas[i]) && i+4 < v.n() && v.words[i+1] == "of"
}

// armsTransferEvent codes "N of SUPPLIER ARMS to RECIPIENT" at noun i (see above); nil when the
// tokens do not read so.
func (v *sentenceView) armsTransferEvent(i int) []codedEvent {
	if !v.mayBeArmsTransfer(i) {
		return nil
	}
	j := i + 2
	for j < v.n() && (v.words[j] == "the" || v.tags[j] == "JJ" && v.actorAt[j] < 0 || v.tags[j] == "CD") {
		j++
	}
	if j >= v.n() || v.actorAt[j] < 0 {
		return nil
	}
	src := v.groups[v.actorAt[j]]
	k := src.end
	// the actor grouping may take the weapons as the supplier's role noun ("U.S. arms" as USAMIL)
	for k > src.first && armsNoun(v.lemmas[k-1]) {
		k--
	}
	n := k
	for n < v.n() && n < k+3 && (v.tags[n] == "JJ" || v.tags[n] == "NN" || v.tags[n] == "CD" || v.tags[n] == "NNP" && v.actorAt[n] < 0) && !armsNoun(v.lemmas[n]) {
		n++ // "advanced", "military"
	}
	if n >= v.n() || !armsNoun(v.lemmas[n]) && !(n >= 1 && n == k && armsNoun(v.lemmas[n-1])) {
		return nil
	}
	if armsNoun(v.lemmas[n]) {
		n++
	}
	if n < src.end {
		n = src.end
	}
	if n+1 >= v.n() || v.words[n] != "to" || v.actorAt[n+1] < 0 {
		return nil
	}
	tgt := v.groups[v.actorAt[n+1]]
	var evs []codedEvent
	verb := v.span(i, n+1)
	for _, s := range src.members {
		for _, t := range tgt.members {
			if s.code[:min(3, len(s.code))] != t.code[:min(3, len(t.code))] {
				s := s
				s.code = s.code[:min(3, len(s.code))] // the supplier country, not its weapons
				evs = append(evs, codedEvent{src: s, tgt: t, code: "072", verb: verb, modality: Asserted, pattern: true, direct: true})
			}
		}
	}
	return evs
}
