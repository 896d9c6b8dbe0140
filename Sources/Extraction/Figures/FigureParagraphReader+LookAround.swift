/// How far around a figure the walks over its sentence read: a sentence with no full stop (a run-on line of
/// thousands of tolls) is read per figure only this many tokens either side, so that its figures cost time
/// linear in its length. An ordinary sentence (the longest in the news corpus and the web pages, some 120
/// tokens) lies whole inside the window, so what the walks find there is unchanged.
extension FigureParagraphReader {
    /// Tokens read either side of a figure in its sentence (``lookAround(_:in:)``).
    static let lookAroundTokens = 250

    /// The part of `sentence` at most ``lookAroundTokens`` tokens before `tokens`' first and after its last;
    /// the whole sentence when it is no longer than that.
    func lookAround(_ tokens: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
        guard sentence.count > Self.lookAroundTokens else { return sentence }
        let start = max(sentence.lowerBound, tokens.lowerBound - Self.lookAroundTokens)
        let end = min(sentence.upperBound, tokens.upperBound + Self.lookAroundTokens)
        return start..<max(start, end)
    }
}
