import Testing

@testable import Extraction

/// A token's lowercase form read in place (``Token/smallLowerWords``, ``Token/lowerIs(_:)``,
/// ``WordSet/contains(lowerOf:)``, ``WordTable/subscript(lowerOf:)``) answers as the same question asked of
/// ``Token/lower``, for small ASCII tokens and for the others that take the general way.
@Suite struct TokenSmallLowerTests {
    /// Capitalised, in capitals, lowercase, 15 and 16 bytes long, outside ASCII, with a curly apostrophe.
    static let texts = [
        "the", "The", "THE", "Said", "said", "McDONALD", "al-Assad", "U.S", "abcdefghijklmno", "ABCDEFGHIJKLMNO",
        "abcdefghijklmnop", "ABCDEFGHIJKLMNOP", "Élysée", "ÉLYSÉE", "Iran’s", "IRAN’S", "don't", "Don’t", "a", "A", "",
    ]

    static func token(_ text: String) -> Token {
        Token(text: text, kind: .word, start: 0, end: text.unicodeScalars.count, spaceBefore: true)
    }

    @Test func lowerIsAnswersAsComparingLower() {
        for text in Self.texts {
            let token = Self.token(text)
            for word in Self.texts + ["élysée", "iran's", "iran’s", "abcdefghijklmnop", "don't"] {
                #expect(token.lowerIs(word) == (token.lower == word), "\(text) / \(word)")
            }
        }
    }

    @Test func smallLowerWordsAreTheWordsOfLower() {
        for text in Self.texts {
            let token = Self.token(text)
            if let words = token.smallLowerWords {
                #expect(SmallWordSlots.words(of: token.lower).map { $0 == words } == true, "\(text)")
            } else {
                #expect(SmallWordSlots.words(of: text) == nil, "\(text) is a small ASCII string")
            }
        }
    }

    @Test func lookUpsAnswerAsLookingUpLower() {
        let keys = ["the", "said", "mcdonald", "abcdefghijklmnop", "élysée", "iran's", "don't", "a"]
        let set = WordSet(keys)
        let table = WordTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) }))
        for text in Self.texts {
            let token = Self.token(text)
            #expect(set.contains(lowerOf: token) == set.contains(token.lower), "\(text)")
            #expect(table[lowerOf: token] == table[token.lower], "\(text)")
            #expect(table.contains(lowerOf: token) == table.contains(token.lower), "\(text)")
        }
        // (The answers are not all the same: the test reads both kinds.)
        #expect(set.contains(lowerOf: Self.token("SAID")) && !set.contains(lowerOf: Self.token("Says")))
        #expect(table[lowerOf: Self.token("ABCDEFGHIJKLMNOP")] == 3)
    }
}
