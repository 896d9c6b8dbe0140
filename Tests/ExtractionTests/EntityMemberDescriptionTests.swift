import ArticleModel
import Testing

@testable import Extraction

/// Words that describe a person, outside war news: an agent's noun the word list lacks opening the
/// sentence (`Sprinter`, `Keeper`, `Co-star`) is no part of the name after it, and `Former` before a band's
/// or a club's name is no person's role.
@Suite struct EntityMemberDescriptionTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(of name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    @Test func unlistedAgentNounOpeningTheSentenceIsNoPartOfTheName() {
        let found = entities([
            "Sprinter Kelly Ashdown won the indoor title at Vessa on Sunday.",
            "Drummer Peter Dornholm left the tour after a row over money.",
            "Keeper Tom Maresk saved two penalties in the shoot-out.",
            "Co-star Anna Kestrel said the script had changed twice.",
        ])
        #expect(kind(of: "Kelly Ashdown", in: found) == .person)
        #expect(kind(of: "Peter Dornholm", in: found) == .person)
        #expect(kind(of: "Tom Maresk", in: found) == .person)
        #expect(kind(of: "Anna Kestrel", in: found) == .person)
        #expect(!found.contains { name in ["Sprinter", "Drummer", "Keeper", "Co-star"].contains { name.name.hasPrefix($0) } })
    }

    @Test func formerBeforeAGroupNamesTheGroupAndNoPerson() {
        let found = entities([
            "Former Brisklight singer Mara Fell released a solo record in the spring.",
            "Former Tarvan Rovers boss Ilse Marr joined a club in the north.",
        ])
        #expect(kind(of: "Brisklight", in: found) == .organization)
        #expect(kind(of: "Mara Fell", in: found) == .person)
        #expect(kind(of: "Ilse Marr", in: found) == .person)
        #expect(!found.contains { $0.kind == .person && ["Brisklight", "Tarvan Rovers"].contains($0.name) })
    }
}
