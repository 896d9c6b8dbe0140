/// Mentions looked up by where they start: a paragraph's mentions (and a sentence's places) come in token
/// order, so the ones inside a sentence are found by binary search, not by a walk from the first.
extension Array where Element == EntityExtractor.MentionReference {
    /// The mentions that start inside `range`, in token order.
    func mentions(startingIn range: Range<Int>) -> ArraySlice<EntityExtractor.MentionReference> {
        let low = partitionPoint { $0.tokens.lowerBound >= range.lowerBound }
        let high = Swift.max(low, partitionPoint { $0.tokens.lowerBound >= range.upperBound })
        return self[low..<high]
    }
}
