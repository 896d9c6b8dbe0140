/// The one binary search of things kept in text order (tokens, mentions, a long sentence's stored pieces):
/// where a run of elements before a point ends and the rest begins.
extension RandomAccessCollection {
    /// The index of the first element for which `isPast` holds (`endIndex` when none does), by binary search:
    /// `isPast` must be false for a run of elements and then true for all the rest.
    @inlinable
    public func partitionPoint(where isPast: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if try isPast(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
