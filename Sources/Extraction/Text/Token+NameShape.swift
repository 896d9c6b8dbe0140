extension Token {
    /// Endings after a hyphen that make a modifier of a name: `US-led`, `Britain-based`, `Iran-backed`.
    static let modifierEndings: WordSet = [
        "led", "run", "held", "born", "built", "made", "style", "era", "wide", "like", "type", "bound", "centric",
        "only", "free", "proof", "specific", "language", "year", "old", "owned", "backed", "based", "linked",
        "allied", "aligned", "affiliated", "controlled", "dominated", "funded", "sponsored", "friendly", "brokered",
        "mediated", "imposed", "supported", "inspired", "influenced", "listed", "registered", "flagged", "bred",
        "educated", "trained", "armed", "majority", "minority", "wise", "ward", "wards", "bashing", "speaking",
    ]

    /// Endings after a hyphen that say where something sits (`London-based`): the words before name a place.
    static let locatingEndings: WordSet = ["based", "headquartered"]

    /// `London-based`, `UK-headquartered`: a capitalised word made a modifier of where something sits.
    var isLocatingModifier: Bool {
        guard isWord, isCapitalized, shape.contains(.hyphenated), let hyphen = lower.lastIndex(of: "-") else {
            return false
        }
        return Self.locatingEndings.contains(String(lower[lower.index(after: hyphen)...]))
    }

    /// Whether the token can be part of a name: capitalised, or a lowercase particle joined to a
    /// capitalised name (`al-Assad`); not a modifier made from a name (`US-led`).
    var isNamePart: Bool {
        guard isWord else { return false }
        // Without a hyphen, the shape alone says it.
        guard shape.contains(.hyphenated) else { return isCapitalized }
        // `US-led`, `Daesh-held`, `Iran-backed`: a modifier made from a name, not the name. A
        // hyphenated given name (`Hau-yip`, `Jae-in`) stays.
        // `ROS-concentration`, `HIV-positive`, `T-shirt`: letters in capitals joined to a common word make a term.
        if let hyphen = text.firstIndex(of: "-"), text[text.index(after: hyphen)...].first?.isLowercase == true,
            hyphen > text.startIndex,
            text[..<hyphen].unicodeScalars.allSatisfy({ $0.properties.isUppercase })
        {
            return false
        }
        if let hyphen = text.lastIndex(of: "-"), text[text.index(after: hyphen)...].first?.isLowercase == true,
            !Self.isJoinedParticle(lower[..<hyphen])
        {
            let ending = lower[lower.index(after: lower.lastIndex(of: "-") ?? lower.startIndex)...]
            if Self.modifierEndings.contains(String(ending)) || ending.hasSuffix("ed")
                || ending.count >= 6 && ending.hasSuffix("ing")
                || !isCapitalized
            {
                return false
            }
        }
        if isCapitalized { return true }
        // al-Assad, el-Sisi, bin-Salman: a lowercase particle joined to a capitalised name.
        if let hyphen = text.firstIndex(of: "-") {
            let particle = lower[..<hyphen]
            let rest = text[text.index(after: hyphen)...]
            return Self.isJoinedParticle(particle) && (rest.first?.isUppercase ?? false)
        }
        return false
    }

    /// The Arabic article as it is written before a sun letter (`ez-Zor`, `as-Sweida`, `ash-Sham`, `an-Nabk`,
    /// `ad-Dana`): only joined by a hyphen to a capitalised word, never a particle on its own (`as`, `at`,
    /// `an` are English words).
    static let assimilatedArticles: WordSet = [
        "ez", "az", "es", "as", "ash", "esh", "ar", "er", "at", "et", "an", "en", "ed", "adh", "ath", "dh",
    ]

    /// A lowercase particle that may be joined by a hyphen to a capitalised name: `al-`, `bin-`, `ez-`.
    static func isJoinedParticle(_ particle: Substring) -> Bool {
        let particle = String(particle)
        return EnglishLexicon.nameParticles.contains(particle) || assimilatedArticles.contains(particle)
    }
}
