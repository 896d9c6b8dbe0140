import ArticleModel
import Testing

@testable import Extraction

/// Names that used to lose a word: a landmark keeps its head (`Tiananmen Square`), and a given name that
/// is also a month keeps its place before the surname when the pair is clearly a person (`Jan Berry`).
@Suite struct EntityLandmarkAndMonthNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aLandmarkOfAnUnknownNameKeepsItsHead() {
        let found = entities([
            "Protesters gathered in Varnoy Square on Sunday.",
            "Worshippers left the Umari Mosque after prayers.",
        ])
        #expect(entity(found, "Varnoy Square")?.kind == .place)
        #expect(entity(found, "Umari Mosque")?.kind == .place)
        #expect(entity(found, "Varnoy") == nil)
    }

    @Test func anAdministrativeHeadStillGoes() {
        let found = entities(["Shelling hit villages in Tarvan Province on Monday."])
        #expect(entity(found, "Tarvan")?.kind == .place)
    }

    @Test func aMonthThatIsAGivenNameOpensAPersonsNameWithACue() {
        let found = entities([
            "Jan Berry, the singer, died at the age of 62.",
            "The actress June Halloway arrived late.",
        ])
        #expect(entity(found, "Jan Berry")?.kind == .person)
        #expect(entity(found, "June Halloway")?.kind == .person)
    }

    @Test func aMonthBeforeANameIsStillADate() {
        let found = entities(["In May Halloway said the plan would go ahead, and since June Marlow has been quiet."])
        #expect(entity(found, "May Halloway") == nil)
        #expect(entity(found, "June Marlow") == nil)
    }

    @Test func aMonthThatIsAGivenNameListedWithAPersonOpensAPersonsName() {
        let found = entities(["Jan Berry and Robert Halloway formed the duo in 1958."])
        #expect(entity(found, "Jan Berry")?.kind == .person)
        #expect(entity(found, "Robert Halloway")?.kind == .person)
    }
}
