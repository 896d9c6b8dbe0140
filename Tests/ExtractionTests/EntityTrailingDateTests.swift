import ArticleModel
import Testing

@testable import Extraction

/// A date written right after a name (`told Kestrel Press Agency Feb. 26`) opens with its month: the month
/// is no word of the name.
@Suite struct EntityTrailingDateTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aMonthsShortFormAndDayEndTheAgencysName() {
        let found = entities(["No one can cross the border, the bishop told Kestrel Press Agency Feb. 26."])
        #expect(found.contains { $0.name == "Kestrel Press Agency" && $0.kind == .organization })
        #expect(!found.contains { $0.name.hasSuffix("Feb") })
    }

    @Test func aMonthAndYearEndTheName() {
        let found = entities(["The figures were sent to Vessa Relief Network Oct 2019 and again later."])
        #expect(found.contains { $0.name == "Vessa Relief Network" })
    }

    @Test func aMonthWithoutANumberStays() {
        let tokens = Tokenizer().tokens(in: "Tarvan Dec went home")
        #expect(EntityExtractor.endBeforeTrailingDate(0..<2, in: tokens) == 2)
        let dated = Tokenizer().tokens(in: "Tarvan Dec 4 went home")
        #expect(EntityExtractor.endBeforeTrailingDate(0..<2, in: dated) == 1)
    }

    @Test func mayStaysASurname() {
        let tokens = Tokenizer().tokens(in: "Ann May 12 times")
        #expect(EntityExtractor.endBeforeTrailingDate(0..<2, in: tokens) == 2)
    }
}
