/// `the so-called Islamic State in Iraq and the Levant`, `the Islamic State of Iraq and Sham (ISIS)`: an armed
/// group's name spelled out with the lands it claims. The lands inside the name are no places the article
/// names (the group stays the organisation it is known as).
extension EntityExtractor {
    /// The candidates without the lands inside a group's spelled-out name.
    static func withoutLandsInsideGroupNames(_ input: consuming [Candidate], in article: AnalyzedArticle)
        -> [Candidate]
    {
        retaining(consume input) { candidate in
            guard candidate.kind != .organization else { return true }
            let tokens = article.paragraphs[candidate.paragraph].tokens
            let range = candidate.tokens
            // `State`, `of` or `in`, then the first land (one or two words): at most six words back.
            for back in 2...6 where range.lowerBound - back >= 1 {
                let state = range.lowerBound - back
                guard tokens[state].text == "State", let lands = landsAfterGroupName(endingAt: state, in: tokens)
                else { continue }
                return !(lands.lowerBound <= range.lowerBound && range.upperBound <= lands.upperBound)
            }
            return true
        }
    }

    /// The words of the lands after `Islamic State` (its `State` at `state`): `of` or `in`, one or two
    /// capitalised words, `and`, `the` or `Greater` or neither, and one capitalised word or one joined to its
    /// article (`al-Sham`). After `in` (`fighting Islamic State in Iraq and Syria` names two countries) only
    /// when the second land is a region no country is named for (`the Levant`, `Sham`), or the name is framed:
    /// `so-called` or a bracket or quotation mark before it, or a bracket, a quotation mark or a group's noun
    /// after it (`Islamic State in Iraq and Syria (ISIS)`, `… and Levant organization`).
    static func landsAfterGroupName(endingAt state: Int, in tokens: [Token]) -> Range<Int>? {
        let groupStart = state - 1
        guard groupStart >= 0, tokens[groupStart].isWord, tokens[groupStart].isCapitalized,
            state + 5 < tokens.count, tokens[state + 1].text == "of" || tokens[state + 1].text == "in"
        else { return nil }
        let start = state + 2
        var k = start
        while k < min(start + 2, tokens.count), tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
        guard k > start, k + 1 < tokens.count, tokens[k].text == "and" else { return nil }
        k += 1
        if tokens[k].text == "the" || tokens[k].text == "Greater" { k += 1 }
        guard k < tokens.count, tokens[k].isWord,
            tokens[k].isCapitalized || hasJoinedArticle(tokens[k])
        else { return nil }
        let lands = start..<(k + 1)
        if tokens[state + 1].text == "of" || groupRegions.contains(tokens[k].text) { return lands }
        var before = groupStart - 1
        if before >= 0, tokens[before].text == "the" { before -= 1 }
        let framedBefore = before >= 0 && groupNameFrames.contains(tokens[before].lower)
        let after = k + 1 < tokens.count ? tokens[k + 1] : nil
        // (A comma or a full stop after the lands is no frame.)
        let framedAfter =
            after.map {
                groupNameClosers.contains($0.text) || $0.startsLowercase && groupNounsAfterName.contains($0.lower)
            } ?? false
        return framedBefore || framedAfter ? lands : nil
    }

    /// The regions, named for no country, that a group's spelled-out name claims: `the Levant`, `al-Sham`.
    static let groupRegions: WordSet = ["Levant", "Sham", "al-Sham", "ash-Sham"]

    /// Words right before a group's spelled-out name (and its `the`) that frame it as a name.
    static let groupNameFrames: WordSet = [
        "so-called", "self-proclaimed", "self-styled", "(", "\"", "“", "as", "group",
    ]

    /// Marks right after a group's spelled-out name that frame it: a bracket or a quotation mark.
    static let groupNameClosers: WordSet = [")", "(", "\"", "”", "'", "’"]

    /// A group's nouns right after its spelled-out name: `… and Levant organization`, `… terrorist group`.
    static let groupNounsAfterName: WordSet = [
        "organization", "organisation", "group", "terrorist", "terrorists", "militant", "militants", "jihadists",
        "takfiri", "militia",
    ]
}
