/// A paragraph's text as one UTF-8 buffer (the string's own), addressed in Unicode scalar offsets as
/// tokens and spans are: an ASCII paragraph's scalar offsets are its byte offsets; any other keeps where
/// each scalar starts. Slicing it copies only the slice's bytes.
public struct ParagraphText: Sendable {
    public private(set) var text: String
    /// Byte offset of each scalar and of the end; nil when the text is ASCII (offsets are the same).
    private let scalarStarts: [Int32]?

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        // (Read from the contiguous bytes, not through the string's UTF-8 view: a byte each, not an index each.)
        let isASCII =
            text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            scalarStarts = nil
        } else {
            var starts: [Int32] = []
            starts.reserveCapacity(text.utf8.count + 1)
            var offset = 0
            for byte in text.utf8 {
                // Every byte but a continuation byte (10xxxxxx) starts a scalar.
                if byte & 0xC0 != 0x80 { starts.append(Int32(offset)) }
                offset += 1
            }
            starts.append(Int32(offset))
            scalarStarts = starts
        }
    }

    /// How many Unicode scalars the text holds.
    public var scalarCount: Int { scalarStarts.map { $0.count - 1 } ?? text.utf8.count }

    /// The byte offset where scalar `i` starts (the end of the text for `i == scalarCount`).
    @inline(__always)
    func byteOffset(ofScalar i: Int) -> Int { scalarStarts.map { Int($0[i]) } ?? i }

    /// The text between two scalar offsets (`start ≤ end ≤ scalarCount`).
    public func text(from start: Int, to end: Int) -> String {
        let from = byteOffset(ofScalar: start), to = byteOffset(ofScalar: end)
        precondition(from <= to, "a text span that ends before it starts")
        return text.utf8.withContiguousStorageIfAvailable {
            let slice = UnsafeBufferPointer(rebasing: $0[from..<to])
            // (A short slice of an ASCII paragraph is made from its bytes in place, with no decoding.)
            if scalarStarts == nil, let small = SmallASCIIString.make(ascii: slice) { return small }
            return String(decoding: slice, as: UTF8.self)
        } ?? String(decoding: Array(text.utf8)[from..<to], as: UTF8.self)
    }

    /// ``text(from:to:)`` as a slice of the text, which shares its storage.
    public func slice(from start: Int, to end: Int) -> Substring {
        let from = byteOffset(ofScalar: start), to = byteOffset(ofScalar: end)
        precondition(from <= to, "a text span that ends before it starts")
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
    }

    /// The scalars of the text, indexed by scalar offset.
    public var scalars: Scalars { Scalars(text: self) }

    /// The text's Unicode scalars, indexed from 0 like token offsets, without a copy.
    public struct Scalars: RandomAccessCollection, Sendable {
        let text: ParagraphText

        public var startIndex: Int { 0 }
        public var endIndex: Int { text.scalarCount }

        public subscript(position: Int) -> Unicode.Scalar {
            precondition(position >= 0 && position < endIndex, "scalar offset out of range")
            let from = text.byteOffset(ofScalar: position), to = text.byteOffset(ofScalar: position + 1)
            var bytes = text.text.utf8.dropFirst(from).prefix(to - from).makeIterator()
            var decoder = Unicode.UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return "\u{FFFD}" }
            return scalar
        }
    }
}
