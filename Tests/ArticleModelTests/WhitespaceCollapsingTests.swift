import Testing

@testable import ArticleModel

/// collapseWhitespace works on UTF-8 bytes; it must give what collapsing scalar by scalar gives.
@Suite struct WhitespaceCollapsingTests {
    /// Collapsing the slow, obvious way: scalar by scalar, with Unicode's White_Space property.
    static func reference(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The byte-level test knows every whitespace scalar Unicode has, and no other.
    @Test func everyScalarIsWhitespaceExactlyWhenUnicodeSaysSo() {
        var disagreeing: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { WhitespaceCollapsing.whitespaceLength($0, at: 0) }
            if (length > 0) != scalar.properties.isWhitespace || (length > 0 && length != bytes.count) {
                disagreeing.append("U+" + String(value, radix: 16))
            }
        }
        #expect(disagreeing.isEmpty)
    }

    @Test(
        arguments: [
            "", " ", "\n\n", "one", " one", "one ", "one two", "one  two", "one\ttwo", "one\u{A0}two",
            "\u{2003}Tab\u{3000}and\u{2029}more\u{85}\u{1680}", "“Quoted” — said\u{202F}it\u{205F}.",
            "line\r\nbreak", "a\u{0301} \u{0301}b", "\u{1}control\u{1} kept", "émigré  café ", "日本 語",
            "trailing\u{A0}", "\u{2028}", "x\u{200B}y",
        ])
    func collapsingGivesWhatScalarByScalarGives(_ text: String) {
        #expect(collapseWhitespace(text) == Self.reference(text))
    }

    @Test func collapsedTextComesBackAsItIs() {
        let text = "Twenty-two missiles were fired at two bases, officials said."
        #expect(collapseWhitespace(text) == text)
        #expect(collapseWhitespace("  Twenty-two \n missiles ") == "Twenty-two missiles")
    }
}
