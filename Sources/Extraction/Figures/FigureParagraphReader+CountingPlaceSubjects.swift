/// `Tarn suffered the worst toll, with 2,000 deaths`, `Kelvar recorded 40 new cases`: a place that opens the
/// clause as the subject of a verb of suffering or counting a toll is where the counted deaths or cases were.
/// (Not `Kelvar lost 12 soldiers`: a country's fighters may fall far from it.)
extension FigureParagraphReader {
    /// Whether `mention`, a place the gazetteer knows, opens `clause` (after at most `the`) and a verb of
    /// suffering or counting follows it (`suffered`, `has recorded`, `lost` for lives and people who are not
    /// fighters), while the figure counts deaths, cases or people.
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
        if Self.fighterNouns.contains(noun) { return false }
        return Self.tollCountNouns.contains(noun) || FigureLexicon.peopleUnits.contains(noun)
    }

    /// Verbs whose subject suffers or counts a toll: `suffered`, `recorded`, `lost`.
    static let tollVerbs: WordSet = [
        "suffered", "suffers", "recorded", "records", "registered", "registers", "counted", "lost", "loses", "saw",
    ]

    /// Counted nouns of a toll besides people: `deaths`, `cases`, `lives`.
    static let tollCountNouns: WordSet = ["death", "case", "casualty", "fatality", "infection", "life", "live"]

    /// People whose country is not where they fell: `Kelvar lost 12 soldiers`.
    static let fighterNouns: WordSet = [
        "soldier", "troop", "fighter", "rebel", "militant", "insurgent", "jihadist", "gunman", "officer",
        "policeman", "member", "pilot", "sailor", "marine", "serviceman", "servicemen", "peacekeeper",
    ]
}
