/// `wrecked 2 tanks, 4 lorries and 6 pick-ups`, `destroyed 2 tanks 5 lorries`: the later objects of one
/// verb, listed after its first, share what happened to the first.
extension FigureParagraphReader {
    /// The event of the count before, when the figure at `index` (starting at token `start`) is the next
    /// item of a list under the same verb: right after it, or after a comma, `and` or `or`, with no verb of
    /// its own after it, counting the same kind of thing (people after people, things after things).
    func eventOfListItem(_ figures: [Figure], at index: Int, start: Int) -> String? {
        guard index > 0, figures[index - 1].kind == .count, figures[index].kind == .count,
            let event = figures[index - 1].event, Self.listedEvents.contains(event),
            endsItsClause(figures[index]), !hasOwnClauseAfter(figures[index]),
            // (`killing four more civilians two residents said`: who reports is no object.)
            !isFollowedByReport(figures[index]),
            // (`30 fleeing civilians and 12 smiling children`: the participle is the first count's alone.)
            !hasOnlyItsDescribingParticiplesEvent(figures[index - 1])
        else { return nil }
        let previousEnd = figures[index - 1].tokenEnd(in: paragraph)
        let joined =
            previousEnd == start
            || previousEnd == start - 1
                && (tokens[previousEnd].isPunctuation(",")
                    || tokens[previousEnd].lowerIs(oneOf: ["and", "or"]))
            || isAttachedPhraseThenAnd(from: previousEnd, to: start)
                && !isEventUnit(figures[index - 1].unit) && !isEventUnit(figures[index].unit)
        guard joined, let unit = figures[index].unit, let previousUnit = figures[index - 1].unit,
            !FigureLexicon.stretchUnits.contains(unit), unit != "time"
        else { return nil }
        return isPeopleUnit(unit) == isPeopleUnit(previousUnit) ? event : nil
    }

    /// `killed 14 fighters from the Tarn militia and five civilians`: a short phrase of origin or place after the
    /// first object (a preposition, then only names, nouns and articles), then `and` right before the next count.
    func isAttachedPhraseThenAnd(from end: Int, to start: Int) -> Bool {
        guard start - end >= 3, start - end <= 7, tokens[start - 1].lowerIs("and"),
            Self.attachedPhraseOpeners.contains(lowerOf: tokens[end])
        else { return false }
        for token in tokens[(end + 1)..<(start - 1)] {
            guard token.isWord, !token.isNumber, FigureVocabulary.eventWords[token.lower] == nil,
                !SourceTracker.reportingVerbs.contains(lowerOf: token),
                !FigureLexicon.phraseBreakers.contains(lowerOf: token) || token.lowerIs(oneOf: ["the", "of"])
            else { return false }
        }
        return true
    }

    /// A noun that names what happened itself (`deaths`, `injuries`): no verb's object shares its event.
    func isEventUnit(_ unit: String?) -> Bool {
        unit.map { FigureLexicon.eventUnits[$0] != nil } ?? false
    }

    /// Prepositions that open a phrase of origin or place after a counted noun.
    static let attachedPhraseOpeners: WordSet = ["from", "of", "in", "near"]

    /// Whether a verb of saying follows the figure's words: `… two residents said`.
    func isFollowedByReport(_ figure: Figure) -> Bool {
        let end = figure.tokenEnd(in: paragraph)
        return end < tokens.count && SourceTracker.reportingVerbs.contains(lowerOf: tokens[end])
    }

    /// Whether a unit counts people (`villager`, `household`).
    func isPeopleUnit(_ unit: String) -> Bool {
        FigureLexicon.peopleUnits.contains(unit) || Self.peopleGroupUnits.contains(unit)
            || Self.armedPeopleUnits.contains(unit)
    }

    /// Events a list of objects shares: what befalls people, strikes, and things destroyed or taken.
    static let listedEvents: Set<String> = FigureVocabulary.casualtyEvents
        .union(FigureVocabulary.strikeEvents.keys).union(["destroyed", "damaged", "captured"])

    /// `killed nine villagers, among them a farmer and his two daughters`, `including a nurse and her three
    /// sons`: the token that opens a list of parts (`among`, `including`) a few words back, with `and`
    /// and no verb, number or clause between, when the count at `start` is a later item of it; else nil.
    func laterPartListOpener(start: Int) -> Int? {
        var j = start - 1
        var sawAnd = false
        while j >= 1, start - j <= 6, tokens[j].isWord {
            let word = tokens[j].lower
            if word == "including" { return sawAnd ? j : nil }
            if ["them", "whom"].contains(word), tokens[j - 1].lowerIs("among") { return sawAnd ? j - 1 : nil }
            if word == "and" { sawAnd = true }
            guard !Self.wordsEndingAPartList.contains(word), FigureVocabulary.eventWords[word] == nil else {
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// Words that end a list of parts before the count: a clause of its own begins.
    static let wordsEndingAPartList: WordSet = [
        "which", "who", "whom", "where", "when", "that", "while", "after", "before", "as", "was", "were", "is",
        "are", "had", "has", "have", "but", "said", "says",
    ]
}
