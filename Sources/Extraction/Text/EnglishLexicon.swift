/// English words that several extraction passes read: calendar words, titles, verbs of saying, and the
/// words that shape names. Each list is defined here once; a list that only one pass reads lives in that
/// pass's own lexicon (`EntityLexicon`, `FigureLexicon`, `QuoteLexicon`, `DateLexicon`, `NumberWords`).
enum EnglishLexicon {
    // MARK: - Calendar

    /// Month names, lowercased, with their number.
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// Taken as dates only with a day or a year beside them (`Jan. 8`, `Sept 2019`): alone they are names and words.
    static let monthAbbreviations: WordTable<Int> = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    /// Day names, lowercased, numbered from Monday (ISO 8601).
    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// The month a lowercased word names, in full or abbreviated (`sept` → 9).
    static func month(_ lowercased: String) -> Int? { months[lowercased] ?? monthAbbreviations[lowercased] }

    /// True for a month name or abbreviation written capitalised as in running text (`January`, `Sept`).
    static func isCapitalizedMonth(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, month(word.lowercased()) != nil else { return false }
        return word.dropFirst().allSatisfy { !$0.isUppercase }
    }

    // MARK: - People and saying

    /// Titles of clerics, right before the name (`Grand Imam Ahmed Varoun of Al-Karmun`): titles, and
    /// where the person serves may follow.
    static let clergyTitles: WordSet = [
        "Imam", "Mufti", "Patriarch", "Bishop", "Archbishop", "Cardinal", "Ayatollah", "Rabbi", "Mullah", "Pastor",
        "Hojatoleslam", "Sheikh", "Reverend", "Rev", "Rev.",
    ]

    /// Titles and roles written before a person's name; split off and kept as the role (the clerics' too).
    static let titles: WordSet = clergyTitles.union([
        "President", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Interior", "Finance",
        "Supreme", "Leader", "Grand", "General", "Gen", "Gen.", "Lieutenant", "Lt", "Colonel", "Col",
        "Major", "Maj", "Captain", "Capt", "Sergeant", "Sgt", "Admiral", "Adm", "Commander", "Brigadier",
        "Marshal", "Field", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Crown", "Pope",
        "Father", "Senator", "Sen", "Sen.",
        "Representative", "Rep", "Rep.", "Governor", "Gov", "Gov.", "Mayor", "Secretary", "State", "Chancellor",
        "Ambassador", "Envoy", "Special", "Chief", "Deputy", "Speaker", "Chairman", "Chairwoman", "Chair",
        "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Judge", "Justice", "Attorney",
        "Premier", "Former", "Acting", "Interim", "Opposition", "Congressman", "Congresswoman", "MP",
        "Chief of Staff", "Executive", "Officer", "Sheik", "Saint",
        "Ombudsman", "Commissioner", "Inspector", "Superintendent", "Detective", "Constable", "Corporal",
        "Brig", "Brig.", "Lt.", "Col.", "Capt.", "Maj.", "Cmdr", "Commodore", "Assistant", "Undersecretary",
        "Secretary-General", "Vice-President", "Attorney-General", "Major-General", "Lieutenant-General",
        "Brigadier-General", "President-elect", "Councillor", "Councilman", "Councilwoman", "Sheriff", "Consul",
        "Haji", "Hajji", "Sayyed", "Sayed", "Mawlawi", "Maulvi", "Emperor", "Empress", "Duke",
        "Duchess", "Earl", "Baron", "Baroness", "Viscount", "Marquess", "Tsar", "Shah", "Agent",
    ])

    /// Verbs of saying, lowercased: the noun phrase before them is a speaker or a source (`the army
    /// said`), and a date after them dates the saying (`said on Thursday`).
    static let speechVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "reported",
        "reports", "claimed", "claims", "confirmed", "confirms", "wrote", "writes", "tweeted", "declared",
        "insisted", "warned", "noted", "explained", "argued", "asked", "replied", "estimated", "estimates",
        "cited", "quoted", "according", "posted", "disclosed", "revealed",
    ]

    // MARK: - Verbs

    /// The forms of `be`.
    static let beForms: WordSet = ["be", "been", "being", "is", "are", "was", "were"]

    /// Auxiliaries of the perfect and modals, which open a subject's verb: `the army has`, `the wagon will go`.
    static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "could", "can", "may", "might", "should"]

    // MARK: - Names

    /// Capitalised words that start sentences or headlines without naming anything.
    static let notNames: WordSet = [
        "The", "A", "An", "In", "On", "At", "For", "From", "To", "Of", "By", "With", "As", "But", "And", "Or",
        "If", "When", "While", "After", "Before", "Following", "Though", "Although", "However", "Meanwhile",
        "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "This", "That",
        "These", "Those", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many",
        "Most", "All", "Both", "Each", "Every", "No", "Not", "Yes", "One", "Two", "Three", "Four", "Five",
        "Six", "Seven", "Eight", "Nine", "Ten", "Last", "Next", "First", "Second", "Third", "New", "Today",
        "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Mr", "Mrs", "Ms", "Dr", "Sir", "Accusing", "Posted", "Updated", "Read",
        "More", "Also", "Such", "Other", "Another", "Since", "Until", "During", "Despite", "Under", "Over",
        "Against", "Among", "Between", "Without", "Within", "Into", "Through", "According", "Asked", "Speaking",
        "Then", "Now", "So", "Yet", "Still", "Even", "Just", "Only", "Instead", "Earlier", "Later", "Overall",
        "Because", "Unless", "Whether", "Once", "Several", "Few", "Any", "Those", "Sources", "Officials",
        "Source", "Photo", "Image", "Video", "Watch", "Share", "Click", "Copyright", "Reporting", "Editing",
        "Advertisement", "Continue", "Related", "Topics", "Listen", "Subscribe", "Sign", "Breaking", "Live",
        "Don't", "It's", "That's", "There's", "We're", "I'm", "He's", "She's", "They're", "Let", "Let's",
        "Please", "Thank", "Thanks", "Oh", "Well", "Indeed", "Perhaps", "Maybe", "Nevertheless", "Moreover",
        "Furthermore", "Additionally", "Separately", "Similarly", "Likewise", "Otherwise", "Finally",
        "Eventually", "Initially", "Previously", "Currently", "Recently", "Ultimately", "Together", "Again",
        "GMT", "BST", "EST", "UTC", "AM", "PM", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Least", "Most",
        "Related", "Killed", "Dead", "Injured", "Wounded", "Says", "Say", "Said", "Published", "Critics", "Latest",
        "Recent",
    ]

    /// Lowercase words allowed inside a name when a capitalised word follows: `Syrian Observatory for
    /// Human Rights`, `Abu Mahdi al-Muhandis`, `Ministry of Defence`.
    static let nameParticles: WordSet = [
        "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della", "van", "von", "der",
        "den", "la", "le", "of", "for", "ul", "ad",
    ]

    /// Last words of organisation names.
    static let organizationHeads: WordSet = [
        "Forces", "Force", "Corps", "Army", "Navy", "Ministry", "Council", "Party", "Organisation",
        "Organization", "Agency", "Committee", "Commission", "Union", "Bank", "Company", "Group", "Front",
        "Brigade", "Brigades", "Movement", "Observatory", "Network", "News", "Times", "Post", "Association",
        "Institute", "University", "Court", "Parliament", "Assembly", "Guard", "Guards", "Police", "Office",
        "Department", "Service", "Services", "Fund", "Program", "Programme", "Foundation", "Inc", "Ltd",
        "Corp", "Corporation", "TV", "Television", "Media", "Coalition", "Alliance", "Authority", "Board",
        "Senate", "Congress", "Church", "Federation", "League", "Nations", "Command", "Cabinet", "Bureau",
        "Administration", "Society", "Federation", "Airlines", "Airways", "Press", "Radio", "Channel",
        "Hospital", "Council", "Unit", "Units", "Battalion", "Division", "Regiment", "Militia", "Mission",
        "Secretariat", "Tribunal", "Legion", "Centre", "Center", "Club", "Exchange", "Group", "Holdings",
        "Industries", "Motors", "Systems", "Technologies", "Labs", "Partners", "Agency", "Crescent", "Cross",
        "Watch", "International", "Commission", "Senate", "House", "Pentagon", "Kremlin",
        // Plural heads, parties, companies and the names newspapers and broadcasters end with.
        "Committees", "Councils", "Chambers", "Democrats", "Republicans", "Socialists", "Greens", "Mujahideen",
        "Brotherhood", "Jihad", "Bros", "Bros.", "Inc.", "Ltd.", "PLC", "plc", "LLC", "GmbH", "AG", "AB", "Oyj", "ASA", "SpA", "Studios",
        "Pictures", "Records", "Entertainment", "Communications", "Telecom", "Petroleum", "Pharmaceuticals",
        "Today", "Chronicle", "Journal", "Herald", "Gazette", "Tribune", "Telegraph", "Observer", "Daily",
        "Weekly", "Magazine", "Examiner", "Inquirer", "Globe", "Courier", "Dispatch", "Broadcasting",
        "Academy", "College", "Ministries", "Departments", "Agencies", "Healthcare", "Solutions", "Software",
        "Networks", "Airline", "Bancorp", "Insurance", "Motor", "Automotive", "Logistics", "Pharma", "Online",
        "Defence", "Defense", "Protection", "Government", "Governments", "Records", "Capital", "Ventures",
        "Investments", "Equity", "Advisors", "Associates", "Co", "Co.", "Limited", "Trust", "Project",
        // A ministry's or an agency's branch: `the Vesk Health Directorate`.
        "Directorate",
    ]

    /// Words after a name that make it a place (`Ain al-Assad base`, `Anbar province`); the core name
    /// is the place, the whole phrase an alias.
    static let placeHeads: WordSet = [
        "base", "airbase", "air base", "province", "city", "town", "village", "district", "region",
        "governorate", "camp", "county", "state", "valley", "river", "mountains", "island", "islands",
        "airport", "port", "square", "street", "neighbourhood", "neighborhood", "border", "crossing",
        "refugee camp", "prison", "mosque", "strait", "gulf", "sea", "desert", "peninsula", "plain", "hills",
    ]

    /// Parts of a place, lowercase after its name: `the Bab Touma area of Old Damascus`, `the Sheikh Varoud
    /// quarter`.
    static let partOfPlaceNouns: WordSet = ["area", "quarter", "suburb"]

    /// Words before a name that make it a place: `the city of Aleppo`.
    static let placeOfHeads: WordSet = [
        "city", "town", "village", "province", "region", "district", "governorate", "suburb", "neighbourhood",
        "neighborhood", "state", "island", "capital", "county", "municipality",
    ]
}
