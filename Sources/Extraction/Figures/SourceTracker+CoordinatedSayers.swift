/// Two sayers joined by `and` before one reporting verb: `The monitor and doctors said 12 were killed`, `The
/// Kelso health ministry and rescuers said …`, `Ann Roe and her team counted …`. When the words before the verb name no one the article
/// knows, the first sayer, which the article may have named before, reports.
extension SourceTracker {
    /// The first of two sayers that open the sentence and end at its reporting verb, or nil: the sentence
    /// must open on them (`Jets hit the town and doctors said …` joins two clauses, not two sayers), with
    /// only words between, one `and`, and a short second sayer of lowercase words with no stop word. Not a
    /// name with `and` inside (`the Department for Work and Pensions said`).
    func firstOfCoordinatedSayers(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        let reach = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + Self.coordinatedSayersReach)
        guard
            let verb = reach.first(where: { !tokens[$0].isWord || Self.reportingVerbs.contains(lowerOf: tokens[$0]) }),
            tokens[verb].isWord, !isPassive(verb, in: sentence, tokens: tokens)
        else { return nil }
        let opening = sentence.lowerBound..<verb
        guard opening.count >= 3,
            let and = opening.first(where: { tokens[$0].lowerIs("and") }), and > sentence.lowerBound,
            verb - and - 1 >= 1, verb - and - 1 <= 3
        else { return nil }
        // The second sayer: a determiner, then lowercase words that describe (`doctors`, `the local medics`).
        // (`Ann Roe and her team reported …`: the first sayer's own people, after a possessive.)
        let second = (and + 1)..<verb
        guard
            second.allSatisfy({
                !tokens[$0].isCapitalized && !tokens[$0].lowerIs("and")
                    && (!Self.stops.contains(lowerOf: tokens[$0]) || tokens[$0].lowerIs("the")
                        || $0 == and + 1 && $0 + 1 < verb && tokens[$0].lowerIs(oneOf: ["his", "her", "their", "its"]))
                    && FigureVocabulary.eventWords[tokens[$0].lower] == nil
            })
        else { return nil }
        // The first opens the sentence as a noun phrase: no verb, event or stop word in it (`Jets bombed the
        // market and doctors said` is two clauses).
        guard
            (sentence.lowerBound..<and).allSatisfy({
                let token = tokens[$0]
                if token.lowerIs(oneOf: ["the", "a", "an", "'s", "of", "for"]) { return true }
                return FigureVocabulary.eventWords[token.lower] == nil && !Self.stops.contains(lowerOf: token)
                    && (token.isCapitalized || !token.lower.hasSuffix("ed"))
            })
        else { return nil }
        // The first: a noun phrase of its own (`The monitor`, `Kelso's health ministry`), read as any subject is.
        guard let first = nounPhrase(backwardFrom: and - 1, in: sentence, paragraph: paragraph),
            !Self.pronouns.contains(first.lowercased())
        else { return nil }
        return first
    }

    /// The reporting verb must come within this many words of the sentence's start: `The Syrian Observatory
    /// for Human Rights and local doctors said`.
    static let coordinatedSayersReach = 12
}
