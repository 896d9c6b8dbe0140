import Foundation
import Testing

@testable import Extraction

/// An article's gathered words answer exactly as a `Set<String>` of the same words would.
@Suite struct ArticleWordSetTests {
    @Test func agreesWithASetOnManyWords() {
        // Enough words to grow the table several times and collide: two and three letters from a to l,
        // some longer than a small string holds.
        let letters = "abcdefghijkl".map(String.init)
        var set = Set<String>()
        var words = ArticleWordSet()
        for first in letters {
            for second in letters {
                for word in [first + second, first + second + "x", String(repeating: first + second, count: 9)] {
                    set.insert(word)
                    words.insert(word)
                }
            }
        }
        for first in "abcdefghijklmnxyz".map(String.init) {
            for second in "abcdefghijklmnxyz".map(String.init) {
                for word in [first, first + second, first + second + "x", String(repeating: first + second, count: 9)] {
                    #expect(words.contains(word) == set.contains(word), "\(word)")
                }
            }
        }
        #expect(!words.contains(""))
        words.insert("")
        #expect(words.contains(""))
    }

    @Test func wordsOutsideASCIIAnswerAsSwiftStringsCompare() {
        var words: ArticleWordSet = ["café", "don\u{2019}t", "\u{212A}elvin", "Kiev"]
        #expect(words.contains("cafe\u{301}"))
        #expect(words.contains("don\u{2019}t"))
        #expect(!words.contains("don't"))
        // The Kelvin sign is canonically the letter K: either spelling finds the other.
        #expect(words.contains("Kelvin"))
        #expect(words.contains("\u{212A}iev"))
        #expect(!words.contains("kelvin"))
        words.insert("semi\u{037E}")
        #expect(words.contains("semi;"))
    }

    /// Every scalar whose string equals an ASCII character's is one ``ArticleWordSet/asciiSingletons`` lists
    /// (canonical decompositions end below U+2FA20).
    @Test func knowsEveryScalarThatIsCanonicallyASCII() {
        var found: [UInt32: Unicode.Scalar] = [:]
        for value in UInt32(0x80)..<0x2FA20 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.count == 1, let only = decomposed.first, only.isASCII { found[value] = only }
        }
        #expect(found == ArticleWordSet.asciiSingletons)
    }
}
