package reports

// AddContexts records the contexts of one document that another collector, holding only that
// document, kept (its Contexts). Adding every document's contexts this way, in input order, keeps
// the same contexts as Add on the documents themselves: a collector of one document keeps, for
// every actor, the first mention Add would take. It lets the contexts be computed where the
// document's text is (a worker of a distributed run) and collected elsewhere.
func (c *ContextCollector) AddContexts(doc map[string][]MentionContext) {
	per := orDefault(c.PerActor, 5)
	if c.byActor == nil {
		c.byActor = map[string][]MentionContext{}
	}
	for actor, ctxs := range doc {
		if len(ctxs) == 0 || len(c.byActor[actor]) >= per {
			continue
		}
		c.byActor[actor] = append(c.byActor[actor], ctxs[0])
	}
}

// AddCollected adds the contexts that another collector kept from the documents that follow those
// added to c (a shard of consecutive documents, collected apart), keeping at most PerActor per actor.
// Collecting consecutive shards apart and adding them in order with AddCollected keeps the same
// contexts as one collector over all the documents.
func (c *ContextCollector) AddCollected(other map[string][]MentionContext) {
	per := orDefault(c.PerActor, 5)
	if c.byActor == nil {
		c.byActor = map[string][]MentionContext{}
	}
	for actor, ctxs := range other {
		have := c.byActor[actor]
		if n := per - len(have); n > 0 {
			c.byActor[actor] = append(have, ctxs[:min(n, len(ctxs))]...)
		}
	}
}
