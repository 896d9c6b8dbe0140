/// `Tarn suffered the worst toll, with 2,000 deaths`, `Kelvar recorded 40 new cases`: a place that opens the
/// clause as the subject of a verb of suffering or counting a toll is where the counted deaths or cases were.
/// (Not `Kelvar lost 12 soldiers`: a country's people may fall far from it.)
extension FigureParagraphReader {
    /// Whether `mention`, a place the gazetteer knows, opens `clause` (after at most `the`) and a verb of
    /// suffering or counting follows it (`suffered`, `has recorded`; `lost` only for deaths, cases and lives),
    /// while the figure counts deaths, cases or people who are not fighters.
    func isCountingPlaceSubject(
        _ mention: EntityExtractor.MentionReference, clause: Range<Int>, nounEnd: Int
    ) -> Bool {
        var opening = clause.lowerBound
        if opening < tokens.count, tokens[opening].lowerIs("the") { opening += 1 }
        guard mention.tokens.lowerBound == opening, nounEnd > mention.tokens.upperBound, nounEnd <= tokens.count,
            gazetteer.place(named: entities.entities[mention.entity].name) != nil
        else { return false }
        var verb = mention.tokens.upperBound
        if verb < clause.upperBound, tokens[verb].lowerIs(oneOf: ["has", "have", "had"]) { verb += 1 }
        guard verb < clause.upperBound, Self.tollVerbs.contains(lowerOf: tokens[verb]) else { return false }
        let noun = FigureExtractor.causeSingular(tokens[nounEnd - 1].lower)
        if Self.tollCountNouns.contains(noun) { return true }
        // (`Kelvar lost 12 men`, `Kelvar lost 40 citizens in the Vessa quake`: people a place lost may have
        // fallen anywhere; only its deaths, cases or lives are counted where it is.)
        guard !tokens[verb].lowerIs(oneOf: ["lost", "loses"]) else { return false }
        return FigureLexicon.peopleUnits.contains(noun) && !Self.armedMenUnits.contains(noun)
            && !Self.servingPeople.contains(noun)
    }

    /// Verbs whose subject suffers or counts a toll: `suffered`, `recorded`, `lost`.
    static let tollVerbs: WordSet = [
        "suffered", "suffers", "recorded", "records", "registered", "registers", "counted", "lost", "loses", "saw",
    ]

    /// Counted nouns of a toll besides people: `deaths`, `cases`, `lives`.
    static let tollCountNouns: WordSet = ["death", "case", "casualty", "fatality", "infection", "life", "live"]

    /// People serving away from their country besides armed men (``armedMenUnits``): `Kelvar recorded 12
    /// officers dead`.
    static let servingPeople: WordSet = [
        "officer", "member", "pilot", "sailor", "serviceman", "servicemen", "peacekeeper",
    ]
}
