/// The words the figure pass reads around a number: what it counts, what happened, where.
enum FigureLexicon {
    /// Units that make a figure a duration, distance, weight or age rather than a count. (A ``WordTable``: the
    /// pass asks it of every word a sentence's tolls may point back to.)
    static let measureKinds: WordTable<Figure.Kind> = [
        "second": .duration, "minute": .duration, "hour": .duration, "day": .duration, "week": .duration,
        "month": .duration, "year": .duration, "decade": .duration, "century": .duration, "night": .duration,
        "quarter": .duration, "semester": .duration, "term": .duration, "season": .duration, "fortnight": .duration,
        "km": .distance, "kilometre": .distance, "kilometer": .distance, "mile": .distance, "metre": .distance,
        "meter": .distance, "m": .distance, "ft": .distance, "feet": .distance, "foot": .distance,
        "yard": .distance, "cm": .distance, "mm": .distance, "inch": .distance, "mph": .distance, "kph": .distance,
        "kmh": .distance, "kg": .weight, "kilogram": .weight, "kilo": .weight, "tonne": .weight, "ton": .weight,
        "tonnes": .weight, "lb": .weight, "gram": .weight, "g": .weight, "ounce": .weight, "acre": .distance,
        "hectare": .distance, "sq": .distance, "mg": .weight, "milligram": .weight, "oz": .weight,
        "square metre": .distance, "square meter": .distance, "square kilometre": .distance,
        "square kilometer": .distance, "square km": .distance, "square mile": .distance, "square foot": .distance,
        "square yard": .distance, "square inch": .distance, "cubic metre": .distance, "cubic meter": .distance,
        "cubic foot": .distance, "cubic yard": .distance, "cubic inch": .distance, "cubic centimetre": .distance,
        "horsepower": .power, "hp": .power, "bhp": .power, "kilowatt": .power, "megawatt": .power,
        "gigawatt": .power, "watt": .power,
        "litre": .volume, "liter": .volume, "gallon": .volume, "millilitre": .volume, "milliliter": .volume,
    ]

    /// Abbreviated units written against their digits (`2.5kg`, `300g`, `10km`), as typed (lowercase only:
    /// `3G` and `2.5G` are generations of phones), by their unit. Not `m`, which is as often millions (`5m`).
    static let gluedUnits: [String: String] = [
        "kg": "kg", "g": "g", "mg": "mg", "lb": "lb", "lbs": "lb", "oz": "oz", "km": "km", "cm": "cm", "mm": "mm",
        "ft": "ft", "mph": "mph", "kph": "kph", "kmh": "kmh",
    ]

    /// Power units' abbreviations after the digits (`12,600 MW`, `a 500MW plant`, `3.7 GW`), as typed (in
    /// capitals: `mw` is no unit), by the unit they stand for.
    static let powerAbbreviations: [String: String] = [
        "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "KW": "kilowatt",
    ]

    /// The scales a temperature in degrees is read on, by the word that names them after `degrees`.
    static let temperatureScales: [String: String] = [
        "fahrenheit": "Fahrenheit", "celsius": "Celsius", "centigrade": "Celsius", "kelvin": "kelvin",
        "f": "Fahrenheit", "c": "Celsius",
    ]

    /// `cubic feet`, `square miles`: a shape word and the unit after it, in their singular, name one unit.
    static let compoundUnits: [String: [String: String]] = {
        var units: [String: [String: String]] = [:]
        for name in measureKinds.keys where name.contains(" ") {
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            units[parts[0], default: [:]][parts[1]] = name
        }
        return units
    }()

    /// Plurals that do not end in -s, and -s words whose singular is not the word minus -s. (A ``WordTable``:
    /// ``FigureParagraphReader/singular(_:)`` asks it of every word of a sentence whose tolls await a source.)
    static let irregularSingulars: WordTable<String> = [
        "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
        "police": "police", "personnel": "personnel", "staff": "staff", "aircraft": "aircraft",
        "cattle": "cattle", "sheep": "sheep", "fish": "fish", "livestock": "livestock", "feet": "foot",
        "lives": "life", "wives": "wife", "buses": "bus", "gas": "gas", "gases": "gas", "crises": "crisis",
        "casualties": "casualty", "teeth": "tooth", "mice": "mouse", "geese": "goose", "militia": "militia",
        "gunmen": "gunman", "policemen": "policeman", "servicemen": "serviceman", "fishermen": "fisherman",
        "businessmen": "businessman", "militiamen": "militiaman", "tribesmen": "tribesman", "firemen": "fireman",
        "clansmen": "clansman", "tonnes": "tonne", "series": "series", "species": "species",
        "bases": "base", "cases": "case", "houses": "house", "phases": "phase", "releases": "release",
        "horses": "horse", "nurses": "nurse", "courses": "course", "responses": "response", "purposes": "purpose",
        "warehouses": "warehouse", "analyses": "analysis", "hostages": "hostage", "thieves": "thief",
        "leaves": "leaf", "halves": "half", "shelves": "shelf", "knives": "knife", "dice": "die",
        "data": "data", "media": "media", "criteria": "criterion",
        // -ies plurals of -ie nouns: `39 sorties`, not `sorty`.
        "sorties": "sortie", "movies": "movie", "cookies": "cookie", "calories": "calorie", "zombies": "zombie",
        "rookies": "rookie", "selfies": "selfie", "caches": "cache", "niches": "niche", "avalanches": "avalanche",
        "headaches": "headache",
        // Compounds of `children`: schoolchildren are children counted.
        "schoolchildren": "child", "grandchildren": "grandchild", "stepchildren": "stepchild",
    ]

    /// The singular of a compound plural in `-men` the list above leaves out (`crewmen`, `airmen`,
    /// `policewomen`): the same compound in `-man` (not the Latin nouns that end so in the singular).
    static func singularOfManCompound(_ word: String) -> String? {
        guard word.utf8.count >= 6, word.hasASCIISuffix("men"), !singularsInMen.contains(word) else { return nil }
        return String(word.dropLast(2)) + "an"
    }

    /// Nouns (singular) of amounts, sums and measures, not of things counted one by one: a number they rise
    /// or fall to is no count of them (`Prices fell to 310`, `Sales rose to 3.2 million`).
    static let amountNouns: WordSet = [
        "price", "share", "sale", "profit", "revenue", "earning", "cost", "rate", "yield", "return", "export",
        "import", "stock", "bond", "saving", "wage", "salary", "fee", "tax", "bill", "debt", "loss", "gain", "level",
        "figure", "number", "value", "volume", "reserve", "deposit", "payment", "premium", "margin", "rating",
        "score", "point", "temperature", "reading", "estimate", "forecast", "asset", "fund", "holding", "balance",
        "budget", "income", "taking", "receipt", "subsidy", "charge", "rent", "fare", "tariff", "spending",
        "output", "index", "expectation", "total", "average", "statistic", "result", "poll", "odd", "chance",
        "fortune", "finance", "proceed", "sum", "amount", "benefit", "pension", "investment", "interest",
        "capital", "equity", "security", "bid", "offer", "valuation", "percentage", "ratio", "inflow", "outflow",
    ]

    /// Singular nouns that end in `-men`: no plural of a `-man`.
    static let singularsInMen: WordSet = [
        "specimen", "regimen", "abdomen", "acumen", "albumen", "bitumen", "cyclamen", "dolmen", "cognomen",
        "agnomen", "foramen", "gravamen", "duramen", "putamen", "tegmen", "hegumen", "culmen", "stamen", "carmen",
    ]

    /// Emergency telephone numbers, written as dialled (`911`, `999`, `112`): before a word of the line they
    /// call (``emergencyLineWords``) they name it and count nothing.
    static let emergencyNumbers: Set<String> = ["911", "999", "112"]

    /// Words an emergency number names the line of: `911 calls`, `a 999 operator`, `the 112 line` (not
    /// `services` or `workers`, which 112 of them may be).
    static let emergencyLineWords: WordSet = [
        "call", "calls", "caller", "callers", "operator", "dispatcher", "dispatch", "line", "hotline", "tape",
        "tapes", "recording", "recordings",
    ]

    /// ``emergencyLineWords`` in the singular: `a 999 operator`, `911 call` (a count would be plural).
    static let emergencyLineSingulars: WordSet = [
        "call", "caller", "operator", "dispatcher", "dispatch", "line", "hotline", "tape", "recording",
    ]

    /// Words before an emergency number that make it one to call: `the 911 calls`, `dialled 999`.
    static let wordsBeforeANumberToCall: WordSet = [
        "a", "an", "the", "to", "on", "dial", "dialled", "dialed", "dialling", "dialing", "call", "calling", "called",
    ]

    /// Plurals that modify the noun after them: `two munitions depots` counts depots.
    static let pluralModifiers: WordSet = [
        "munitions", "arms", "weapons", "explosives", "goods", "sports", "savings", "narcotics", "operations",
        "communications", "customs", "jobs", "news", "parts", "systems", "barrels",
    ]

    /// Words after `<place> <digits>` that make the digits a count: verbs of being and the joints of a list.
    static let wordsAfterACountedPlace: WordSet = [
        "were", "was", "are", "is", "have", "has", "had", "died", "dead", "in", "and", "or", "at", "on", "others",
    ]

    /// Capitalised words of page furniture that a number may stand before (`(61) Related …`, `0 25 Topic
    /// …`): the number counts nothing in the text.
    static let furnitureMarkers: WordSet = ["Related", "Topic", "Tags", "Share", "Comments", "Photo", "Video"]

    /// Words after `Related` that open a list of other stories' headlines: `Related News`.
    static let relatedListHeads: WordSet = ["News", "Articles", "Stories", "Coverage", "Content", "Posts"]

    /// Sayings and set phrases with a number in them that count nothing (`a picture is worth a thousand
    /// words`, `a million thanks`, `at one point`, `one by one`), as lowercase words. A number phrase is
    /// one of them when its first word stands at a word of the idiom and the words around it match.
    static let numberIdioms: [[String]] = [
        ["worth", "a", "thousand", "words"], ["a", "million", "thanks"], ["a", "thousand", "thanks"],
        ["a", "million", "times"], ["a", "thousand", "times"], ["a", "hundred", "times"],
        ["one", "in", "a", "million"], ["a", "million", "miles", "away"], ["a", "thousand", "miles", "away"],
        ["at", "one", "point"], ["at", "one", "stage"], ["one", "day"], ["one", "another"], ["one", "time"],
        ["one", "way"], ["one", "side"], ["one", "hand"],
        ["one", "such"], ["one", "by", "one"], ["one", "after", "another"], ["one", "at", "a", "time"],
        ["one", "and", "the", "same"], ["one", "and", "only"], ["one", "of", "a", "kind"], ["one", "too", "many"],
        ["two", "cents"], ["in", "two", "minds"], ["two", "sides", "of", "the", "same", "coin"],
        ["two", "birds", "with", "one", "stone"], ["put", "two", "and", "two", "together"], ["cloud", "nine"],
        ["the", "seven", "seas"], ["nine", "lives"], ["on", "all", "fours"], ["at", "sixes", "and", "sevens"],
        ["a", "dozen", "times"], ["half", "a", "dozen", "of", "the", "other"], ["six", "of", "one"],
        // `a toll of 40 to - by one account - some 90`: whose count it is, not a count of accounts.
        ["by", "one", "account"], ["by", "one", "estimate"], ["by", "one", "count"], ["by", "one", "reckoning"],
        ["by", "one", "measure"],
    ]

    /// The idioms by each of their words, with where that word stands in them.
    static let numberIdiomsByWord: [String: [(words: [String], at: Int)]] = {
        var index: [String: [(words: [String], at: Int)]] = [:]
        for idiom in numberIdioms {
            for (at, word) in idiom.enumerated() { index[word, default: []].append((idiom, at)) }
        }
        return index
    }()

    /// Words that end a noun phrase: determiners, prepositions, conjunctions, auxiliaries, pronouns.
    static let phraseBreakers: WordSet = [
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "without", "into", "onto",
        "and", "or", "but", "nor", "so", "yet", "as", "than", "that", "which", "who", "whom", "whose", "where",
        "when", "while", "was", "were", "is", "are", "be", "been", "being", "had", "have", "has", "did", "do",
        "does", "will", "would", "could", "should", "may", "might", "must", "can", "it", "its", "he", "she",
        "they", "them", "their", "his", "her", "we", "our", "you", "i", "this", "these", "those", "there",
        "after", "before", "since", "until", "during", "between", "among", "across", "against", "near",
        "over", "under", "about", "around", "per", "each", "every", "all", "both", "not", "no", "if",
        "because", "said", "says", "say", "told", "including", "like", "via", "toward", "towards", "up",
        "down", "out", "off", "last", "ago", "later", "earlier", "more", "less", "most", "least", "only",
        "also", "just", "still", "again", "too", "very", "already", "then", "now", "here", "year-old",
        // Common past-tense verbs that are never modifiers of a counted noun: `the two held talks`.
        "held", "met", "took", "made", "gave", "told", "went", "came", "saw", "got", "won", "paid", "sold",
        "bought", "sent", "ran", "led", "fell", "rose", "kept", "spent", "brought", "began", "became", "found",
        "thought", "knew", "felt", "stood", "heard", "agreed", "signed", "announced", "joined", "reached",
        "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
    ]

    /// Adjective-like words that never head a counted noun phrase.
    static let modifiers: WordSet = [
        "other", "others", "more", "additional", "further", "extra", "mostly", "new", "old", "young", "small",
        "large", "big", "major", "minor", "senior", "junior", "foreign", "local", "armed", "unarmed", "dead",
        "injured", "wounded", "civilian", "military", "separate", "different", "similar", "few", "several",
        "many", "much", "total", "estimated", "reported", "confirmed", "alleged", "suspected", "possible",
        "potential", "rebel", "opposition", "government", "regime", "security", "police", "army", "such",
    ]

    /// Verbs that, negated (`did not go off`, `failed to explode`), mean a weapon failed.
    static let detonationVerbs: WordSet = [
        "go", "explode", "detonate", "exploded", "detonated", "went", "reach", "hit",
    ]

    /// Causes of casualties, for the casualties view (`stampede`, `air strike`).
    static let causes: WordSet = [
        "stampede", "explosion", "blast", "bombing", "bombings", "airstrike", "airstrikes", "strike", "strikes",
        "attack", "attacks", "shelling", "bomb", "fire", "earthquake", "flood", "floods", "flooding", "crash",
        "clashes", "clash", "shooting", "gunfire", "storm", "cyclone", "hurricane", "typhoon", "landslide",
        "raid", "raids", "ambush", "missile", "rocket", "drone", "fighting", "violence", "protest", "protests",
        "riot", "riots", "collapse", "outbreak", "epidemic", "accident", "massacre", "offensive", "bombardment",
        "siege", "famine", "heatwave", "avalanche", "tsunami", "eruption", "sinking", "shipwreck", "derailment",
    ]

    /// Causes of deaths other than fighting (`road accidents`, `cholera`, `floods`): a toll of one is not the
    /// toll of a strike told before it. (Not `fire`: `opened fire`.)
    static let nonCombatCauses: WordSet = [
        "accident", "accidents", "crash", "crashes", "collision", "collisions", "disease", "diseases", "cholera",
        "malaria", "measles", "influenza", "epidemic", "flood", "floods", "flooding", "earthquake", "earthquakes",
        "quake", "blaze", "wildfire", "wildfires", "overdose", "overdoses", "storm", "storms", "cyclone",
        "hurricane", "typhoon", "landslide", "landslides", "avalanche", "tsunami", "heatwave", "drowning",
        "stampede",
    ]

    /// Prepositions and verbs that attach a place to what happened: `in Aleppo`, `targeting Ain al-Assad`.
    static let locatives: WordSet = [
        "in", "at", "on", "near", "targeting", "targetting", "targeted", "targetted", "against", "outside", "inside",
        "into", "across",
        "around", "hit", "struck", "of", "to", "towards", "toward", "over", "within", "throughout",
        // Verbs whose object is the place struck: `rocked Aleppo`, `shelled Douma`.
        "rocked", "shook", "pounded", "shelled", "bombed", "attacked", "raided", "stormed", "besieged", "hitting",
        "striking", "pounding", "shelling", "bombing",
        // Verbs whose object is the place gone into: `trucks entered Eastern Ghouta`.
        "entered",
    ]

    /// Parts of a place, named with `of`: `in different parts of Aleppo`, `the old quarter of Homs`.
    static let areaNouns: WordSet = [
        "part", "parts", "quarter", "quarters", "outskirts", "suburbs", "countryside", "centre", "center", "heart",
        "edge", "area", "areas", "east", "west", "north", "south",
    ]

    /// Adjectives that may stand between a locative and its place: `in neighbouring Iraq`, `in rural Idlib`
    /// (hyphenated ones too: `in rebel-held Aleppo`).
    static let placeAdjectives: WordSet = [
        "neighbouring", "neighboring", "nearby", "rural", "central", "besieged", "restive", "coastal", "remote",
        "embattled", "mountainous", "volatile", "old", "historic", "southeast", "southwest", "northeast",
        "northwest", "suburban", "downtown", "outlying",
    ]

    /// Verbs whose object is the place a strike hit: `an attack that hit al-Shaghour`.
    static let strikeVerbs: WordSet = [
        "hit", "hits", "struck", "targeted", "targeting", "targetted", "targetting", "shelled", "pounded", "bombed",
        "striking", "hitting", "attacked", "raided", "stormed",
    ]

    /// Nouns of a bombardment whose `of X` names the place bombarded: `the aerial bombing of Marlow`,
    /// `the shelling of the town of Marlow`.
    static let bombardmentNouns: WordSet = [
        "bombing", "bombings", "bombardment", "bombardments", "shelling", "shellings", "pounding", "strafing",
    ]

    /// Words before `the bombing of X` that make the bombing the cause of what is counted (`in retaliation
    /// for`, `in response to`, `responded to`, `after`), not the place of it.
    static let causeLinks: WordSet = [
        "for", "to", "against", "after", "over", "retaliation", "response", "revenge", "avenge", "avenging",
    ]

    /// Nouns of strikes and what they fire, that `on X` or `at X` after them names the place hit.
    static let attackNouns: WordSet = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "shells",
        "rounds", "rockets", "missiles", "mortars", "bombardment", "bombs", "fire",
    ]

    /// Nouns of fighting whose `for X` names the place fought over: `the battle for Zabadani`.
    static let battleNouns: WordSet = [
        "battle", "battles", "fight", "fighting", "struggle", "offensive", "assault", "war", "campaign", "push",
        "contest",
    ]

    /// Words that may stand before a place owning a war that a figure happened in: `since Syria's war
    /// began`, `during Yemen's conflict`.
    static let beforeConflictOwner: WordSet = [
        "in", "during", "since", "throughout", "of", "and", "that", "as", "after", "before", "amid", "into",
        "over", "on", "about", "to", "from", "with", "across",
    ]

    /// Nouns whose number is a label, not a count: `Type 1 diabetes`, `stage 4 cancer`, `Category 5 storm`,
    /// `phase 2 of the plan`.
    static let labelNouns: WordSet = [
        "type", "category", "class", "stage", "phase", "level", "grade", "tier", "chapter", "section", "season",
        "episode", "volume", "version", "route", "highway", "gate", "terminal", "platform", "room", "page",
        // Numbered units and documents: `Regiment 44 moves north`, `Brigade 93`, `resolution 2254 calls for`.
        "regiment", "brigade", "battalion", "squadron", "platoon", "resolution", "decision", "decree",
        // Page furniture's codes: `Get short URL 4471`, `ID 20931`, `Ref 88`.
        "url", "id", "ref",
    ]

    /// Capitalised nouns whose number names one of them, in a headline too and whatever follows: `Division
    /// 17 moves north`, `Protocol 2 allows observers`, `Law 10`. (Lowercase they may count: `a division`.)
    static let numberedNameHeads: WordSet = [
        "division", "corps", "unit", "fleet", "flight", "protocol", "amendment", "article", "paragraph", "clause",
        "directive", "annex", "sector", "checkpoint", "law", "bill",
        // A product's model or a line's edition: `the Vesko Series 3 features`, `Orbix Generation 2 ships`.
        "series", "generation", "version",
    ]

    /// Capitalised nouns whose small number (up to 3) names a series, not a count: `World War 2`, `Formula
    /// 1 teams` — `War` only after `World` (`the Vesk War 300 soldiers` counts soldiers).
    static let smallNumberedNameHeads: WordSet = ["war", "formula"]

    /// Plural nouns that a product's model or a standard's version stands before, and that no toll counts:
    /// `the Vesko 20 graphics`, `Tarnbolt 3 ports`, `Vesko 11 users` (``FigureParagraphReader/isModelNumber``).
    static let productNouns: WordSet = [
        "graphics", "ports", "docks", "devices", "connections", "cables", "adapters", "chargers", "chips",
        "chipsets", "processors", "cards", "drives", "models", "laptops", "notebooks", "phones", "handsets",
        "smartphones", "tablets", "consoles", "controllers", "displays", "screens", "monitors", "speakers",
        "earphones", "earbuds", "headphones", "headsets", "keyboards", "cameras", "lenses", "sensors", "slots",
        "accessories", "updates", "upgrades", "editions", "variants", "versions", "owners", "users", "buyers",
        "customers", "subscribers", "gamers", "listeners", "viewers", "ratings", "enthusiasts", "copies",
        "sales", "peripherals", "docking",
    ]

    /// Nouns before `of` whose number is a measure or a day, never more of the things counted before it:
    /// `fired 20 rockets at a speed of 900`, `40 graphics cores and a peak score of 2100`, `the weekend of 9`.
    static let measuredNouns: WordSet = [
        "speed", "height", "depth", "length", "width", "weight", "rate", "temperature", "price", "cost", "score",
        "altitude", "distance", "range", "capacity", "resolution", "weekend", "week", "day", "month",
        "year", "age", "size", "volume", "value", "rating", "frequency", "pressure", "magnitude", "radius",
    ]

    /// Words before a name in capitals that make it a source or a place, never a brand: `according to VKMR
    /// 25 airstrikes`, `said TARNO 30 rockets`, `near VESKA 20 houses`.
    /// (`to` only after `according`.)
    static let beforeCapitalsSource: WordSet = ["said", "near"]

    /// Buildings (singular) a toll of damage counts: `20 houses were destroyed`.
    static let buildingNouns: WordSet = [
        "house", "home", "building", "apartment", "flat", "shop", "school", "hospital", "mosque", "church",
        "clinic", "bridge", "factory", "warehouse", "shelter",
    ]

    /// Capitalised words that finish a model's name before its noun: `Vesko 11 Pro users`.
    static let modelSuffixes: WordSet = ["Pro", "Max", "Plus", "Mini", "Ultra", "Air", "Lite", "XL", "SE"]

    /// Words that open a clause or a phrase of their own: a counted noun is never found past them (`dropped
    /// three of six despite two fine outings` counts no outings with the six). Not `inside` and `outside`,
    /// which also modify a noun (`ten outside directors`).
    static let clauseLinks: WordSet = [
        "despite", "although", "though", "unless", "whereas", "whether", "amid", "amidst", "within", "beyond",
        "through", "throughout", "except", "besides", "behind", "above", "below", "beneath", "beside", "upon",
        "along", "alongside", "versus",
    ]

    /// Verbs that link a subject to how it is, taken for plural nouns after a bare number: `the whereabouts
    /// of about 40 remains unclear`, `some 30 seems likely`.
    static let linkingVerbs: WordSet = ["remains", "stays", "seems", "appears", "looks", "sounds", "becomes"]

    /// What lasts weeks or months, so that its toll in the present perfect is a total: `the offensive has
    /// now claimed 300 lives`.
    static let campaignNouns: WordSet = [
        "offensive", "campaign", "siege", "blockade", "crackdown", "escalation", "insurgency", "uprising", "push",
    ]

    /// Plurals of label nouns whose list of numbers labels: `resolutions 2254 and 2118`, `decisions 1900
    /// (2010) and 2001 (2012)`.
    static let labelListNouns: WordSet = [
        "resolutions", "decisions", "decrees", "articles", "regiments", "brigades", "battalions", "routes",
        "highways", "chapters", "sections", "stages", "phases",
    ]

    /// Nouns that may follow a singular count's noun without being its head: `one man home`, `one woman
    /// today`, `one man shot dead`.
    static let notCompoundHeads: WordSet = [
        "yesterday", "today", "tomorrow", "tonight", "overnight", "morning", "evening", "night", "home", "shot",
        "apiece", "time", "ago", "last",
    ]

    /// Units of time a stretch is counted in: `over the past five years`, `in six years of war`.
    static let stretchUnits: WordSet = [
        "year", "years", "month", "months", "decade", "decades", "week", "weeks", "day", "days", "hours", "hour",
        "night", "weekend",
    ]

    /// Single units of time that reach no further than one occasion: `a day of fighting`, `the past week`.
    static let occasionUnits: WordSet = ["hour", "night", "weekend", "day", "week"]

    /// Words by which a sentence leaves the place named before it: `Elsewhere, four were killed`.
    static let elsewhereWords: WordSet = ["elsewhere", "separately", "meanwhile"]

    /// Words right before a locative that make the place where someone spoke: `told reporters in Geneva`.
    static let speakingWords: WordSet = [
        "speaking", "spoke", "reporters", "journalists", "conference", "briefing", "statement", "interview",
        "visit", "visiting", "told", "summit", "meeting", "talks",
    ]

    /// Words that date a clause to one day: a toll with one of them is that day's (`yesterday`).
    static let dayWords: WordSet = ["yesterday", "today", "overnight", "tonight", "morning", "evening", "night"]

    /// Counted nouns of people (singular): a part of a group of people (`Eight of them were children.`)
    /// must count people too.
    static let peopleUnits: WordSet = [
        "person", "civilian", "child", "woman", "man", "boy", "girl", "baby", "infant", "teenager", "minor",
        "adult", "soldier", "troop", "fighter", "rebel", "militant", "insurgent", "jihadist", "gunman", "resident",
        "refugee", "migrant", "protester", "demonstrator", "student", "worker", "prisoner", "detainee", "victim",
        "casualty", "officer", "policeman", "member", "pilgrim", "patient", "journalist", "doctor", "medic",
        "nurse", "volunteer", "passenger", "hostage", "employee", "guard", "villager", "citizen", "national",
        "foreigner", "other", "survivor", "teacher", "farmer", "police", "personnel", "staff",
    ]

    /// Road and track vehicles (singular): a list of them counts vehicles (`12,000 sedans, coupes and SUVs`).
    static let vehicleNouns: WordSet = [
        "vehicle", "car", "truck", "lorry", "van", "minivan", "bus", "minibus", "coach", "sedan", "coupe",
        "hatchback", "convertible", "suv", "pickup", "pick-up", "jeep", "motorcycle", "motorbike", "scooter",
        "moped", "tractor", "trailer", "tanker", "tank", "ambulance", "taxi", "limousine", "wagon", "crossover",
        "bulldozer", "forklift", "apc", "humvee", "tram", "locomotive",
    ]

    /// Remains of the dead, counted as the people who died when a toll is broken down (`15 bodies`), though
    /// the unit stays as written.
    static let deadBodyUnits: WordSet = ["body", "corpse"]

    /// People counted by sex, whom `others` after them does not repeat: `killing one woman and injuring
    /// four others` counts people, not women.
    static let genderedPeople: WordSet = ["woman", "man", "girl", "boy"]

    /// Participles opening a clause that raises a toll: `…, bringing the toll since 2011 to 4,000`.
    static let tollRaisingParticiples: WordSet = [
        "bringing", "raising", "taking", "pushing", "putting", "lifting", "increasing",
    ]

    /// Nouns of a war that a place owns: `Syria's conflict`, `Yemen's civil war`.
    static let conflictNouns: WordSet = [
        "war", "conflict", "uprising", "insurgency", "revolution", "crisis", "fighting", "violence", "turmoil",
    ]

    /// Conflict nouns that name no war of their own (`the fighting has killed …` is no war's total).
    static let conflictNounsNamingNoWar: WordSet = ["fighting", "violence", "crisis"]

    /// What goes on for days on end, so that `six days of bombing have killed 40` totals them: the conflict
    /// nouns and the attacks and unrest that last.
    static let sustainedEventNouns: WordSet = conflictNouns.union([
        "bombing", "bombings", "bombardment", "bombardments", "shelling", "strikes", "airstrikes", "raids",
        "clashes", "attacks", "protests", "unrest", "siege", "offensive", "airstrike", "rioting", "riots",
        "battle", "battles", "combat",
    ])

    /// Words ending in `-est` that are no superlative, so that `wounded in the unrest since Tuesday` totals.
    static let notSuperlatives: WordSet = [
        "unrest", "protest", "arrest", "interest", "request", "forest", "harvest", "contest", "conquest",
        "inquest", "suggest", "honest", "modest", "manifest", "attest", "invest", "digest", "behest", "rest",
    ]

    /// Adverbs between a reporter's name and its verb (`the Observatory further said`), not part of the name.
    static let adverbsBeforeReport: WordSet = [
        "also", "later", "earlier", "previously", "further", "then", "again", "separately", "additionally",
        "subsequently", "initially", "meanwhile", "now", "already", "still", "originally", "first",
    ]

    /// Adjectives that open a sentence capitalised (`Initial reports …`, `Preliminary figures …`) and name
    /// no one when the source words are only them.
    static let sourcelessAdjectives: WordSet = [
        "initial", "early", "earlier", "preliminary", "unconfirmed", "latest", "first", "further", "other",
        "separate", "conflicting", "later", "recent", "new", "local", "previous", "unofficial", "official",
        "some", "more", "subsequent", "varying", "differing",
    ]

    /// Participles that place an actor, not an event: `fighters based in Eastern Ghouta fired …`.
    static let baseParticiples: WordSet = [
        "based", "located", "stationed", "positioned", "headquartered", "deployed", "entrenched", "holed",
    ]

    /// Participles that say when or where someone or something came to be (`born in 1950 in Marlow`,
    /// `founded in 1990`): a clause about a life or a body, never the time or place of a figure beside it.
    static let originParticiples: WordSet = ["born", "founded", "established"]

    /// Nouns that count places: a figure of them spans several sites, so it has none.
    static let placeNouns: WordSet = [
        "site", "town", "village", "city", "area", "province", "region", "district", "country", "nation",
        "state", "base", "camp", "location", "place", "neighbourhood", "neighborhood", "continent", "front",
    ]

    /// Nouns a four-digit number in year range still counts (`2000 people`), rather than dates
    /// (`2003 results`, `the 2019 election`).
    static let yearLikeCountNouns: WordSet = [
        "people", "persons", "civilians", "soldiers", "troops", "fighters", "residents", "refugees", "migrants",
        "families", "children", "women", "men", "workers", "jobs", "students", "prisoners", "detainees", "protesters",
        "demonstrators", "households", "homes", "houses", "buildings", "members", "employees", "staff", "police",
        "officers", "rebels", "militants", "casualties", "deaths", "victims", "patients", "cases", "tonnes", "tons",
        "barrels", "vehicles", "missiles", "rockets", "drones", "shells", "bombs", "evacuees", "pilgrims", "voters",
    ]

    /// The four points written before a place as the part of it: `east Aleppo`, `west Mosul`.
    static let compassPoints: WordSet = ["north", "south", "east", "west"]

    static let directions: WordSet = compassDirections.union([
        "outskirts", "northern", "southern", "eastern", "western",
    ])

    /// The points of the compass, as nouns: `in the north of Marlow`.
    static let compassDirections: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
        "north-west", "south-east", "south-west",
    ]

    /// The points of the compass, as adjectives written before a place or a country's part: `eastern Ghouta`,
    /// `the country's central`, `northern Hama`.
    static let compassAdjectives: WordSet = [
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
        "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "central",
    ]

    static let clockWords: WordSet = [
        "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "utc", "est", "edt", "pst", "cet", "hrs", "o'clock",
        "h", "local",
    ]

    /// Words right after a bare number that make it a count of people: `31 dead`, `Six Killed`.
    static let casualtyWords: WordSet = [
        "dead", "killed", "died", "injured", "wounded", "hurt", "missing", "arrested", "detained",
    ]

    /// Words frequent in English prose and rare in other languages, to tell an English page.
    static let englishFunctionWords: WordSet = [
        "the", "of", "and", "to", "is", "was", "were", "that", "for", "with", "by", "it", "from", "this", "are",
        "has", "have", "had", "said", "which", "who", "their", "they", "he", "she", "his", "her", "been", "will",
    ]

    // MARK: - Sources

    /// Heads of descriptions that name someone who can report a figure though no entity is named:
    /// `Iraqi military`, `US officials`, `rescue workers`.
    static let speakingHeads: WordSet = [
        "military", "army", "navy", "police", "official", "officials", "ministry", "government", "authorities",
        "authority", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "media", "tv",
        "television", "radio", "agency", "monitor", "group", "coalition", "forces", "command", "residents",
        "witnesses", "activists", "doctors", "medics", "observers", "company", "firm", "rescuers", "workers",
        "volunteers", "council", "committee", "commission", "union", "organisation", "organization", "observatory",
        "network", "office", "department", "officer", "officers", "commander", "commanders", "journalists",
        "reporter", "reporters", "correspondent", "analysts", "experts", "researchers", "hospital", "administration",
        "court", "prosecutors", "diplomats", "leaders", "leader", "minister", "president", "governor", "mayor",
        "chief", "director", "head", "service", "services", "watchdog", "regulator", "bank", "institute", "charity",
    ]

    /// Participles that carry a report on past who made it: `… said the Observatory adding that …`.
    static let reportContinuations: WordSet = ["adding", "citing", "quoting", "saying", "noting", "stressing"]

    /// Nouns of deaths a report documents: `documented the deaths of 27 people`.
    static let deathNouns: WordSet = ["deaths", "death", "killing", "killings", "murder", "murders"]

    /// The approximating words every count may open with: `at least 12`, `more than 50`, `up to 300`, `an
    /// estimated 40`.
    static let approximations: [String] = [
        "at", "least", "more", "than", "over", "nearly", "almost", "about", "around", "some", "up", "to", "an",
        "estimated",
    ]

    /// Words of approximation before a number: `at least 12`, `more than 50`, `nearly 300`, `as many as 9`.
    static let approximatorsBeforeCount = WordSet(approximations + ["roughly", "as", "many", "much", "approximately"])

    /// Vague plurals that, in the present perfect, total a stretch of time: `has killed hundreds`.
    static let vagueTollPlurals: WordSet = ["hundreds", "thousands", "millions", "tens"]

    /// Vague plurals that count: `wounding dozens`, `hundreds of people`.
    static let vagueCountWords: WordSet = ["dozens", "hundreds", "thousands", "millions", "tens", "scores"]

    /// `dozens of civilians`, `scores`, `hundreds`: a count that stands for no number in particular, so two
    /// of them are no one toll told twice (incident_keys reads the same words).
    static func isVaguePlural(_ figure: Figure) -> Bool {
        let first = figure.text.prefix { $0.isLetter }.lowercased()
        return vagueCountWords.contains(first)
    }


    /// Unnamed sources that stay unnamed: `a security source`, `military sources`.
    static let unnamedSourceHeads: WordSet = ["source", "sources"]

    /// Roles whose holder speaks for an organisation named before them: `SANA reporter`.
    static let roleHeads: WordSet = pressRoles.union(singleRoleHeads).union([
        "officials", "source", "sources", "officers", "economists", "analysts", "experts", "researchers",
    ])

    /// One person's roles (``roleHeads`` that are no plural, no unnamed source and no press role): `director`,
    /// `head`, `spokesman`.
    static let singleRoleHeads: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "director", "chief", "head", "officer", "commander",
    ]

    /// The press's roles, which report for the outlet named before them wherever they stand (`a source in the
    /// province`, unnamed, is left to the chain of sources).
    static let pressRoles: WordSet = [
        "reporter", "reporters", "correspondent", "correspondents", "photographer", "photographers", "cameraman",
    ]

    /// Means by which a count was seen or checked (`Satellite images confirmed …`, `Video footage showed …`,
    /// `Objective monitoring means confirmed …`): no one who reports, whatever words describe them; only an
    /// entity named as their owner (`Tarn Army footage`) may be.
    static let verificationMeans: WordSet = [
        "images", "imagery", "footage", "video", "videos", "photos", "photographs", "pictures", "means",
        "recordings", "scans", "sensors", "cameras", "evidence",
    ]

    /// Nouns of numbers an organisation publishes: `Commerce Department figures showing …`.
    static let evidenceNouns: WordSet = [
        "figures", "data", "statistics", "estimates", "survey", "tally", "count", "report", "statement",
    ]

    /// Words of a description that name no one even when capitalised to open a sentence (`Activists said`,
    /// `Local residents said`, `NGO staff said`): who speaks, what for, and how described.
    static let genericSourceWords: WordSet = speakingHeads.union(organizationDescriptions).union(descriptionModifiers)
        .union(sourcelessAdjectives).union([
            "staff", "ngo", "ngos", "activist", "medical", "civil", "defense", "defence", "provincial", "residents",
            "eyewitnesses", "paramedics", "rebels", "militants", "fighters", "opposition", "hard-line", "unverified",
            "interior", "health", "rescue", "emergency",
        ])

    /// Descriptions that stand for an organisation the article names: `the Observatory`, `the agency`.
    static let organizationDescriptions: WordSet = [
        "monitor", "group", "observatory", "agency", "organisation", "organization", "company", "firm", "ministry",
        "network", "coalition", "watchdog", "committee", "commission", "army", "police", "government", "council",
        "union", "bank", "institute", "charity", "service", "office", "department",
    ]

    /// Words that alone say too little of who reported a figure: `a source said`, `media reported`.
    static let vagueSources: WordSet = [
        "source", "sources", "media", "reports", "report", "statement", "sources said",
    ]

    /// Descriptions of a monitoring group, which stand for the last organisation that reported a figure.
    static let monitorDescriptions: WordSet = ["monitor", "group", "watchdog", "observatory"]

    /// Whether `name` is a news agency, or has a capitalised word whose description kind `kindPasses`
    /// (`Health Ministry`: ministry; `Syrian Observatory`: monitor).
    static func isNewsAgencyOrNamesKind(_ name: String, where kindPasses: (String) -> Bool) -> Bool {
        if newsAgencies.contains(name) { return true }
        return name.wordsBetweenSpaces().contains {
            guard $0.first?.isUppercase == true, let kind = descriptionKind($0.lowercased()) else { return false }
            return kindPasses(kind)
        }
    }

    /// The kind of organisation a description word names: `monitor`, `observatory`, `watchdog` and
    /// `monitoring` are one kind; the other organisation descriptions are each their own.
    static func descriptionKind(_ word: String) -> String? {
        if ["monitor", "monitors", "monitoring", "observatory", "watchdog"].contains(word) { return "monitor" }
        return organizationDescriptions.contains(word) ? word : nil
    }

    /// Words that may stand between an organisation's name and its description: `state news agency SANA`,
    /// `the UK-based war monitor`, `SANA official news agency`.
    static let descriptionModifiers: WordSet = [
        "state", "official", "news", "press", "wire", "war", "rights", "human", "monitoring", "militant",
        "jihadist", "rebel", "armed", "extremist", "opposition", "humanitarian", "aid", "international", "local",
        "independent", "private", "state-run", "state-owned", "government", "regime",
    ]

    /// News agencies, as their names and acronyms are written: `the agency` may stand for one of them.
    static let newsAgencies: WordSet = [
        "SANA", "Syrian Arab News Agency", "Reuters", "AFP", "Agence France-Presse", "Agence France Presse", "AP",
        "Associated Press", "IRNA", "TASS", "Xinhua", "Anadolu", "Anadolu Agency", "Interfax", "RIA Novosti",
        "Sputnik", "Fars", "Tasnim", "ISNA", "Mehr", "KCNA", "Yonhap", "Kyodo", "dpa", "ANSA", "EFE", "PTI", "WAFA",
        "QNA", "SPA", "MENA", "NNA", "KUNA", "WAM", "Bernama", "Antara", "Ruptly", "UPI", "ANHA", "Hawar",
    ]

    // MARK: - Events

    /// Words that may stand between an event word and the number it counts: `killed at least 50`, `the
    /// toll rose to 12`.
    static let wordsBeforeCount: WordSet = [
        "the", "a", "at", "least", "to", "another", "an", "estimated", "some", "more", "than", "nearly", "about",
        "around", "over", "up", "all", "rose", "risen", "climbed", "reached", "stood", "stands", "jumped", "rises",
        "is", "was", "now", "has", "had",
    ]

    /// Verbs that tell of a toll that rose: `the toll has risen to 61`, `the toll rose`, `the toll climbed`
    /// (not `rise` alone: `the toll could rise` tells of no new toll). Updated tolls
    /// (``ArticleExtractor/tellsOfAnUpdatedToll(_:in:)``), replaced ones (``ReplacedTollReader``) and the
    /// event of a toll's number (`the death toll from the raid rose to 40`) read this one list.
    static let tollRiseVerbs: WordSet = [
        "risen", "rose", "rises", "rising", "climbed", "climbs", "jumped", "increased",
    ]

    /// Nouns of events that take what they happened to after `of`: `the evacuation of 300 residents`.
    static let eventNouns: WordSet = [
        "evacuation", "deaths", "killing", "killings", "arrest", "arrests", "injuries", "evacuees", "executions",
    ]

    /// Words that, standing before a count's number, make it a later count (`killed 30 people injured 90`)
    /// rather than the counted noun's: approximations and `another`.
    static let wordsOpeningACount = WordSet(approximations + ["another", "a", "further"])

    /// Nouns before `of` whose group a count after `of` is part of or makes up (`a group of 30 migrants were
    /// rescued`, `the majority of the 300 killed`), so the verb after is the count's own; after any other noun
    /// (`the wives of the five fighters were among the dead`) the verb is that noun's.
    static let groupNouns: WordSet = [
        "group", "groups", "total", "number", "numbers", "crowd", "crowds", "convoy", "column", "contingent",
        "unit", "team", "band", "batch", "party", "family", "majority", "minority", "rest", "bulk", "remainder",
        "half", "third", "quarter", "fraction", "proportion", "share", "percent", "per", "cent", "lot", "lots",
        "dozen", "dozens", "hundreds", "thousands", "millions", "tens", "scores", "maximum", "minimum", "average",
        "tally", "toll", "count", "figure", "bodies", "remains", "corpses", "lives", "each", "any", "most", "all",
        "none", "some", "many", "few", "several", "both", "either", "neither", "one", "two", "three",
        // Collectives of things that share one fate: `a complex of four schools was shelled`.
        "complex", "compound", "cluster", "series", "string", "chain", "row", "block", "set", "pair",
    ]

    /// Verbs and phrases of giving people a place to stay: a count of displaced people after them (`the town
    /// now hosts 20,000 displaced people`) or with a verb of living after it (`… displaced living in camps`)
    /// is a standing population, not one day's flight.
    static let hostingWords: WordSet = [
        "host", "hosts", "hosting", "hosted", "house", "houses", "housing", "housed", "shelter", "shelters",
        "sheltering", "sheltered", "accommodate", "accommodates", "accommodating", "accommodated",
    ]
    static let livingWords: WordSet = ["living", "live", "lives", "sheltering", "staying", "stay", "stays"]

    /// Words that may stand between a hosting verb and its count: `hosts more than 20,000`.
    static let wordsBeforeHostedCount = WordSet(
        approximations + ["now", "already", "currently", "still", "the", "of", "tens"])

    /// Participles that, right after a counted noun, say what happened to it: `20 people injured`.
    static let casualtyParticiples: WordSet = [
        "killed", "injured", "wounded", "dead", "hurt", "arrested", "detained", "evacuated", "displaced", "kidnapped",
        "abducted", "executed", "missing",
    ]

    /// Counted nouns that say what happened to those they count: `three fatalities`, `300 evacuees`, `four
    /// martyrs` (the killed), `22 injuries`.
    static let eventUnits: [String: String] = [
        "fatality": "killed", "death": "killed", "martyr": "killed", "injury": "injured", "evacuee": "evacuated",
    ]

    /// Words that open an aside after a counted noun, saying who the counted were: `, mostly women and
    /// children,`.
    static let asideOpeners: WordSet = ["mostly", "mainly", "largely", "predominantly"]

    /// Verbs before a count of weapons that put them in the air: `dropped 1,000 bombs`.
    static let weaponVerbsBefore: [String: String] = [
        "dropped": "launched", "dropping": "launched", "drop": "launched", "unleashed": "launched",
        "lobbed": "fired", "shot": "fired", "rained": "fired", "hurled": "fired",
    ]

    /// Verbs after a count of weapons that say they came down on something (`10 rockets slammed into`), or
    /// were dropped.
    static let weaponVerbsAfter: [String: String] = [
        "fell": "hit", "landed": "hit", "slammed": "hit", "crashed": "hit", "rained": "hit", "pounded": "hit",
        "smashed": "hit", "impacted": "hit",
        // `20 barrel bombs were being dropped`, `four bombs dropped from a helicopter`: the passive of dropping.
        "dropped": "launched",
    ]

    /// Counted nouns that are themselves strikes: counted with no verb, they were launched.
    static let strikeActs: WordSet = ["strike", "airstrike", "raid", "sortie"]

    /// Verbs that take lives: `claimed 14 lives`, `cost 30 lives`, `took the lives of` (killed).
    static let lifeTakingVerbs: WordSet = ["claimed", "claiming", "claims", "cost", "costing", "took", "taking"]

    /// Counted things an attack is not aimed at, though `on` comes before them: `attacks on three occasions`.
    static let notTargets: WordSet = ["occasion", "time", "day", "night", "front", "count", "charge", "side"]
}
