/// `Fourteen people were killed in a raid on Marlow, days after a similar attack in Tovin killed 20`: a
/// clause opening on another incident, a stretch of time before or after the sentence's own (`days after`,
/// `a week before`, `hours after`) or one told as like it (`after a similar attack`, `following an earlier
/// raid`), says where that incident was. The sentence's own figures are not placed there, and a figure
/// inside the clause (`killed 20`) is that incident's, placed by the clause alone when it names a place.
/// Only an incident brought in with `a`, `an` or `another` (`days after the attack on Tovin` may point back
/// to the very incident whose dead are counted).
extension FigureParagraphReader {
    /// `clause` without the part that tells of another incident, when the figure at token `figure` stands
    /// outside it; that part alone when the figure stands inside it and the part names a place (`a week
    /// after an ambush in Tovin left 30 dead`; not `came a day after air strikes killed 26 in the province`,
    /// which may point back to the place before); `clause` itself when it tells of none.
    func clauseOfItsOwnIncident(_ clause: Range<Int>, figure: Int) -> Range<Int> {
        guard let other = otherIncidentPart(of: clause) else { return clause }
        if other.contains(figure) {
            return places(startingIn: other).isEmpty ? clause : other
        }
        let own = figure < other.lowerBound ? clause.lowerBound..<other.lowerBound : other.upperBound..<clause.upperBound
        return updatesTollOf(other, own: own) ? clause : own
    }

    /// `The death toll rose to 40 on Tuesday, a day after a car bomb ripped through a market in Tovin`: a
    /// figure's part that only updates a toll (`rose to`, `died`, `toll`) and names no place of its own
    /// counts the dead of the incident the stretch tells of, when that part counts nothing itself (`a day
    /// after a car bomb killed 20` is another count, another incident's) and tells of it as no likeness
    /// (`after a similar attack`).
    private func updatesTollOf(_ other: Range<Int>, own: Range<Int>) -> Bool {
        // (The stretch's own number, `two days after`, counts nothing.)
        guard !Self.otherIncidentLinks.contains(lowerOf: tokens[other.lowerBound]),
            let link = other.first(where: { Self.otherIncidentLinks.contains(lowerOf: tokens[$0]) }),
            !(link..<min(link + 4, other.upperBound)).contains(where: { Self.likeningWords.contains(lowerOf: tokens[$0]) }),
            places(startingIn: own).isEmpty,
            !(link..<other.upperBound).contains(where: {
                tokens[$0].isNumber || NumberWords.wordValue(tokens[$0].lower) != nil
            }),
            own.contains(where: { Self.tollUpdateWords.contains(lowerOf: tokens[$0]) })
        else { return false }
        return true
    }

    /// Words of a part that gives a toll, not an incident: `the toll rose to`, `died`, `succumbed`.
    static let tollUpdateWords: WordSet = FigureLexicon.tollRiseVerbs.union([
        "toll", "tolls", "died", "die", "dies", "succumbed",
    ])

    /// The words of `clause` that tell of another incident: from the stretch (`days`, `two weeks`) or the
    /// linking word (`after`, `before`, `following`) to the clause's end, or to the first comma when the
    /// clause opens with them (`Days after a similar attack in Tovin, jets struck Marlow`).
    func otherIncidentPart(of clause: Range<Int>) -> Range<Int>? {
        for k in clause where Self.otherIncidentLinks.contains(lowerOf: tokens[k]) {
            guard let start = stretchStart(before: k, floor: clause.lowerBound) ?? likenedIncidentStart(k),
                bringsInAnotherIncident(after: k, in: clause)
            else { continue }
            if start == clause.lowerBound || tokens[start - 1].isPunctuation(",") && start - 1 == clause.lowerBound {
                guard let comma = (k..<clause.upperBound).first(where: { tokens[$0].isPunctuation(",") }) else {
                    return nil
                }
                return start..<(comma + 1)
            }
            return start..<clause.upperBound
        }
        return nil
    }

    /// Where `days after`, `two weeks before`, `just hours after` starts, `k` being `after` or `before`.
    private func stretchStart(before k: Int, floor: Int) -> Int? {
        // (Not `shortly after`, `soon after`, `just after`, `long after`: no stretch that sets another
        // incident apart; `died shortly after an attack on Tovin` is that attack's.)
        guard tokens[k].lowerIs(oneOf: ["after", "before"]), k - 1 >= floor,
            ArticleExtractor.stretchWords.contains(lowerOf: tokens[k - 1]),
            !Self.stretchlessAdverbs.contains(lowerOf: tokens[k - 1])
        else { return nil }
        var start = k - 1
        // (`two days`, `a week`, `just days`, `only hours`)
        while start - 1 >= floor, k - start < 4,
            tokens[start - 1].kind == .number || NumberWords.wordValue(tokens[start - 1].lower) != nil
                || tokens[start - 1].lowerIs(oneOf: ["a", "an", "just", "only", "barely", "few", "several"])
        {
            start -= 1
        }
        return start
    }

    /// `after a similar attack`, `following an earlier raid`: the link `k` before an incident told as another
    /// like the sentence's own; the link itself starts the part.
    private func likenedIncidentStart(_ k: Int) -> Int? {
        guard k + 2 < tokens.count, tokens[k + 1].lowerIs(oneOf: ["a", "an", "another"]),
            Self.likeningWords.contains(lowerOf: tokens[k + 2])
        else { return nil }
        return k
    }

    /// Whether an incident noun follows the link `k` within five words, after `a`, `an` or `another` or after
    /// no determiner: `after a similar attack`, `before an Israeli air strike`, `after deadly airstrikes`,
    /// `hours after Russian air strikes`, `hours after a suspected chemical gas attack` (not `after the
    /// attack`, `after their raid`, which may point back to the sentence's own).
    private func bringsInAnotherIncident(after k: Int, in clause: Range<Int>) -> Bool {
        guard k + 1 < clause.upperBound, tokens[k + 1].isWord,
            !Self.ownIncidentDeterminers.contains(lowerOf: tokens[k + 1])
        else { return false }
        return incidentNounFollows(k, within: 5, before: clause.upperBound)
    }

    /// Words before `after` that name no stretch of time of their own.
    static let stretchlessAdverbs: WordSet = ["shortly", "soon", "just", "long"]

    /// Words that link the sentence's incident to another before or after it.
    static let otherIncidentLinks: WordSet = ["after", "before", "following"]

    /// Words that tell of an incident as another like the sentence's own.
    static let likeningWords: WordSet = ["similar", "earlier", "previous", "separate", "prior"]
}
