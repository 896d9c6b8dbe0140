/// A sentence's words in lower case, each with where it stands, so that whether the sentence holds a name
/// word for word is looked up by the name's first word rather than read again. (The words are the tokens'
/// lower forms joined by spaces and split at every space, so a name matches here exactly when ` name ` stands
/// in ` words `.)
struct SentenceWords {
    private let words: [Substring]
    private let positions: [Substring: [Int]]

    init(_ sentence: Range<Int>, tokens: [Token]) {
        let text = sentence.map { tokens[$0].lower }.joined(separator: " ")
        words = text.split(separator: " ", omittingEmptySubsequences: false)
        var positions: [Substring: [Int]] = [:]
        for (k, word) in words.enumerated() { positions[word, default: []].append(k) }
        self.positions = positions
    }

    /// Whether the words `name` (none empty, none holding a space) stand in the sentence one after another.
    func holds(_ name: [Substring]) -> Bool {
        guard let first = name.first else { return false }
        return (positions[first] ?? []).contains { start in
            start + name.count <= words.count && words[start..<(start + name.count)].elementsEqual(name)
        }
    }
}
