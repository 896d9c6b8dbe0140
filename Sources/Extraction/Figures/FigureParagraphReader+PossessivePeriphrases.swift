/// A place that owns a superlative standing for a whole country: `in Europe's biggest economy` (a country of
/// Europe, unnamed), `Asia's third-largest economy`, `Africa's most populous nation`, `Europe's largest market`.
/// What the clause counts is the described country's, not its owner's: the owner is named, but not as the site
/// (and with it named, another place of the clause is not alone). `Syria's biggest city` stays in Syria, and
/// `Baghdad's busiest market`, `Aleppo's largest state hospital` stay in the city.
extension FigureParagraphReader {
    /// Whether the place is written as the owner (`Europe's`, `Europes`) of a superlative (`biggest`,
    /// `most populous`, `second largest`, `top`, `leading`) whose own head noun (the next word, or the one after
    /// a single modifier: `biggest oil producer`) is a country or an economy; or a market, a state or a power
    /// heading its phrase when the owner is a region of many countries (`Europe's biggest market`, not
    /// `Baghdad's busiest market`, `Nigeria's biggest power station`).
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
        // (`most populous nation`: the word after `most` is its adjective, not a modifier of the head.)
        let first = word == "most" ? k + 2 : k + 1
        guard first < tokens.count, tokens[first].isWord else { return false }
        // The head is the next word or the one after a single modifier (`biggest oil producer`).
        var heads = [first]
        if first + 1 < tokens.count, tokens[first + 1].isWord, !tokens[first].isCapitalized { heads.append(first + 1) }
        if heads.contains(where: { Self.wholeCountryNouns.contains(tokens[$0].lower) }) { return true }
        return isRegionOfCountries(mention)
            && heads.contains { Self.regionalWholeNouns.contains(tokens[$0].lower) && endsItsPhrase($0) }
    }

    /// Whether the noun at `i` heads its phrase, with no noun after it that it modifies (`market`, not
    /// `market town`; `state`, not `state hospital`).
    private func endsItsPhrase(_ i: Int) -> Bool {
        let next = i + 1
        return next >= tokens.count || !tokens[next].isWord || tokens[next].isCapitalized
            || Self.wordsAfterAHead.contains(tokens[next].lower)
    }

    /// A region of many countries (`Europe`, `the Middle East`): one with no country of its own.
    private func isRegionOfCountries(_ mention: EntityExtractor.MentionReference) -> Bool {
        guard let place = gazetteer.place(named: entities.entities[mention.entity].name) else { return false }
        return place.kind == .region && place.countryCode == nil
    }

    /// Words that make a superlative without `-est`: `most populous`, `top`, `leading`.
    static let superlativeHeads: WordSet = ["most", "top", "leading", "best", "worst"]

    static let ordinalsBeforeSuperlative: WordSet = ["second", "third", "fourth", "fifth"]

    /// Words ending in `-est` that are no superlative: `Europe's interest`, `the region's harvest`.
    static let wordsEndingInEst: WordSet = [
        "interest", "interests", "harvest", "protest", "protests", "request", "contest", "conquest", "forest",
        "bequest", "inquest", "unrest", "arrest", "suggest", "manifest", "honest", "modest",
    ]

    /// Head nouns a superlative makes stand for a whole country: `biggest economy`, `most populous nation`,
    /// `second-largest exporter`.
    static let wholeCountryNouns: WordSet = [
        "economy", "economies", "country", "countries", "nation", "nations", "democracy", "democracies",
        "exporter", "exporters", "importer", "importers", "producer", "producers", "consumer", "consumers",
    ]

    /// Head nouns that stand for a country only when the owner is a region of many: `Europe's biggest market`,
    /// `the Middle East's top power` (`Baghdad's busiest market` is a market).
    static let regionalWholeNouns: WordSet = [
        "market", "markets", "state", "states", "power", "powers", "member", "members",
    ]

    /// Words after a head noun that end its phrase: `biggest market on Tuesday`, `largest economy grew`.
    static let wordsAfterAHead: WordSet = [
        "on", "in", "at", "of", "for", "by", "with", "from", "to", "since", "after", "before", "during", "and",
        "or", "but", "as", "than", "that", "which", "who", "where", "when", "last", "this", "next", "is", "are",
        "was", "were", "has", "have", "had", "will", "would", "said", "says", "grew", "shrank", "rose", "fell",
    ]
}
