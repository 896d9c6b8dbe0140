import Testing

/// A part of a toll that a later sentence gives again ('15 civilians, among them 11 children, …' then '11
/// children were killed …') is the part told again, not an incident of its own, even at a wider or a finer
/// place. Another incident's count, another day's, or the same number at two places the gazetteer knows
/// stay rows of their own.
@Suite struct IncidentRetoldPartTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] { try retold.casualties() }

    @Test func aPartToldAgainAtAWiderPlaceIsNoRowOfItsOwn() throws {
        try parts.ingest(
            "Raid",
            "Fifteen civilians, among them 11 young children, were killed in a night air raid on the Kestrel Hill "
                + "neighbourhood on Monday. Eleven children were killed on Monday in the raid on a neighbourhood "
                + "of Mosul, a monitor said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed civilian 15–15"])
    }

    @Test func aPartToldAgainAtNoPlaceIsNoRowOfItsOwn() throws {
        try parts.ingest(
            "Raid",
            "Fifteen civilians, among them 11 young children, were killed in an air raid on Monday. "
                + "Medics said 11 children died in the raid.")
        #expect(try casualties() == ["(no site) 2016-07-04 killed civilian 15–15"])
    }

    @Test func anotherIncidentsEqualCountStays() throws {
        try parts.ingest(
            "Raid",
            "Fifteen civilians, among them 11 young children, were killed in an air raid on Kestrel Hill on Monday. "
                + "Another 11 children were killed in shelling on Mosul on Monday, a monitor said.")
        #expect(try casualties().count == 2)
    }

    @Test func anotherDaysEqualCountStays() throws {
        try parts.ingest(
            "Raid",
            "Fifteen civilians, among them 11 young children, were killed in an air raid on Kestrel Hill on Monday. "
                + "Eleven children were killed in shelling on Mosul on Saturday, a monitor said.")
        #expect(try casualties().count == 2)
    }

    @Test func anEqualCountAtAKnownPlaceToldAsNoPartOfItStays() throws {
        try parts.ingest(
            "Raid",
            "Fifteen civilians, among them 11 young children, were killed in shelling on Kestrel Hill on Monday. "
                + "In Mosul, a barrel bomb killed 11 children at a school on Monday.")
        #expect(try casualties().count == 2)
    }

    @Test func anEqualCountAtAnotherKnownPlaceStays() throws {
        try parts.ingest(
            "Raid",
            "Fifteen civilians, among them 11 young children, were killed in an air raid on Mosul on Monday. "
                + "Eleven children were killed in shelling on Basra on Monday, a monitor said.")
        #expect(try casualties().count == 2)
    }
}
