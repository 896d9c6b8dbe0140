/// Two places written one inside the other: `Ain al-Assad base in Anbar province`, `the Bab Touma area of
/// Old Damascus`, `Jassem in the southern province of Daraa`.
extension FigureParagraphReader {
    /// Whether `area`, written shortly after `place` and linked to it by `in`, `near`, `outside`, or by `of`
    /// after a place noun (`the Sabra neighbourhood of Beirut`), names the area `place` lies in: the pair
    /// then names one place, `place` the more precise.
    func namesAreaAround(_ place: EntityExtractor.MentionReference, then area: EntityExtractor.MentionReference)
        -> Bool
    {
        let end = place.tokens.upperBound
        if namesAreaPastDescriptions(place, then: area) { return true }
        guard area.tokens.lowerBound > end, area.tokens.lowerBound - end <= 7,
            let link = locativeBefore(area.tokens.lowerBound, floor: end)
        else { return false }
        switch link.word {
        case "in", "near", "outside":
            return true
        case "of":
            return end < tokens.count
                && (EnglishLexicon.placeHeads.contains(lowerOf: tokens[end])
                    || EnglishLexicon.partOfPlaceNouns.contains(lowerOf: tokens[end])
                    || namesKindInApposition(after: place, before: area))
        default:
            return false
        }
    }

    /// `Binnish, another town of Idlib province`, `Kestrel, a village of Tarn`: an apposition after the place
    /// that says what kind of place it is, in the area after `of` (not `Kestrel, the capital of Tarn`, which
    /// may be a place of its own, nor `the town of Kestrel`, which names the town itself).
    func namesKindInApposition(
        after place: EntityExtractor.MentionReference, before area: EntityExtractor.MentionReference
    ) -> Bool {
        let end = place.tokens.upperBound
        var of = area.tokens.lowerBound - 1
        if of > end, tokens[of].lowerIs("the") { of -= 1 }
        // `, another town of`, `, a small farming village of`: up to two describing words before the noun.
        guard of - end >= 3, of - end <= 5, tokens[of].lowerIs("of"), tokens[end].isPunctuation(","),
            tokens[end + 1].lowerIs(oneOf: ["a", "an", "another"]),
            EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[of - 1])
        else { return false }
        return (end + 2..<of - 1).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized }
    }

    /// `the Houla region of central Syria's besieged Homs province`, `the Tarna district of the contested Hama
    /// province`: a place with its noun of a part (`region`, `district`, in its name or after it), then `of`
    /// and the area past words that only describe it (adjectives, directions, the country that owns it).
    func namesAreaPastDescriptions(
        _ place: EntityExtractor.MentionReference, then area: EntityExtractor.MentionReference
    ) -> Bool {
        var k = place.tokens.upperBound
        guard area.tokens.lowerBound > k, area.tokens.lowerBound - k <= 9 else { return false }
        let nounInName = place.tokens.count >= 2 && EnglishLexicon.placeHeads.contains(lowerOf: tokens[k - 1])
        if !nounInName {
            let noun = tokens[k].lower
            guard EnglishLexicon.placeHeads.contains(noun) || EnglishLexicon.partOfPlaceNouns.contains(noun) else {
                return false
            }
            k += 1
        }
        guard k < area.tokens.lowerBound, tokens[k].lowerIs("of") else { return false }
        k += 1
        while k < area.tokens.lowerBound {
            // (`of central Syria's besieged Homs`, `of Syrias Homs`: the country owning the area.)
            if let owner = places.first(where: { $0.tokens.lowerBound == k }), isCountry(owner),
                let next = tokenAfterPossessive(owner), next <= area.tokens.lowerBound
            {
                k = next
                continue
            }
            guard describesAnArea(tokens[k]) else { return false }
            k += 1
        }
        return true
    }

    /// `the`, `central`, `northern`, `rebel-held`, `contested`: a word before an area's name that only says
    /// which or what kind of area it is.
    func describesAnArea(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        let word = token.lower
        return word == "the" || FigureLexicon.placeAdjectives.contains(word) || FigureLexicon.directions.contains(word)
            || Self.areaDescriptions.contains(word)
            || word.contains(ascii: "-") && FigureVocabulary.eventWords[word] == nil
    }

    /// Participles and adjectives of a contested area, before its name: `the contested Homs province`
    /// (`besieged` is one of ``FigureLexicon/placeAdjectives``, which ``describesAnArea(_:)`` reads first).
    static let areaDescriptions: WordSet = [
        "contested", "disputed", "divided", "beleaguered", "troubled", "strategic", "devastated",
    ]

    /// The places without those named as the area of another (`the Homs district of Waer`: Waer alone; see
    /// ``namesPlaceAfterOf(_:_:)``).
    func withoutAreas(_ named: [EntityExtractor.MentionReference]) -> [EntityExtractor.MentionReference] {
        let inOrder = Self.isInTokenOrder(named)
        return named.filter { area in
            !Self.shortlyAfter(area, in: named, inOrder: inOrder).contains { namesPlaceAfterOf(area, $0) }
        }
    }

    /// The places of `named` that begin within `window` tokens after `place` ends: the only ones a pair
    /// rule (``namesPlaceAfterOf(_:_:)``, ``namesAreaAround(_:then:)``) can join to it, found without a scan
    /// of every place, so a sentence of thousands of places stays linear. `named` is in token order, as a
    /// sentence's places are (`inOrder`, ``isInTokenOrder(_:)``); out of order, every place is offered.
    static func shortlyAfter(
        _ place: EntityExtractor.MentionReference, in named: [EntityExtractor.MentionReference], inOrder: Bool,
        window: Int = 7
    ) -> ArraySlice<EntityExtractor.MentionReference> {
        let end = place.tokens.upperBound
        guard inOrder else { return named[...] }
        let low = named.partitionPoint { $0.tokens.lowerBound > end }
        var stop = low
        while stop < named.count, named[stop].tokens.lowerBound <= end + window { stop += 1 }
        return named[low..<stop]
    }

    /// Whether the places begin in the order the text gives them.
    static func isInTokenOrder(_ named: [EntityExtractor.MentionReference]) -> Bool {
        zip(named, named.dropFirst()).allSatisfy { $0.tokens.lowerBound <= $1.tokens.lowerBound }
    }

    /// The places of `named` that no other one names as lying inside them (``isInside(_:area:)``): the inner
    /// places, and those named alone.
    func withoutAreasOfOthers(_ named: [EntityExtractor.MentionReference]) -> [EntityExtractor.MentionReference] {
        var areas: Set<Range<Int>> = []
        let inOrder = Self.isInTokenOrder(named)
        for place in named {
            for area in Self.shortlyAfter(place, in: named, inOrder: inOrder) where isInside(place, area: area) {
                areas.insert(area.tokens)
            }
        }
        return areas.isEmpty ? named : named.filter { !areas.contains($0.tokens) }
    }
}
