/// `Air raids killed 42 people near Marlow, a monitor said Friday. Thursday's strikes hit the market in
/// Tovin.`: the toll of an article's lead often carries no day of what happened (only the day it was
/// said, or the page's dateline), while the lead itself or the sentence right after names the attack's
/// day (`Thursday's strikes`, `Thursdays attack`, `the bombing on Thursday`). The toll is that attack's, and
/// takes its day rather than the day of the saying or of the page.
///
/// Only the counts of the first body paragraph's first two sentences (the lead, and the headline's copy
/// run into it), when their sentence names no day of a happening (a saying's day and the dateline are
/// passed) and dates nothing against another moment; only an attack's day named in the count's sentence
/// or the one right after, as a possessive day before a noun of an incident, or as `the`/`that` and a noun
/// of an incident followed by its day; every such day there the same and in the week up to the page's
/// day, and no other day of a happening in the sentence after, nor a count of its own there (`Thursday's
/// attack in Tovin killed 5` may be another attack: only the lead's numbers again), nor a name the lead does not
/// give right after the reference (`the bombing on Monday of a Marlow hospital`). The figure says its date is another
/// sentence's (``Figure/isDatedByEarlierSentence``) when the day stands in the sentence after.
extension ArticleExtractor {
    /// How many of the first body paragraph's sentences hold a lead's toll.
    static let leadSentences = 2

    /// Gives the lead's undated (or only saying-dated) incident counts the day of the attack the lead or the
    /// sentence after names.
    static func dateLeadTollsByAttackDay(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        guard let published = article.published.map(day), let publishedDay = CivilDate(iso: published),
            let first = article.paragraphs.first(where: { $0.kind == .body }),
            let mentions = dates[first.position], !first.sentences.isEmpty
        else { return }
        let tokens = first.tokens
        // The values of the lead sentences' incident counts, by sentence: the sentence after may restate
        // them, but a count of its own may be another attack's.
        var valuesBySentence: [Int: Set<Double>] = [:]
        for figure in figures where figure.span.paragraph == first.position && isIncidentCount(figure) {
            let token = firstToken(endingAfter: figure.span.start, in: tokens)
            guard token < tokens.count else { continue }
            let position = first.firstSentence(startingFrom: first.sentence(holding: token)?.lowerBound ?? token)
            if position <= leadSentences { valuesBySentence[position, default: []].insert(figure.value) }
        }
        // (Each lead sentence read once: the day its attack reference gives, if any.)
        var dayBySentence: [Int: (day: String, fromNextSentence: Bool)?] = [:]
        for index in figures.indices where !changes.contains(index) {
            let figure = figures[index]
            guard figure.span.paragraph == first.position, isIncidentCount(figure), !figure.isDatedByEarlierSentence
            else { continue }
            let token = firstToken(endingAfter: figure.span.start, in: tokens)
            guard token < tokens.count, let sentence = first.sentence(holding: token) else { continue }
            let position = first.firstSentence(startingFrom: sentence.lowerBound)
            guard position < leadSentences else { continue }
            if dayBySentence[position] == nil {
                let restates = (valuesBySentence[position + 1] ?? []).isSubset(of: valuesBySentence[position] ?? [])
                dayBySentence[position] = .some(
                    leadAttackDay(
                        sentence: position, token: token, in: first, mentions: mentions, article: article,
                        published: publishedDay, nextCountsItsOwn: !restates))
            }
            guard let found = dayBySentence[position], let day = found else { continue }
            figures[index].date = day.day
            figures[index].isDatedByEarlierSentence = day.fromNextSentence
        }
    }

    /// The attack's day for the counts of the lead sentence at `position` (holding token `token`), and
    /// whether the sentence after gives it; nil when the sentence dates a happening itself, dates against
    /// another moment, or no one attack's day is named.
    static func leadAttackDay(
        sentence position: Int, token: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph,
        mentions: ArraySlice<DateMention>, article: AnalyzedArticle, published: CivilDate, nextCountsItsOwn: Bool
    ) -> (day: String, fromNextSentence: Bool)? {
        let tokens = paragraph.tokens, own = paragraph.sentences[position]
        guard RelativeDatePhrase.phrase(around: token, in: own, tokens: tokens) == nil else { return nil }
        // (The lead's own names: a reference after it may name them again, `Thursday's raid on Marlow`.)
        let known = Set(own.filter { tokens[$0].isCapitalized }.map { tokens[$0].lower })
        let ownAttacks = attackDays(in: own, paragraph: paragraph, mentions: mentions, known: known)
        // (The sentence's own days: a saying's, the dateline, and the attack's it names are passed.)
        let ownOthers = mentionsIn(own, paragraph: paragraph, mentions: mentions).filter {
            $0.dates == .happening && !isDateline($0, in: article) && !ownAttacks.mentions.contains($0)
        }
        guard ownOthers.isEmpty else { return nil }
        var days = ownAttacks.days, fromNext = false
        if position + 1 < paragraph.sentences.count, !nextCountsItsOwn {
            let next = paragraph.sentences[position + 1]
            let nextAttacks = attackDays(in: next, paragraph: paragraph, mentions: mentions, known: known)
            if !nextAttacks.days.isEmpty {
                let others = mentionsIn(next, paragraph: paragraph, mentions: mentions).filter {
                    $0.dates == .happening && !nextAttacks.mentions.contains($0)
                        && $0.value.map(Self.day) != nextAttacks.days.first
                }
                guard others.isEmpty else { return nil }
                fromNext = ownAttacks.days.isEmpty
                days.formUnion(nextAttacks.days)
            }
        }
        guard days.count == 1, let day = days.first, let date = CivilDate(iso: day) else { return nil }
        let before = published.dayNumber - date.dayNumber
        guard before >= 0, before <= datelineDayReach else { return nil }
        return (day, fromNext)
    }

    /// The date mentions that start in the sentence.
    static func mentionsIn(
        _ sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph, mentions: ArraySlice<DateMention>
    ) -> ArraySlice<DateMention> {
        let start = paragraph.tokens[sentence.lowerBound].start, end = paragraph.tokens[sentence.upperBound - 1].end
        return mentions.mentions(startingIn: start..<end)
    }

    /// The days of attacks the sentence names (`Thursday's strikes`, `Thursdays air raids`, `the attack on
    /// Thursday`, `that bombing Thursday`) and the mentions that name them.
    static func attackDays(
        in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph, mentions: ArraySlice<DateMention>,
        known: Set<String> = []
    ) -> (days: Set<String>, mentions: [DateMention]) {
        let tokens = paragraph.tokens
        var days: Set<String> = [], named: [DateMention] = []
        for mention in mentionsIn(sentence, paragraph: paragraph, mentions: mentions) {
            guard dayGrains.contains(mention.grain), !mention.isRange, !namesAPlace(mention, in: paragraph),
                mention.dates != .publication, let value = mention.value
            else { continue }
            let start = firstToken(endingAfter: mention.span.start, in: tokens)
            let end = firstToken(endingAfter: mention.span.end, in: tokens)
            guard start < end,
                let after = attackPossessed(endingAt: end, in: sentence, tokens: tokens)
                    ?? (isAttacksDay(startingAt: start, in: sentence, tokens: tokens) ? end : nil),
                !namesAnotherThing(after: after, in: sentence, tokens: tokens, known: known)
            else { continue }
            days.insert(Self.day(value))
            named.append(mention)
        }
        return (days, named)
    }

    /// `Thursday's strikes`, `Thursdays air strikes`, `Saturday's suicide bombing`: a day (ending before token
    /// `end`, its `'s` after it or glued to it) that owns a noun of an incident at most two words on; the
    /// token after the noun.
    static func attackPossessed(endingAt end: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        guard end > sentence.lowerBound, end <= sentence.upperBound else { return nil }
        var k = end
        let last = tokens[end - 1].lower
        if k < sentence.upperBound, tokens[k].lowerIs(oneOf: ["'s", "\u{2019}s"]) {
            k += 1
        } else if DateLexicon.weekdaysLosingTheirApostrophe[last] == nil {
            return nil
        }
        for i in k..<min(sentence.upperBound, k + 3) {
            guard tokens[i].isWord, !tokens[i].isCapitalized else { return nil }
            if incidentsPointedBack.contains(lowerOf: tokens[i]) { return i + 1 }
        }
        return nil
    }

    /// How many words after an attack's reference a name would make it another attack's.
    static let attackNameWindow = 4

    /// `The bombing on Monday of a Marlow hospital`, `Tuesday's assault at Tovin`: a capitalized word within
    /// ``attackNameWindow`` words after the reference (before any punctuation) that the lead does not name
    /// (`known`, lowercased) may be another attack's place.
    static func namesAnotherThing(after start: Int, in sentence: Range<Int>, tokens: [Token], known: Set<String>)
        -> Bool
    {
        guard start < sentence.upperBound else { return false }
        for i in start..<min(sentence.upperBound, start + attackNameWindow) {
            if tokens[i].kind == .punctuation { return false }
            if tokens[i].isCapitalized, !known.contains(tokens[i].lower) { return true }
        }
        return false
    }

    /// `the attack on Thursday`, `that suicide bombing Thursday`: `the`/`that`/`this`, at most one word and a
    /// noun of an incident (with `on`) right before the day that starts at token `start`.
    static func isAttacksDay(startingAt start: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var noun = start - 1
        if noun >= sentence.lowerBound, tokens[noun].lowerIs("on") { noun -= 1 }
        guard noun > sentence.lowerBound, incidentsPointedBack.contains(lowerOf: tokens[noun]) else { return false }
        if pointingDeterminers.contains(lowerOf: tokens[noun - 1]) { return true }
        return noun - 2 >= sentence.lowerBound && tokens[noun - 1].isWord && !tokens[noun - 1].isCapitalized
            && pointingDeterminers.contains(lowerOf: tokens[noun - 2])
    }
}
