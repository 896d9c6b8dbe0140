import Testing

@testable import ArticleReaders

/// The words a stated publication date is looked for in: the first words of the opening's characters,
/// the same whether they are read as bytes (ASCII) or as characters.
@Suite struct OpeningWordsTests {
    /// The opening's words read character by character, as the reader did before it read bytes.
    func characterWords(_ text: Substring, maximumWords: Int, openingLength: Int) -> [String] {
        text.prefix(openingLength).split(whereSeparator: {
            $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}"
        })
        .prefix(maximumWords).map { String($0) }
    }

    /// The texts read both ways: short and long openings, and a character outside ASCII, a carriage return or a
    /// combining mark before, at and after the last word read.
    static let texts: [String] = [
        "Posted on March 3 2018 by Gulf Wire Staff The storm flattened two villages.",
        "  Published\t14 October 2019\nHeavy rain closed the coastal road.  ",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
        "Line one\r\nLine two 2019-03-04",
        "Caf\u{E9} 3 May 2016 the owner said",
        "", "   ",
        String(repeating: "word ", count: 3) + String(repeating: "x", count: 330),
        String(repeating: "a", count: 319) + "e\u{301} tail",
        String(repeating: "ab ", count: 106) + "cd",
        // A character outside ASCII, a carriage return or a combining mark after the words are all read.
        String(repeating: "Kelvar ", count: 20) + "Tarvan\u{2019}s mill",
        String(repeating: "Kelvar ", count: 16) + "\u{301}Vessa",
        String(repeating: "Kelvar ", count: 16) + "\r\nVessa",
        String(repeating: "Kelvar ", count: 15) + "Vessa\u{301} Dornholm",
        String(repeating: "Kelvar ", count: 15) + "Vessa \u{2019}",
        // Before them: read as characters.
        "\u{201C}Marrowby\u{201D} rose on 3 May 2016 " + String(repeating: "Kelvar ", count: 20),
        String(repeating: "Kelvar ", count: 3) + "\u{A0}Vessa " + String(repeating: "Dornholm ", count: 20),
        String(repeating: "Kelvar ", count: 3) + " \u{301}Vessa " + String(repeating: "Dornholm ", count: 20),
        String(repeating: "x", count: 318) + "\u{2019} tail",
        String(repeating: "x", count: 320) + "\u{2019} tail",
        // The same near the run-in dateline's longer reach (52 words, 480 characters).
        String(repeating: "Kelvar ", count: 60),
        String(repeating: "Kelvar ", count: 52) + "\u{301}Vessa",
        String(repeating: "Kelvar ", count: 51) + "\r\nVessa",
        String(repeating: "Kelvar ", count: 51) + "Vessa\u{301} Dornholm",
        String(repeating: "ab ", count: 159) + "cd",
        String(repeating: "x", count: 478) + "\u{2019} tail",
        String(repeating: "x", count: 480) + "\u{2019} tail",
        String(repeating: "a", count: 479) + "e\u{301} tail",
    ]

    @Test(arguments: OpeningWordsTests.texts)
    func byteWordsAreTheCharacterWords(text: String) {
        let opening = Substring(text)
        let expected = characterWords(
            opening, maximumWords: StatedPublicationDate.reach + 4, openingLength: StatedPublicationDate.openingLength)
        #expect(StatedPublicationDate.openingWords(opening) == expected)
    }

    /// The run-in dateline's path: more words, from more characters.
    @Test(arguments: OpeningWordsTests.texts)
    func byteWordsAreTheCharacterWordsAtTheRunInReach(text: String) {
        let opening = Substring(text)
        let maximumWords = StatedPublicationDate.runInReach + 4
        let openingLength = StatedPublicationDate.runInLength
        let words = StatedPublicationDate.openingWords(
            opening, maximumWords: maximumWords, openingLength: openingLength)
        #expect(words == characterWords(opening, maximumWords: maximumWords, openingLength: openingLength))
    }
}
