/// A vague plural that is the subject of a verb of its own: `Tens of thousands queued at the border`,
/// `Hundreds marched through the capital`, `…, and thousands fled`: a crowd of people.
extension FigureParagraphReader {
    /// Whether the vague plural opens its clause (the sentence, or after a comma, `and`, `as`, `while`) and a
    /// verb (not `be` or `have`, which may tell of money or things: `millions were spent`) follows it.
    func isVagueCrowd(_ phrase: NumberPhrase, end: Int, sentence: Range<Int>) -> Bool {
        guard phrase.isVague, end < sentence.upperBound, tokens[end].isWord else { return false }
        let start = phrase.tokens.lowerBound
        let opensClause =
            start == sentence.lowerBound || tokens[start - 1].isPunctuation(",")
            || tokens[start - 1].lowerIs(oneOf: ["and", "as", "while", "when", "where"])
        let verb = tokens[end].lower
        guard opensClause, !EnglishLexicon.beForms.contains(verb), !["have", "has", "had"].contains(verb) else {
            return false
        }
        // A past tense (`queued`, `marched`; a word the list knows only as a noun, `queue`, still acts here).
        return verb.utf8.count > 4 && verb.hasSuffix("ed")
            && EnglishWords.bundled.partOfSpeech(of: verb) != .adjective
    }
}
