import ArticleModel
import Testing

@testable import Extraction

/// `… near the town of Dornholm the Kelvar Observatory for Human Rights and medics said.`: two sayers joined
/// by `and` close the sentence (in text that lost its comma); the first, a name, reports, as when two sayers
/// open it (`The monitor and doctors said …`). Sentences written for these tests.
@Suite struct FigureClosingCoordinatedSayersSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "A bomber killed at least 12 people on Monday in an attack near the town of Dornholm the Kelvar Observatory"
            + " for Human Rights and medics said.",
        "Shelling killed 12 people in the hills the Tarvan Red Crescent and local doctors reported.",
    ])
    func theNamedFirstSayerReports(text: String) throws {
        let found = TestData.figures([text])
        let source = try figure(12, in: found).source
        #expect(
            source == "Kelvar Observatory for Human Rights" || source == "Tarvan Red Crescent", "\(described(found))")
    }

    @Test(arguments: [
        // The word before `and` closes the clause before: a place, not a sayer.
        "Shelling killed 12 people in the old quarter of Marrowby and local medics said.",
        // Two descriptions: no one named.
        "Shelling killed 12 people in the hills, residents and medics said.",
    ])
    func noNameNoSource(text: String) throws {
        let found = TestData.figures([text])
        #expect(try figure(12, in: found).source == nil, "\(described(found))")
    }
}
