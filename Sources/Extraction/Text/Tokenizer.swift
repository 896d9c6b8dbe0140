import ArticleModel

/// Splits a paragraph into tokens in one pass over its UTF-8 bytes, counting Unicode scalars for the
/// offsets. ASCII (nearly all of English news) is classified by its byte; other scalars are decoded and
/// asked their Unicode properties.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes)
            return scanner.tokens()
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.isLetter }
    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "'" || c == "\u{2019}" || c == "\u{2010}" || c == "\u{2011}"
    }
}

/// The tokenizer's walk over one paragraph's bytes: `byte` and `scalar` advance together.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    /// A position in the text: its byte offset and its Unicode scalar offset.
    struct Position: Comparable {
        var byte: Int
        var scalar: Int

        static func < (a: Position, b: Position) -> Bool { a.byte < b.byte }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The paragraph's tokens, in an array made at its exact size: the tokens are counted first (a walk
    /// that makes no strings), so that a long paragraph holds no spare capacity and no second copy.
    mutating func tokens() -> [Token] {
        var count = 0
        walk { _, _, _, _ in count += 1 }
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        walk { start, end, kind, spaceBefore in
            tokens.append(token(start, end, kind: kind, spaceBefore: spaceBefore))
        }
        return tokens
    }

    /// Calls `emit` with the start, end, kind and whether a space stands before, for each token in order.
    @inline(__always)
    func walk(_ emit: (Position, Position, Token.Kind, Bool) -> Void) {
        var at = Position(byte: 0, scalar: 0)
        var spaceBefore = true
        while at.byte < bytes.count {
            let (c, length) = scalar(at: at.byte)
            if c.isTextWhitespace {
                spaceBefore = true
                at = Position(byte: at.byte + length, scalar: at.scalar + 1)
                continue
            }
            let start = at
            let kind: Token.Kind =
                Tokenizer.isDigit(c) ? .number : Tokenizer.isLetter(c) ? .word : .punctuation
            switch kind {
            case .number: at = numberEnd(from: start)
            case .word: at = wordEnd(from: start)
            case .punctuation: at = Position(byte: start.byte + length, scalar: start.scalar + 1)
            }
            if at.scalar - start.scalar > Token.maximumLength {
                emitPieces(of: start..<at, spaceBefore: spaceBefore) { emit($0, $1, kind, $2) }
            } else if kind == .word, let possessive = possessiveStart(word: start, end: at) {
                // Split a possessive 's / ’s off a word so `Iran’s` yields `Iran` and `’s`.
                emit(start, possessive, .word, spaceBefore)
                emit(possessive, at, .word, false)
            } else {
                emit(start, at, kind, spaceBefore)
            }
            spaceBefore = false
        }
    }

    /// A word or number longer than a token can be (16M letters) becomes tokens of the longest length.
    func emitPieces(of range: Range<Position>, spaceBefore: Bool, _ emit: (Position, Position, Bool) -> Void) {
        var pieceStart = range.lowerBound
        while pieceStart.byte < range.upperBound.byte {
            var pieceEnd = pieceStart
            while pieceEnd.byte < range.upperBound.byte, pieceEnd.scalar - pieceStart.scalar < Token.maximumLength {
                pieceEnd = after(pieceEnd)
            }
            emit(pieceStart, pieceEnd, spaceBefore && pieceStart == range.lowerBound)
            pieceStart = pieceEnd
        }
    }

    /// The scalar starting at byte `i` and how many bytes it takes (the text is valid UTF-8).
    @inline(__always)
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        return decodeMultibyte(at: i)
    }

    private func decodeMultibyte(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        var value: UInt32
        var length: Int
        if b0 & 0xE0 == 0xC0 {
            value = b0 & 0x1F
            length = 2
        } else if b0 & 0xF0 == 0xE0 {
            value = b0 & 0x0F
            length = 3
        } else {
            value = b0 & 0x07
            length = 4
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar at `p`, or nil at the end of the text.
    @inline(__always)
    func scalar(_ p: Position) -> Unicode.Scalar? { p.byte < bytes.count ? scalar(at: p.byte).0 : nil }

    /// The position one scalar after `p`.
    @inline(__always)
    func after(_ p: Position) -> Position {
        Position(byte: p.byte + scalar(at: p.byte).1, scalar: p.scalar + 1)
    }

    /// Digits with inner separators: `17`, `1,200`, `3.5`; not a sentence-final full stop.
    func numberEnd(from start: Position) -> Position {
        var i = after(start)
        while let c = scalar(i) {
            if Tokenizer.isDigit(c) {
                i = after(i)
            } else if c == "," || c == ".", let next = scalar(after(i)), Tokenizer.isDigit(next) {
                // 1,200 and 3.5; not a sentence-final full stop
                i = after(after(i))
            } else {
                break
            }
        }
        return i
    }

    /// Letters with inner joiners and dots: `al-Assad`, `don't`, `Iran's`, `U.S.`.
    func wordEnd(from start: Position) -> Position {
        var i = after(start)
        while let c = scalar(i) {
            if Tokenizer.isLetter(c) || c == "\u{00B7}" {
                i = after(i)
            } else if Tokenizer.isJoiner(c), let next = scalar(after(i)), Tokenizer.isLetter(next) {
                // al-Assad, don't, Iran's (the possessive is split off by the caller)
                i = after(after(i))
            } else if c == ".", let next = scalar(after(i)), Tokenizer.isLetter(next),
                scalar(after(after(i))) == "."
            {
                // U.S. and U.N.: keep the inner dots, the final one is taken below
                i = after(i)
            } else {
                break
            }
        }
        // Initialisms: U.S. → "U.S." when the word is a single letter repeated with dots.
        if scalar(i) == ".", isInitialism(from: start, to: i) {
            i = after(i)
        }
        return i
    }

    /// `U.S`, `U.N`, `e.g`: single letters separated by dots.
    func isInitialism(from start: Position, to end: Position) -> Bool {
        guard end.scalar - start.scalar >= 3 else { return false }
        var p = start
        var offset = 0
        while p.byte < end.byte {
            let c = scalar(at: p.byte).0
            if offset % 2 == 0 {
                if !Tokenizer.isLetter(c) { return false }
            } else if c != "." {
                return false
            }
            p = after(p)
            offset += 1
        }
        return true
    }

    /// Where a possessive `'s` or `’s` ending the word `start..<end` starts (`Iran’s`), or nil.
    func possessiveStart(word start: Position, end: Position) -> Position? {
        guard end.scalar - start.scalar > 2, end.byte >= 2 else { return nil }
        let last = bytes[end.byte - 1]
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return nil }
        if bytes[end.byte - 2] == UInt8(ascii: "'") {
            return Position(byte: end.byte - 2, scalar: end.scalar - 2)
        }
        // ’ is E2 80 99 in UTF-8.
        if end.byte - start.byte >= 4, bytes[end.byte - 4] == 0xE2, bytes[end.byte - 3] == 0x80,
            bytes[end.byte - 2] == 0x99
        {
            return Position(byte: end.byte - 4, scalar: end.scalar - 2)
        }
        return nil
    }

    /// The token for `start..<end`: its text, lowercase form and shape from the bytes, with ASCII read
    /// directly and anything else the general way.
    func token(_ start: Position, _ end: Position, kind: Token.Kind, spaceBefore: Bool) -> Token {
        let slice = UnsafeBufferPointer(rebasing: bytes[start.byte..<end.byte])
        var ascii = true
        var uppercase = false
        var lowercase = false
        var letters = 0
        var hyphen = false
        for byte in slice {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A {
                uppercase = true
                letters += 1
            } else if byte >= 0x61 && byte <= 0x7A {
                lowercase = true
                letters += 1
            } else if byte == UInt8(ascii: "-") {
                hyphen = true
            }
        }
        guard ascii else {
            return Token(
                text: String(decoding: slice, as: UTF8.self), kind: kind, start: start.scalar, end: end.scalar,
                spaceBefore: spaceBefore)
        }
        // (Most tokens: a short ASCII word is made from its bytes in place, with no decoding.)
        let text = SmallASCIIString.make(ascii: slice) ?? String(decoding: slice, as: UTF8.self)
        var shape: Token.Shape = []
        let first = slice[0]
        if first >= 0x41 && first <= 0x5A { shape.insert(.capitalized) }
        if first >= 0x61 && first <= 0x7A { shape.insert(.startsLowercase) }
        if !lowercase && letters >= 2 { shape.insert(.allCaps) }
        if hyphen { shape.insert(.hyphenated) }
        if !uppercase { shape.insert(.lowercase) }
        return Token(
            text: text, shape: shape, kind: kind, start: start.scalar, end: end.scalar, spaceBefore: spaceBefore)
    }
}
