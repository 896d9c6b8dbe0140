/// Words that tell what a capitalised name is: titles before people, heads of organisation names,
/// words after places, and capitalised words that are not names.
enum EntityLexicon {
    /// Titles and roles written before a person's name; split off and kept as the role.
    static let titles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Interior", "Finance",
        "Supreme", "Leader", "Ayatollah", "Grand", "General", "Gen", "Gen.", "Lieutenant", "Lt", "Colonel", "Col",
        "Major", "Maj", "Captain", "Capt", "Sergeant", "Sgt", "Admiral", "Adm", "Commander", "Brigadier",
        "Marshal", "Field", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan", "Crown", "Pope", "Cardinal",
        "Bishop", "Archbishop", "Imam", "Rabbi", "Reverend", "Rev", "Father", "Senator", "Sen", "Sen.",
        "Representative", "Rep", "Rep.", "Governor", "Gov", "Gov.", "Mayor", "Secretary", "State", "Chancellor",
        "Ambassador", "Envoy", "Special", "Chief", "Deputy", "Speaker", "Chairman", "Chairwoman", "Chair",
        "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Judge", "Justice", "Attorney", "Mufti",
        "Premier", "Former", "Acting", "Interim", "Opposition", "Congressman", "Congresswoman", "MP",
        "Hojatoleslam", "Mullah", "Chief of Staff", "Executive", "Officer", "Sheik", "Saint",
    ]

    /// Last words of organisation names.
    static let organizationHeads: Set<String> = [
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
    ]

    /// Words after a name that make it a place (`Ain al-Assad base`, `Anbar province`); the core name
    /// is the place, the whole phrase an alias.
    static let placeHeads: Set<String> = [
        "base", "airbase", "air base", "province", "city", "town", "village", "district", "region",
        "governorate", "camp", "county", "state", "valley", "river", "mountains", "island", "islands",
        "airport", "port", "square", "street", "neighbourhood", "neighborhood", "border", "crossing",
        "refugee camp", "prison", "mosque", "strait", "gulf", "sea", "desert", "peninsula", "plain", "hills",
    ]

    /// Words before a name that make it a place: `the city of Aleppo`.
    static let placeOfHeads: Set<String> = [
        "city", "town", "village", "province", "region", "district", "governorate", "suburb", "neighbourhood",
        "neighborhood", "state", "island", "capital", "county", "municipality",
    ]

    /// Well-known organisations written as one word or an acronym.
    static let knownOrganizations: [String: String] = [
        "UN": "United Nations", "U.N.": "United Nations", "NATO": "NATO", "EU": "European Union",
        "Reuters": "Reuters", "AFP": "AFP", "AP": "Associated Press", "BBC": "BBC", "CNN": "CNN",
        "Twitter": "Twitter", "Facebook": "Facebook", "Hezbollah": "Hezbollah", "Hamas": "Hamas",
        "Taliban": "Taliban", "ISIS": "ISIS", "ISIL": "ISIS", "Daesh": "ISIS", "al-Qaeda": "al-Qaeda",
        "Google": "Google", "Apple": "Apple", "Microsoft": "Microsoft", "Amazon": "Amazon", "YouTube": "YouTube",
        "Pentagon": "Pentagon", "Kremlin": "Kremlin", "OPEC": "OPEC", "IMF": "International Monetary Fund",
        "WHO": "World Health Organization", "UNICEF": "UNICEF", "UNHCR": "UNHCR", "Congress": "Congress",
        "Senate": "Senate", "Parliament": "Parliament", "FBI": "FBI", "CIA": "CIA", "IRGC": "IRGC",
        "Interpol": "Interpol", "Ruptly": "Ruptly", "SANA": "SANA", "YPG": "YPG", "SDF": "SDF", "PKK": "PKK",
        "Nusra": "Nusra Front", "Sky": "Sky", "Fifa": "Fifa", "FIFA": "FIFA", "Uefa": "Uefa",
    ]

    /// Capitalised words that start sentences or headlines without naming anything.
    static let notNames: Set<String> = [
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
        "Related", "Killed", "Dead", "Injured", "Wounded", "Says", "Say", "Said",
    ]

    /// Lowercase words allowed inside a name when a capitalised word follows: `Syrian Observatory for
    /// Human Rights`, `Abu Mahdi al-Muhandis`, `Ministry of Defence`.
    static let innerParticles: Set<String> = [
        "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della", "van", "von", "der",
        "den", "la", "le", "of", "for", "ul", "ad",
    ]

    /// Verbs of saying: the noun phrase before them is a speaker or a source.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "reported",
        "reports", "claimed", "claims", "confirmed", "confirms", "wrote", "writes", "tweeted", "declared",
        "insisted", "warned", "noted", "explained", "argued", "asked", "replied", "estimated", "estimates",
        "cited", "quoted", "according",
    ]
}
