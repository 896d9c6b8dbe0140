import ArticleModel
import Testing

@testable import Extraction

/// A toll given again in a later sentence that names no place takes the place of the sentence that first gave
/// it (`earlierSite`), past sentences naming other places; a toll of another number, or of another incident
/// or time, takes none.
@Suite struct FigureRestatedTollSiteTests {
    static let lead =
        "Five civilians were killed and 90 others were wounded in rocket attacks on Aleppo on Thursday."
    static let between = "A police source said gunmen had fired the shells from Hama and from Homs."

    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    @Test func theTollGivenAgainTakesItsPlace() {
        let found = figures([
            Self.lead, Self.between, "The strikes claimed the lives of five citizens and injured 90 other people.",
        ])
        let last = found.filter { $0.span.paragraph == 4 }
        #expect(last.count == 2)
        #expect(
            last.allSatisfy { $0.site == nil && $0.earlierSite == "Aleppo" },
            "\(found.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        "The attacks claimed the lives of six citizens, the source said.",
        "A car bomb killed five people at a checkpoint.",
        "Last month, shelling killed five people.",
    ])
    func anotherTollTakesNone(sentence: String) {
        let found = figures([Self.lead, Self.between, sentence])
        let last = found.first { $0.span.paragraph == 4 }
        #expect(last != nil)
        #expect(last?.earlierSite == nil, "\(found.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })")
    }

    /// A toll of another time, or (past the lead) of another incident, is no toll a later sentence gives again.
    @Test(arguments: [
        "In 2019, three people were killed in a shooting in Tarrow.",
        "Last year, three people were killed in a shooting in Tarrow.",
    ])
    func aPastIncidentsTollLendsNoPlace(past: String) {
        let found = figures([
            "A gunman opened fire at a school in Ashby on Monday, police said.", past,
            "Police have not named the three people who were killed.",
        ])
        let last = found.first { $0.span.paragraph == 4 }
        #expect(last != nil)
        #expect(last?.earlierSite != "Tarrow", "\(found.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })")
    }
}
