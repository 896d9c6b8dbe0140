/// English words in the British `-ise` spellings the word list has only with `-ize` (`Organisers said`,
/// `Sympathisers gathered`): a dictionary word, no name, though the list does not know it.
extension EntityExtractor {
    /// Whether `lowercased` is a word of the list once its `-is-` ending is spelled `-iz-` (`organisers` →
    /// `organizers`, `organisation` → `organization`, `mobilised` → `mobilized`).
    static func isBritishSpelledWord(_ lowercased: String) -> Bool {
        for (british, american) in britishEndings
        where lowercased.hasSuffix(british) && lowercased.utf8.count >= british.utf8.count + 3 {
            let spelled = String(lowercased.dropLast(british.count)) + american
            if EnglishWords.bundled.partOfSpeech(of: spelled) != nil { return true }
        }
        return false
    }

    private static let britishEndings: [(String, String)] = [
        ("isers", "izers"), ("iser", "izer"), ("isations", "izations"), ("isation", "ization"), ("ises", "izes"),
        ("ise", "ize"), ("ising", "izing"), ("ised", "ized"),
    ]
}
