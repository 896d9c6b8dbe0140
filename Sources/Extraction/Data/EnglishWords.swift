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
        return data.withUnsafeBytes { EnglishWords(utf8: $0.bindMemory(to: UInt8.self)) }
    }()

    /// Reads `word<TAB>tag` lines (`N`, `V`, `A`, `R`), ended by a line feed; `#` lines are comments.
    public init(tsv: String) {
        var tsv = tsv
        self = tsv.withUTF8 { EnglishWords(utf8: $0) }
    }

    /// The same from the file's bytes, without a `String` of the whole file or of each line: the list is
    /// read at every process start.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var tags: [String: PartOfSpeech] = [:]
        tags.reserveCapacity(bytes.count / 10)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard bytes[lineStart] != UInt8(ascii: "#") else { continue }
            var tab = lineStart
            while tab < lineEnd, bytes[tab] != UInt8(ascii: "\t") { tab += 1 }
            // The tag is exactly one letter after the first tab.
            guard tab + 2 == lineEnd, let tag = Self.partOfSpeech(tag: bytes[tab + 1]) else { continue }
            tags[String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self)] = tag
        }
        self.tags = WordTable(tags)
    }

    private static func partOfSpeech(tag: UInt8) -> PartOfSpeech? {
        switch tag {
        case UInt8(ascii: "N"): .noun
        case UInt8(ascii: "V"): .verb
        case UInt8(ascii: "A"): .adjective
        case UInt8(ascii: "R"): .adverb
        default: nil
        }
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
