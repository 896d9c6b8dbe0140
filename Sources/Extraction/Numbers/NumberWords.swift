/// The vocabulary of numbers in English news text.
enum NumberWords {
    static let small: WordTable<Double> = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordTable<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Multipliers that follow a number: `two hundred`, `1.5 million`, `two dozen`; and South Asia's
    /// `5 lakh` (100,000) and `2 crore` (ten million), with their plurals (`3 lakhs`).
    static let scales: WordTable<Double> = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "dozen": 12,
        "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    ]
    /// Other spellings of `dozen`, taken only right after a numeral (`five doz`); `dozens` only in
    /// ``isDozens(_:after:)``'s narrow case, as at the start of a phrase it is a vague plural.
    static let dozenForms: WordSet = ["doz", "dozs", "dz", "dzs"]

    /// `3 dozens`, `three dozens`: lowercase, under a hundred dozen, and not `dozens of` (`in 2016 dozens of
    /// people…` is a year and a vague plural).
    static func isDozens(_ tokens: [Token], at k: Int, count: Double) -> Bool {
        tokens[k].text == "dozens" && count < 100 && !(k + 1 < tokens.count && tokens[k + 1].lowerIs("of"))
    }
    /// Abbreviated scales after digits (`2bn`, `$3m`, `40k`, `10 bln`).
    static let abbreviatedScales: WordTable<Double> = [
        "bn": 1_000_000_000, "bln": 1_000_000_000, "b": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000,
        "mln": 1_000_000, "mil": 1_000_000, "mm": 1_000_000, "k": 1_000, "tn": 1_000_000_000_000,
        "trn": 1_000_000_000_000, "tln": 1_000_000_000_000, "t": 1_000_000_000_000,
    ]
    /// Abbreviations that are also units (metre, byte, tonne) and so count as scales only after a currency
    /// sign: `$3m`, `€10B`, `$2.174T`, but `100m` and `5t` are left alone.
    static let unitLikeScales: WordSet = ["m", "b", "t", "mm"]
    /// Unit-like abbreviations that are a scale before a plural noun or a currency (`1.1m people`, `2b users`).
    static let millionsOfScales: WordSet = ["m", "b"]
    /// Plurals after `100m` that are measured in metres, not millions: races and things built to a height.
    static let metreCountedPlurals: WordSet = [
        "hurdles", "heats", "relays", "finals", "sprints", "walls", "poles", "towers", "waves", "lengths",
        "depths", "heights", "metres", "meters", "miles", "yards", "feet", "inches", "bytes", "bits",
    ]
    /// Plurals a scale may count that do not end in -s: `1.6m people`, `2m children`.
    static let pluralsWithoutS: WordSet = [
        "people", "children", "men", "women", "cattle", "sheep", "livestock", "personnel", "staff", "fish",
    ]
    /// Abbreviations that may stand after a space (`10 bln`, `5 bn`); the others must touch the digits.
    static let spacedScales: WordSet = ["bn", "bln", "mn", "mln", "trn", "tln"]
    /// Vague plurals and their conservative values (ACLED): `dozens of people` → 12, over.
    static let vaguePlurals: WordTable<Double> = [
        "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]
    /// Words that make a following scale vague: `several hundred`, `a few thousand`.
    static let vagueQuantifiers: WordSet = ["several", "few"]
    static let currencySymbols: WordTable<String> = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW",
        "₪": "ILS", "₦": "NGN",
    ]
    /// Letters written against `$` that name another dollar: `US$5`, `A$3m`, `HK$1bn`.
    static let dollarPrefixes: WordTable<String> = [
        "US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD",
        "S": "SGD", "R": "BRL",
    ]
    /// Currency words and codes written after the amount.
    static let currencyWords: WordTable<String> = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "gbp": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
        "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "lira": "TRY", "riyals": "SAR", "dirhams": "AED",
        "francs": "CHF", "won": "KRW", "pence": pence, "naira": "NGN", "rand": "ZAR", "baht": "THB",
        "rupiah": "IDR", "ringgit": "MYR", "shekels": "ILS", "shekel": "ILS", "zlotys": "PLN", "zloty": "PLN",
        "kronor": "SEK", "krona": "SEK", "hryvnias": "UAH", "hryvnia": "UAH", "forints": "HUF", "rials": "IRR",
        "liras": "TRY", "cents": "USX",
    ]
    /// Currencies that many countries' money shares the name of (`pounds`, `dinars`, `pesos`): money only
    /// after the nationality that says whose (`Syrian pounds`, `Iraqi dinars`), by the nationality's word.
    /// A currency word of one country (``currencyWords``) takes another country's code the same way
    /// (`Pakistani rupees`, `Omani rials`, `Lebanese lira`).
    static let nationalCurrencies: [String: WordTable<String>] = [
        "pounds": ["Syrian": "SYP", "Egyptian": "EGP", "Lebanese": "LBP", "Sudanese": "SDG"],
        "dinars": [
            "Iraqi": "IQD", "Jordanian": "JOD", "Kuwaiti": "KWD", "Libyan": "LYD", "Tunisian": "TND",
            "Algerian": "DZD", "Bahraini": "BHD", "Serbian": "RSD",
        ],
        "pesos": [
            "Mexican": "MXN", "Argentine": "ARS", "Argentinian": "ARS", "Philippine": "PHP", "Chilean": "CLP",
            "Colombian": "COP", "Cuban": "CUP", "Uruguayan": "UYU", "Dominican": "DOP",
        ],
        "kroner": ["Danish": "DKK", "Norwegian": "NOK"],
        "krone": ["Danish": "DKK", "Norwegian": "NOK"],
        "shillings": ["Kenyan": "KES", "Ugandan": "UGX", "Tanzanian": "TZS", "Somali": "SOS"],
        "rupees": ["Indian": "INR", "Pakistani": "PKR", "Lankan": "LKR", "Nepalese": "NPR", "Nepali": "NPR"],
        "lira": ["Turkish": "TRY", "Syrian": "SYP", "Lebanese": "LBP"],
        "rials": ["Iranian": "IRR", "Omani": "OMR", "Yemeni": "YER", "Qatari": "QAR"],
        "riyals": ["Saudi": "SAR", "Qatari": "QAR", "Omani": "OMR", "Yemeni": "YER"],
        "cents": ["Canadian": "CAX", "Australian": "AUX"],
        "francs": ["Swiss": "CHF", "Congolese": "CDF", "Rwandan": "RWF", "Burundian": "BIF", "Guinean": "GNF"],
    ]
    /// The money a nationality's word and the currency word after it name (`Syrian pounds` → SYP), if any.
    static func nationalCurrency(_ nationality: String, _ currency: String) -> String? {
        nationalCurrencies[currency]?[nationality]
    }
    /// Scale words after which a lowercase `won` is the currency, not the verb: `one trillion won`.
    static let scalesBeforeWon: WordSet = ["million", "billion", "trillion", "bn", "tn"]
    /// The code a currency word or suffix gives to pence, which the parser turns into pounds.
    static let pence = "GBX"
    /// The codes the parser gives to hundredths of a currency (pence, cents), by the whole unit's ISO code it
    /// turns them into. `cents` alone are US cents, as `dollars` alone are US dollars.
    static let hundredths: [String: String] = [pence: "GBP", "USX": "USD", "CAX": "CAD", "AUX": "AUD"]
    /// Video resolutions written like pence (`720p`, `1080p`).
    static let videoResolutions: WordSet = ["240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"]
    /// Letters written against digits that make them an ordinal: `1st`, `22nd`, `4th`.
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
    /// Words after an hour that make it a clock time: `2 pm`, `9a.m.`, `3 o'clock`.
    static let clockWords: WordSet = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock"]
    /// Words before `one` that make it a pronoun: `the one`, `no one`, `each one`.
    static let pronounDeterminers: WordSet = ["the", "no", "any", "every", "each", "another", "someone", "anyone"]
    /// Words before `one` that make it a pronoun only when a verb, pronoun or preposition (not `of`)
    /// follows: `that one is good`, `which one do you want`, but `said that one person died`.
    static let demonstratives: WordSet = ["this", "that", "which"]
    static let pronounFollowers: WordSet = [
        "is", "was", "will", "would", "can", "could", "should", "may", "might", "must", "has", "had", "have", "does",
        "did", "do", "seems", "looks", "you", "i", "we", "they", "he", "she", "it", "with", "for", "in", "on", "at",
        "to", "from", "by", "about", "again", "too", "instead", "here", "there",
    ]
    /// Lowercase words hyphenated to digits that do not make a code of them: `mid-2000s`, `Pre-1990`.
    static let numberPrefixes: WordSet = [
        "mid", "pre", "post", "late", "early", "over", "under", "non", "anti", "ex", "top", "circa", "some", "about",
        "around", "nearly", "almost", "aged", "age", "ages", "up", "more", "less",
    ]
    /// Words next to `2-1` that make it a score, not a range.
    static let scoreWords: WordSet = [
        "won", "win", "wins", "winning", "winner", "lost", "lose", "loses", "losing", "beat", "beats", "beaten",
        "beating",
        "drew", "draw", "draws", "drawn", "victory", "victories", "defeat", "defeats", "defeated", "loss", "losses",
        "lead", "leads", "led", "leading", "trail", "trails", "trailed", "trailing", "score", "scored", "scores",
        "scoreline", "thrashing", "thrashed", "triumph", "edged", "aggregate", "margin",
    ]
    /// Words between `from` and a number that keep `from X to Y` a change: `from about 10 to 12`.
    static let roughWords: WordSet = [
        "about", "around", "nearly", "almost", "some", "roughly", "approximately", "just",
    ]

    /// Words before `X to Y` that make it a change, not a range: `shares rose $1.32 to $44.45`,
    /// `cut by 0.5% to 4.75%`.
    static let changeWords: WordSet = [
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "up", "down",
        "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing",
        "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping", "dropped", "drop", "drops",
        "dropping", "slipped", "slip", "slips", "slipping", "gained", "gain", "gains", "gaining", "lost", "loses",
        "losing", "grew", "grow", "grows", "growing", "grown", "cut", "cuts", "cutting", "raised", "raise", "raises",
        "raising", "lowered", "lowers", "lowering", "surged", "surge", "surges", "soared", "soar", "soars", "plunged",
        "plunge", "plunges", "slumped", "slump", "slumps", "declined", "decline", "declines", "declining", "added",
        "adding", "shed", "sheds", "shedding", "edged", "eased", "ease", "eases", "advanced", "advances", "retreated",
        "tumbled", "tumble", "tumbles", "slid", "slide", "slides", "sank", "sink", "sinks", "rallied", "widened",
        "narrowed", "boosted", "boost", "trimmed", "reduced", "reduce", "reduces", "by", "hiked", "doubled",
        "halved", "upgraded", "downgraded", "revised",
    ]

    /// Words before a number that bound or approximate it. Each entry is lowercase tokens; looked up
    /// longest first (``approximators``), so `no more than` wins over `more than`.
    private static let approximatorList: [([String], NumberApproximation)] = [
        (["in", "excess", "of"], .over), (["more", "than"], .over), (["at", "least"], .over),
        (["upwards", "of"], .over), (["upward", "of"], .over), (["just", "over"], .over), (["well", "over"], .over),
        (["just", "above"], .over), (["over"], .over), (["above"], .over), (["greater", "than"], .over),
        (["larger", "than"], .over), (["higher", "than"], .over), (["bigger", "than"], .over),
        (["no", "less", "than"], .over), (["no", "fewer", "than"], .over), (["not", "less", "than"], .over),
        (["not", "fewer", "than"], .over), (["a", "minimum", "of"], .over), (["exceeding"], .over),
        (["exceed"], .over), (["exceeds"], .over), (["exceeded"], .over), (["surpassing"], .over),
        (["surpass"], .over), (["surpasses"], .over), (["surpassed"], .over),
        (["at", "most"], .under), (["up", "to"], .under), (["as", "many", "as"], .under),
        (["as", "much", "as"], .under),
        (["fewer", "than"], .under), (["less", "than"], .under), (["just", "under"], .under),
        (["just", "below"], .under), (["just", "short", "of"], .under), (["just", "shy", "of"], .under),
        (["shy", "of"], .under),
        (["under"], .under), (["below"], .under), (["smaller", "than"], .under), (["lower", "than"], .under),
        (["no", "more", "than"], .under), (["not", "more", "than"], .under), (["a", "maximum", "of"], .under),
        (["almost"], .about), (["nearly"], .about), (["about"], .about), (["around"], .about),
        (["approximately"], .about), (["roughly"], .about), (["some"], .about), (["an", "estimated"], .about),
        (["estimated"], .about), (["close", "to"], .about), (["approx"], .about), (["circa"], .about),
        (["c", "."], .about), (["ca", "."], .about),
    ]
    static let approximators: [([String], NumberApproximation)] = approximatorList.sorted { $0.0.count > $1.0.count }

    /// ``approximators`` by their last word, each list in the same order (longest first): the words right
    /// before a number pick the few that may end there.
    static let approximatorsByLastWord: WordTable<[([String], NumberApproximation)]> = WordTable(
        Dictionary(grouping: approximators, by: { $0.0.last ?? "" }))

    /// Units of a stretch someone is put through, after `under` (`under 20 hours of questioning`).
    static let unitsOfUndergoneStretches: WordSet = ["minutes", "hours", "days", "weeks", "months", "years"]
    /// What someone is put through for a stretch after `under` (`under 20 hours of questioning`): an
    /// ordeal, not a bound on the number.
    static let undergoneActivities: WordSet = [
        "questioning", "interrogation", "cross-examination", "bombardment", "shelling", "siege", "curfew",
        "lockdown", "surveillance", "sedation", "anaesthesia", "anesthesia",
    ]

    /// Words after a number that bound it: `65 and over`, `50 or more`, `16 and under`.
    static let postfixApproximators: [([String], NumberApproximation)] = [
        (["or", "more"], .over), (["or", "over"], .over), (["or", "above"], .over), (["or", "greater"], .over),
        (["or", "higher"], .over), (["and", "over"], .over), (["and", "above"], .over), (["or", "less"], .under),
        (["or", "fewer"], .under), (["or", "under"], .under), (["or", "below"], .under), (["or", "lower"], .under),
        (["and", "under"], .under), (["and", "below"], .under),
    ]

    /// The first words of ``postfixApproximators``.
    static let postfixApproximatorOpeners = WordSet(postfixApproximators.compactMap { $0.0.first })

    /// Whether a phrase may start at this token, asked before the parser's look-ups: digits, a currency
    /// sign or the point of `.08`, a number word (`five`, `twenty-two`), or a word that opens a fraction
    /// of a scale, a vague plural or `a hundred` (`half`, `several`, `dozens`, `a`). No other token opens
    /// one, so the answer for it is the same without them.
    static func mayOpenPhrase(_ token: Token) -> Bool {
        switch token.kind {
        case .number: return true
        case .punctuation: return currencySymbols[token.text] != nil || token.isPunctuation(".")
        case .word:
            // (A word with no hyphen-minus is no `twenty-two`: its shape says so without reading its bytes.)
            return phraseOpeningWords.contains(lowerOf: token)
                || token.shape.contains(.hyphenated)
                    && (hyphenatedValue(token.lower) != nil || numberAndHyphenedUnit(token.lower) != nil)
        }
    }

    /// The words that may open a phrase, in one set: number words (``wordValue(_:)``), vague plurals, and
    /// `a hundred`, `half a million`, `a quarter of`, `several dozen`, `a few hundred`.
    private static let phraseOpeningWords = WordSet(
        ["a", "an", "half", "quarter", "several", "few"] + vaguePlurals.keys + small.keys + tens.keys)

    /// The value of one spelled-out word (`seventeen`, `forty`), or nil.
    static func wordValue(_ word: String) -> Double? { small[word] ?? tens[word] }

    /// `twenty-two` → 22; `forty-five` → 45. Allocates only for words with a hyphen.
    static func hyphenatedValue(_ word: String) -> Double? {
        guard word.containsHyphenMinus, let dash = word.firstIndex(of: "-") else { return nil }
        let head = word[..<dash]
        let tail = word[word.index(after: dash)...]
        guard let t = tens[String(head)], let u = small[String(tail)], u < 10, u > 0 else { return nil }
        return t + u
    }

    /// A word that can start a numeral: digits, `five`, `twenty-two`.
    static func startsNumeral(_ token: Token) -> Bool {
        token.isNumber || (token.isWord && (wordValue(token.lower) != nil || hyphenatedValue(token.lower) != nil))
    }
}
