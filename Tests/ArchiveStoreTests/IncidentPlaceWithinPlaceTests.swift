import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One toll an article gives at a place and again at a place inside it, as a sentence tells it ('the town of
/// Tovin in Marlow province', 'Tovin near Marlow', 'the Marlow district of Tovin'), in the same paragraph or
/// the next, is one incident at the finer place. Two places the text does not put one inside the other (a
/// town beside a province, 'near the Marlow border'), another incident as a sentence says, a count of one,
/// two numbers or two days stay two rows.
@Suite struct IncidentPlaceWithinPlaceTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] { try retold.casualties() }

    @Test(arguments: [
        "Rockets killed nine people in Homs on Monday. The rockets struck the town of Tovin in Homs, killing nine people.",
        "Rockets killed nine people in Homs on Monday. Medics said the rockets killed nine people in Tovin near Homs.",
        "Rockets killed nine people in Homs on Monday. The rockets killed nine people in the Homs district of Tovin.",
    ])
    func aTownTheTextPutsInTheCityHoldsTheCitysToll(body: String) throws {
        try parts.ingest("Rockets", body)
        #expect(try casualties() == ["Tovin 2016-07-04 killed person 9–9"], "\(body)")
    }

    @Test(arguments: [
        // Another incident, as a sentence says.
        "Rockets killed nine people in Homs on Monday. In a separate attack, shells killed nine people in Tovin near Homs.",
        // Beside the coarser place's border, outside it.
        "Rockets killed nine people in Homs on Monday. Shells killed nine people in Tovin near the Homs border.",
        // A count of one.
        "A rocket killed one person in Homs on Monday. The rocket killed one person in Tovin near Homs.",
    ])
    func aTownNotTheCitysTollStaysTwo(body: String) throws {
        try parts.ingest("Rockets", body)
        let rows = try casualties()
        #expect(rows.count == 2, "\(body): \(rows)")
        #expect(rows.contains { $0.hasPrefix("Homs ") }, "\(body): \(rows)")
    }

    @Test func placesTheTextDoesNotNestStayTwo() throws {
        try parts.ingest(
            "Rockets",
            "Rockets killed nine people in Homs on Monday. Shells killed nine people in Tovin near Hama on Monday.")
        #expect(try casualties() == ["Homs 2016-07-04 killed person 9–9", "Tovin 2016-07-04 killed person 9–9"])
    }

    @Test func anotherNumberOrAnotherDayStaysTwo() throws {
        try parts.ingest(
            "Rockets",
            "Rockets killed nine people in Homs on Sunday. The rockets struck the town of Tovin in Homs on Monday, "
                + "killing nine people. Shells killed four people in Homs on Monday.")
        #expect(
            try casualties() == [
                "Homs 2016-07-03 killed person 9–9", "Homs 2016-07-04 killed person 4–4",
                "Tovin 2016-07-04 killed person 9–9",
            ])
    }
}
