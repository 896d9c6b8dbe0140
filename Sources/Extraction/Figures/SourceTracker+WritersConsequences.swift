/// `Kelvar revealed that the drilling had failed, which caused its shares to lose 18%`: a relative clause of
/// consequence on a market (shares, a price, an index) after the report is the writer's own statement of
/// what followed, not the reporter's; its figures take no source. Not when the report closes the sentence
/// after it (`…, which sent its shares down 5%, the firm said`): then the reporter told all of it.
extension SourceTracker {
    /// Verbs a consequence clause opens on after `, which`.
    static let consequenceVerbs: WordSet = [
        "caused", "sent", "pushed", "prompted", "triggered", "drove", "dragged", "saw", "knocked", "wiped", "led",
    ]

    /// Words of a consequence that tell of a market: the firm's shares, a price, an index.
    static let marketWords: WordSet = ["shares", "stock", "stocks", "price", "prices", "index", "market", "markets"]

    /// Where the writer's consequence clause (`, which caused its shares to lose …`) begins in the sentence, when
    /// a report (a reporting verb, `according to`) stands before it and none after it; nil otherwise.
    static func writersConsequence(in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var reported = false
        var clause: Int?
        for k in sentence where tokens[k].isWord {
            let word = tokens[k].lower
            if reportingVerbs.contains(word) || word == "according" {
                // (A report after the clause tells all of the sentence.)
                if clause != nil { return nil }
                reported = true
                continue
            }
            guard clause == nil, reported, word == "which", k - 1 > sentence.lowerBound, k + 1 < sentence.upperBound,
                tokens[k - 1].isPunctuation(","), consequenceVerbs.contains(lowerOf: tokens[k + 1])
            else { continue }
            let reach = (k + 2)..<min(k + 7, sentence.upperBound)
            if reach.contains(where: { marketWords.contains(lowerOf: tokens[$0]) }) { clause = k }
        }
        return clause
    }
}
