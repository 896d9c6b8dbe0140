import ArticleModel
import Testing

/// An article's word count, read from the bytes, is the count of runs between space and line-feed
/// characters, as splitting the string by character gives it.
@Suite struct WordCountTests {
    private func byCharacter(_ text: String) -> Int { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }

    private func counted(_ text: String) -> Int {
        Article(title: "", paragraphs: [Paragraph(kind: .body, text: text)]).wordCount
    }

    @Test(arguments: [
        "The ferry left at dawn.",
        "  two  spaces \n\n and lines\n",
        "a line ending\r\nin a carriage return \r\n here",
        "\r\n",
        "“Curly quotes” – and a dash, café au lait ",
        "an accent on a space: a \u{301} b, and e\u{301} kept",
        "a prepended mark before a space: \u{0600} 12, and \u{0600}\n3",
        "a zero-width joiner after a space: x \u{200D}y, z\n\u{200D}",
        "",
        " ",
    ])
    func agreesWithSplittingByCharacter(text: String) {
        #expect(counted(text) == byCharacter(text))
    }

    @Test func countsTheRunsBetweenSeparators() {
        #expect(counted("one two\nthree") == 3)
        // The accent makes one character of the space before it, which then separates nothing: `a ́` is a word.
        #expect(counted("a \u{301} b") == 2)
        #expect(counted("x\r\ny") == 1)
    }
}
