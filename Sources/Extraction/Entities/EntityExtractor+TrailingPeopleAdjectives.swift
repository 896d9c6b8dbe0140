/// `the Kestrel Brigade Islamist faction`, `the Tarvan Front Syrian troops`, `Marrows Alawite sect`: a people's,
/// a faith's or a movement's adjective closing a capitalised run before a lowercase noun describes that noun,
/// not the name before it. The name is the words before the adjective; the adjective is a nationality of its own.
extension EntityExtractor {
    /// Whether a word is a people's, a faith's or a movement's adjective (`Syrian`, `Kurdish`, `Alawite`,
    /// `Islamist`): a nationality adjective the gazetteer knows or one of ``EntityLexicon/groupWords``; not a
    /// plural (`Kurds`, `Syrians` name people, not what they have).
    func isPeopleAdjective(_ token: Token) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isAllCaps, token.text.utf8.last != UInt8(ascii: "s") else {
            return false
        }
        return namesAPeople(token.text)
    }

    /// Whether `word` names a people, a faith or a movement: one of ``EntityLexicon/groupWords`` or a country's
    /// demonym the gazetteer knows (`Kurdish`, `Alawite`, `Syrian`).
    func namesAPeople(_ word: String) -> Bool {
        EntityLexicon.groupWords.contains(word) || gazetteer.country(forDemonym: word) != nil
    }

    /// Whether the token at `index` is a lowercase noun or adjective: what an adjective or a possessive stands before.
    static func lowercaseNounOrAdjective(at index: Int, in tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].isWord, tokens[index].startsLowercase,
            let tag = EnglishWords.bundled.partOfSpeech(of: tokens[index].lower)
        else { return false }
        return tag == .noun || tag == .adjective
    }

    /// The run without a people's adjective closing it before a lowercase noun (`Kestrel Brigade Islamist
    /// faction`): the names before the adjective, then the adjective's own. Nil when the word before the adjective
    /// is a compass word (`North Korean troops`), when the rest holds another such adjective (`Latin American
    /// states`, `Sunni Gulf Arab powers`) or ends in a small word (`Units of the Syrian army`), when one
    /// word alone before it names nothing by itself, and when the run is a nationality as a whole.
    func withoutTrailingPeopleAdjective(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard range.count >= 2, range.upperBound < tokens.count else { return nil }
        let last = range.upperBound - 1
        guard isPeopleAdjective(tokens[last]), Self.lowercaseNounOrAdjective(at: range.upperBound, in: tokens),
            !EntityLexicon.compassWords.contains(tokens[last - 1].text)
        else { return nil }
        let rest = range.lowerBound..<last
        // `Units of the Syrian army`, `Sunni Gulf Arab powers`: what is left must end in a capital (or an `al-`
        // name) and hold no other people's word, but for one before a title (`Syrian President Bashar al-Assads`).
        let titled = rest.contains { isTitle(tokens[$0]) }
        guard tokens[last - 1].isCapitalized || Self.hasJoinedArticle(tokens[last - 1]),
            !isPeopleAdjective(tokens[last - 1]), titled || !rest.contains(where: { isPeopleAdjective(tokens[$0]) })
        else { return nil }
        // One word before it only when it names on its own: a known name (`Damascus Shiite suburb`) or a lost
        // possessive (`Marrows Alawite sect`); not `Roman Catholic`, `Evangelical Christian`, `Sarah Welsh`.
        if rest.count == 1 {
            let word = tokens[rest.lowerBound]
            let possessive = word.text.utf8.count > 3 && word.text.utf8.last == UInt8(ascii: "s")
                && !word.text.contains(ascii: "'")
            guard !isGivenName(word), possessive || knownSpan(at: rest.lowerBound, limit: last, in: paragraph) != nil
            else { return nil }
        }
        guard gazetteer.country(forDemonym: paragraph.text(of: range)) == nil else { return nil }
        return pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: initial)
            + pieces(of: last..<range.upperBound, in: paragraph, sentence: sentence, sentenceInitial: false)
    }
}
