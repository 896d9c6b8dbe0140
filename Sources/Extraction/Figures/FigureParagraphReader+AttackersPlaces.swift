/// Places a clause names as who strikes, who outlaws or where victims had come from, not where its figure
/// happened: `killed in Norway air strikes on Kelvar`, `Norway air strikes kill 14 in Kelvar`, `the Vessa
/// Front (outlawed in Norway)`, `12 civilians who had been displaced from Maresk were killed`.
extension FigureParagraphReader {
    /// `Norway air strikes`, `Norway's latest raids`, `Norway jets`: a country written right before a noun of
    /// strikes or of aircraft (past up to two words describing them) is the country that strikes. Not a
    /// site when a locative governs the strikes (`killed in Norway air strikes`) or the clause names another
    /// place (`Norway strikes kill 14 in Kelvar`); alone before its verb (`Tarvan air strikes kill 44`) it may
    /// still be where they fell.
    func isAttackersCountry(
        _ mention: EntityExtractor.MentionReference, clause: Range<Int>,
        among named: ArraySlice<EntityExtractor.MentionReference>
    ) -> Bool {
        guard let struck = strikesOfCountry(mention, pastPossessive: true) else { return false }
        let i = struck.index
        // (`killed in US air strikes`: initials name the country acting; `killed in a Tarvan raid` may be there,
        // and so may `12 held in UK raids`, a police's raids at home, unless told of from the air.)
        if isWrittenAsInitials(mention), locativeBefore(mention.tokens.lowerBound, floor: clause.lowerBound) != nil,
            struck.described || !tokens[i].lowerIs(oneOf: ["raid", "raids"])
        {
            return true
        }
        // (`Norway strikes kill 14 in Vesk`: the strikes open the clause, a place after them; not `Russia says
        // it killed 7 in a Tarvan air strike`, where the place after the count is where.)
        guard !tokens[(clause.lowerBound..<mention.tokens.lowerBound)].contains(where: \.isNumber) else { return false }
        let name = siteName(mention)
        return named.contains { other in
            clause.contains(other.tokens.lowerBound) && other.tokens.lowerBound > i && siteName(other) != name
                && strikesOfCountry(other, pastPossessive: false) == nil
        }
    }

    /// `US`, `U.S.`, `UK`: a country written as its initials.
    func isWrittenAsInitials(_ mention: EntityExtractor.MentionReference) -> Bool {
        mention.tokens.allSatisfy { tokens[$0].isAllCaps || tokens[$0].isPunctuation(".") }
            && mention.tokens.contains { tokens[$0].isWord }
    }

    /// The noun of strikes after `mention` (``strikingNoun(after:pastPossessive:)``) when it is a country:
    /// `Norway air strikes`, `Norway's raids`; nil otherwise.
    func strikesOfCountry(
        _ mention: EntityExtractor.MentionReference, pastPossessive: Bool
    ) -> (index: Int, described: Bool)? {
        guard isCountry(mention) else { return nil }
        return strikingNoun(after: mention, pastPossessive: pastPossessive)
    }

    /// The noun of strikes right after `mention` (past its `'s` when `pastPossessive`, and past up to two words
    /// describing the strikes: `Norway's latest air strikes`), and whether such words stood before it; or nil.
    func strikingNoun(
        after mention: EntityExtractor.MentionReference, pastPossessive: Bool
    ) -> (index: Int, described: Bool)? {
        var i = mention.tokens.upperBound
        if pastPossessive, i < tokens.count, tokens[i].lowerIs("'s") { i += 1 }
        var skipped = 0
        while i < tokens.count, skipped < 2, Self.wordsDescribingStrikes.contains(lowerOf: tokens[i]) {
            i += 1
            skipped += 1
        }
        guard i < tokens.count, Self.strikingNouns.contains(lowerOf: tokens[i]) else { return nil }
        return (i, skipped > 0)
    }

    /// Nouns of strikes and of what strikes from afar, after the country that strikes: `Norway air strikes`.
    /// (Not its army, troops or forces, which often fight at home: `killed in a Tarvan army raid`.)
    static let strikingNouns: WordSet = [
        "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings", "bombardment",
        "shelling", "jets", "warplanes", "planes", "bombers", "drones", "drone", "missiles", "rockets", "coalition",
    ]

    /// Words that may stand between the striking country and its strikes: `Norway latest air strikes`.
    static let wordsDescribingStrikes: WordSet = [
        "air", "aerial", "latest", "new", "fresh", "heavy", "renewed", "drone", "missile", "naval", "military",
    ]

    /// `the Vessa Front (outlawed in Norway)`, `a group banned in Norway`: where a group is outlawed, named
    /// to describe the group, not where anything happened.
    func isPlaceOfABan(_ mention: EntityExtractor.MentionReference) -> Bool {
        let start = mention.tokens.lowerBound
        guard start >= 2, tokens[start - 1].lowerIs("in"), Self.banParticiples.contains(lowerOf: tokens[start - 2])
        else { return false }
        // (A group's name or noun, or the bracket of an aside, before the participle: not `a rally banned in
        // Vessa`, where the place is where it happened.)
        guard start >= 3 else { return false }
        let before = tokens[start - 3]
        return before.isPunctuation("(") || before.isPunctuation(",") || before.isCapitalized
            || FigureLexicon.organizationDescriptions.contains(lowerOf: before)
            || Self.outlawedGroupNouns.contains(lowerOf: before)
    }

    /// Nouns of groups a state outlaws, beside ``FigureLexicon/organizationDescriptions``: `a faction banned in`.
    static let outlawedGroupNouns: WordSet = [
        "faction", "factions", "militia", "militias", "party", "parties", "movement", "movements", "sect", "groups",
        "organisations", "organizations",
    ]

    /// Participles of outlawing a group: `outlawed in`, `banned in`.
    static let banParticiples: WordSet = ["outlawed", "banned", "proscribed", "prohibited", "illegal"]

    /// `12 civilians who had been displaced from the town of Maresk were killed`: a place people had fled or
    /// been driven from, named to describe them. It is where they were displaced, not where they were
    /// killed or hurt (a count of the displaced keeps it).
    func isPlaceFled(_ mention: EntityExtractor.MentionReference) -> Bool {
        var j = mention.tokens.lowerBound - 1
        // Back over `the`, `town of`, `neighbourhood of`, and adjectives of a place.
        while j >= 1, mention.tokens.lowerBound - j <= 4,
            tokens[j].lowerIs(oneOf: ["the", "of"]) || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j])
                || FigureLexicon.areaNouns.contains(lowerOf: tokens[j])
                || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[j])
        {
            j -= 1
        }
        guard j >= 1, tokens[j].lowerIs("from") else { return false }
        return Self.fleeingParticiples.contains(lowerOf: tokens[j - 1])
    }

    /// Participles of people driven from a place: `displaced from`, `fled from`.
    static let fleeingParticiples: WordSet = ["displaced", "fled", "evacuated", "expelled", "uprooted", "escaped"]

    /// Whether the count's site, as found, is only where its people had fled from (``isPlaceFled(_:)``): true
    /// for a count of people killed, hurt or held whose sentence names the site only so.
    func isSiteOnlyWhereVictimsFled(_ site: String, event: String?, sentence: Range<Int>) -> Bool {
        guard let event, event != "displaced", event != "evacuated" else { return false }
        let named = placesNaming(site, in: sentence)
        return !named.isEmpty && named.allSatisfy(isPlaceFled)
    }
}
