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
