extension Token {
    /// A full stop, a question or an exclamation mark, or a semicolon: the end of a sentence, or of a clause
    /// that could stand as one. Passes that also stop at a colon or a closing bracket add those marks.
    var isSentenceEnd: Bool {
        isPunctuation(".") || isPunctuation("!") || isPunctuation("?") || isPunctuation(";")
    }
}
