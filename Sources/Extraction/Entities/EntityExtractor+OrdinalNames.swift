/// `the Fourth District`: an ordinal before a place head names the place only with its head; the
/// ordinal alone is no place.
extension EntityExtractor {
    /// Spelled ordinals below thirteen; `-teenth` and `-ieth` words are read by their endings.
    private static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth",
    ]

    /// Whether a token is a spelled ordinal: `Fourth`, `Seventeenth`, `Twentieth`, `Twenty-first`.
    static func isOrdinal(_ token: Token) -> Bool {
        let word = token.lower
        let last = word.split(separator: "-").last.map(String.init) ?? word
        return ordinalWords.contains(last) || last.hasSuffix("teenth") || last.hasSuffix("ieth")
    }
}
