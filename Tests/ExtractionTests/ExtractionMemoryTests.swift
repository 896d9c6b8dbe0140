import ArticleModel
import Testing

@testable import Extraction

/// What a pass holds for a long article: nothing that grows with the text beyond what it returns.
@Suite struct ExtractionMemoryTests {
    /// A long article holds every name candidate, and an entry per distinct name, at once.
    @Test func candidatesAndVotesAreSmall() {
        #expect(MemoryLayout<EntityExtractor.Candidate>.stride <= 88)
        #expect(MemoryLayout<EntityExtractor.Evidence?>.size <= 2)
        #expect(MemoryLayout<EntityResolver.Entry.KindVotes>.stride <= 20)
        var candidate = EntityExtractor.Candidate(paragraph: 3, tokens: 5..<9, name: "Aleppo", sentenceInitial: false)
        #expect(candidate.paragraph == 3 && candidate.tokens == 5..<9 && candidate.alternativeOf == nil)
        candidate.alternativeOf = 0
        candidate.tokens = 70_000..<70_002
        #expect(candidate.alternativeOf == 0 && candidate.tokens == 70_000..<70_002)
        var votes = EntityResolver.Entry.KindVotes()
        #expect(votes[.place] == nil)
        votes[.place] = (best: 5, count: 1)
        votes[.person] = (best: 1, count: 300_000)
        #expect(votes[.place]! == (5, 1) && votes[.person]! == (1, 300_000) && votes[.organization] == nil)
    }

    @Test func theKnownNameCacheHoldsOneParagraphsSpans() {
        let article = AnalyzedArticle(
            Article(
                title: "Report",
                paragraphs: [
                    Paragraph(kind: .body, text: "Officials in Aleppo and Homs met on Monday."),
                    Paragraph(kind: .body, text: "Then they flew to Paris."),
                ]))
        var extractor = EntityExtractor(gazetteer: TestData.gazetteer)
        let cache = EntityExtractor.KnownNameCache()
        extractor.knownNames = cache
        let first = article.paragraphs[1]
        let aleppo = first.tokens.firstIndex { $0.text == "Aleppo" }!
        #expect(extractor.knownEvidence(aleppo..<(aleppo + 1), in: first)?.kind == .place)
        #expect(extractor.knownEvidence((aleppo + 2)..<(aleppo + 3), in: first)?.kind == .place)
        #expect(cache.evidence.count == 2)
        let second = article.paragraphs[2]
        let paris = second.tokens.firstIndex { $0.text == "Paris" }!
        #expect(extractor.knownEvidence(paris..<(paris + 1), in: second)?.kind == .place)
        #expect(cache.evidence.count == 1, "the first paragraph's spans were let go")
        // Asked again, the first paragraph's spans give the same answers.
        #expect(extractor.knownEvidence(aleppo..<(aleppo + 1), in: first)?.kind == .place)
        #expect(extractor.knownEvidence(aleppo..<(aleppo + 2), in: first) == nil)
    }

    @Test func figuresAreGivenRoomForTheWholeArticleAtTheirRateSoFar() {
        let figure = Figure(
            span: TextSpan(paragraph: 1, start: 0, end: 10), text: "12 rockets", value: 12, kind: .count,
            unit: "rocket", sentence: "12 rockets fell.")
        var figures: [Figure] = []
        // 4 figures in the first 100 of 10,000 tokens: room for about 400, and a tenth more.
        figures.makeRoom(adding: 4, tokensRead: 100, of: 10_000)
        #expect(figures.capacity >= 440)
        #expect(figures.capacity < 600)
        figures += Array(repeating: figure, count: 4)
        // Room enough: nothing grows.
        let capacity = figures.capacity
        figures.makeRoom(adding: 100, tokensRead: 5_000, of: 10_000)
        #expect(figures.capacity == capacity)
        // A rate below the room so far still doubles it, so that appending stays linear.
        figures += Array(repeating: figure, count: capacity - figures.count)
        figures.makeRoom(adding: 1, tokensRead: 9_999, of: 10_000)
        #expect(figures.capacity >= 2 * capacity)
    }
}
