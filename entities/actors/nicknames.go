package actors

import (
	"strings"

	"github.com/geopol/geopol/entities"
)

// formalNames returns the formal given names that a familiar form news reports use for public
// figures stands for ("Bill" → William, "Jim" → James), nil for other words.
func formalNames(nick string) []string {
	switch nick {
	case "Bill":
		return []string{"William"}
	case "Billy":
		return []string{"William"}
	case "Will":
		return []string{"William"}
	case "Bob":
		return []string{"Robert"}
	case "Bobby":
		return []string{"Robert"}
	case "Rob":
		return []string{"Robert"}
	case "Jim":
		return []string{"James"}
	case "Jimmy":
		return []string{"James"}
	case "Mike":
		return []string{"Michael"}
	case "Dick":
		return []string{"Richard"}
	case "Rick":
		return []string{"Richard"}
	case "Tom":
		return []string{"Thomas"}
	case "Joe":
		return []string{"Joseph"}
	case "Ed":
		return []string{"Edward"}
	case "Ted":
		return []string{"Edward", "Theodore"}
	case "Chuck":
		return []string{"Charles"}
	case "Charlie":
		return []string{"Charles"}
	case "Tony":
		return []string{"Anthony"}
	case "Dan":
		return []string{"Daniel"}
	case "Dave":
		return []string{"David"}
	case "Don":
		return []string{"Donald"}
	case "Jerry":
		return []string{"Gerald"}
	case "Larry":
		return []string{"Lawrence"}
	case "Ron":
		return []string{"Ronald"}
	case "Steve":
		return []string{"Stephen", "Steven"}
	case "Tim":
		return []string{"Timothy"}
	case "Ken":
		return []string{"Kenneth"}
	case "Sam":
		return []string{"Samuel"}
	case "Ben":
		return []string{"Benjamin"}
	case "Fred":
		return []string{"Frederick"}
	case "Nick":
		return []string{"Nicholas"}
	case "Pete":
		return []string{"Peter"}
	case "Pat":
		return []string{"Patrick", "Patricia"}
	case "Andy":
		return []string{"Andrew"}
	case "Alex":
		return []string{"Alexander"}
	case "Chris":
		return []string{"Christopher"}
	case "Matt":
		return []string{"Matthew"}
	case "Greg":
		return []string{"Gregory"}
	case "Jeff":
		return []string{"Jeffrey"}
	case "Jon":
		return []string{"Jonathan"}
	case "Doug":
		return []string{"Douglas"}
	case "Phil":
		return []string{"Philip", "Phillip"}
	case "Ray":
		return []string{"Raymond"}
	case "Walt":
		return []string{"Walter"}
	case "Hank":
		return []string{"Henry"}
	case "Jack":
		return []string{"John"}
	case "Liz":
		return []string{"Elizabeth"}
	case "Beth":
		return []string{"Elizabeth"}
	case "Peggy":
		return []string{"Margaret"}
	case "Maggie":
		return []string{"Margaret"}
	case "Kate":
		return []string{"Katherine", "Catherine"}
	case "Kathy":
		return []string{"Katherine", "Kathleen"}
	case "Sue":
		return []string{"Susan"}
	case "Jenny":
		return []string{"Jennifer"}
	}
	return nil
}

// joinNicknames gives a person mention of two words whose given name is a familiar form of the
// given name of a person the document names in full with the same surname the entity of that
// person ("William Webster ... Bill Webster will bring"), when only one such person is named. The
// statistical model's own entity is kept otherwise.
func joinNicknames(ms []entities.Mention) {
	var full map[string][]string // "Webster" → the entities named in full with that surname
	for i := range ms {
		m := &ms[i]
		if m.Type != entities.PERSON || m.Source == SourceDictionary {
			continue
		}
		ws := strings.Fields(m.Entity)
		if len(ws) != 2 || len(formalNames(ws[0])) == 0 {
			continue
		}
		if full == nil {
			full = map[string][]string{}
			for _, o := range ms {
				f := strings.Fields(o.Entity)
				if o.Type != entities.PERSON || o.Source == SourceDictionary || len(f) < 2 {
					continue
				}
				last := f[len(f)-1]
				found := false
				for _, e := range full[last] {
					found = found || e == o.Entity
				}
				if !found {
					full[last] = append(full[last], o.Entity)
				}
			}
		}
		var match string
		n := 0
		for _, e := range full[ws[1]] {
			first := strings.Fields(e)[0]
			for _, formal := range formalNames(ws[0]) {
				if first == formal {
					match = e
					n++
				}
			}
		}
		if n == 1 {
			m.Entity = match
		}
	}
}
