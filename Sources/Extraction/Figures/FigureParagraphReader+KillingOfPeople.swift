/// Verbs that kill only what is alive: `troops eliminated 30 gunmen`, `jets destroyed 80 militants` (but
/// `destroyed 12 trucks` stays destroyed, and `eliminated three teams` is no event).
extension FigureParagraphReader {
    /// Verbs that, with a count of people as their object, say the people were killed.
    static let killingOfPeopleVerbs: WordSet = [
        "eliminated", "eliminating", "eliminate", "eliminates", "liquidated", "liquidating", "liquidate",
        "annihilated", "destroyed", "destroying", "destroy", "destroys",
    ]

    /// Two-word verbs of the same kind: `wiped out 20 fighters`.
    static let killingOfPeoplePhrasalVerbs: WordSet = ["wiped", "wiping", "wipe", "wipes"]

    /// Counted nouns of armed men that the people units leave out: `eliminated 30 terrorists`.
    static let armedPeopleUnits: WordSet = [
        "terrorist", "attacker", "assailant", "extremist", "mercenary", "combatant", "militiaman", "sniper",
        "bomber", "commander", "jihadi", "operative", "recruit", "mujahid", "mujahideen",
    ]

    /// Whether the count is the object of a verb that kills people and counts people: `eliminated 30
    /// gunmen`, `destroyed at least 80 militants`, `wiped out 20 fighters` (over `at least`, `another`,
    /// `the`, as the event verbs are).
    func isKillingOfPeople(_ phrase: NumberPhrase, unit: String?, sentence: Range<Int>) -> Bool {
        guard let unit, FigureLexicon.peopleUnits.contains(unit) || Self.armedPeopleUnits.contains(unit) else {
            return false
        }
        var j = phrase.tokens.lowerBound - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 4, tokens[j].isWord {
            let word = tokens[j].lower
            if Self.killingOfPeopleVerbs.contains(word) { return true }
            if word == "out", j > sentence.lowerBound,
                Self.killingOfPeoplePhrasalVerbs.contains(tokens[j - 1].lower)
            {
                return true
            }
            guard FigureLexicon.wordsBeforeCount.contains(word) else { return false }
            j -= 1
            steps += 1
        }
        return false
    }
}
