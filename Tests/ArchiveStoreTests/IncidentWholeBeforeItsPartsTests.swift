import Testing

/// A day's toll told first, and the counts that add up to it told in the sentences after it, none marked as its
/// part ('Six civilians were killed on Saturday' … 'Two were killed in Vessa' … 'killed four in Old Tarvan'):
/// the parts are rows of their own, so the whole has none and no one is counted twice. Counts that add up to
/// less or more, of another day, or telling of another incident leave the whole its row.
@Suite struct IncidentWholeBeforeItsPartsTests {
    let parts: IncidentPartAndWholeTests

    init() throws { parts = try IncidentPartAndWholeTests() }

    /// `query casualties` as 'site event who lowest–highest'.
    func casualties() throws -> [String] { try parts.casualties() }

    @Test func aWholeToldBeforeItsPartsIsCountedOnce() throws {
        try parts.ingest(
            "Bombings in Kelvar",
            "Bombings killed six civilians in Kelvar on Monday, the governor said. Two civilians were killed "
                + "near the market in Vessa, medics reported. Later a car bomb killed four civilians at a checkpoint "
                + "in Old Tarvan.")
        #expect(Set(try casualties()) == ["Vessa killed civilian 2–2", "Old Tarvan killed civilian 4–4"])
    }

    @Test func aWholeToldTwiceBeforeItsPartsIsCountedOnce() throws {
        let lead = "Bombings killed six civilians in Kelvar on Monday, the governor said. "
        try parts.ingest(
            "Bombings in Kelvar",
            lead + lead + "Two civilians were killed near the market in Vessa, medics reported. Later a car bomb "
                + "killed four civilians at a checkpoint in Old Tarvan.")
        #expect(Set(try casualties()) == ["Vessa killed civilian 2–2", "Old Tarvan killed civilian 4–4"])
    }

    @Test func countsAddingUpToAnotherNumberLeaveTheWholeItsRow() throws {
        try parts.ingest(
            "Bombings in Kelvar",
            "Bombings killed seven civilians in Kelvar on Monday, the governor said. Two civilians were killed "
                + "near the market in Vessa, medics reported. Later a car bomb killed four civilians at a checkpoint "
                + "in Old Tarvan.")
        #expect(try casualties().contains("Kelvar killed civilian 7–7"))
    }

    @Test func aCountOfAnotherIncidentLeavesTheWholeItsRow() throws {
        try parts.ingest(
            "Bombings in Kelvar",
            "Bombings killed six civilians in Kelvar on Monday, the governor said. Two civilians were killed "
                + "near the market in Vessa, medics reported. In a separate attack, a car bomb killed four civilians "
                + "at a checkpoint in Old Tarvan.")
        #expect(try casualties().contains("Kelvar killed civilian 6–6"))
    }

    @Test func countsOfAnotherDayLeaveTheWholeItsRow() throws {
        try parts.ingest(
            "Bombings in Kelvar",
            "Bombings killed six civilians in Kelvar on Monday, the governor said. On Saturday two civilians were "
                + "killed near the market in Vessa and a car bomb killed four civilians at a checkpoint in Old Tarvan.")
        #expect(try casualties().contains("Kelvar killed civilian 6–6"))
    }
}
