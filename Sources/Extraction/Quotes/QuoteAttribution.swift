/// Who a noun phrase names as a speaker.
enum Attribution: Equatable {
    /// An entity the entity pass resolved (index into its entities).
    case entity(Int)
    /// A personal or organisation name the entity pass missed (`Theresa May`, `Cheuk Hau-yip`).
    case name(String)
    /// `he`, `she`, `it`, `they`: resolved from what came before.
    case pronoun(String)
    /// A speaker the text does not name: `a senior official`, `the doctor`, `Iranian television`.
    /// `stands` tells whether a later `he` (`.person`) or `it` (`.organization`) would stand for this
    /// nobody: so for `a spokesman`, not for `the two-time champion` (most likely someone named before).
    case unnamed(stands: ExtractedEntity.Kind?)
    /// The verb's subject is an earlier verb's: `… accused the UK and warned that …`.
    case coordinated
    /// Two people the entity pass named, speaking together: `Ann Lee and Bo Roe said in the letter`.
    case joint(Int, Int)
}

/// One paragraph indexed for reading attributions: quoted tokens, sentence bounds, mentions by the
/// token they start and end at, and the verbs of saying outside quotes with links to the one before
/// and after in the same sentence. Built in one pass; every look-up after that reads a few tokens.
struct QuoteParagraph {
    enum Verb { case finite, participle, according }

    let paragraph: AnalyzedArticle.AnalyzedParagraph
    let tokens: [Token]
    let spans: [QuoteMarks.Span]
    let mentions: [EntityExtractor.MentionReference]
    let entities: EntityExtractor.Result
    let roles: QuoteRoles

    /// The quote span each token belongs to (marks included), or -1.
    private(set) var spanOf: TokenIndexes
    private(set) var sentenceStart: TokenIndexes
    private(set) var sentenceEnd: TokenIndexes
    private(set) var mentionEnding: TokenIndexes
    private(set) var mentionCovering: TokenIndexes
    private(set) var verbs: [Verb?]
    /// The nearest verb of saying before token i in its sentence, or -1.
    private(set) var verbBefore: TokenIndexes
    /// The nearest finite verb of saying at or after token i in its sentence, or -1.
    private(set) var finiteVerbFrom: TokenIndexes
    /// The paragraph's first token that is not punctuation.
    private(set) var firstWord: Int

    /// How far a subject may stand from its verb, in tokens.
    static let subjectReach = 12
    static let appositiveReach = 24

    init(_ paragraph: AnalyzedArticle.AnalyzedParagraph, entities: EntityExtractor.Result, roles: QuoteRoles) {
        self.paragraph = paragraph
        self.tokens = paragraph.tokens
        self.entities = entities
        self.roles = roles
        let n = paragraph.tokens.count
        spans = QuoteMarks.spans(in: paragraph.tokens)
        mentions = Self.mentions(of: paragraph, in: entities)
        spanOf = Self.spanIndexes(of: spans, count: n)
        sentenceStart = TokenIndexes(repeating: 0, count: n)
        sentenceEnd = TokenIndexes(repeating: n, count: n)
        for sentence in paragraph.sentences {
            for i in sentence where i < n {
                sentenceStart[i] = sentence.lowerBound
                sentenceEnd[i] = sentence.upperBound
            }
        }
        mentionEnding = TokenIndexes(repeating: -1, count: n)
        for (m, mention) in mentions.enumerated() where mention.tokens.upperBound <= n && !mention.tokens.isEmpty {
            mentionEnding[mention.tokens.upperBound - 1] = m
        }
        mentionCovering = Self.coveringMentions(mentions, count: n)
        verbs = Array(repeating: nil, count: n)
        for i in 0..<n where spanOf[i] < 0 && mentionCovering[i] < 0 && tokens[i].isWord {
            // (Most words are none of these: each is asked of the token in place, and `goesOn` only of `went`
            // and `goes`.)
            let token = tokens[i]
            if QuoteLexicon.finiteVerbs.contains(lowerOf: token)
                || token.lowerIs("read") && i > 0 && QuoteLexicon.readingNouns.contains(lowerOf: tokens[i - 1])
                || QuoteLexicon.goingOn.contains(lowerOf: token) && Self.goesOn(at: i, in: tokens)
                || QuoteLexicon.invertedOnlyVerbs.contains(lowerOf: token) && Self.followsClosingMark(i, spanOf, tokens)
            {
                // `the reported attack`, `a said agreement`: after a determiner it is an adjective.
                if i > 0,
                    QuoteLexicon.definite.contains(lowerOf: tokens[i - 1])
                        || QuoteLexicon.indefinite.contains(lowerOf: tokens[i - 1])
                {
                    continue
                }
                // `claims denied by Labour`, `was told by police`: a passive participle, not a finite verb.
                if i + 1 < n, tokens[i + 1].lowerIs("by"), !QuoteLexicon.quotingVerbs.contains(lowerOf: token) {
                    continue
                }
                verbs[i] = .finite
            } else if QuoteLexicon.participles.contains(lowerOf: token) {
                verbs[i] = .participle
            } else if token.lowerIs("according"), i + 1 < n, tokens[i + 1].lowerIs("to") {
                verbs[i] = .according
            }
        }
        firstWord = paragraph.tokens.firstIndex { $0.kind != .punctuation } ?? n
        verbBefore = TokenIndexes(repeating: -1, count: n)
        var last = -1
        for i in 0..<n {
            if i == sentenceStart[i] { last = -1 }
            verbBefore[i] = last
            if verbs[i] != nil { last = i }
        }
        finiteVerbFrom = TokenIndexes(repeating: -1, count: n)
        var next = -1
        for i in stride(from: n - 1, through: 0, by: -1) {
            if i + 1 == sentenceEnd[i] { next = -1 }
            if verbs[i] == .finite { next = i }
            finiteVerbFrom[i] = next
        }
    }

    /// `He went on: "…"`, `"…," she goes on.`: `went` or `goes`, then `on` and a colon; or after `he` or
    /// `she`, then a comma or a stop (not `The talks went on.`).
    static func goesOn(at i: Int, in tokens: [Token]) -> Bool {
        guard QuoteLexicon.goingOn.contains(lowerOf: tokens[i]), i + 1 < tokens.count, tokens[i + 1].lowerIs("on")
        else { return false }
        if i + 2 < tokens.count, tokens[i + 2].isPunctuation(":") { return true }
        return i > 0 && tokens[i - 1].lowerIs(oneOf: ["he", "she"])
            && (i + 2 == tokens.count || [",", "."].contains(tokens[i + 2].text))
    }

    /// `"…," comments Ann Lee`: whether token `i` stands right after the closing mark of a quoted sentence (a
    /// comma or sentence mark just inside it, or a comma right after it: `"…", comments`) and before a name. Not
    /// `the "…" comments Tom Harlow made`: after a quoted phrase inside the sentence it is a noun.
    static func followsClosingMark(_ i: Int, _ spanOf: TokenIndexes, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].isCapitalized else { return false }
        var k = i - 1
        var commaAfter = false
        if k >= 0, tokens[k].isPunctuation(","), spanOf[k] < 0 {
            k -= 1
            commaAfter = true
        }
        guard k >= 1, spanOf[k] >= 0, QuoteMarks.Mark(tokens[k].text) != nil else { return false }
        return commaAfter || [",", ".", "!", "?", "\u{2026}"].contains(tokens[k - 1].text)
    }

    /// The entity pass's mentions in `paragraph`, in token order.
    static func mentions(of paragraph: AnalyzedArticle.AnalyzedParagraph, in entities: EntityExtractor.Result)
        -> [EntityExtractor.MentionReference]
    {
        paragraph.position < entities.mentionsByParagraph.count ? entities.mentionsByParagraph[paragraph.position] : []
    }

    /// For each of `count` tokens, the quotation of `spans` it is in (its index), or -1.
    static func spanIndexes(of spans: [QuoteMarks.Span], count n: Int) -> TokenIndexes {
        var spanOf = TokenIndexes(repeating: -1, count: n)
        for (s, span) in spans.enumerated() {
            for i in span.open..<min(n, (span.close ?? span.contentEnd - 1) + 1) { spanOf[i] = s }
        }
        return spanOf
    }

    /// For each of `count` tokens, the mention of `mentions` covering it (its index), or -1.
    static func coveringMentions(_ mentions: [EntityExtractor.MentionReference], count n: Int) -> TokenIndexes {
        var covering = TokenIndexes(repeating: -1, count: n)
        for (m, mention) in mentions.enumerated() where mention.tokens.upperBound <= n && !mention.tokens.isEmpty {
            for i in mention.tokens { covering[i] = m }
        }
        return covering
    }

    var position: Int { paragraph.position }

    func entity(_ m: Int) -> ExtractedEntity { entities.entities[mentions[m].entity] }

    /// The hyphen of an age before a name, past up to three lowercase role words: `27-year-old Ross Keller`,
    /// `the 20-year-old student Ann Lee`; not `the 36-year-old said`.
    func isAgeHyphen(_ i: Int) -> Bool {
        guard tokens[i].text == "-", !tokens[i].spaceBefore, i > 0, tokens[i - 1].isNumber, i + 1 < tokens.count,
            !tokens[i + 1].spaceBefore, tokens[i + 1].lower.hasPrefix("year-old")
        else { return false }
        var k = i + 2
        while k < tokens.count, k - i <= 4, tokens[k].isWord, !tokens[k].isCapitalized, verbs[k] == nil { k += 1 }
        return k < tokens.count && tokens[k].isWord && tokens[k].isCapitalized && !QuoteLexicon.isNotName(tokens[k])
    }

    /// Ends a noun phrase walking left or right: punctuation, quote marks, conjunctions, verbs of saying.
    func isBoundary(_ i: Int) -> Bool {
        if spanOf[i] >= 0 || verbs[i] != nil { return true }
        if QuoteLexicon.isBoundaryPunctuation(tokens, i) { return !isAgeHyphen(i) }
        return mentionCovering[i] < 0 && QuoteLexicon.clauseBoundaries.contains(lowerOf: tokens[i])
    }
}
