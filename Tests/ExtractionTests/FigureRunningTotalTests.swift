import ArticleModel
import Testing

@testable import Extraction

/// Totals over a stretch of time are marked, so that no single day poses as their date.
@Suite struct FigureRunningTotalTests {
    func isRunningTotal(_ value: Double, in text: String) -> Bool? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }?.isRunningTotal
    }

    @Test(arguments: [
        ("More than 280,000 people have been killed since the war began in 2011.", 280_000.0),
        ("The fighting has killed 12,000 people over the past five years, the UN said.", 12_000),
        ("Some 4,000 fighters have died in six years of war in the valley.", 4_000),
        ("So far this year 900 migrants have drowned at sea.", 900),
        // Several days or weeks are a stretch too; a part of a total is a total.
        (
            "Jets have carried out 210 raids around the town since 3 June, including 17 strikes in the past three days.",
            17
        ),
        ("Shelling has killed 64 people in the past two weeks, the monitor said.", 64),
        // A toll over the whole of a war.
        ("More than 90,000 people have died in the conflict which began in 2012.", 90_000),
        ("Some 6,000 civilians have been killed in the civil war.", 6_000),
        ("Over 200,000 people have been killed in Yemen's war, which began in 2014.", 200_000),
    ])
    func aTotalOverAStretchOfTime(text: String, value: Double) {
        #expect(isRunningTotal(value, in: text) == true, "\(text)")
    }

    @Test(arguments: [
        ("Shelling killed 9 people in Idlib on Tuesday.", 9.0),
        ("The deadliest attack since 2015 killed 30 people.", 30),
        ("Strikes killed 14 people over the past 24 hours.", 14),
        ("Strikes killed 8 people over the past week.", 8),
        // A place in a war is no war's toll.
        ("Four soldiers were killed in the war zone on Monday.", 4),
    ])
    func oneOccasion(text: String, value: Double) {
        #expect(isRunningTotal(value, in: text) == false, "\(text)")
    }
}
