import ArticleModel
import Testing

@testable import Extraction

/// `The monitor said the captain had drowned but two of his crewmates told a radio station that …`: a clause after
/// `but` with a sayer of its own is that sayer's, not the report's of the clause before; its counts take no
/// source when the sayer names no one. Sentences written for these tests.
@Suite struct FigureOwnSayerClauseSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "The Kelso Monitor and town officials said the ferry captain had drowned but two of his crewmates told"
            + " a radio station that he swam ashore.",
        "The Kelso Monitor said the ferry captain had drowned, but two of his crewmates told a radio station that he"
            + " swam ashore.",
    ])
    func anUnnamedSayerOfItsOwnTakesNoSource(text: String) throws {
        let found = TestData.figures([text])
        #expect(try figure(2, in: found).source == nil, "\(described(found))")
    }

    @Test func aCountBeforeTheButKeepsItsSource() throws {
        let found = TestData.figures([
            "The Kelso Monitor said eight people died in the blast but local residents said the toll was 15."
        ])
        #expect(source(of: 8, in: found) == "Kelso Monitor", "\(described(found))")
        #expect(try figure(15, in: found).source == nil, "\(described(found))")
    }

    @Test(arguments: [
        // No sayer of its own: the report goes on.
        "The Kelso Monitor said eight people died in the blast but added that 15 were wounded.",
        // A pronoun may stand for the one who reported before.
        "The Kelso Monitor said eight people died in the blast but it said 15 were wounded.",
    ])
    func aClauseWithNoSayerOfItsOwnKeepsTheSource(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 15, in: found) == "Kelso Monitor", "\(described(found))")
    }
}
