// Package actors says who each person and organization of a document is: the country it belongs to
// and its role (a CAMEO sector) on the document's date. It reads actor dictionaries in the
// PETRARCH/TABARI format and in CSV, embeds the Phoenix dictionaries of the Open Event Data Alliance
// compiled into a table, and grounds the mentions of package entities with them and with what the
// text itself says.
//
// # Countries and roles
//
// Mention.Country is an ISO 3166-1 alpha-3 code (or a former state's, as in package entities), the
// id of an international organization for its officials and for the organization itself ("UN"), or
// a code of a user dictionary's own. Mention.Role is a CAMEO role code: GOV (executive government),
// MIL, COP (police), SPY, JUD, LEG, OPP, REB, PTY, ELI (former officials and other elites), BUS,
// MED, EDU, REL, HLH, LAB, ... and for international actors IGO, NGO, IMG (militarized groups).
// Grounder.CAMEOCode writes a mention as a CAMEO actor code for comparison with event data ("RUSGOV",
// "IGOUNO"; CAMEO's country codes where they differ from ISO's, "KSV" for Kosovo).
//
// # People
//
// A person (the PERSON mentions of one entity in a document, with the pronouns and descriptions
// resolved to it) is grounded from, in order of precedence:
//
//  1. The text. A title before the name ("Russian President Vladimir Putin", "Iran's foreign
//     minister, Javad Zarif", "the head of the Iraqi army, General X", "Former President Hamid
//     Karzai") or an apposition after it ("Zarif, Iran's foreign minister,"; "Ban Ki-moon, the UN
//     secretary-general,") gives a role and a country: the role from the head of the title
//     ("minister" GOV, "general" MIL, "judge" JUD, "senator" LEG, "editor" MED, "former" ELI, an
//     entertainer such as "comedian", "actor" or "singer" ELI as Phoenix codes ACTOR; a generic
//     head such as "chief", "head" or "spokesman" takes the role of the body it belongs to:
//     "army chief" MIL, "police chief" COP, "opposition leader" OPP; the chair of a committee of a
//     house of the legislature LEG: "House Budget Committee Chairman", "Senate Judiciary Committee
//     Chairman"), the country from the first
//     country, demonym or national body named in it that is not after "to", "in" or "with"
//     ("Iran's ambassador to the UN" is Iranian), else the one after "from" ("a Republican
//     congressman from Ohio", "a diplomat from Mexico"); an international organization makes the
//     role IGO.
//     A country right before the name ("Iran's Zarif", "Iranian Javad Zarif") gives the country
//     alone. The words of a title must be title words, countries, organizations, function words or
//     (by their part-of-speech tags) adjectives and adverbs, and after "head of" and the like the
//     nouns that describe the body ("the leader of the metalworkers' union"); an organization or
//     group name made of title and party words is read as part of the title ("Acting Homeland
//     Security" before "Secretary Chad Wolf"); an apposition that runs into another person's name
//     is a list, not an apposition. A user's agents dictionary adds title words.
//     An office right before the name after "of" is the person's, whatever precedes "of" ("the
//     government of Prime Minister Branko Mikulic", "the spokesman of President X"); title words that
//     end a place the recognizer took for one name with them are read after it ("Wisconsin Governor
//     Tommy Thompson"); the president, chairman or secretary of a company (an organization whose
//     name, here or elsewhere in the document, ends with a legal form: "American Motors Corp" ...
//     "American Motors president Joseph Cappy") is BUS, and so is a title that names only a
//     company's office ("Chairman John Nevin", "continues as chairman and chief executive
//     officer", also when another person's clause follows: "... officer and Zeien continues as
//     ...") once the document has named a company, with the dateline's country when the
//     document names no other; a former holder of a generic office ("ex-CIA chief") is ELI.
//     Further context rules: an office taken up or left on the day beats a former one ("X was
//     sworn in as Egypt's president", "resigned as economy minister", "became Nigeria's
//     president", "will become chairman", "was promoted to", "is currently executive vice
//     president of"; not a past "served as"), also for people named together before the verb ("X
//     and Y were named senior vice presidents": a title in the plural is read by its singular
//     head); an executive, senior or group vice president is a company's rank, BUS in a story
//     about a company, and a business person there with no country takes the dateline's when the
//     document places nothing in another country; a relative clause of current occupation beats a former office ("the
//     former president who now leads the opposition ... party" is OPP; "Former White House aide
//     Thomas Kendall ... Kendall, who is now a Washington lobbyist," is BUS, the clause on any
//     mention of the person); the office of an international body a speaker congratulates the
//     person on beats the title ("Ambassador Yang on your election as President of the
//     Assembly ..." is the UN's, IGO), not a state's office, whose holder is not yet in office; "X was
//     among the Conservative lawmakers who ..." makes X one of them (LEG); a description that gives a
//     government office beats a military rank ("Nigeria's military ruler, Major General X" is GOV,
//     as CAMEO codes juntas); the head of a union, company or university takes the body's role
//     ("general secretary of the National Union of Mineworkers" LAB, "chairman of Reliance
//     Industries" BUS; a central bank stays GOV); the American cabinet titles ("Secretary of State"
//     without "for", "Secretary of Defense", "Treasury Secretary") give the United States when the
//     title names no country. "Pope" before a papal regnal name ("Pope Francis", "Pope Benedict
//     XVI"; not "Coptic Pope Tawadros II") is VAT GOV, the sovereign of the Holy See being a head of
//     state. A national organization of data/orgs.csv in a title gives its country ("leader of the
//     main opposition Republican People's Party" is Turkish).
//     In a document that speaks for a country (Grounder.GroundFor; corpus.Document.Country, a UN
//     speech's state), an office its speaker calls their own is that country's: "our President,
//     X", "my Prime Minister X", "the President of my country, X", "the Minister for Foreign
//     Affairs of my Government, X", "X, our Minister for Health," (not "our Secretary-General");
//     a "President X" the speech addresses ("Excellency, President X,") or congratulates on the
//     office of a body ("on assuming the chair", "on his election") presides over the General
//     Assembly, and the turn of that presidency is read from the sentence: the person elected to
//     it is the Assembly's whatever the date, a predecessor or the President of the previous
//     session a former official (speaker.go), as is a President of a session named by its number
//     that had ended by the speech's date ("X, President of the General Assembly at its seventieth
//     session" in 2016), "the previous President, Mr. X" and "X, the outgoing President": of the
//     country the curated office holders give after the term, with a national office held that
//     day (a foreign minister on leave stays GOV), else ELI; not someone whose office of an
//     organization lasts more than a month after the date ("the outgoing Secretary-General" in
//     September). A chief of staff right after an organization's name the recognizer did not mark
//     ("Siemens chief of staff X") is no government's (unmarkedorg.go); a "House" named by a word
//     before it ("Old Custom House Committee") is no legislature's. A former official whom a later
//     relative clause says left office to open or join a firm is BUS (leftforbusiness.go).
//     A former official of any international organization, not only of the UN, is of his country:
//     ELI is a role in a country, so a person grounded ELI of an organization ("the late former
//     Secretary-General Kofi Annan", "former NATO Secretary General Rasmussen") takes the country
//     of the national office the curated office holders give him that day, with its role (a
//     minister still in office stays GOV), else of their former record, else of the one country of
//     his Phoenix records' national offices (GOV when a record dates its office over the day; an
//     open-ended record counts only up to the dictionaries' last revision), with ELI; with no such
//     country he stays as he was. A President-elect of the Assembly who still holds a national
//     office he leaves before the session opens is that office's holder until it ends; one he
//     keeps through the presidency yields to the presidency, and to the months before it only in a
//     document that names the General Assembly (a foreign minister elected in June is his state's
//     foreign minister until the session opens, unless the text speaks of him as the Assembly's).
//  2. The dictionaries, user ones first, then the curated office holders, then Phoenix (see Built-in
//     data for their order outside a person's offices), by the Keys of the person's name (the whole name, then its
//     first and last words; first the title written before the name with it, "King Abdullah", as
//     the dictionaries also write them): the Range valid on the document's date (see Actor.At: PETRARCH's rule,
//     the first dated restriction that holds, else the default). When records of different actors
//     share a name, the one of the text's country wins, else the only one whose country the
//     document names; otherwise the name is ambiguous and not grounded. A dictionary entry whose
//     country differs from the text's is a namesake and ignored. A person the document names only
//     by one word that no dictionary knows ("Macron said") is looked up as a surname among the
//     curated office holders on a dated document: those in office that day when they hold one kind
//     of office of one country (else the one of the text's country or of the only country the
//     document names), or, when none is, their former record (ELI) when they all have the same one,
//     had taken office before the date and the document names that country.
//  3. For a national office (GOV, MIL, LEG, JUD, COP, SPY, OPP, ELI) still without a country, the
//     country the text names around the person (the person's sentence and the one before) when it
//     names only one, as a country or demonym, or failing those as places before the name (a
//     dateline), or failing those the country of the document's dateline when the document names
//     no other ("BONN, March 18 - ... Finance Minister Gerhard Stoltenberg has said" is DEU):
//     "Prime Minister Branko Mikulic said Yugoslavia would..." is YUG; not "Ukraine
//     said ..., and President Volodymyr Zelensky said ships would sail without Russian approval",
//     nor "Kofi Annan spoke in Geneva", nor the dignitaries a speech thanks, whose sentences name no
//     country. When it names several, the dateline's country if it is the one named first there
//     ("LONDON, March 13 - Britain wants Japan to agree ..., Corporate Affairs Minister Michael
//     Howard said" is GBR; not a visiting minister, "CHICAGO - South Korea's surplus with the U.S.
//     ..."), unless the title is one of external relations or the armed forces.
//  4. A person with a role and still no country takes the country a capitals headline writes
//     before the title word written right before the name ("U.S. ECONOMIST CALLS ..." and
//     "economist Martin Feldstein"), when the headline gives one country with that word.
//
// A title of an international organization with no organization in it takes the organization
// named nearest before it in its sentence or the one before, one Phoenix codes or one of
// data/orgs.csv ("the GCC and its Secretary General, Mr. X" is GCC IGO), unless the dictionaries
// give the person an international organization that day; elsewhere in the document, one Phoenix
// codes first.
//
// Before grouping, a span of the statistical model that cuts the name of a person the built-in
// dictionaries know, of two words or more, or takes in capitalized title words before it, becomes
// a PERSON mention of the name ("Ursula" and "Leyen" are "Ursula von der Leyen", "Bihari Vajpayee"
// is "Atal Bihari Vajpayee", "Strategic Affairs Mohammad Javad Zarif" is "Mohammad Javad Zarif"):
// the longest known name among the spans that grow it by up to three tokens on either side over
// capitalized words and name particles, or drop up to three of its first words, absorbing the
// model's mentions inside and stopping at any other. A one-word mention of the statistical model that is the surname of the only
// person the document names in full with it joins that person, whatever type the model gave it
// (an ORG, or a GPE the gazetteer does not place: "Victoria Nuland ... Nuland"); on a dated
// document, a one-word ORG that is the surname of an office holder in office that day, and no
// organization a dictionary knows, becomes a PERSON; so does a one-word GPE of the model that no
// gazetteer places ("the swearing-in of Modi"). A mention of the model typed ORG (or GPE with no
// place) whose whole text of two words or more is a person's name in the built-in dictionaries,
// and no organization's, is a PERSON ("Muammar Gaddafi was killed"). The surname of an office
// holder of a country that writes names surname first (China, Taiwan, Hong Kong, Macau, the
// Koreas, Singapore, Cambodia) is the first word, two letters included ("Xi said"). A one-word
// ORG or unplaced GPE of the model before "regime", "government" or "administration" (directly
// or after "'s": "the Assad regime", "the Maduro government") stands for that leader's government:
// an ORG when a dictionary codes the name as a country's government only ("ASSAD" SYRGOV), else a
// PERSON when it is the surname of a curated office holder and no organization's, grounded as the
// person is.
//
// Company officers of wire stories: a corporate title that a company's name or a generic noun of a
// company holds ("Nordkraft chairman X", "Company chairman X", "the company's chairman, X") or an
// apposition's title that names the company the story opens with ("X, chairman of Nordvik,") is
// BUS; such an officer with no other country, and one with a bare corporate title in a story that
// opens with a company, takes the country of that lead company: the nationality written before it
// ("LYON - French tyre maker Kleber said"), else the dateline's place. An ORG span of the model
// written as a person's name right after "chairman" or "chief executive" is a PERSON; a bank named
// by its own name ("president of Mitsubishi Bank") is a business, a central or state bank not; a
// generic head after "corporate" is a company's officer ("Corporate Finance Director X"). An
// international organization of data/orgs.csv ("a spokesman for the World Trade Organization")
// gives an apposition its id and IGO as one of the Phoenix dictionaries does. The congratulation
// "on his election to the presidency of the General Assembly" (or "to the post of ...", after "of
// <country>") is read as the office of the day; "His Excellency" (which the model may take for a
// name) and "at its seventy-fourth session" are read through in "the President of the General
// Assembly at its seventy-fourth session, His Excellency Mr. X" when the comma ends the body's
// name. A country's military leader or ruler is GOV (the head of a military government), and an
// aide to one too; an army leader stays MIL. A person span of the model with "and" and only title
// words after it ends before "and" ("Yeutter\nand Agriculture" of "... Yeutter and Agriculture
// Secretary Lyng"), and one whose first word is no word of a known name loses it when the rest is
// a known name ("Treasurer Paul Keating"), the later mentions the resolver linked to the old span
// following. In a capitals headline, a surname after "EX-", "ANTI-" or "PRO-" and one right after a
// title word, even a country's name ("EX-CARTER AIDE JORDAN"), is the story's person. Package
// entities resolves a person's name of two words or more that ends a longer full name named before
// ("Victor Paz Estenssoro ... Paz Estenssoro") to it.
//
// A PERSON mention of two words whose given name is a familiar form ("Bill", "Jim", "Bob") of the
// given name of the only person the document names in full with that surname takes that person's
// entity ("William Webster ... Bill Webster will bring").
//
// More title contexts: a title wrapped onto the line before the name is read across the line
// break when the segmenter cut the sentence there ("Senate Finance Committee\nChairman X",
// the line before ending with a word and holding lower-case letters); an office written before a
// comma beats a former one right before the name ("our Speaker of Parliament, former President X"
// is LEG); a bare "President" or "Board President" in a story that names a company before (a legal
// form, or a stock symbol in angle brackets: "Swissair <SWSZ.Z>") is BUS when the dictionaries know
// the person neither as a public figure nor in another role that day; ", who resigned yesterday
// from his post as Planning Minister," is read as the office left on the day; "the Republic" and a
// house of the legislature named alone may stand inside a title ("the new President of the
// Republic, Mr. X", "Speaker of Parliament"); and "President X" congratulated "on his election"
// whom the dictionaries know but give no government office that day presides over the Assembly
// (UN IGO: Joseph Deiss in 2010), while a head of state so congratulated keeps the state's office.
//
// Bodies a person serves: a generic head right after a national body ("FBI Director X", also when
// the recognizer took the title into the body's name, "Federal Bureau of Investigation Director X",
// a body of data/orgs.csv followed by title words) takes the body's role, a police or intelligence
// agency's head being a senior official (GOV); the Phoenix dictionaries' SPY for a person (the
// Directors of Central Intelligence) is GOV for the same reason (a user dictionary's SPY stays); the
// officers of an exchange ("Pacific Stock Exchange Chairman X", "Chicago Board of Trade, CBT,
// President X"; not "the Board of Trade", a ministry) are BUS as a company's are; an aide, adviser
// or assistant "to" a leader belongs to the leader's country ("X, a top aide to Polish leader Y,");
// the agent of a takeover, tender offer or buyout ("a takeover attempt by X", "a tender offer ...
// from X") with no other role is BUS, of the dateline's country when the document places nothing
// elsewhere; and a scholar or analyst (EDU) the text gives no country takes the dateline's
// ("WASHINGTON - ... political analyst X told Reuters").
//
// Offices named by their body (officebodies.go): a generic head after a seat of government, with
// lower-case title modifiers between them, is its official ("White House communications director
// X" USA GOV; "Pentagon" gives MIL); a chief of staff with nothing military in the title is a
// government's official (GOV, as Phoenix codes CHIEF_OF_STAFF; "army chief of staff", "Chief of the
// General Staff" and "Chief of Staff General X" stay MIL); the chair of a committee of a house whose
// name the recognizer cut into pieces ("U.S. House Ways" and "Committee" of "U.S. House Ways and
// Means Committee Chairman X", also across a line break) is LEG of the country named with it; the
// head of a delegation is a government's official ("head of the Malaysian delegation" MYS GOV) or,
// with an international organization ("Head of the EC Delegation", the recognizer's "EC Delegation"
// included), its official (IGO); and a title after an organization the dictionaries know as a
// company ("Fiat President X") is the company's office (BUS).
//
// Surnames alone (phoenixsurname.go), for a person the document names by one word that no rule
// above and no lookup of the dictionaries grounded: the person of the Phoenix records with that
// surname in a dated national office (GOV, LEG, MIL, JUD) on the document's date, of a country named
// in the person's sentence or the one before or of the dateline, when there is exactly one ("Reagan"
// in 1987 with a WASHINGTON dateline: USA GOV; "Mr. Tanin (Afghanistan)"); else a former curated
// office holder whose surname no Phoenix person of another country has ("Biden" in 2025, "Ardern"
// in 2024: ELI of their country; not "Johnson") when the document names that country (a country,
// demonym or place mention, or the dateline) or the holder's full name before ("Harper hit a home
// run", "Cameron's new film" name none: ungrounded). Neither when the word starts more Phoenix names
// than it ends (a given name: "Ali", "Manuel"), follows a determiner ("this Hall"), names a company
// of the document ("Baker International Corp <BKO> ... Baker"), is the surname of a curated holder
// who takes up an office within the year (an incoming President of the General Assembly), or is
// followed by an apposition with no office word ("Ivanov, a taxi driver,"). A delegation's head is
// a government's official only when the delegation is a state's ("the Malaysian delegation", "our
// delegation"), not a company's, team's or group's ("the Boeing delegation", "the Brazilian football
// delegation"); a committee is a house's only when a country, a state or a house's word comes with
// "House" or "Senate" (not "Clearing House Committee"); a known company's chief of staff is BUS.
//
// Legislators and agency heads: a party leader or whip of a house ("House Majority leader X",
// "Senate Minority Whip X") is LEG; so is a congressman written with party and state in parentheses
// after the name ("X (R-Nebr.)", "(D-South Carolina)": USA LEG when nothing else gives the role or
// country); an aide or adviser to a legislator ("agricultural aide to the Majority leader") is
// legislative staff, LEG, and an adjective may open such an apposition when a title head follows
// it; a generic head right after a government agency of data/orgs.csv ("Securities and Exchange
// Commission Chairman X") is an official of its country (GOV); and a titled office holder whose
// title names no country takes the one named right after the name ("President X of Austria"),
// unless the curated office holders give the person an office of an international organization
// that day and none of that country: then the country is a nationality and the title a courtesy
// ("Ambassador X of Nigeria" presiding over the General Assembly is the UN's, IGO).
//
// Wire conventions: a PERSON mention of the model that ends a line and a one-word PERSON mention
// that starts the next, with only white space between, are one name broken by the hard wrapping of
// a wire story ("Assistant Defense Secretary Richard\nPerle"); its entity leaves out the title
// words it starts with. A word of a line written all in capitals (a headline or slug: "BAKER DENIES
// DOLLAR TARGET EXISTS") that is the surname of exactly one person the document names in mixed
// case is that person, as a new PERSON mention (Source "caps") or in place of the model's one-word
// ORG or PERSON mention ("MIYAZAWA"), unless it starts a name of an organization the document
// writes in title case ("KING WORLD"), or the headline follows it with a stock symbol ("FIRESTONE
// <FIR>"), or the document writes the "person" as a company, with a legal form or a stock symbol
// after the name or a legal form before it ("Guilford Mills Inc", "AB Volvo": a recognizer's PERSON
// mention of a company is not taken for a person's surname). A one-word place, or a capital the gazetteer read as its
// government, whose name is the surname of a person named in full with a title or an honorific
// before it is the person when the document places nothing else in that country ("Finance Minister Roger Douglas said ... Douglas
// said" is not the Isle of Man), and so is one followed by an apposition of lower-case title
// words, whatever else the document places there ("Hamilton, formerly senior vice president, will
// ..."; not "Hamilton, Ohio,"). A legislative committee's name is read as a title also with one word
// the recognizer took in before the house ("told Reuters Senate Budget Committee Chairman X"). A name of three words or more that no dictionary knows is also
// looked up without its last word (the given names and paternal surname of a Spanish or Portuguese
// name: "Raúl Castro Ruz"), among the dated office holders only, so that an open-ended record of the
// shorter name does not outlive the office.
//
// A person whose country is an international organization, or a body of one, belongs to the
// organization its CAMEO code stands for (the President of the General Assembly is the UN's), and an
// office (GOV) there is IGO; a title of such an office with no organization in it ("Secretary-General
// António Guterres") takes the organization named nearest before it. The text beats
// the dictionary: a title is evidence for the document's date ("Former President
// Hamid Karzai" on a 2005 document is ELI although the dictionary has him in office). Every mention
// of the person in the document takes the result. On a dated document the country of a person or
// organization is the state of the date (entities.CountryOnDate: a Soviet leader in 1989 is SUN,
// where the dictionaries write RUS). An undated document gets the latest Range of a
// dated entry (an open-ended one, else the default, else the one that ends last), and
// Mention.RoleLatest says so.
//
// # Organizations
//
// National bodies named by package entities ("IRN Foreign Ministry", "IRQ Army") take the role of
// their kind (GOV, MIL, COP, SPY, LEG, JUD, MED); seats of government ("Kremlin" GOV, "Pentagon"
// MIL) their country and role; other organizations are looked up in the dictionaries by their text
// and entity (news agencies, central banks, intelligence services, parties and companies of
// data/orgs.csv, then Phoenix: "Tanjug" YUG MED until June 2006 and SRB MED after, "Bundesbank" DEU
// GOV), and international organizations and armed groups keep geopol's id as their entity and get
// the role of their CAMEO code ("UN" IGO, "Hamas" PSE REB), or IGO from data/orgs.csv for the
// international organizations the Phoenix dictionaries do not code ("WTO", "GATT"). An organization the dictionaries do not
// know that is named as a ministry ("Trade Ministry", "Ministry of Industry") is GOV, and so is one
// named as a department when it has a country ("U.S. Agriculture Department"; a police department is
// COP); right after a country or its demonym ("French Industry Ministry", "Brazil's Planning
// Ministry") it takes that country. A name that several countries' bodies share in data/orgs.csv
// ("Treasury": the United States', the United Kingdom's, ...) is grounded, on a dated document, in
// the one of those countries the document names, and not at all when it names several or none. A
// one-word name of a curated
// organization that the statistical model typed PERSON ("Tanjug") becomes an ORG. Generic agents of
// entities.Chain.Agents take their agent code as role.
//
// # Countries with a group or an office
//
// A country or demonym named with a noun of a group or an office stands for that part of the
// country, as CAMEO codes such actors, and its mention takes the noun's role: after it ("the
// Australian government" GOV, "Russian police" COP, "Israel's army" MIL, "a senior Iranian
// official" GOV, "Chinese state media" MED, "former Egyptian security officials" ELI), or before it
// with "of" or "from" ("the government of Kenya", "soldiers from Ukraine"), or "in" for a role
// other than the military ("lawmakers in France and Germany"; "U.S. troops in Iraq" are not
// Iraq's); countries joined by commas and "and" share the noun before them. A noun followed by a
// person's name is the person's title ("Russian President Vladimir Putin"), and a role the mention
// already has (a capital standing for its government) is kept. A country inside a title that
// coreference resolved to a person ("the President of Brazil, Dilma Rousseff", the title being the
// person's description) takes no role from the title: the person is the actor, not the country's
// government, while "the President of Brazil" with no person is Brazil's government. The nouns are title words, package
// entities' agent nouns and the user's agents dictionary.
//
// # User dictionaries
//
// ReadDictionary reads a user dictionary: CSV for a file name ending in ".csv" (ReadCSV:
// name,entity,type,country,role,from,to), the PETRARCH/TABARI actor or agent format otherwise
// (ReadPetrarch). Their names are marked in the text (Grounder.Ground): a match replaces the
// mentions it overlaps, with the entity, type, country and role of the entry on the document's date,
// Source "dictionary". A PETRARCH record's entity is its code when it has one undated code of a
// country, group or organization ("ARNOR_ [ARN]" is ARN, "UN_ [IGOUNO]" is UN), else its primary
// phrase ("Vladimir Putin"); its country and role come from the code (SplitCode). Agent entries
// ("MINISTER [~GOV]") are title words, not names. User records also win over the built-in ones when
// a person is looked up. ReadIgnore reads names never to mark; Ground drops the mentions whose text
// or entity has one of their Keys. Readers take an io.Reader and a name for messages; a malformed
// line is a *ParseError with the file name and line, and nothing of that file is returned.
//
// # Built-in data
//
// Default decodes, once per process, data/offices.csv (curated office holders), data/orgs.csv
// (curated national organizations) and
// data/actors.tsv.gz, the table tools/phoenixgen compiles from the Phoenix dictionaries of PETRARCH-2
// (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt;
// Copyright (c) 2014 Open Event Data Alliance, MIT licence): the records that give a role (people
// with dated roles, national institutions, international organizations and their officials, armed
// groups, companies), their names as Keys (with the forms news reports give people's full names:
// "Ferdinand Marcos" for FERDINAND E. MARCOS, "F.W. de Klerk", "Augusto Pinochet" for AUGUSTO
// PINOCHET UGARTE), their codes as countries and roles by period, and the CAMEO
// codes of geopol's organization ids. The table only grounds mentions the chain found; it does not
// mark names in the text. See data/README.md for the rebuild command.
//
// data/offices.csv, written for geopol, gives heads of state and government, foreign ministers,
// Leaders of the Opposition, heads of armed forces and the heads of the main international
// organizations with the days their offices began and ended (data/README.md defines its coverage). A person in it takes, on a date within one of their
// offices, that office's country and role; on other dates, the Phoenix record until 2014, when the
// Phoenix dictionaries stop, and ELI of the country of their latest national office after that (or
// when Phoenix does not know the date) from their first office on; before it, that country and the
// role Phoenix gives that day, else ELI, as Phoenix codes politicians before their dated offices
// (Volodymyr Zelensky as a candidate in March 2019). A Phoenix person on a day after all of their
// dated periods, with no undated code, is ELI of the country of the last one when it was a
// national office (William Casey, director of the CIA until January 1987, in March 1987), up to four
// years after it ended and no later than the dictionaries' last revision. The person also answers
// to the other names of the Phoenix
// records that share one of its names and countries ("Merkel").
//
// # Performance
//
// The built-in data is decoded once (tens of milliseconds of CPU) and held in about ten megabytes.
// Grounding looks names up in hash maps and reads a few tokens around each person's names; it does
// not scan the text for the built-in names. User dictionaries are matched in the text by the first
// word of their names. BenchmarkGround measures the stage.
package actors
