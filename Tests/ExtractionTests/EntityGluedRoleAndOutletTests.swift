import ArticleModel
import Testing

@testable import Extraction

/// Names glued to the words before them: the last word of a role whose portfolio opens with `of the`, and a
/// broadcaster's name run onto the organisation after it.
@Suite struct EntityGluedRoleAndOutletTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func thePortfoliosLastWordStaysOffThePersonAfterIt() {
        let found = entities(["Chancellor of the Exchequer Maria Dunmore said the levy would stay."])
        #expect(found.contains { $0.name == "Maria Dunmore" && $0.kind == .person })
        #expect(!found.contains { $0.name.contains("Exchequer") })
    }

    @Test func aKnownPortfolioAfterOfTheStaysAnOrganisation() {
        let found = entities(["Under Secretary of the Treasury Peter Kallis flew to Vesk on Monday."])
        #expect(found.contains { $0.name == "Peter Kallis" && $0.kind == .person })
        #expect(!found.contains { $0.name.contains("Treasury Peter") })
    }

    @Test func aPortfolioWithNoNameAfterItNamesNoPerson() {
        let found = entities(["The Secretary of the Harbour Trust Board approved the plan."])
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aChannelRunOntoAnOrganisationIsSplitAfterItsMediaWord() {
        let found = entities([
            "In an interview with Tarnwick TV Loria Unity Council chief Ann Morrow said the vote would be held."
        ])
        #expect(found.contains { $0.name == "Tarnwick TV" && $0.kind == .organization })
        #expect(found.contains { $0.name == "Loria Unity Council" && $0.kind == .organization })
        #expect(!found.contains { $0.name.contains("TV Loria") })
    }

    @Test func aChannelRunOntoAPersonIsSplitToo() {
        let found = entities(["Speaking to Velmar Radio Peter Hanlon said the plant would close."])
        #expect(found.contains { $0.name == "Velmar Radio" && $0.kind == .organization })
        #expect(found.contains { $0.name == "Peter Hanlon" && $0.kind == .person })
    }

    @Test(arguments: [
        "The report was first aired by Tarnwick News New Vesk on Sunday.",
        "The paper is owned by Tarnwick News Publishing Company of Vesk.",
    ])
    func aRegionalServiceOrAnOwnerStaysInTheOutletsName(text: String) {
        let found = entities([text])
        #expect(!found.contains { $0.name == "Tarnwick News" }, "\(found.map(\.name))")
    }

    @Test func aPersonWhoJetsOffStaysAPerson() {
        let found = entities(["Corvin Maltby jets off to Vesk on Monday, and Corvin Maltby said he would return."])
        #expect(found.contains { $0.name == "Corvin Maltby" }, "\(found.map(\.name))")
    }

    @Test func aMediaWordBeforeOneMoreWordStaysInTheOutletsName() {
        let found = entities(["The story ran on Velmar News Online and was shared widely."])
        #expect(found.contains { $0.name == "Velmar News Online" })
    }

    @Test func aMediaWordInsideANameWithALowercaseWordIsNoOutletsEnd() {
        let found = entities(["The Centre for Digital Radio Signal Research tested the masts."])
        #expect(!found.contains { $0.name == "Centre for Digital Radio" })
    }
}
