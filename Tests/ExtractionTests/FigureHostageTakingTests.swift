import ArticleModel
import Testing

@testable import Extraction

/// Hostages taken are people kidnapped (`took 30 hostages`, `120 hostages have been taken`, `25 workers were
/// taken hostage`, `the kidnapping of 14 engineers`); `taken` with no noun of captivity is no kidnapping, and a
/// later verb of the count's own wins over the clause of their taking.
@Suite struct FigureHostageTakingTests {
    func event(_ text: String, value: Double) throws -> String? {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)").event
    }

    @Test(arguments: [
        ("Gunmen took 30 hostages at the Kestrel Hill mine on Monday.", 30.0),
        ("About 120 hostages have been taken from villages near Tarvan, the church said.", 120),
        ("Officials said 25 workers were taken hostage at the Marrowby plant.", 25),
        ("The gang seized at least 16 captives on the Vessa road.", 16),
        ("The council condemned the kidnapping of 14 engineers near Dornholm.", 14),
        ("Rebels were accused of kidnapping 40 villagers near Kelvar.", 40),
        ("The rebels abduct 12 farmers a month in the hills, the report said.", 12),
    ])
    func hostagesTakenWereKidnapped(text: String, value: Double) throws {
        #expect(try event(text, value: value) == "kidnapped", "\(text)")
    }

    @Test(arguments: [
        ("Twenty people were taken to hospital in Vessa after the blast.", 20.0),
        ("The 90 hostages seized by the gang last month have been killed, the church said.", 90),
        ("The gang freed 12 hostages on Tuesday.", 12),
        // Hostages moved to a place.
        ("Twenty hostages were taken to hospital in Marrowby.", 20),
        ("Eight hostages were taken into care at the Vessa clinic.", 8),
        ("Seven hostages were taken away by ambulance in Tarvan.", 7),
        // Suspects charged with a kidnapping are not the kidnapped.
        ("Police in Tarvan charged five men with kidnapping on Friday.", 5),
        ("Prosecutors accused 12 guards of abducting a trader in Kelvar.", 12),
    ])
    func otherTakingIsNoKidnapping(text: String, value: Double) throws {
        #expect(try event(text, value: value) != "kidnapped", "\(text)")
    }

    @Test func aPartOfTheHostagesTakesItsOwnVerb() throws {
        let text = "At least 12 of the 90 hostages seized by the gang last month have been killed."
        #expect(try event(text, value: 12) == "killed")
    }
}
