import ArticleModel
import Testing

@testable import Extraction

/// Sources named by a sentence of provenance after the figures (`The figures came from the Kelvar Health
/// Ministry.`) and by the owner of a possessed report (`The ministry's statement put the toll at 23`)
/// (sentences written for these tests).
@Suite struct FigureProvenanceSourceTests {
    func dump(_ found: [Figure]) -> String { "\(found.map { ($0.value, $0.source ?? "-") })" }

    @Test(arguments: [
        "The Kelvar Health Ministry counts the victims. Gunmen shot dead 9 guards near Vessa on Thursday. The "
            + "figures came from the Kelvar Health Ministry.",
        "The Kelvar Health Ministry counts the victims. Gunmen shot dead 9 guards near Vessa on Thursday. These "
            + "numbers were compiled by the Kelvar Health Ministry.",
    ])
    func aSentenceOfProvenanceNamesTheSourceBefore(text: String) {
        let found = TestData.figures([text])
        #expect(found.first { $0.value == 9 }?.source == "Kelvar Health Ministry", "\(dump(found))")
    }

    @Test(arguments: [
        // A place the numbers came from is no source.
        "Gunmen shot dead 9 guards near Vessa on Thursday. The figures came from Dornholm.",
        // A sentence with numbers of its own is another report.
        "The Kelvar Health Ministry counts the victims. Gunmen shot dead 9 guards near Vessa on Thursday. The "
            + "figures for 12 towns came from the Kelvar Health Ministry.",
    ])
    func noProvenanceOtherwise(text: String) {
        let found = TestData.figures([text])
        #expect(found.first { $0.value == 9 }?.source == nil, "\(dump(found))")
    }

    @Test func thePossessorOfAStatementReports() {
        let found = TestData.figures([
            "The Kelvar Health Ministry runs the clinics of the valley. A car bomb went off in a market in Vessa on "
                + "Monday. The ministry's statement put the toll at 23 dead."
        ])
        #expect(found.first { $0.value == 23 }?.source == "Kelvar Health Ministry", "\(dump(found))")
    }
}
