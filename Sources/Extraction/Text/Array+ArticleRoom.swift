extension Array {
    /// Grows the array of what a pass found in an article, about to take `added` more, to what the whole
    /// article will hold at the rate per token read so far (and a tenth to spare), or to twice its room if that
    /// is more. Grown only by appending, an array doubles as it fills and holds its old and its new copy while
    /// it grows: a 16 MB article dense with numbers (half a million figures, a hundred and fifty thousand
    /// dates) peaked at about twice what it kept.
    mutating func makeRoom(adding added: Int, tokensRead: Int, of tokenCount: Int) {
        let needed = count + added
        guard needed > capacity else { return }
        let projected = needed * tokenCount / Swift.max(1, tokensRead)
        reserveCapacity(Swift.max(2 * capacity, projected + projected / 10))
    }

    /// The array at its exact size, when it holds much more room than elements: an array grown by appending
    /// has up to twice the room it needs, which a long article's hundreds of thousands of name candidates
    /// would hold through the whole resolution. The copy is made while little else is held.
    consuming func trimmed() -> [Element] {
        guard capacity - count > Swift.max(64, count / 8) else { return self }
        return withUnsafeBufferPointer { Array($0) }
    }
}
