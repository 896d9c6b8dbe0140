/// Parts of one whole listed one after another: `killed 100 people, including 25 children and 15 women`,
/// `36 dead, among them 15 children and four teachers`, `5,812 civilians including 1,733 children 969 women
/// and 3,110 men` (a text that lost its commas). Every count of the list stores the whole, not the first
/// alone, so that no view counts a later one as an incident of its own.
extension FigureParagraphReader {
    /// How many parts one list holds at most: the walk back over a list stays bounded.
    static let listedPartsReach = 8

    /// Marks each count of people listed right after a part (only `and` or a comma between, or nothing)
    /// as a part of the same whole, while the parts together stay within it and tell of its harm.
    func takeListedParts(_ figures: inout [Figure]) {
        for index in figures.indices.dropFirst() {
            guard let previous = listedPartBefore(figures, at: index) else { continue }
            let whole = figures[previous]
            figures[index].of = whole.of
            if figures[index].event == nil { figures[index].event = whole.event }
            if figures[index].site == nil { figures[index].site = whole.site }
            if whole.isRunningTotal {
                figures[index].isRunningTotal = true
                figures[index].period = whole.period
            }
            if figures[index].groupSpan == nil { figures[index].groupSpan = whole.groupSpan }
        }
    }

    /// The index of the part the count at `index` is listed after, when it continues that part's list.
    func listedPartBefore(_ figures: [Figure], at index: Int) -> Int? {
        let part = figures[index]
        let previous = figures[index - 1]
        guard part.of == nil, isPeopleCount(part), isPeopleCount(previous), let whole = previous.of,
            part.value < whole, isListedOrAdjacent(previous, before: part)
        else { return nil }
        // (Of the whole's harm, or of none said: `… including 25 children and 15 women and injured 400` stops
        // at the women, whose verb is the whole's.)
        if let event = part.event {
            guard let partsEvent = previous.event,
                FigureExtractor.eventFamily(event) == FigureExtractor.eventFamily(partsEvent)
            else { return nil }
        }
        // (Not a count with a verb of its own after a comma: `killed 40 people, including ten children, and 15
        // soldiers died in clashes` is another clause's count.)
        let end = previous.tokenEnd(in: paragraph)
        if end < tokens.count, tokens[end].isPunctuation(","), hasVerbAfter(part) { return nil }
        // The parts listed so far and this one together are no more than the whole.
        var sum = part.value
        var k = index - 1
        while k >= 0, index - k <= Self.listedPartsReach, figures[k].of == whole {
            sum += figures[k].value
            guard k > 0, isListedOrAdjacent(figures[k - 1], before: figures[k]) else { break }
            k -= 1
        }
        return sum <= whole ? index - 1 : nil
    }

    /// ``isListed(_:before:)``, or right before it with nothing between, as in a text that lost its commas
    /// (`1,733 children 969 women`).
    func isListedOrAdjacent(_ first: Figure, before second: Figure) -> Bool {
        isListed(first, before: second) || first.tokenEnd(in: paragraph) == firstToken(atOrAfter: second.span.start)
    }

    /// The index of the paragraph's first token starting at or after `offset` (a binary search: tokens
    /// come in order).
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.start >= offset }
    }
}
