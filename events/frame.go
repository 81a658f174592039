package events

// The speaker of a trailing frame is no target. In "U.S. companies' sales totalled 226.5 billion
// dlrs, the American Electronic Association said" and "Uganda was disappointed by the stalemate,
// the chairman of the Coffee Marketing Board said", the clause before the frame is reported by
// the speaker after the comma; an actor of the frame is not an argument of the reported verb.
// ("Israel attacked Hamas, Hamas said" keeps its target: the first mention is before the frame.)

// inTrailingFrame reports whether group gi lies in the reporting frame that follows predicate k
// (", X said"), which reports k.
func (v *sentenceView) inTrailingFrame(ps []pred, k, gi int) bool {
	p := ps[k]
	for p.rel != relReported && p.gov >= 0 && p.gov < len(ps) && p.gov != k {
		// a predicate inside a reported clause (an infinitive, a conjunct) hangs on it
		if ps[p.gov].gov == p.gov {
			break
		}
		p = ps[p.gov]
	}
	if p.rel != relReported || p.gov <= k || p.gov >= len(ps) {
		return false
	}
	f := ps[p.gov]
	start := v.clauseStart(f)
	// the frame's noun phrases before its verb, back to the comma that ends the reported clause:
	// ", the chairman of the Coffee Marketing Board, CMB, said"
	for i := f.first - 1; i > k && i > ps[k].end; i-- {
		if isVerbTag(v.tags[i]) || boundaryWord(v.words[i]) {
			break
		}
		if v.words[i] == "," {
			start = min(start, i)
		}
	}
	return v.groups[gi].first >= start
}
