import ArticleModel
import Testing

@testable import Extraction

/// Words that are no counted noun: a headline run on into the next (`Gas kills hundreds Kelvar Council
/// meets` counts no `meet`), and `by one account` inside a toll (no count of accounts).
@Suite struct FigureRunOnUnitTests {
    @Test func aHeadlineRunOnCountsNoVerbOfTheNext() throws {
        let figures = TestData.bodyFigures("Tarvan gas kills hundreds Kelvar Council meets")
        let hundreds = try #require(figures.first { $0.value == 100 })
        #expect(hundreds.event == "killed", "\(figures.map { ($0.text, $0.event ?? "-") })")
        #expect(hundreds.unit != "meet", "\(figures.map { ($0.text, $0.unit ?? "-") })")
    }

    @Test func peopleNamedByAGroupAfterAVaguePluralStayCounted() {
        let figures = TestData.bodyFigures("Troops killed dozens Vessa Front militants near Dornholm on Monday.")
        #expect(figures.first { $0.value == 12 }?.unit == "militant", "\(figures.map { ($0.text, $0.unit ?? "-") })")
    }

    @Test func byOneAccountCountsNoAccount() throws {
        let figures = TestData.bodyFigures(
            "Monitors in Kestrel Hill put the number of dead since the siege began at 150 or - by one account - "
                + "close to 900.")
        try #require(figures.contains { $0.value == 900 }, "\(figures.map { ($0.text, $0.unit ?? "-") })")
        #expect(!figures.contains { $0.unit == "account" }, "\(figures.map { ($0.text, $0.unit ?? "-") })")
        #expect(!figures.contains { $0.value == 1 }, "\(figures.map { ($0.text, $0.unit ?? "-") })")
    }
}
