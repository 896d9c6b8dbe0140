/// A sentence that only says where the numbers before it came from: `The figures came from the Kelvar Health
/// Ministry.`, `These numbers were compiled by the Tarn Monitor.` It names the source of the tolls of the
/// sentence right before it (``EarlierSentenceSource``), when it names one of the article's organisations.
extension FigureParagraphReader {
    /// The organisation a sentence of provenance names (`the`/`these`, up to two modifiers, a noun of numbers,
    /// `came from` or a form of `be` with `from` or a participle and `by`, then the name to the sentence's
    /// end), or nil.
    func provenanceNamed(in sentence: Range<Int>, sources: SourceTracker) -> String? {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
        let first = sentence.lowerBound
        guard last - first >= 4, tokens[first].lowerIs(oneOf: ["the", "these", "those"]) else { return nil }
        var head = first + 1
        while head < last, head - first <= 3, !Self.provenanceNouns.contains(lowerOf: tokens[head]) {
            guard tokens[head].isWord, !tokens[head].isCapitalized else { return nil }
            head += 1
        }
        guard Self.provenanceNouns.contains(lowerOf: tokens[head]), head + 2 < last else { return nil }
        var k = head + 1
        if tokens[k].lowerIs(oneOf: ["came", "come", "comes"]) {
            k += 1
            guard tokens[k].lowerIs("from") else { return nil }
        } else {
            guard EnglishLexicon.beForms.contains(lowerOf: tokens[k]) else { return nil }
            k += 1
            if Self.provenanceParticiples.contains(lowerOf: tokens[k]), k + 1 < last, tokens[k + 1].lowerIs("by") {
                k += 1
            } else {
                guard tokens[k].lowerIs("from") else { return nil }
            }
        }
        let start = k + 1
        guard start <= last, last - start < 8, (start...last).allSatisfy({ tokens[$0].isWord }) else { return nil }
        return sources.resolver.organizationName(namedBy: paragraph.text(of: start..<(last + 1)))
    }

    /// Nouns of numbers given by someone: `the figures`, `the death toll`.
    static let provenanceNouns: WordSet = [
        "figures", "figure", "numbers", "toll", "tolls", "data", "statistics", "count", "tally", "estimate", "estimates",
    ]

    /// Participles of giving numbers, before `by`: `were compiled by`, `was provided by`.
    static let provenanceParticiples: WordSet = [
        "provided", "compiled", "given", "released", "issued", "supplied", "published", "gathered", "collected",
    ]
}
