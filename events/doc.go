// Package events codes who did what to whom: actor-relationship events in the CAMEO scheme, with
// their PLOVER coding, read from the sentences of an analysed document and its actor mentions, and
// their aggregation into directed dyads.
//
// # Events
//
// [ExtractEvents] codes the events of one document (text.Doc with its sentences, and the mentions
// the entities stage found in it) with the default [Coder]; [NewCoder] makes others: a user's verb
// dictionary, generic agents, the dependency parser of package text/syntax. Only sentences with two
// or more actors are looked at, and an actor must be grounded: a country, a demonym, a capital or
// city of the gazetteer standing for its country ("sanctions on Tehran"), an organization or person
// the gazetteer, the rules or a user dictionary know, a mention given a country (companies are
// their country's BUS: "Japanese firms"); not a city naming a venue or a thing ("the Paris
// accord"), opening a name ("the London Interbank Offered Rate") or saying where a named company
// is ("Cargill Inc of Minneapolis"), not a country naming a currency ("Australian dlrs", "U.S. dollars"), not a capitalized
// name nothing else supports (a letter of credit "LOC", a job title), and not a city or division
// only the place grounding knows ("in Antalya", "in Borno state": where, not who); generic agents ("rebels", "police") count when the sentence names their country, or
// always with CoderOptions.Agents. Each [Event] gets its code's root, label, quad class and
// Goldstein weight from the embedded [Codebook], a modality ([Asserted], [Negated], [Reported],
// [Intended], [Hypothetical]), its PLOVER coding, a confidence and the byte spans of source,
// target and verb in the document text.
//
// Clauses. The clause analysis finds, over the part-of-speech tags, every verb that is not an
// auxiliary and its auxiliary chain ("has not been", "is expected to"), its subject (the actor of
// the noun phrase before the chain, over adverbs, time adjuncts and appositives; through a
// prepositional phrase only when its head is a role noun: "a spokesman for the ministry"; the
// antecedent of "which", "who"; the subject shared by "and" with the predicate before; the
// subject of a participle phrase after the subject's noun, "business leaders attending a meeting
// with X called on"; the actors a later "include" lists, for a relative clause of a plural noun,
// "nations which have carried out strikes in Syria include Australia and Canada"), how it
// hangs on another verb (the infinitive of "urged Iran to", the clause of "demanded that", the
// clause reported by "said (that)" or by a parenthetical ", officials said", a participle
// adjunct, a reduced relative "civilians killed by troops", a purpose clause) and where its
// complement ends. One event is coded per clause, between the members of its source and target
// groups ("Russia and China vetoed" gives two).
//
// Codes. A verb's code comes from the verb pattern dictionary ([CAMEOVerbs], the CAMEO dictionary
// of the PETRARCH-2 coder compiled by tools/cameoverbs, or a user's [VerbDict]) and, with the
// built-in dictionary, from the package's lexicon of news phrasing (data/lexicon.tsv, written for
// geopol from the CAMEO code definitions and ordinary news usage, not derived from the PETRARCH or
// TABARI dictionaries): the most specific pattern matching the words after the verb in its
// complement wins ("imposed sanctions on"), a pattern of the dictionary written for the verb at hand
// before one of another verb of its block, else the verb's own code or its block's. A code "A:B"
// codes A from source to target and B back ("visited" 042 and "hosted" 043); ":B" only the act of
// the target on the source ("received a loan from the World Bank": the World Bank's 071 to the
// subject). A light verb whose object names an act is coded as that act ("announced a suspension
// of air links with X" 160, "undertook a mediation mission between X and Y" 045, "initiated the
// process of returning ... to X"); a verb made of "re" and a verb of the lexicon takes that verb's
// patterns ("reimposed a blockade" 191). Acts named by nouns are coded too: "talks between X and
// Y", "X's raid on Y", "the EU embargo on Y", a joint act after a hyphenated pair ("U.S.-China
// talks", "the Iran-Iraq war"); after a possessive pronoun or in "in support of Y" the act is the
// clause subject's ("X remains firm in its support of Y" 051; support given in a use of force,
// "conducted raids in support of Y", is military cooperation, 062); an actor's own act named after
// its possessive is coded even inside another verb's pattern ("joined Nigeria's war against Boko
// Haram"); a verb's particle may follow an actor object ("pushed the rebels back" 190). A noun
// naming a joint act a verb of the sentence codes adds nothing,
// and neither does one that is the topic of an appeal, praise, demand, criticism, rejection or threat
// ("condemned Washington's arms sale to Taiwan" is the condemnation only). The nouns of acts
// derived from the verbs of the dictionaries ("condemnation", "withdrawal", "bombardment") and the
// lexicon's nouns whose own pattern does not match are coded in their argument frames: "by" agents
// ("the sanctions imposed by X on Y"), possessors and actor modifiers, "of" objects, "of" agents
// before "against"/"on" ("the attack of X against Y"), "from X to Y"; a noun phrase before "would"
// or "could" is hypothetical; a noun of saying or concern before it makes it a topic ("its call
// for the lifting of the embargo imposed by X on Y"): nominal.go.
//
// Direction. The source is the subject, or the agent of a passive ("was attacked by Hamas"); the
// target is the actor a pattern names, else the direct object, else the object of a preposition of
// direction or partnership ("fired at", "sanctions on", "talks with", "aid to", "arms from"),
// else of another preposition, places last (a preposition the matched pattern names counts as one
// of direction: "halted fuel transit via X"; partners in the act are no target: "along with X",
// "as part of X", "in support of X"; such a partner named between the source and the verb acts
// too: "Britain, as part of the coalition, struck X" gives the coalition's strike on X as well);
// the object of "by" after a noun is the agent of the
// act the object names ("condemned an attack by X": X). Joint acts ("met", "clashed", "signed an
// agreement with") go both ways; other reciprocal acts ("restored ties") go both ways only between
// the members of a compound subject; an exercise held near a country is a show of force (150).
// Parties who "join" others "to launch talks" or "in holding talks" hold them together: every
// party, subject or object, toward every other (joinedtalks.go); a second partner coordinated by
// "and with" after the first ("worked with X on energy and with Y") is a partner of the same act.
// The members of a compound subject act each on the target of an infinitive that gives the event
// its code ("X and Y agreed to increase aid to Z": X->Z, Y->Z), not on each other (coordination.go).
// The members of a compound subject of a reciprocal act of conflict with an actor object ("France
// and Britain fought ISIL", "clashed with ISIL") fight the object, each both ways, not each other
// (sidesfight.go); the object of the preposition that ends a matched pattern ("held defensive
// positions against X") outranks an actor named after a comma ("..., a Pentagon spokesman said").
// An act of force "coordinated with" a party is military cooperation with it both ways, not an act
// on it; a defense against an armed party ("defensive positions against X fighters") is that
// party's fight as well; the object of "continue" with no subject ("the need to continue X
// operations against Y") is an act under way (nominalforce.go). An act of force that the sentence
// gives no target, followed in its clause by an infinitive of purpose naming the defeat,
// destruction or elimination of Y ("conducted 300 strikes ... to enable the defeat of Y"), is an act
// on Y (objective.go). The coalition against the Islamic State is coded by the guidelines' name,
// "Global Coalition to Counter ISIL", not by its seat (coalition.go).
// A plan, effort or resolve of conflict named by a noun and an infinitive ("the Coalition's
// strategy to defeat ISIL", "Turkey's campaign to crush the PKK", "in its determination to defeat
// ISIL") is its owner's intended act (planacts.go); a plan of cooperation is a goal and stays
// uncoded ("his efforts to promote the democratic process in Guinea"), as purpose clauses do.
// So is an act of conflict named after a participle of resolve set off after an actor ("the Iraqi
// army, focused on defeating ISIL,", "Chad, determined to crush Boko Haram,"; resolveacts.go).
// In a reported act of force with no named target, a possessive after the verb or its preposition
// names the speaker's own ground ("X said Y troops fired on its posts": Y->X).
//
// Subjects across insertions (insertions.go): the verb after a relative clause, an appositive or a
// participle appositive set off by commas after the subject ("X, which has a long record of
// mediation, criticized Y") is the main clause's even when tagged as a participle, and two such
// insertions in a row are skipped ("The president of X, John Smith, who arrived on Monday, met"),
// and so is an -ing phrase right after an actor subject ("X, speaking after talks in Y, urged Z").
// "neighbouring" before a name is an adjective, and a free relative of naming ("condemned what
// it called X's aggression") leaves its noun phrase to the verb before it (tagrepair.go).
// Military craft named by a nationality ("Russian bombers", "fighter jets") are the armed forces
// (hardware.go); a plural noun after a name, tagged as a present tense before a past tense
// ("Israeli jets/VBZ struck"), is the subject's head (tagrepair.go).
//
// Real-text conventions. Purpose clauses stay uncoded, except when the main verb hands something
// over and the purpose names the actor helped ("approved 125.9 mln SDRs to assist development in
// Jamaica": aid, 07x by what is handed over) and when a journey's purpose names talks ("would leave
// for Washington to complete negotiations with the IMF": 046, intended, and no visit to the
// organization's seat). A "thanks to" or "with the help of" phrase names the agent of a passive
// without "by"; a reply that names an earlier clause's speech act ("rejecting those calls") targets
// that clause's subject; "attacked the farm bill" is criticism (111) toward the text's author; the
// speaker of a trailing ", X said" is never the target of what X reports; an actor naming a topic
// ("the Cyprus problem") is no target of a statement. A nationality's delegation is GOV, its
// peacekeepers MIL (and so are its people doing peacekeeping), a person noun after it ("a
// Palestinian woman", a target only) and civilians in a place ("civilians in Cameroon") CVL, not
// the nation named as a whole ("the Palestinian people": the country), force
// on them 180; a company no recognizer grounds, named after a nationality ("the Indian State
// Trading Corp") or opened by one ("American Express"), BUS, and so is a company whose wire ticker
// names its stock exchange ("TDK Corp <TDK.T>": JPNBUS) or, after "Inc", a bare U.S. listing;
// a company the sentence gives no country is no actor. A central bank is its state's government
// (GOV): by the forms of central banks' names ("the Central Bank of Kenya", "the Bank of Japan")
// and a short list of those whose names hold no country ("the Fed", "the Bundesbank"). A continent's
// states or institutions named together ("European central banks", "African governments") are a
// collective, no actor, and so are its people ("our African brothers"); "the people of Mali" is
// the country, as "the Palestinian people" is. A firm named by a common noun only ("an exporter")
// takes no country from the sentence. The word the 1980s wire capitalizes after "U.S." ("the U.S.
// Are negotiating") is read with its ordinary tag, and a name the statistical recognizer made of
// "U.S." and a role noun ("U.S. Diplomats", "a U.S. Financial firm") is the country with that
// role.
//
// Actor codes as the event guidelines write them (actorcodes.go, behalf.go). An international
// organization, its organs and officials are its id with no role ("the head of the EU delegation"
// is EU). A firm named by a common noun after a nationality is its country's BUS ("a Japanese bank",
// "the French petrochemical concern", "British securities houses"), producers of a farm commodity
// AGR ("French maize producers", "sugar from French producers"), "the Japanese central bank" GOV;
// a company named with "of" and its place is that country's BUS ("Richco Grain Ltd of New York",
// "<Inland Steel Co> of the U.S."), and an organization the recognizers give a country and no role
// is coded by the last word of its name (a company suffix or an exchange BUS, a farm producers'
// association AGR, a commission, agency, authority or department GOV). "The Government and the
// people of X" is X's government (the first role named), a minister's title the tagger makes a name
// after a nationality ("Venezuelan Energy and Mines Minister") the government, the wire's capital
// after "U.S." before a common noun ("U.S. Retaliatory action") the country. A sentence opened by
// "On behalf of X," gives its first-person main clause ("I congratulate Y") X as the subject.
// A title resolved to a person followed by that person's name in apposition ("met with the
// Minister of Foreign Affairs of Iraq, HE Dr X,") is one actor, the person, whose tokens run to the
// end of the name; the country in the title's of-phrase ("of Iraq") is part of the title, no other
// actor (titleappos.go).
// What a first-person condemnation, welcome, praise, thanks or call is about is its topic, no event
// (firstperson.go): "We condemn the measures imposed by X against Y", "I propose that the United
// Nations convene a conference on Y", "we are grateful to X, which supports Y" code nothing, up to
// a semicolon or a ", but" clause; a neutral frame ("we note that", "we reaffirm that", "I am
// pleased to report that") reports its content, which is coded.
// Acts named by nouns include cooperation between or among parties (050, every pair) and a ban,
// boycott, tariff or levy on a country or its goods (163; not "duties", which are also obligations).
//
// Long sentences. A purpose infinitive after a long complement that ends with an actor list
// ("was to receive ... from Algeria, Iraq and Kuwait to help it") is the purpose of the verb
// before it, not a clause whose subject is the list; a prepositional phrase set off by commas
// between the subject and the verb (", on the third leg of a trip to explain ...,") is skipped
// for the subject, and a speech verb inside it reports nothing; a place between a verb and its
// infinitive ("agreed in Paris to intervene") is no target, nor the place of a compound subject's
// own country ("Peru and a Chinese firm will set up a venture in Peru"); a dash ends a clause as
// "--" does; examples after "such as" are ranked by the preposition of the phrase they exemplify
// ("arming of extremist groups such as Al-Shabaab"), unless they are places. A singular actor joined by
// "and" and followed by a plural verb ("the United States and Soviet Union were headed for") is
// one compound with the actor before it. An organ's statement, appeal or other verbal act toward
// its own state named bare ("USAGOV" to "USA") is internal and not coded; force is. "Met X for
// talks" that happened is a meeting (040), not the intent CAMEO's pattern gives; a legislature
// passing or adopting sanctions imposes them (163); "was to", "are to" schedule an act
// (Intended).
//
// Frames and modality. CAMEO codes an action that is only intended, requested, demanded, refused or
// threatened under the root of that speech act, with a subcode for the kind of action: "urged Iran
// to release the sailors" is 0253, "refused to meet" 125, "threatened to impose sanctions" 1312,
// "X said Y must return Z" 1053; a refused commitment is a rejection ("will not accept refugees"
// 12x); an act its actor declares itself ready for, or a speaker's own future act, is an intent
// (03) or a threat (13): "X said it would", "the minister said his country would", a report by a
// speaker of the subject's own country ("Japan's Foreign Ministry said Japan would provide aid"),
// and an act of cooperation the actor "will continue", "will keep" doing ("Japanese aid to the
// Palestinian people will continue"). A contentment denied is the discontent it states ("has not
// been pleased with", "is not satisfied with": 111, asserted; contentment.go). Other acts keep
// their code with a modality: Negated ("did not sign",
// "failed to conclude"; kept out of [Dyads] by default), Hypothetical ("could", "if"), Intended
// ("will", "plans to"), Reported (inside what a speech verb reports, or with "according to"; not
// the noun phrase a first-person speaker's own verb takes, "We acknowledge the assistance provided
// by X to Y", which the speaker asserts), Asserted. What a speech act carries: "would" in a reported clause with no condition is
// Intended ("officials said Turkey would lift the blockade"), a denied act is Negated ("denied
// that it had sold arms to Iran", "denied selling"), a complaint targets the actor its "that"
// clause is about ("complained to the WTO that Korea's curbs"), and a commitment or refusal told to
// an addressee with no target of its own is addressed to it ("told Peru that it would not sign").
// [MainCode] classifies a text's main event the way the CAMEO codebook codes a lead:
// there a future act is an intent or a threat too.
//
// PLOVER, confidence, event ids. Every event also carries its PLOVER event type, mode and context
// ([PLOVEROf], from the conversion table of the PLOVER manual compiled by tools/plovergen), a
// confidence (the share of five clues that hold: see Event.Confidence) and, through [EventID], an
// identifier shared by the mentions of one date, source, target and code.
//
// Sides. Each event carries the country and CAMEO role of its source and target ([Side]: GDELT's
// Actor1CountryCode and Actor1Type1Code), taken from the mentions (entities.Mention.Country and
// Role: a person's country and role on the document's date, a capital standing for its
// government GOV) and from the role a code adds ("IRQMIL" for "Iraqi troops"); an unnamed agent's
// side is read from its code. [Dyads] gives each row the most frequent sides of its events.
//
// ExtractEvents is a pure function of its arguments and of the embedded tables, safe for
// concurrent use. It tags with the part-of-speech tagger only the sentences that may hold an event
// (text.Doc.TagSentence), so a lazily analysed document costs nothing for its other sentences.
//
// # Dyads
//
// [Dyads] aggregates events per directed actor pair and CAMEO root code or PLOVER event type
// ([Dyads.Ontology]), optionally per period of the documents' dates ([Dyads.Period], a
// corpus.Period), counting mentions, distinct events, documents and sources. Like the other
// corpus-wide aggregates of geopol it merges associatively and commutatively ([Dyads.Merge];
// Goldstein sums are kept in integer tenths, so the result does not depend on the order either) and
// encodes with MarshalBinary, so shards of a corpus can be aggregated apart and combined.
// [Dyads.Rows] returns the rows of dyads.csv in a fixed order.
//
// Evaluation of the coder against gold events is in the sub-package eval.
//
// # Data and licences
//
// data/cameo_verbs.tsv is compiled from the CAMEO.2.0 verb dictionary of the Open Event Data
// Alliance (MIT) and data/cameo_plover.tsv from the CAMEO-to-PLOVER table of the PLOVER manual
// (CC BY-SA 4.0, which this derived table keeps); data/README.md gives the commands that rebuild
// them. Attribution is the notice to show with them.
package events
