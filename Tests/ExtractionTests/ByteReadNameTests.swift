import Testing

@testable import Extraction

/// Names read byte by byte when they are ASCII give what the general, character by character reading gives.
@Suite struct ByteReadNameTests {
    @Test(arguments: [
        "Syrian Observatory for Human Rights", "  two  spaces  ", "", " ", "one", "trailing ", " leading",
        "Müller Group", "José  María Aznar", "a\u{301} b", "tab\there", "line\r\nbreak here",
    ])
    func wordsBetweenSpacesAreTheSplitWords(text: String) {
        #expect(text.wordsBetweenSpaces() == text.split(separator: " "))
    }

    /// Every ASCII byte at every position of every small length, and longer or non-ASCII words.
    @Test func hyphensAreFoundAsByteByByte() {
        for length in 1...15 {
            for byte in UInt8(1)..<0x80 {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    bytes[position] = byte
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(text.containsHyphenMinus == text.utf8.contains(UInt8(ascii: "-")))
                }
            }
        }
        let others = [
            "", "twenty-two", "forty", "twenty-two-thousand-and-one", "no hyphen in a long text", "é-è", "café",
        ]
        for text in others {
            #expect(text.containsHyphenMinus == text.utf8.contains(UInt8(ascii: "-")))
        }
    }

    @Test func compactFoldsCaseSpacesAndPunctuation() {
        #expect(EntityResolver.compact("Time Warner") == "timewarner")
        #expect(EntityResolver.compact("TimeWarner") == "timewarner")
        #expect(EntityResolver.compact("U.S.") == "us")
        #expect(EntityResolver.compact("Liberal Democrats") == "liberaldemocrat")
        #expect(EntityResolver.compact("Texas") == "texas")
        #expect(EntityResolver.compact("Group 7 Allies") == "group7allie")
        #expect(EntityResolver.compact("Zürich Airports") == "zürichairport")
    }

    @Test func looseKeyDropsArticlesAndDoubledLetters() {
        #expect(EntityResolver.looseKey("al-Raqqa") == "raqa")
        #expect(EntityResolver.looseKey("Al Raqqa") == "raqa")
        #expect(EntityResolver.looseKey("Bashar al-Assad") == EntityResolver.looseKey("Bashar Assad"))
        #expect(EntityResolver.looseKey("Bashar Assad") == "basharasad")
        #expect(EntityResolver.looseKey("Mosul") == "mosul")
        #expect(EntityResolver.looseKey("Aall Müüller") == "almüler")
    }
}
