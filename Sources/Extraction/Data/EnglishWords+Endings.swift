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
        partOfSpeech(of: lowercased) ?? Self.partOfSpeech(byEndingOf: lowercased)
    }

    /// The part of speech a derivational ending gives a lowercase word of eight letters or more, without
    /// looking the word up; nil for shorter words, hyphenated ones and other endings.
    static func partOfSpeech(byEndingOf lowercased: String) -> PartOfSpeech? {
        let bytes = lowercased.utf8
        guard bytes.count >= 8, !bytes.contains(UInt8(ascii: "-")) else { return nil }
        return derivedEndings.first { bytes.suffix($0.ending.utf8.count).elementsEqual($0.ending.utf8) }?.part
    }
}
