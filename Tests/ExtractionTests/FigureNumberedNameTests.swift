import Testing

@testable import Extraction

/// A number that is part of a unit's or a document's name (`Regiment 44`, `Resolution 2254`, `decisions
/// 1900 (2010) and 2001 (2012)`) counts nothing, whatever word follows it.
@Suite struct FigureNumberedNameTests {
    @Test(arguments: [
        "Regiment 44 moves north towards the river.", "Resolution 2254 calls for talks.",
        "Soldiers of Brigade 93 entered the town.", "The council recalled decisions 1900 (2010) and 2001 (2012).",
        "The envoy cited resolutions 2254 and 2118 in his letter.", "Traffic on Route 5 stopped.",
    ])
    func aNumberedNameIsNoFigure(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("Troops killed 93 fighters near the town.", 93.0),
        ("The brigade lost 44 soldiers in the push.", 44),
        ("Rebels left in phases, 300 fighters at a time.", 300),
        ("During the Karmun War 400 soldiers died near Dovel.", 400),
        ("Since the start of the War 80,000 people have been killed in Dovel.", 80_000),
    ])
    func aCountBesideSuchWordsStays(text: String, value: Double) {
        #expect(TestData.bodyFigures(text).contains { $0.value == value }, "\(text)")
    }
}

/// A vague plural that is the subject of a verb of its own counts people: `Tens of thousands queued`.
@Suite struct FigureVagueCrowdTests {
    @Test(arguments: [
        ("Tens of thousands queued at the border.", 10_000.0),
        ("Hundreds marched through the capital, and thousands gathered in the square.", 1_000),
    ])
    func aVagueCrowdIsPeople(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.unit == "person" && figure.approx == .over, "\(text)")
    }

    @Test(arguments: ["Millions were spent on the bridge.", "The cost ran to thousands, records showed."])
    func notACrowd(text: String) {
        #expect(!TestData.bodyFigures(text).contains { $0.unit == "person" }, "\(text)")
    }
}
