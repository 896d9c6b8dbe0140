/// A group claiming an attack and saying what it did: `The Front claimed the attack via its news agency saying
/// it was carried out by four gunmen`, `The group claimed responsibility for the blast, saying 12 soldiers
/// died`. The group reports what its claim says.
extension SourceTracker {
    /// Whether `claimed` at `i` takes an attack (`the attack`, `responsibility`) and a `saying` (or `adding`)
    /// follows within a few words.
    func claimsAttackThenSays(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard i + 1 < sentence.upperBound, Self.claimedThings.contains(tokens[i + 1].lower) else { return false }
        var k = i + 2
        while k < sentence.upperBound, k - i <= Self.claimReach {
            if tokens[k].lowerIs(oneOf: ["saying", "adding"]) { return true }
            k += 1
        }
        return false
    }

    /// What follows `claimed` when an attack is claimed: `the attack`, `responsibility`, `credit`.
    static let claimedThings: WordSet = ["the", "responsibility", "credit", "an", "a"]

    /// How far after `claimed` its `saying` may stand.
    static let claimReach = 12
}
