import Testing

@testable import Extraction

@Suite struct ChunkedArrayTests {
    /// Across several chunks: every element where it was appended, written in place, read back in order.
    @Test func holdsWhatAnArrayHoldsAcrossChunks() {
        let count = 3 * ChunkedArray<Int>.chunkSize + 5
        var chunked = ChunkedArray<Int>()
        var plain: [Int] = []
        for n in 0..<count {
            chunked.append(n * 7)
            plain.append(n * 7)
        }
        #expect(chunked.count == count)
        #expect(Array(chunked) == plain)
        for k in stride(from: 0, to: count, by: 97) {
            chunked[k] += 1
            plain[k] += 1
        }
        #expect(Array(chunked) == plain)
        #expect(chunked.map { $0 % 5 } == plain.map { $0 % 5 })
        #expect(chunked[ChunkedArray<Int>.chunkSize] == plain[ChunkedArray<Int>.chunkSize])
        #expect(Array(chunked.indices.reversed().prefix(3)) == [count - 1, count - 2, count - 3])
    }

    @Test func startsEmpty() {
        let chunked = ChunkedArray<String>()
        #expect(chunked.isEmpty)
        #expect(chunked.count == 0)
    }

    /// A field of an element changed through the subscript, as the resolver changes its entries'.
    @Test func elementsChangeInPlace() {
        var chunked = ChunkedArray<[String]>()
        for _ in 0..<(ChunkedArray<[String]>.chunkSize + 1) { chunked.append([]) }
        chunked[ChunkedArray<[String]>.chunkSize].append("last")
        chunked[0].append("first")
        #expect(chunked[0] == ["first"])
        #expect(chunked[ChunkedArray<[String]>.chunkSize] == ["last"])
        #expect(chunked[1].isEmpty)
    }
}
