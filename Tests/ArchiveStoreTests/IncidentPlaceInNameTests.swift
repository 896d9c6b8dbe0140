import Testing

/// One count told at a place and again at a place whose name holds it ('the Old City of Kelvar', 'Old
/// Kelvar'): the longer name's row stands alone. A building or street named after the place, another day, or
/// a sentence telling of another incident keeps both.
@Suite struct IncidentPlaceInNameTests {
    typealias Views = IncidentViewsTests

    let parts: IncidentPartAndWholeTests
    var views: IncidentViewsTests { parts.views }

    init() throws { parts = try IncidentPartAndWholeTests() }

    func casualties() throws -> [String] { try parts.casualties() }

    @Test func aCountAtAPlaceAndAtAPartNamedAfterItIsOneRow() throws {
        try parts.ingest(
            "Blast in Kelvar",
            "Eleven soldiers died in Kelvar on Monday when a depot exploded, a monitor said. The monitor said "
                + "11 soldiers were killed in the Old City of Kelvar as they loaded the trucks.")
        #expect(try casualties() == ["Old City of Kelvar killed soldier 11–11"])
    }

    @Test func storedCountsAtAPlaceAndAtAPartNamedAfterItAreOneRow() throws {
        try views.store(
            "One", entities: [Views.place("Kelvar"), Views.place("Old Kelvar")],
            figures: [Views.figure(4, "killed", site: "Kelvar"), Views.figure(4, "killed", site: "Old Kelvar")])
        #expect(try casualties() == ["Old Kelvar killed person 4–4"])
    }

    @Test func aBuildingOrStreetNamedAfterThePlaceKeepsBoth() throws {
        try views.store(
            "One", entities: [Views.place("Kelvar"), Views.place("Kelvar National Hospital")],
            figures: [
                Views.figure(3, "injured", site: "Kelvar"), Views.figure(3, "injured", site: "Kelvar National Hospital"),
            ])
        #expect(try casualties().count == 2)
        try views.store(
            "Two", entities: [Views.place("Vessa"), Views.place("Vessa Street")],
            figures: [Views.figure(6, "killed", site: "Vessa"), Views.figure(6, "killed", site: "Vessa Street")])
        #expect(try casualties().count == 4)
    }

    @Test func anotherDaysCountAtThePartStays() throws {
        try views.store(
            "One", entities: [Views.place("Kelvar"), Views.place("Old Kelvar")],
            figures: [
                Views.figure(4, "killed", site: "Kelvar", date: "2016-06-30"),
                Views.figure(4, "killed", site: "Old Kelvar", date: "2016-07-01"),
            ])
        #expect(try casualties().count == 2)
    }

    @Test func aPlaceWhoseNameOnlyBeginsLikeTheOtherStays() throws {
        // 'Kelvarsk' holds 'Kelvar' only as letters, not as a word.
        try views.store(
            "One", entities: [Views.place("Kelvar"), Views.place("Kelvarsk")],
            figures: [Views.figure(5, "killed", site: "Kelvar"), Views.figure(5, "killed", site: "Kelvarsk")])
        #expect(try casualties().count == 2)
    }

    @Test func aCountryInsideAnotherCountrysNameKeepsBoth() throws {
        // Two floods on one day: the country whose name holds the other's is no part of it.
        try parts.ingest(
            "Floods in two countries",
            "Floods killed 11 people in Sudan on Monday, officials said. Floods also killed 11 people in "
                + "South Sudan on Monday, an aid agency said.")
        let rows = try casualties()
        #expect(rows.count == 2, "\(rows)")
    }
}
