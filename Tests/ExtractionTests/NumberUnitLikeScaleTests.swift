import Testing

@testable import Extraction

/// `m` and `b` against digits: a scale before a plural noun or a currency, a unit or nothing otherwise;
/// and digits dotted to a word as a model name.
@Suite struct NumberUnitLikeScaleTests {
    func values(_ text: String) -> [Double] {
        NumberParser().phrases(in: Tokenizer().tokens(in: text)).map(\.value)
    }

    func isClose(_ found: [Double], _ expected: [Double]) -> Bool {
        found.count == expected.count && zip(found, expected).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) }
    }

    @Test(arguments: [
        ("Some 2.4m Hindus live in the province.", 2_400_000.0),
        ("About 3.2m people lost power overnight.", 3_200_000),
        ("The club sold 4m shirts last season.", 4_000_000),
        ("Another 1.5b users signed up.", 1_500_000_000),
        ("The grant was 7m euros.", 7_000_000),
        ("Around 2m children were vaccinated.", 2_000_000),
    ])
    func millionsOfAPluralNoun(_ sentence: String, _ value: Double) {
        #expect(isClose(values(sentence), [value]), "found \(values(sentence))")
    }

    @Test(arguments: [
        "She won the 400m hurdles in Rome.",
        "He ran the 100m in record time.",
        "They built 6m walls round the camp.",
        "A 2m wall now divides the street.",
        "The drive holds 8b of data.",
        "The blast left a 5m radius of debris.",
    ])
    func aMetreOrAByteIsNoScale(_ sentence: String) {
        #expect(!values(sentence).contains { $0 >= 1_000_000 }, "found \(values(sentence))")
    }

    @Test(arguments: [
        "The ID.7 launch was delayed again.",
        "Deliveries of the Mk.4 variant resumed.",
    ])
    func digitsDottedToAWordAreAModelName(_ sentence: String) {
        #expect(values(sentence).isEmpty, "found \(values(sentence))")
    }

    @Test func aSentenceEndBeforeDigitsStillCounts() {
        #expect(values("The plant closed. 300 workers lost their jobs.") == [300])
    }
}
