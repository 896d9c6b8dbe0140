/// A peer named with the place of the title (`Lord Pellow of Arnsby`, `Baroness Hadley of Stourmere`): a person,
/// filed under the surname with the title as an alias; the place is part of the title, no place named on its own.
extension EntityExtractor {
    /// Titles of peers written before a surname and `of` a place. Not `Lady`, which opens works' titles as often
    /// (`Lady Vesna of Tarnsk`, an opera).
    static let peerTitles: WordSet = ["Lord", "Baron", "Baroness", "Viscount", "Viscountess"]

    /// The peer in `range` (a peer's title, one or two words of a surname, `of` and one or two capitalised words
    /// ending the run), or nil. Not an office (`Lord Mayor of London`, `Lord Chancellor`): a title after the
    /// peer's is no surname.
    func peerOfPlace(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Candidate? {
        let tokens = paragraph.tokens
        guard (4...6).contains(range.count), Self.peerTitles.contains(tokens[range.lowerBound].text),
            let of = range.first(where: { tokens[$0].text == "of" }),
            (2...3).contains(of - range.lowerBound), (1...2).contains(range.upperBound - of - 1)
        else { return nil }
        let surname = (range.lowerBound + 1)..<of
        let place = (of + 1)..<range.upperBound
        func nameWord(_ k: Int) -> Bool {
            tokens[k].isWord && tokens[k].isCapitalized && !tokens[k].isAllCaps && !isTitle(tokens[k])
                && !EnglishLexicon.notNames.contains(tokens[k].text)
        }
        guard surname.allSatisfy(nameWord), place.allSatisfy(nameWord),
            !EnglishLexicon.organizationHeads.contains(tokens[range.upperBound - 1].text)
        else { return nil }
        var peer = Candidate(
            paragraph: paragraph.position, tokens: surname, name: paragraph.text(of: surname),
            evidence: Evidence(kind: .person, weight: Evidence.structure), sentenceInitial: false)
        // (Not the whole style: its last word would read as the peer's surname, and the place of the same name
        // named elsewhere, `a Cardiff seat`, would join the peer.)
        peer.aliases = [paragraph.text(of: range.lowerBound..<of)]
        return peer
    }
}
