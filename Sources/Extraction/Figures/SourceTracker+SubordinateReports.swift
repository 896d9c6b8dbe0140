/// `The krona hit its highest level in nearly four months after the Tarn Central Bank governor said inflation had
/// peaked`, `Shares fell 3% before Kelvar Oil announced …`: a report that opens a subordinate clause (`after`,
/// `before`, `when` … and its subject) tells what followed or came before the writer's own clause; the counts of
/// that clause, before the subordinator, are the writer's and take no source. Counts after the verb are still
/// the reporter's; a second report later in the sentence (`…, Kelvar News reported`) tells all of it.
extension SourceTracker {
    /// Words that open a clause of time or cause.
    static let subordinators: WordSet = ["after", "before", "when", "since", "until", "because", "once"]

    /// Where a subordinate report opens (its subordinator): the first reporting verb of the sentence, active,
    /// with only its subject's words (no punctuation, no count, at most a few) between it and a subordinator
    /// that some words of the writer's clause stand before; nil when the sentence reports otherwise, or
    /// reports before the subordinator (`the army said 5 died after …`, `according to …`).
    func subordinateReport(in sentence: Range<Int>, tokens: [Token]) -> Int? {
        // (`… since Thursday the monitor said.`, text that lost its commas: a report closing the sentence tells
        // all of it.)
        if Self.closesOnReport(sentence, tokens: tokens) || Self.closesOnQuotedAsSaying(sentence, tokens: tokens) {
            return nil
        }
        for i in sentence where tokens[i].isWord {
            let word = tokens[i].lower
            if word == "according" { return nil }
            guard Self.reportingVerbs.contains(word) else { continue }
            guard !isPassive(i, in: sentence, tokens: tokens) else { return nil }
            var k = i - 1
            while k > sentence.lowerBound, i - k <= 7, tokens[k].isWord, !Self.isCount(tokens[k].text) {
                if Self.subordinators.contains(lowerOf: tokens[k]) {
                    // (The subject right after it: no verb between, `after fighting broke out the army said`.)
                    let subject = (k + 1)..<i
                    guard !subject.isEmpty,
                        !subject.contains(where: {
                            EnglishLexicon.beForms.contains(tokens[$0].lower)
                                || EnglishLexicon.auxiliaries.contains(tokens[$0].lower)
                                || FigureVocabulary.eventWords[tokens[$0].lower] != nil
                                || Self.subordinators.contains(lowerOf: tokens[$0])
                        })
                    else { return nil }
                    // (A report after it tells all of the sentence: `…, Kelvar News reported`, `according to …`.)
                    let later = (i + 1)..<sentence.upperBound
                    guard
                        !later.contains(where: {
                            tokens[$0].isWord
                                && (tokens[$0].lowerIs("according") || Self.reportingVerbs.contains(lowerOf: tokens[$0]))
                        })
                    else { return nil }
                    return k
                }
                k -= 1
            }
            return nil
        }
        return nil
    }

    /// Whether the sentence closes on `as saying` (`… a month before Tarn News quoted the monitor as saying.`):
    /// who was quoted reports all of it.
    static func closesOnQuotedAsSaying(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
        return last > sentence.lowerBound && tokens[last].lowerIs("saying") && tokens[last - 1].lowerIs("as")
    }
}
