/// `Roe scored 22 points for the Hawks, who have won two games at Tarn Arena`: a place inside a relative
/// clause opening after a figure says where the clause's subject did something else, not where the figure
/// was counted. Only for a figure of no incident (a score, a count of games): a toll keeps the place
/// (`gunmen killed 9 guards, who were manning a post in Homs` died there).
extension FigureParagraphReader {
    /// Whether every mention of the place `site` stands inside a `, who`/`, which` clause opening after the
    /// figure's words (ending at `figureEnd`), for a figure whose event is no casualty or strike.
    func isPlaceOfLaterRelativeClause(_ site: String, event: String?, figureEnd: Int, sentence: Range<Int>) -> Bool {
        if let event, FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil {
            return false
        }
        guard
            let opener = (figureEnd..<sentence.upperBound).first(where: { k in
                k + 1 < sentence.upperBound && tokens[k].isPunctuation(",")
                    && tokens[k + 1].lowerIs(oneOf: ["who", "which"])
            })
        else { return false }
        let named = placesNaming(site, in: sentence)
        return !named.isEmpty && named.allSatisfy { $0.tokens.lowerBound > opener }
    }
}

/// `Khan Arlow is near Marlow, the town where an attack on a convoy killed 20 civilians`: a figure inside a
/// `where` clause that describes the place named right before it (`, the town where`, `, the small village
/// where`) happened at that place, whatever else the sentence names before it.
extension FigureParagraphReader {
    /// The place a `the town where` clause holding the figure at `figure` describes; nil when none, or when
    /// the clause names a place of its own.
    func placeDescribedByWhereClause(holding figure: Int, clause: Range<Int>) -> String? {
        // (Bounded: `where` within a few words before the figure.)
        let floor = max(clause.lowerBound, figure - Self.whereClauseReach)
        guard floor < figure, let whereIndex = (floor..<figure).last(where: { tokens[$0].lowerIs("where") }),
            places(startingIn: (whereIndex + 1)..<max(whereIndex + 1, clause.upperBound)).isEmpty
        else { return nil }
        var k = whereIndex - 1
        // `the Marlow Dam downstream, where 9,000 people were moved`, `Marlow, where 20 died`: the place itself
        // (past a comma and a word of its position).
        if k > clause.lowerBound, tokens[k].isPunctuation(",") { k -= 1 }
        if k > clause.lowerBound, Self.positionAdverbs.contains(lowerOf: tokens[k]) { k -= 1 }
        if let place = places.first(where: { $0.tokens.upperBound == k + 1 && clause.contains($0.tokens.lowerBound) }) {
            // (`the village of Arlow north-east of Marlow, where 18 were killed`: Marlow is only the point
            // Arlow is measured from.)
            return isCountry(place) || isReferencePoint(place) ? nil : siteName(place)
        }
        // Back over the noun of a place, up to two words describing it, and `the`.
        k = whereIndex - 1
        guard k > clause.lowerBound, Self.describedPlaceNouns.contains(lowerOf: tokens[k]) else { return nil }
        k -= 1
        var described = 0
        while k > clause.lowerBound, described < 2, tokens[k].isWord, !tokens[k].isCapitalized,
            !tokens[k].lowerIs("the"), !FigureLexicon.phraseBreakers.contains(lowerOf: tokens[k])
        {
            k -= 1
            described += 1
        }
        guard k > clause.lowerBound, tokens[k].lowerIs("the") else { return nil }
        k -= 1
        if tokens[k].isPunctuation(",") { k -= 1 }
        guard
            let place = places.first(where: {
                $0.tokens.upperBound == k + 1 && clause.contains($0.tokens.lowerBound)
            }), !isCountry(place)
        else { return nil }
        return siteName(place)
    }

    /// How many words before a figure the `where` of ``placeDescribedByWhereClause(holding:clause:)`` may stand.
    static let whereClauseReach = 16

    /// Words of a place's position between it and the `where` that describes it: `the dam downstream where`.
    static let positionAdverbs: WordSet = ["downstream", "upstream", "nearby", "itself"]

    /// Nouns of a place a `where` clause describes: `the town where`, `the area where`.
    static let describedPlaceNouns: WordSet = [
        "town", "city", "village", "area", "district", "neighbourhood", "neighborhood", "camp", "suburb",
    ]
}
