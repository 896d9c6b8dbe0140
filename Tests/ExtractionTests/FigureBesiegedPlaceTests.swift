import ArticleModel
import Testing

@testable import Extraction

/// A place that opens its clause as what was besieged or attacked is where the clause's figures happened.
@Suite struct FigureBesiegedPlaceTests {
    func site(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        ("Homs has been besieged since 2014, trapping 90,000 people.", 90000.0, "Homs"),
        ("The town of Hama was heavily shelled overnight, killing nine civilians.", 9, "Hama"),
        ("Idlib is under siege, with 3,000 families short of bread.", 3000, "Idlib"),
    ])
    func aBesiegedSubjectIsTheSite(text: String, value: Double, site: String) {
        #expect(self.site(of: value, in: text) == site, "\(text)")
    }

    @Test(arguments: [
        // Not a verb of siege or attack, or the place is not the subject opening the clause.
        "Homs has been quiet since 2014, and 90,000 people live there now.",
        "Aid groups said Homs has been besieged since 2014, trapping 90,000 people.",
    ])
    func otherwiseTheSubjectIsNoSite(text: String) {
        #expect(site(of: 90000, in: text) == nil, "\(text)")
    }
}
