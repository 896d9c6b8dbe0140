import ArticleModel
import Testing

@testable import Extraction

/// A speaker spelt another way later in the article is the person as first named (sentences written
/// for these tests).
@Suite struct QuoteSpellingTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func keysIgnoreVowelsSpacesAndInitials() {
        #expect(QuoteRoles.spellingKey("Rami Abdel Rahman") == QuoteRoles.spellingKey("Rami Abdulrahman"))
        #expect(QuoteRoles.spellingKey("James E. Clyburn") == QuoteRoles.spellingKey("James Clyburn"))
        #expect(QuoteRoles.spellingKey("James Clyburn") != QuoteRoles.spellingKey("James Clark"))
        #expect(QuoteRoles.spellingKey("Clyburn") == nil)
        #expect(QuoteRoles.spellingKey("Ali Al") == nil)
    }

    /// ASCII names are read byte by byte, others character by character: both keep the same letters.
    @Test func keysOfASCIIAndOtherNamesKeepConsonantsOnce() {
        #expect(QuoteRoles.spellingKey("Dr Tomas Hallworth-Byrne") == "tms|hlwrthbrn")
        #expect(QuoteRoles.spellingKey("Renée Dubbois") == "rné|dbs")
    }

    @Test func laterSpellingGoesToTheFirst() {
        let found = speakers([
            "Observatory director Rami Abdel Rahman told reporters that fighting had resumed.",
            "\"The shelling has not stopped for three days now,\" Rami Abdulrahman said.",
        ])
        #expect(found == ["Rami Abdel Rahman"])
    }

    @Test func surnameWithATitleGoesToTheFullName() {
        let found = speakers([
            "Representative James E. Clyburn said on Sunday that the talks had stalled.",
            "\"Nobody in this building wants another shutdown of the government,\" said Mr. Clyburn.",
        ])
        #expect(found == ["James E. Clyburn"])
    }
}
