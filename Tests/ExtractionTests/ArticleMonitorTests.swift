import Testing

@testable import Extraction

/// `the monitor said`, `the US-based group said`, `a monitoring group said`: which of the article's
/// organisations a monitor's description stands for, the same for a quote's speaker and a figure's source
/// (sentences written for these tests).
@Suite struct ArticleMonitorTests {
    @Test func aWatchdogOfAnotherFieldIsNoWarMonitor() {
        let found = TestData.quotes([
            "Air strikes killed 9 civilians in Vesk on Sunday, the Kelvan Observatory for Human Rights said.",
            "The Organisation for the Prohibition of Chemical Weapons sent inspectors to Vesk.",
            "“Samples will be tested within days,” the chemical weapons watchdog said.",
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func aBasedGroupIsTheMonitorBasedThere() {
        let paragraphs = [
            "Air strikes killed 9 civilians in Vesk, the Britain-based Kelvan Observatory for Human Rights said.",
            "The New York-based Human Rights Watch called for an inquiry.",
        ]
        let us = TestData.quotes(paragraphs + ["“The strikes must stop,” the US-based group said."])
        #expect(us.map(\.speaker) == ["Human Rights Watch"])
        let uk = TestData.quotes(paragraphs + ["“The strikes must stop,” the UK-based group said."])
        #expect(uk.map(\.speaker) == ["Kelvan Observatory for Human Rights"])
        // Two monitors and no `-based` word: no telling which.
        let either = TestData.quotes(paragraphs + ["“The strikes must stop,” the monitor said."])
        #expect(either.map(\.speaker) == [nil])
    }

    @Test func aBasedGroupElsewhereIsNotTheOnlyMonitor() {
        let found = TestData.quotes([
            "Air strikes killed 9 civilians in Vesk, the Britain-based Kelvan Observatory for Human Rights said.",
            "“The strikes must stop,” the US-based group said.",
        ])
        #expect(found.map(\.speaker) == [nil])
        // Said to be based nowhere: the article's only monitor.
        let only = TestData.quotes([
            "Air strikes killed 9 civilians in Vesk, the Kelvan Observatory for Human Rights said.",
            "“The strikes must stop,” the Britain-based group said.",
        ])
        #expect(only.map(\.speaker) == ["Kelvan Observatory for Human Rights"])
    }
}
