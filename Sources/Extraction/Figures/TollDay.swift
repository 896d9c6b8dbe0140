/// `a toll on Sunday evening of 15`, `the toll from Saturday of`, `an earlier toll late on Monday of`, `the
/// initial figure last night of`: the words of a toll's day between its noun and the `of` before its number.
/// One reading of them for the two passes that look past them: the event pass (`toll … of 15` counts the dead)
/// and the replaced-toll pass (`an earlier toll … of 15` is replaced).
enum TollDay {
    /// How many words a toll's day may take.
    static let longest = 4

    /// The token right before the words of a day that end at `end` (at most ``longest`` of them, within the
    /// sentence): `end` itself when no such word ends there.
    static func start(endingAt end: Int, tokens: [Token], sentence: Range<Int>) -> Int {
        var k = end
        while k > sentence.lowerBound, k < tokens.count, end - k < longest, isDayWord(tokens[k]) { k -= 1 }
        return k
    }

    /// A number, a month, a weekday or a word of a moment (`evening`, `mid-February`), or a preposition of
    /// one (`on`, `from`, `late`, `early`).
    static func isDayWord(_ token: Token) -> Bool {
        FigureParagraphReader.isMomentWord(token) || (token.isWord && prepositions.contains(token.lower))
    }

    static let prepositions: WordSet = ["on", "from", "late", "early"]
}
