import Extraction
import Testing

@testable import ArchiveStore

/// A figure's site and source resolve to the article's own entity, or to none when unsure.
@Suite struct FigureEntityResolverTests {
    static let entities = [
        ExtractedEntity(name: "Eastern Ghouta", kind: .place),
        ExtractedEntity(
            name: "Syrian Observatory for Human Rights", kind: .organization, aliases: ["SOHR"],
            mentions: [.init(span: TextSpan(paragraph: 1, start: 4, end: 15))]),
        ExtractedEntity(name: "Aleppo", kind: .place),
        ExtractedEntity(name: "Hama", kind: .place),
        ExtractedEntity(name: "Hama", kind: .organization),
        ExtractedEntity(name: "Jordan", kind: .place),
        ExtractedEntity(name: "Michael Jordan", kind: .person),
        ExtractedEntity(name: "Syrian", kind: .nationality),
        ExtractedEntity(name: "Gaza City", kind: .place),
    ]
    /// The article's headline and paragraph: the mention above is the paragraph's "Observatory".
    static let paragraphs = ["Report", "The Observatory said the toll rose."]
    let resolver = FigureEntityResolver(entities: Self.entities, paragraphs: Self.paragraphs)

    @Test(arguments: [
        ("Eastern Ghouta", 0), ("eastern ghouta", 0), ("Ghouta", 0), ("rebel-held Aleppo", 2), ("Jordan", 5),
    ])
    func sitesResolveByNameIgnoringCaseOrByAUniqueShorterOrLongerForm(words: String, entity: Int) {
        #expect(resolver.entity(named: words, as: .site) == entity)
    }

    @Test(arguments: ["SOHR", "sohr", "Observatory", "Syrian Observatory for Human Rights"])
    func sourcesResolveByAliasOrTheWordsTheArticleWrote(words: String) {
        #expect(resolver.entity(named: words, as: .source) == 1)
    }

    @Test func aPersonIsNeverASiteButMayBeASource() {
        #expect(resolver.entity(named: "Michael Jordan", as: .site) == nil)
        #expect(resolver.entity(named: "Michael Jordan", as: .source) == 6)
        #expect(resolver.entity(named: "Syrian", as: .source) == nil)
    }

    @Test func ambiguousOrUnknownWordsResolveToNothing() {
        // Two entities named Hama, and a description no entity bears.
        #expect(resolver.entity(named: "Hama", as: .source) == nil)
        #expect(resolver.entity(named: "Iraqi military", as: .source) == nil)
        #expect(resolver.entity(named: nil, as: .site) == nil)
        // A word that ends a name but is no name itself.
        #expect(resolver.entity(named: "the city", as: .site) == nil)
        #expect(resolver.entity(named: "city", as: .site) == nil)
    }

    @Test func aShorterFormFittingSeveralEntitiesResolvesToNothing() {
        let resolver = FigureEntityResolver(
            entities: [
                ExtractedEntity(name: "Eastern Ghouta", kind: .place),
                ExtractedEntity(name: "Western Ghouta", kind: .place),
            ], paragraphs: Self.paragraphs)
        #expect(resolver.entity(named: "Ghouta", as: .site) == nil)
    }

    @Test func aMentionIsReadFromItsParagraphInScalarsNotBytes() {
        // "Türkiye" after a non-ASCII word: its scalar offsets are not its byte offsets.
        let resolver = FigureEntityResolver(
            entities: [
                ExtractedEntity(
                    name: "Republic of Türkiye", kind: .place,
                    mentions: [.init(span: TextSpan(paragraph: 1, start: 10, end: 17))])
            ],
            paragraphs: ["Report", "Shelling “Türkiye” border"])
        #expect(resolver.entity(named: "Türkiye", as: .site) == 0)
        #expect(resolver.entity(named: "Türkiy", as: .site) == nil)
    }
}
