import ArticleModel
import Testing

@testable import Extraction

@Suite struct EntityExtractorTests {
    func entities(_ paragraphs: [String], headline: String = "Report") -> [ExtractedEntity] {
        let article = Article(title: headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return ArticleExtractor().extract(from: article).entities
    }

    @Test func titlesSplitOffAndSurnamesResolve() {
        let found = entities([
            "Iran’s Supreme Leader Ayatollah Ali Khamenei has called the strike a slap in the face.",
            "Khamenei’s televised remarks came hours after US President Donald Trump spoke.",
        ])
        let khamenei = found.first { $0.name == "Ali Khamenei" }
        #expect(khamenei?.kind == .person)
        #expect(khamenei?.mentions.count == 2)
        #expect(khamenei?.mentions.first?.role == "Supreme Leader Ayatollah")
        #expect(found.first { $0.name == "Donald Trump" }?.mentions.first?.role == "President")
        #expect(found.first { $0.name == "Iran" }?.kind == .place)
        #expect(found.first { $0.name == "United States" }?.aliases.contains("US") == true)
    }

    @Test func acronymsAndAlternativesInParentheses() {
        let found = entities(["He was deputy commander of the Popular Mobilisation Forces (PMF, or Hashd al-Shaabi), and the PMF mourned him."])
        let pmf = found.first { $0.name == "Popular Mobilisation Forces" }
        #expect(pmf?.kind == .organization)
        #expect(pmf?.aliases.contains("PMF") == true && pmf?.aliases.contains("Hashd al-Shaabi") == true)
        // The full name, both acronyms and the alternative name: four mentions of one organisation.
        #expect(pmf?.mentions.count == 4)
    }

    @Test func placesFromTheGazetteerAndFromContext() {
        let found = entities(["The missiles were fired at the Ain al-Assad base in Anbar province and a facility in Erbil."])
        #expect(found.first { $0.name == "Ain al-Assad" }?.kind == .place)
        #expect(found.first { $0.name == "Ain al-Assad" }?.aliases.contains("Ain al-Assad base") == true)
        #expect(found.first { $0.name == "Anbar" }?.kind == .place)
        #expect(found.first { $0.name == "Erbil" }?.kind == .place)
    }

    @Test func sentenceStartsAndModifiersAreNotNames() {
        let found = entities(["Following the strike, officials met. Accusing the US-led coalition of lying, they left."])
        #expect(!found.contains { $0.name.hasPrefix("Following") || $0.name.hasPrefix("Accusing") || $0.name.contains("-led") })
    }

    @Test func titleCaseHeadlinesOnlyMatchKnownNames() {
        let found = entities(["Six people were killed in Aleppo on Wednesday."], headline: "Six Killed in Aleppo Bombing as Evacuation Resumes")
        let aleppo = found.first { $0.name == "Aleppo" }
        #expect(aleppo?.mentions.contains { $0.span.paragraph == 0 } == true)
        #expect(!found.contains { $0.name.contains("Bombing") || $0.name.contains("Evacuation") })
    }
}
