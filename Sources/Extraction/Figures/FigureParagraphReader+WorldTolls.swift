/// Tolls of the whole world and tolls of every year: `road crashes kill 1.2 million people worldwide`, `in
/// 2015 there were 4 million deaths from dirty water around the world`, `malaria kills 400,000 people every
/// year`. No incident happens all over the world or every year: such a toll is a total over a stretch of
/// time (the year its clause names, or none), never one day's incident. And a share of such a toll counted
/// in the next sentence (`Vessa suffered the worst toll, with 900,000 of these deaths`) is a part of it.
extension FigureParagraphReader {
    /// Whether the casualty count at `numeral` tells of the whole world or of every year in the words of
    /// its clause that speak of it (``runningTotalScope(of:in:counts:)``).
    func isWorldOrYearlyToll(_ figure: Figure, numeral: Int, in sentence: Range<Int>, counts: [Int]) -> Bool {
        guard figure.kind == .count, let event = figure.event, FigureVocabulary.casualtyEvents.contains(event) else {
            return false
        }
        return cueStretches(of: numeral, in: sentence, counts: counts).contains { stretch in
            stretch.contains { worldOrYearlyCue(at: $0, in: stretch) != nil }
        }
    }

    /// The stretches of the count's clause that may hold a world or yearly cue: the count's own, and the
    /// clause's opening (`Worldwide, 4 million …`, `Every year, …`); an aside between commas elsewhere
    /// speaks of something else (`The bombing, condemned around the world, killed 30 people`).
    func cueStretches(of numeral: Int, in sentence: Range<Int>, counts: [Int]) -> [Range<Int>] {
        runningTotalScope(of: numeral, in: sentence, counts: counts).enumerated().compactMap { offset, stretch in
            offset == 0 || stretch.contains(numeral) ? stretch : nil
        }
    }

    /// The words of a yearly toll at `i` (`every year`, `each year`, `annually`, `a year`, `per year`), to
    /// stand as its period when its clause names no other; `worldwide`, `around the world` give none.
    func periodOfYearlyToll(at numeral: Int, in sentence: Range<Int>, counts: [Int]) -> String? {
        for stretch in cueStretches(of: numeral, in: sentence, counts: counts) {
            for i in stretch {
                if let cue = worldOrYearlyCue(at: i, in: stretch), !cue.isWorld { return paragraph.text(of: cue.words) }
            }
        }
        return nil
    }

    /// The cue opening at `i`: `worldwide`, `globally`, `around the world`, `across the globe`, `the world
    /// over` (the world); `every year`, `each year`, `per year`, `a year` (not `a year ago`, `a year
    /// earlier`: a moment), `annually` (every year).
    func worldOrYearlyCue(at i: Int, in stretch: Range<Int>) -> (words: Range<Int>, isWorld: Bool)? {
        guard tokens[i].isWord else { return nil }
        let word = tokens[i].lower
        if Self.worldAdverbs.contains(word) { return (i..<(i + 1), true) }
        if word == "annually" { return (i..<(i + 1), false) }
        guard i + 1 < stretch.upperBound else { return nil }
        let next = tokens[i + 1].lower
        if Self.worldPrepositions.contains(word), i + 2 < stretch.upperBound, next == "the",
            Self.worldNouns.contains(lowerOf: tokens[i + 2])
        {
            return (i..<(i + 3), true)
        }
        if word == "the", next == "world", i + 2 < stretch.upperBound, tokens[i + 2].lowerIs("over") {
            return (i..<(i + 3), true)
        }
        if Self.everyWords.contains(word), next == "year" {
            // (`a year ago`, `a year earlier`, `a year after the flood`: a moment, not each year.)
            if word == "a", i + 2 < stretch.upperBound,
                tokens[i + 2].lowerIs(oneOf: ["ago", "earlier", "later", "after", "before", "on", "since", "of"])
            {
                return nil
            }
            // (`a year`: only right after a count's noun or its verb, `kills 400,000 people a year`; not `in
            // a year`, `for a year`, `within a year`.)
            if word == "a", i > stretch.lowerBound, tokens[i - 1].isWord,
                tokens[i - 1].lowerIs(oneOf: ["in", "for", "within", "over", "than", "about", "nearly", "almost", "half"])
            {
                return nil
            }
            return (i..<(i + 2), false)
        }
        return nil
    }

    static let worldAdverbs: WordSet = ["worldwide", "globally"]
    static let worldPrepositions: WordSet = ["around", "across", "throughout", "round"]
    static let worldNouns: WordSet = ["world", "globe"]
    static let everyWords: WordSet = ["every", "each", "per", "a"]

    /// `… with 900,000 of these deaths`, `300 of them in Vessa`: a count whose own words take a part of
    /// the group the sentence before counted (`of these`, `of those`, `of them`), when that group is a
    /// total over a stretch of time, is a part of that total: its whole, event and stretch are the total's.
    /// Only a smaller count of the same event (or of none), of people or deaths.
    func takeShareOfPreviousTotal(_ figures: inout [Figure], numerals: [Int], sentence: Range<Int>) {
        guard let group = previousGroup, group.isRunningTotal, group.kind == .count, let groupEvent = group.event,
            FigureVocabulary.casualtyEvents.contains(groupEvent)
        else { return }
        // Only the sentence's first count (`killed 1,102 people, adding that 234 of them were children`: `them`
        // are the sentence's own count before it).
        if let index = figures.firstIndex(where: { $0.kind == .count }), figures[index].of == nil {
            let figure = figures[index]
            guard !figure.isRunningTotal, figure.value < group.value, figure.event == nil || figure.event == groupEvent,
                takesAPartOfThePrevious(after: numerals[index], in: sentence)
            else { return }
            figures[index].of = group.value
            figures[index].event = groupEvent
            figures[index].groupSpan = group.span
            figures[index].isRunningTotal = true
            figures[index].period = group.period
        }
    }

    /// Whether `of these`, `of those` or `of them` follows the number at `numeral` within its noun phrase
    /// (at most three words on: `900,000 of these deaths`, `300 of them`, `2.5 million of those`).
    func takesAPartOfThePrevious(after numeral: Int, in sentence: Range<Int>) -> Bool {
        var k = numeral + 1
        while k + 1 < sentence.upperBound, k - numeral <= 3 {
            let token = tokens[k]
            if token.lowerIs("of") { return tokens[k + 1].lowerIs(oneOf: ["these", "those", "them"]) }
            guard token.isWord || token.isNumber, !FigureLexicon.phraseBreakers.contains(lowerOf: token) else {
                return false
            }
            k += 1
        }
        return false
    }
}
