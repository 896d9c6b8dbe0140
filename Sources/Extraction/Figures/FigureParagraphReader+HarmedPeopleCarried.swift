/// A bare count of harm after a count of harmed people in the same sentence counts the same people: `12
/// soldiers were killed and 30 injured`, `Five militants killed, dozens injured`, `16 civilians died, 25
/// hurt` — as `others` does (`… and 30 others injured`). The group, not a part of it (`Five people
/// including two children were killed and 40 injured` counts people); not after people counted by sex (`one
/// woman was killed and 35 injured`), nor after a count no harm befell (`fired 10 rockets, 3 dead`), nor
/// for the whole of those counted before (`2 medics among 31 dead`), nor after groups of two kinds (`40
/// civilians and 25 fighters killed, 110 injured`).
extension FigureParagraphReader {
    /// The people a bare count before the casualty word at `end` (`30 injured`, `dozens wounded`) counts: the
    /// noun of the sentence's counts, no parts of others, that were killed, hurt or went missing (whose
    /// harm says they are people or beasts), when they all name the same; else nil.
    func harmedPeopleCarried(beforeCasualtyWordAt end: Int, countStart start: Int) -> String? {
        // (`2 medics among 31 dead`, `one of the 40 wounded`: the count is the whole the people before are
        // part of, people of every kind.)
        var before = start - 1
        if before > 0, tokens[before].lowerIs("the") { before -= 1 }
        if before >= 0, tokens[before].lowerIs(oneOf: ["among", "of"]) { return nil }
        // The groups before: counts of harm, and counts of people with no event of their own yet (`12 porters
        // and 5 guards were killed`), of the last few counts only (a sentence may hold thousands).
        let groups = carried.suffix(8).filter {
            !$0.isPart && ($0.event.map(Self.harmEvents.contains) ?? Self.countsPeople($0.unit))
        }
        // (`40 civilians 25 fighters killed 110 injured`: people of both groups.)
        guard Self.harmWords.contains(lowerOf: tokens[end]),
            let last = groups.last(where: { $0.event.map(Self.harmEvents.contains) ?? false }),
            groups.allSatisfy({ $0.unit == last.unit }), !FigureLexicon.genderedPeople.contains(last.unit),
            FigureLexicon.eventUnits[last.unit] == nil, !FigureLexicon.placeNouns.contains(last.unit)
        else { return nil }
        return last.unit
    }

    /// Casualty words after a bare count that tell a harm (not `arrested`, `detained`: the arrested after
    /// a toll are seldom the dead).
    static let harmWords: WordSet = ["dead", "killed", "died", "injured", "wounded", "hurt", "missing"]

    /// Events of harm a count before may have suffered.
    static let harmEvents: Set<String> = ["killed", "injured", "missing"]
}
