/// Finds direct quotations and their speakers: `"…," Khamenei said`, `Zarif said: "…"`,
/// `"…" he said` (the pronoun resolved to the person last named), and a quote standing as its own
/// paragraph after one that names the speaker.
public struct QuoteExtractor: Sendable {
    public init() {}

    static let opening: Set<Unicode.Scalar> = ["\u{201C}", "\""]
    static let closing: Set<Unicode.Scalar> = ["\u{201D}", "\""]

    public func extract(from article: AnalyzedArticle, entities: EntityExtractor.Result) -> [Quote] {
        var quotes: [Quote] = []
        var lastPerson: String?
        for paragraph in article.paragraphs {
            let people = entities.mentionsByParagraph[paragraph.position].filter { entities.entities[$0.entity].kind == .person }
            let spans = quoteSpans(in: paragraph)
            var paragraphSpeaker: String?
            for span in spans {
                let speaker = self.speaker(of: span, in: paragraph, people: people, entities: entities) ?? {
                    let tokenAfter = paragraph.tokens.firstIndex { $0.start >= span.end }
                    let tokenBefore = paragraph.tokens.lastIndex { $0.end <= span.start }
                    if let a = tokenAfter, Self.isPronounAttribution(paragraph.tokens, from: a) { return lastPerson }
                    if let b = tokenBefore, Self.isPronounAttributionBefore(paragraph.tokens, at: b) { return lastPerson }
                    return nil
                }() ?? paragraphSpeaker
                var text = paragraph.text(from: span.start, to: span.end)
                while let last = text.unicodeScalars.last, last == "," { text.unicodeScalars.removeLast() }
                // A quote that is the whole paragraph continues the last speaker's words.
                let standsAlone = span.start <= 1 && span.end >= paragraph.scalars.count - 1
                let resolved = speaker ?? (standsAlone ? lastPerson : nil)
                let words = text.split(separator: " ").count
                if resolved == nil && words <= 3 { continue }  // scare quotes with nobody saying them
                quotes.append(Quote(span: TextSpan(paragraph: paragraph.position, start: span.start, end: span.end), text: text, speaker: resolved))
                if let resolved { paragraphSpeaker = resolved }
            }
            if let lastMention = people.last { lastPerson = entities.entities[lastMention.entity].name }
            if let paragraphSpeaker { lastPerson = paragraphSpeaker }
        }
        return quotes
    }

    /// Scalar ranges inside quotation marks (the marks excluded).
    func quoteSpans(in paragraph: AnalyzedArticle.AnalyzedParagraph) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        for (i, scalar) in paragraph.scalars.enumerated() {
            if let start = open {
                if Self.closing.contains(scalar) && (scalar != "\"" || i == paragraph.scalars.count - 1 || !Self.isLetter(paragraph.scalars[i + 1])) {
                    if i > start { spans.append(start..<i) }
                    open = nil
                }
            } else if Self.opening.contains(scalar) && (scalar != "\"" || i == 0 || !Self.isLetter(paragraph.scalars[i - 1])) {
                open = i + 1
            }
        }
        // An opening mark with no closing one: the quote runs to the paragraph's end.
        if let start = open, paragraph.scalars.count - start > 20 { spans.append(start..<paragraph.scalars.count) }
        return spans
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// The named speaker of a quote: a person mention right after it followed or preceded by a speech
    /// verb (`" Khamenei said`, `" said Zarif`), or right before it (`Zarif said: "`).
    func speaker(of span: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, people: [EntityExtractor.MentionReference], entities: EntityExtractor.Result) -> String? {
        let tokens = paragraph.tokens
        guard let after = tokens.firstIndex(where: { $0.start > span.end }) else { return before(span, paragraph, people, entities) }
        // `," Khamenei said` / `," said Khamenei` / `," the Iranian leader Khamenei said`
        let window = after..<min(tokens.count, after + 8)
        for mention in people where window.contains(mention.tokens.lowerBound) {
            let next = mention.tokens.upperBound
            let previous = mention.tokens.lowerBound - 1
            if next < tokens.count, EntityLexicon.speechVerbs.contains(tokens[next].lower) { return entities.entities[mention.entity].name }
            if previous >= 0, EntityLexicon.speechVerbs.contains(tokens[previous].lower) { return entities.entities[mention.entity].name }
        }
        return before(span, paragraph, people, entities)
    }

    private func before(_ span: Range<Int>, _ paragraph: AnalyzedArticle.AnalyzedParagraph, _ people: [EntityExtractor.MentionReference], _ entities: EntityExtractor.Result) -> String? {
        let tokens = paragraph.tokens
        guard let last = tokens.lastIndex(where: { $0.end < span.start }) else { return nil }
        // `Zarif said: "…"`, `Zarif said "…"`, `Zarif said that "…"`: a person as subject of a speech
        // verb within the few words before the quote.
        let window = max(0, last - 12)...last
        var verbAt: Int?
        for i in window.reversed() where EntityLexicon.speechVerbs.contains(tokens[i].lower) { verbAt = i; break }
        guard let verb = verbAt else { return nil }
        let subject = people.last { $0.tokens.upperBound <= verb && verb - $0.tokens.upperBound <= 3 }
        return subject.map { entities.entities[$0.entity].name }
    }

    /// `" he said`, `" she added`.
    static func isPronounAttribution(_ tokens: [Token], from i: Int) -> Bool {
        var j = i
        while j < tokens.count, tokens[j].kind == .punctuation { j += 1 }
        guard j + 1 < tokens.count else { return false }
        return ["he", "she"].contains(tokens[j].lower) && EntityLexicon.speechVerbs.contains(tokens[j + 1].lower)
    }

    /// `He said: "…"`, `he added: "…"`.
    static func isPronounAttributionBefore(_ tokens: [Token], at i: Int) -> Bool {
        var j = i
        while j >= 0, tokens[j].kind == .punctuation { j -= 1 }
        guard j >= 1 else { return false }
        return EntityLexicon.speechVerbs.contains(tokens[j].lower) && ["he", "she"].contains(tokens[j - 1].lower)
    }
}

private extension Range where Bound == Int {
    var start: Int { lowerBound }
    var end: Int { upperBound }
}
