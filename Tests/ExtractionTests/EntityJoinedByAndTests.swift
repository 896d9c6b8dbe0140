import ArticleModel
import Testing

@testable import Extraction

/// `and` inside one organisation's name stays inside it; two names joined by `and` stay two. A title
/// before `Staff` names a military body, not a person.
@Suite struct EntityJoinedByAndTests {
    func names(_ paragraphs: [String]) -> [String] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.map(\.name)
    }

    @Test func anAndBeforeTheHeadStaysInsideTheName() {
        let found = names(["Lawyers for the bank wrote to the Securities and Exchange Commission on Monday."])
        #expect(found.contains("Securities and Exchange Commission"), "\(found)")
        #expect(!found.contains("Exchange Commission"), "\(found)")
    }

    @Test func anAndInsideTheOfPhraseStaysInsideTheName() {
        let found = names([
            "A letter from the Department for Transport and Roads reached the council on Friday.",
            "The Ministry of Water and Irrigation denied the report.",
        ])
        #expect(found.contains("Department for Transport and Roads"), "\(found)")
        #expect(found.contains("Ministry of Water and Irrigation"), "\(found)")
        #expect(!found.contains("Roads") && !found.contains("Irrigation"), "\(found)")
    }

    @Test func anAndInsideTheOfPhraseBeforeASecondHeadStaysInsideTheName() {
        let found = names(["The Department of Labor and Family Services cut the grant in half."])
        #expect(found.contains("Department of Labor and Family Services"), "\(found)")
    }

    @Test func twoPlacesOrTwoPeopleJoinedByAndStayTwo() {
        let found = names([
            "Norway and Denmark agreed the quota in Oslo on Tuesday.",
            "Later Patterson and Whitfield said the deal was fair.",
        ])
        #expect(found.contains("Norway") && found.contains("Denmark"), "\(found)")
        #expect(!found.contains { $0.contains(" and ") }, "\(found)")
    }

    @Test func twoMinistriesJoinedByAndStayTwo() {
        let found = names(["The Ministry of Defence and Home Office issued a joint statement."])
        #expect(!found.contains { $0.contains(" and ") }, "\(found)")
    }

    @Test func aTitleBeforeStaffNamesTheBodyNotAPerson() {
        let found = names(["The Greek General Staff said two jets had been scrambled."])
        #expect(!found.contains("Staff"), "\(found)")
        #expect(found.contains { $0.hasSuffix("General Staff") }, "\(found)")
    }

    @Test func aGeneralBeforeASurnameIsStillAPerson() {
        let found = names(["General Hollister told reporters the offensive would go on."])
        #expect(found.contains("Hollister") || found.contains("General Hollister"), "\(found)")
    }

    @Test func staffAfterATitleBelongsToTheRoleBeforeAName() {
        let found = names(["Chief of the General Staff Emre Toprak visited the base."])
        #expect(found.contains("Emre Toprak"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Staff") }, "\(found)")
    }
}
