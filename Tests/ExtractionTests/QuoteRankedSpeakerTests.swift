import Testing

@testable import Extraction

/// Speakers named after a role and abbreviated military ranks: `said spokesman Lt. Col. Dan Mercer`.
@Suite struct QuoteRankedSpeakerTests {
    @Test(arguments: [
        "“The raids will go on until the town is free,” said spokesman Lt. Col. Dan Mercer of the coalition.",
        "“The raids will go on until the town is free,” said coalition spokesman Lt. Col. Dan Mercer, "
            + "using the army's name for the group.",
        "“The raids will go on until the town is free,” said army spokesman Maj. Gen. Dan Mercer on Tuesday.",
    ])
    func aRoleAndRanksBeforeTheName(text: String) {
        let found = TestData.quotes(["The Vesk Relief Agency said 30 people died in the floods on Monday.", text])
        #expect(found.map(\.speaker) == ["Dan Mercer"])
    }

    @Test func theNextHeSaidIsTheSameMan() {
        let found = TestData.quotes([
            "The Vesk Relief Agency said 30 people died in the floods on Monday.",
            "“The raids will go on until the town is free,” said spokesman Lt. Col. Dan Mercer of the coalition. "
                + "“We are not done yet,” he said.",
        ])
        #expect(found.map(\.speaker) == ["Dan Mercer", "Dan Mercer"])
    }
}
