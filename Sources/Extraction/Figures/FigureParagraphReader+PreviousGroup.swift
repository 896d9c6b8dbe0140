/// Parts of a group the sentence before counted: `… have killed 56 civilians. Eight of them were children.`,
/// `Among them were four women.`, `Of those, 12 were children.`
extension FigureParagraphReader {
    /// Whether the sentence opens on the group the sentence before counted: `Eight of them`, `Two of
    /// those`, `Among them`, `Among those killed`, `Of those,`, `Of these killed,`.
    func opensOnPreviousGroup(_ sentence: Range<Int>, firstPhrase: NumberPhrase?) -> Bool {
        let s = sentence.lowerBound
        guard sentence.count > 3 else { return false }
        let pronouns: Set<String> = ["them", "those", "these"]
        if let phrase = firstPhrase, phrase.tokens.lowerBound == s {
            let after = phrase.tokens.upperBound
            return after + 1 < sentence.upperBound && tokens[after].lowerIs("of")
                && pronouns.contains(tokens[after + 1].lower) && !startsNounPhrase(after + 2, in: sentence)
        }
        guard pronouns.contains(tokens[s + 1].lower) else { return false }
        if tokens[s].lowerIs("among") { return !startsNounPhrase(s + 2, in: sentence) }
        // `Of those, 12 were children`, `Of those killed, 12 …`: the group, then a comma.
        guard tokens[s].lowerIs("of") else { return false }
        return (s + 2..<min(s + 4, sentence.upperBound)).contains { tokens[$0].isPunctuation(",") }
    }

    /// `those wounded`/`those killed` still name the group; `those cities` would name another one.
    func startsNounPhrase(_ i: Int, in sentence: Range<Int>) -> Bool {
        i < sentence.upperBound && isPluralNoun(tokens[i])
            && !FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[i])
    }

    /// The sentence's counts of people that are smaller than the group before take it as their whole, with
    /// its event, and are totals when it is one. Counts of something else (`missiles`) are left alone.
    func takePreviousGroup(_ group: Figure, asWholeOf figures: inout [Figure]) {
        guard group.kind == .count, let groupUnit = group.unit, FigureLexicon.peopleUnits.contains(groupUnit) else {
            return
        }
        for index in figures.indices where figures[index].kind == .count && figures[index].of == nil {
            guard let unit = figures[index].unit, FigureLexicon.peopleUnits.contains(unit),
                figures[index].value < group.value,
                figures[index].event == nil || figures[index].event == group.event
            else { continue }
            figures[index].of = group.value
            figures[index].event = group.event
            figures[index].groupSpan = group.span
            if group.isRunningTotal {
                figures[index].isRunningTotal = true
                figures[index].period = group.period
            }
        }
    }

    /// `Eight of them were children`, `Of those, 12 were women`: what a part of an earlier group is, said
    /// after `were`.
    func predicateNoun(after end: Int, in sentence: Range<Int>) -> (unit: String, end: Int)? {
        guard end + 1 < sentence.upperBound, tokens[end].lowerIs(oneOf: ["were", "are"]),
            isPluralNoun(tokens[end + 1]), !FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[end + 1])
        else { return nil }
        return (Self.singular(tokens[end + 1].lower), end + 2)
    }

    /// Whether a count at `start` opens a relative clause on a group counted before it: `40 bodies, of
    /// which nine were children`, `30 people, of whom 12 were women`, `…, among them six were medics`.
    func opensRelativePart(at start: Int) -> Bool {
        guard start >= 2 else { return false }
        let before = tokens[start - 1].lower, twoBefore = tokens[start - 2].lower
        return twoBefore == "of" && ["which", "whom"].contains(before)
            || twoBefore == "among" && ["them", "whom"].contains(before)
    }
}
