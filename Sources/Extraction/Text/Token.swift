import ArticleModel

/// A word, number or punctuation mark in a paragraph, with where it stands.
///
/// Offsets count Unicode scalars from the start of the paragraph text (end exclusive), the same
/// unit the archive stores spans in.
public struct Token: Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Letters, with inner hyphens and apostrophes: `al-Assad`, `don't`, `U.S`.
        case word
        /// Digits with inner separators: `17`, `1,200`, `3.5`, `2bn` splits into `2` and `bn`.
        case number
        /// Any other single character: `,` `“` `$` `%`.
        case punctuation
    }

    public var text: String
    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Whether whitespace stands right before this token.
    public var spaceBefore: Bool

    /// Lowercased text, with curly apostrophes folded to `'`.
    public var lower: String

    public init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.lower = text.lowercased().replacingApostrophes()
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    /// First letter uppercase: `Erbil`, `IRGC`, `al-Assad` is not (its particle is lowercase).
    public var isCapitalized: Bool { text.unicodeScalars.first.map(\.isUppercaseLetter) ?? false }
    /// Every letter uppercase and at least two letters: `PMF`, `US`.
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetter {
            guard scalar.isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }
    public func isPunctuation(_ mark: Character) -> Bool { kind == .punctuation && text.first == mark }
}

extension String {
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }
}
