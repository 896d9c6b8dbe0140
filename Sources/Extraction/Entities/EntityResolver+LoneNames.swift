/// A one-word name with no evidence of its kind, placed last: whether its shape alone keeps it a name
/// (capitalised inside a sentence, no word of the lexicons), and a capital inside it as a brand's (`SpaceX`).
extension EntityResolver {
    /// A one-word name with no evidence that is still a name: capitalised inside a sentence, not in
    /// capitals, and no common English word or word of the lexicon.
    static func standsAlone(_ candidate: Candidate) -> Bool {
        let name = candidate.name
        guard !candidate.titleOnly, !candidate.genericHead, !candidate.sentenceInitial, name.count >= 3,
            !name.contains(ascii: " "), !name.contains(ascii: "-"), !name.contains(ascii: "'"),
            !name.unicodeScalars.contains("\u{2019}"),
            let first = name.unicodeScalars.first, first.properties.isUppercase,
            name.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase })
        else { return false }
        let lowercased = name.lowercased()
        return EnglishWords.bundled.partOfSpeech(of: lowercased) == nil
            && !EnglishLexicon.notNames.contains(name) && !EntityLexicon.runBreakers.contains(name)
            && !EnglishLexicon.organizationHeads.contains(name) && !EnglishLexicon.titles.contains(name)
            && !EntityLexicon.roleModifiers.contains(name) && !EntityLexicon.placeNameHeads.contains(name)
            && !EntityLexicon.compassWords.contains(name) && !EntityLexicon.groupWords.contains(name)
            && !EntityLexicon.workHeads.contains(name) && !EntityLexicon.productHeads.contains(name)
            && !EntityLexicon.genericHeads.contains(lowercased) && EnglishLexicon.month(lowercased) == nil
    }

    /// `SpaceX`, `YouTube`: an uppercase letter after a lowercase one.
    static func hasInnerCapital(_ name: String) -> Bool {
        var lower = false
        for scalar in name.unicodeScalars {
            if scalar.properties.isUppercase, lower { return true }
            lower = scalar.properties.isLowercase
        }
        return false
    }
}
