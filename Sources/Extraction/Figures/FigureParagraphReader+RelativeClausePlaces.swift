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
        let named = places.filter { sentence.contains($0.tokens.lowerBound) && siteName($0) == site }
        return !named.isEmpty && named.allSatisfy { $0.tokens.lowerBound > opener }
    }
}
