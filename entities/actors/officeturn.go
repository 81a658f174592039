package actors

// The words that name how a person takes an office, read after a name ("congratulate X on his
// election as President of ...", "on your appointment as Secretary-General"). One family, three
// readings that differ on purpose:
//   - electionNoun: the elections alone, for an elected presidency (onElection: "President X on
//     his election" presides over an assembly);
//   - takingOfficeNoun: any way into an office the title after it names (electionTitle reads "on
//     her appointment as Secretary-General" as it reads "on her election as President of ...");
//   - assemblyElectionWord: the Assembly's presiding officer taking the chair (speaker.go), which
//     leaves out re-election (a President of the General Assembly serves one session and is not
//     re-elected: "on his re-election" speaks of a state's office) and appointment (the Assembly
//     elects its President).

// electionNoun reports whether the lower-case word w names an election to an office.
func electionNoun(w string) bool {
	switch w {
	case "election", "re-election", "reelection":
		return true
	}
	return false
}

// takingOfficeNoun reports whether the lower-case word w names a person's taking of an office: an
// election, an appointment or an assumption.
func takingOfficeNoun(w string) bool {
	return electionNoun(w) || w == "appointment" || w == "assumption"
}

// assemblyElectionWord reports whether the lower-case word w names the taking of the Assembly's
// chair: "election", "elected", "assumption".
func assemblyElectionWord(w string) bool {
	return w == "election" || w == "elected" || w == "assumption"
}
