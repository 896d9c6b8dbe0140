/// Sentences that give two reports, one per clause: `The monitor gave a toll of eight while the ministry
/// gave one of 12`, `The army said 10 died, but medics put the toll at 15`, `according to the UN, 20 were
/// killed; the Red Crescent said 25`. Each count belongs to the report of the clause it stands in.
extension SourceTracker {
    /// The sources of a sentence: one for all of it, or one per clause when its clauses name different ones.
    struct SentenceSources {
        let whole: String?
        /// The clauses (split at `while`, `whereas`, `, but`, `;`) and each one's own source; empty unless two
        /// clauses name different sources.
        let clauses: [(tokens: Range<Int>, source: String?)]
        /// Where the writer's own consequence clause begins (``SourceTracker/writersConsequence(in:tokens:)``):
        /// its figures take no source.
        var writersFrom: Int? = nil
        /// The reporting verb of a that-clause (``SourceTracker/framingReport(in:tokens:)``): a duration before it
        /// frames the report and takes no source.
        var framingReport: Int? = nil
        /// Where a subordinate report opens (``SourceTracker/subordinateReport(in:tokens:)``): the figures of the
        /// writer's clause before it take no source.
        var writersBefore: Int? = nil

        /// The source of the count whose numeral is at `token`: its clause's, nil when its clause names none.
        func source(at token: Int) -> String? {
            if let writersFrom, token > writersFrom { return nil }
            if let writersBefore, token < writersBefore { return nil }
            return clauses.first { $0.tokens.contains(token) }.map(\.source) ?? whole
        }

        /// The source of the figure of this kind whose numeral is at `token`: none for a duration framing the
        /// report, else ``source(at:)``.
        func source(at token: Int, kind: Figure.Kind) -> String? {
            if kind == .duration, let framingReport, token < framingReport { return nil }
            return source(at: token)
        }
    }

    /// The sentence's sources: `source(of:in:)` for all of it, and each clause's own when two clauses name
    /// different ones. Call once per sentence, in order.
    mutating func sources(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> SentenceSources
    {
        let whole = source(of: sentence, in: paragraph)
        let writersFrom = whole == nil ? nil : Self.writersConsequence(in: sentence, tokens: paragraph.tokens)
        let framing = whole == nil ? nil : framingReport(in: sentence, tokens: paragraph.tokens)
        let writersBefore = whole == nil ? nil : subordinateReport(in: sentence, tokens: paragraph.tokens)
        let parts = Self.clauses(of: sentence, tokens: paragraph.tokens)
        guard parts.count > 1, !Self.closesOnReport(sentence, tokens: paragraph.tokens) else {
            return SentenceSources(
                whole: whole, clauses: ownSayerClauses(of: sentence, whole: whole, in: paragraph),
                writersFrom: writersFrom, framingReport: framing, writersBefore: writersBefore)
        }
        var clauses: [(tokens: Range<Int>, source: String?)] = []
        for part in parts {
            let written = phrase(of: part, in: paragraph)
            clauses.append((part, written.flatMap { resolveClauseSource($0) }))
        }
        let named = Set(clauses.compactMap(\.source))
        return SentenceSources(
            whole: whole,
            clauses: named.count > 1 ? clauses : ownSayerClauses(of: sentence, whole: whole, in: paragraph),
            writersFrom: writersFrom, framingReport: framing, writersBefore: writersBefore)
    }

    /// The two clauses around a `but` whose clause has a sayer of its own other than the sentence's source
    /// (``ownSayerClause(in:paragraph:)``), each with its source; empty when there is none.
    private mutating func ownSayerClauses(
        of sentence: Range<Int>, whole: String?, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> [(tokens: Range<Int>, source: String?)] {
        guard let whole, !Self.closesOnReport(sentence, tokens: paragraph.tokens),
            let own = ownSayerClause(in: sentence, paragraph: paragraph), own.source != whole
        else { return [] }
        return [(sentence.lowerBound..<own.but, whole), ((own.but + 1)..<sentence.upperBound, own.source)]
    }

    /// Whether the sentence closes on who reported it, with no comma before (`… while 20 more arrived in the
    /// town Marlow News reported.`): a report of the whole sentence, not of its last clause.
    static func closesOnReport(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
        return last > sentence.lowerBound && tokens[last - 1].isWord
            && (reportingVerbs.contains(lowerOf: tokens[last])
                || sentenceClosingReportVerbs.contains(lowerOf: tokens[last]))
    }

    /// The sentence's clauses, split at `while`, `whereas`, a `but` after a comma, and `;` (at most a few).
    static func clauses(of sentence: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = sentence.lowerBound
        for i in sentence where i > start && parts.count < 4 {
            let token = tokens[i]
            // (Only `;` and the words below split: one look-up passes every other word.)
            guard token.kind == .punctuation || clauseSplittingWords.contains(lowerOf: token) else { continue }
            let splits =
                token.isPunctuation(";") || token.isWord && (token.lowerIs("while") || token.lowerIs("whereas"))
                || token.lowerIs("but") && tokens[i - 1].isPunctuation(",")
            guard splits else { continue }
            parts.append(start..<i)
            start = i + 1
        }
        if start < sentence.upperBound { parts.append(start..<sentence.upperBound) }
        return parts
    }

    /// The words ``clauses(of:tokens:)`` splits at.
    static let clauseSplittingWords: WordSet = ["while", "whereas", "but"]
}
