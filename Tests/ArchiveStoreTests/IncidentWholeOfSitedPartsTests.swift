import Testing

/// A day's toll given beside the counts it sums, each told at a place of its own ('Twelve people were killed
/// on Monday, seven in Vessa and five in Old Tarvan'): the parts are rows of their own, so the whole has none
/// and no one is counted twice. Two incidents of one day, and a whole its parts do not cover, stay rows.
@Suite struct IncidentWholeOfSitedPartsTests {
    typealias Views = IncidentViewsTests

    let parts: IncidentPartAndWholeTests
    var views: IncidentViewsTests { parts.views }

    init() throws { parts = try IncidentPartAndWholeTests() }

    /// `query casualties` as 'site event who lowest–highest'.
    func casualties() throws -> [String] { try parts.casualties() }

    @Test func aWholeBesidePartsAtPlacesOfTheirOwnIsCountedOnce() throws {
        try parts.ingest(
            "Shelling on Kelvar",
            "Rocket fire killed 12 people across Kelvar province on Monday, seven in the Vessa district and five "
                + "in Old Tarvan, the civil defence service reported.")
        #expect(Set(try casualties()) == ["Vessa killed person 7–7", "Old Tarvan killed person 5–5"])
    }

    @Test func twoIncidentsOfOneDayStayTwoRows() throws {
        try parts.ingest(
            "Two attacks",
            "A roadside bomb killed five people in Old Tarvan on Monday, police reported. In a separate attack, "
                + "gunmen shot dead seven people at a checkpoint outside Vessa on Monday.")
        #expect(Set(try casualties()) == ["Old Tarvan killed person 5–5", "Vessa killed person 7–7"])
    }

    @Test func partsAddingUpToTheWholeAtPlacesOfTheirOwnStandForIt() throws {
        try views.store(
            "One", entities: [Views.place("Vessa"), Views.place("Old Tarvan"), Views.place("Kelvar")],
            figures: [
                Views.figure(12, "killed", site: "Kelvar"), Views.figure(7, "killed", site: "Vessa", of: 12),
                Views.figure(5, "killed", site: "Old Tarvan", of: 12),
            ])
        #expect(Set(try casualties()) == ["Vessa killed person 7–7", "Old Tarvan killed person 5–5"])
    }

    @Test func aWholeItsSitedPartsDoNotCoverKeepsItsRow() throws {
        // The parts add up to less than the whole: the rest of its dead are no part's.
        try views.store(
            "One", entities: [Views.place("Vessa"), Views.place("Old Tarvan")],
            figures: [
                Views.figure(15, "killed"), Views.figure(7, "killed", site: "Vessa", of: 15),
                Views.figure(5, "killed", site: "Old Tarvan", of: 15),
            ])
        #expect(try casualties().contains("(no site) killed person 15–15"))
    }

    @Test func aWholeWithAPartAtItsOwnPlaceOrNoneKeepsItsRow() throws {
        // The part at no place has no row of its own: without the whole its five dead would be lost.
        try views.store(
            "One", entities: [Views.place("Vessa"), Views.place("Kelvar")],
            figures: [
                Views.figure(12, "injured", site: "Kelvar"), Views.figure(7, "injured", site: "Vessa", of: 12),
                Views.figure(5, "injured", of: 12),
            ])
        #expect(try casualties().contains("Kelvar injured person 12–12"))
        // A part at the whole's own place, the same.
        try views.store(
            "Two", entities: [Views.place("Maresk"), Views.place("Dornholm")],
            figures: [
                Views.figure(9, "detained", site: "Dornholm"), Views.figure(4, "detained", site: "Maresk", of: 9),
                Views.figure(5, "detained", site: "dornholm", of: 9),
            ])
        #expect(try casualties().contains("Dornholm detained person 9–9"))
    }

    @Test func aWholeWhosePartsShareOnePlaceKeepsItsRow() throws {
        // Seven and five at Vessa would be one row showing seven: the whole's twelve stay.
        try views.store(
            "One", entities: [Views.place("Vessa"), Views.place("Kelvar")],
            figures: [
                Views.figure(12, "killed", site: "Kelvar"), Views.figure(7, "killed", site: "Vessa", of: 12),
                Views.figure(5, "killed", site: "Vessa", of: 12),
            ])
        #expect(try casualties().contains("Kelvar killed person 12–12"))
    }

    @Test func partsOfAnotherHarmOrARangeLeaveTheWholeItsRow() throws {
        try views.store(
            "One", entities: [Views.place("Vessa"), Views.place("Old Tarvan")],
            figures: [
                Views.figure(10, "killed"), Views.figure(6, "injured", site: "Vessa", of: 10),
                Views.figure(4, "killed", site: "Old Tarvan", of: 10),
            ])
        #expect(try casualties().contains("(no site) killed person 10–10"))
        var range = Views.figure(3, "killed", site: "Vessa", of: 8)
        range.maxValue = 5
        try views.store(
            "Two", entities: [Views.place("Vessa"), Views.place("Old Tarvan")],
            figures: [Views.figure(8, "killed"), range, Views.figure(5, "killed", site: "Old Tarvan", of: 8)])
        #expect(try casualties().contains("(no site) killed person 8–8"))
    }
}
