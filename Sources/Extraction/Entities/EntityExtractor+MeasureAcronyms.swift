/// Abbreviations of measures and tests, not bodies: `a CTR of 2%`, `CT scans showed`. An organisation's
/// acronym is not counted with `of` and a percentage, and does not stand before a scan or a reading. Such
/// an abbreviation, with no mention in the article that makes it a body (`CTR said`, `CTR's`, `CTR
/// officials`, `according to CTR`) and no stronger cue (the lexicon, the gazetteer), names no organisation.
/// Not a change by a number (`The BJP rose to 303 seats`, `the ANC fell to 40%`: a party's share), nor
/// `of` and a count (`the RMT of 80,000 members`), nor a test (`the BCCI test squad`): bodies too.
extension EntityExtractor {
    /// Nouns of measures and tests that follow the abbreviation they measure with (`CT scans`, `RPM
    /// readings`, `the RTB market`); not `figures`, `data` or `numbers`, which follow the bodies that
    /// publish them (`ONS figures`), nor `rate` or `growth`, which follow the banks that set them (`the Q9
    /// rate`), nor `test`, which follows a cricket board (`the BCB test squad`), nor words that are also a
    /// verb after a body (`the VKM scores`, `levels`, `markets`).
    static let measureNouns: WordSet = [
        "scan", "scans", "scanner", "scanners", "scanning", "imaging", "reading", "readings", "score", "market",
    ]

    /// The abbreviations the article uses as measures or tests and never as a body. One scan of the
    /// tokens with windows of a few tokens around each abbreviation: linear in the text.
    static func acronymsUsedAsMeasures(_ article: AnalyzedArticle) -> Set<String> {
        var measures = Set<String>()
        var bodies = Set<String>()
        for paragraph in article.paragraphs {
            let tokens = paragraph.tokens
            for k in tokens.indices {
                let token = tokens[k]
                guard token.isAllCaps, (2...5).contains(token.text.utf8.count),
                    token.text.utf8.allSatisfy({ (65...90).contains($0) })
                else { continue }
                if namesBody(at: k, in: tokens) {
                    bodies.insert(token.text)
                } else if usedAsMeasure(at: k, in: tokens) {
                    measures.insert(token.text)
                }
            }
        }
        return measures.subtracting(bodies)
    }

    /// `CTR said`, `CTR's report`, `CTR officials`, `according to CTR`, `Centre for Trials (CTR)`: a
    /// mention that makes the abbreviation a body.
    private static func namesBody(at k: Int, in tokens: [Token]) -> Bool {
        if k + 1 < tokens.count {
            let next = tokens[k + 1]
            if next.lower == "'s" || next.isPunctuation("'") { return true }
            if next.isWord,
                EnglishLexicon.speechVerbs.contains(next.lower) || EntityLexicon.memberNouns.contains(next.lower)
                    || EntityLexicon.organizationFollowers.contains(next.lower)
                    || ["news", "officials", "official", "inspectors", "chief", "head"].contains(next.lower)
                    // `QTR President Ann Roe`: a title after it.
                    || EnglishLexicon.titles.contains(next.text)
            {
                return true
            }
        }
        if k >= 2, tokens[k - 1].lower == "to", tokens[k - 2].lower == "according" { return true }
        // An abbreviation in brackets after capitalised words: a body's name spelled out before it.
        if k >= 2, tokens[k - 1].isPunctuation("("), tokens[k - 2].isWord, tokens[k - 2].isCapitalized {
            return true
        }
        return false
    }

    /// `a CTR of 2%`, `CT scans`: a mention that uses the abbreviation as a measure.
    private static func usedAsMeasure(at k: Int, in tokens: [Token]) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        guard next.isWord, next.startsLowercase else { return false }
        if measureNouns.contains(next.lower) { return true }
        // `of 2%`, `of about 2 per cent`: a percentage within the next few words.
        guard next.lower == "of" else { return false }
        for j in (k + 2)..<min(tokens.count, k + 5) where tokens[j].isNumber {
            guard j + 1 < tokens.count else { return false }
            let unit = tokens[j + 1]
            return unit.isPunctuation("%") || unit.lower == "percent"
                || unit.lower == "per" && j + 2 < tokens.count && tokens[j + 2].lower == "cent"
        }
        return false
    }
}
