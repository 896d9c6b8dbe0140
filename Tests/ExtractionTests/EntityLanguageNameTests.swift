import ArticleModel
import Testing

@testable import Extraction

/// Languages and movements are no nationalities: a word that only names a language or a movement's
/// followers is not stored, and a people's word is not stored where it names the language (`in English`,
/// `speaks Arabic`, `Arabic-language`). The people's word before a noun it describes stays a nationality.
@Suite struct EntityLanguageNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Notes", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func languagesOnlyAreNotStored() {
        let found = entities(["Singers in Dornholm recorded the anthem again in Mandarin and Cantonese last week."])
        #expect(!found.contains { $0.name == "Mandarin" || $0.name == "Cantonese" }, "\(describe(found))")
        #expect(found.contains { $0.name == "Dornholm" }, "\(describe(found))")
    }

    @Test func movementFollowersAreNoNationality() {
        let found = entities([
            "Kurdish fighters clashed with Islamist groups near Tarvan on Sunday.",
            "The Islamists withdrew from the road to Tarvan by the evening.",
        ])
        #expect(!found.contains { $0.name.hasPrefix("Islamist") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Kurdish" && $0.kind == .nationality }, "\(describe(found))")
    }

    @Test func aPeoplesWordUsedAsALanguageIsNotStored() {
        let found = entities([
            "The leaflets in Dornholm were printed in English and handed out at the station.",
            "Her brother speaks Arabic at the market on weekdays.",
        ])
        #expect(!found.contains { $0.name == "English" || $0.name == "Arabic" }, "\(describe(found))")
    }

    @Test func aPeoplesWordBeforeItsNounStaysANationality() {
        let found = entities(["Interest in English football grew in Dornholm after the summer."])
        #expect(found.contains { $0.name == "English" && $0.kind == .nationality }, "\(describe(found))")
    }

    @Test(arguments: [
        ("Nine farmers were hurt in Syrian and Russian air raids near Dornholm on Friday.", ["Syrian", "Russian"]),
        ("Two clinics near Dornholm were hit in Russian or Turkish shelling overnight.", ["Russian", "Turkish"]),
        ("Fewer travellers in Germans and Swedes were seen in Dornholm this winter.", ["Germans"]),
        ("Crews killed in Syrian separate operations were buried in Dornholm.", ["Syrian"]),
    ])
    func aPeoplesWordInAListBeforeItsNounOrNoLanguageStays(text: String, names: [String]) {
        let found = entities([text])
        for name in names {
            #expect(found.contains { $0.name == name || $0.aliases.contains(name) }, "\(name): \(describe(found))")
        }
    }
}
