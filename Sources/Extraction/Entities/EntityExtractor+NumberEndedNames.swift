/// Names that end in a number written apart (`the band Kelvo 7`, `the Tarvex 40 index`): a band's name
/// after a word for a band, or a share index's before `index`. Elsewhere a number after a name is a score,
/// a count or an age (`Vessa 2 Kelvar 1`, `Tarvo 110`), never part of it.
extension EntityExtractor {
    /// Lowercase words for a band right before its name.
    static let bandNouns: WordSet = ["band", "bands", "duo", "trio", "quartet", "quintet", "boyband"]

    /// Words after a band's number that go on the sentence about it (`the band Kelvo 7 played`).
    static let afterBandNumber: WordSet = [
        "'s", "and", "have", "has", "had", "are", "were", "is", "was", "will", "played", "play", "plays",
        "performed", "said", "released", "split", "toured",
    ]

    /// Whether the number at `k` ends the one or two capitalised words of a run starting at `start`: a band
    /// noun before the run, or `index` right after the number; the number has one to three digits, stands
    /// apart from the word before it and is followed by no other number, `of`, a unit or a percentage.
    func numberEndsName(at k: Int, from start: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        guard k > start, k - start <= 2, k < sentence.upperBound, tokens[k].isNumber, tokens[k].spaceBefore,
            tokens[k].text.utf8.count <= 3, tokens[k].text.utf8.allSatisfy({ (48...57).contains($0) }),
            (start..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized })
        else { return false }
        let next = k + 1 < sentence.upperBound ? tokens[k + 1] : nil
        if let next, next.isWord, next.lower == "index" { return true }
        guard start > sentence.lowerBound, tokens[start - 1].isWord, tokens[start - 1].startsLowercase,
            Self.bandNouns.contains(tokens[start - 1].lower)
        else { return false }
        // `the band Kelvo 3 of 5`, `the band Kelvo 2 Vessa 1`: a number that counts or scores; the sentence
        // goes on with a verb or a stop.
        guard let next else { return true }
        if Self.afterBandNumber.contains(next.lower) { return true }
        return next.kind == .punctuation && [",", ".", ")", ";", ":"].contains(next.text)
    }
}
