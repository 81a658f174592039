package entities

// Curated gazetteer additions, written for this project. Each line is
//
//	ENTITY|LABEL|COUNTRY|form; form; ...
//
// where ENTITY is the canonical id (ISO3, organization id or name), LABEL its display name ("" keeps
// an existing label), COUNTRY an ISO3 or "", and the forms are surface forms as written (case rules:
// see Pattern). The functions return fresh slices so no table is shared mutable state.

// curatedCountries are short forms, UN-style names and other names of countries (GPE, Entity = ISO3).
// They take precedence over the generated table.
func curatedCountries() []string {
	return []string{
		"USA|United States|USA|U.S.; US; U.S.A.; USA; United States; United States of America; America; U.S. of A.",
		"GBR|United Kingdom|GBR|U.K.; UK; Britain; Great Britain; United Kingdom; United Kingdom of Great Britain and Northern Ireland",
		"RUS|Russia|RUS|Russia; Russian Federation",
		"KOR|South Korea|KOR|South Korea; ROK; Republic of Korea; Korea",
		"PRK|North Korea|PRK|North Korea; DPRK; D.P.R.K.; Democratic People's Republic of Korea",
		"IRN|Iran|IRN|Iran; Islamic Republic of Iran; Iran (Islamic Republic of); Persia",
		"SYR|Syria|SYR|Syria; Syrian Arab Republic",
		"VNM|Vietnam|VNM|Vietnam; Viet Nam",
		"CIV|Côte d'Ivoire|CIV|Côte d'Ivoire; Cote d'Ivoire; Ivory Coast",
		"MMR|Myanmar|MMR|Myanmar; Burma",
		"NLD|Netherlands|NLD|Netherlands; Holland",
		"TUR|Turkey|TUR|Turkey; Türkiye; Turkiye; Republic of Turkey",
		"XKX|Kosovo|XKX|Kosovo",
		"VAT|Vatican City|VAT|Vatican; Holy See; Vatican City",
		"ARE|United Arab Emirates|ARE|UAE; U.A.E.; United Arab Emirates",
		// A bare "Congo" in news is nearly always the DRC (testdata/gold/GUIDELINES.md, rule 7).
		"COD|DR Congo|COD|DRC; DR Congo; D.R. Congo; Democratic Republic of the Congo; Democratic Republic of Congo; Congo-Kinshasa; Congo",
		"COG|Republic of the Congo|COG|Republic of the Congo; Congo-Brazzaville; Congo Republic",
		"CHN|China|CHN|China; PRC; People's Republic of China; Mainland China",
		"TWN|Taiwan|TWN|Taiwan; Republic of China",
		"PSE|Palestine|PSE|Palestine; State of Palestine; Palestinian territories; Palestinian Territories; Occupied Palestinian Territory",
		"CPV|Cabo Verde|CPV|Cabo Verde; Cape Verde",
		"BIH|Bosnia and Herzegovina|BIH|Bosnia; Bosnia and Herzegovina; Bosnia-Herzegovina",
		"LAO|Laos|LAO|Laos; Lao PDR; Lao People's Democratic Republic",
		"LBY|Libya|LBY|Libya; Libyan Arab Jamahiriya",
		"VEN|Venezuela|VEN|Venezuela; Venezuela (Bolivarian Republic of); Bolivarian Republic of Venezuela",
		"BOL|Bolivia|BOL|Bolivia; Bolivia (Plurinational State of); Plurinational State of Bolivia",
		"FSM|Micronesia|FSM|Micronesia; Micronesia (Federated States of); Federated States of Micronesia",
		"TZA|Tanzania|TZA|Tanzania; United Republic of Tanzania",
		"MDA|Moldova|MDA|Moldova; Republic of Moldova",
		"MKD|North Macedonia|MKD|North Macedonia; Macedonia; Former Yugoslav Republic of Macedonia",
		"SWZ|Eswatini|SWZ|Eswatini; Swaziland",
		"CZE|Czechia|CZE|Czechia; Czech Republic",
		"GMB|Gambia|GMB|Gambia",
		"BHS|Bahamas|BHS|Bahamas",
		"PHL|Philippines|PHL|Philippines",
		"SAU|Saudi Arabia|SAU|Saudi Arabia; Kingdom of Saudi Arabia",
		"AFG|Afghanistan|AFG|Afghanistan; Islamic Emirate of Afghanistan",
		"IRQ|Iraq|IRQ|Iraq",
		"ISR|Israel|ISR|Israel",
		"EGY|Egypt|EGY|Egypt; Arab Republic of Egypt",
		"YEM|Yemen|YEM|Yemen",
		"UKR|Ukraine|UKR|Ukraine",
		// Historical states keep their former ISO 3166 codes; West Germany is DEU (contract).
		"SUN|Soviet Union|SUN|Soviet Union; USSR; U.S.S.R.; Union of Soviet Socialist Republics",
		"YUG|Yugoslavia|YUG|Yugoslavia; Socialist Federal Republic of Yugoslavia; Federal Republic of Yugoslavia",
		"CSK|Czechoslovakia|CSK|Czechoslovakia",
		"DDR|East Germany|DDR|East Germany; GDR; German Democratic Republic",
		"DEU|Germany|DEU|Germany; West Germany; Federal Republic of Germany",
		"ZAR|Zaire|ZAR|Zaire",
		"YMD|South Yemen|YMD|South Yemen; People's Democratic Republic of Yemen",
		"SCG|Serbia and Montenegro|SCG|Serbia and Montenegro",
	}
}

// curatedDemonyms are demonyms and adjectivals (NORP, Entity = ISO3) that the reference table lacks
// or assigns to several countries. Plurals are listed explicitly.
func curatedDemonyms() []string {
	return []string{
		"USA||USA|American; Americans",
		"GBR||GBR|British; Briton; Britons; Brit; Brits; Scottish; Scot; Scots; Welsh",
		"FRA||FRA|French; Frenchman; Frenchmen; Frenchwoman",
		"NLD||NLD|Dutch; Dutchman; Dutchmen",
		"SAU||SAU|Saudi; Saudis; Saudi Arabian; Saudi Arabians",
		"ARE||ARE|Emirati; Emiratis",
		"PHL||PHL|Filipino; Filipinos; Filipina; Filipinas; Philippine",
		"KOR||KOR|South Korean; South Koreans; Korean; Koreans", // "the Korean government" (GUIDELINES.md rule 9)
		"PSE||PSE|Palestinian; Palestinians",
		"ISR||ISR|Israeli; Israelis",
		"AFG||AFG|Afghan; Afghans; Afghani",
		"CHE||CHE|Swiss",
		"TUR||TUR|Turkish; Turk; Turks",
		"POL||POL|Polish; Pole; Poles",
		"SWE||SWE|Swedish; Swede; Swedes",
		"DNK||DNK|Danish; Dane; Danes",
		"FIN||FIN|Finnish; Finn; Finns",
		"ESP||ESP|Spanish; Spaniard; Spaniards",
		"GRC||GRC|Greek; Greeks",
		"SRB||SRB|Serbian; Serbians; Serb; Serbs",
		"HRV||HRV|Croatian; Croatians; Croat; Croats",
		"CZE||CZE|Czech; Czechs",
		"SVK||SVK|Slovak; Slovaks",
		"SVN||SVN|Slovenian; Slovenians; Slovene; Slovenes",
		"KAZ||KAZ|Kazakh; Kazakhs; Kazakhstani; Kazakhstanis",
		"KGZ||KGZ|Kyrgyz",
		"TJK||TJK|Tajik; Tajiks; Tajikistani",
		"UZB||UZB|Uzbek; Uzbeks; Uzbekistani",
		"TKM||TKM|Turkmen",
		"COD||COD|Congolese",
		"DOM||DOM|Dominican; Dominicans",
		"XKX||XKX|Kosovar; Kosovars; Kosovan",
		"BIH||BIH|Bosnian; Bosnians",
		"NZL||NZL|New Zealander; New Zealanders",
		"ISL||ISL|Icelandic; Icelander; Icelanders",
		"IRL||IRL|Irish; Irishman",
		"CPV||CPV|Cape Verdean; Cape Verdeans",
		"IND||IND|Indian; Indians",
		"NOR||NOR|Norwegian; Norwegians",
		"SUN||SUN|Soviet; Soviets",
		"YUG||YUG|Yugoslav; Yugoslavs; Yugoslavian",
		"CSK||CSK|Czechoslovak; Czechoslovakian",
		"DDR||DDR|East German; East Germans",
		"DEU||DEU|German; Germans; West German; West Germans",
		"ZAR||ZAR|Zairean; Zaireans; Zairian",
		"YMD||YMD|South Yemeni",
	}
}

// curatedCapitals are capitals the table spells differently or lacks (GPE, Entity = the city).
func curatedCapitals() []string {
	return []string{
		"Washington|Washington|USA|Washington; Washington D.C.; Washington, D.C.; Washington DC",
		"Kyiv|Kyiv|UKR|Kyiv; Kiev",
		"New Delhi|New Delhi|IND|New Delhi",
		"Beijing|Beijing|CHN|Beijing; Peking",
		"Sanaa|Sanaa|YEM|Sanaa; Sana'a; Sana’a",
		"Naypyidaw|Naypyidaw|MMR|Naypyidaw; Nay Pyi Taw",
		"Bern|Bern|CHE|Bern; Berne",
		"Astana|Astana|KAZ|Astana; Nur-Sultan",
		"Ulaanbaatar|Ulaanbaatar|MNG|Ulaanbaatar; Ulan Bator",
		"Pristina|Pristina|XKX|Pristina; Prishtina",
		"Ramallah|Ramallah|PSE|Ramallah",
		"Tehran|Tehran|IRN|Tehran; Teheran",
		"Brasília|Brasília|BRA|Brasília; Brasilia",
		"Bogotá|Bogotá|COL|Bogotá; Bogota",
	}
}

// curatedSeats are seat-of-government metonyms (ORG, Entity = ISO3) and national institutions with
// a fixed name (ORG, Entity "ISO3 Body").
func curatedSeats() []string {
	return []string{
		"RUS|Russia|RUS|Kremlin",
		"USA|United States|USA|White House; Pentagon; Foggy Bottom; Capitol Hill",
		"GBR|United Kingdom|GBR|Downing Street; Whitehall",
		"FRA|France|FRA|Elysee; Élysée; Elysée; Elysee Palace; Élysée Palace; Quai d'Orsay",
		"CHN|China|CHN|Zhongnanhai",
		"KOR|South Korea|KOR|Blue House",
		"ISR Parliament|Knesset|ISR|Knesset",
		"RUS Parliament|State Duma|RUS|Duma; State Duma",
		"IRN Parliament|Majlis|IRN|Majlis",
		"DEU Parliament|Bundestag|DEU|Bundestag",
		"USA Congress|US Congress|USA|Congress; U.S. Congress; US Congress; United States Congress",
		"USA Foreign Ministry|US State Department|USA|State Department; U.S. State Department; US State Department; Department of State",
		"USA Defense Ministry|US Department of Defense|USA|Department of Defense; Defense Department; U.S. Department of Defense; DoD; DOD",
		"AUS Foreign Ministry|Department of Foreign Affairs and Trade|AUS|DFAT; Department of Foreign Affairs and Trade",
		"IRQ Security Forces|Iraqi Security Forces|IRQ|ISF; Iraqi Security Forces",
		"MEK|Mujahedin-e Khalq|IRN|MEK; Mujahedin-e Khalq; Mojahedin-e Khalq; People's Mojahedin Organization of Iran",
		"GBR Foreign Ministry|Foreign Office|GBR|Foreign Office; Foreign and Commonwealth Office; Foreign, Commonwealth and Development Office; FCO; FCDO",
		"GBR Defense Ministry|Ministry of Defence|GBR|MoD; MOD",
		"ISR Defense Forces|Israel Defense Forces|ISR|IDF; Israel Defense Forces; Israel Defence Forces; Israeli Defense Forces; Israeli Defence Forces",
		"IRN Revolutionary Guards|Islamic Revolutionary Guard Corps|IRN|IRGC; Revolutionary Guards; Revolutionary Guard; Islamic Revolutionary Guard Corps; Revolutionary Guard Corps",
		"USA CIA|Central Intelligence Agency|USA|CIA; Central Intelligence Agency",
		"USA FBI|Federal Bureau of Investigation|USA|FBI; Federal Bureau of Investigation",
		"USA CENTCOM|US Central Command|USA|CENTCOM; Centcom; U.S. Central Command; US Central Command; Central Command",
		"RUS FSB|Federal Security Service|RUS|FSB",
		"RUS KGB|KGB|SUN|KGB",
		"GBR MI6|Secret Intelligence Service|GBR|MI6",
		"ISR Mossad|Mossad|ISR|Mossad",
		"SYR Free Syrian Army|Free Syrian Army|SYR|Free Syrian Army; FSA",
		"USA Department of Homeland Security|Department of Homeland Security|USA|Department of Homeland Security; DHS",
		"USA NASA|NASA|USA|NASA",
		"PSE Government|Palestinian Authority|PSE|Palestinian Authority; Palestinian National Authority",
		"USA Coalition|Global Coalition against Daesh|USA|Global Coalition; Global Coalition to Counter ISIL; Global Coalition against Daesh; Combined Joint Task Force – Operation Inherent Resolve; CJTF-OIR",
	}
}

// curatedCities are cities other than capitals that geopolitical news names often (GPE, Entity = the city).
func curatedCities() []string {
	return []string{
		"Aleppo||SYR|Aleppo", "Homs||SYR|Homs", "Idlib||SYR|Idlib; Idleb", "Raqqa||SYR|Raqqa; Raqqah; Ar Raqqah",
		"Deir ez-Zor||SYR|Deir ez-Zor; Deir al-Zour; Deir ez-Zour; Deir Ezzor; Dayr az Zawr", "Palmyra||SYR|Palmyra",
		"Daraa||SYR|Daraa; Deraa; Dara'a", "Hama||SYR|Hama", "Latakia||SYR|Latakia", "Kobani||SYR|Kobani; Kobane",
		"Manbij||SYR|Manbij", "Tartus||SYR|Tartus", "Ghouta||SYR|Ghouta; Eastern Ghouta", "Al-Bab||SYR|Al-Bab; al-Bab",
		"Mosul||IRQ|Mosul", "Fallujah||IRQ|Fallujah; Falluja", "Ramadi||IRQ|Ramadi; Ar Ramadi", "Tikrit||IRQ|Tikrit",
		"Kirkuk||IRQ|Kirkuk", "Erbil||IRQ|Erbil; Irbil", "Basra||IRQ|Basra; Basrah", "Najaf||IRQ|Najaf",
		"Karbala||IRQ|Karbala", "Samarra||IRQ|Samarra", "Sinjar||IRQ|Sinjar", "Haditha||IRQ|Haditha", "Qayyarah||IRQ|Qayyarah",
		"Benghazi||LBY|Benghazi", "Misrata||LBY|Misrata; Misurata", "Sirte||LBY|Sirte", "Aden||YEM|Aden",
		"Hodeidah||YEM|Hodeidah; Hudaydah", "Gaza||PSE|Gaza; Gaza City", "Hebron||PSE|Hebron",
		"Tel Aviv||ISR|Tel Aviv", "Haifa||ISR|Haifa", "Istanbul||TUR|Istanbul", "Geneva||CHE|Geneva",
		"New York||USA|New York; New York City", "Los Angeles||USA|Los Angeles", "Chicago||USA|Chicago",
		"St. Petersburg||RUS|St. Petersburg; Saint Petersburg", "Sochi||RUS|Sochi", "Mumbai||IND|Mumbai; Bombay",
		"Delhi||IND|Delhi", "Karachi||PAK|Karachi", "Lahore||PAK|Lahore", "Peshawar||PAK|Peshawar",
		"Kandahar||AFG|Kandahar", "Herat||AFG|Herat", "Mazar-i-Sharif||AFG|Mazar-i-Sharif", "Helmand||AFG|Helmand",
		"Shanghai||CHN|Shanghai", "Dubai||ARE|Dubai", "Mecca||SAU|Mecca; Makkah", "Medina||SAU|Medina",
		"Jeddah||SAU|Jeddah; Jiddah", "Alexandria||EGY|Alexandria", "Donetsk||UKR|Donetsk", "Luhansk||UKR|Luhansk; Lugansk",
		"Kharkiv||UKR|Kharkiv; Kharkov", "Odesa||UKR|Odesa; Odessa", "Mariupol||UKR|Mariupol", "Sevastopol||UKR|Sevastopol",
		"The Hague||NLD|The Hague; Hague", "Yangon||MMR|Yangon; Rangoon", "Goma||COD|Goma", "Mogadishu||SOM|Mogadishu",
		"Juba||SSD|Juba", "Benghazi||LBY|Benghazi", "Tabriz||IRN|Tabriz", "Isfahan||IRN|Isfahan; Esfahan",
		"Natanz||IRN|Natanz", "Qom||IRN|Qom", "Mashhad||IRN|Mashhad", "Hong Kong||CHN|Hong Kong",
		"Quetta||PAK|Quetta", "Srinagar||IND|Srinagar", "Grozny||RUS|Grozny", "Tbilisi||GEO|Tbilisi",
		"Marawi||PHL|Marawi", "Maiduguri||NGA|Maiduguri", "Timbuktu||MLI|Timbuktu", "Sarajevo||BIH|Sarajevo",
		"Srebrenica||BIH|Srebrenica", "Kunduz||AFG|Kunduz", "Jalalabad||AFG|Jalalabad",
		// Syria and Iraq: towns of the war against the Islamic State, with the transliterations of
		// military and press reports ("Dayr Az Zayr", "Al Huwayjah").
		"Deir ez-Zor||SYR|Dayr Az Zayr; Dayr az-Zawr; Deir Ez Zor", "Palmyra||SYR|Tadmur",
		"Ayn Isa||SYR|Ayn Isa; Ain Issa; Ain Isa", "Tabqa||SYR|Tabqa; Al-Tabqa; At Tabqah; Tabqah",
		"Hasakah||SYR|Hasakah; Al-Hasakah; Al Hasakah; Hassakeh; Al Hawl; al-Hol",
		"Qamishli||SYR|Qamishli; Al-Qamishli", "Abu Kamal||SYR|Abu Kamal; Albu Kamal; Al-Bukamal; Al Bukamal",
		"Mayadin||SYR|Mayadin; Al-Mayadin; Al Mayadin", "Shaddadi||SYR|Shaddadi; Ash Shaddadi; Al-Shaddadi",
		"Azaz||SYR|Azaz; A'zaz", "Jarabulus||SYR|Jarabulus", "Afrin||SYR|Afrin", "Dabiq||SYR|Dabiq", "Marea||SYR|Marea; Mar'a",
		"Tal Abyad||SYR|Tal Abyad; Tell Abyad", "Ras al-Ain||SYR|Ras al-Ain; Ras al-Ayn; Ras al Ayn",
		"Suwayda||SYR|Suwayda; Sweida; As-Suwayda", "Quneitra||SYR|Quneitra", "Douma||SYR|Douma",
		"Darayya||SYR|Darayya; Daraya", "Madaya||SYR|Madaya", "Zabadani||SYR|Zabadani", "Qusayr||SYR|Qusayr; al-Qusayr",
		"Khan Shaykhun||SYR|Khan Shaykhun; Khan Sheikhoun", "Saraqib||SYR|Saraqib; Saraqeb",
		"Maarat al-Numan||SYR|Maarat al-Numan; Maarat al-Nouman; Ma'arrat al-Nu'man", "Jisr al-Shughur||SYR|Jisr al-Shughur",
		"Yarmouk||SYR|Yarmouk", "Urem al-Kubra||SYR|Urem al-Kubra",
		"Hawija||IRQ|Hawija; Al Huwayjah; Huwayjah; Al-Hawija", "Tal Afar||IRQ|Tal Afar; Tall Afar; Tel Afar",
		"Rawah||IRQ|Rawah; Rawa", "Al-Qaim||IRQ|Al-Qaim; Al Qaim; Qaim; Al Qa'im", "Baiji||IRQ|Baiji; Bayji",
		"Rutbah||IRQ|Rutbah; Ar Rutbah", "Zumar||IRQ|Zumar", "Rabiyah||IRQ|Rabiyah; Rabia", "Makhmur||IRQ|Makhmur",
		"Bashiqa||IRQ|Bashiqa; Bashiqah", "Kisik||IRQ|Kisik", "Tuz Khurmatu||IRQ|Tuz Khurmatu", "Amirli||IRQ|Amirli",
		"Jurf al-Sakhar||IRQ|Jurf al-Sakhar", "Balad||IRQ|Balad", "Baqubah||IRQ|Baqubah; Baquba",
		"Kut||IRQ|Kut; Al-Kut", "Amarah||IRQ|Amarah; Al-Amarah", "Nasiriyah||IRQ|Nasiriyah; Nasiriya",
		"Hillah||IRQ|Hillah; Al-Hillah", "Diwaniyah||IRQ|Diwaniyah", "Sulaymaniyah||IRQ|Sulaymaniyah; Sulaimaniya; Suleimaniyah",
		"Dohuk||IRQ|Dohuk; Duhok; Dahuk", "Halabja||IRQ|Halabja", "Babylon||IRQ|Babylon",
		"Camp Hurriya||IRQ|Camp Hurriya; Camp Liberty", "Camp Ashraf||IRQ|Camp Ashraf",
		// Other places of current conflicts.
		"El Fasher||SDN|El Fasher; Al-Fashir; El-Fasher", "Nyala||SDN|Nyala", "Omdurman||SDN|Omdurman",
		"Port Sudan||SDN|Port Sudan", "El Geneina||SDN|El Geneina; Geneina", "Wad Madani||SDN|Wad Madani",
		"Rafah||PSE|Rafah", "Khan Younis||PSE|Khan Younis; Khan Yunis", "Jabalia||PSE|Jabalia; Jabaliya",
		"Deir al-Balah||PSE|Deir al-Balah", "Nablus||PSE|Nablus", "Jenin||PSE|Jenin", "Bethlehem||PSE|Bethlehem",
		"Fordow||IRN|Fordow; Fordo", "Bushehr||IRN|Bushehr", "Bandar Abbas||IRN|Bandar Abbas",
		"Marib||YEM|Marib; Ma'rib", "Taiz||YEM|Taiz", "Saada||YEM|Saada; Sa'dah", "Mukalla||YEM|Mukalla",
		"Tobruk||LBY|Tobruk", "Derna||LBY|Derna", "Sousse||TUN|Sousse", "Sidon||LBN|Sidon", "Baalbek||LBN|Baalbek",
		"Cox's Bazar||BGD|Cox's Bazar; Cox’s Bazar", "Lviv||UKR|Lviv", "Zaporizhzhia||UKR|Zaporizhzhia; Zaporozhye",
		"Kherson||UKR|Kherson", "Bakhmut||UKR|Bakhmut", "Avdiivka||UKR|Avdiivka", "Belgorod||RUS|Belgorod", "Kursk||RUS|Kursk",
	}
}

// curatedRegions are regions, seas, rivers and disputed territories (LOC or GPE, Entity = the name).
// The second field is the type.
func curatedRegions() []string {
	return []string{
		"Middle East|LOC||Middle East; Mideast", "Europe|LOC||Europe", "Asia|LOC||Asia", "Africa|LOC||Africa",
		"Latin America|LOC||Latin America", "South America|LOC||South America", "North America|LOC||North America",
		"Central America|LOC||Central America", "Central Asia|LOC||Central Asia", "Southeast Asia|LOC||Southeast Asia; South-East Asia",
		"East Asia|LOC||East Asia", "South Asia|LOC||South Asia", "North Africa|LOC||North Africa",
		"West Africa|LOC||West Africa", "East Africa|LOC||East Africa", "Sub-Saharan Africa|LOC||Sub-Saharan Africa; sub-Saharan Africa",
		"Persian Gulf|LOC||Persian Gulf; Arabian Gulf; Gulf", "Arabian Peninsula|LOC||Arabian Peninsula",
		"Balkans|LOC||Balkans; Western Balkans", "Caucasus|LOC||Caucasus; South Caucasus; North Caucasus", "Sahel|LOC||Sahel",
		"Horn of Africa|LOC||Horn of Africa", "Mediterranean|LOC||Mediterranean; Mediterranean Sea", "Black Sea|LOC||Black Sea",
		"Red Sea|LOC||Red Sea", "South China Sea|LOC||South China Sea", "East China Sea|LOC||East China Sea",
		"Caspian Sea|LOC||Caspian Sea; Caspian", "Baltic Sea|LOC||Baltic Sea; Baltic", "Arctic|LOC||Arctic",
		"Euphrates|LOC||Euphrates; Euphrates River; Euphrates Valley", "Tigris|LOC||Tigris; Tigris River", "Nile|LOC||Nile",
		"Korean Peninsula|LOC||Korean Peninsula", "Strait of Hormuz|LOC||Strait of Hormuz; Hormuz", "Suez Canal|LOC||Suez Canal",
		"Taiwan Strait|LOC||Taiwan Strait", "Levant|LOC||Levant", "Maghreb|LOC||Maghreb", "Pacific|LOC||Pacific; Pacific Ocean",
		"Atlantic|LOC||Atlantic; Atlantic Ocean", "Indian Ocean|LOC||Indian Ocean", "Western Europe|LOC||Western Europe",
		"Eastern Europe|LOC||Eastern Europe", "Golan Heights|LOC|SYR|Golan Heights; Golan", "Sinai|LOC|EGY|Sinai; Sinai Peninsula",
		// Disputed areas and regions named as areas are LOC (testdata/gold/GUIDELINES.md, rule 11).
		"Kashmir|LOC||Kashmir", "Jammu and Kashmir|LOC|IND|Jammu and Kashmir", "Azad Kashmir|LOC|PAK|Azad Kashmir",
		"Line of Control|LOC||Line of Control", "Crimea|GPE|UKR|Crimea", "Donbas|GPE|UKR|Donbas; Donbass",
		"West Bank|GPE|PSE|West Bank", "Gaza Strip|GPE|PSE|Gaza Strip", "East Jerusalem|GPE|PSE|East Jerusalem",
		"Kurdistan|GPE|IRQ|Kurdistan; Iraqi Kurdistan; Kurdistan Region", "Darfur|LOC|SDN|Darfur", "West Darfur|LOC|SDN|West Darfur", "North Darfur|LOC|SDN|North Darfur",
		"South Darfur|LOC|SDN|South Darfur", "Kordofan|LOC|SDN|Kordofan; South Kordofan; North Kordofan", "Chechnya|GPE|RUS|Chechnya",
		"Xinjiang|GPE|CHN|Xinjiang", "Tibet|GPE|CHN|Tibet", "Abkhazia|GPE|GEO|Abkhazia", "South Ossetia|GPE|GEO|South Ossetia",
		"Nagorno-Karabakh|LOC|AZE|Nagorno-Karabakh; Karabakh", "Transnistria|GPE|MDA|Transnistria",
		"England|GPE|GBR|England", "Scotland|GPE|GBR|Scotland", "Wales|GPE|GBR|Wales", "Northern Ireland|GPE|GBR|Northern Ireland",
		"Anbar|GPE|IRQ|Anbar; Al Anbar; Anbar Province", "Nineveh|GPE|IRQ|Nineveh; Ninewa; Nineveh Province", "Rojava|GPE|SYR|Rojava",
		"Idlib Province|GPE|SYR|Idlib Province", "Punjab|GPE||Punjab", "Baluchistan|GPE|PAK|Baluchistan; Balochistan",
		"Western Sahara|GPE|ESH|Western Sahara", "Puerto Rico|GPE|PRI|Puerto Rico",
		"New South Wales|GPE|AUS|New South Wales", "New England|LOC|USA|New England", "Baja California|GPE|MEX|Baja California",
		"Quebec|GPE|CAN|Quebec; Québec", "Ontario|GPE|CAN|Ontario", "British Columbia|GPE|CAN|British Columbia",
		"Catalonia|GPE|ESP|Catalonia", "Bavaria|GPE|DEU|Bavaria", "Sicily|GPE|ITA|Sicily", "Corsica|GPE|FRA|Corsica",
		// Provinces (governorates) of Iraq and Syria.
		"Diyala|GPE|IRQ|Diyala; Diyala Province; Diyala Governorate", "Salah ad Din|GPE|IRQ|Salah ad Din; Salahuddin; Salah al-Din; Salah ad Din Province; Saladin Province",
		"Kirkuk Province|GPE|IRQ|Kirkuk Province; Kirkuk Governorate", "Babil|GPE|IRQ|Babil; Babil Province",
		"Wasit|GPE|IRQ|Wasit", "Maysan|GPE|IRQ|Maysan", "Dhi Qar|GPE|IRQ|Dhi Qar", "Muthanna|GPE|IRQ|Muthanna",
		"Al-Qadisiyyah|GPE|IRQ|Qadisiyah; Al-Qadisiyyah", "Basra Province|GPE|IRQ|Basra Province",
		"Raqqa Province|GPE|SYR|Raqqa Province; Raqqa Governorate", "Aleppo Province|GPE|SYR|Aleppo Province; Aleppo Governorate",
		"Deir ez-Zor Province|GPE|SYR|Deir ez-Zor Province; Deir ez-Zor Governorate",
		"Hasakah Province|GPE|SYR|Hasakah Province; Al-Hasakah Governorate", "Homs Governorate|GPE|SYR|Homs Governorate; Homs Province",
		"Hama Governorate|GPE|SYR|Hama Governorate; Hama Province", "Daraa Governorate|GPE|SYR|Daraa Governorate; Daraa Province",
		// Mountains, rivers, dams, islands and shoals.
		"Hamrin Mountains|LOC|IRQ|Hamrin Mountains; Hamrin mountains; Jabal Hamrin", "Mount Sinjar|LOC|IRQ|Mount Sinjar; Sinjar Mountains",
		"Zagros Mountains|LOC||Zagros Mountains; Zagros mountains; Zagros", "Qandil Mountains|LOC|IRQ|Qandil Mountains; Qandil",
		"Tigris|LOC||Tigris river", "Euphrates|LOC||Euphrates river", "Tabqa Dam|LOC|SYR|Tabqa Dam",
		"Mosul Dam|LOC|IRQ|Mosul Dam", "Haditha Dam|LOC|IRQ|Haditha Dam",
		"Okinawa|LOC|JPN|Okinawa", "Essequibo|LOC||Essequibo", "Indo-Pacific|LOC||Indo-Pacific",
		"Second Thomas Shoal|LOC||Second Thomas Shoal; Ayungin Shoal; Ren'ai Jiao; Ren’ai Jiao; Ren'ai Reef",
		"Scarborough Shoal|LOC||Scarborough Shoal; Huangyan Island; Bajo de Masinloc",
		"Spratly Islands|LOC||Spratly Islands; Spratlys; Nansha Islands", "Paracel Islands|LOC||Paracel Islands; Paracels; Xisha Islands",
		"Senkaku Islands|LOC||Senkaku Islands; Senkakus; Diaoyu Islands",
	}
}

// usStates lists the states of the United States (GPE, Country USA) so that "New Mexico" and "New
// Jersey" are not read as Mexico or Jersey. Georgia is left to the country.
func usStates() []string {
	return []string{
		"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
		"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
		"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
		"New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
		"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
		"Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
	}
}

// curatedGroups are peoples, religious and political groups that are not countries (NORP, Entity = name).
func curatedGroups() []string {
	return []string{
		"Kurds|Kurdish; Kurd; Kurds", "Arabs|Arab; Arabs", "Sunnis|Sunni; Sunnis", "Shias|Shia; Shias; Shiite; Shiites; Shi'ite; Shi'ites; Shi’ite",
		"Muslims|Muslim; Muslims; Moslem; Moslems; Islamic", "Christians|Christian; Christians", "Jews|Jewish; Jew; Jews",
		"Yazidis|Yazidi; Yazidis; Yezidi", "Alawites|Alawite; Alawites", "Druze|Druze", "Pashtuns|Pashtun; Pashtuns",
		"Baloch|Baloch; Baluch", "Tamils|Tamil; Tamils", "Rohingya|Rohingya; Rohingyas", "Uyghurs|Uyghur; Uyghurs; Uighur; Uighurs",
		"Tibetans|Tibetan; Tibetans", "Hazaras|Hazara; Hazaras", "Turkmen|Turkmens", "Assyrians|Assyrian; Assyrians",
		"Chechens|Chechen; Chechens", "Europeans|European; Europeans", "Africans|African; Africans", "Asians|Asian; Asians",
		"Latin Americans|Latin American; Latin Americans", "Westerners|Western; Westerners", "Catholics|Catholic; Catholics",
		"Buddhists|Buddhist; Buddhists", "Hindus|Hindu; Hindus", "Sikhs|Sikh; Sikhs", "Republicans|Republican; Republicans",
		"Democrats|Democrat; Democrats", "Tutsis|Tutsi; Tutsis", "Hutus|Hutu; Hutus", "Bedouin|Bedouin; Bedouins",
	}
}
