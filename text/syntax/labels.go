package syntax

// Label is a Universal Dependencies relation (UD v2, as in UD English EWT). The zero Label is Dep.
type Label uint8

// The relations the parser predicts. Rare EWT subtypes are folded into their base relation
// (csubj:pass and csubj:outer into Csubj, nsubj:outer into Nsubj, advcl:relcl into Advcl) and
// orphan, reparandum and dislocated into Dep.
const (
	Dep          Label = iota // unspecified dependency
	Root                      // root of the sentence
	Nsubj                     // nominal subject
	NsubjPass                 // passive nominal subject (nsubj:pass)
	Csubj                     // clausal subject
	Obj                       // direct object
	Iobj                      // indirect object
	Obl                       // oblique nominal (usually with a Case dependent)
	OblAgent                  // agent of a passive (obl:agent), "attacked by the rebels"
	OblUnmarked               // bare noun-phrase oblique (obl:unmarked, formerly tmod/npmod): "left Monday"
	Nmod                      // nominal modifier of a noun (usually with a Case dependent)
	NmodPoss                  // possessive (nmod:poss): "Iran's" in "Iran's minister"
	NmodDesc                  // descriptive title (nmod:desc): "President" in "President Bush"
	NmodUnmarked              // bare noun-phrase modifier of a noun (nmod:unmarked)
	Appos                     // appositive
	Nummod                    // numeric modifier
	Amod                      // adjectival modifier
	Det                       // determiner
	DetPredet                 // predeterminer (det:predet)
	Compound                  // compound
	CompoundPrt               // verb particle (compound:prt): "out" in "carried out"
	Flat                      // flat multiword name
	Fixed                     // fixed multiword expression: "of" in "because of"
	Case                      // case marker (preposition, possessive 's)
	Conj                      // conjunct
	Cc                        // coordinating conjunction
	CcPreconj                 // preconjunct (cc:preconj): "both", "either"
	Xcomp                     // open clausal complement (subject controlled from outside)
	Ccomp                     // clausal complement
	Advcl                     // adverbial clause
	Acl                       // clausal modifier of a noun
	AclRelcl                  // relative clause (acl:relcl)
	Aux                       // auxiliary
	AuxPass                   // passive auxiliary (aux:pass)
	Cop                       // copula
	Mark                      // subordinating marker ("that", "if", "to")
	Advmod                    // adverbial modifier (including "not", "never")
	Expl                      // expletive ("there", "it")
	Parataxis                 // parataxis
	List                      // list
	Discourse                 // discourse element
	Vocative                  // vocative
	Goeswith                  // part of a word split in two
	Punct                     // punctuation
	numLabels
)

var labelNames = [numLabels]string{
	Dep: "dep", Root: "root", Nsubj: "nsubj", NsubjPass: "nsubj:pass", Csubj: "csubj", Obj: "obj",
	Iobj: "iobj", Obl: "obl", OblAgent: "obl:agent", OblUnmarked: "obl:unmarked", Nmod: "nmod",
	NmodPoss: "nmod:poss", NmodDesc: "nmod:desc", NmodUnmarked: "nmod:unmarked", Appos: "appos",
	Nummod: "nummod", Amod: "amod", Det: "det", DetPredet: "det:predet", Compound: "compound",
	CompoundPrt: "compound:prt", Flat: "flat", Fixed: "fixed", Case: "case", Conj: "conj", Cc: "cc",
	CcPreconj: "cc:preconj", Xcomp: "xcomp", Ccomp: "ccomp", Advcl: "advcl", Acl: "acl",
	AclRelcl: "acl:relcl", Aux: "aux", AuxPass: "aux:pass", Cop: "cop", Mark: "mark",
	Advmod: "advmod", Expl: "expl", Parataxis: "parataxis", List: "list", Discourse: "discourse",
	Vocative: "vocative", Goeswith: "goeswith", Punct: "punct",
}

// String returns the UD name of the relation ("nsubj:pass").
func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return "dep"
}

// ParseLabel returns the Label of a UD relation name, folding subtypes the parser does not
// predict into their base relation (obl:tmod and obl:npmod into obl:unmarked, nmod:tmod and
// nmod:npmod into nmod:unmarked, any other unknown subtype into its base) and unknown
// relations into Dep. ok is false for a name with an unknown base relation.
func ParseLabel(name string) (l Label, ok bool) {
	for i, n := range labelNames {
		if n == name {
			return Label(i), true
		}
	}
	switch name {
	case "obl:tmod", "obl:npmod":
		return OblUnmarked, true
	case "nmod:tmod", "nmod:npmod":
		return NmodUnmarked, true
	case "orphan", "reparandum", "dislocated":
		return Dep, true
	}
	for i := 0; i < len(name); i++ {
		if name[i] == ':' {
			return ParseLabel(name[:i])
		}
	}
	return Dep, false
}
