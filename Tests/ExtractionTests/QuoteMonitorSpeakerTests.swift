import Testing

@testable import Extraction

/// `the monitor said`, `the Britain-based group added`: the war monitor the article named, when it named
/// exactly one (sentences written for these tests).
@Suite struct QuoteMonitorSpeakerTests {
    @Test func theMonitorIsTheNamedObservatory() {
        let found = TestData.quotes([
            "Air strikes killed 9 civilians in Vesk on Sunday, the Kelvan Observatory for Human Rights said.",
            "“Most of the dead were women and children,” the monitor said.",
            "“The strikes targeted a market,” the Britain-based group added.",
        ])
        #expect(found.map(\.speaker) == ["Kelvan Observatory for Human Rights", "Kelvan Observatory for Human Rights"])
    }

    @Test func aGroupWithoutBasedIsNoMonitor() {
        let found = TestData.quotes([
            "Air strikes killed 9 civilians in Vesk on Sunday, the Kelvan Observatory for Human Rights said.",
            "“We will fight on,” the group said.",
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func noNamedMonitorNamesNobody() {
        let found = TestData.quotes([
            "Air strikes killed 9 civilians in Vesk on Sunday, residents said.",
            "“Most of the dead were women and children,” the monitor said.",
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    /// Damaged text can end a paragraph on `says the`: a role phrase of one word, `the` itself, once trapped
    /// (the range of its modifiers ran backwards).
    @Test func aParagraphEndingOnTheNamesNobody() {
        let found = TestData.quotes([
            "“We will reopen the bridge by spring,” says the",
        ])
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
