import ArticleModel
import Testing

@testable import Extraction

/// Who a count is credited to when its sentence names a means of checking it (`Satellite images confirmed …`),
/// an organisation before a headline's colon (`Kelvar Defence Ministry: 60 militants killed`), a report in a
/// subordinate clause after the writer's own (`… after the Tarn Central Bank governor said …`) (sentences written
/// for these tests).
@Suite struct FigureMeansColonAndSubordinateSourceTests: FigureSourceChecks {
    func figures(title: String, _ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: title,
            paragraphs: [Paragraph(kind: .headline, text: title)] + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    @Test(arguments: [
        "Satellite images confirmed the destruction of 12 tanks near Kestrel Hill on Tuesday.",
        "Video footage confirmed that 12 houses were destroyed in Tarvan.",
        "Objective tracking means confirmed the elimination of 12 fighters in Maresk.",
        "Drone imagery showed that 12 trucks burned near Dornholm, and Thermal sensors confirmed it.",
    ])
    func aMeansOfCheckingACountIsNoSource(text: String) {
        let found = TestData.figures([text])
        #expect(found.contains { $0.value == 12 }, "\(described(found))")
        #expect(source(of: 12, in: found) == nil, "\(described(found))")
    }

    @Test func anOrganisationsFootageIsItsReport() {
        let found = TestData.figures([
            "The Kelvar Defence Ministry published a report on the raids.",
            "Kelvar Defence Ministry footage confirmed that 12 depots were destroyed near Vessa.",
        ])
        #expect(source(of: 12, in: found) == "Kelvar Defence Ministry", "\(described(found))")
    }

    @Test func anOrganisationBeforeAHeadlinesColonReportsItsToll() {
        let found = figures(
            title: "Kelvar Defence Ministry: More than 60 militants killed in Vessa",
            [
                "4 May 2019 Kelvar Defence Ministry: More than 60 militants killed in Vessa. The Kelvar Defence Ministry said its jets had struck 11 depots."
            ])
        let sixties = found.filter { $0.value == 60 }
        #expect(sixties.count >= 2, "\(described(found))")
        #expect(sixties.allSatisfy { $0.source == "Kelvar Defence Ministry" }, "\(described(found))")
    }

    @Test(arguments: [
        "Tarvan: 30 killed in shelling of the old market",
        "Update: 30 killed in shelling of Tarvan market",
    ])
    func aPlaceOrALabelBeforeAColonReportsNothing(title: String) {
        let found = figures(title: title, ["Shelling hit the old market of Tarvan on Monday, the Kelvar army said."])
        #expect(found.contains { $0.value == 30 }, "\(described(found))")
        #expect(source(of: 30, in: found) == nil, "\(described(found))")
    }

    @Test(arguments: [
        "The krona rose to its highest level in nearly four months after the Dornholm Central Bank governor said inflation had peaked.",
        "Shares in Kelvar Oil fell 4% before the Maresk Trade Office said exports would recover.",
    ])
    func aCountBeforeASubordinateReportIsTheWriters(text: String) {
        let found = TestData.figures([text])
        let count = found.first { $0.value == 4 }
        #expect(count != nil, "\(described(found))")
        #expect(count?.source == nil, "\(described(found))")
    }

    @Test func aCountInsideTheSubordinateReportIsTheReporters() {
        let found = TestData.figures([
            "The krona rose after the Dornholm Central Bank said 40 lenders had repaid their loans."
        ])
        #expect(source(of: 40, in: found) == "Dornholm Central Bank", "\(described(found))")
    }

    @Test func aReportBeforeTheSubordinatorStillCreditsTheCount() {
        let found = TestData.figures([
            "The Dornholm Central Bank said 40 lenders failed after the governor said rates would rise."
        ])
        #expect(source(of: 40, in: found) == "Dornholm Central Bank", "\(described(found))")
    }

    @Test(arguments: [
        ("Those shells hit 12 houses in Tarvan shortly after midnight a Dornholm Press correspondent in the town said.", "Dornholm Press"),
        ("Gunmen fired rockets into Tarvan killing 12 people since Thursday the Kestrel Observatory said.", "Kestrel Observatory"),
        ("Since May the Vessa Front has recruited 12 new fighters against 3 a month before Dornholm Press quoted the Kestrel Observatory as saying.", "Kestrel Observatory"),
    ])
    func aReportClosingASentenceThatLostItsCommasStillCreditsItsCount(text: String, reporter: String) {
        let found = TestData.figures([text])
        #expect(found.contains { $0.value == 12 }, "\(described(found))")
        #expect(source(of: 12, in: found)?.contains(reporter) == true, "\(described(found))")
    }
}
