import Foundation
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

    /// A list's fields trimmed of spaces and tabs from their end bytes first give what Foundation's trimming gives,
    /// also where an end is a space outside ASCII (no-break, em, ideographic) or a combining mark.
    @Test(arguments: [
        "", " ", "\t", "Kelvar", " Kelvar", "Kelvar\t", "  Kestrel Hill  ", "m", "f ", "\u{A0}Vessa", "Vessa\u{A0}",
        "Vessa\u{2003}", "\u{3000}", "Tarvan\r", "é", " é ", "Marrowby\u{301}", "\t\u{A0}Dornholm \u{A0}",
    ])
    func trimmedFieldsAreTheFoundationTrimmed(text: String) {
        let field = text[...]
        #expect(field.trimmingWhitespace() == field.trimmingCharacters(in: .whitespaces))
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

    /// Suffixes compared byte by byte when both texts are small ASCII strings answer as `hasSuffix(_:)`: every
    /// short ending of every ASCII text up to 15 bytes, texts that end in a carriage return and line feed, and
    /// texts that are longer or not ASCII.
    @Test func suffixesAreFoundAsCharacterByCharacter() {
        let texts = [
            "", "s", "ss", "cities", "churches", "boxes", "buzzes", "classes", "bus", "crisis", "famous", "child's",
            "a\r\n", "\r\n", "line\r", "fifteen letters", "sixteen letters!", "a much longer word list",
            "cafés", "naïves", "se\u{301}s", "s\u{301}", "Ämters",
        ]
        let suffixes = [
            "", "s", "ss", "us", "is", "'s", "ous", "ies", "ches", "shes", "sses", "xes", "zes", "\n", "\r\n", "\r",
            "a\r\n", "é", "fifteen letters", "x fifteen letters",
        ]
        for text in texts {
            for suffix in suffixes {
                #expect(text.hasASCIISuffix(suffix) == text.hasSuffix(suffix), "\(text) \(suffix)")
            }
        }
        for length in 1...15 {
            for byte in UInt8(1)..<0x80 {
                let last = String(decoding: [byte], as: UTF8.self)
                let text = String(repeating: "s", count: length - 1) + last
                for suffix in ["s", "ss", last, "s" + last] {
                    #expect(text.hasASCIISuffix(suffix) == text.hasSuffix(suffix))
                }
            }
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

    /// The edges of the byte-by-byte reading of an ASCII name: articles alone or joined, extra spaces, a
    /// plural `s`, doubled letters and digits, a name of articles only (read whole).
    @Test func looseKeyOfASCIINamesAtTheEdges() {
        #expect(EntityResolver.looseKey("  Raqqa  Al  ") == "raqa")
        #expect(EntityResolver.looseKey("Al") == "al")
        #expect(EntityResolver.looseKey("al el") == "alel")
        #expect(EntityResolver.looseKey("al el Bab") == "bab")
        #expect(EntityResolver.looseKey("al-") == "al")
        #expect(EntityResolver.looseKey("al-X") == "x")
        #expect(EntityResolver.looseKey("EL-Sisi Group") == "sisigroup")
        #expect(EntityResolver.looseKey("Moss Ross") == "mosros")
        #expect(EntityResolver.looseKey("Texas") == "texas")
        #expect(EntityResolver.looseKey("Liberal Democrats") == "liberaldemocrat")
        #expect(EntityResolver.looseKey("U.S. Steel") == "ustel")
        #expect(EntityResolver.looseKey("Group 77") == "group7")
        #expect(EntityResolver.looseKey("") == "")
        #expect(EntityResolver.looseKey("Elm Alley") == "elmaley")
    }

    /// Hyphenated words, read from their bytes when ASCII: modifiers made from names and terms in capitals
    /// are no part of a name; names joined by a hyphen and particles joined to a name are.
    @Test(arguments: [
        ("US-led", false), ("Daesh-held", false), ("Iran-backed", false), ("T-shirt", false),
        ("ROS-concentration", false), ("Trump-bashing", false), ("Smith-crafting", false), ("e-mail", false),
        ("x-Ray", false), ("al-", false), ("-Smith", false), ("Al-Qaeda-linked", false), ("Hama-based", false),
        ("al-Assad", true), ("Hau-yip", true), ("bin-Salman", true), ("Jae-in", true), ("ez-Zor", true),
        ("as-Sweida", true), ("Anglo-Saxon", true), ("Coca-Cola", true), ("de-Gaulle", true), ("Bin-laden", true),
        ("Obama-ing", true), ("Ḥama-based", false), ("al-Ḥasakah", true), ("Ḥaj-Ali", true),
    ])
    func hyphenatedNameParts(word: String, isNamePart: Bool) {
        let token = Token(text: word, kind: .word, start: 0, end: word.unicodeScalars.count, spaceBefore: true)
        #expect(token.isNamePart == isNamePart)
    }
}
