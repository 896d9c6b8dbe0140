/// Words that date a clause only against another moment the text does not date: `several days before`,
/// `a few days ago`, `days earlier`, `recently`, `the next day`, `follows by ten days`, `less than two weeks
/// after the attack`, `within hours of`. A figure in such a clause happened on some day other than the page's,
/// so the publication day must not stand in for its date.
enum RelativeDatePhrase {
    /// The phrase dating the clause of the token at `i` against another moment, as written; nil when the
    /// clause has none. The clause is the sentence's part holding `i` (split at `;`, `while`, `whereas`,
    /// `, but`, `, and`), read at most `reach` tokens either way, so that each figure reads a bounded window.
    /// A relative clause after the figure (`…, which rebels recently took`) tells of something else; one the
    /// figure stands in (`Hours later, jets hit a convoy, which killed 12`) is dated by the words before it.
    static func phrase(around i: Int, in sentence: Range<Int>, tokens: [Token], reach: Int = 40) -> String? {
        var low = i
        while low > sentence.lowerBound, i - low < reach, !endsClause(before: low, tokens: tokens, relative: false) {
            low -= 1
        }
        var high = i + 1
        while high < sentence.upperBound, high - i < reach, !endsClause(before: high, tokens: tokens, relative: true) {
            high += 1
        }
        for k in low..<high {
            if let match = match(at: k, within: low..<high, tokens: tokens) {
                return text(of: match, in: tokens)
            }
        }
        return nil
    }

    /// Whether a clause ends between token `k - 1` and token `k`; with `relative`, a relative clause too.
    static func endsClause(before k: Int, tokens: [Token], relative: Bool) -> Bool {
        let token = tokens[k], previous = tokens[k - 1]
        if token.isPunctuation(";") || previous.isPunctuation(";") { return true }
        guard token.isWord else { return false }
        let word = token.lower
        if word == "while" || word == "whereas" || relative && relativePronouns.contains(word) { return true }
        return (word == "but" || word == "and") && previous.isPunctuation(",")
    }

    /// The tokens of a relative phrase starting its match at `k`, or nil.
    static func match(at k: Int, within clause: Range<Int>, tokens: [Token]) -> Range<Int>? {
        let token = tokens[k]
        guard token.isWord else { return nil }
        let word = token.lower
        func lower(_ j: Int) -> String? { clause.contains(j) && tokens[j].isWord ? tokens[j].lower : nil }
        if word == "recently" {
            // `the recently formed council`, `until recently`: a description or a state, not a day.
            if let before = lower(k - 1), notRecentlyBefore.contains(before) { return nil }
            return k..<(k + 1)
        }
        if units.contains(word), let after = lower(k + 1), relativeAfterUnit.contains(after) {
            if after == "prior", lower(k + 2) != "to" { return nil }
            // (One number at most, never a year: `Published June 27 2016 A day after …` is `A day after`.)
            var first = k
            var numbers = 0
            while first > clause.lowerBound, k - first < 4, isQuantity(tokens[first - 1]) {
                if tokens[first - 1].kind == .number {
                    numbers += 1
                    guard numbers == 1, tokens[first - 1].text.count < 4 else { break }
                }
                first -= 1
            }
            return first..<(k + 2)
        }
        if sequenceAdjectives.contains(word), let unit = lower(k + 1), singularUnits.contains(unit),
            let before = lower(k - 1), before == "the" || before == "that"
        {
            return (k - 1)..<(k + 2)
        }
        if followingVerbs.contains(word), lower(k + 1) == "by" {
            for j in (k + 2)..<max(k + 2, min(k + 6, clause.upperBound)) where isUnit(tokens[j]) {
                return k..<(j + 1)
            }
        }
        if word == "within" {
            for j in (k + 1)..<max(k + 1, min(k + 5, clause.upperBound)) where isUnit(tokens[j]) {
                return lower(j + 1) == "of" ? k..<(j + 2) : nil
            }
        }
        return nil
    }

    static func isUnit(_ token: Token) -> Bool { token.isWord && units.contains(token.lower) }

    static func isQuantity(_ token: Token) -> Bool {
        token.kind == .number || token.isWord && quantityWords.contains(token.lower)
    }

    static func text(of range: Range<Int>, in tokens: [Token]) -> String {
        range.map { tokens[$0].text }.joined(separator: " ")
    }

    static let units: WordSet = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
        "night", "nights", "moments",
    ]
    static let singularUnits: WordSet = ["day", "night", "week", "month", "morning", "evening", "afternoon", "weekend"]
    static let relativeAfterUnit: WordSet = ["earlier", "before", "ago", "later", "after", "prior"]
    static let sequenceAdjectives: WordSet = ["previous", "preceding", "following", "next", "same"]
    static let followingVerbs: WordSet = ["follows", "followed", "follow", "precedes", "preceded", "precede"]
    static let relativePronouns: WordSet = ["which", "who", "whose", "where"]
    static let notRecentlyBefore: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "until", "till", "most", "this", "these",
    ]
    static let quantityWords: WordSet = [
        "a", "an", "few", "several", "some", "many", "couple", "of", "less", "more", "than", "just", "only",
        "about", "around", "nearly", "almost", "barely", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "one", "the",
    ]
}
