/// A toll over an area broken down by the places in it: `Jets killed 30 people near Vesk on Sunday. The
/// worst hit was Karmun, where 20 died; 8 more died in Tal Roa and 2 in Sarn.` The parts name other places
/// than the toll, yet add up to it: they are its parts, each keeping its own place. Only a toll whose
/// words make it one over an area (`near`, `around`, `across`, `province`, `countryside`) or that names no
/// place may take parts at other places; a toll `in Vesk` beside `20 died in Karmun` keeps them apart.
extension FigureParagraphReader {
    /// Whether `part` may be a part of `whole` by place: at no place of its own, at the toll's place, or at
    /// another place when the toll is one over an area (see ``isAreaToll(_:)``).
    func isAtThePlace(of whole: Figure, part: Figure) -> Bool {
        isAtTheTollsOwnPlace(part, whole) || isAreaToll(whole)
    }

    /// Whether `part` names no place of its own, or the toll's.
    func isAtTheTollsOwnPlace(_ part: Figure, _ whole: Figure) -> Bool {
        part.site == nil || part.site?.lowercased() == whole.site?.lowercased()
    }

    /// A toll that names no place, or names it as an area: `near Vesk`, `around the city`, `across Loria
    /// province`, `in the Vesk countryside`. Read in a window of ``areaWordReach`` words either side of
    /// the count, so that each toll costs the same however long its sentence.
    func isAreaToll(_ whole: Figure) -> Bool {
        guard whole.site != nil else { return true }
        let sentence = sentenceRange(sentenceIndex(of: whole))
        let start = ArticleExtractor.firstToken(endingAfter: whole.span.start, in: tokens)
        let reach = Self.areaWordReach
        let window = max(sentence.lowerBound, start - reach)..<min(sentence.upperBound, start + reach)
        return window.contains { k in
            // (`killed around 30 people`, `near 40`: an approximation before a number is no area.)
            Self.areaWords.contains(lowerOf: tokens[k])
                && !(k + 1 < sentence.upperBound && NumberWords.startsNumeral(tokens[k + 1]))
        }
    }

    /// How many words either side of a toll's count may tell that it is over an area.
    static let areaWordReach = 12

    /// Words that make a toll's place an area holding other places.
    static let areaWords: WordSet = [
        "near", "around", "across", "throughout", "outside", "outskirts", "province", "provinces", "region",
        "regions", "countryside", "governorate", "district", "districts", "rural", "villages", "towns",
    ]
}
