/// A place that owns a superlative standing for a whole country or market: `in Europe's biggest economy` (a
/// country of Europe, unnamed), `Asia's third-largest economy`, `Africa's most populous nation`. What the
/// clause counts is the described country's, not its owner's: the owner is named, but not as the site (and
/// with it named, another place of the clause is not alone). `Syria's biggest city` stays in Syria.
extension FigureParagraphReader {
    /// Whether the place is written as the owner (`Europe's`, `Europes`) of a superlative (`biggest`,
    /// `most populous`, `second largest`, `top`, `leading`) whose noun, within three words, is a country,
    /// an economy or a market.
    func ownsASuperlative(_ mention: EntityExtractor.MentionReference) -> Bool {
        guard var k = tokenAfterPossessive(mention), k < tokens.count else { return false }
        // (`second-largest`, `third largest`: an ordinal before the superlative.)
        if Self.ordinalsBeforeSuperlative.contains(tokens[k].lower), k + 1 < tokens.count {
            k += tokens[k + 1].isPunctuation("-") && k + 2 < tokens.count ? 2 : 1
        }
        let word = tokens[k].lower
        guard tokens[k].isWord,
            Self.superlativeHeads.contains(word)
                || word.utf8.count > 5 && word.hasSuffix("est") && !Self.wordsEndingInEst.contains(word)
        else { return false }
        return (k + 1..<min(k + 4, tokens.count)).contains { Self.wholeCountryNouns.contains(tokens[$0].lower) }
    }

    /// Words that make a superlative without `-est`: `most populous`, `top`, `leading`.
    static let superlativeHeads: WordSet = ["most", "top", "leading", "best", "worst"]

    static let ordinalsBeforeSuperlative: WordSet = ["second", "third", "fourth", "fifth"]

    /// Words ending in `-est` that are no superlative: `Europe's interest`, `the region's harvest`.
    static let wordsEndingInEst: WordSet = [
        "interest", "interests", "harvest", "protest", "protests", "request", "contest", "conquest", "forest",
        "bequest", "inquest", "unrest", "arrest", "suggest", "manifest", "honest", "modest",
    ]

    /// Nouns a superlative makes stand for a whole country or market: `biggest economy`, `most populous nation`.
    static let wholeCountryNouns: WordSet = [
        "economy", "economies", "country", "countries", "nation", "nations", "state", "states", "democracy",
        "power", "market", "markets", "exporter", "importer", "producer", "consumer", "member",
    ]
}
