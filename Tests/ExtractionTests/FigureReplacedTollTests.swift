import Testing

@testable import Extraction

/// A toll the text gives as one a later toll replaced (`updating an earlier toll of 14`, `rose to 30 from 14`)
/// is marked; the current toll and an earlier incident's count are not.
@Suite struct FigureReplacedTollTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("The raid killed 30 insurgents in Vesk, the monitor said, updating an earlier toll of 14.", 30.0, 14.0),
        ("The strikes killed 30 people in Karmun, up from an earlier figure of 14 killed.", 30, 14),
        ("The number of people killed in Karmun rose to 30 from 14 killed on Monday.", 30, 14),
        ("Officials revised the number of dead down to 9 from 14 dead after a recount in Vesk.", 9, 14),
        ("Jets killed 30 rebels in Vesk, raising the toll from 14 dead to 30.", 30, 14),
        ("Jets killed 30 rebels in Vesk, bringing the toll to 30 from 14 dead.", 30, 14),
        ("Jets killed 30 rebels in Vesk, up from 14 killed on Monday.", 30, 14),
        ("Jets killed 30 rebels in Vesk, revising the toll down from 34 dead.", 30, 34),
        ("The blast in Vesk killed 30 people, a previous death toll on Monday of 14 had said.", 30, 14),
        // (The toll's day read as the event pass reads it: a date and a moment too.)
        ("The blast in Vesk killed 30 people, updating an initial toll on 4 March of 14.", 30, 14),
    ])
    func theEarlierNumberOfAnUpdateIsReplaced(text: String, current: Double, earlier: Double) throws {
        let old = try #require(figure(earlier, in: text), "\(text)")
        let new = try #require(figure(current, in: text), "\(text)")
        #expect(old.isReplacedToll && old.event != nil, "\(text)")
        #expect(!new.isReplacedToll, "\(text)")
    }

    @Test(arguments: [
        "The monitor had earlier reported 14 dead in the strikes on Vesk.",
        "Medics had previously put the death toll at 14 in Karmun.",
        "An earlier report said 14 people were killed in Vesk.",
    ])
    func aTollAnEarlierReportGaveIsReplaced(text: String) throws {
        let old = try #require(figure(14, in: text), "\(text)")
        #expect(old.isReplacedToll, "\(text)")
    }

    @Test(arguments: [
        "An earlier attack killed 14 people in Vesk.",
        "Earlier clashes in Karmun killed 14 soldiers, the army said.",
        "The monitor said earlier that 14 people were killed in Vesk on Monday.",
        "The toll in Karmun stands at 14 dead, medics said.",
        "Jets killed 14 rebels in Vesk, raising the toll to 30.",
        "Jets killed 14 people in Vesk, the monitor reported.",
        "Fighters moved to Karmun from 14 villages where 30 people were killed.",
    ])
    func aCurrentTollOrAnEarlierIncidentIsNotReplaced(text: String) throws {
        let count = try #require(figure(14, in: text), "\(text)")
        #expect(!count.isReplacedToll, "\(text)")
    }
}
