import ArticleModel
import Testing

@testable import Extraction

/// Finding a token's sentence in a paragraph by binary search: the same sentence a scan from the first
/// would find, for every token, and the sentences that start in a range of tokens.
@Suite struct SentenceLookupTests {
    private let paragraph = AnalyzedArticle(
        Article(
            title: "Report",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "The Tarnwell Trust said so. A spokesman for The Lantern agreed. Rain fell. "
                        + "Officials in Corvale met on Monday, said Ines Odum.")
            ])
    ).paragraphs[1]

    @Test func eachTokenFindsTheSentenceAScanFinds() {
        #expect(paragraph.sentences.count == 4)
        for i in 0..<(paragraph.tokens.count + 2) {
            #expect(paragraph.sentence(holding: i) == paragraph.sentences.first { $0.contains(i) })
        }
    }

    @Test func theFirstSentenceStartingAtATokenIsTheOneAScanFinds() {
        for i in 0..<(paragraph.tokens.count + 2) {
            let scanned = paragraph.sentences.firstIndex { $0.lowerBound >= i } ?? paragraph.sentences.count
            #expect(paragraph.firstSentence(startingFrom: i) == scanned)
        }
    }

    @Test func aParagraphWithoutTokensHasNoSentence() {
        let empty = AnalyzedArticle(Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: "")]))
            .paragraphs[1]
        #expect(empty.sentence(holding: 0) == nil)
        #expect(empty.firstSentence(startingFrom: 0) == 0)
    }

    @Test func aNameAfterACapitalTheIsFoundInsideItsSentenceOnly() {
        let article = AnalyzedArticle(
            Article(
                title: "Report",
                paragraphs: [
                    Paragraph(
                        kind: .body,
                        text: "The Tarnwell Trust agreed. A spokesman for The Lantern agreed. The Beacon said so.")
                ]))
        func follows(_ words: [String]) -> Bool {
            let tokens = article.paragraphs[1].tokens
            let start = tokens.indices.first { i in
                words.indices.allSatisfy { i + $0 < tokens.count && tokens[i + $0].text == words[$0] }
            }!
            let candidate = EntityExtractor.Candidate(
                paragraph: 1, tokens: start..<(start + words.count), name: words.joined(separator: " "),
                sentenceInitial: false)
            return EntityExtractor.followsCapitalThe(candidate, in: article)
        }
        #expect(follows(["Lantern"]))
        #expect(!follows(["Tarnwell", "Trust"]))
        // Opening a sentence, a one-word name before a verb of speaking.
        #expect(follows(["Beacon"]))
    }
}
