import Testing

@testable import Extraction

/// The lexicon tables answer exactly as a Swift dictionary or set of the same words would.
@Suite struct WordTableTests {
    private let colours: [String: Int] = ["red": 1, "green": 2, "blue": 3, "grey-blue": 4, "a": 5, "ultramarines": 6]

    @Test func findsEveryKeyAndOnlyTheKeys() {
        let table = WordTable(colours)
        for (word, value) in colours { #expect(table[word] == value) }
        for word in ["", "r", "re", "reds", "Red", "RED", "bleu", "greenish", "b", "grey", "grey-", "ultramarine"] {
            #expect(table[word] == nil, "\(word)")
        }
        #expect(table.count == colours.count)
    }

    @Test func agreesWithADictionaryOnManyWords() {
        // Enough keys to fill many slots and collide: every word of two letters from a to l.
        let letters = "abcdefghijkl".map(String.init)
        var dictionary: [String: Int] = [:]
        for (i, first) in letters.enumerated() {
            for (j, second) in letters.enumerated() { dictionary[first + second] = i * 12 + j }
        }
        let table = WordTable(dictionary)
        for first in "abcdefghijklmnxyz".map(String.init) {
            for second in "abcdefghijklmnxyz".map(String.init) {
                #expect(table[first + second] == dictionary[first + second])
                #expect(table[first] == dictionary[first])
                #expect(table[first + second + "s"] == dictionary[first + second + "s"])
            }
        }
    }

    @Test func wordsOutsideASCIIAnswerAsSwiftStringsCompare() {
        let table = WordTable(["kilo": 1, "café": 2])
        // Accented keys: the precomposed and the decomposed é are the same String.
        #expect(table["café"] == 2)
        #expect(table["cafe\u{301}"] == 2)
        #expect(table["cafe"] == nil)
        let ascii = WordTable(["Kilo": 1])
        // The Kelvin sign is canonically the letter K, so Swift's dictionary finds it too.
        #expect(ascii["\u{212A}ilo"] == ["Kilo": 1]["\u{212A}ilo"])
        #expect(ascii["Kilo"] == 1)
        #expect(ascii["Kilö"] == nil)
    }

    @Test func keysOnBothSidesOfASCIIAnswerAsADictionary() {
        // A few keys outside ASCII beside ASCII ones: ASCII words still go the fast way.
        let dictionary = [
            "kilo": 1, "café": 2, "\u{212A}elvin": 3, "zürich-and-a-long-tail": 4, "a-long-ascii-key-here": 5,
        ]
        let table = WordTable(dictionary)
        let words = [
            "kilo", "café", "cafe\u{301}", "Kelvin", "\u{212A}elvin", "kelvin", "zürich-and-a-long-tail",
            "zu\u{308}rich-and-a-long-tail", "a-long-ascii-key-here", "a-long-ascii-key-her", "cafe", "", "z",
        ]
        for word in words { #expect(table[word] == dictionary[word], "\(word)") }
    }

    @Test func shortWordsAnswerHoweverTheStringWasMade() {
        // Keys on both sides of the 15 bytes a small string holds, and the empty key.
        let keys = ["fifteen-letters", "sixteen-letters!", "x", "", "said", "Said"]
        let table = WordTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        for (value, key) in keys.enumerated() {
            let bytes = Array(key.utf8)
            let made = [
                key, String(decoding: bytes, as: UTF8.self), String(Substring(key)),
                String(("#" + key).dropFirst()), Token.lowercased(key) == key ? Token.lowercased(key) : key,
            ]
            for word in made { #expect(table[word] == value, "\(word)") }
        }
        #expect(table["SAID".lowercased()] == 4)
        #expect(Token.lowercased("SAID") == "said" && table[Token.lowercased("SAID")] == 4)
        for word in ["fifteen-letter", "fifteen-letters?", "sixteen-letters", "xx", " ", "sai", "saidsaidsaidsai"] {
            #expect(table[word] == nil, "\(word)")
        }
    }

    @Test func containsAnswersAsTheLookUpOfAValue() {
        let table = WordTable(colours)
        let set = WordSet(colours.keys)
        let others = ["", "r", "reds", "Red", "grey-", "ultramarine", "café", "a-long-ascii-word-here"]
        let words = Array(colours.keys) + others
        for word in words {
            #expect(table.contains(word) == (table[word] != nil), "\(word)")
            #expect(set.contains(word) == colours.keys.contains(word), "\(word)")
        }
    }

    @Test func setsAreLiteralsWithRepeatsAllowed() {
        let words: WordSet = ["said", "told", "said"]
        #expect(words.count == 2)
        #expect(words.contains("said") && words.contains("told"))
        #expect(!words.contains("says") && !words.contains("Said") && !words.contains(""))
        let table: WordTable<Double> = ["dozen": 12, "score": 20]
        #expect(table["score"] == 20 && table["dozens"] == nil)
    }
}
