import ArticleModel
import Testing

@testable import Extraction

/// The year of a dateline glued to the first sentence is no count of what follows it.
@Suite struct FigureDatelineYearTests {
    @Test(arguments: [
        "March 14 2016 Gunmen killed 6 guards at a checkpoint outside the port.",
        "Sun Aug 3 2015 People fled the town after 6 guards were killed.",
    ])
    func aYearAfterAMonthAndDayIsNoCount(text: String) {
        let values = TestData.bodyFigures(text).map(\.value)
        #expect(values == [6], "\(text)")
    }

}
