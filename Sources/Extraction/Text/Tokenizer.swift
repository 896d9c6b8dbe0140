import ArticleModel

/// Splits a paragraph into tokens and sentences in one pass over its Unicode scalars.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var spaceBefore = true
        while i < scalars.count {
            if scalars[i].isTextWhitespace {
                spaceBefore = true
                i += 1
                continue
            }
            let start = i
            let kind = Self.kind(startingWith: scalars[start])
            i = Self.end(of: kind, in: scalars, from: start)
            if kind == .word, let possessive = Self.possessiveStart(in: scalars, word: start..<i) {
                // Split a possessive 's / ’s off a word so `Iran’s` yields `Iran` and `’s`.
                tokens.append(Self.token(scalars, start..<possessive, kind: .word, spaceBefore: spaceBefore))
                tokens.append(Self.token(scalars, possessive..<i, kind: .word, spaceBefore: false))
            } else {
                tokens.append(Self.token(scalars, start..<i, kind: kind, spaceBefore: spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// A digit starts a number, a letter a word, and anything else is a punctuation mark of its own.
    static func kind(startingWith c: Unicode.Scalar) -> Token.Kind {
        if isDigit(c) { return .number }
        if isLetter(c) { return .word }
        return .punctuation
    }

    /// Where the token of `kind` that starts at `start` ends.
    static func end(of kind: Token.Kind, in scalars: [Unicode.Scalar], from start: Int) -> Int {
        switch kind {
        case .number: return numberEnd(in: scalars, from: start)
        case .word: return wordEnd(in: scalars, from: start)
        case .punctuation: return start + 1
        }
    }

    /// Digits with inner separators: `17`, `1,200`, `3.5`; not a sentence-final full stop.
    static func numberEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 1
        while i < scalars.count {
            if isDigit(scalars[i]) {
                i += 1
            } else if (scalars[i] == "," || scalars[i] == ".") && i + 1 < scalars.count && isDigit(scalars[i + 1]) {
                // 1,200 and 3.5; not a sentence-final full stop
                i += 2
            } else {
                break
            }
        }
        return i
    }

    /// Letters with inner joiners and dots: `al-Assad`, `don't`, `Iran's`, `U.S.`.
    static func wordEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 1
        while i < scalars.count {
            if isLetter(scalars[i]) || scalars[i] == "\u{00B7}" {
                i += 1
            } else if isJoiner(scalars[i]) && i + 1 < scalars.count && isLetter(scalars[i + 1]) {
                // al-Assad, don't, Iran's (the possessive is split off by the caller)
                i += 2
            } else if scalars[i] == "." && i + 1 < scalars.count && isLetter(scalars[i + 1])
                && i + 2 < scalars.count && scalars[i + 2] == "."
            {
                // U.S. and U.N.: keep the inner dots, the final one is taken below
                i += 1
            } else {
                break
            }
        }
        // Initialisms: U.S. → "U.S." when the word is a single letter repeated with dots.
        if i < scalars.count && scalars[i] == "." && isInitialism(scalars[start..<i]) {
            i += 1
        }
        return i
    }

    /// Where a possessive `'s` or `’s` ending the word `word` starts (`Iran’s`), or nil.
    static func possessiveStart(in scalars: [Unicode.Scalar], word: Range<Int>) -> Int? {
        let end = word.upperBound
        guard word.count > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
            scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}"
        else { return nil }
        return end - 2
    }

    static func token(_ scalars: [Unicode.Scalar], _ range: Range<Int>, kind: Token.Kind, spaceBefore: Bool) -> Token {
        Token(
            text: String(String.UnicodeScalarView(scalars[range])), kind: kind,
            start: range.lowerBound, end: range.upperBound, spaceBefore: spaceBefore)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isLetter
    }
    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "'" || c == "\u{2019}" || c == "\u{2010}" || c == "\u{2011}"
    }

    /// `U.S`, `U.N`, `e.g`: single letters separated by dots.
    static func isInitialism(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 3 else { return false }
        for (offset, c) in scalars.enumerated() {
            if offset % 2 == 0 { if !isLetter(c) { return false } } else if c != "." { return false }
        }
        return true
    }
}
