/// A note in parentheses closing a results line: `Vessa 1 Kelvar 1 ( Vessa win 4-3 on penalties )`,
/// `Tarvik 2 Olden 1 ( after extra time )`. It tells how the match was decided, in lowercase words that
/// would make the line read as prose; the line before it is read as a results line still, and the note
/// keeps to the names the lexicons know.
extension EntityExtractor {
    /// `sentence` without a closing note in parentheses that follows a score and holds a lowercase word
    /// (a full stop may close the line after it); the sentence itself when it has none. Looks back from
    /// the end over twelve tokens at most.
    static func withoutResultNote(_ sentence: Range<Int>, in tokens: [Token]) -> Range<Int> {
        var close = sentence.upperBound - 1
        if close > sentence.lowerBound, tokens[close].isPunctuation(".") { close -= 1 }
        guard close > sentence.lowerBound + 2, tokens[close].isPunctuation(")") else { return sentence }
        var open = close - 1
        var lowercase = false
        while open > sentence.lowerBound, close - open <= 12, !tokens[open].isPunctuation("(") {
            if tokens[open].isPunctuation(")") { return sentence }
            if tokens[open].isWord, tokens[open].startsLowercase { lowercase = true }
            open -= 1
        }
        guard lowercase, open > sentence.lowerBound + 1, tokens[open].isPunctuation("("), tokens[open - 1].isNumber
        else { return sentence }
        return sentence.lowerBound..<open
    }
}
