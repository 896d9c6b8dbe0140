import ArticleModel
import Testing

@testable import Extraction

/// Names run into the words after them: a dateline's town in capitals before the story's first words, an
/// organisation's possessive without its apostrophe before a nationality or a place, a leader's surname with
/// that possessive `s`.
@Suite struct EntityFusedNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aDatelineTownInCapitalsIsCutFromTheStorysFirstWords() {
        let found = entities([
            "HOMS Government troops shelled the northern suburbs overnight, residents said.",
            "AMMAN A Jordanian court jailed two men on Tuesday.",
        ])
        #expect(found.contains { $0.name == "Homs" && $0.kind == .place }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "Amman" && $0.kind == .place }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.hasPrefix("HOMS") || $0.name.hasPrefix("AMMAN") }, "\(found.map(\.name))")
    }

    @Test func anAcronymBeforeANameStaysOneName() {
        let found = entities(["Shares in KDBX Holdings rose after the results, traders said."])
        #expect(found.contains { $0.name == "KDBX Holdings" }, "\(found.map(\.name))")
    }

    @Test func aKnownGroupsLostPossessiveBeforeANationalityOrAPlaceIsTheGroup() {
        let found = entities([
            "Jets struck the Islamic States Syrian stronghold at dawn, the monitor said",
            "The Islamic States Raqqa offensive stalled after the strikes",
        ])
        #expect(found.contains { $0.name == "Islamic State" && $0.kind == .organization }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.hasPrefix("States") }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "Raqqa" && $0.kind == .place }, "\(found.map(\.name))")
    }

    @Test func aLeadersLostPossessiveIsTheLeadersSurname() {
        let found = entities([
            "Fighters loyal to Morvaks regime shelled the valley on Monday",
            "Rebels said Morvaks forces had left the hills by night",
        ])
        #expect(found.contains { $0.name == "Morvak" && $0.kind == .person }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Morvaks" }, "\(found.map(\.name))")
    }

    /// Before what anyone may have (`family`, `son`), a name's `s` stays unless the name is a leader's too.
    @Test func aFamilysLostPossessiveKeepsItsS() {
        let found = entities([
            "The Hopkins family said they were grateful for the support",
            "Neighbours said Brooks son had left the town by night",
        ])
        #expect(!found.contains { $0.name == "Hopkin" || $0.name == "Brook" }, "\(found.map(\.name))")
    }

    @Test func aLeadersLostPossessiveBesideTheFullNameJoinsIt() {
        let found = entities([
            "President Tarek al-Morvaks air force struck the valley on Monday",
            "Rebels said Morvaks regime had shelled the hills by night",
        ])
        #expect(!found.contains { $0.name == "Morvak" }, "\(found.map(\.name))")
        #expect(found.filter { $0.name.contains("Morvak") }.count == 1, "\(found.map(\.name))")
    }

    @Test func aPlacesOrAGivenNamesPossessiveKeepsItsOwnS() {
        let found = entities([
            "Analysts in Athens said the Athens government would resign",
            "Critics of Williams government said it had failed",
        ])
        #expect(!found.contains { $0.name == "Athen" || $0.name == "William" }, "\(found.map(\.name))")
    }
}
