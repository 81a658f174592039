package topics

import "strings"

// isStopWord reports whether the lower-case word w carries no topical
// content: English function words, auxiliaries and pronouns, plus the
// procedural vocabulary of news copy and UN debate speeches ("said",
// "mr", "also", "would", "distinguished", "delegation", ...). The list is
// written for this package; a switch keeps it immutable without
// package-level state.
func isStopWord(w string) bool {
	switch w {
	// Articles, conjunctions, prepositions.
	case "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "else",
		"than", "as", "of", "at", "by", "for", "with", "about", "against", "between",
		"into", "through", "during", "before", "after", "above", "below", "to", "from",
		"up", "down", "in", "out", "on", "off", "over", "under", "again", "further",
		"once", "upon", "within", "without", "among", "amongst", "across", "along",
		"around", "toward", "towards", "via", "per", "onto", "beyond", "despite",
		"throughout", "whether", "while", "whilst", "because", "since", "until", "till",
		"unless", "although", "though", "whereas", "whereby", "thus", "hence",
		"therefore", "however", "moreover", "furthermore", "nevertheless", "indeed",
		"namely", "regarding", "concerning", "including", "like", "unlike", "near",
		"behind", "beside", "besides", "next", "past":
		return true
	// Pronouns and determiners.
	case "i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
		"yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her",
		"hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
		"themselves", "what", "which", "who", "whom", "whose", "this", "that", "these",
		"those", "all", "any", "both", "each", "few", "more", "most", "other", "others",
		"some", "such", "no", "not", "only", "own", "same", "too", "very", "every",
		"either", "neither", "another", "much", "many", "several", "less", "least",
		"one", "ones", "anyone", "everyone", "someone", "nobody", "anything",
		"everything", "something", "nothing", "whatever", "whichever", "whoever",
		"here", "there", "where", "when", "why", "how", "whenever", "wherever",
		"ever", "never", "always", "often", "sometimes", "still", "already", "even",
		"just", "now", "well", "quite", "rather", "almost", "perhaps", "else's":
		return true
	// Auxiliaries, modals and their contracted remains.
	case "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
		"having", "do", "does", "did", "doing", "done", "can", "could", "will", "would",
		"shall", "should", "may", "might", "must", "ought", "cannot", "can't", "won't",
		"don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
		"haven't", "hadn't", "shouldn't", "wouldn't", "couldn't", "it's", "i'm", "we're",
		"they're", "you're", "he's", "she's", "that's", "there's", "let's", "ll", "re",
		"ve", "nt", "get", "gets", "got", "make", "makes", "made", "take", "takes",
		"took", "taken", "go", "goes", "went", "gone", "come", "comes", "came", "become",
		"becomes", "became", "let", "put", "give", "gives", "given", "keep", "seem",
		"seems", "see", "seen", "know", "known", "need", "needs", "want", "wants", "use",
		"used", "using", "way", "ways":
		return true
	// Reporting verbs and news boilerplate.
	case "said", "says", "say", "saying", "told", "tell", "tells", "according", "reported",
		"reports", "report", "reporting", "reuters", "ap", "afp", "news", "stated",
		"added", "noted", "also", "mr", "mrs", "ms", "dr", "sir", "madam", "yesterday",
		"today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "year", "years", "month", "months", "week", "weeks",
		"day", "days", "time", "times", "new", "first", "second", "last", "two",
		"three", "four", "five", "six", "seven", "eight", "nine", "ten", "percent",
		"cent", "etc", "st", "nd", "rd", "th":
		return true
	// UN debate boilerplate: salutations and procedure.
	case "excellency", "excellencies", "distinguished", "delegates",
		"delegation", "delegations", "ladies", "gentlemen", "honour", "honor",
		"privilege", "pleasure", "congratulate", "congratulations", "congratulating",
		"sixty", "seventieth", "statement", "behalf", "thank", "thanks", "wish", "express",
		"opportunity", "therein", "hereby", "wherein", "whereof", "mister", "reiterate",
		"greet", "greetings":
		return true
	// Number words, and conversational filler of remote (video) speeches.
	case "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
		"billions", "trillion", "dozen", "dozens", "half", "think", "thing", "things",
		"simply", "really", "back", "side", "lot", "lots", "unfortunately",
		"approximately":
		return true
	}
	return isOrdinalNumber(w)
}

// isOrdinalNumber reports whether w is a spelled-out ordinal of 20 or
// more, such as the session numbers of UN debates ("sixty-ninth",
// "seventieth").
func isOrdinalNumber(w string) bool {
	tens := []string{"twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"}
	for _, t := range tens {
		rest, ok := strings.CutPrefix(w, t)
		if !ok {
			continue
		}
		if rest == "ieth" {
			return true
		}
		unit, ok := strings.CutPrefix(rest, "y-")
		if !ok {
			return false
		}
		switch unit {
		case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth":
			return true
		}
		return false
	}
	return false
}
