/// A bare count after a full one that says only where: `Six soldiers were killed in Afrin and two in Azaz`,
/// `Jets fired 10 missiles, nine near Kobani and one at Raqqa`. Its noun and its verb are the full count's;
/// its place is its own.
extension FigureParagraphReader {
    /// Whether the number at `start..<end` (no noun of its own) opens such a part: after `and` or a comma,
    /// with a count before it in the sentence, and followed by a preposition of place and a place the
    /// entity pass found (`in Azaz`, `at the Raqqa dam`).
    func isEllipticalPart(start: Int, end: Int) -> Bool {
        barePartPlace(start: start, end: end) != nil
    }

    /// The place of such a part: the first within four words of its preposition, with nothing between but
    /// what ``locativeBefore(_:floor:)`` passes and no capitalised word (`in the village of Tal Roa`, `in
    /// neighbouring Idlib province`); nil when it is no part or no place stands there (`and 20 at the Red Fox
    /// Games office`).
    func barePartPlace(start: Int, end: Int) -> EntityExtractor.MentionReference? {
        guard opensBarePart(start: start, end: end),
            let place = places.first(where: { $0.tokens.lowerBound > end && $0.tokens.lowerBound <= end + 4 }),
            ((end + 1)..<place.tokens.lowerBound).allSatisfy({ !tokens[$0].isCapitalized }),
            locativeIndex(before: place.tokens.lowerBound, floor: end) == end
        else { return nil }
        return place
    }

    /// Whether the number at `start..<end` stands bare after `and` or a comma and before a preposition of
    /// place: `…, and two in Azaz`.
    func opensBarePart(start: Int, end: Int) -> Bool {
        start > 0 && end + 1 < tokens.count
            && (tokens[start - 1].lowerIs("and") || tokens[start - 1].isPunctuation(","))
            && tokens[end].lowerIs(oneOf: ["in", "at", "near", "on", "outside"])
    }

    /// `Rescuers pulled 15 bodies from one building, 27 from the market and 10 near the school`: bodies are
    /// counted where they were found, a named place or not, so a bare count of bodies after `and` or a
    /// comma needs only a preposition of place after it.
    func isBareCountOfBodies(unit: String, start: Int, end: Int) -> Bool {
        guard FigureLexicon.deadBodyUnits.contains(unit), start > 0, end < tokens.count,
            tokens[start - 1].lowerIs("and") || tokens[start - 1].isPunctuation(",")
        else { return false }
        return Self.placeOfBodiesWords.contains(lowerOf: tokens[end])
    }

    /// Prepositions that say where bodies were found.
    static let placeOfBodiesWords: WordSet = [
        "from", "in", "at", "near", "on", "outside", "under", "inside", "beneath",
    ]

    /// A spelled-out `one` that is such a part (`and one at Raqqa`), after a count in the sentence.
    /// Also one counted thing singled out after `including` (`four blasts, including one caused by a car
    /// bomb`, `… including one in Kelso`, `… including one that hit a school`): a participle, a preposition
    /// of place or a relative pronoun must follow it (not `on`, as often a time: `including one on the eve of
    /// the games`).
    func isEllipticalOne(_ phrase: NumberPhrase) -> Bool {
        guard !carried.isEmpty else { return false }
        let start = phrase.tokens.lowerBound
        let end = phrase.tokens.upperBound
        if start > 0, tokens[start - 1].lowerIs("including"), end < tokens.count, tokens[end].isWord,
            tokens[end].lower.hasSuffix("ed") && tokens[end].lower != "need"
                || tokens[end].lowerIs(oneOf: ["in", "at", "near", "outside", "from", "that", "which", "who"])
        {
            return true
        }
        return isEllipticalPart(start: start, end: end) || isShareOfASide(start: start, end: end)
    }

    /// `… were killed, with one on the government side`, `with 20 on the rebel side and four on the army's
    /// side`: a bare number after `with`, `and` or a comma that says which side of a fight its part of the
    /// count before was on (`on the` and at most two words before `side`).
    func isShareOfASide(start: Int, end: Int) -> Bool {
        guard start > 0, tokens[start - 1].lowerIs(oneOf: ["with", "and"]) || tokens[start - 1].isPunctuation(","),
            end + 3 < tokens.count, tokens[end].lowerIs("on"), tokens[end + 1].lowerIs("the")
        else { return false }
        return (end + 3..<min(end + 5, tokens.count)).contains { k in
            tokens[k].lowerIs(oneOf: ["side", "sides"]) && (end + 2..<k).allSatisfy { tokens[$0].isWord }
        }
    }

    /// The event of the nearest full count before a bare part, when both count the same thing and it is a
    /// casualty or strike event; nil when the figure is no such part.
    func eventOfEllipticalPart(_ figures: [Figure], at index: Int, start: Int) -> String? {
        let figure = figures[index]
        let end = figure.tokenEnd(in: paragraph)
        guard figure.kind == .count, figure.event == nil, let unit = figure.unit, end > start,
            tokens[end - 1].isNumber || NumberWords.wordValue(tokens[end - 1].lower) != nil,
            isEllipticalPart(start: start, end: end) || isBareCountOfBodies(unit: unit, start: start, end: end)
                || isShareOfASide(start: start, end: end),
            let full = figures[..<index].last(where: { $0.kind == .count && $0.unit == unit && $0.event != nil }),
            let event = full.event,
            FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil
        else { return nil }
        return event
    }
}
