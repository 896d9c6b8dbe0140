import ArticleModel
import Testing

@testable import Extraction

/// A page's tag list run into a sentence makes no long junk name and no site; the sentence around it
/// and a sentence glued after it are read as before.
@Suite struct EntityTagListTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func tagListGluedToASentenceMakesNoJunkName() {
        let found = entities([
            "Shelling hit the market in Valdoria on Tuesday the governor said Tags Valdoria Kestrel Hills "
                + "Militia Fighters Truck Bomb Harbour Front"
        ])
        #expect(found.contains { $0.name == "Valdoria" })
        #expect(!found.contains { $0.name.contains("Kestrel") || $0.name.contains("Truck") })
        #expect(!found.contains { $0.name.contains("Harbour") })
    }

    @Test func knownNamesInTheTagListLeaveTheSentenceItsMentions() {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "Fighting went on. Tags Syria opposition groups Idlib The brigade said on Monday it had "
                        + "killed six fighters south of Idlib in northwest Syria.")
            ])
        let result = TestData.extractor.extract(from: article)
        let tagList = 18..<52
        #expect(result.entities.contains { $0.name == "Idlib" })
        #expect(!result.entities.contains { $0.name.hasPrefix("Syria ") })
        for entity in result.entities {
            #expect(!entity.mentions.contains { tagList.contains($0.span.start) }, "\(entity.name)")
        }
    }

    @Test func signOffNamesNoPlace() {
        let found = entities([
            "Three shops burned in the blaze, the fire service said.",
            "Omar Haddad / Manar",
        ])
        #expect(found.isEmpty, "\(found.map(\.name))")
    }

    @Test func sentenceGluedAfterTheTagListIsRead() {
        let found = entities([
            "Two ferries sank near the coast. Tagged: Marenport ferries shipping The Harbour Authority of "
                + "Marenport said Captain Olaf Brenner was missing."
        ])
        #expect(found.contains { $0.name == "Olaf Brenner" && $0.kind == .person })
        #expect(!found.contains { $0.name.hasPrefix("Marenport ferries") })
    }

    @Test func tagListStretchesNeedACapitalisedItem() {
        let tokens = Tokenizer().tokens(in: "Tagged as traitors the men fled while Tags Alpha Beta gamma")
        let stretches = EntityExtractor.tagListStretches(in: tokens, sentence: 0..<tokens.count)
        #expect(stretches.count == 1)
        #expect(stretches.first.map { tokens[$0.lowerBound].text } == "Tags")
        #expect(stretches.first?.upperBound == tokens.count)
    }

    @Test func tagListEndsWhereAGluedSentenceBegins() {
        let tokens = Tokenizer().tokens(in: "Tags Alpha Beta floods Overnight raids on the port killed four")
        let stretches = EntityExtractor.tagListStretches(in: tokens, sentence: 0..<tokens.count)
        #expect(stretches.count == 1)
        #expect(stretches.first.map { tokens[$0.upperBound].text } == "Overnight")
    }
}
