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

    @Test(arguments: [
        // A later sentence brings the toll to a higher number: the earlier count is an older report of it.
        (
            ["A car bomb killed 14 people at a market in Vesk on Saturday.", "By Sunday the death toll rose to 32."],
            32.0
        ),
        (["A car bomb killed 14 people at a market in Vesk. The toll has since climbed to 40, medics said."], 40),
        (["Shells killed 14 people in Vesk.", "Rescuers found more bodies, raising the number of dead to 45."], 45),
    ])
    func aTollRaisedLaterReplacesTheCountBefore(paragraphs: [String], current: Double) throws {
        let figures = TestData.figures(paragraphs)
        let old = try #require(figures.first { $0.value == 14 }, "\(paragraphs)")
        let new = try #require(figures.first { $0.value == current }, "\(paragraphs)")
        #expect(old.isReplacedToll, "\(paragraphs)")
        #expect(new.event == "killed" && !new.isReplacedToll, "\(paragraphs)")
    }

    @Test(arguments: [
        // A new incident raised the toll: the earlier count is a part of it.
        ["A car bomb killed 14 people in Vesk on Saturday. Another strike on Sunday raised the toll to 30."],
        ["A car bomb killed 14 people in Vesk. Gunmen then killed 5 guards, bringing the toll to 30."],
        // Another site, a higher earlier number, or too far back.
        ["A car bomb killed 14 people in Vesk.", "In Karmun the death toll rose to 30."],
        ["A car bomb killed 14 people in Vesk.", "The death toll rose to 9 in the morning."],
        [
            "A car bomb killed 14 people in Vesk.", "Aid came.", "Schools closed.", "Shops shut.",
            "The death toll rose to 30.",
        ],
    ])
    func otherwiseTheCountBeforeStands(paragraphs: [String]) throws {
        let old = try #require(TestData.figures(paragraphs).first { $0.value == 14 }, "\(paragraphs)")
        #expect(!old.isReplacedToll, "\(paragraphs)")
    }
}
