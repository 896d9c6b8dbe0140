/// Breakdowns of a toll that ``takeBreakdowns(_:)`` does not see in one sentence: parts spread over the
/// sentences after the toll (`Rebels killed 85 soldiers on Monday. 50 were executed. A car bomb killed 19,
/// and 16 died in the clashes.`), parts before a toll that sums them up (`… shot dead 22 villagers, and a
/// car bomb killed 9. In all, 31 people were killed.`), and parts under a bounded toll that add up to it
/// within a small margin (`More than 50 people were killed. 15 were children, 27 women … another 10 were
/// fighters.`). Each part stores the toll as its whole, so that no view counts it as an incident of its own.
extension FigureParagraphReader {
    /// How many sentences after (or before) the toll, or the part before them, its parts may stand in.
    static let spreadBreakdownSentences = 2

    /// Words of a sentence that sums up the counts before it (`In all`, `in total`, `bringing the number to`).
    /// (Not `toll`: `… put the toll at 45` is often another source's count of the same dead.)
    static let summingUpWords: WordSet = sumWords.union(["bringing"])

    /// Marks the paragraph's runs of counts of people that break a toll down: a run right after the toll,
    /// or right before a toll whose sentence sums up (`in all`, `the toll`). Each toll looks at most
    /// ``breakdownReach`` counts either way, so the paragraph is read in linear time.
    func takeSpreadBreakdowns(_ figures: inout [Figure]) {
        let counts = figures.indices.filter { isBreakdownCandidate(figures[$0]) }
            .sorted { figures[$0].span.start < figures[$1].span.start }
        guard counts.count >= 3 else { return }
        let sentences = counts.map { sentenceIndex(of: figures[$0]) }
        for (position, index) in counts.enumerated() where figures[index].of == nil {
            let whole = figures[index]
            guard isSpreadBreakdownWhole(whole) else { continue }
            let after = (position + 1..<min(counts.count, position + 1 + Self.breakdownReach)).map { $0 }
            if let run = breakdownRun(
                after, of: whole, at: sentences[position], counts: counts,
                sentences: sentences, figures: figures)
            {
                for k in run { take(whole, asWholeOf: &figures[counts[k]]) }
                continue
            }
            guard sumsUp(sentenceOf: whole) else { continue }
            let before = Array((max(0, position - Self.breakdownReach)..<position).reversed())
            if let run = breakdownRun(
                before, of: whole, at: sentences[position], counts: counts,
                sentences: sentences, figures: figures)
            {
                for k in run { take(whole, asWholeOf: &figures[counts[k]]) }
            }
        }
    }

    /// The shortest run of at least two of `positions` (in the order given, from the toll outwards) whose
    /// numbers add up to the toll, or nil. Counts of another harm are passed (`killing 3 and injuring 8`);
    /// the run stops at a count that is a part already, at a vague plural (`dozens`), at one of another day
    /// than the toll's, at another place than the toll's (unless the toll is one over an area or the place a
    /// neighbourhood of its town, ``isAtThePlace(of:part:)``), at a turn elsewhere, and past the sentences
    /// allowed (two past the toll or the run's last part).
    func breakdownRun(
        _ positions: [Int], of whole: Figure, at wholeSentence: Int, counts: [Int], sentences: [Int],
        figures: [Figure]
    ) -> [Int]? {
        let family = FigureExtractor.eventFamily(whole.event ?? "")
        var run: [Int] = []
        var sum = 0.0
        var hasEvent = false
        for k in positions {
            let part = figures[counts[k]]
            // (`killing 3 people and injuring 8 others`: a count of another harm between parts is passed.)
            if let event = part.event, FigureExtractor.eventFamily(event) != family { continue }
            // (Within two sentences of the toll, or of the part before it: `… killed 16. <aside>. Nine died in
            // Karmun and two in Sarn. Another five died on the outskirts.`)
            let reach = min(
                abs(sentences[k] - wholeSentence), run.last.map { abs(sentences[k] - sentences[$0]) } ?? .max)
            // (`dozens of others`: a vague plural stands for no number a toll may add up from.)
            guard part.of == nil, reach <= Self.spreadBreakdownSentences, !FigureLexicon.isVaguePlural(part),
                part.value < whole.value,
                isAtThePlace(of: whole, part: part), isOfTheSameDay(part, as: whole),
                sentences[k] <= wholeSentence || !turnsElsewhere(sentenceRange(sentences[k])),
                // (`Two died in a separate clash`: more, not a part; `also` is either: `Ten fighters also died`
                // may be among `more than 50 people`.)
                sentences[k] == wholeSentence || !addsToTheToll(sentenceRange(sentences[k])),
                // (In a sentence of its own, a part tells of the harm: `… scrambled past two women` is none.)
                sentences[k] == wholeSentence || part.event != nil
                    || namesToll(of: family, in: sentenceRange(sentences[k]))
            else { return nil }
            // (`6 were hurt in Karmun province. … 3 people were hurt in Vesk. … wounding 3 citizens`: a count
            // at another place than the toll's that repeats a part before it is that part told again.)
            if !isAtTheTollsOwnPlace(part, whole), run.contains(where: { figures[counts[$0]].value == part.value }) {
                return nil
            }
            run.append(k)
            sum += part.value
            // (`Among the dead were 15 children and 27 women`: no event of their own, but the toll's words.)
            hasEvent = hasEvent || part.event != nil || namesToll(of: family, in: sentenceRange(sentences[k]))
            if run.count >= 2, hasEvent, isConsistent(sum, with: whole), let first = run.min(),
                !isAddition(figures[counts[first]])
            {
                return run
            }
            if sum > whole.upperBoundOfParts { return nil }
        }
        return nil
    }

    /// Whether a sentence tells of harm besides the toll before it: `in a separate clash`, `died
    /// separately`.
    func addsToTheToll(_ sentence: Range<Int>) -> Bool {
        sentence.contains { Self.additionWords.contains(lowerOf: tokens[$0]) }
    }

    static let additionWords: WordSet = ["separate", "separately"]

    /// Whether the sentence speaks of a toll of the family: `the dead`, `those killed`, `the wounded`.
    func namesToll(of family: String, in sentence: Range<Int>) -> Bool {
        sentence.contains { k in
            k > sentence.lowerBound && tokens[k - 1].lowerIs(oneOf: ["the", "those"])
                && Self.tollNouns[tokens[k].lower] == family
        }
    }

    /// `Another five`, `two others`, `a further 12`: people besides those counted before. The first part of
    /// a breakdown never is one (`Jets killed 9 people. Two others died, and another 7 …`: 18 in all); a
    /// later part may be (`15 were killed, and another 3 died` under a toll of 18). (Not `four more`, which
    /// often adds to another harm: `a man was killed and four more people were injured`.)
    func isAddition(_ figure: Figure) -> Bool {
        let start = ArticleExtractor.firstToken(endingAfter: figure.span.start, in: tokens)
        if start > 0, tokens[start - 1].lowerIs(oneOf: ["another", "further", "additional"]) { return true }
        let end = figure.tokenEnd(in: paragraph)
        return (start + 1..<min(end + 1, tokens.count)).contains { tokens[$0].lowerIs(oneOf: ["other", "others"]) }
    }

    /// A count of people that may be a toll or one of its parts: no total over a stretch of time.
    func isBreakdownCandidate(_ figure: Figure) -> Bool {
        isPeopleCount(figure) && !figure.isRunningTotal
    }

    /// A toll of some harm to people, of a number rather than a vague plural (`dozens`, `hundreds`).
    func isSpreadBreakdownWhole(_ figure: Figure) -> Bool {
        guard let event = figure.event, FigureVocabulary.casualtyEvents.contains(event), figure.value >= 3 else {
            return false
        }
        return !FigureLexicon.isVaguePlural(figure)
    }

    /// Whether parts adding up to `sum` make up the toll: exactly, or within its bounds (`more than 50`:
    /// 50 or a little more; `up to 40`, `nearly 40`: 40 or a little less; `20 to 30`: between).
    func isConsistent(_ sum: Double, with whole: Figure) -> Bool {
        switch whole.approx {
        case .exact: return sum == whole.value
        case .over: return sum >= whole.value && sum <= whole.upperBoundOfParts
        case .under: return sum <= whole.value && sum >= whole.value - whole.breakdownMargin
        case .about: return abs(sum - whole.value) <= whole.breakdownMargin
        case .range: return sum >= whole.value && sum <= (whole.maxValue ?? whole.value)
        }
    }

    /// Whether the toll's sentence sums up what came before: `In all, 31 people were killed`, `bringing the
    /// toll to 31`, `a total of 31` (read at most ``lookAroundTokens`` either side of the toll).
    func sumsUp(sentenceOf whole: Figure) -> Bool {
        let sentence = sentenceRange(sentenceIndex(of: whole))
        let token = ArticleExtractor.firstToken(endingAfter: whole.span.start, in: tokens)
        return lookAround(token..<(token + 1), in: sentence).contains {
            Self.summingUpWords.contains(lowerOf: tokens[$0])
                || tokens[$0].lowerIs("all") && $0 > sentence.lowerBound && tokens[$0 - 1].lowerIs("in")
        }
    }

    /// The day words (`Monday`, `yesterday`) a sentence names.
    func dayWords(in sentence: Range<Int>) -> Set<String> {
        Set(sentence.filter(isDayWord).map { tokens[$0].lower })
    }

    /// The paragraph's sentence of this index (an empty range past the last).
    func sentenceRange(_ index: Int) -> Range<Int> {
        paragraph.sentences.indices.contains(index) ? paragraph.sentences[index] : 0..<0
    }

    /// The index of the figure's sentence in the paragraph (by binary search).
    func sentenceIndex(of figure: Figure) -> Int {
        let token = ArticleExtractor.firstToken(endingAfter: figure.span.start, in: tokens)
        return max(0, paragraph.firstSentence(startingFrom: token + 1) - 1)
    }

    /// Whether a part and its toll are of one day: in one sentence, or the part's sentence names no day, or
    /// the toll's names none, or they share one (not `… on Sunday. On Tuesday, 6 soldiers …`).
    func isOfTheSameDay(_ part: Figure, as whole: Figure) -> Bool {
        let partSentence = sentenceIndex(of: part)
        let wholeSentence = sentenceIndex(of: whole)
        guard partSentence != wholeSentence else { return true }
        let partDays = dayWords(in: sentenceRange(partSentence))
        let wholeDays = dayWords(in: sentenceRange(wholeSentence))
        return partDays.isEmpty || wholeDays.isEmpty || !partDays.isDisjoint(with: wholeDays)
    }
}

extension Figure {
    /// How far parts may add up past (or short of) a bounded toll: a tenth of it, and at least two.
    var breakdownMargin: Double { max(2, (value / 10).rounded(.down)) }

    /// The most its parts may add up to: the toll itself, a little more when it is `more than` it, its upper
    /// end when it is a range.
    var upperBoundOfParts: Double {
        switch approx {
        case .over, .about: return value + breakdownMargin
        case .range: return maxValue ?? value
        case .exact, .under: return value
        }
    }
}
