import ArticleModel
import Testing

@testable import Extraction

/// `… at a farm east of Tarvan the Vessa Council for Civic Freedoms and field medics reported.`: two sayers
/// joined by `and` close the sentence (in text that lost its comma); the first, a name, reports, as when two
/// sayers open it (`The monitor and doctors said …`). Sentences written for these tests.
@Suite struct FigureClosingCoordinatedSayersSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "Gunmen killed at least 12 villagers late on Sunday at a farm east of Tarvan the Vessa Council for Civic"
            + " Freedoms and field medics reported.",
        "Shelling killed 12 people in the hills the Tarvan Red Crescent and local doctors reported.",
    ])
    func theNamedFirstSayerReports(text: String) throws {
        let found = TestData.figures([text])
        let source = try figure(12, in: found).source
        #expect(
            source == "Vessa Council for Civic Freedoms" || source == "Tarvan Red Crescent", "\(described(found))")
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

    /// The name before `and` after a place preposition, or one the gazetteer knows as a place, says where it
    /// happened, not who reports.
    @Test(arguments: [
        "Clashes went on near Kelvar University and local doctors said 12 people were hurt.",
        "Some 12 people were hurt in clashes outside Kelvar University and local doctors said.",
        "Some 12 people were hurt when shells hit Lebanon and local doctors said.",
    ])
    func aPlaceBeforeAndIsNoSayer(text: String) throws {
        let found = TestData.figures([text])
        let source = try figure(12, in: found).source
        #expect(source != "Kelvar University" && source != "Lebanon", "\(described(found))")
    }
}
