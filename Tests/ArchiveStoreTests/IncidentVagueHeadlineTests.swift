import Testing

/// A vague count in the headline ('Dozens of soldiers killed …') is the body's one toll of the same people,
/// harm and day told vaguer, not an incident of its own beside it. It stays a row when the body gives two
/// such tolls, one of another incident, one of another day or one too small for the vague word.
@Suite struct IncidentVagueHeadlineTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] { try retold.casualties() }

    @Test func dozensAtAWiderPlaceAreTheBodysTollAtATownTheGazetteerDoesNotKnow() throws {
        try parts.ingest(
            "Dozens of soldiers killed as militants advance near Mosul",
            "At least 40 soldiers were killed on Monday when militants stormed the village of Kestrel Hill, "
                + "a monitor said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed soldier 40–40"])
    }

    @Test func dozensInACountryAreTheBodysTollAtNoPlace() throws {
        try parts.ingest(
            "Dozens dead as car bomb hits convoy in Iraq",
            "A car bomb killed 35 people on Monday as the convoy left the camp, the police said.")
        #expect(try casualties() == ["(no site) 2016-07-04 killed person 35–35"])
    }

    @Test func dozensBesideTwoTollsMayBeTheirSumAndStay() throws {
        try parts.ingest(
            "Dozens of soldiers killed as militants advance near Mosul",
            "At least 40 soldiers were killed on Monday in the village of Kestrel Hill, a monitor said. "
                + "Militants killed 30 soldiers in the town of Dunmoor Vale on Monday, the monitor said.")
        #expect(try casualties().count == 3)
    }

    @Test func dozensBesideAnotherIncidentsTollStay() throws {
        try parts.ingest(
            "Dozens of soldiers killed as militants advance near Mosul",
            "Militants also killed another 40 soldiers in the village of Kestrel Hill on Monday, a monitor said.")
        #expect(try casualties().count == 2)
    }

    @Test func dozensBesideATollOfAnotherDayStay() throws {
        try parts.ingest(
            "Dozens of soldiers killed as militants advance near Mosul",
            "At least 40 soldiers were killed in the village of Kestrel Hill on Saturday, a monitor said.")
        #expect(try casualties().count == 2)
    }

    @Test func dozensBesideATollBelowTwoDozenStay() throws {
        try parts.ingest(
            "Dozens of soldiers killed as militants advance near Mosul",
            "At least 15 soldiers were killed in the village of Kestrel Hill on Monday, a monitor said.")
        #expect(try casualties().count == 2)
    }
}
