// Package entities finds mentions of actors (people, organizations, countries and other places,
// nationalities) and resolves them to canonical actors: ISO 3166-1 alpha-3 codes for countries and the
// demonyms, short forms and capital metonyms that denote them, stable ids for international
// organizations, normalized full names for everything else.
//
// # Recognizers
//
// A Recognizer turns an analysed document (text.Doc: tokens with byte offsets, sentences, POS tags)
// into Mentions whose Start and End are UTF-8 byte offsets into the document text, with
// Text == text[Start:End]. This package provides two, and a Chain that merges any number of them:
//
//   - Gazetteer matches a fixed list of names with a byte trie over normalized token text (lower case,
//     one space where the text has white space, typographic apostrophes folded). Matches start at a
//     token start or after a hyphen or slash inside a token ("U.S.-led" yields "U.S."), end at a token
//     end or before a hyphen, slash or possessive ("Iran's" yields "Iran"), may cross single line
//     breaks but not paragraph breaks, and the longest match wins. Case rules: acronyms (patterns with
//     no lower-case letter) match only as written ("US" but not "us", "WHO" but not "Who"); other
//     names also match upper-case headline forms but never a form that lowers one of their capitals
//     ("IRAN" and "Iran", never "iran" or "turkey"). Determiners stay out of spans: "the Kremlin" gives
//     "Kremlin". DefaultGazetteer holds about 2,700 surface forms: countries (GPE, entity ISO3),
//     demonyms and adjectivals with plurals (NORP, entity ISO3), capitals and other cities (GPE,
//     entity the city, Country the ISO3), seats of government ("Kremlin", "White House", "Downing
//     Street": ORG, entity ISO3), historical states (SUN, YUG, CSK, DDR, ZAR, YMD; West Germany is
//     DEU), regions (LOC), peoples and religious groups that are not countries ("Kurds": NORP with no
//     country) and over 150 organizations (ORG with stable ids, see below).
//   - Rules finds national government bodies named with capitals ("the Iranian Foreign Ministry",
//     "Foreign Ministry of Iran", "the Syrian Government": ORG, entity "IRN Foreign Ministry", "SYR
//     Government"; "Iran's Foreign Ministry": GPE "Iran" and ORG "Foreign Ministry") and person names
//     after titles ("Iranian President Hassan Rouhani": PERSON "Hassan Rouhani", Country IRN; the title
//     stays outside the span). Lower-case descriptions ("the Syrian government", "Iran's foreign
//     ministry") are not names: only their demonym or country is a mention (testdata/gold/GUIDELINES.md
//     rule 9).
//   - Chain runs recognizers in priority order (by default Rules, Gazetteer, then a statistical model
//     passed by the caller, e.g. from package entities/ner), drops invalid mentions, resolves overlaps
//     (longest span first, then recognizer priority, then position), lets gazetteer ids win for
//     canonical ids, and resolves entities within the document (Resolve). Model spans are cleaned
//     first: cut at a line break, a leading capitalized preposition ("Near Ar Raqqah") and a trailing
//     title word ("Philippine Foreign" before "Secretary") dropped, department words of titles ("State"
//     in "Secretary of State") dropped, and a model span that contains a gazetteer match together with
//     lower-case words or a coordination ("eastern Congo", "Italy and Canada") gives way to the matches.
//     No mention overlaps news-agency markup (corpus.WireMarkup: agency credits and sign-offs, stock
//     tickers, rows of results tables): "American Express Co <AXP>" gives "American Express Co", a
//     company in ticker brackets ("<Prairie Mills Ltd>") is an ORG, and model spans lose the figures'
//     abbreviations of wire copy at their ends ("50 MLN DLRS", "Shr", "U.S. Dlrs" → "U.S.").
//
// # Long documents
//
// Chain.Recognize costs time linear in the length of a document, up to a logarithmic factor
// (sorting), whatever the number of mentions and references. A document of more than 1 MB of analysed
// text is recognized window by window (runs of sentences of about 1 MB, cut after a sentence that
// ends with terminal punctuation or at a paragraph break, which no name crosses), so that the
// recognizers' and the merge's working memory does not grow with the document; resolution and
// references then run on the whole document. A statistical model's document-level pass (entities/ner
// Harmonize) sees one window at a time.
//
// # References
//
// Chain also resolves references to actors named in the same document. Capitalized short references
// ("the Agency" after "International Atomic Energy Agency", "Coalition forces" in a text naming the
// Global Coalition) take the organization's id (GUIDELINES.md rule 10; on unless Chain.NoShortRefs),
// and so does "the Secretary-General" with no name after it and no organization named just before
// it: the organization with a Secretary-General named last before it (first after it), else the UN,
// whose office speeches and news name without qualification.
// Two options, off by default because the project gold annotates names only, add mentions whose
// Entity is the antecedent's: Chain.Pronouns (he, him, his, she, her → the person named last; I, me →
// the speaker named after the pronoun in its sentence, else the person named last) and
// Chain.Descriptions ("the Foreign Secretary" → the person last introduced with that title, "the
// regime" → the government named last). A reference with no antecedent yields no mention. The part of
// Descriptions whose antecedent is not in doubt is on by default (Chain.NoSafeRefs turns it off): a
// capitalized title with a modifier that refers back to the person named with it (or, when no one
// before has it, to the one person the text introduces with it later: a release's headline), a title
// followed by a person's name in apposition ("the Minister of Foreign Affairs of Iraq, HE Dr X," → X;
// not a title nested in another, "the Special Envoy of the Secretary-General, X", and not across
// another title in the of-phrase, "the King of A and the Prime Minister of B, X"; a possessive or
// an address after the comma is no name, "the Secretary-General, Our Common Agenda"), and "these
// terrorists" for the organization the document calls an armed group. The person introduced later
// must have exactly the title ("The Prime Minister" is not "Canadian Prime Minister X"). An earlier
// holder of the title not named there puts the safe rules in doubt unless it is the same office
// written again: the title alone after "the" or at a sentence start, joined to another title with a
// name ("The Prime Minister and President X"); a possessive ("our Prime Minister") or a coordinating
// "and" before it ("the Crown Prince and Prime Minister") is another holder. An organization
// mention nothing grounded whose name is "UN" and a body ("the UN Board of Inquiry") is an organ of
// the UN (Country UN, Role IGO); not a document or a plan ("the United Nations Programme of
// Action", "the U.N. Program for Africa") nor a group of states ("the UN Group of Friends of X", or
// a group's name cut short after "of"). A body's name the recognizer cut short ("the United Nations
// Committee of" Experts ...) is still that organ, and "UN Funds and Programmes" names the organs of
// the UN system.
//
// A capital that stands for its government (GUIDELINES.md rule 8) resolves to its country's ISO3:
// the subject of a finite verb ("Washington said", "Tehran rejected", "Moscow has warned": next token
// tagged VBD, VBZ, VBP or MD, or has/have/had + VBN; without tags, a list of reporting and action
// verbs), also in a coordination ("Seoul and Tokyo condemned"); after "officials in", "the government
// in" ("officials in New Delhi said"); the object of a verb of diplomacy ("urged Baghdad", "accused
// Kigali", "calls on Pyongyang"), the agent of a passive ("accepted by Beirut"), the partner of a
// relation ("coordinate with Seoul", "talks between Kinshasa and ...") or the holder of a position
// ("the views of Khartoum", "a delegation from Moscow"). Elsewhere ("talks in Vienna", "travelled to
// Cairo") it stays a city.
//
// # Places
//
// Chain grounds places in GeoNames (package entities/places; Chain.NoPlaces turns it off). A GPE or
// LOC mention of a city or first-order division gets the place's GeonamesID, Lat, Lon, Admin1 (the
// name of the division it lies in) and Country; a place the gazetteer does not list ("Bonn",
// "Frankfurt", "Toronto", found by the statistical model) also gets the GeoNames name as its Entity
// ("Frankfurt am Main"), with its division or country added when it is not the place the name means
// without context ("Paris, Texas", "Tripoli, Liban-Nord"). Places are chosen in the document's
// context (places.Choose): the countries it names, the divisions it names, the divisions its other
// places lie in without doubt ("Athens" in a story that names Atlanta and Savannah is the one in
// Georgia; places.NearbyVote), its dateline, and what the text pins a name to. As in CLIFF-CLAVIN's
// passes, places whose name the text pins or that can only be in one country ("Toronto", "Karachi")
// are grounded first and join the context of the ambiguous ones:
//
//   - "City, Region": a wire abbreviation of a US state or a Canadian or Australian division
//     ("Springfield, Ill.", "Ottawa, Ont."), a division ("Paris, Texas") or a country ("Lugano,
//     Switzerland") after a place and a comma restricts it; the abbreviation becomes a GPE mention
//     of its division (Entity "Illinois"), and a capitalized name before it that no recognizer
//     marked becomes a place mention when the table has it there. A pin overrides the gazetteer
//     ("SAN JOSE, Calif." is not Costa Rica's capital). A name after the comma that is rather a city
//     than a division is the next item of a list ("Atlanta, Savannah and Athens") and pins nothing.
//   - Datelines ("HOUSTON, March 3 -", "PORTLAND, Ore., Feb 26 -", "VIENNA (Reuters) -", in the first
//     five lines): the place becomes a GPE mention even in capitals or where a recognizer took it for
//     a person, and its country weighs in the choice of the document's other places. A dateline city
//     the table does not know still yields its state ("RIDGEFIELD, N.J.").
//   - The gazetteer's capitals and cities keep their entity and country unless the document clearly
//     means another place of that name ("Kingston" in a story about Ontario).
//
// Names that are ordinary English words ("North", "Mobile") are grounded only where pinned; generic
// names ("West Coast") and little-known places reached by an alternate name only in a country the
// document names. New mentions have Source "place". A capital standing for its government keeps its
// country's ISO3 as entity and gets no GeoNames fields: it is the country actor, not the place;
// where the text names the government by its seat ("officials in Georgetown said", "lawmakers in
// Belgrade"), the mention is both, and also gets the city's GeoNames fields (the entity table gives
// the country no place from them).
//
// Document-level evidence beyond the context above:
//
//   - Spatial relations between consecutive places pin the unsure one to the country of the one
//     whose places are all in one country: "the Kotri Barrage near Hyderabad" (Sindh), "London,
//     about two hours' drive southwest of Toronto" (Ontario), "Paris, a city in Lamar County about
//     100 miles northeast of Dallas" (Texas); a capital taken for its government that a relation
//     puts in another country is a place.
//   - An apposition with a demonym and a word for a place pins the place to the demonym's country:
//     "Mosul, the northern Iraqi city"; "Macedonia, the northern Greek region" is a region of Greece.
//   - Names that start or end with a place ("Manchester Arena", "Kotri Barrage", "University of
//     Missouri") are at or of that place: organizations take its country and division but no
//     GeoNames id (they stay actors); a state's name before a body only US states have ("Georgia
//     National Guard") is the state's.
//   - Later uses of the dateline's place that no recognizer marked ("A Cambridge start-up") are
//     mentions of it; a river or basin named after a country ("Niger River") is one LOC mention with
//     no country.
//
// Regions, seas and disputed areas of the gazetteer ("Persian Gulf", "Middle East", "Balkans",
// "Sahel", "Black Sea") keep their name as entity and no country.
//
// # Document countries
//
// DocumentCountries says which countries a document is about: every mention that names a country or
// is grounded in one counts, weighted by kind (country names and places, demonyms, people and
// organizations; a demonym before a currency, "Canadian dollars", hardly counts) and by position, with
// bonuses for the headline and the dateline; the countries whose salience reaches a share of the most
// salient one's (the focus) are the document's countries, most salient first. Successor states are
// read as the state of the document's date (CountryOnDate: Russia is SUN in 1987).
// `geopol eval countries` scores the measure against editors' country labels (package eval).
//
// # Canonical ids
//
//   - Countries: ISO 3166-1 alpha-3; former states keep their former codes (contract). Kosovo is XKX.
//   - Organizations: the usual English acronym in upper case where one exists (UN, UNSC, UNGA, NATO,
//     EU, IAEA, OPEC, AU, ASEAN, WHO, WTO, IMF, OSCE, G7, G20, UNHCR, ICC, ICJ, OIC, GCC, SCO, BRICS,
//     ICRC, HRW, PKK, SDF, YPG), otherwise a compact upper-case name (WORLDBANK, ARABLEAGUE, AMNESTY,
//     HAMAS, HEZBOLLAH, ALQAEDA, TALIBAN, HOUTHIS, ALSHABAAB, BOKOHARAM; ISIL for the Islamic
//     State under any name; EUCOM for the European Commission, EUPARL, EUCOUNCIL).
//   - National bodies: "<ISO3> <Body>" with Body from a fixed vocabulary in US spelling: Foreign
//     Ministry (also the US State Department and the UK Foreign Office), Defense Ministry (also the
//     Pentagon's department), Interior Ministry, Finance Ministry, Justice Ministry, Health Ministry,
//     Government (also regime, administration, authorities, cabinet), Military, Army, Navy, Air Force,
//     Defense Forces, Security Forces, Police, Intelligence, Parliament (also Knesset, Duma, Majlis,
//     Bundestag), Congress, Senate, Embassy, Central Bank, Supreme Court, Opposition, State Media.
//     Seats of government used as metonyms ("Kremlin", "White House", "Pentagon") resolve to the ISO3;
//     a palace is listed by its full name only where the short one also names a place ("Palácio do
//     Planalto", not "Planalto"). A person's name that took in a demonym is of its country when the
//     demonym describes the person ("Iranian Foreign Minister Javad Zarif", "fellow Frenchman
//     Jules"), not when it is a word of the name ("Lao Tzu", "Finn Juhl").
//   - People and other names: NormalizeName of the text (white space collapsed, leading "the" and
//     trailing possessive dropped); for people, titles are stripped and a surname or first name alone
//     resolves to a full name mentioned earlier in the same document ("Rouhani", "Mr. Rouhani" →
//     "Hassan Rouhani"). A surname standing alone after the full name that no recognizer marked
//     becomes a PERSON mention of that person, unless another capitalized word is joined to it,
//     another person of the document has that surname, or the document also writes it in lower case.
//
// # Corpus-wide table
//
// EntityTable aggregates per-document mentions into the rows of entities.csv (entity, label, type,
// country, mentions, documents, aliases, role, and the GeoNames place of a place entity). A
// country's row is of type GPE whatever surface names it most often (Japan is GPE although
// "Japanese" outnumbers "Japan"). A capital is one place entity with its country ("Washington",
// USA, GeoNames 4140963); where it stands for its government ("Washington said", entity USA, role
// GOV) the mention counts for the country but its surface is not one of the country's aliases.
// Tables built on shards combine with Merge; the rows do not
// depend on the order of Add and Merge calls and are sorted by mentions descending, then entity.
// Gazetteer.Label gives a display name for ids ("IRN" → "Iran") when a caller prefers it to the most
// frequent surface form.
//
// # Accuracy
//
// `geopol eval` scores the whole chain, statistical model included, against gold annotations (package
// eval); .ci/gold keeps floors under the project's gold and the shared development sets, and
// BENCHMARKS.md lists the current figures with their commands. TestCountryResolution measures the
// share of the project gold's country mentions resolved to the right ISO3 code, and TestGoldErrors
// (set GEOPOL_ERRORS) prints the errors behind a score. How the gold sets annotate (re3d and GUM put
// determiners, titles and descriptions inside spans, type a country by its role, leave many country
// names unannotated) and why some figures are development scores is in docs/accuracy.md.
//
// # Data and licence
//
// The country table (data/countries.tsv, embedded) is generated by tools/gazgen from the
// mledoze/countries database (https://github.com/mledoze/countries, version 5.1.0), © its
// contributors, made available under the Open Database License (ODbL) 1.0
// (https://opendatacommons.org/licenses/odbl/1-0/); the derived table is available under the same
// licence (see data/README.md). Everything else in the gazetteer is curated by hand in this package.
// The place table of package entities/places is derived from GeoNames (CC BY 4.0; see its
// documentation for the attribution).
package entities
