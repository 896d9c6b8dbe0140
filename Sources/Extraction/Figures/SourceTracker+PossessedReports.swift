/// A report named by its owner's possessive: `The ministry's statement put the toll at 23`, `the Tarn
/// Monitor's latest figures show …`. The owner reports, when it names someone of the article.
extension SourceTracker {
    /// The source the owner of a possessed report names (`ministry's statement` → the ministry the article
    /// named in full), or nil when the words are no such report.
    mutating func resolvePossessedReport(_ written: String) -> String? {
        let words = written.wordsBetweenSpaces().map(String.init)
        guard words.count >= 2, let head = words.last?.lowercased(),
            Self.reportNouns.contains(head) || FigureLexicon.evidenceNouns.contains(head)
        else { return nil }
        // (The owner right before the noun or before one modifier: `the ministry's latest statement`.)
        guard
            let owner = words.indices.dropLast().suffix(2).last(where: {
                words[$0].hasSuffix("'s") || words[$0].hasSuffix("\u{2019}s")
            }),
            owner == words.count - 2 || words[owner + 1].first?.isLowercase == true
        else { return nil }
        let name = (words[..<owner] + [String(words[owner].dropLast(2))]).joined(separator: " ")
        return clean(name).flatMap { resolveClauseSource($0) }
    }
}
