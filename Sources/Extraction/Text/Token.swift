import ArticleModel

/// A word, number or punctuation mark in a paragraph, with where it stands.
///
/// Offsets count Unicode scalars from the start of the paragraph text (end exclusive), the same
/// unit the archive stores spans in. The tokenizer builds the text and its lowercase form once, from the
/// paragraph's UTF-8 bytes (most tokens fit a small string, stored inline without an allocation), and
/// reads the shape of the word (capitalised, in capitals) at the same time, so the passes only read
/// stored values.
public struct Token: Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Letters, with inner hyphens and apostrophes: `al-Assad`, `don't`, `U.S`.
        case word
        /// Digits with inner separators: `17`, `1,200`, `3.5`, `2bn` splits into `2` and `bn`.
        case number
        /// Any other single character: `,` `“` `$` `%`.
        case punctuation
    }

    /// What the letters of a token look like, read once when it is made.
    struct Shape: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        /// The first scalar is an uppercase letter.
        static let capitalized = Shape(rawValue: 1)
        /// Every letter uppercase and at least two letters.
        static let allCaps = Shape(rawValue: 2)
        /// The first character is lowercase (`text.first?.isLowercase`).
        static let startsLowercase = Shape(rawValue: 4)
        /// The text holds a hyphen-minus.
        static let hyphenated = Shape(rawValue: 8)

        /// The shape of any text, read the slow, general way.
        init(of text: String) {
            var shape: Shape = []
            if text.unicodeScalars.first.map(\.isUppercaseLetter) ?? false { shape.insert(.capitalized) }
            var letters = 0
            var caps = true
            for scalar in text.unicodeScalars where scalar.isLetter {
                guard scalar.isUppercaseLetter else {
                    caps = false
                    break
                }
                letters += 1
            }
            if caps && letters >= 2 { shape.insert(.allCaps) }
            if text.first?.isLowercase == true { shape.insert(.startsLowercase) }
            if text.utf8.contains(UInt8(ascii: "-")) { shape.insert(.hyphenated) }
            self = shape
        }

        init(rawValue: UInt8) { self.rawValue = rawValue }
    }

    private var storedText: String
    /// Lowercased text, with curly apostrophes folded to `'`.
    public var lower: String
    private var storedStart: Int32
    private var storedEnd: Int32
    public var kind: Kind
    /// Whether whitespace stands right before this token.
    public var spaceBefore: Bool
    private(set) var shape: Shape

    public var text: String {
        get { storedText }
        set {
            storedText = newValue
            lower = newValue.lowercased().replacingApostrophes()
            shape = Shape(of: newValue)
        }
    }
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    public init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        self.init(
            text: text, lower: text.lowercased().replacingApostrophes(), shape: Shape(of: text), kind: kind,
            start: start, end: end, spaceBefore: spaceBefore)
    }

    /// A token whose lowercase form and shape the caller has read already (the tokenizer).
    init(text: String, lower: String, shape: Shape, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        self.storedText = text
        self.lower = lower
        self.shape = shape
        self.kind = kind
        self.storedStart = Int32(start)
        self.storedEnd = Int32(end)
        self.spaceBefore = spaceBefore
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    /// First letter uppercase: `Erbil`, `IRGC`, `al-Assad` is not (its particle is lowercase).
    public var isCapitalized: Bool { shape.contains(.capitalized) }
    /// Every letter uppercase and at least two letters: `PMF`, `US`.
    public var isAllCaps: Bool { shape.contains(.allCaps) }
    /// The first character is a lowercase letter (`text.first?.isLowercase == true`): `hit`, `al-Assad`.
    var startsLowercase: Bool { shape.contains(.startsLowercase) }
    public func isPunctuation(_ mark: Character) -> Bool {
        guard kind == .punctuation else { return false }
        // A mark is one scalar: compare the byte when both are ASCII, characters otherwise.
        if let byte = text.utf8.first, byte < 0x80, let ascii = mark.asciiValue, mark.utf8.count == 1 {
            return byte == ascii
        }
        return text.first == mark
    }
}

extension String {
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }
}
