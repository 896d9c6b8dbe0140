/// Words that tell what a capitalised name is: titles before people, heads of organisation names,
/// words after places, and capitalised words that are not names.
enum EntityLexicon {

    /// Well-known organisations as written → the name they are filed under: acronyms, one-word names,
    /// and names without a head word that says what they are (`Al Jazeera`, `Liberal Democrats`), from
    /// `Data/organizations.tsv`. Those written only after `the` are ``EntityOrganizationLexicon``'s.
    static let knownOrganizations: WordTable<String> = EntityOrganizationLexicon.bundled.anywhere
    /// The ``knownOrganizations`` that make cars: a capitalised word after one names a model (`Vesk Corsa`).
    static let carmakers: WordSet = EntityOrganizationLexicon.bundled.carmakers

    /// The one-word ``knownOrganizations`` ending in `'s`, written without the apostrophe (`Kellerbys` →
    /// the name `Kellerby's` is filed under): text that lost its apostrophes.
    static let knownOrganizationsWithoutApostrophe: WordTable<String> = {
        var table: [String: String] = [:]
        for written in knownOrganizations.keys where written.hasSuffix("'s") && !written.contains(" ") {
            table[String(written.dropLast(2)) + "s"] = knownOrganizations[written]
        }
        return WordTable(table)
    }()

    /// Last words of companies' names that their short form drops (`McClatchy` for `McClatchy Co`).
    static let corporateSuffixes: WordSet = [
        "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC",
        "Group", "Holdings",
        "GmbH", "AG", "SA", "Company", "Limited",
        // Swedish, Finnish, Norwegian and Italian company forms: `Vesko AB`, `Tarvo Oyj`, `Kelvar SpA`.
        "AB", "Oyj", "ASA", "SpA",
    ]

    /// A company's form written short before its name, in the languages that put it there: `Cia. Vesk
    /// Norte` (Portuguese, Spanish), `Cie. Vesk` (French).
    static let companyAbbreviations: WordSet = ["Cia", "Cía", "Cie"]

    /// Last words of companies' names that say what they make or do: `Intuitive Machines`, `Firefly
    /// Aerospace`, `Dick Clark Productions`.
    static let companyHeads: WordSet = [
        "Machines", "Aerospace", "Robotics", "Productions", "Gaming", "Dynamics", "Instruments", "Electronics",
        "Semiconductor", "Semiconductors", "Therapeutics", "Biosciences", "Biotech", "Brands", "Foods",
        "Beverages", "Chemicals", "Materials", "Minerals", "Mining", "Steel", "Shipping", "Airlines",
        "Engineering", "Pharmaceutical", "Laboratory", "Laboratories", "Enterprises", "Industries", "Technology",
        "Textiles", "Architects", "Brewing", "Brewery", "Breweries", "Distillers",
        "Apparel", "Motors", "Publishing", "Publications", "Consulting", "Securities", "Financial", "Bancorp",
        "Capital", "Energy", "Oil", "Gas", "Power", "Utilities", "Telecommunications", "Wireless", "Digital",
        // Company forms after a name (`Veritas Group Plc`, `Norland Bank SA`), though `SA` alone is South Africa.
        "Plc", "SA", "NV", "SpA", "BV",
    ]

    /// Last words of finance and research houses' names (`Holloway Asset Management`, `Brinwood
    /// Research`, `Vellow Brokers`), which also end a department's or a field's (`Head of Research`,
    /// `Digital Rights Management`): a firm only without an `of` inside and with a word no dictionary has. Not heads that hold a run together (``companyHeads``): `Natural Hazards Research and
    /// Applications Information Center` is one name.
    /// Also studios' and design houses' (`Halloway Studio`, `Marlin Design`), though `Graphic Design` is a
    /// field's name.
    static let firmHeads: WordSet = [
        "Management", "Research", "Funds", "Economics", "Managers", "Trustees", "Design", "Designs", "Studio",
        // Brokerages and their research arms (`Maresk Brokers`, `Vellow Institutional Equities`), though
        // `Insurance Brokers` and `Global Equities` name a trade or a desk.
        "Brokers", "Equities",
    ]

    /// Words after `&` that end a firm's name: `Holm & Sons`, `Avery & Co`.
    static let firmPartners: WordSet = [
        "Sons", "Son", "Co", "Co.", "Company", "Partners", "Associates", "Brothers", "Daughters", "Partner",
    ]

    // MARK: - Evidence for kinds (used by the entity pass only)

    /// Forms of address kept with the name in an alias (`Ayatollah Ali Khamenei`, `Ms Hewitt`) but not
    /// part of the role.
    static let honorifics: WordSet = [
        "Ayatollah", "Grand", "Sheikh", "Sheik", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame",
        "Hojatoleslam", "Mullah", "Imam", "Rev", "Rev.", "Reverend", "Father", "Lord", "Lady", "Haji", "Hajji",
        "Sayyed", "Sayed", "Mawlawi", "Maulvi", "Madam", "Monsignor", "Saint",
    ]

    /// Last words of roles that are never surnames: a run ending with one names nobody
    /// (`Chief Strategy Officer`).
    static let roleNouns: WordSet = [
        "Officer", "Executive", "Director", "Secretary", "Minister", "Spokesman", "Spokeswoman", "Spokesperson",
        "Chairman", "Chairwoman", "Chair", "Commander", "Chief", "President", "Leader", "Manager", "Ombudsman",
        "Commissioner", "Ambassador", "Envoy", "Governor", "Mayor", "Senator", "Representative", "Deputy",
        "Inspector", "Superintendent", "Attorney", "Premier", "Chancellor", "Secretary-General", "Vice-President",
        "Founder", "Editor", "Correspondent", "Adviser", "Advisor", "Counsel", "Treasurer", "Registrar", "Sheriff",
    ]

    /// Capitalised words that belong to a role before a name without being titles on their own
    /// (`White House Press Secretary`, `Public Ombudsman`, `Shadow Chancellor`).
    static let roleModifiers: WordSet = [
        "Press", "Public", "Shadow", "Senior", "Principal", "National", "Security", "Trade", "Industry", "Health",
        "Home", "Education", "Energy", "Transport", "Culture", "Labor", "Labour", "Agriculture", "Environment",
        "Economy", "Treasury", "Commerce", "Housing", "Development", "Intelligence", "Police", "Army", "Military",
        "Joint", "Staff", "Group", "Regional", "Provincial", "District", "City", "County", "Party", "Opposition",
    ]

    /// Lowercase nouns right before a name that make it a person: `activist Abu Malek`, `chairman Richard Parsons`.
    /// Plural class nouns whose members are listed by name after `such as`, `including` or `like`.
    static let classNouns: WordTable<ExtractedEntity.Kind> = [
        "gods": .person, "goddesses": .person, "deities": .person, "characters": .person, "heroes": .person,
        "authors": .person, "writers": .person, "poets": .person, "novelists": .person, "painters": .person,
        "artists": .person, "composers": .person, "philosophers": .person, "singers": .person, "actors": .person,
        "actresses": .person, "saints": .person, "prophets": .person,
        "cities": .place, "towns": .place, "villages": .place, "countries": .place, "provinces": .place,
        "islands": .place, "rivers": .place, "districts": .place, "neighbourhoods": .place,
        "neighborhoods": .place, "suburbs": .place,
        "companies": .organization, "firms": .organization, "retailers": .organization, "banks": .organization,
        "newspapers": .organization, "broadcasters": .organization, "universities": .organization,
        "studios": .organization, "labels": .organization, "publishers": .organization, "carmakers": .organization,
        "airlines": .organization, "insurers": .organization, "lenders": .organization, "bands": .organization,
    ]

    static let personCues: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "activist", "activists", "director", "commander", "leader",
        "chief", "executive", "minister", "president", "official", "journalist", "photographer", "reporter",
        "correspondent", "doctor", "lawyer", "attorney", "brother", "sister", "son", "daughter", "father",
        "mother", "wife", "husband", "uncle", "cousin", "nephew", "colleague", "employee", "resident",
        "witness", "analyst", "expert", "professor", "student", "teacher", "chairman", "chairwoman",
        "ambassador", "envoy", "head", "founder", "coach", "manager", "captain", "governor", "mayor", "senator",
        "judge", "officer", "soldier", "general", "colonel", "cleric", "imam", "prince", "king", "queen",
        "singer", "actor", "actress", "author", "writer", "economist", "researcher", "scientist", "engineer",
        "nurse", "surgeon", "defender", "striker", "midfielder", "goalkeeper", "prosecutor", "detective",
        "commissioner", "secretary", "deputy", "adviser", "advisor", "aide", "premier", "candidate", "rapper",
        "businessman", "businesswoman", "billionaire", "tycoon", "dissident", "blogger", "preacher", "priest",
        "pastor", "bishop", "emir", "sheikh", "militant", "fighter", "victim", "suspect", "mr", "mrs", "ms", "dr",
        "lawmaker", "legislator", "congressman", "congresswoman", "politician", "diplomat", "negotiator",
    ]

    /// Police and office ranks abbreviated (`DS Ann Roe`, `PC Tom Hale`, `VP Jo Marr`): titles only before a
    /// given name, since they also open firms' names (`PC World`, `DC Comics`).
    static let rankAbbreviations: WordSet = ["PC", "DC", "DS", "DI", "DCI", "DCS", "VP", "GP", "MP"]

    /// Nouns for a person's standing or trade without an agent's ending, that open a sentence before a given
    /// name and a surname as a description (`Model Jana Holm`, `Teenager Ana Ruiz`); the titles of
    /// ``EntityExtractor/moreTitles`` (`Singer`, `Veteran`) are read as roles already.
    static let standingNouns: WordSet = [
        "model", "star", "comic", "newcomer", "youngster", "youngsters", "teenager", "rookie", "legend", "chef",
        "poet", "hooker", "flanker", "lock", "prop", "wing", "replacement", "fellow", "magnate", "heiress",
        "socialite", "host", "celebrity", "bassist", "vocalist", "guitarist", "musician", "artist", "broadcaster",
    ]

    /// Lowercase nouns right before a one-word name that make it an organisation: `media giant TimeWarner`,
    /// `publisher Bertelsmann`.
    static let organizationCues: WordSet = [
        "giant", "firm", "company", "publisher", "newspaper", "daily", "paper", "agency", "broadcaster",
        "channel", "network", "carrier", "airline", "bank", "lender", "retailer", "maker", "manufacturer",
        "operator", "insurer", "chain", "brand", "regulator", "watchdog", "party", "militia", "faction",
        "organisation", "organization", "charity", "outlet", "website", "startup", "conglomerate", "automaker",
        "carmaker", "supplier", "producer", "studio", "label", "club", "team", "group", "subsidiary", "rival",
        "imprint", "publishers", "broker", "brokerage", "miner", "miners", "drugmaker", "chipmaker", "steelmaker",
        "refiner", "brewer",
        "insurgents", "broadcasters", "tabloid", "magazine", "giants", "firms", "companies", "groups",
    ]

    /// The outlet nouns that follow an outlet's title: `the editor of Kelvar magazine`, `the Beacon newspaper`.
    static let outletTitleNouns: WordSet = ["magazine", "newspaper"]
    /// Lowercase nouns for news outlets right before a name of several words: `the magazine Mac Vessa`
    /// (not `broadcaster`, also a person's trade: `the broadcaster Ann Roe`); those after a title among them.
    static let outletNouns: WordSet = outletTitleNouns.union(["tabloid", "broadsheet", "channel", "website"])

    /// Lowercase nouns right before a name that say a company whatever the name's words (`miner Harrow
    /// Resources`, `carmaker Vesk Motors`): words for a firm by its trade, never for a person's work.
    static let companyCues: WordSet = [
        "miner", "miners", "carmaker", "carmakers", "automaker", "automakers", "retailer", "retailers",
        "insurer", "insurers", "lender", "lenders", "airline", "airlines", "conglomerate", "manufacturer",
        "drugmaker", "chipmaker", "steelmaker", "brewer", "refiner", "supermarket", "firm", "firms", "company",
        "companies", "consultancy", "consultancies", "bookmaker", "bookmakers", "stockbroker", "pollster",
    ]

    /// Lowercase nouns right before a name that make it a place: `the villages Foua and Kafarya`,
    /// `the capital Damascus`.
    static let placeCues: WordSet = [
        "village", "villages", "town", "towns", "city", "cities", "district", "districts", "neighbourhood",
        "neighbourhoods", "neighborhood", "neighborhoods", "province", "provinces", "region", "regions", "suburb",
        "suburbs", "capital", "governorate", "governorates", "hometown", "enclave", "enclaves", "islands",
        "island", "municipality", "municipalities", "settlement", "settlements", "border-town", "port",
    ]

    /// Lowercase words after a name that make it an organisation: `Haqqani network`, `Aamaq news agency`.
    static let organizationFollowers: WordSet = [
        "network", "group", "agency", "newspaper", "militia", "party", "movement", "faction", "daily",
        "broadcaster", "channel", "website", "company", "group's", "society", "bank", "lender", "insurer",
        "firm", "label", "studio", "airline", "carrier", "retailer", "club", "shares", "stock",
        "operator", "subsidiary", "conglomerate", "poll", "pollster",
    ]

    /// Lowercase nouns after a leader's surname for the government or the following that is theirs: `the
    /// Morvan regime`, `the Kessler administration`, `Dragan loyalists`. Not `government` or `forces`, which
    /// follow a party's or a country's name as often (`a Likud government`).
    static let leaderFollowers: WordSet = ["regime", "regimes", "administration", "loyalists", "loyalist"]

    /// Lowercase nouns for an organisation's members and staff, after its name: `Hamas fighters`,
    /// `Nationwide economist`. Not followers or aides, whom a person has too (`Trump supporters`), nor
    /// `rebels` or `insurgents`, which an adjective names as often (`Takfiri insurgents`).
    static let memberNouns: WordSet = [
        "fighters", "militants", "members", "player", "players", "economist", "spokesman", "spokeswoman",
        "spokesperson", "affiliate", "affiliates", "executive", "executives", "employees", "staffers",
        "shareholders",
    ]

    /// First words of Arabic names of armed groups and movements: `Jaish al-Islam`, `Ahrar al-Sham`.
    static let organizationPrefixes: WordSet = [
        "Jaish", "Jaysh", "Jeish", "Ahrar", "Harakat", "Harakat", "Liwa", "Hay'at", "Hayat", "Hayaat", "Jabhat", "Jamaat",
        "Jama'at", "Kataib", "Kata'ib", "Saraya", "Asaib", "Asa'ib", "Ansar", "Jund", "Faylaq", "Hizb", "Hezb",
        "Hashd", "Tanzim", "Firqat", "Quwat", "Majlis", "Tahrir", "Failaq", "Feylaq", "Fayloq", "Jaysh",
    ]

    /// First words of the names of banks, companies, airlines, broadcasters and newspapers, which no
    /// person's name opens with: `Banque Orvel`, `Banco Ribeira`, `Deutsche Halm`, `Air Velmora`,
    /// `Radio Kestrel`, `the Daily Pemberton`. (`Air Marshal` and `Air Commodore` are titles, read apart.)
    static let companyFirstWords: WordSet = [
        "Bank", "Banque", "Banco", "Banca", "Banka", "Bankia", "Deutsche", "Société", "Societe", "Grupo", "Groupe",
        "Gruppo", "Compagnie", "Compañía", "Companhia", "Crédit", "Credit", "Caisse", "Caixa", "Air", "Radio",
        "Daily", "Evening",
    ]

    /// First words of football clubs' names, which no person's name opens with: `AC Verona`, `FC Tarn`,
    /// `Inter Vesk`, `Real Orvel`, `Sporting Braga`, `Atletico Halm`, `Borussia Kestrel`, `Dynamo Lind`.
    static let clubFirstWords: WordSet = [
        "AC", "FC", "AFC", "SC", "SV", "VfB", "VfL", "Inter", "Internazionale", "Real", "Sporting", "Atletico",
        "Atlético", "Athletic", "Olympique", "Olympiakos", "Borussia", "Dynamo", "Dinamo", "Spartak", "Lokomotiv",
        "Deportivo", "Racing",
    ]

    /// Last words of football clubs' names, which no person's name ends with: `Hinckley United`, `Man Utd`,
    /// `Bristol Rovers`, `Kessler Rangers`, `Bolton Wanderers`, `Charlton Athletic`, `Brighton Albion`, `Tottenham Hotspur`.
    static let clubLastWords: WordSet = [
        "United", "Utd", "Rovers", "Rangers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "AFC",
    ]

    /// First words of Arabic place names: `Khan Sheikhoun`, `Deir Ezzor`, `Tal Abyad`, `Ras al-Ain`, `Bani Walid`.
    /// The one list the other lists of Arabic heads are built from (``placePrefixes``,
    /// ``placePrefixesInsideRuns``, ``EntityExtractor/arabicListHeads``).
    static let arabicPlacePrefixes: WordSet = [
        "Khan", "Tal", "Tel", "Tell", "Tall", "Deir", "Dayr", "Ain", "Ein", "Ayn", "Ras", "Kafr", "Kfar", "Bab", "Jisr",
        "Maarat", "Maaret", "Ma'arat", "Jabal", "Jebel", "Wadi", "Bir", "Beit", "Bayt", "Qasr", "Qalaat", "Umm", "Rif",
        "Souq", "Marj", "Hayy", "Khirbet", "Khirbat", "Karm", "Housh", "Hosh", "Kefr", "Kafar", "Bani", "Beni",
    ]

    /// First words of place names: the Arabic ones (``arabicPlacePrefixes``) and `Mount`, `Lake`, `Cape`,
    /// `Fort`, `Port`, `Point` (`Mount Kelvar`, `Port Tarvan`).
    static let placePrefixes: WordSet = arabicPlacePrefixes.union(["Mount", "Lake", "Cape", "Fort", "Port", "Point"])

    /// Arabic place prefixes that start a new name inside a run whose commas were lost (`Damascus Tal Meri`):
    /// ``arabicPlacePrefixes`` but for the other spellings `Tel`, `Tall`, `Dayr`, `Ein`, `Ayn`, `Bayt`, `Ma'arat`
    /// and the heads `Bir`, `Umm`, `Karm`, `Housh`, `Hosh`, `Bani`, `Beni`, which this split has never taken.
    static let placePrefixesInsideRuns: WordSet = arabicPlacePrefixes.subtracting([
        "Tel", "Tall", "Dayr", "Ein", "Ayn", "Bayt", "Ma'arat", "Bir", "Umm", "Karm", "Housh", "Hosh", "Bani", "Beni",
    ])

    /// Prefixes that join a people or a land to another in one word (`Trans-Kelvar`, `Sino-Tarvan`,
    /// `Indo-Pak`): no place of their own, so no end of a route (``EntityExtractor/placesAtRouteEnds(_:in:initial:)``).
    static let combiningPrefixes: WordSet = [
        "Trans", "Pan", "Sino", "Indo", "Anglo", "Afro", "Euro", "Pak", "Franco", "Austro", "Russo", "Greco", "Italo",
        "Judeo",
    ]

    /// Last words that make a whole name a place: `San Francisco Bay`, `Gaza Strip`, `Hamad International Airport`.
    static let placeNameHeads: WordSet = [
        "Bay", "Area", "Strip", "Heights", "Ocean", "Lake", "Coast", "Plateau", "Basin", "Delta", "Canal",
        "Highway", "Road", "Avenue", "Boulevard", "Park", "Beach", "Harbour", "Harbor", "Airport", "Stadium",
        "Palace", "Mosque", "Square", "Cathedral", "Bridge", "Tower", "Towers", "Hills", "Mountains", "Mountain",
        "Valley", "River", "Island", "Islands", "Peninsula", "Desert", "Sea", "Gulf", "Strait", "Camp",
        "Crossing", "Market", "Mall", "Plaza", "Hotel", "Prison", "Jail", "Hospital", "Clinic", "Infirmary",
        "Cemetery",
        "Museum", "Monument", "Gate", "Dam", "Field", "Oasis", "Corridor", "Province", "District", "Governorate",
        "Region", "County", "Neighbourhood", "Neighborhood", "Village", "Town", "City", "Street", "St", "Ave", "Rd",
        "Blvd", "Drive", "Lane", "Terrace", "Parkway", "Place", "Station", "Arena", "Planetarium", "Shelf", "Plains",
        "Gallery", "Galleries", "Memorial", "Room",
        // Venues: `Harmon Auditorium`, `Ellen Brooks Pavilion`, `Riverside Amphitheatre`, `Kodak Theatre` (a
        // theatre's company is no place: `theatreCompanyWords`).
        "Auditorium", "Pavilion", "Amphitheatre", "Amphitheater", "Theatre", "Theater", "Coliseum", "Colosseum",
        "Northwest", "Northeast", "Southwest", "Southeast", "Rivers", "Lakes", "Falls",
        // Works and fields of water, power and oil: `Marrow Reservoir`, `Tolven Power Plant`, `Oshwari Fields`.
        "Reservoir", "Refinery", "Pipeline", "Plant", "Fields", "Oilfield", "Gasfield",
    ]

    /// Last words of a theatre's name, which may be its company's (`the Ballet Theatre announced`).
    static let theatreHeads: WordSet = ["Theatre", "Theater"]

    /// Words before a theatre's head that make it a company, not a building (`Harrowgate Ballet Theatre`).
    static let theatreCompanyWords: WordSet = ["Ballet", "Dance", "Opera", "Youth", "Touring", "Puppet"]

    /// Rooms named without a place head, whose last word would read as an organisation's: `the Oval Office`
    /// is where a meeting is held, not the president's staff.
    static let namedRooms: WordSet = ["Oval Office"]

    /// Spelled numbers that open the names of sites: `Three Gorges Dam`, `Twin Rivers`.
    static let numberWordsInNames: WordSet = [
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twin", "Thousand",
    ]

    /// Heads of sites named after a person or a purpose (`Kennedy Space Center`, `Barbican Centre`):
    /// places, unless an `of` or `for` says what the organisation does (`Center for Policy Research`).
    static let siteHeads: WordSet = ["Center", "Centre"]

    /// Words before `Center` or `Centre` that make it an organisation, not a building: `Aleppo Media
    /// Center`, `Violations Documentation Centre`.
    static let organizationCenterWords: WordSet = [
        "Media", "Press", "Information", "Research", "Documentation", "Studies", "Policy", "Monitoring",
        "Coordination", "News", "Rights", "Resource", "Resources", "Data", "Strategic", "Advocacy", "Analysis",
    ]

    /// Place heads that are also surnames: after a known given name (`Anthony Lake`, `Sally Field`) they
    /// end a person's name.
    static let surnameLikePlaceHeads: WordSet = ["Lake", "Field", "Bay", "Rivers", "Hills", "Plant", "Fields"]

    /// Plural nouns of places: their `of` (or they alone) before a list names every member a place (`the
    /// towns of X and Y`); a singular one (`the hometown of`, `the mayor of`) names one place at most.
    static let pluralPlaceNouns: WordSet = [
        "towns", "villages", "cities", "districts", "provinces", "regions", "neighbourhoods", "neighborhoods",
        "suburbs", "areas", "hamlets", "governorates", "municipalities", "settlements", "enclaves", "islands",
    ]

    /// Nouns whose `of` names a place: the plural ones and collective or singular ones (`residents of X`,
    /// `the mayor of X`) that do for one name.
    static let placeOfCueWords: WordSet = pluralPlaceNouns.union([
        "residents", "inhabitants", "outskirts", "siege", "countryside", "mayor", "governor",
    ])

    /// Lowercase words before a name that make it a place: `besieged Madaya`, `rebel-held Douma`.
    static let placeModifiers: WordSet = [
        "besieged", "rebel-held", "government-held", "opposition-held", "regime-held", "militant-held",
        "insurgent-held", "jihadist-held",
    ]

    /// Nouns after `X's` that make X a company: `Hollis's shares`, `Brantwell's chief executive`.
    static let businessPossessions: WordSet = [
        "shares", "share", "stock", "profit", "profits", "revenue", "revenues", "earnings", "subsidiary",
        "shareholders", "customers", "board", "shareholder", "headquarters", "subscribers", "stores", "imprint",
        "analysts", "economists",
    ]

    /// Verbs after `X shares` that say a market moved them: `Harlow shares fell 4%`.
    static let shareMoves: WordSet = [
        "rose", "fell", "jumped", "dropped", "slipped", "gained", "tumbled", "climbed", "slumped", "surged",
        "plunged", "soared", "sank", "closed", "ended", "edged", "dipped", "rallied", "lost", "added", "rise",
        "fall", "slid", "shed", "traded", "opened",
    ]

    /// What a company reports of its own business: `X said its profits`, `X reported pre-tax profits`.
    static let businessResults: WordSet = [
        "profit", "profits", "sales", "revenue", "revenues", "earnings", "turnover", "loss", "losses",
        "pre-tax", "shares", "share", "dividend",
    ]

    /// Nouns for a part of a company owned, before `in` or `of` and its name: `a stake in Brantwell`, `shares
    /// of Hollis`.
    static let stakeNouns: WordSet = ["shares", "stake", "stock", "stocks"]

    /// Words for putting money into a company, right before `in` and its name (`a stake in`, `invested in`,
    /// `holdings in`): what comes next is a company, not a place, even after a country's possessive.
    static let investmentWords: WordSet = stakeNouns.union([
        "stakes", "investment", "investments", "invest", "invested", "invests", "investing", "holding", "holdings",
        "interest",
    ])

    /// People who study a market for a firm, before `at`, `with` or `for` and its name: `an analyst at X`.
    static let marketAnalysts: WordSet = [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
        "dealer", "dealers", "broker", "brokers",
    ]

    /// Last words of newspapers and broadcasters named after their city (`Baltimore Sun`, `Kansas City
    /// Star`): an organisation only when a known place comes first, as they are also surnames.
    static let placeMediaHeads: WordSet = [
        "Sun", "Star", "Bee", "Register", "Courant", "Reporter", "Record", "Standard", "Mail", "Mirror", "Express",
        "Independent", "Enquirer", "Dealer", "Bulletin", "Review", "Monitor", "Sentinel", "Citizen", "Eagle",
        "Gleaner", "Leader", "Statesman", "Democrat", "Republican", "Advertiser", "Argus", "Beacon", "Ledger",
        "Observer", "Pioneer", "Recorder", "Telegram", "Voice", "Wire",
    ]

    /// Last words of products' names (`MacBook Pro`, `Magic Keyboard`): not entities of any kind scored here.
    static let productHeads: WordSet = [
        "Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "Keyboard", "Mouse", "Phone", "Tablet", "Laptop", "Console",
        "Edition", "XL", "SE", "Interface", "Telescope", "Rover", "Spacecraft", "Shuttle", "Lander", "Orbiter",
        // Devices a shop's headline names in capitals (`Vesko Orbix Controller`): no body's or place's last word.
        "Controller", "Controllers", "Gamepad", "Headphones", "Earbuds", "Earphones", "Headset", "Smartphone",
        "Smartwatch", "Webcam", "Router",
    ]

    /// Words before `Card` that make the name a card, not its issuer: `the Vessa Rewards Card`, `a SIM Card`
    /// (`Tarvo Card`, a card company, keeps its name: a bare `Card` ends firms' names too).
    static let cardKinds: WordSet = [
        "Credit", "Debit", "Rewards", "Reward", "Gift", "Financing", "Loyalty", "SIM", "Memory", "Graphics",
        "Sound", "Store", "Prepaid", "Cash", "Membership", "Travel", "Bonus", "Payment", "Charge", "Points",
    ]

    /// Whether the name ending at `last` names a product by its last words: a product's head (`MacBook Pro`)
    /// or a kind of card (`Vessa Rewards Card`).
    static func endsProductName(_ tokens: [Token], last: Int) -> Bool {
        if productHeads.contains(tokens[last].text) { return true }
        return tokens[last].text == "Card" && last >= 1 && cardKinds.contains(tokens[last - 1].text)
    }

    /// Lowercase nouns for the kind of a product or its parts, after a model's name or code: `the Atlas
    /// Cross Sport SUV`, `an HMI screen`, `USB-C ports`. Not `platform`, `model` or `version`, which follow
    /// parties and agencies as often.
    static let productNouns: WordSet = [
        "car", "cars", "sedan", "sedans", "hatchback", "hatchbacks", "coupe", "coupes", "wagon", "crossover",
        "crossovers", "convertible", "pickup", "minivan", "suv", "suvs", "ev", "evs", "screen", "screens",
        "touchscreen", "display", "displays", "port", "ports", "engine", "engines", "drivetrain", "powertrain",
        "chassis", "trim", "chip", "chips", "chipset", "processor", "processors", "handset", "handsets",
        "headset", "headsets", "cable", "cables", "connector", "connectors", "socket", "sockets", "smartphone",
        "smartphones", "laptop", "laptops", "tablet", "tablets",
    ]

    /// Nouns of a product's kind that follow a model's name (`Comet pickups`, `Orion consoles`, `Harrier
    /// jets`) beyond ``productNouns``, which also follow an abbreviation of a part (`an HMI screen`): the
    /// nouns an organisation's acronym goes before as often (`UN trucks`, `NATO jets`) are only here.
    /// The nouns of a whole product (not a part: `port`, `screen`, `engine`) after which a one-word town's name
    /// names a model (`Sierra pickups`): a place before a part is the place's own (`the Mediterranean port city`).
    static let wholeProductNouns: WordSet = [
        "car", "cars", "sedan", "sedans", "hatchback", "hatchbacks", "coupe", "coupes", "wagon", "crossover",
        "crossovers", "convertible", "pickup", "pickups", "minivan", "suv", "suvs", "truck", "trucks", "phone",
        "phones", "smartphone", "smartphones", "handset", "handsets", "laptop", "laptops", "tablet", "tablets",
        "console", "consoles", "jet", "jets",
    ]

    static let modelNouns: WordSet = productNouns.union([
        "pickups", "truck", "trucks", "phone", "phones", "console", "consoles", "jet", "jets",
    ])

    /// US states as datelines abbreviate them (`HAYWARD, Calif.`), written before a full stop.
    static let stateAbbreviations: WordTable<String> = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
        "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
        "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
        "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
        "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
        "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
        "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
        "S.D.": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
        "Wis": "Wisconsin", "Wyo": "Wyoming", "D.C.": "District of Columbia",
    ]

    /// The states' and DC's two-letter postal codes (`Dayton, OH`, `(R-TX)`) → the state's name.
    static let statePostalCodes: WordTable<String> = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
        "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    ]

    /// Heads of buildings that hold or tend people: named with a town after `of` they are still places (`the
    /// National Hospital of Vesk`), though `Hospital` ends organisations' names too (`Hospital Trust`).
    static let facilityHeads: WordSet = ["Hospital", "Infirmary", "Prison", "Jail", "Clinic"]

    /// Words before `Academy` that make it a military compound (a site), not a school's body.
    static let militaryAcademyWords: WordSet = ["Military", "Artillery", "Naval"]

    /// Heads of buildings that are places when the text is about being in or at them (`inside the
    /// Polytechnic University`) and institutions otherwise.
    static let institutionBuildings: WordSet = [
        "University", "College", "School", "Academy", "Institute", "Embassy", "Consulate",
    ]

    /// Words before a building that say it is a place here.
    static let insidePrepositions: WordSet = [
        "inside", "outside", "near", "into", "within", "around", "toward", "towards", "besieged", "stormed",
        "surrounding",
    ]

    /// Heads of landmarks' names that the name keeps (`Tiananmen Square`, `Umari Mosque`), where an
    /// administrative head goes (`Idlib Province` is Idlib); and a state named with its capital `State`
    /// (`Rivers State`), unless the words before it are a place already known.
    static let landmarkHeads: WordSet = ["Square", "Mosque", "Street", "Prison", "Airport", "State"]

    /// A US party's adjective before a lawmaker's title (`Democratic Sen.`, `GOP Gov.`): part of the role.
    static let partyAdjectives: WordSet = ["Democratic", "Republican", "GOP", "Democrat"]

    /// Courtesy titles, written only before a person's name (`Mr Soros`).
    static let courtesyTitles: WordSet = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Mr.", "Mrs.", "Ms."]

    /// Titles of monarchs and princes, written before one name and the realm (`King Abdullah of Jordan`).
    static let royalTitles: WordSet = [
        "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Sheikh", "Emperor", "Empress", "Duke",
        "Duchess", "Archduke", "Tsar", "Shah",
    ]

    /// Words before `of` in a name that make it an organisation, beyond the shared heads:
    /// `Municipality of Livorno`, `Diocese of Leeds`, `Knights of Columbus`.
    static let organizationOfHeads: WordSet = [
        "Municipality", "Diocese", "Archdiocese", "Knights", "Friends", "Daughters", "Sons", "Order",
        "Congregation", "Chamber", "Assemblies", "Synod", "Patriarchate", "Caliphate", "Sisters", "Brothers",
        // `Joint Chiefs of Staff`: a body of the chiefs of several services.
        "Chiefs",
    ]

    /// Heads of bodies named for what they deal with, after `on`: `Commission of Inquiry on Syria`, `Joint
    /// Committee on Human Rights`, `Council on Foreign Relations`.
    static let topicBodyHeads: WordSet = [
        "Commission", "Committee", "Council", "Inquiry", "Panel", "Forum", "Institute", "Centre", "Center",
        "Group", "Board", "Taskforce",
    ]

    /// Words before `of` in a name that make it a place: `Islamic Republic of Iran`, `Gulf of Aden`.
    static let placeOfNameHeads: WordSet = [
        "Republic", "Kingdom", "Emirate", "Emirates", "Sultanate", "Principality", "Province", "City", "Gulf",
        "Bay", "Isle", "Islands", "Sea", "Strait", "Cape", "Mount", "Lake", "Straits", "Federation", "Commonwealth",
    ]

    /// Compass words that make a known place's neighbour part of a place name: `Kowloon West`, `West Asia`.
    static let compassWords: WordSet = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
        "Lower", "Greater", "Inner", "Outer", "Northeast", "Northwest", "Southeast", "Southwest", "Old",
    ]

    /// Compass words that open a place's name before an unknown word (`East Ghouta`); not `Central`,
    /// `Old` or `Greater`, which open organisations' names as often.
    static let compassPlaceWords: WordSet = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
    ]

    /// Lowercase words a creed's adjective stands before (`Salafi militants`, `Wahhabi terror groups`).
    static let creedFollowers: WordSet = [
        "group", "groups", "militant", "militants", "terror", "terrorist", "terrorists", "extremist",
        "extremists", "gangs", "ideology", "mercenaries", "cells", "jihadists",
    ]

    /// Words before a band member's word (``EntityExtractor/groupMemberNouns``): `lead singer`, `former drummer`.
    static let bandMemberModifiers: WordSet = ["lead", "former", "founding", "backing", "bass", "original"]

    /// Words for peoples, faiths, languages and blocs: kind `nationality`, never a person.
    static let groupWords: WordSet = [
        "Kurds", "Kurd", "Kurdish", "Arab", "Arabs", "Arabic", "Sunni", "Sunnis", "Shiite", "Shiites", "Shia",
        "Shi'ite", "Shi'ites", "Alawite", "Alawites", "Druze", "Yazidi", "Yazidis", "Christian", "Christians",
        "Muslim", "Muslims", "Jew", "Jews", "Jewish", "Catholic", "Catholics", "Protestant", "Protestants",
        "Orthodox", "Hindu", "Hindus", "Sikh", "Sikhs", "Buddhist", "Buddhists", "Islamist", "Islamists",
        "Jihadist", "Jihadists", "Salafist", "Salafists", "Western", "Westerners", "European", "Europeans",
        "African", "Africans", "Asian", "Asians", "Latino", "Latinos", "Hispanic", "Turkmen", "Pashtun",
        "Pashtuns", "Tajik", "Tajiks", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Rohingya", "Tamil", "Tamils",
        "Baloch", "Berber", "Berbers", "Bedouin", "Palestinians", "English", "Persian", "Farsi", "Urdu", "Hebrew",
        "Mandarin", "Cantonese", "Islamic", "Arabian", "Scots", "Welsh", "Irish", "Cossack", "Zionist", "Zionists",
        "Republican", "Democrat", "Conservative", "Liberal", "Latin", "Scottish", "Catalan", "Basque", "Flemish",
        "Walloon", "Corsican", "Sicilian", "Bavarian", "Texan", "Californian", "Kashmiri", "Punjabi", "Bengali",
        "Tibetan", "Chechen", "Crimean", "Coptic", "Copts", "Maronite", "Assyrian", "Armenians", "Circassian",
    ]

    /// Last words of the names of laws, treaties, events and works: not people, places or organisations.
    static let workHeads: WordSet = [
        "Charter", "Convention", "Treaty", "Accord", "Accords", "Agreement", "Act", "Bill", "Resolution",
        "Declaration", "Protocol", "Doctrine", "Summit", "Election", "Elections", "Olympics", "Games", "Cup",
        "Prize", "Award", "Awards", "Festival", "Revolution", "Spring", "Plan", "Report", "Index", "Budget",
        "Constitution", "Amendment", "Deal", "Initiative", "Talks", "Process", "Conference", "Trilogy", "Series",
        "Championship", "Championships", "Tournament", "Marathon", "Expo", "Week", "Forum", "Shield", "Storm",
        "Resolve", "Sword", "Show", "Exhibition", "Parade", "Event", "Medal", "Final", "Finals",
        "War", "Wars", "Paralympics", "Fair", "Jubilee", "Carnival", "Study", "License", "Licence",
        "Manifesto", "Crisis", "Scandal", "Affair", "Massacre", "Uprising", "Ceasefire", "Truce",
        // Sports events: `the German Open`, `the Monaco Grand Prix`, `the Wexford Masters`, a `Grand Slam`, the
        // `Super Bowl`, the `Harbour Sevens`.
        "Open", "Prix", "Masters", "Trophy", "Classic", "Slam", "Slams", "Bowl", "Sevens",
        // A league's competition: `the Harbour Premiership`.
        "Premiership",
        // A share index: `the Tarvan Composite` (not `Average`: `the European Union average` is the union's).
        "Composite",
        // Theories and their figures, named for who found them: `the Vessa Curve`, `the Kelvar Hypothesis`.
        "Theory", "Theorem", "Hypothesis", "Paradox", "Conjecture", "Curve", "Equation",
        // Guides a shop or a site sells or gives away: `the Vessa Price Guide`, `the Kestrel Growth Roadmap`.
        "Guide", "Guidebook", "Handbook", "Roadmap", "Cookbook", "Checklist",
    ]

    /// Greetings that open a sentence before the name of the one greeted (`Hey Frank`, `Dear Anna`).
    static let greetings: WordSet = ["hey", "hi", "hello", "dear", "thanks", "congratulations", "goodbye", "bye"]

    /// All-capital words that are abbreviations of things, not organisations.
    static let commonAcronyms: WordSet = [
        "TV", "CEO", "CFO", "COO", "GDP", "HIV", "AIDS", "DNA", "ID", "OK", "PR", "VIP", "SUV", "IED", "IEDs", "RPG",
        "URL", "PDF", "LGBT", "LGBTQ", "MP", "MPs", "MEP", "MEPs", "PhD", "NGO", "NGOs", "HQ", "IDP", "IDPs",
        "RIP", "TNT", "VAT", "GPS", "CV", "FAQ", "USD", "EUR", "GBP", "AM", "PM", "GMT", "UTC", "BST", "EST",
        "EDT", "PST", "CET", "AD", "BC", "BCE", "ICU", "PPE", "COVID", "SARS", "MERS", "AI", "UAV", "UAVs", "WMD",
        "ICBM", "ICBMs", "LIVE", "UPDATE", "UPDATED", "BREAKING", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "READ",
        "MORE", "OPINION", "EXCLUSIVE", "NEWS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "CCTV",
        "ATM", "ATMs", "SMS", "USB", "CD", "DVD", "LED", "EV", "EVs", "IPO", "IOU", "RSVP", "ASAP", "FYI", "IQ",
        "MRI", "ER", "BMI", "PIN", "GCSE", "GCSEs", "SAT", "SATs", "ISBN", "OMG", "LOL", "AKA", "aka", "THE",
        // Sports' abbreviations of plays, awards and positions (`three TD runs`, `the league MVP`).
        "TD", "TDs", "RBI", "RBIs", "MVP", "MVPs", "QB", "QBs", "OT",
        // Records: `an EP`, `their first LP`.
        "EP", "EPs", "LP", "LPs",
        // Measures of a company's accounts: `EBITDA rose`, `EPS fell`.
        "EBITDA", "EBIT", "EPS", "CAGR",
        // English words written in capitals.
        "IS", "IT", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "NO", "OF", "ON", "OR", "SO",
        "TO", "UP", "WE", "AN", "ARE", "WAS", "AND", "FOR", "NOT", "BUT", "ALL", "NEW", "NOW", "OUT", "WHY", "HOW",
        "YOU", "OUR", "HAS", "HAD", "CAN", "WILL", "JUST", "THIS", "THAT", "WITH", "FROM", "STOP", "HELP", "FREE",
    ]

    /// All-capital abbreviations of technical things, not organisations: `HTML`, `VPN`, `ROV`.
    static let technicalAcronyms: WordSet = [
        "HTML", "XML", "CSS", "HTTP", "HTTPS", "WWW", "URL", "VM", "API", "CPU", "GPU", "RAM",
        "ROM", "OS", "PC", "PCs", "IP", "ISP", "VPN", "SQL", "PHP", "RSS", "VR", "AR", "XP", "MP3", "LCD", "DIY",
        "DJ", "IE", "GPL", "FPS", "GNP", "CO2", "UV", "IVF", "STD", "STDs",
        "ADHD", "PTSD", "OCD", "TB", "EEG", "ECG", "FM", "AM", "HD", "4K", "LED", "OLED", "SIM",
        // Cars and devices: drives, controls, screens and sockets.
        "AWD", "RWD", "FWD", "4WD", "2WD", "HVAC", "ABS", "CVT", "GT", "GTI", "HUD", "HMI", "ADAS", "USB-C", "HDMI",
        "DVI", "VGA", "SSD", "HDD", "AMOLED", "LTE", "NFC", "5G", "4G", "3G",
        // Units.
        "MW", "KW", "GW", "MWh", "KWh", "GWh", "TWh", "GB", "MB", "KB", "MPH", "KPH",
    ]

    /// Whether every letter of a name is a capital (`NATO`): an acronym, not an English word.
    static func isAllCapitals(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// Words that end a capitalised run without belonging to a name: datelines and credits
    /// (`AFP Saturday`, `Reuters Photo`).
    static let runBreakers: WordSet = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays",
        "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "Photo", "Photos", "Image", "Images",
        "Video", "Published", "Posted", "Updated", "Reporting", "Editing", "Writing", "Copyright", "Advertisement",
        "Caption", "Pictured", "Picture", "File", "GMT", "UTC", "BST", "EST", "EDT", "Yesterday", "Tomorrow",
        // Page furniture run into scraped text.
        "Follow", "Subscribe", "Share", "Tweet", "Email", "Print", "Comments", "Login", "Related", "Like", "Live",
        "Tags", "Tagged", "The", "I", "I've", "I'm", "I'd", "I'll", "Ive", "Im",
        "Schedule", "Dont", "Didnt", "Doesnt", "Cant", "Wont", "Isnt", "Wasnt", "Arent", "Havent", "Hasnt",
        // Sentence words that cannot stand inside a name: a title-case run or a lost full stop.
        "However", "Meanwhile", "Earlier", "Later", "Also", "Then", "Now", "Instead", "Overall", "Because",
        "Unless", "Whether", "Moreover", "Furthermore", "Additionally", "Separately", "Similarly", "Likewise",
        "Otherwise", "Finally", "Eventually", "Initially", "Previously", "Currently", "Recently", "Ultimately",
        "Nevertheless", "Indeed", "Perhaps", "Following", "According", "Despite", "Although", "Though", "While",
        "When", "After", "Before", "If", "But", "And", "Or", "In", "On", "At", "From", "To", "By", "With", "As",
        "It", "He", "She", "They", "We", "His", "Her", "Their", "Our", "Its", "This", "That", "These", "Those",
        "There", "Here", "What", "Why", "How", "Where", "Which", "Thousands", "Hundreds", "Dozens", "Millions",
        "Scores", "Several", "Some", "Many", "Says", "Said", "Say", "Killed", "Kill", "Kills", "Dead", "Injured",
        "Wounded", "Injure", "Injures", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
        "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
    ]

    /// Letters of an office or an honour written after a person's name: `Jane Doherty MSP`, `Mark Lowe QC`.
    static let postNominals: WordSet = [
        "MP", "MSP", "MEP", "MLA", "MPP", "MHA", "MNA", "TD", "AM", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE",
        "DBE", "FRS", "PhD", "Jr", "Jr.", "Sr", "Sr.",
    ]

    /// Abbreviated words of places' names written with a full stop: `St. Louis`, `Mt. Hood`.
    static let abbreviatedPlaceWords: WordSet = ["St", "Ste", "Mt", "Ft", "Pt"]

    /// News agencies (as ``knownOrganizations`` names them) whose credit follows a headline's copy.
    static let newsAgencies: WordSet = [
        "Reuters", "AFP", "Associated Press", "SANA", "DPA", "Xinhua", "Anadolu Agency", "UPI", "ANSA", "EFE",
        "Sputnik", "TASS", "Interfax", "RIA Novosti", "IRNA", "Tasnim", "ISNA", "Yonhap", "Kyodo", "KCNA", "Bloomberg",
    ]

    /// Credit words that end a headline after the place it names: `… in Aleppo Monitor`.
    static let headlineCreditWords: WordSet = ["Monitor", "Monitors", "Observatory", "Activists", "Sources"]

    /// Arabic articles written as a word of their own before a place (`Al Raqqa`, `Ar Rutbah`); not
    /// `As`, `At`, `An`, which open English sentences.
    static let arabicArticles: WordSet = ["Al", "El", "Ar", "Ash", "Az"]

    /// Countries where an Arabic article opens a town's name: `Al Raqqa` is the gazetteer's `Raqqa`.
    static let arabicSpeakingCountries: WordSet = [
        "SY", "IQ", "LB", "JO", "PS", "EG", "SA", "YE", "OM", "AE", "QA", "KW", "BH", "LY", "TN", "DZ", "MA", "SD",
        "MR",
    ]

    /// Capitalised plural nouns joined to a name by a possessive: `People's Liberation Army`.
    static let possessiveNameWords: WordSet = [
        "People", "Peoples", "Children", "Women", "Workers", "Veterans", "Men", "Citizens", "Farmers", "Martyrs",
    ]

    /// Heads after an official's possessive that name the body the official heads: `Attorney's Office`,
    /// `Sheriff's Department`.
    static let officialsOfficeHeads: WordSet = ["Office", "Department"]

    /// Last words of organisations' names that open with a possessive: `Alzheimer's Society`,
    /// `Lawyers' Christian Fellowship`, `Teachers' Union`.
    static let possessiveOrganizationHeads: WordSet = [
        "Society", "Fellowship", "Association", "Union", "Trust", "Federation", "League", "Council", "Party", "Fund",
        "Foundation", "Institute", "Church", "Club", "Movement", "Alliance", "Guild", "Campaign", "Coalition",
        "Network", "Forum", "Congress", "Front", "Charity", "Confederation", "Brigade", "Brigades", "Committee",
        "Court", "Courts",
    ]

    /// Heads of courts named after an office with its possessive: `Magistrates' Court`, `Sheriff's Court`.
    static let courtHeads: WordSet = ["Court", "Courts"]

    /// Of those, the heads of bodies named after one person or one thing, which may follow that name's
    /// `'s` directly (`Alzheimer's Society`, `Carter's Foundation`); not `Party` or `Council`, which
    /// follow a leader's name as its owner (`Blair's Party`).
    static let namedPossessiveOrganizationHeads: WordSet = [
        "Society", "Fellowship", "Association", "Trust", "Foundation", "Institute", "Fund", "Guild", "Charity",
    ]

    /// Countries that no longer exist, which the gazetteer of today's places leaves out: places, not the
    /// organisations their heads (`Union`) would make them.
    static let formerCountries: Set<String> = [
        "Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
    ]

    /// Broadcasters' words a channel's number follows: `BBC Radio 4`, `Channel 5`.
    static let channelWords: WordSet = ["Radio", "Channel", "TV"]

    /// Natural features after a compass word whose whole name is the place: `North Sea`, `South China
    /// Sea`, `Western Desert`; the compass word and the rest name no place of their own.
    static let compassFeatureHeads: WordSet = [
        "sea", "gulf", "strait", "desert", "peninsula", "plain", "hills", "mountains", "island", "islands",
    ]

    /// Capitalised last words of seas' names: the whole is the place (`Red Sea`, not `Red`).
    static let waterHeads: WordSet = ["Sea", "Strait", "Gulf"]

    /// Lowercase generic heads that stand for the one named organisation with that head in the article:
    /// `the observatory`, `the ministry`, `the coalition`.
    static let genericHeads: WordSet = [
        "observatory", "ministry", "coalition", "council", "agency", "committee", "commission", "front", "party",
        "movement", "alliance", "network", "court", "brigade", "brigades", "corps",
        "organisation", "organization", "union", "federation", "foundation", "institute", "university",
        "company", "corporation", "bank", "chronicle", "command", "department", "observatory's",
    ]

    /// Prepositions before a place: `in Busra al-Sham`, `near Damascus`.
    static let placePrepositions: WordSet = [
        "in", "near", "outside", "inside", "across", "around", "toward", "towards", "into", "through", "throughout",
    ]
    /// Before a single word, the same (`at`, `to`, `from` go before companies as often).
    static let placePrepositionsForOneWord: WordSet = placePrepositions

    /// Words that may follow `the X` when X is an organisation's name used as a subject or object
    /// (`the Observatory said`, `the Pentagon has`), as opposed to a modifier (`the Trump administration`).
    static let afterOrganizationName: WordSet = EnglishLexicon.auxiliaries.union([
        "is", "was", "are", "were", "must", "also", "and", "or", "of", "in", "on", "at", "for", "to", "with", "by",
        "from", "that", "which", "who", "as", "but", "since", "after", "before", "over", "under", "into", "against",
        "about", "did", "does", "do", "not", "itself", "says", "said", "say", "reported", "reports", "announced",
        "told", "added", "claimed", "confirmed", "denied", "accused", "warned", "urged", "called", "released",
        "published", "issued", "posted", "put", "gave", "gives", "estimated", "estimates", "counted", "recorded",
        "documented", "welcomed",
    ])
}
