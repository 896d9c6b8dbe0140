import ArticleModel
import Testing

@testable import Extraction

/// People gassed were killed by poison gas (`2,000 Kelvarians were gassed`, `accused the army of gassing
/// hundreds by firing rockets`, not `fired`), but not people a crowd's tear gas dispersed.
@Suite struct FigureGassingEventTests {
    func event(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        ("In 1990, 2,000 Kelvarians were gassed by the junta's troops at Dornholm.", 2000.0, "killed"),
        (
            "Tarvan activists accused the junta of gassing hundreds of people on Monday by firing rockets over "
                + "the Tarvan suburbs.", 100, "killed"
        ),
    ])
    func peopleGassedWereKilled(text: String, value: Double, expected: String) {
        #expect(event(value, in: text) == expected, "\(text)")
    }

    @Test func tearGasKillsNoOne() {
        let text = "Riot police gassed 40 protesters outside the Vessa town hall with tear gas."
        #expect(event(40, in: text) != "killed", "\(text)")
    }
}
