/// A number word hyphened to the noun it counts or measures, written as one word: `a five-year conflict`,
/// `a two-goal lead`, `the 53-day-long festival` spelled out (`fifty-three-day-long`), `a two-week-old baby`.
/// The numeral is the word's head; the figure pass reads the noun from its tail.
extension NumberParser {
    /// The phrase of a number word hyphened to a unit (`three-week`, `four-decade`, `two-part`,
    /// `twenty-five-year`, `two-week-old`, `three-day-long`), or nil.
    func hyphenedUnitNumeral(in tokens: [Token], at i: Int) -> NumberPhrase? {
        let token = tokens[i]
        guard token.isWord, token.shape.contains(.hyphenated),
            let split = NumberWords.numberAndHyphenedUnit(token.lower)
        else { return nil }
        // (`the Six-Day War`, `the Hundred-Year Cup`: a capitalised compound before a capitalised word is a name.)
        if token.isCapitalized, i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].isCapitalized { return nil }
        return NumberPhrase(tokens: i..<i + 1, value: split.value, isSpelledOut: true, numeralStart: i)
    }
}

extension NumberWords {
    /// Nouns a number word may be hyphened to in one word (singular): units of time, and things counted
    /// in a compound modifier (`a two-goal lead`, `a three-game run`, `a two-part series`).
    static let hyphenedUnits: WordSet = [
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
        "goal", "game", "match", "part", "stage", "seat", "member", "storey", "bedroom", "episode", "race",
        "test", "nation", "point", "set", "lap", "round", "leg", "series", "mile", "metre", "kilometre",
    ]

    /// Words that may close the compound after its unit: `-long` (a length of time), `-old` (an age).
    static let hyphenedUnitClosers: Set<String> = ["long", "old"]

    /// `three-week` → (3, `week`, nil); `twenty-five-year-old` → (25, `year`, `old`). Nil for any other word
    /// (`one-off`, `two-way`) and for a plural tail (`two-parts`, a slip left unread).
    static func numberAndHyphenedUnit(_ word: String) -> (value: Double, unit: String, closer: String?)? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        let value: Double
        var next = 1
        if let ten = tens[String(parts[0])], parts.count >= 3, let unit = small[String(parts[1])], unit > 0,
            unit < 10
        {
            value = ten + unit  // `twenty-five-year`
            next = 2
        } else if let head = wordValue(String(parts[0])) {
            value = head
        } else {
            return nil
        }
        guard value > 0, next < parts.count else { return nil }
        let unit = String(parts[next])
        guard hyphenedUnits.contains(unit) else { return nil }
        let rest = parts.count - next - 1
        if rest == 0 { return (value, unit, nil) }
        guard rest == 1, hyphenedUnitClosers.contains(String(parts[next + 1])) else { return nil }
        return (value, unit, String(parts[next + 1]))
    }
}
