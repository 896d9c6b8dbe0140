import Foundation

/// Lowercase English words and the part of speech each most often has (`english-words.tsv`, from the
/// Universal Dependencies English Web Treebank; see NOTICE). Loaded once per process on first use.
///
/// ```swift
/// EnglishWords.bundled.partOfSpeech(of: "captures")  // .verb, through `capture`
/// ```
public struct EnglishWords: Sendable {
    public enum PartOfSpeech: Sendable { case noun, verb, adjective, adverb }

    public static let fileName = "english-words.tsv"

    private let tags: WordTable<PartOfSpeech>

    /// The bundled list, or an empty one when the file cannot be found (names then go unchecked).
    public static let bundled: EnglishWords = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return EnglishWords(tsv: "") }
        return EnglishWords(tsv: String(decoding: data, as: UTF8.self))
    }()

    /// Reads `word<TAB>tag` lines (`N`, `V`, `A`, `R`); `#` lines are comments.
    public init(tsv: String) {
        var tags: [String: PartOfSpeech] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let tag: PartOfSpeech?
            switch line[line.index(after: tab)...] {
            case "N": tag = .noun
            case "V": tag = .verb
            case "A": tag = .adjective
            case "R": tag = .adverb
            default: tag = nil
            }
            if let tag { tags[String(line[..<tab])] = tag }
        }
        self.tags = WordTable(tags)
    }

    /// Inflections read back to a listed word: `captures` → `capture`, `encircles` → `encircle`,
    /// `supplies` → `supply`, `killed` → `kill`.
    private static let endings: [(ending: String, replacement: String)] = [
        ("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
        ("ing", "e"),
    ]

    /// The part of speech of a lowercase word, or of the listed word it inflects; nil for words the
    /// list does not know (most names).
    public func partOfSpeech(of lowercased: String) -> PartOfSpeech? {
        if let tag = tags[lowercased] { return tag }
        // Every ending is ASCII and ends in `s`, `d` or `g`: most names end otherwise.
        let bytes = lowercased.utf8
        guard let last = bytes.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g")
        else { return nil }
        let length = bytes.count
        for (ending, replacement) in Self.endings where length > ending.utf8.count + 2 {
            guard bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8) else { continue }
            if let tag = tags[String(bytes.dropLast(ending.utf8.count))! + replacement] { return tag }
        }
        return nil
    }
}
