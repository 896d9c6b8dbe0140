import ArticleModel
import Testing

@testable import Extraction

/// Sources named in frames the source finder used to pass over: a name set off from its verb by an aside
/// between dashes, and a group that claims an attack and says what it did.
@Suite struct FigureNamedSourceFrameTests {
    func source(_ text: String, value: Double) throws -> String? {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)").source
    }

    @Test(arguments: [
        (
            "A day earlier, Ms Harlan - keen to calm nervous lenders - had said only 20 to 30 large firms would be"
                + " sold.", 20.0, "Harlan"
        ),
        ("The Marlow Council - under pressure from donors - said 40 families had been moved.", 40, "Marlow Council"),
        (
            "Kestrel Power \u{2013} under pressure from donors \u{2013} says 40 families were moved.", 40,
            "Kestrel Power"
        ),
        (
            "The Kestrel Front claimed the attack via its news agency saying it was carried out by four gunmen.", 4,
            "Kestrel Front"
        ),
        ("The Kestrel Front claimed responsibility for the blast, saying 12 soldiers died.", 12, "Kestrel Front"),
    ])
    func theNamedSourceIsFound(text: String, value: Double, expected: String) throws {
        let found = try #require(try source(text, value: value), "\(text)")
        #expect(found.contains(expected), "\(found) in \(text)")
    }

    @Test(arguments: [
        // A dash that joins a range, or a clause after a dash, sets off no aside.
        ("Prices rose 3 - 4 percent in Marlow last year, the figures show.", 3.0),
        // A claim of a thing with nothing said after it reports nothing.
        ("The Kestrel Front claimed the town after fighting that killed 9 people.", 9),
    ])
    func noSourceIsMadeUp(text: String, value: Double) throws {
        let found = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(found.source?.contains("Kestrel") != true, "\(text)")
        #expect(found.source?.contains("Marlow") != true, "\(text)")
    }
}
