import Testing

@testable import Extraction

/// ``Token/isSentenceEnd``, the one check of a sentence's end that the work-title pass and the names-after-`the`
/// pass share, answers as each pass's own check did before (the same marks, the same tokens).
@Suite struct TokenSentenceEndTests {
    /// The work-title pass's own check before: a full stop, an exclamation or a question mark, a semicolon.
    static func workTitlesWay(_ token: Token) -> Bool {
        token.isPunctuation(".") || token.isPunctuation("!") || token.isPunctuation("?") || token.isPunctuation(";")
    }

    /// The names-after-`the` pass's own check before: those and a colon or a closing bracket.
    static func namesAfterTheWay(_ token: Token) -> Bool {
        let marks: [Character] = [".", ";", ":", ")", "?", "!"]
        return marks.contains(where: { token.isPunctuation($0) })
    }

    /// Every one-byte ASCII token as a mark and as a word, and marks outside ASCII (a semicolon's canonical
    /// twin U+037E among them).
    static let tokens: [Token] = {
        var texts = (UInt8(1)..<0x80).map { String(Unicode.Scalar($0)) }
        texts += ["\u{037E}", "\u{2026}", "\u{FF0E}", "\u{3002}", "\u{2014}", "..", "?!", "", "Dornholm"]
        return texts.flatMap { text in
            [Token.Kind.punctuation, .word].map { kind in
                Token(text: text, kind: kind, start: 0, end: text.utf8.count, spaceBefore: false)
            }
        }
    }()

    @Test func answersAsTheWorkTitlesCheckDid() {
        var ends = 0
        for token in Self.tokens {
            #expect(token.isSentenceEnd == Self.workTitlesWay(token), "\(token.text) \(token.kind)")
            if token.isSentenceEnd { ends += 1 }
        }
        #expect(ends >= 4)
    }

    @Test func withAColonAndABracketAnswersAsTheNamesAfterTheCheckDid() {
        for token in Self.tokens {
            let breaks = token.isSentenceEnd || token.isPunctuation(":") || token.isPunctuation(")")
            #expect(breaks == Self.namesAfterTheWay(token), "\(token.text) \(token.kind)")
        }
    }
}
