/// `…, the Tarn Observatory said. Another 70 were wounded.`, `Kelvan News reported that 20 shells hit Vessa.
/// The attack killed four civilians.`: a sentence that opens on `Another` and its count, or on the incident
/// told before as what harmed (`The attack killed`, `The shelling left`), goes on with the report of the
/// sentence right before, and takes that sentence's source when it names none of its own.
///
/// Only the sentence right before (in the same body paragraph or closing the body paragraph before), and only
/// when each of its tolls took the one same source: a sentence whose tolls are no one's, or several sources',
/// hands on nothing. The later sentence must name no source and no reporting verb of its own, and open on
/// `Another` right before its count (`Another seven people were killed …`; not `Another study in 38 people`,
/// `Another Syrian source told …`), or on `the`, at most one word and an incident's noun right before a verb of
/// harm (`The terrorist attack killed four …`; not `The attack came after 12 people died`).
extension EarlierSentenceSource {
    /// The one source every toll of a body sentence took (nil when it has no toll, one toll took none, or two
    /// took different ones): what a next sentence's `Another N …` goes on with.
    static func reportedSource(of found: [Figure], isBody: Bool) -> String? {
        guard isBody else { return nil }
        var reported: String?
        for figure in found where figure.kind == .count && figure.event != nil && figure.takesSource {
            guard let source = figure.source, reported == nil || reported == source else { return nil }
            reported = source
        }
        return reported
    }
}

extension FigureParagraphReader {
    /// Gives the tolls of a sentence opening on `Another N` the source of the sentence right before
    /// (``EarlierSentenceSource/reportedSource(of:isBody:)``), when it names no source of its own.
    func takeContinuedReportSource(
        _ found: inout [Figure], sentence: Range<Int>, source: SourceTracker.SentenceSources
    ) {
        guard paragraph.kind == .body, let reported = earlierSource.reportedBefore, source.whole == nil,
            source.clauses.isEmpty, sentence.count > 3,
            !sentence.contains(where: { SourceTracker.reportingVerbs.contains(lowerOf: tokens[$0]) })
        else { return }
        guard opensOnAnotherToll(sentence, found: found) || opensOnIncidentThatHarmed(sentence),
            found.contains(where: Self.isContinuedToll), !found.contains(where: { $0.source != nil })
        else { return }
        for index in found.indices where Self.isContinuedToll(found[index]) {
            found[index].source = reported
        }
    }

    /// `Another 70 were wounded`, `Another seven people …`: the sentence's toll right after its opening
    /// `Another`.
    func opensOnAnotherToll(_ sentence: Range<Int>, found: [Figure]) -> Bool {
        guard sentence.count > 1, tokens[sentence.lowerBound].lowerIs("another") else { return false }
        let countStart = tokens[sentence.lowerBound + 1].start
        return found.contains { $0.span.start == countStart && Self.isContinuedToll($0) }
    }

    /// `The attack killed …`, `The terrorist attacks left …`: `the`, at most one word, an incident's noun and a
    /// verb of harm.
    func opensOnIncidentThatHarmed(_ sentence: Range<Int>) -> Bool {
        guard tokens[sentence.lowerBound].lowerIs("the") else { return false }
        for noun in (sentence.lowerBound + 1)...(sentence.lowerBound + 2) where noun + 1 < sentence.upperBound {
            guard tokens[noun].isWord else { return false }
            if Self.isIncidentHead(tokens[noun]) {
                return tokens[noun + 1].lowerIs(oneOf: ["killed", "wounded", "injured", "left", "claimed"])
            }
        }
        return false
    }

    /// A count of people harmed or of strikes, which a source may report.
    static func isContinuedToll(_ figure: Figure) -> Bool {
        guard figure.kind == .count, figure.takesSource, let event = figure.event else { return false }
        return FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil
    }
}
