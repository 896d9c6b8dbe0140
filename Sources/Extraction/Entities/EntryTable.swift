/// Names → the number of the ``EntityResolver`` entry they belong to, the numbers held in 32 bits: a long
/// article's resolver holds millions of names in its tables, and a dictionary's values take a quarter less
/// room this way (a name is 16 bytes, a number 4 rather than 8). Read and written like a dictionary.
struct EntryTable: ExpressibleByDictionaryLiteral {
    private var numbers: [String: Int32] = [:]

    init(dictionaryLiteral elements: (String, Int)...) {
        for (name, number) in elements { numbers[name] = Int32(number) }
    }

    /// Room for `count` names at once, so that a table of hundreds of thousands is not grown (the old and
    /// the new table held together while it is) as it fills.
    mutating func reserveCapacity(_ count: Int) {
        numbers.reserveCapacity(count)
    }

    subscript(name: String) -> Int? {
        get { numbers[name].map(Int.init) }
        set { numbers[name] = newValue.map { Int32($0) } }
    }
}
