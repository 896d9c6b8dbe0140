import ArticleModel
import Testing

@testable import Extraction

/// What a pass holds for a long article: nothing that grows with the text beyond what it returns.
@Suite struct ExtractionMemoryTests {
    /// A long article holds every name candidate, and an entry per distinct name, at once.
    @Test func candidatesAndVotesAreSmall() {
        #expect(MemoryLayout<EntityExtractor.Candidate>.stride <= 48)
        #expect(MemoryLayout<EntityResolver.Entry>.stride <= 64)
        #expect(MemoryLayout<EntityResolver.Entry.Mention>.stride <= 20)
        #expect(MemoryLayout<TextSpan>.stride <= 12)
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

    /// A candidate's role, canonical name, aliases and alternatives live in a box shared by its copies: a
    /// change to one copy leaves the others as they were.
    @Test func aCandidatesRareFieldsKeepValueSemantics() {
        var first = EntityExtractor.Candidate(
            paragraph: 0, tokens: 0..<2, name: "Omar Haddad", role: "minister", sentenceInitial: false)
        #expect(first.role == "minister" && first.canonical == nil && first.aliases.isEmpty)
        first.aliases.append("Minister Omar Haddad")
        var second = first
        second.aliases.append("Haddad")
        second.role = nil
        second.canonical = "Omar al-Haddad"
        #expect(first.aliases == ["Minister Omar Haddad"] && first.role == "minister" && first.canonical == nil)
        #expect(second.aliases == ["Minister Omar Haddad", "Haddad"] && second.role == nil)
        #expect(second.canonical == "Omar al-Haddad")
        var plain = EntityExtractor.Candidate(paragraph: 0, tokens: 0..<1, name: "Hama", sentenceInitial: false)
        plain.alternatives = ["Hamah"]
        #expect(plain.alternatives == ["Hamah"] && plain.aliases.isEmpty && plain.role == nil)
    }

    /// A role is held once and given back by its number as it was written.
    @Test func aRoleTableHoldsEachRoleOnce() {
        var roles = RoleTable()
        let minister = roles.number(of: "minister")
        #expect(roles.number(of: "Supreme Leader") != minister)
        #expect(roles.number(of: "minister") == minister && roles[minister] == "minister")
        // The same role as Unicode compares it, in other bytes (an accent composed, then combining).
        let composed = roles.number(of: "caf\u{E9} owner")
        let combining = roles.number(of: "cafe\u{301} owner")
        #expect(composed != combining)
        #expect(roles[combining].unicodeScalars.elementsEqual("cafe\u{301} owner".unicodeScalars))
        #expect(roles.number(of: "caf\u{E9} owner") == composed)
    }

    /// Names to entry numbers, read and written like a dictionary (a number of -1 too: several people).
    @Test func anEntryTableReadsLikeADictionary() {
        var table: EntryTable = ["Aleppo": 3]
        table["Homs"] = 70_000
        table["Liu"] = -1
        #expect(table["Aleppo"] == 3 && table["Homs"] == 70_000 && table["Liu"] == -1 && table["Hama"] == nil)
        table["Aleppo"] = nil
        #expect(table["Aleppo"] == nil)
    }

    /// The table answers as a dictionary of the same names does, through its growth, for names outside ASCII
    /// too: one canonically equal to an ASCII name (a KELVIN SIGN for `K`) finds that name, and two spellings
    /// of one accented letter find each other.
    @Test func anEntryTableAnswersAsADictionaryOfTheSameNames() {
        var table = EntryTable()
        var dictionary: [String: Int] = [:]
        var names = (0..<5_000).map { "Name\($0 * 7_919) Quorrel" }
        names += ["", "K", "Kurdistan", "\u{212A}urdistan", "caf\u{E9}", "cafe\u{301}", "\u{1E24}ama", "Liu"]
        for (n, name) in names.enumerated() {
            table[name] = n
            dictionary[name] = n
            if n % 3 == 0 {
                table[name] = -n
                dictionary[name] = -n
            }
        }
        for name in names + ["Name7 Quorrel", "Kurdistan2", "\u{212A}", "cafe", "Hama"] {
            #expect(table[name] == dictionary[name], "\(name)")
        }
        #expect(table["Kurdistan"] == names.count - 5 && table["cafe\u{301}"] == names.count - 3)
    }

    /// A name of 20 ASCII bytes takes about 20 bytes and 20 more in the table, where a dictionary's slot took
    /// 20 bytes at a quarter to half empty, and the name a heap string of 64 bytes when the table made it.
    @Test func anEntryTableHoldsANameInItsBytesAndAFewNumbers() {
        var table = EntryTable()
        table.reserveCapacity(50_000)
        for n in 0..<50_000 { table["quorrelname\(100_000_000 + n)"] = n }
        #expect(table["quorrelname100049999"] == 49_999)
        #expect(table.heldBytes < 50_000 * 52)
    }

    /// An array is copied to its size when it holds much more room than elements. (The room is reserved, not
    /// left to appending: how far an array grows past a power of two depends on the allocator, and the old
    /// test saw 1,039 slots for 1,025 elements in one run.)
    @Test func aTrimmedArrayHoldsLittleSpareRoom() {
        var grown: [Int] = []
        grown.reserveCapacity(4_096)
        for n in 0..<1_025 { grown.append(n) }
        #expect(grown.capacity >= 4_096)
        let trimmed = grown.trimmed()
        #expect(trimmed == Array(0..<1_025) && trimmed.capacity < 1_200)
        let small = [1, 2, 3]
        #expect(small.trimmed() == small)
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

    /// The dates that may date a figure are the article's own array, not a copy, when every one may; when
    /// one may not (a comparison's same period), the others in their order.
    @Test func datesOfFiguresShareTheDatesWhenNoneIsLeftOut() {
        func dates(_ text: String) -> (AnalyzedArticle, [DateMention]) {
            let analyzed = AnalyzedArticle(
                Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2021-03-10"))
            return (analyzed, DateExtractor().extract(from: analyzed))
        }
        let (plain, all) = dates("Tolvik shipped 40 crates on Monday, 12 more on Tuesday and 9 in 2019.")
        #expect(all.count == 3)
        let kept = ArticleExtractor.datesOfFigures(all, in: plain)
        #expect(kept == all)
        let sharesStorage = kept.withUnsafeBufferPointer { ownBase in
            all.withUnsafeBufferPointer { $0.baseAddress == ownBase.baseAddress }
        }
        #expect(sharesStorage, "a copy of every date was made")
        let (compared, some) = dates(
            "Tolvik sold 40 crates on Monday, up 9% from the same 2019 period, and 12 more in 2020.")
        #expect(some.count == 3)
        #expect(ArticleExtractor.datesOfFigures(some, in: compared).map(\.text) == ["Monday", "2020"])
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
