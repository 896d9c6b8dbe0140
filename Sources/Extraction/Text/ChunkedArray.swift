/// An array held in chunks of at most ``chunkSize`` elements: it grows a chunk at a time and never copies
/// what it holds. An array grown by appending doubles, and holds its old and its new copy while it copies:
/// the resolver's entries of a 16 MB article of distinct names (about 300,000, 64 bytes each) stood at three
/// times their size for that moment, the article's peak. Read and written like an array, by index.
struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    /// 4,096 elements: a chunk of 64-byte elements is 256 KB, and an ordinary article's few dozen fit the first.
    static var chunkShift: Int { 12 }
    static var chunkSize: Int { 1 << chunkShift }
    private static var offsetMask: Int { chunkSize - 1 }

    /// Every chunk but the last is full. (A chunk grows by doubling up to ``chunkSize``, as any array does.)
    private var chunks: [[Element]] = []
    private(set) var count = 0

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "index out of range")
            return chunks[position >> Self.chunkShift][position & Self.offsetMask]
        }
        _modify {
            precondition(position >= 0 && position < count, "index out of range")
            yield &chunks[position >> Self.chunkShift][position & Self.offsetMask]
        }
    }

    mutating func append(_ element: Element) {
        if count & Self.offsetMask == 0 { chunks.append([]) }
        chunks[chunks.count - 1].append(element)
        count += 1
    }
}
