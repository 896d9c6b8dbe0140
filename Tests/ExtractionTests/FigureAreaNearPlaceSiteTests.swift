import ArticleModel
import Testing

@testable import Extraction

/// An area the entity pass made no place of (`eastern Varnik`, `the Jobrin area`), named right before `near`
/// and a place it knows, is the figure's site, as written; not the place it is near.
@Suite struct FigureAreaNearPlaceSiteTests {
    func site(of value: Double, in text: String) -> String?? {
        TestData.bodyFigures(text).first { $0.value == value }.map(\.site)
    }

    @Test(arguments: [
        ("Rockets fired from the suburbs of eastern Varnik near Damascus killed 4 people on Monday.", 4.0, "eastern Varnik"),
        ("Mortars fell in the Jobrin area near Damascus on Sunday, killing 7 people.", 7, "Jobrin"),
        ("Shelling on Eastern Varnik near the capital Damascus killed 9 civilians.", 9, "Eastern Varnik"),
    ])
    func theAreaBeforeNear(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == .some(expected), "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test(arguments: [
        // Nothing named before `near` but the places the entity pass knows, or a nationality.
        ("Shelling killed 6 people in Douma near Damascus on Monday.", 6.0, "Douma"),
        ("A Russian raid near Aleppo killed 8 people.", 8, "Aleppo"),
        ("Eight people were killed near Aleppo on Monday.", 8, "Aleppo"),
    ])
    func thePlaceItselfStands(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == .some(expected), "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-") })")
    }
}

/// A figure placed only in a part of a country (`Syria's north`, `the country's centre`) yields its site when a
/// figure shortly after gives the same count of the same harm a town: the country would make a second incident
/// of the same dead.
@Suite struct FigureCountryPartSiteTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    @Test func thePartYieldsToTheTownOfTheSameDead() {
        let found = figures([
            "Fighting in Syria's north killed 12 soldiers on Friday, the army said.",
            "Officers said the 12 soldiers were killed near Aleppo when rebels stormed a checkpoint.",
        ])
        let twelve = found.filter { $0.value == 12 }
        #expect(twelve.count == 2)
        #expect(twelve.first?.site == nil, "\(found.map { ($0.text, $0.site ?? "-") })")
        #expect(twelve.last?.site == "Aleppo")
    }

    @Test(arguments: [
        // No town after it.
        ["Fighting in Syria's north killed 12 soldiers on Friday, the army said."],
        // A town after it, for another count.
        [
            "Fighting in Syria's north killed 12 soldiers on Friday, the army said.",
            "Three more soldiers were killed near Aleppo on Saturday.",
        ],
    ])
    func thePartKeepsTheCountry(paragraphs: [String]) {
        let found = figures(paragraphs)
        #expect(found.first { $0.value == 12 }?.site == "Syria", "\(found.map { ($0.text, $0.site ?? "-") })")
    }

    @Test func readsThePossessiveOfAPart() {
        #expect(FigureExtractor.namesPartOfCountry("Clashes in the country's centre went on.", country: "Syria"))
        #expect(FigureExtractor.namesPartOfCountry("Raids hit Syrias northern provinces.", country: "Syria"))
        #expect(!FigureExtractor.namesPartOfCountry("Raids hit Syria's army.", country: "Syria"))
    }
}
