/// `pushed rates up to 7%`, `sent the euro up to $1.30`, `the jobless rate went up to 5.5%`: after a verb
/// that moves a value, `up to` says where it went — the value reached, exact — not a bound (`up to 40
/// people`, `could take up to 18 months`, `raise up to $40m`, where nothing is moved up but a sum or a
/// crowd is capped).
extension NumberParser {
    /// Whether `up to`, ending right before token `end`, follows a verb that moves what it names: a verb
    /// that takes an object with its object between (`pushed rates`, `sent the dollar`, `taken it`), or
    /// one that moves of itself right before (`went`, `rose`, `climbed`).
    func isRaisedTo(in tokens: [Token], endingAt end: Int, floor: Int) -> Bool {
        let up = end - 2
        guard up - 1 >= floor, tokens[up].lowerIs("up"), tokens[up + 1].lowerIs("to") else { return false }
        if NumberWords.selfMovingVerbs.contains(lowerOf: tokens[up - 1]) { return true }
        // The object: one to four words, no number or punctuation, right after the verb, none of them a
        // particle, preposition, auxiliary or link (not `take on up to 16 players`, `brought to up to five`,
        // `lifts can speed up to 24`).
        var verb = up - 1
        while verb >= floor, up - verb <= 4, tokens[verb].isWord, !NumberWords.startsNumeral(tokens[verb]),
            !NumberWords.wordsOutsideAnObject.contains(lowerOf: tokens[verb])
        {
            if verb < up - 1, NumberWords.objectMovingVerbs.contains(lowerOf: tokens[verb]) { return true }
            verb -= 1
        }
        return false
    }
}

extension NumberWords {
    /// Verbs that move a value they take as object up to where `up to` says: `pushed rates up to 7%`.
    static let objectMovingVerbs: WordSet = [
        "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driven", "driving", "send", "sends",
        "sent", "sending", "bring", "brings", "brought", "bringing",
        "lift", "lifts", "lifted", "lifting",
    ]

    /// Words that are no part of a verb's object: particles (`take on`, `bring in`), prepositions,
    /// auxiliaries and links.
    static let wordsOutsideAnObject: WordSet = [
        "on", "in", "off", "out", "back", "down", "over", "around", "away", "along", "forward", "through", "to",
        "for", "with", "by", "at", "from", "into", "of", "can", "could", "will", "would", "may", "might", "must",
        "should", "shall", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "and", "or", "but", "that", "which", "who", "not",
    ]

    /// Verbs of a value that moves of itself, right before `up to`: `went up to 5.5%`, `climbed up to $80`.
    static let selfMovingVerbs: WordSet = [
        "went", "gone", "rose", "risen", "climbed", "jumped", "soared", "crept", "edged",
    ]
}
