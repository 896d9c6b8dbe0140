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
        if let answer = hyphenatedASCIIIsNamePart { return answer }
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

    /// ``isNamePart`` of a hyphenated word in ASCII (nearly every one), read from its bytes as the general
    /// way below reads its characters (in ASCII a character is a byte, a lowercase letter `a`–`z`, an uppercase
    /// one `A`–`Z`); nil for a word outside ASCII.
    private var hyphenatedASCIIIsNamePart: Bool? {
        var word = text
        return word.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }), let first = bytes.firstIndex(of: UInt8(ascii: "-")),
                let last = bytes.lastIndex(of: UInt8(ascii: "-"))
            else { return nil }
            func isLower(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }
            func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
            func lowercased(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> String {
                String(decoding: part.lazy.map { isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            let opensLowercase = { (hyphen: Int) in hyphen + 1 < bytes.count && isLower(bytes[hyphen + 1]) }
            // `ROS-concentration`, `HIV-positive`, `T-shirt` (see below).
            if opensLowercase(first), first > 0, bytes[..<first].allSatisfy(isUpper) { return false }
            if opensLowercase(last), !Self.isJoinedParticle(lowercased(bytes[..<last])[...]) {
                let ending = lowercased(bytes[(last + 1)...])
                if Self.modifierEndings.contains(ending) || ending.hasSuffix("ed")
                    || ending.utf8.count >= 6 && ending.hasSuffix("ing") || !isCapitalized
                {
                    return false
                }
            }
            if isCapitalized { return true }
            return Self.isJoinedParticle(lowercased(bytes[..<first])[...]) && first + 1 < bytes.count
                && isUpper(bytes[first + 1])
        }
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
