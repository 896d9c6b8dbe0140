extension AnalyzedArticle.AnalyzedParagraph {
    /// A paragraph where most words are capitalised (a headline in title case) gives no evidence
    /// from capitals alone.
    var isTitleCase: Bool {
        // Title case leaves only short function words in lowercase; any other lowercase word (`hit`,
        // `killed`) makes it a sentence, however many names it lists.
        if tokens.contains(where: {
            $0.isWord && $0.startsLowercase
                && !Self.titleCaseLowercase.contains($0.lower) && !EnglishLexicon.nameParticles.contains($0.lower)
                && !$0.lower.hasPrefix("al-") && !$0.lower.hasPrefix("el-")
        }) {
            return false
        }
        let words = tokens.filter { $0.isWord && $0.text.count > 3 }
        let capitalised = words.filter(\.isCapitalized).count
        guard words.count >= 3 else { return kind == .headline && capitalised == words.count }
        // Body text full of names can pass 60%; a body paragraph must be nearly all capitals.
        let threshold = kind == .headline ? 0.6 : 0.85
        return Double(capitalised) / Double(words.count) > threshold && (kind == .headline || words.count >= 6)
    }

    /// Words that title case leaves in lowercase.
    static let titleCaseLowercase: WordSet = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per",
        "to", "up", "via", "vs", "with", "from", "into", "over", "than", "'s", "s",
    ]
}
