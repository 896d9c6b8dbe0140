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
            let c = scalars[i]
            if c.isTextWhitespace {
                spaceBefore = true
                i += 1
                continue
            }
            let start = i
            let kind: Token.Kind
            if Self.isDigit(c) {
                kind = .number
                i += 1
                while i < scalars.count {
                    if Self.isDigit(scalars[i]) {
                        i += 1
                    } else if (scalars[i] == "," || scalars[i] == ".") && i + 1 < scalars.count && Self.isDigit(scalars[i + 1]) {
                        // 1,200 and 3.5; not a sentence-final full stop
                        i += 2
                    } else {
                        break
                    }
                }
            } else if Self.isLetter(c) {
                kind = .word
                i += 1
                while i < scalars.count {
                    if Self.isLetter(scalars[i]) || scalars[i] == "\u{00B7}" {
                        i += 1
                    } else if Self.isJoiner(scalars[i]) && i + 1 < scalars.count && Self.isLetter(scalars[i + 1]) {
                        // al-Assad, don't, Iran's (the possessive is split off below)
                        i += 2
                    } else if scalars[i] == "." && i + 1 < scalars.count && Self.isLetter(scalars[i + 1])
                                && i + 2 < scalars.count && scalars[i + 2] == "." {
                        // U.S. and U.N.: keep the inner dots, the final one is taken below
                        i += 1
                    } else {
                        break
                    }
                }
                // Initialisms: U.S. → "U.S." when the word is a single letter repeated with dots.
                if i < scalars.count && scalars[i] == "." && Self.isInitialism(scalars[start..<i]) {
                    i += 1
                }
            } else {
                kind = .punctuation
                i += 1
            }
            var end = i
            // Split a possessive 's / ’s off a word so `Iran’s` yields `Iran` and `’s`.
            if kind == .word, end - start > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
               scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}" {
                end -= 2
                tokens.append(Token(text: String(String.UnicodeScalarView(scalars[start..<end])), kind: .word,
                                    start: start, end: end, spaceBefore: spaceBefore))
                tokens.append(Token(text: String(String.UnicodeScalarView(scalars[end..<i])), kind: .word,
                                    start: end, end: i, spaceBefore: false))
                spaceBefore = false
                continue
            }
            end = i
            tokens.append(Token(text: String(String.UnicodeScalarView(scalars[start..<end])), kind: kind,
                                start: start, end: end, spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isLetter
    }
    static func isJoiner(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "'" || c == "\u{2019}" || c == "\u{2010}" || c == "\u{2011}" }

    /// `U.S`, `U.N`, `e.g`: single letters separated by dots.
    static func isInitialism(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 3 else { return false }
        for (offset, c) in scalars.enumerated() {
            if offset % 2 == 0 { if !isLetter(c) { return false } } else if c != "." { return false }
        }
        return true
    }
}
