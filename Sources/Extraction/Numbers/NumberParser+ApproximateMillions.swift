/// `about 1.1m had fled`, `approximately 1.1m displaced people`: after a word of approximation, an `m` or
/// `b` against the digits counts millions (billions) when the count goes on as the subject of a verb or
/// names its plural past a few describing words; a measure stays one (`about 2m high`, `some 300m from
/// the road`, `nearly 3m tall statues`).
extension NumberParser {
    /// Verbs that a count of people or things may be the subject of, right after it: `about 1.1m had fled`.
    static let verbsAfterCount: WordSet = [
        "are", "were", "have", "had", "has", "remain", "remained", "live", "lived", "fled", "returned", "need",
        "needed", "depend", "rely", "lack", "face", "faced", "received", "died",
    ]
    /// Words that may describe the plural after the scale: `1.1m internally displaced people`, `1.1m more
    /// refugees`.
    static let countDescribers: WordSet = [
        "internally", "newly", "more", "other", "young", "poor", "vulnerable", "homeless", "needy", "additional",
        "extra", "registered", "displaced", "stranded", "trapped", "besieged", "affected", "uprooted", "starving",
    ]
    /// Pronouns after `of` that make the count a group: `about 1.1m of whom`.
    static let groupPronouns: WordSet = ["whom", "them", "those", "these"]

    /// Whether the scale abbreviation at `k`, right after the digits at `i`, counts millions because a word
    /// of approximation stands before the digits (`about`, `approximately`, `an estimated`, `more than`).
    func isApproximateMillions(_ tokens: [Token], scaleAt k: Int, digitsAt i: Int) -> Bool {
        guard isScaleAgainstDigits(tokens, at: k), approximator(in: tokens, endingAt: i, floor: 0) != nil
        else { return false }
        let next = tokens[k + 1]
        guard next.isWord, next.spaceBefore else { return false }
        if !next.isCapitalized, Self.verbsAfterCount.contains(lowerOf: next) { return true }
        if next.lower == "of", k + 2 < tokens.count { return Self.groupPronouns.contains(lowerOf: tokens[k + 2]) }
        // Up to two describing words, then the plural: `1.1m internally displaced people`, `1.1m Syrian refugees`.
        var j = k + 1
        while j < min(k + 3, tokens.count), tokens[j].isWord, isDescriber(tokens[j]) { j += 1 }
        return j > k + 1 && j < tokens.count && isPluralAfterScale(tokens[j])
    }

    /// `displaced`, `Syrian`: a word that may describe a counted plural (a nationality is capitalised and
    /// ends as one does).
    func isDescriber(_ token: Token) -> Bool {
        if token.isCapitalized {
            return !token.isAllCaps && ["an", "i", "ese", "ish"].contains { token.lower.hasSuffix($0) }
        }
        return Self.countDescribers.contains(lowerOf: token)
    }
}
