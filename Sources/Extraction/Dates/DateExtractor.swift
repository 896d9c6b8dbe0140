/// Finds the dates and clock times an article gives (`on Wednesday`, `last week`, `Jan. 8`, `in 2019`,
/// `between 1:45am and 2:15am`) and resolves them against its publication date, towards the past as news
/// reports what happened: `on Wednesday` in a Friday article is two days before.
///
///     let dates = DateExtractor().extract(from: AnalyzedArticle(article))
///
/// One pass over each sentence's tokens, then a look at the sentence's own dates for clock times: a
/// time takes the day its clause gives (`22:45 GMT on Tuesday`). Dates that need the publication date
/// (weekdays, `yesterday`, `last week`, a month-day without a year) have a nil value without one;
/// dates that say everything (`8 January 2020`, `in 2019`) keep theirs.
public struct DateExtractor: Sendable {
    public init() {}

    public func extract(from article: AnalyzedArticle) -> [DateMention] {
        let anchor = article.published.flatMap(CivilDate.init(iso:))
        var mentions: [DateMention] = []
        // Room made a paragraph at a time for the whole article (see `Array.makeRoom`), not doubled as it fills.
        let tokenCount = article.paragraphs.reduce(0) { $0 + $1.tokens.count }
        var tokensRead = 0
        for paragraph in article.paragraphs {
            var found: [DateMention] = []
            for sentence in paragraph.sentences {
                found += DateSentence(paragraph: paragraph, sentence: sentence, anchor: anchor).mentions()
            }
            tokensRead += paragraph.tokens.count
            mentions.makeRoom(adding: found.count, tokensRead: tokensRead, of: tokenCount)
            mentions += found
        }
        return mentions
    }
}

// MARK: - One sentence

/// The date pass over one sentence: scanning (`DateSentence+Scanning.swift`), resolution
/// (`DateSentence+Resolution.swift`), and here the mentions and the day each clock time stands on.
struct DateSentence {
    let paragraph: AnalyzedArticle.AnalyzedParagraph
    let tokens: [Token]
    let sentence: Range<Int>
    let anchor: CivilDate?

    init(paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, anchor: CivilDate?) {
        self.paragraph = paragraph
        self.tokens = paragraph.tokens
        self.sentence = sentence
        self.anchor = anchor
    }

    func mentions() -> [DateMention] {
        var atoms = scan()
        guard !atoms.isEmpty else { return [] }
        lendLaterYears(&atoms)
        let clauses = DateClauseKeys(tokens: tokens, sentence: sentence)
        return atoms.map { mention(for: $0, among: atoms, clauses: clauses) }
    }

    // MARK: Token access

    func token(_ i: Int) -> Token? { sentence.contains(i) ? tokens[i] : nil }
    func lower(_ i: Int) -> String { sentence.contains(i) ? tokens[i].lower : "" }
    /// `-` or `–` (not the em dash, which separates clauses).
    func isDash(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .punctuation else { return false }
        return t.text == "-" || t.text == "\u{2013}"
    }
    func isAttached(_ i: Int) -> Bool { token(i).map { !$0.spaceBefore } ?? false }
    static func isDigits(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }

    // MARK: Mentions

    func mention(for atom: DateAtom, among atoms: [DateAtom], clauses: DateClauseKeys) -> DateMention {
        let span = TextSpan(
            paragraph: paragraph.position, start: tokens[atom.tokens.lowerBound].start,
            end: tokens[atom.tokens.upperBound - 1].end
        )
        let text = paragraph.text(of: atom.tokens)
        if case .time(let start) = atom.start {
            var end: ClockTime?
            if case .time(let time)? = atom.end { end = time }
            let grain: DateMention.Grain = start.minute == nil ? .hour : .minute
            var value: String?
            var endValue: String?
            if let day = day(for: atom, among: atoms, clauses: clauses) {
                value = Self.format(day, start, grain: grain)
                if let end {
                    // `between 11pm and 1am`: the end is the next day.
                    let endDay =
                        (end.hour, end.minute ?? 0) < (start.hour, start.minute ?? 0) ? day.adding(days: 1) : day
                    endValue = Self.format(endDay, end, grain: grain)
                }
            }
            return DateMention(
                span: span, text: text, value: value, grain: grain, isRange: end != nil, endValue: endValue,
                timeZone: start.zone ?? end?.zone
            )
        }
        let direction = self.direction(before: atom.tokens.lowerBound)
        let future = direction == .coming
        var start: DateResolution
        var end: DateResolution?
        if direction == .unsure, let grain = Self.grainTurningOnDirection(atom.start) {
            // (`said a truce would begin on Monday`: the coming Monday or the last, the text does not say.)
            start = .unresolved(grain)
            end = atom.end.map { _ in .unresolved(grain) }
        } else {
            start = resolve(atom.start, future: future)
            end = atom.end.map { resolve($0, future: future, from: start) }
        }
        var mention = DateMention(
            span: span, text: text, value: start.value, grain: start.grain, isRange: atom.end != nil,
            endValue: end?.value
        )
        if isPublication(before: atom.tokens.lowerBound) {
            mention.dates = .publication
        } else if isSaying(before: atom.tokens.lowerBound) || opensSaying(atom.tokens) {
            mention.dates = .saying
        }
        return mention
    }

    /// `Date of publication 7 July 2016`, `Published: July 2 2016`, `Updated 3 March`: the page's date.
    func isPublication(before o: Int) -> Bool {
        let previous = lower(o - 1) == ":" || lower(o - 1) == "on" ? o - 2 : o - 1
        return DateLexicon.publicationWords.contains(lower(previous))
    }

    static func format(_ day: CivilDate, _ time: ClockTime, grain: DateMention.Grain) -> String {
        let hour = day.iso + "T" + CivilDate.padded(time.hour, 2)
        return grain == .hour ? hour : hour + ":" + CivilDate.padded(time.minute ?? 0, 2)
    }

    /// The day a clock time stands on: the nearest day its clause gives (`22:45 GMT on Tuesday`), else the
    /// nearest in the sentence outside other parentheses and not the day of a saying (`the blast came at
    /// 1:45am, police said on Thursday`).
    func day(for atom: DateAtom, among atoms: [DateAtom], clauses: DateClauseKeys) -> CivilDate? {
        let at = atom.tokens.lowerBound
        var inClause: (distance: Int, atom: DateAtom)?
        var inSegment: (distance: Int, atom: DateAtom)?
        for other in atoms where other.end == nil && other.start.category == .day {
            let o = other.tokens.lowerBound
            let distance = o < at ? at - other.tokens.upperBound : o - atom.tokens.upperBound
            if clauses.clause(o) == clauses.clause(at) {
                if distance < inClause?.distance ?? .max { inClause = (distance, other) }
            } else if clauses.segment(o) == clauses.segment(at), !isSaying(before: o) {
                if distance < inSegment?.distance ?? .max { inSegment = (distance, other) }
            }
        }
        guard let chosen = (inClause ?? inSegment)?.atom else { return nil }
        let direction = self.direction(before: chosen.tokens.lowerBound)
        if direction == .unsure, Self.grainTurningOnDirection(chosen.start) != nil { return nil }
        return resolve(chosen.start, future: direction == .coming).day
    }
}

/// Clause and parenthesis keys of a sentence's tokens, for finding the day a clock time stands on.
struct DateClauseKeys {
    let offset: Int
    /// Changes at every comma, semicolon, colon, dash and parenthesis.
    var clauses: [Int] = []
    /// Changes at semicolons and dashes outside parentheses; each parenthesis has its own.
    var segments: [Int] = []

    init(tokens: [Token], sentence: Range<Int>) {
        offset = sentence.lowerBound
        clauses.reserveCapacity(sentence.count)
        segments.reserveCapacity(sentence.count)
        var clause = 0, depth = 0, groups = 0, outer = 0, segment = 0
        for i in sentence {
            let t = tokens[i]
            if t.kind == .punctuation {
                let spacedDash = (t.text == "-" || t.text == "\u{2013}") && t.spaceBefore
                switch t.text {
                case "(", "[":
                    clause += 1
                    depth += 1
                    groups += 1
                    segment = -groups
                case ")", "]":
                    clause += 1
                    depth = max(0, depth - 1)
                    if depth == 0 { segment = outer }
                case ";", "\u{2014}":
                    clause += 1
                    if depth == 0 {
                        outer += 1
                        segment = outer
                    }
                case ",":
                    clause += 1
                case ":" where i + 1 < sentence.upperBound && tokens[i + 1].spaceBefore:
                    clause += 1
                default:
                    if spacedDash {
                        clause += 1
                        if depth == 0 {
                            outer += 1
                            segment = outer
                        }
                    }
                }
            }
            clauses.append(clause)
            segments.append(segment)
        }
    }

    func clause(_ i: Int) -> Int { clauses[i - offset] }
    func segment(_ i: Int) -> Int { segments[i - offset] }
}
