/// `Kelvar's Interactive Media committee`, `the union's Safety panel`: capitalised common words between an
/// owner's possessive and a lowercase word for a committee say what the owner's committee deals with; they
/// name no body of their own (the committee is the owner's, and the owner is named already).
extension EntityExtractor {
    /// Lowercase words for a committee or a panel after what it deals with.
    static let committeeNouns: WordSet = [
        "committee", "committees", "subcommittee", "sub-committee", "panel", "panels", "taskforce",
    ]

    /// Whether the run `range` stands right after a possessive `'s` and right before a committee's word, and
    /// every word of it is a common English word (`Interactive Entertainment`, not `Vessa Media`).
    func namesTopicOfOwnersCommittee(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let start = range.lowerBound, end = range.upperBound
        guard start >= 2, end < tokens.count, tokens[start - 1].lower == "'s" || tokens[start - 1].lower == "\u{2019}s",
            tokens[start - 2].isWord, tokens[end].isWord, tokens[end].startsLowercase,
            Self.committeeNouns.contains(tokens[end].lower)
        else { return false }
        return range.allSatisfy { tokens[$0].isCapitalized && isCommonWord(tokens[$0]) }
    }
}
