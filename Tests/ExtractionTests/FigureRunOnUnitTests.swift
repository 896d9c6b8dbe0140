import ArticleModel
import Testing

@testable import Extraction

/// Words that are no counted noun: a headline run on into the next (`Gas kills hundreds Kelvar Council
/// meets` counts no `meet`), and `by one account` inside a toll (no count of accounts).
@Suite struct FigureRunOnUnitTests {
    @Test func aHeadlineRunOnCountsNoVerbOfTheNext() {
        let figures = TestData.bodyFigures("Tarvan gas kills hundreds Kelvar Council meets")
        let hundreds = figures.first { $0.value == 100 }
        #expect(hundreds != nil)
        #expect(hundreds?.unit != "meet", "\(figures.map { ($0.text, $0.unit ?? "-") })")
    }

    @Test func peopleNamedByAGroupAfterAVaguePluralStayCounted() {
        let figures = TestData.bodyFigures("Troops killed dozens Vessa Front militants near Dornholm on Monday.")
        #expect(figures.first { $0.value == 12 }?.unit == "militant", "\(figures.map { ($0.text, $0.unit ?? "-") })")
    }

    @Test func byOneAccountCountsNoAccount() {
        let figures = TestData.bodyFigures(
            "Activists cited death tolls ranging from about 200 to - by one account - some 700 after shells fell on "
                + "Tarvan.")
        #expect(!figures.contains { $0.unit == "account" }, "\(figures.map { ($0.text, $0.unit ?? "-") })")
        #expect(!figures.contains { $0.value == 1 }, "\(figures.map { ($0.text, $0.unit ?? "-") })")
    }
}
