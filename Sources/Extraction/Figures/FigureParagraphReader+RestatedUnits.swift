/// A bare count of harm (`… when it fired rockets at the city, killing six`) may restate a count of the
/// article in its unit (`killing 85 civilians … the toll at 85`); but not a count of children, women or men
/// among the dead (`six children were among those killed`): a bare toll counts people of every kind, and
/// one that named only children or women would say so.
extension FigureParagraphReader {
    /// Units that name people by age or sex: a part of a toll, never the unit a bare toll restates.
    static let peopleByAgeOrSex: WordSet = FigureLexicon.genderedPeople.union(agedPeople).union(["minor"])

    /// The unit the value was first counted in, in this article, when a bare count of harm may restate it.
    func unitRestated(byBare phrase: NumberPhrase) -> String? {
        guard let unit = unitsByValue[phrase.value], !Self.peopleByAgeOrSex.contains(unit) else { return nil }
        return unit
    }
}
