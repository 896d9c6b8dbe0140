import Testing

@testable import Extraction

/// The entity pass's per-paragraph span cache answers as the dictionary it replaced.
@Suite struct SpanEvidenceTableTests {
    @Test func agreesWithADictionaryAndForgetsAllAtOnce() {
        var table = SpanEvidenceTable()
        var dictionary: [Int: EntityExtractor.Evidence?] = [:]
        let kinds: [ExtractedEntity.Kind] = [.person, .place, .organization]
        // Span keys as the pass makes them (first token << 4 | length), enough to grow the table.
        for start in stride(from: 0, to: 900, by: 3) {
            for length in 1...3 {
                let key = start << 4 | length
                let evidence = (start + length) % 4 == 0 ? nil : EntityExtractor.Evidence(kind: kinds[length - 1], weight: 5)
                table[key] = evidence
                dictionary[key] = evidence
            }
        }
        #expect(table.count == dictionary.count)
        for key in 0..<(900 << 4) { #expect(table[key] == dictionary[key], "\(key)") }
        table.removeAll(keepingCapacity: true)
        #expect(table.count == 0 && table[3 << 4 | 1] == nil)
        table[3 << 4 | 1] = .some(nil)
        #expect(table[3 << 4 | 1] == .some(nil))
    }
}
