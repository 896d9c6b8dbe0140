/// A pronoun and its contraction (`I'd`, `We'll`, `They've`), capitalised to open a sentence, are no name.
extension EntityExtractor {
    /// `I'd`, `We'll`, `They've` opening a sentence: a pronoun and its contraction are no name.
    static func isPronounContraction(_ name: String) -> Bool {
        guard let mark = name.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        let pronoun = name[..<mark].lowercased()
        let rest = name[name.index(after: mark)...].lowercased()
        return contractedPronouns.contains(pronoun) && ["d", "ll", "ve", "m", "re", "s"].contains(rest)
    }

    static let contractedPronouns: WordSet = [
        "i", "we", "you", "they", "he", "she", "it", "that", "there", "here", "what", "who", "let",
    ]
}
