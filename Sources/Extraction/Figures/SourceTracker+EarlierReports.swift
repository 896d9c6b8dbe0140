/// `The Tarn Monitor released a report on Tuesday. The report said at least 70 …`, `According to a report by
/// the Orlen Agency, … The report said …`, `Tarn News reported that … The report said …`: `the report` (the
/// statement, the study) that gives a figure is the one a sentence just before attributed to its publisher.
extension SourceTracker {
    /// The publishers of the last reports the article named, with the sentence each was named in.
    struct EarlierReports {
        /// At most two, most recent last: two different ones in reach make `the report` ambiguous.
        private(set) var owners: [(owner: String, sentence: Int)] = []
        /// How many sentences back `the report` may reach for its publisher.
        static let reach = 3

        mutating func note(_ owner: String, sentence: Int) {
            owners.removeAll { $0.owner == owner }
            owners.append((owner, sentence))
            if owners.count > 2 { owners.removeFirst() }
        }

        /// The one publisher of a report named in the last few sentences before `sentence`; nil when none or
        /// two different ones are in reach.
        /// A report whose publisher the article does not name: `the report` after it is nobody's.
        mutating func noteUnnamed() { owners.removeAll() }

        func owner(before sentence: Int) -> String? {
            let inReach = owners.filter { $0.sentence < sentence && sentence - $0.sentence <= Self.reach }
            return inReach.count == 1 ? inReach[0].owner : nil
        }
    }

    /// Nouns of a published report that `the report said` refers back to (`the bulletin said` after `the
    /// ministry said in a daily bulletin`).
    static let reportNouns: WordSet = ["report", "statement", "study", "survey", "bulletin"]

    /// Words that tell a sentence names a report: a report noun, or a verb of reporting
    /// (`SANA reported that …`).
    static let reportWords: WordSet = reportNouns.union(["reports", "reported", "reporting", "statements"])

    /// Verbs of publishing a report whose subject is its publisher: `released a report`.
    static let publishingVerbs: WordSet = ["released", "published", "issued", "releases", "publishes", "issues"]

    /// The publisher of `the report` (`the new report`, `this study`) that reports in this sentence: the one
    /// named in reach before, or nil when the sentence's source is not such a report.
    func earlierReportOwner(for written: String, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let words = written.wordsBetweenSpaces()
        guard let head = words.last.map({ $0.lowercased() }), Self.reportNouns.contains(head), words.count <= 2,
            words.allSatisfy({ $0.first?.isLowercase == true }),
            refersBack(to: head, in: sentence, tokens: paragraph.tokens)
        else { return nil }
        return earlierReports.owner(before: resolver.sentencesRead)
    }

    /// Whether the report noun follows `the`, `this`, `that` or `its` (with at most one word between): a
    /// report named before, not a new one (`a report said`).
    private func refersBack(to head: String, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard let k = sentence.first(where: { tokens[$0].lower == head }) else { return false }
        let determiners: WordSet = ["the", "this", "that", "its"]
        return k - 1 >= sentence.lowerBound && determiners.contains(lowerOf: tokens[k - 1])
            || k - 2 >= sentence.lowerBound && determiners.contains(lowerOf: tokens[k - 2]) && tokens[k - 1].isWord
                && !tokens[k - 1].isCapitalized
    }

    /// Notes who published a report the sentence names: its source when the sentence says the source made
    /// the report (`according to a report by X`, `X said in a statement`, `X reported that …`) or `the
    /// report` itself speaks again (`viaReport`), else the subject of `released a report`. Not the source of
    /// a sentence that only speaks of a report (`Roe said the report was flawed`): a critic, no publisher.
    mutating func noteReportOwner(
        _ resolved: String?, viaReport: Bool, written: Bool, in sentence: Range<Int>,
        paragraph: AnalyzedArticle.AnalyzedParagraph
    ) {
        let tokens = paragraph.tokens
        guard sentence.contains(where: { tokens[$0].isWord && Self.reportWords.contains(lowerOf: tokens[$0]) }) else {
            return
        }
        if let resolved, viaReport || sourceMadeReport(in: sentence, tokens: tokens) {
            earlierReports.note(resolved, sentence: resolver.sentencesRead)
            return
        }
        // `A report by Human Rights Watch documented abuses`: the publisher after `by`/`from`, only when it
        // names one of the article's organisations (not `a report from Iran`: where it came from).
        for k in sentence where k + 2 < sentence.upperBound && Self.reportNouns.contains(lowerOf: tokens[k]) {
            guard tokens[k + 1].lowerIs(oneOf: ["by", "from"]),
                let phrase = nounPhrase(forwardFrom: k + 2, in: sentence, paragraph: paragraph),
                let owner = resolver.organizationName(namedBy: phrase)
            else { continue }
            earlierReports.note(owner, sentence: resolver.sentencesRead)
            return
        }
        // `The Tarn Monitor released a report on Tuesday`: the subject of the publishing verb.
        for k in sentence where k > sentence.lowerBound && Self.publishingVerbs.contains(lowerOf: tokens[k]) {
            let window = (k + 1)..<min(k + 4, sentence.upperBound)
            guard window.contains(where: { Self.reportNouns.contains(lowerOf: tokens[$0]) }),
                let subject = nounPhrase(backwardFrom: k - 1, in: sentence, paragraph: paragraph),
                let owner = resolveClauseSource(subject)
            else { continue }
            earlierReports.note(owner, sentence: resolver.sentencesRead)
            return
        }
        // `In a statement on Monday, the Tarn Health Ministry condemned …`, `The Tarn army's statement
        // condemned …`: a new report (`a statement`, `X's statement`) in a sentence that names no source is the
        // one organisation the sentence names; with none or several named, a source none of the article's
        // (`the ministry said in a statement on its Facebook page`), or a publisher after `by`/`from` none of
        // the article's, nobody's.
        if introducesReport(in: sentence, tokens: tokens) {
            let named = resolver.firstNamedInSentence
            if !written, named.count == 1, let only = named.first?.key, ownsReport(in: sentence, tokens: tokens),
                !sentence.contains(where: {
                    $0 + 1 < sentence.upperBound && Self.reportNouns.contains(lowerOf: tokens[$0])
                        && tokens[$0 + 1].lowerIs(oneOf: ["by", "from"])
                })
            {
                earlierReports.note(resolver.entities.entities[only].name, sentence: resolver.sentencesRead)
            } else {
                earlierReports.noteUnnamed()
            }
        }
    }

    /// Whether the sentence names a new report: a report noun after `a`, `an` or a possessive `'s`, with at
    /// most one word between (`a joint statement`).
    private func introducesReport(in sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.contains { k in
            guard Self.reportNouns.contains(lowerOf: tokens[k]) else { return false }
            return (1...2).contains { back in
                k - back >= sentence.lowerBound && tokens[k - back].lowerIs(oneOf: ["a", "an", "'s"])
                    && (back == 1 || tokens[k - 1].isWord && !tokens[k - 1].isCapitalized)
            }
        }
    }

    /// Whether the new report is the sentence's own: `X's statement`, `in a statement` (`In a statement, X
    /// condemned …`, `X condemned the raid in a joint statement`), not a report asked for or denied (`The UN
    /// called for an independent report`, `X rejected a report`).
    private func ownsReport(in sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.contains { k in
            guard Self.reportNouns.contains(lowerOf: tokens[k]) else { return false }
            return (1...2).contains { back in
                let article = k - back
                guard article >= sentence.lowerBound, back == 1 || tokens[k - 1].isWord && !tokens[k - 1].isCapitalized
                else { return false }
                if tokens[article].lowerIs("'s") { return true }
                return tokens[article].lowerIs(oneOf: ["a", "an"]) && article - 1 >= sentence.lowerBound
                    && tokens[article - 1].lowerIs("in")
            }
        }
    }

    /// Whether the sentence says its source made a report: a verb of reporting not after a determiner (`X
    /// reported that`), or a report noun after `in` or `according to` (`said in a report`, `according to the
    /// study`) or before `by` or `from` (`a report by X`, `a report released by X`), with at most two words
    /// between.
    private func sourceMadeReport(in sentence: Range<Int>, tokens: [Token]) -> Bool {
        for k in sentence where tokens[k].isWord {
            let word = tokens[k].lower
            if Self.reportingVerbForms.contains(word) {
                if k == sentence.lowerBound || !Self.reportDeterminers.contains(lowerOf: tokens[k - 1]) { return true }
                continue
            }
            guard Self.reportNouns.contains(word) || word == "statements" else { continue }
            if k + 1 < sentence.upperBound, tokens[k + 1].lowerIs(oneOf: ["by", "from"]) { return true }
            // `a report released by X said`
            if k + 2 < sentence.upperBound, Self.publishingVerbs.contains(lowerOf: tokens[k + 1]),
                tokens[k + 2].lowerIs("by")
            {
                return true
            }
            for back in 1...3 where k - back >= sentence.lowerBound {
                let before = tokens[k - back].lower
                if before == "in"
                    || before == "to" && k - back - 1 >= sentence.lowerBound
                        && tokens[k - back - 1].lowerIs("according")
                {
                    return true
                }
                if !tokens[k - back].isWord { break }
            }
        }
        return false
    }

    /// `reported` as a verb (`X reported that`), not after a determiner (`the reported deaths`).
    static let reportingVerbForms: WordSet = ["reported", "reporting", "reports"]
    static let reportDeterminers: WordSet = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "new"]
}
