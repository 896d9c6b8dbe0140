import Testing

@testable import Extraction

/// A wire's toll with no source, then the outlet's own correspondent giving the same toll again in the next
/// sentence (`A Kelvan News Agency reporter said … killing nine`): the toll is the outlet's
/// report. Only when the count is given again, and only the outlet whose press role speaks.
@Suite struct FigureOutletCorrespondentSourceTests {
    @Test(arguments: [
        "Nine villagers were killed and 14 others were injured in a mortar attack on Kestrel Hill on Friday. A Kelvan News Agency reporter at the scene said that mortar shells hit the square, killing nine villagers and injuring 14 others.",
        "Nine villagers were killed and 14 others were injured in a mortar attack on Kestrel Hill on Friday. A Kelvan News Agency reporter said mortar shells hit the square, killing nine villagers and injuring 14 others.",
    ])
    func theOutletsCorrespondentGivingTheTollAgainReportsIt(text: String) throws {
        let found = TestData.figures([text])
        let nine = found.filter { $0.value == 9 }
        let fourteen = found.filter { $0.value == 14 }
        try #require(!nine.isEmpty, "\(text)")
        try #require(!fourteen.isEmpty, "\(text)")
        #expect(nine.allSatisfy { $0.source == "Kelvan News Agency" }, "\(text)")
        #expect(fourteen.allSatisfy { $0.source == "Kelvan News Agency" }, "\(text)")
    }

    @Test func theCorrespondentInTheNextParagraphReportsTheTollClosingTheOneBefore() throws {
        let found = TestData.figures([
            "Nine villagers were killed in a mortar attack on Kestrel Hill on Friday.",
            "A Kelvan News Agency correspondent at the scene said that mortar shells hit the square, killing nine villagers.",
        ])
        let nine = found.filter { $0.value == 9 }
        try #require(!nine.isEmpty)
        #expect(nine.allSatisfy { $0.source == "Kelvan News Agency" })
    }

    @Test(arguments: [
        // No count given again: the correspondent tells of something else.
        "Nine villagers were killed in a mortar attack on Kestrel Hill on Friday. A Kelvan News Agency reporter at the scene said that the shells hit the square.",
        // Another count: another report.
        "Nine villagers were killed in a mortar attack on Kestrel Hill on Friday. A Kelvan News Agency reporter at the scene said that mortar shells hit the square, killing four villagers.",
        // A source of another body speaks to the correspondent: its own count, the earlier one only summed up.
        "Nine villagers were killed in a mortar attack on Kestrel Hill on Friday. A source at Vessa Police Command told the Kelvan News Agency's correspondent that shells hit the square, killing nine villagers.",
    ])
    func aCorrespondentWhoDoesNotGiveTheSameTollLeavesItUnsourced(text: String) throws {
        let found = TestData.figures([text])
        let nine = try #require(found.first { $0.value == 9 }, "\(text)")
        #expect(nine.source == nil, "\(text)")
    }
}
