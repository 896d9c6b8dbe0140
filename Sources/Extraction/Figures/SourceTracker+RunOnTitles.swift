/// Inverted attributions whose speaker's title runs on after the name with no comma between: `… now said
/// Ann Roe UNHCR Envoy in Loria`, `… said Piet Kalo Tarn Relief Director.` The named person reports, not
/// the title.
extension SourceTracker {
    /// The person named right after the reporting verb when capitalised words of a title follow the name
    /// and end in a person's role (`Envoy`, `Representative`, `Director`), closing the sentence, a clause or
    /// opening the title's place or organisation (`in Loria`, `of the agency`); nil otherwise.
    func nameBeforeRunOnTitle(at start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        guard let run = capitalizedRun(from: start, in: sentence, tokens: tokens),
            let person = resolver.personMention(at: start, in: sentence, paragraph: paragraph.position),
            person.upperBound < run,
            Self.runOnTitleHeads.contains(lowerOf: tokens[run - 1]),
            run == sentence.upperBound || tokens[run].kind == .punctuation
                || Self.titleLinks.contains(lowerOf: tokens[run])
        else { return nil }
        return paragraph.text(of: person)
    }

    /// Heads of a title that follows a person's name: `Envoy`, `Representative`, `Spokesman`.
    static let runOnTitleHeads = EntityLexicon.personCues.union(QuoteLexicon.roleHeads)
        .union(["representative", "coordinator", "delegate"])

    /// Words that open a title's place or organisation: `Envoy in Loria`, `Director of the agency`.
    static let titleLinks: WordSet = ["in", "of", "for", "at", "to"]
}
