/// A match report's official at its foot: `Referee: T Varden (Kelmshire)`, `Att: 31,200 Ref: T Varden
/// (Kelmshire).`, or, where the report dropped the label, a paragraph of an initial, a surname and the
/// county or club in parentheses alone (`T Varden (Kelmshire).`). The label, or that layout, says the name
/// is a person's.
extension EntityExtractor {
    /// Labels of a match official before a colon.
    static let officialLabels: WordSet = ["Referee", "Ref", "Umpire"]

    /// The official a line names; nil for any other sentence.
    func matchOfficial(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, runs: [Range<Int>]
    ) -> Candidate? {
        let tokens = paragraph.tokens
        let end = sentence.upperBound
        // The name ends its sentence, or stands before a comma or the parentheses of its county.
        func endsName(_ k: Int) -> Bool {
            k == end || [",", ".", "("].contains(tokens[k].text)
        }
        for (i, run) in runs.enumerated() where i > 0 && (1...3).contains(run.count) {
            let colon = run.lowerBound - 1
            guard colon > sentence.lowerBound, tokens[colon].isPunctuation(":"),
                Self.officialLabels.contains(tokens[colon - 1].text), runs[i - 1].upperBound == colon,
                runs[i - 1].count == 1, endsName(run.upperBound)
            else { continue }
            return wireCandidate(run, kind: .person, weight: Evidence.cue, in: paragraph)
        }
        // `T Varden (Kelmshire).`: the whole paragraph.
        guard sentence.lowerBound == 0, end == tokens.count, let name = runs.first, name.lowerBound == 0,
            name.count == 2, tokens[0].text.utf8.count == 1, tokens[0].isCapitalized, tokens[0].text != "A",
            tokens[0].text != "I", name.upperBound + 2 < end, tokens[name.upperBound].isPunctuation("(")
        else { return nil }
        let bracket = (name.upperBound + 2)..<min(end, name.upperBound + 8)
        guard let close = bracket.first(where: { tokens[$0].isPunctuation(")") }),
            close + 1 == end || close + 2 == end && tokens[close + 1].isPunctuation(".")
        else { return nil }
        // A surname that is a plain word (`X Factor (Kelvar)`) only before a place the gazetteer knows.
        let surname = tokens[name.upperBound - 1]
        if EnglishWords.bundled.partOfSpeech(of: surname.lower) != nil {
            let inside = paragraph.text(of: (name.upperBound + 1)..<close)
            guard let place = gazetteer.place(named: inside), place.kind != .country else { return nil }
        }
        return wireCandidate(name, kind: .person, weight: Evidence.cue, in: paragraph)
    }
}
