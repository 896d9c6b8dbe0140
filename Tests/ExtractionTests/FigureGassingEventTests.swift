import ArticleModel
import Testing

@testable import Extraction

/// People gassed were killed by poison gas (`2,000 Kelvarians were gassed`, `accused the army of gassing
/// hundreds by firing rockets`, not `fired`), but not people a crowd's tear gas or the police dispersed, nor
/// the gassed treated or surviving (`In March`, the month, is no march).
@Suite struct FigureGassingEventTests {
    func event(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        ("In 1990, 2,000 Kelvarians were gassed by the junta's troops at Dornholm.", 2000.0, "killed"),
        (
            "The Kelvar regime stands accused by exiles of gassing hundreds of villagers in Dornholm last spring "
                + "by firing shells loaded with sarin.", 100, "killed"
        ),
        ("In March 1988, 5,000 villagers were gassed by the air force.", 5000, "killed"),
    ])
    func peopleGassedWereKilled(text: String, value: Double, expected: String) {
        #expect(event(value, in: text) == expected, "\(text)")
    }

    @Test func tearGasKillsNoOne() throws {
        let text = "Riot police gassed 40 protesters outside the Vessa town hall with tear gas."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 40 }, "\(text)")
        #expect(figure.unit == "protester", "\(text)")
        #expect(figure.event != "killed", "\(text)")
    }

    @Test(arguments: [
        ("Medics treated 300 people who had been gassed in the attack.", 300.0),
        ("Police gassed 40 students at the campus.", 40),
    ])
    func theGassedTreatedOrDispersedByPoliceWereNotKilled(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event != "killed", "\(text)")
    }
}
