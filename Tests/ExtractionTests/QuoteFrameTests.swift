import ArticleModel
import Testing

@testable import Extraction

/// Attribution frames without an indexed verb of saying, and a quote inside a sentence that ends with
/// its attribution (sentences written for these tests).
@Suite struct QuoteFrameTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func asSomeonePutIt() {
        let found = speakers([
            "The council delayed the vote for a third time. As Priya Natarajan put it, \"Every month of "
                + "waiting costs the town another shop.\""
        ])
        #expect(found == ["Priya Natarajan"])
    }

    @Test func wasHowSomeoneDescribedIt() {
        let found = speakers([
            "The harbour deal was signed at midnight. (\"We finally have a port worth the name,\" was how Owen "
                + "Gallagher described it to reporters.)"
        ])
        #expect(found == ["Owen Gallagher"])
    }

    @Test func aSentenceEndingWithItsAttributionNamesTheSpeaker() {
        let found = speakers([
            "Carla Benedetti runs a bakery on the square.",
            "\"The new parking rules annoyed\" most traders on the high street, Benedetti said. \"Nobody asked "
                + "us before the signs went up.\"",
        ])
        #expect(found == ["Carla Benedetti", "Carla Benedetti"])
    }

    @Test func heWouldRespond() {
        let found = speakers([
            "Whenever reporters pressed Peter Lindqvist about the delays, he'd respond, \"The trains run when "
                + "the track is safe.\""
        ])
        #expect(found == ["Peter Lindqvist"])
    }

    @Test func aFramingVerbWithoutItIsNoFrame() {
        let found = speakers([
            "The report was put on hold. As Priya Natarajan put forward her plan, \"nothing moved for weeks\" "
                + "in the office."
        ])
        #expect(found.allSatisfy { $0 != "Priya Natarajan" })
    }
}
