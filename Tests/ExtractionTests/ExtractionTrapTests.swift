import ArticleModel
import Testing

@testable import Extraction

/// Texts that made a rule build a backwards range or read past a sentence and so trapped (the process
/// ends: without the fix the whole test run fails). Each is the smallest text `scripts/torture`'s salad
/// check and a delta debugging of its input came to, in invented words.
@Suite struct ExtractionTrapTests {
    func figures(_ paragraphs: String...) -> [Figure] {
        let article = Article(title: "Kelvar report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    /// A stretch of time in its own comma piece after the count (`…, over the past week`): the check for an
    /// incident's noun before the count read `stretch.lowerBound..<count`, which runs backwards there.
    @Test func stretchOfAWeekAfterTheCount() {
        let found = figures("Jets killed 19 people in Tarvan, over the past week.")
        #expect(found.first { $0.value == 19 }?.isRunningTotal == true)
    }
}
