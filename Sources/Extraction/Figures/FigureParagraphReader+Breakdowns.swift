/// Parts of a toll given after it, in a later clause or sentence: `Jets killed 40 people in Marlow. Twelve
/// of the dead were children.`, `Nine minors were among the dead.`, and a breakdown whose numbers add up
/// to the toll (`… killed 37 people. Thirty were shot, five died in a car bombing and two fell in the
/// fighting.`). Each part stores the toll as its whole, so that no view counts it as an incident of its own.
extension FigureParagraphReader {
    /// How many of the paragraph's latest counts a later sentence's part may take as its whole.
    static let recentWholesKept = 8

    /// Marks the sentence's parts of a toll given before them in this sentence or the two before it
    /// (`recentWholes`, the last of them in reading order).
    func takeTollParts(_ figures: inout [Figure], sentence: Range<Int>) {
        guard figures.contains(where: { $0.kind == .count && $0.of == nil }) else { return }
        for index in figures.indices where isPeopleCount(figures[index]) && figures[index].of == nil {
            guard let family = partOfTheDeadFamily(figures[index], sentence: sentence),
                let whole = latestWhole(before: figures[index], in: figures, family: family)
            else { continue }
            take(whole, asWholeOf: &figures[index])
            // `Twelve children and 11 fighters were among the dead`: the counts listed before it too.
            var sibling = index
            while let before = figures.indices.filter({ figures[$0].span.start < figures[sibling].span.start })
                .max(by: { figures[$0].span.start < figures[$1].span.start }),
                isListed(figures[before], before: figures[sibling]), isPeopleCount(figures[before]),
                figures[before].of == nil, figures[before].value < whole.value
            {
                take(whole, asWholeOf: &figures[before])
                sibling = before
            }
        }
        takeListedParts(&figures)
        takeBreakdowns(&figures)
    }

    /// A count the text ties to a toll by what follows it: `were among the dead`, `among those killed`,
    /// `of the dead`, `of those wounded`; the family (`killed`, `injured`) of the toll it belongs to.
    func partOfTheDeadFamily(_ figure: Figure, sentence: Range<Int>) -> String? {
        var k = figure.tokenEnd(in: paragraph)
        if k < sentence.upperBound, EnglishLexicon.beForms.contains(lowerOf: tokens[k]) { k += 1 }
        guard k + 2 < sentence.upperBound, tokens[k].lowerIs(oneOf: ["among", "of"]),
            tokens[k + 1].lowerIs(oneOf: ["the", "those"])
        else { return nil }
        return Self.tollNouns[tokens[k + 2].lower]
    }

    /// Words after `among the`/`of those` that name a toll, by the family of harm they tell of.
    static let tollNouns: [String: String] = [
        "dead": "killed", "killed": "killed", "victims": "killed", "fatalities": "killed", "deceased": "killed",
        "wounded": "injured", "injured": "injured",
    ]

    /// The last count before `part` (in this sentence, else in the two before) of more people, no part
    /// itself, that tells of harm of the family: the toll the part belongs to.
    func latestWhole(before part: Figure, in figures: [Figure], family: String) -> Figure? {
        // (Not a count listed with it: `76 children and 41 women were among the dead` are both parts.)
        let sameSentence = figures.filter { $0.span.start < part.span.start && !isListed($0, before: part) }
            .sorted { $0.span.start > $1.span.start }
        let before = sameSentence + recentWholes.reversed().map(standingForItsWhole)
        return before.first {
            isPeopleCount($0) && $0.of == nil && $0.value > part.value
                && $0.event.map { FigureExtractor.eventFamily($0) == family } == true
                && (part.event == nil || FigureExtractor.eventFamily(part.event!) == family)
        }
    }

    /// A run of at least two counts of people after a toll whose numbers add up to it: the toll by manner
    /// of death or by who died (`the raid left 14 residents and six guards dead` under `more than 20
    /// killed`). Never across places, unless the toll is one over an area (``isAtThePlace(of:part:)``): a count
    /// whose own sentence names another place than a town's toll is a separate incident.
    /// A run holds at most `Self.breakdownReach` parts, and its whole is at most that many counts before it in
    /// the sentence (or one of the recent tolls), so that a sentence of many counts is read in linear time.
    func takeBreakdowns(_ figures: inout [Figure]) {
        let counts = figures.indices.filter { isPeopleCount(figures[$0]) && figures[$0].of == nil }
        guard counts.count >= 2 else { return }
        let earlier = recentWholes.reversed().map(standingForItsWhole)
        let reach = Self.breakdownReach
        for first in counts.indices {
            let wholes = counts[max(0, first - reach)..<first].map { figures[$0] }.reversed() + earlier
            guard let largest = wholes.map(\.value).max() else { continue }
            var sum = 0.0
            for last in counts.indices[first...].prefix(reach) {
                let part = figures[counts[last]]
                sum += part.value
                if sum > largest { break }
                guard last > first else { continue }
                guard
                    let whole = wholes.first(where: {
                        $0.value == sum && $0.of == nil && isBreakdown(counts[first...last].map { figures[$0] }, of: $0)
                    })
                else { continue }
                for k in counts[first...last] { take(whole, asWholeOf: &figures[k]) }
                return
            }
        }
    }

    /// How many parts a breakdown may list, and how many counts before it its whole may stand.
    static let breakdownReach = 8

    /// Whether the parts tell of the whole's harm (or of none) at its place (or at none) on its day (see
    /// ``isOfTheSameDay(_:as:)``), none of them a vague plural (`dozens`), the first of them no addition (see
    /// ``isAddition(_:)``); in a sentence of their own, at least one of them tells of it (`… 14 residents and
    /// six guards dead`).
    func isBreakdown(_ parts: [Figure], of whole: Figure) -> Bool {
        guard let event = whole.event, FigureVocabulary.casualtyEvents.contains(event), whole.value >= 3 else {
            return false
        }
        let family = FigureExtractor.eventFamily(event)
        return parts.allSatisfy { part in
            part.value < whole.value && part.span.start > whole.span.start && !FigureLexicon.isVaguePlural(part)
                && (part.event == nil || FigureExtractor.eventFamily(part.event!) == family)
                && isAtThePlace(of: whole, part: part) && isOfTheSameDay(part, as: whole)
                // (`Jets killed 30 people near Vesk. In a separate attack, 20 died in Karmun and 10 …`.)
                && (part.sentenceText == whole.sentenceText || !addsToTheToll(sentenceRange(sentenceIndex(of: part))))
        } && !parts.isEmpty && !isAddition(parts[0])
            && (parts.contains { $0.event != nil } || parts.allSatisfy { $0.sentenceText == whole.sentenceText })
    }

    /// A part of a toll a sentence before stands for its toll: `20 people were killed … 10 of those killed
    /// were civilians. At least six of those killed were fighters.` (the six are of the 20).
    func standingForItsWhole(_ figure: Figure) -> Figure {
        guard let whole = figure.of else { return figure }
        var toll = figure
        toll.value = whole
        toll.of = nil
        return toll
    }

    /// Whether `first` ends right before `second` with only `and` or a comma between: one list.
    func isListed(_ first: Figure, before second: Figure) -> Bool {
        let end = first.tokenEnd(in: paragraph)
        guard end < tokens.count, tokens[end].start < second.span.start else { return false }
        var k = end
        while k < tokens.count, tokens[k].start < second.span.start, k - end < 2 {
            guard tokens[k].lowerIs("and") || tokens[k].isPunctuation(",") else { return false }
            k += 1
        }
        return k < tokens.count && tokens[k].start >= second.span.start
    }

    /// A count of people (`40 people`, `Twelve`, `nine minors`), not a part or total of something else.
    func isPeopleCount(_ figure: Figure) -> Bool {
        guard figure.kind == .count, let unit = figure.unit else { return false }
        // (Bodies found or brought in are the dead: `50 died … Rescuers pulled 15 bodies from one building`.)
        return FigureLexicon.peopleUnits.contains(unit)
            || FigureLexicon.deadBodyUnits.contains(unit) && figure.event == "killed"
    }

    /// Stores `whole` as the part's whole: its event when the part has none, its place, its day.
    func take(_ whole: Figure, asWholeOf part: inout Figure) {
        part.of = whole.value
        if part.event == nil { part.event = whole.event }
        if part.site == nil { part.site = whole.site }
        if whole.isRunningTotal {
            part.isRunningTotal = true
            part.period = whole.period
        }
        if part.groupSpan == nil, whole.span.paragraph == part.span.paragraph { part.groupSpan = whole.span }
    }
}

extension FigureParagraphReader {
    /// Keeps the sentence's counts of people (a part standing for its toll) as tolls for the next two sentences.
    mutating func rememberWholes(of figures: [Figure]) {
        // (A closure, not the method itself: `filter(isPeopleCount)` took a copy of the whole reader per sentence.)
        let wholes = figures.filter { isPeopleCount($0) }.sorted { $0.span.start < $1.span.start }
        recentWholes += wholes.suffix(Self.recentWholesKept)
        recentWholesPerSentence.append(min(wholes.count, Self.recentWholesKept))
        if recentWholesPerSentence.count > 2 {
            recentWholes.removeFirst(recentWholesPerSentence.removeFirst())
        }
    }

    /// `Elsewhere, …`: the tolls before are another incident's.
    mutating func forgetRecentWholes() {
        recentWholes.removeAll()
        recentWholesPerSentence.removeAll()
    }
}
