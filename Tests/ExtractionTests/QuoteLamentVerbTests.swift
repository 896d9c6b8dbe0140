import Testing

@testable import Extraction

/// Verbs of complaint introduce a quote as `said` does (`Vell still laments that her first book "…"`) (sentences
/// written for these tests).
@Suite struct QuoteLamentVerbTests {
    @Test(arguments: ["laments", "bemoans", "complains", "bemoaned"])
    func aVerbOfComplaintIntroducesAQuote(verb: String) {
        let found = TestData.quotes([
            "The novelist Dara Vell grew up in Kestrel Hill.",
            "Vell still \(verb) that her first book \u{201C}was sold like a cookbook when it was a ghost story.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Dara Vell"], "\(found.map { ($0.text, $0.speaker) })")
    }
}
