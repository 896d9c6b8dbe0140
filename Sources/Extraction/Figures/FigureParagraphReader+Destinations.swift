/// Places named as where people were going, not where anything happened to them: `killed as they were
/// entering Tarn`, `shot while crossing into Tarn`, `the border with Tarn`.
extension FigureParagraphReader {
    /// `as they were entering Tarn`, `trying to reach Tarn`, `fleeing to Tarn`, `on their way to the Tarn
    /// border`: the place is the end of a move under way (a verb of reaching right before it, or
    /// `into`/`to`/`towards` after a verb of moving).
    func isDestination(_ mention: EntityExtractor.MentionReference) -> Bool {
        // (`Militants crossed into Tarn and attacked a checkpoint`: who went there acted there.)
        if actsThereNext(mention) { return false }
        var j = mention.tokens.lowerBound - 1
        if j >= 0, tokens[j].lowerIs("the") { j -= 1 }
        guard j >= 1 else { return false }
        let word = tokens[j].lower, before = tokens[j - 1].lower
        // (`as they were entering Tarn`, `trying to reach Tarn`; not `troops entered Tarn`, where they fought.)
        if Self.reachingVerbs.contains(word) {
            return word.hasSuffix("ing") ? Self.movingClauseOpeners.contains(before) : before == "to"
        }
        guard Self.destinationLinks.contains(word) else { return false }
        let verb = before == "back" && j >= 2 ? tokens[j - 2].lower : before
        return Self.movingWords.contains(verb)
    }

    /// `… into Tarn and attacked a checkpoint`, `… into Tarn and killed 12`: `and` and a verb of the past
    /// right after the place.
    func actsThereNext(_ mention: EntityExtractor.MentionReference) -> Bool {
        let and = mention.tokens.upperBound
        guard and + 1 < tokens.count, tokens[and].lowerIs("and"), tokens[and + 1].isWord,
            !tokens[and + 1].isCapitalized
        else { return false }
        let verb = tokens[and + 1].lower
        return verb.hasSuffix("ed") || Self.actingVerbs.contains(verb)
    }

    /// Past forms of acting that do not end in -ed.
    static let actingVerbs: WordSet = [
        "shot", "set", "blew", "took", "seized", "hit", "fought", "stormed", "struck", "began", "made", "held",
    ]

    /// `on the border with Tarn`: a neighbour named to say which border, not a place of its own.
    func isBorderPartner(_ mention: EntityExtractor.MentionReference) -> Bool {
        let i = mention.tokens.lowerBound
        return i >= 2 && tokens[i - 1].lowerIs("with") && tokens[i - 2].lowerIs(oneOf: ["border", "frontier"])
    }

    static let reachingVerbs: WordSet = ["entering", "enter", "reach", "reaching"]
    /// Words right before a verb of reaching in its -ing form that make it a move under way.
    static let movingClauseOpeners: WordSet = ["was", "were", "while", "as", "when"]
    static let destinationLinks: WordSet = ["into", "to", "towards", "toward"]
    static let movingWords: WordSet = [
        "cross", "crossing", "crossed", "crosses", "flee", "fleeing", "fled", "flees", "head", "heading", "headed",
        "return", "returning", "returned", "escape", "escaping", "escaped", "smuggled", "smuggling", "way",
        "travelling", "traveling", "bound",
    ]
}
