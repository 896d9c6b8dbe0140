import ArticleModel
import Testing

@testable import Extraction

/// `A total of 14 people including refugees who had fled to Kelvar were killed and more than 30 others
/// wounded`: a relative clause on a part of a breakdown no comma opened, then the count's own verb.
@Suite struct FigureBreakdownRelativeClauseTests {
    @Test func theCountKeepsItsVerbPastThePartsClause() {
        let figures = TestData.bodyFigures(
            "A total of 14 people including refugees who had fled to Kelvar were killed and more than 30 others "
                + "wounded in such raids, the Vessa Herald reports.")
        #expect(figures.first { $0.value == 14 }?.event == "killed", "\(figures.map { ($0.text, $0.event ?? "-") })")
        #expect(figures.first { $0.value == 30 }?.event == "injured", "\(figures.map { ($0.text, $0.event ?? "-") })")
    }

    @Test func aPartsClauseWithNoVerbGroupAfterGivesNoEvent() {
        let figures = TestData.bodyFigures("Some 14 people including refugees who had fled to Kelvar met the envoy.")
        #expect(figures.first { $0.value == 14 }?.event == nil, "\(figures.map { ($0.text, $0.event ?? "-") })")
    }
}
