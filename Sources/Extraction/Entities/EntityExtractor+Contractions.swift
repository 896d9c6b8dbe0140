/// A pronoun and its contraction (`I'd`, `We'll`, `They've`), capitalised to open a sentence, are no name.
extension EntityExtractor {
    /// `I'd`, `We'll`, `They've` opening a sentence: a pronoun and its contraction are no name.
    static func isPronounContraction(_ name: String) -> Bool {
        // (Most names hold no apostrophe: a byte of `'` or the last byte of `’` (E2 80 99) must stand in it
        // before any character is read. Each of the two characters is that one scalar alone.)
        guard name.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return false }
        guard let mark = name.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        let pronoun = name[..<mark].lowercased()
        let rest = name[name.index(after: mark)...].lowercased()
        return contractedPronouns.contains(pronoun) && ["d", "ll", "ve", "m", "re", "s"].contains(rest)
    }

    static let contractedPronouns: WordSet = [
        "i", "we", "you", "they", "he", "she", "it", "that", "there", "here", "what", "who", "let",
    ]
}
