import ArticleModel
import Testing

@Suite struct UnicodeScalarClassesTests {
    struct Classes: Equatable, CustomStringConvertible {
        var whitespace = false, uppercase = false, letter = false

        init(of scalar: Unicode.Scalar) {
            (whitespace, uppercase, letter) = (scalar.isTextWhitespace, scalar.isUppercaseLetter, scalar.isLetter)
        }

        init(whitespace: Bool = false, uppercase: Bool = false, letter: Bool = false) {
            (self.whitespace, self.uppercase, self.letter) = (whitespace, uppercase, letter)
        }

        var description: String { "whitespace \(whitespace), uppercase \(uppercase), letter \(letter)" }
    }

    /// The ASCII fast paths give Unicode's answers.
    @Test func asciiAgreesWithUnicodeProperties() {
        let ascii = (0..<128).compactMap(Unicode.Scalar.init(_:))
        #expect(ascii.count == 128)
        #expect(ascii.filter(\.isTextWhitespace) == ascii.filter(\.properties.isWhitespace))
        #expect(ascii.filter(\.isUppercaseLetter) == ascii.filter(\.properties.isUppercase))
        #expect(ascii.filter(\.isLetter) == ascii.filter(\.properties.isAlphabetic))
        #expect(ascii.filter(\.isTextWhitespace) == Array("\t\n\u{0B}\u{0C}\r ".unicodeScalars))
    }

    @Test(
        arguments: [
            ("A", Classes(uppercase: true, letter: true)),
            ("z", Classes(letter: true)),
            ("7", Classes()),
            ("\u{00A0}", Classes(whitespace: true)),  // no-break space
            ("\u{0085}", Classes(whitespace: true)),  // next line
            ("\u{2003}", Classes(whitespace: true)),  // em space
            ("\u{3000}", Classes(whitespace: true)),  // ideographic space
            ("\u{200B}", Classes()),  // zero-width space is not whitespace
            ("É", Classes(uppercase: true, letter: true)),
            ("é", Classes(letter: true)),
            ("Ω", Classes(uppercase: true, letter: true)),
            ("ж", Classes(letter: true)),
            ("日", Classes(letter: true)),
            ("\u{0663}", Classes()),  // Arabic-Indic digit three
            ("’", Classes()),
        ] as [(Unicode.Scalar, Classes)])
    func classes(scalar: Unicode.Scalar, expected: Classes) {
        #expect(Classes(of: scalar) == expected)
    }
}
