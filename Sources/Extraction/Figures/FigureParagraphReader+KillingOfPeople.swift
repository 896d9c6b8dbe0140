/// Verbs that kill only what is alive: `troops eliminated 30 gunmen`, `jets destroyed 80 militants`, `the
/// elimination of 34 gunmen` (but `destroyed 12 trucks` stays destroyed, and `eliminated three teams` is no event).
extension FigureParagraphReader {
    /// Verbs that, with a count of people as their object, say the people were killed.
    static let killingOfPeopleVerbs: WordSet = [
        "eliminated", "eliminating", "eliminate", "eliminates", "liquidated", "liquidating", "liquidate",
        "annihilated", "destroyed", "destroying", "destroy", "destroys",
    ]

    /// Nouns of those verbs that take the people after `of`: `the elimination of 34 gunmen`.
    static let killingOfPeopleNouns: WordSet = ["elimination", "liquidation", "annihilation"]

    /// Two-word verbs of the same kind: `wiped out 20 fighters`.
    static let killingOfPeoplePhrasalVerbs: WordSet = ["wiped", "wiping", "wipe", "wipes"]

    /// Counted nouns of armed men that the people units leave out: `eliminated 30 terrorists`.
    static let armedPeopleUnits: WordSet = [
        "terrorist", "attacker", "assailant", "extremist", "mercenary", "combatant", "militiaman", "sniper",
        "bomber", "commander", "jihadi", "operative", "recruit", "mujahid", "mujahideen", "commando", "marine",
        "paratrooper",
    ]

    /// Whether a counted noun (singular) names people, armed or not: `children`, `soldiers`, `terrorists`.
    static func countsPeople(_ unit: String) -> Bool {
        FigureLexicon.peopleUnits.contains(unit) || armedPeopleUnits.contains(unit)
    }

    /// Whether the count is the object of a verb that kills people and counts people: `eliminated 30
    /// gunmen`, `destroyed at least 80 militants`, `wiped out 20 fighters` (over `at least`, `another`,
    /// `the`, as the event verbs are), or its second object (`destroyed a convoy and 80 militants`).
    func isKillingOfPeople(_ phrase: NumberPhrase, unit: String?, nounEnd: Int, sentence: Range<Int>) -> Bool {
        guard let unit, Self.countsPeople(unit) else {
            return false
        }
        var j = phrase.tokens.lowerBound - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 4, tokens[j].isWord {
            let word = tokens[j].lower
            if Self.killingOfPeopleVerbs.contains(word) { return true }
            if word == "out", j > sentence.lowerBound,
                Self.killingOfPeoplePhrasalVerbs.contains(lowerOf: tokens[j - 1])
            {
                return true
            }
            if word == "and" { return isSecondObjectOfKilling(and: j, nounEnd: nounEnd, sentence: sentence) }
            // `the elimination of 34 gunmen`, `confirmed the liquidation of 12 fighters`: the noun of such a verb.
            if word == "of" {
                return j > sentence.lowerBound && Self.killingOfPeopleNouns.contains(lowerOf: tokens[j - 1])
            }
            guard FigureLexicon.wordsBeforeCount.contains(word) else { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// `destroyed a convoy and 80 militants`, `destroyed three tanks and 40 fighters near Marlow`: the count
    /// after `and` ends its clause (no verb of its own: not `… and 80 militants fled`), and a short noun
    /// phrase before `and` is the first object of a verb that kills people.
    func isSecondObjectOfKilling(and: Int, nounEnd: Int, sentence: Range<Int>) -> Bool {
        if nounEnd < sentence.upperBound, tokens[nounEnd].isWord,
            !Self.wordsEndingAnObject.contains(lowerOf: tokens[nounEnd])
        {
            return false
        }
        var j = and - 1
        while j >= sentence.lowerBound, and - j <= 5, tokens[j].isWord || tokens[j].isNumber {
            let word = tokens[j].lower
            if Self.killingOfPeopleVerbs.contains(word) { return j < and - 1 }
            guard !FigureLexicon.phraseBreakers.contains(word) || Self.determiners.contains(word),
                FigureVocabulary.eventWords[word] == nil
            else { return false }
            j -= 1
        }
        return false
    }

    /// Words that may open the first object: `destroyed their positions and 40 fighters`.
    static let determiners: WordSet = ["the", "a", "an", "their", "its", "his", "her"]

    /// Words after a count that end it as an object: a preposition of place or time, not a verb.
    static let wordsEndingAnObject: WordSet = [
        "in", "near", "at", "on", "during", "across", "around", "outside", "inside", "and", "as", "when", "after",
        "while", "today", "yesterday", "overnight",
    ]
}
