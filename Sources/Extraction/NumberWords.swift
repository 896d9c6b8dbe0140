/// The vocabulary of numbers in English news text.
enum NumberWords {
    static let small: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Multipliers that follow a number: `two hundred`, `1.5 million`, `2bn`.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "dozen": 12,
    ]
    /// Abbreviated scales written against digits (`2bn`, `$3m`, `40k`); `m` only with a currency.
    static let abbreviatedScales: [String: Double] = [
        "bn": 1_000_000_000, "b": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
        "k": 1_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "mil": 1_000_000,
    ]
    /// Vague plurals and their conservative values (ACLED): `dozens of people` → 12, over.
    static let vaguePlurals: [String: Double] = [
        "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]
    static let currencySymbols: [String: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW",
    ]
    /// Currency words and codes written after the amount.
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "gbp": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
        "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "lira": "TRY", "riyals": "SAR", "dirhams": "AED",
        "francs": "CHF", "won": "KRW",
    ]

    enum Modifier { case approx(Figure.Approximation) }

    /// Words before a number that make it approximate, longest first. Each entry is lowercase tokens.
    static let approximators: [([String], Figure.Approximation)] = [
        (["in", "excess", "of"], .over), (["more", "than"], .over), (["at", "least"], .over),
        (["upwards", "of"], .over), (["just", "over"], .over), (["well", "over"], .over), (["over"], .over),
        (["above"], .over), (["at", "most"], .under), (["up", "to"], .under), (["as", "many", "as"], .under),
        (["fewer", "than"], .under), (["less", "than"], .under), (["just", "under"], .under), (["under"], .under),
        (["no", "more", "than"], .under), (["almost"], .about), (["nearly"], .about), (["about"], .about),
        (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
        (["an", "estimated"], .about), (["estimated"], .about), (["close", "to"], .about), (["approx"], .about),
        (["circa"], .about), (["c."], .about),
    ]

    /// The value of one spelled-out word (`seventeen`, `forty`), or nil.
    static func wordValue(_ word: String) -> Double? { small[word] ?? tens[word] }

    /// `twenty-two` → 22; `forty-five` → 45.
    static func hyphenatedValue(_ word: String) -> Double? {
        let parts = word.split(separator: "-")
        guard parts.count == 2, let t = tens[String(parts[0])], let u = small[String(parts[1])], u < 10, u > 0 else {
            return nil
        }
        return t + u
    }
}
