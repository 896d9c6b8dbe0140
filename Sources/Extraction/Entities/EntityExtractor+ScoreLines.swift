/// A line that gives a game's result and nothing else names its two sides: `Kelvar 2-1 Dornholm` (a
/// report's headline, or a line of its own), `Vessa Rovers 4, Tarvan 1:` opening a round-up's paragraph.
/// Either side is read as a results line's team is: a country is the national side's place, a given name
/// makes a person, a town or any other name is the club, an organisation. A one-word side no place is
/// weighed as a result's side, so that a word of a person's name in the article (`Roe 5-3 Hale` on a
/// snooker page) gives way to the player.
extension EntityExtractor {
    /// The two sides of a score line: `Kelvar 2-1 Dornholm` (the whole sentence, a full stop may close it),
    /// or `Kelvar 4, Dornholm 1:` opening the sentence, whose sides look like teams (not `Article 5,
    /// Paragraph 2:`). Each side is one to three capitalised words; nil for any other sentence. Reads a few
    /// tokens from the sentence's start.
    func scoreLineSides(_ sentence: Range<Int>, in tokens: [Token]) -> (Range<Int>, Range<Int>)? {
        guard let first = Self.sideOfScoreLine(from: sentence.lowerBound, in: tokens, limit: sentence.upperBound) else {
            return nil
        }
        let k = first.upperBound
        // `Kelvar 2-1 Dornholm`: a single score between the sides, the second closing the sentence.
        if Self.singleScore(at: k, in: tokens, limit: sentence.upperBound),
            let second = Self.sideOfScoreLine(from: k + 3, in: tokens, limit: sentence.upperBound)
        {
            var end = second.upperBound
            if end < sentence.upperBound, tokens[end].isPunctuation(".") { end += 1 }
            return end == sentence.upperBound ? (first, second) : nil
        }
        // `Kelvar 4, Dornholm 1:`: each side's goals after it, a colon before the game's story.
        guard Self.isGoalCount(at: k, in: tokens, limit: sentence.upperBound), k + 1 < sentence.upperBound,
            tokens[k + 1].isPunctuation(","),
            let second = Self.sideOfScoreLine(from: k + 2, in: tokens, limit: sentence.upperBound),
            Self.isGoalCount(at: second.upperBound, in: tokens, limit: sentence.upperBound),
            second.upperBound + 1 < sentence.upperBound, tokens[second.upperBound + 1].isPunctuation(":"),
            looksLikeTeams(first, second, in: tokens)
        else { return nil }
        return (first, second)
    }

    /// One to three capitalised name words from `start` (no words in capitals: a headline's shouting);
    /// nil when none opens there or a fourth follows.
    private static func sideOfScoreLine(from start: Int, in tokens: [Token], limit: Int) -> Range<Int>? {
        var end = start
        while end < limit, end - start < 4, tokens[end].isNamePart, tokens[end].isCapitalized,
            !tokens[end].isAllCaps
        {
            end += 1
        }
        return (1...3).contains(end - start) ? start..<end : nil
    }

    /// `4`: one or two digits standing alone (no decimals, no hyphen after it).
    private static func isGoalCount(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        k < limit && tokens[k].isNumber && tokens[k].text.utf8.count <= 2
            && tokens[k].text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// The sides of a score line as candidates of the kinds a results line gives; nil when `sentence` is
    /// no score line.
    func scoreLineNames(in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard let sides = scoreLineSides(sentence, in: tokens) else { return nil }
        var names: [Candidate] = []
        for side in [sides.0, sides.1] {
            let place = gazetteer.place(named: Self.foldedCapitals(side, in: paragraph) ?? paragraph.text(of: side))
            // A town of two words is its club, though its first word may be a given name.
            let townClub = place.map { !Self.isNationalSide($0) && side.count >= 2 } ?? false
            guard let kind = townClub ? .organization : resultsLineKind(side, in: paragraph) else { continue }
            let named = place != nil
            // A town's club outweighs the town (`Kelvar 2-1 Dornholm`); a one-word name no place is a
            // result's side, which a player's surname elsewhere in the article overrules.
            let weight =
                kind != .organization
                ? Evidence.known
                : side.count == 1 && !named ? Evidence.structure : Evidence.business
            names.append(wireCandidate(side, kind: kind, weight: weight, in: paragraph))
        }
        return names
    }

    /// Whether the two sides of a comma-form score line (`Wardens 4, Lanterns 1:`) may be teams: neither a
    /// word that opens sentences without naming anything (`Last 4, Next 2:`), and not both one common
    /// singular word that names no place (`Article 5, Paragraph 2:`, `Chapter 3, Section 1:` number the parts
    /// of a text; a nickname is a plural, `Wardens`).
    private func looksLikeTeams(_ first: Range<Int>, _ second: Range<Int>, in tokens: [Token]) -> Bool {
        if [first, second].contains(where: { EnglishLexicon.notNames.contains(tokens[$0.lowerBound].text) }) {
            return false
        }
        func isCommonWord(_ side: Range<Int>) -> Bool {
            guard side.count == 1 else { return false }
            let token = tokens[side.lowerBound]
            // (a plural is a nickname's shape, `Hawks`, however common the word)
            return !token.lower.hasSuffix("s") && gazetteer.place(named: token.text) == nil && !isGivenName(token)
                && EnglishWords.bundled.partOfSpeech(of: token.lower) != nil
        }
        return !(isCommonWord(first) && isCommonWord(second))
    }
}
