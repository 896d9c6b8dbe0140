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

/// Digits right after a place and before a verb, a preposition or a list's joint count (`In Karmun 20 were
/// killed`, a list that lost its commas: `8 in Vesk 5 in Tarn`); before a noun they may name the place's
/// talks or conference and stay no figure.
@Suite struct FigureCountAfterPlaceTests {
    @Test(arguments: [
        ("In Damascus 20 were killed on Monday, the monitor said.", 20.0),
        ("Shelling killed 14 people: 8 in Aleppo 5 in Homs and 1 in Hama.", 5),
        ("In Idlib 7 died when the roof fell.", 7),
    ])
    func digitsAfterAPlaceCount(text: String, value: Double) {
        #expect(TestData.bodyFigures(text).contains { $0.value == value }, "\(text)")
    }

    @Test(arguments: [
        "Delegates met for the Geneva 2 conference on Monday.", "Regiment 44 moves north.",
        "By Ann Roe Europe 1415 12.03.2019 The talks went on.", "The crew of Helsinki 2 in 2027 will land first.",
    ])
    func aPlacesNumberedNameStaysNoFigure(text: String) {
        #expect(!TestData.bodyFigures(text).contains { [2, 44, 1415].contains($0.value) }, "\(text)")
    }
}

/// A partitive cut off where a damaged text ends (`two of the`) counts nothing and breaks nothing.
@Suite struct FigurePartitiveAtTheEndTests {
    @Test(arguments: ["Rebels killed 12 fighters and two of the", "Vesk lost 30 tanks, four of their"])
    func aPartitiveAtTheParagraphsEndIsNoCount(text: String) {
        let found = TestData.bodyFigures(text)
        #expect(found.contains { $0.value == 12 || $0.value == 30 }, "\(found.map(\.value))")
    }
}
