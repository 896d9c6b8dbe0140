import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One incident, one row, when an article opens on a toll at a wider place the gazetteer knows and the body
/// gives the same toll again at the town it does not know, tied to the opening by its cause or by naming the
/// opening's place. Untied, on another day, told as another incident, at two towns or not in the opening
/// sentence, the two stay two rows.
@Suite struct IncidentOpeningTollTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] { try retold.casualties() }

    @Test func anOpeningTollIsTheBodysTollAtATownOfTheSameCause() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed nine civilians in Kandahar on Monday, a monitor said. One of the air strikes hit "
                + "the village of Tarvan Minor, killing nine civilians, residents said.")
        #expect(try casualties() == ["Tarvan Minor 2016-07-04 killed civilian 9–9"])
    }

    @Test func aUsersEditOfTheBodysCauseKeysTheTwoTollsApartAgain() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed nine civilians in Kandahar on Monday, a monitor said. One of the air strikes hit "
                + "the village of Tarvan Minor, killing nine civilians, residents said.")
        #expect(try casualties().count == 1)
        try parts.views.writer.database.execute(
            "UPDATE figures SET cause = 'mortar shell' WHERE value = 9 AND site = 'Tarvan Minor'")
        #expect(try casualties().count == 2)
    }

    @Test func anOpeningTollIsTheBodysTollAtATownWhoseSentenceNamesItsPlace() throws {
        try parts.ingest(
            "Shelling",
            "Shelling killed 12 people in Kandahar on Monday, medics said. Kandahar officials said rockets fell on "
                + "the village of Tarvan Minor, killing 12 people.")
        #expect(try casualties() == ["Tarvan Minor 2016-07-04 killed person 12–12"])
    }

    @Test func anOpeningTollStandsBesideATownTheBodyDoesNotTieToIt() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed nine civilians in Kandahar on Monday, a monitor said. Gunmen raided the village "
                + "of Tarvan Minor, killing nine civilians, residents said.")
        #expect(try casualties().count == 2)
    }

    @Test func anOpeningTollStandsBesideATollToldAsAnotherIncident() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed nine civilians in Kandahar on Monday, a monitor said. Jets also struck the village "
                + "of Tarvan Minor, where an air strike killed nine civilians, residents said.")
        #expect(try casualties().count == 2)
    }

    @Test func anOpeningTollStandsBesideTheSameTollOnAnotherDay() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed nine civilians in Kandahar on Monday, a monitor said. On Saturday an air strike "
                + "killed nine civilians in the village of Tarvan Minor, residents said.")
        #expect(try casualties().count == 2)
    }

    @Test func anOpeningTollStandsWhenTheBodyGivesItAtTwoTowns() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed nine civilians in Kandahar on Monday, a monitor said. An air strike killed nine "
                + "civilians in Tarvan Minor, residents said. An air strike killed nine civilians in Dornholm Vale, "
                + "medics said.")
        #expect(try casualties().count == 3)
    }

    @Test func aTollAfterTheOpeningSentenceStands() throws {
        try parts.ingest(
            "Strikes",
            "Jets flew over the hills at dawn. Air strikes killed nine civilians in Kandahar on Monday, a monitor "
                + "said. One of the air strikes hit the village of Tarvan Minor, killing nine civilians.")
        #expect(try casualties().count == 2)
    }
}
