import ArticleModel

/// A word, number or punctuation mark in a paragraph, with where it stands.
///
/// Offsets count Unicode scalars from the start of the paragraph text (end exclusive), the same
/// unit the archive stores spans in. The tokenizer builds the text once, from the paragraph's UTF-8
/// bytes (most tokens fit a small string, stored inline without an allocation), and reads the shape of
/// the word (capitalised, in capitals, already lowercase) at the same time. A token takes 24 bytes: the
/// lowercase form is the text itself for most tokens, and is made when asked for the others (ASCII byte
/// by byte), so that an article of millions of tokens does not hold a second string for each.
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
        /// The lowercase form is the text itself (no capital, no curly apostrophe).
        static let lowercase = Shape(rawValue: 16)

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
            if Token.lowercased(text) == text { shape.insert(.lowercase) }
            self = shape
        }

        init(rawValue: UInt8) { self.rawValue = rawValue }
    }

    /// The longest token, in Unicode scalars: its length shares a word with its kind and shape.
    static let maximumLength = (1 << 24) - 1

    private var storedText: String
    private var storedStart: UInt32
    /// The length in scalars (high 24 bits), then the kind (2 bits), whether a space stands before (1 bit)
    /// and the shape (5 bits): a token takes 24 bytes.
    private var packed: UInt32

    public var text: String {
        get { storedText }
        set {
            storedText = newValue
            shape = Shape(of: newValue)
        }
    }
    /// Lowercased text, with curly apostrophes folded to `'`.
    public var lower: String {
        @inline(__always) get {
            if shape.contains(.lowercase) { return storedText }
            // (The small ASCII case in place, as ``lowercased(_:)`` takes it first: no call per capitalised token.)
            return SmallASCIILowercase.lowercased(storedText) ?? Token.lowercasedBeyondSmall(storedText)
        }
    }
    public var start: Int {
        get { Int(storedStart) }
        set {
            let end = self.end
            storedStart = UInt32(newValue)
            self.end = end
        }
    }
    public var end: Int {
        get { Int(storedStart) + Int(packed >> 8) }
        set {
            let length = newValue - Int(storedStart)
            precondition(length >= 0 && length <= Token.maximumLength, "a token ends before it starts or is too long")
            packed = UInt32(length) << 8 | packed & 0xFF
        }
    }
    public var kind: Kind {
        get {
            switch packed & 3 {
            case 0: .word
            case 1: .number
            default: .punctuation
            }
        }
        set {
            let bits: UInt32 =
                switch newValue {
                case .word: 0
                case .number: 1
                case .punctuation: 2
                }
            packed = packed & ~3 | bits
        }
    }
    /// Whether whitespace stands right before this token.
    public var spaceBefore: Bool {
        get { packed & 4 != 0 }
        set { packed = newValue ? packed | 4 : packed & ~4 }
    }
    private(set) var shape: Shape {
        get { Shape(rawValue: UInt8(truncatingIfNeeded: packed >> 3) & 0x1F) }
        set { packed = packed & ~0xF8 | UInt32(newValue.rawValue & 0x1F) << 3 }
    }

    public init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        self.init(text: text, shape: Shape(of: text), kind: kind, start: start, end: end, spaceBefore: spaceBefore)
    }

    /// A token whose shape the caller has read already (the tokenizer).
    init(text: String, shape: Shape, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        self.storedText = text
        self.storedStart = UInt32(start)
        self.packed = 0
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.shape = shape
    }

    /// Lowercase with curly apostrophes folded to `'`: a small ASCII string word by word (``SmallASCIILowercase``),
    /// another ASCII one byte by byte, anything else the general way.
    static func lowercased(_ text: String) -> String {
        SmallASCIILowercase.lowercased(text) ?? lowercasedBeyondSmall(text)
    }

    /// ``lowercased(_:)`` of a text that is no small ASCII string (``lower`` has tried that way already).
    static func lowercasedBeyondSmall(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (k, byte) in bytes.enumerated() { buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            }
        } ?? text.lowercased().replacingApostrophes()
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    /// First letter uppercase: `Erbil`, `IRGC`, `al-Assad` is not (its particle is lowercase).
    public var isCapitalized: Bool { shape.contains(.capitalized) }
    /// Every letter uppercase and at least two letters: `PMF`, `US`.
    public var isAllCaps: Bool { shape.contains(.allCaps) }
    /// A word that starts in lower case and has a capital inside, not after a hyphen: `iPhone`, `eBay` (not
    /// `al-Assad`).
    public var isInnerCapitalized: Bool {
        // (The shape alone would also take `o’clock`: a curly apostrophe is no lowercase letter either.)
        shape.contains(.startsLowercase) && !shape.contains(.lowercase) && !shape.contains(.hyphenated)
            && text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
    }
    /// The first character is a lowercase letter (`text.first?.isLowercase == true`): `hit`, `al-Assad`.
    var startsLowercase: Bool { shape.contains(.startsLowercase) }
    @inline(__always)
    public func isPunctuation(_ mark: Character) -> Bool {
        guard kind == .punctuation else { return false }
        if let firstByteMatches = Self.firstByte(of: storedText, isASCIIMark: mark) { return firstByteMatches }
        // A mark is one scalar: compare the byte when both are ASCII, characters otherwise.
        if let byte = text.utf8.first, byte < 0x80, let ascii = mark.asciiValue, mark.utf8.count == 1 {
            return byte == ascii
        }
        return text.first == mark
    }

    /// Whether the first byte of `text` is `mark`, read from the two words Swift keeps both in (see
    /// ``SmallASCIILowercase``) when `mark` is one ASCII byte and `text` a small ASCII string of at least one
    /// byte, as the comparison of bytes above answers; nil for any other pair, which takes the general way.
    /// (Most marks asked about and most punctuation tokens are such: no `Character` is taken apart per token.)
    @inline(__always)
    static func firstByte(of text: String, isASCIIMark mark: Character) -> Bool? {
        #if _endian(little) && _pointerBitWidth(_64)
            guard MemoryLayout<Character>.size == 16, MemoryLayout<String>.size == 16 else { return nil }
            let (markLow, markHigh) = unsafeBitCast(mark, to: (UInt64, UInt64).self)
            let (textLow, textHigh) = unsafeBitCast(text, to: (UInt64, UInt64).self)
            // (A small ASCII string of one byte: its last byte is 0xE1, the other bytes of the high word zero.)
            guard markHigh == 0xE100_0000_0000_0000, textHigh >> 60 == 0xE, textHigh >> 56 & 0xF >= 1 else {
                return nil
            }
            return textLow & 0xFF == markLow
        #else
            return nil
        #endif
    }
}

extension String {
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }
}
