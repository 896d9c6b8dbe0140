import Testing

@testable import Extraction

/// `m` and `b` after a word of approximation: millions when the count is a clause's subject or names its
/// plural past describing words; a measure otherwise.
@Suite struct NumberApproximateMillionsTests {
    func values(_ text: String) -> [Double] {
        NumberParser().phrases(in: Tokenizer().tokens(in: text)).map(\.value)
    }

    @Test(arguments: [
        ("The agency said about 2.3m had fled the region.", 2_300_000.0),
        ("Approximately 4.5m are still without clean water.", 4_500_000),
        ("An estimated 1.8m remain in the camps.", 1_800_000),
        ("Of the displaced, some 3.1m of them are children.", 3_100_000),
        ("Roughly 2.7m internally displaced people live in tents.", 2_700_000),
        ("Nearly 1.9m Somali refugees crossed the border.", 1_900_000),
    ])
    func millionsAfterAnApproximation(_ sentence: String, _ value: Double) {
        #expect(values(sentence).contains { abs($0 - value) < 1 }, "found \(values(sentence))")
    }

    @Test(arguments: [
        "The wall stood about 2.5m high.",
        "The shell landed some 300m from the road.",
        "Nearly 3m tall statues lined the avenue.",
        "The boat was about 4m long.",
    ])
    func aMeasureAfterAnApproximationStaysOne(_ sentence: String) {
        #expect(!values(sentence).contains { $0 >= 1_000_000 }, "found \(values(sentence))")
    }

    @Test func aBareMeasureWithAVerbAfterItIsNoCount() {
        // Without a word of approximation, the verb alone does not make millions: `a 2m had`.
        #expect(!values("The gap of 2m had widened.").contains { $0 >= 1_000_000 })
    }
}
