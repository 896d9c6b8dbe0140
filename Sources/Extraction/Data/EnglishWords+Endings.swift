/// Words the treebank never saw (`prospective`, `unanimity`) still read as English by their endings: a
/// long word ending as adjectives and abstract nouns end is a common word, rarely a name.
extension EnglishWords {
    /// Derivational endings of adjectives, abstract nouns and adverbs, with the part of speech they make.
    private static let derivedEndings: [(ending: String, part: PartOfSpeech)] = [
        ("ically", .adverb), ("ive", .adjective), ("ous", .adjective), ("ical", .adjective), ("able", .adjective),
        ("ible", .adjective), ("ful", .adjective), ("less", .adjective), ("ness", .noun), ("ment", .noun),
        ("tion", .noun), ("sion", .noun), ("ity", .noun), ("ism", .noun),
    ]

    /// The part of speech of a lowercase word, from the list or, for a word of eight letters or more
    /// the list lacks, from a derivational ending: `prospective` → adjective. Nil for other words.
    public func partOfSpeech(readingEndingsOf lowercased: String) -> PartOfSpeech? {
        if let listed = partOfSpeech(of: lowercased) { return listed }
        guard lowercased.utf8.count >= 8, !lowercased.contains("-") else { return nil }
        return Self.derivedEndings.first { lowercased.hasSuffix($0.ending) }?.part
    }
}
