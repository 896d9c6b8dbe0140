/// `in what two rights groups claimed was a gas attack on Marlow`, `three organisations said the raid on Vessa
/// killed 40`: a count of the groups that report or claim something counts those who speak, and the place
/// of what they say happened is not theirs.
extension FigureParagraphReader {
    /// Whether the count's unit is a group of people or an organisation and a verb of saying or claiming
    /// follows its noun (past `have`, `had`, `also`), so the groups counted are the clause's speakers.
    func isCountOfClaimingGroups(unit: String, nounEnd: Int, sentence: Range<Int>) -> Bool {
        // (`rights group`, `aid group`: the head is the last word.)
        guard let head = unit.split(separator: " ").last, Self.speakingGroupUnits.contains(String(head)) else {
            return false
        }
        var k = nounEnd
        while k < sentence.upperBound, k - nounEnd < 2, tokens[k].lowerIs(oneOf: ["have", "had", "also", "both"]) {
            k += 1
        }
        guard k < sentence.upperBound else { return false }
        return SourceTracker.reportingVerbs.contains(lowerOf: tokens[k])
            || Self.claimingVerbs.contains(lowerOf: tokens[k])
    }

    /// Units of groups that may speak: `groups`, `organisations`.
    static let speakingGroupUnits: Set<String> = [
        "group", "organisation", "organization", "charity", "agency", "monitor", "faction", "party",
    ]

    /// Verbs by which groups claim what happened.
    static let claimingVerbs: WordSet = [
        "claimed", "claim", "claims", "say", "alleged", "allege", "accused", "accuse", "blamed", "blame", "described",
    ]
}
