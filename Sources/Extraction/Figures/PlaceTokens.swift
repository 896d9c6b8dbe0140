/// The tokens a sentence's place mentions cover, each looked up in one step: the checks that walk a few words
/// back over a list of places (`Arlow and Benning`) ask it per word, and a sentence of thousands of places is
/// not read whole for each.
struct PlaceTokens {
    private var start = 0
    private var covered: [Bool] = []

    init(_ places: [EntityExtractor.MentionReference]) {
        guard let first = places.lazy.map(\.tokens.lowerBound).min(),
            let end = places.lazy.map(\.tokens.upperBound).max(), end > first
        else { return }
        start = first
        covered = Array(repeating: false, count: end - first)
        for place in places {
            for k in place.tokens { covered[k - first] = true }
        }
    }

    /// Whether one of the places holds token `i`.
    func contains(_ i: Int) -> Bool {
        i >= start && i - start < covered.count && covered[i - start]
    }
}
