import ArticleModel
import Testing

@testable import Extraction

/// A headline count names no one, but the body's first sentences give the same count and say who reports
/// it: the headline's count (and the body's copy of the headline) take that source. Sentences written for
/// these tests.
@Suite struct FigureHeadlineCopySourceTests {
    func figures(title: String, body: [String]) -> [Figure] {
        let article = Article(title: title, paragraphs: body.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func headlineSource(_ value: Double, in found: [Figure]) -> String? {
        found.first { $0.span.paragraph == 0 && $0.value == value }?.source
    }

    func described(_ found: [Figure]) -> String {
        found.map { "\($0.span.paragraph):\($0.text)=\($0.source ?? "-")" }.joined(separator: ", ")
    }

    @Test(arguments: [
        "Jets killed 14 civilians in Dornholm on Monday, the Kelvar Observatory said.",
        "According to the Kelvar Observatory, 14 civilians were killed when jets struck Dornholm on Monday.",
    ])
    func theHeadlinesCountTakesTheSourceOfItsBodyCopy(lead: String) {
        let found = figures(title: "Jets kill 14 civilians in Dornholm", body: [lead])
        #expect(headlineSource(14, in: found) == "Kelvar Observatory", "\(described(found))")
    }

    /// The lead credits the monitor by a description, a later sentence by its name: one source, the monitor's.
    @Test func aMonitorDescribedInTheLeadAndNamedAfterIsOneSource() {
        let found = figures(
            title: "Jets kill 14 civilians in Dornholm",
            body: [
                "At least 14 civilians were killed when jets struck Dornholm on Monday, a Vessa-based monitoring group said.",
                "\"The jets killed 14 civilians in the old market,\" said the Kelvar Observatory for Civil Rights.",
            ])
        #expect(headlineSource(14, in: found) == "Kelvar Observatory for Civil Rights", "\(described(found))")
    }

    @Test func peopleUnderAnotherWordAndASecondSentenceCopyTheCount() {
        let found = figures(
            title: "Five killed as rockets hit Tarvan market",
            body: [
                "Rockets struck the main market of Tarvan on Sunday morning.",
                "Five people were killed and dozens were wounded, the Vessa News Agency said.",
            ])
        #expect(headlineSource(5, in: found) == "Vessa News Agency", "\(described(found))")
    }

    @Test func theBodysCopyOfTheHeadlineTakesTheSourceToo() {
        let found = figures(
            title: "Gunmen Kill 9 Guards in Marrowby",
            body: [
                "03-04-2016 Gunmen Kill 9 Guards in Marrowby. Gunmen stormed a checkpoint in Marrowby on Sunday"
                    + " killing 9 guards, the Kelvar Observatory said."
            ])
        let copies = found.filter { $0.value == 9 }
        #expect(copies.count == 3, "\(described(found))")
        #expect(copies.allSatisfy { $0.source == "Kelvar Observatory" }, "\(described(found))")
    }

    @Test(arguments: [
        // Another number.
        ["Jets killed 12 civilians in Dornholm on Monday, the Kelvar Observatory said."],
        // Another harm.
        ["Jets wounded 14 civilians in Dornholm on Monday, the Kelvar Observatory said."],
        // Two reporters give the count.
        [
            "Jets killed 14 civilians in Dornholm on Monday, the Kelvar Observatory said.",
            "The Vessa News Agency said 14 civilians were killed in the raid.",
        ],
        // Past the body's first sentences.
        [
            "Jets struck Dornholm on Monday.", "The town lies near the border.", "Its market was busy.",
            "Smoke rose over the old quarter.", "Jets killed 14 civilians there, the Kelvar Observatory said.",
        ],
    ])
    func noPlainCopyLeavesTheHeadlineUnsourced(body: [String]) {
        let found = figures(title: "Jets kill 14 civilians in Dornholm", body: body)
        #expect(found.contains { $0.span.paragraph == 0 && $0.value == 14 }, "\(described(found))")
        #expect(headlineSource(14, in: found) == nil, "\(described(found))")
    }
}
