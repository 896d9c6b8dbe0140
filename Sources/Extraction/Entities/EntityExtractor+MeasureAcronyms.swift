/// Abbreviations of measures and tests, not bodies: `a CTR of 2%`, `its CPM fell 10%`, `CT scans
/// showed`. An organisation's acronym is not counted with `of` and a number, does not rise or fall by a
/// number after a determiner, and does not stand before a scan or a test. Such an abbreviation, with no
/// mention in the article that makes it a body (`CTR said`, `CTR's`, `CTR officials`, `according to CTR`)
/// and no stronger cue (the lexicon, the gazetteer), names no organisation.
extension EntityExtractor {
    /// Nouns of measures and tests that follow the abbreviation they measure with (`CT scans`, `RPM
    /// readings`, `PCR tests`, `the RTB market`); not `figures`, `data` or `numbers`, which follow the
    /// bodies that publish them (`ONS figures`), nor `rate` or `growth`, which follow the banks that set
    /// them (`the Q9 rate`).
    static let measureNouns: WordSet = [
        "scan", "scans", "scanner", "scanners", "scanning", "imaging", "reading", "readings", "score", "scores",
        "test", "tests", "testing", "levels", "market", "markets",
    ]

    /// Fractions a measure changes by (`fell by a tenth`).
    static let fractionWords: WordSet = ["half", "third", "quarter", "fifth", "tenth", "fraction"]

    /// Verbs of a measure changing by an amount (`the CTR rose to 3%`).
    static let measureVerbs: WordSet = [
        "rose", "rises", "rise", "fell", "falls", "fall", "grew", "grows", "dropped", "drops", "declined",
        "declines", "increased", "increases", "decreased", "decreases", "doubled", "halved", "averaged",
        "averages", "improved", "dipped", "slipped",
    ]

    /// Words before a measure's abbreviation (`the CTR`, `its CPM`, `a CTR`).
    static let measureDeterminers: WordSet = ["a", "an", "the", "its", "their", "this", "that", "average"]

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

    /// `a CTR of 2%`, `the CPM fell 10%`, `CT scans`: a mention that uses the abbreviation as a measure.
    private static func usedAsMeasure(at k: Int, in tokens: [Token]) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        guard next.isWord, next.startsLowercase else { return false }
        if measureNouns.contains(next.lower) { return true }
        // `of 2%`, `of about 2%`, `rose to 3%`, `fell by 10%`: a number within the next few words.
        func numberFollows(from start: Int) -> Bool {
            let end = min(tokens.count, start + 3)
            return start < end
                && (start..<end).contains { tokens[$0].isNumber || fractionWords.contains(tokens[$0].lower) }
        }
        if next.lower == "of" { return numberFollows(from: k + 2) }
        guard k >= 1, measureDeterminers.contains(tokens[k - 1].lower), measureVerbs.contains(next.lower) else {
            return false
        }
        return numberFollows(from: k + 2)
    }
}
