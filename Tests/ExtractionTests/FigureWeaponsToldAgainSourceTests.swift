import ArticleModel
import Testing

@testable import Extraction

/// `Rebels fired rockets into Tarvan, killing one person. Rockets landed near the airport, the monitor said.`:
/// a sentence whose report opens on the weapons the sentence before told of names the source of its tolls
/// (sentences written for these tests).
@Suite struct FigureWeaponsToldAgainSourceTests: FigureSourceChecks {
    static let tolls = "Rebels in the hills also lobbed rockets into the port of Tarvan, killing one man and injuring six."

    @Test(arguments: [
        tolls + " Rockets landed near the Dornholm air base, the Kelvar Observatory said.",
        "The Kelvar Observatory has tracked the war since it began. " + tolls
            + " Rockets landed near the Dornholm air base, the monitor said.",
    ])
    func theWeaponsToldAgainNameTheTollsSource(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 1, in: found) == "Kelvar Observatory", "\(described(found))")
        #expect(source(of: 6, in: found) == "Kelvar Observatory", "\(described(found))")
    }

    @Test(arguments: [
        // Another thing opens the report.
        tolls + " Residents fled toward the Dornholm air base, the Kelvar Observatory said.",
        // Weapons of another kind, not those told of.
        tolls + " Shells landed near the Dornholm air base, the Kelvar Observatory said.",
        // The weapons, but not as who did something.
        tolls + " Rockets of that kind are made in Dornholm, the Kelvar Observatory said.",
        // A watchdog of another kind, which stands for no war monitor (``ArticleMonitors/describesMonitor(_:)``).
        "The Kelvar Observatory has counted the dead of this war for years. " + tolls
            + " Rockets also slammed into a depot outside the Dornholm air base, the chemical watchdog said.",
        "The Kelvar Observatory has tracked the war since it began. " + tolls
            + " Rockets landed near the Dornholm air base, the nuclear watchdog said.",
        "The Kelvar Observatory has tracked the war since it began. " + tolls
            + " Rockets landed near the Dornholm air base, the chemical weapons watchdog said.",
    ])
    func noSourceWithoutTheWeaponsToldAgain(text: String) throws {
        let found = TestData.figures([text])
        #expect(try figure(6, in: found).source == nil, "\(described(found))")
    }
}
