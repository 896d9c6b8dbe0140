/// A sentence that brings in an incident of its own rather than pointing back to one told before: `A car
/// bomb killed nine people at a checkpoint.`, `In another raid, five were killed.` (not `The raid also killed
/// five.`, `In the attack, five were killed.`).
extension FigureParagraphReader {
    /// Whether an incident noun of the sentence has `a`, `an` or `another` as its nearest determiner within
    /// three words before it (`a car bomb`, `an Israeli air strike`, `another raid`, `a second attack`) and
    /// none has `the`, `this`, `that` or `its` (`the raid`; `the second strike`; `a second strike` beside
    /// `the attack` points back too).
    func opensAnotherIncident(_ sentence: Range<Int>) -> Bool {
        var opens = false
        for i in sentence where Self.incidentHeads.contains(lowerOf: tokens[i]) {
            var j = i - 1
            while j >= sentence.lowerBound, i - j <= 3, tokens[j].isWord {
                let word = tokens[j].lower
                if Self.pointingBackDeterminers.contains(word) { return false }
                if Self.newIncidentDeterminers.contains(word) {
                    opens = true
                    break
                }
                j -= 1
            }
        }
        return opens
    }

    /// Whether an incident noun (``isIncidentHead(_:)``) stands among the `reach` words right after token
    /// `k`, with only words between (`a car bomb`, `after deadly airstrikes`), before `end`.
    func incidentNounFollows(_ k: Int, within reach: Int, before end: Int) -> Bool {
        Self.incidentNounFollows(k, within: reach, before: end, in: tokens)
    }

    /// ``incidentNounFollows(_:within:before:)`` over any paragraph's `tokens` (the paired-days check of
    /// ArticleExtractor+PairedDays reads it too).
    static func incidentNounFollows(_ k: Int, within reach: Int, before end: Int, in tokens: [Token]) -> Bool {
        var i = k + 1
        while i < min(k + 1 + reach, end), tokens[i].isWord {
            if isIncidentHead(tokens[i]) { return true }
            i += 1
        }
        return false
    }

    /// `attack` or `attacks`, `airstrike` or `airstrikes`: an incident noun, singular or plural.
    static func isIncidentHead(_ token: Token) -> Bool {
        let word = token.lower
        return incidentHeads.contains(word) || word.hasSuffix("s") && incidentHeads.contains(String(word.dropLast()))
    }

    /// Nouns of one incident, after their determiner: `a raid`, `the blast`, `another car bomb`.
    static let incidentHeads: WordSet = incidentNouns.union([
        "attack", "strike", "airstrike", "raid", "bombing", "shooting", "shelling", "bombardment", "shootout",
    ])
    /// Determiners of an incident not told before (`a second raid`, `a separate attack` reach `a` too).
    static let newIncidentDeterminers: WordSet = ["a", "an", "another"]
    static let pointingBackDeterminers: WordSet = ["the", "this", "that", "its"]
    /// Determiners of an incident that may be the sentence's own, told before: `the attack`, `their raid`,
    /// `these strikes`.
    static let ownIncidentDeterminers: WordSet = pointingBackDeterminers.union(["their", "his", "her", "these", "those"])
}
