package events

import "testing"

// Object relative clauses, written for this test: the noun a relative clause hangs on is the
// verb's object when the clause has an actor subject and no object of its own, so the pattern of
// verb and noun codes it ("the sanctions that the EU imposed on Russia": impose sanctions on, 163,
// not the bare verb's 170). A verb with an object of its own and a time noun keep their codes.
func TestObjectRelatives(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"that", "The sanctions that the European Union imposed on Russia in 2014 remain in force.", []string{"EU>RUS:163/asserted"}},
		// the verb after the comma that closes the relative clause is the main verb resumed, not
		// a reporting verb (", officials said")
		{"which", "The aid, which Japan pledged to Kenya last year, will be disbursed in March.", []string{"JPN>KEN:033/asserted"}},
		{"which", "The loan, which the IMF approved for Zambia, was frozen in May.", []string{"IMF>ZMB:071/asserted"}},
		{"reporting", "Japan pledged aid to Kenya, officials said.", []string{"JPN>KEN:033/reported"}},
		{"which", "The restrictions which Israel eased on Gaza last month were reimposed.", []string{"ISR>PSE:081/asserted"}},
		{"which", "The humanitarian assistance, which Norway has provided to Yemen, reached 2 million people.", []string{"NOR>YEM:070/asserted"}},
		{"own-object", "The year Japan pledged aid to Kenya was 1987.", []string{"JPN>KEN:033/asserted"}},
		{"no-target", "The proposal which Brazil rejected was withdrawn.", nil},
	})
}
