/// One token index (or -1) per token of a paragraph, stored in 32 bits: the tables a pass builds over a
/// long paragraph take half the memory of `[Int]`. Read and written as `Int`, like an array.
struct TokenIndexes: Sendable {
    private var storage: [Int32]

    init(repeating value: Int, count: Int) {
        storage = Array(repeating: Int32(value), count: count)
    }

    var count: Int { storage.count }

    subscript(index: Int) -> Int {
        get { Int(storage[index]) }
        set { storage[index] = Int32(newValue) }
    }
}
