/// Finds direct quotations and who said them, reading English news attribution:
///
/// - after the quote: `"…," Khamenei said`, `"…," said Khamenei`, `"…" Observatory head Rami Abdel
///   Rahman told AFP` (the listener after `told` is never the speaker), `"…," the foreign minister
///   said` (a role: the person the article gives that role, else nobody), `"…," a senior official said`
///   (nobody), `"…," he said` (the last person named as a subject or speaker whose gender fits);
/// - before it: `Zarif said: "…"`, `Zarif said that "…"`, `According to Zarif, "…"`, `Liu said …,
///   warning: "…"`, `state media quoted Zarif as saying "…"`;
/// - partial quotes inside a sentence (`accusing the US of bringing "war and hostility"`): the
///   subject of the sentence's verb of saying, else nobody, and then the quote is dropped;
/// - a quote that opens its sentence with no attribution of its own (`"…," he said. "…"`, a quote
///   standing as its own paragraph, a quote running on from the paragraph before) continues the
///   last speaker, when that speaker came in the same paragraph or the one before.
///
/// Speakers are entity names as the entity pass resolved them; a name it missed in a speaker's place
/// (`Theresa May, said:`) is kept as written, without its titles. One-word quotes inside a sentence,
/// quotes of up to three words nobody says and partial quotes nobody is said to say are scare quotes and
/// dropped, as are a headline's quoted phrases inside its sentence. A partial quote after `called`,
/// `branded`, `described … as` is the clause subject's (`Lee called the plan a "total disaster"`).
///
/// Linear in the paragraph's tokens: one pass builds the indexes (`QuoteParagraph`), then each quote
/// and each verb of saying reads a bounded window around itself.
public struct QuoteExtractor: Sendable {
    public init() {}

    struct Speaker: Equatable {
        var name: String
        var entity: Int?
        var kind: ExtractedEntity.Kind
        var gender: QuoteRoles.Gender?
    }

    enum Resolution: Equatable {
        case speaker(Speaker)
        /// The text gives a speaker it does not name (`a senior official`, `the ministry`), a person or
        /// an organisation when it says which; or a pronoun with nobody to stand for.
        case unnamed(ExtractedEntity.Kind?)
        /// The text gives no attribution.
        case none

        var speaker: Speaker? {
            if case .speaker(let speaker) = self { return speaker }
            return nil
        }
    }

    /// Who spoke or acted last, for pronouns and for quotes that continue a speaker.
    struct Recent {
        var people: [Speaker] = []
        /// The paragraph each of `people` was noted in.
        var peopleAt: [Int] = []
        var others: [Speaker] = []
        /// Every person mentioned, subject or not, with the paragraph: a pronoun whose gender no recent
        /// subject fits may stand for one of them (`Mr Fielding met Emily Carter. … she said`).
        var mentioned: [(person: Speaker, paragraph: Int, subject: Bool)] = []
        /// The last quote's speaker or the last subject of a verb of saying, and its paragraph.
        var lastSpeech: (resolution: Resolution, paragraph: Int)?
        /// The last quote given to a written statement (`Roe's statement said: "…"`), its author and paragraph.
        var statementSpeech: (resolution: Resolution, paragraph: Int)?
        /// The previous paragraph's last quote when it ran to the paragraph's end without a closing mark.
        var runsOn: Resolution?
        /// How many of the article's last quotes run on over paragraphs with no attribution yet: the
        /// speaker the run's closing paragraph names is theirs too (`"… ¶ "… ¶ "…," she said.`).
        var unattributedRunOn = 0
        /// Set by a paragraph that closes such a run: how many quotes before it take its speaker.
        var backfill: (count: Int, speaker: String)?
        /// The last subject or speaker noted, named or not: `they` stands for it when it is an organisation.
        var lastSubject: Resolution?
        /// The gender of people no title, role or given name tells, from the `he` or `she` that stood for
        /// them (`Lee found the file. "…," she wrote` makes Lee a woman for the pronouns after).
        var pronounGender: [String: QuoteRoles.Gender] = [:]

        /// How many people back a pronoun may reach, skipping those of the other gender.
        static let pronounReach = 3

        /// The person `he` or `she` stands for: the latest one whose gender fits, skipping those known
        /// to be of the other gender. An unnamed person (`a spokesman said`) stands in the way of older
        /// names.
        ///
        /// When the latest subject is of the other gender, or the subject that fits was named two
        /// paragraphs back or more, the person of that gender mentioned in this paragraph or the one
        /// before comes first (`Reed spoke after Sarah Lin had called it a waste. "…," she said`); two
        /// such people leave the speaker unnamed (`narrationPerson`). A person whose gender evidence
        /// conflicts stands for no pronoun: the speaker stays unnamed.
        func person(for pronoun: String, paragraph: Int, excluding: Set<String> = []) -> Resolution {
            var seen = 0
            var names = Set<String>()
            for k in people.indices.reversed() where people[k].name.isEmpty || names.insert(people[k].name).inserted {
                let person = people[k]
                // `Mr Blair has failed, he claimed`: not anyone the pronoun's own clause reports on.
                if excluding.contains(person.name) { continue }
                seen += 1
                if seen > Self.pronounReach { break }
                switch (pronoun, person.gender) {
                case ("he", .female?), ("she", .male?):
                    if seen == 1, let found = narrationPerson(for: pronoun, paragraph: paragraph) {
                        return excluding.contains(found.speaker?.name ?? "") ? .unnamed(.person) : found
                    }
                    continue
                case (_, .conflicting?):
                    // `Party chairman Jane Roe urged calm. She said: …`: evidence that disagrees says nothing
                    // of the person; the latest subject stands for the pronoun when nobody else was named.
                    if seen == 1, !person.name.isEmpty, peopleAt[k] >= paragraph - 1,
                        onlyPersonNamed(person.name, since: peopleAt[k])
                    {
                        return .speaker(person)
                    }
                    return .unnamed(.person)
                default:
                    // Named two paragraphs back or more: the narration since may have named the person.
                    if peopleAt[k] < paragraph - 1, let found = narrationPerson(for: pronoun, paragraph: paragraph) {
                        return excluding.contains(found.speaker?.name ?? "") ? .unnamed(.person) : found
                    }
                    guard !person.name.isEmpty else { return .unnamed(.person) }
                    // Whom `she` stood for is a woman for the pronouns after (`Lin … she said. … he'd`).
                    var found = person
                    if found.gender == nil { found.gender = pronoun == "he" ? .male : .female }
                    return .speaker(found)
                }
            }
            if people.isEmpty, let found = narrationPerson(for: pronoun, paragraph: paragraph) {
                return excluding.contains(found.speaker?.name ?? "") ? .unnamed(.person) : found
            }
            return .unnamed(nil)
        }

        func organization() -> Resolution {
            guard let last = others.last, !last.name.isEmpty else { return .unnamed(nil) }
            return .speaker(last)
        }

        /// `they said` after `Big Machine have denied …`: the last subject, when it was an organisation.
        func organizationAsThey() -> Resolution {
            guard case .speaker(let last)? = lastSubject, last.kind == .organization else { return .unnamed(nil) }
            return .speaker(last)
        }

        /// `the statement said`: whoever spoke last in this paragraph or the one before, else the last
        /// organisation named as a subject.
        func statementAuthor(paragraph: Int) -> Resolution {
            if let last = lastSpeech, paragraph - last.paragraph <= 1, last.resolution.speaker != nil {
                return last.resolution
            }
            return organization()
        }

        /// `It added: "…"` right after `Roe's statement said: "…"`: the statement goes on, so its author, when
        /// the statement's quote was the last speech, in this paragraph or the one before.
        func statementAuthorContinuing(paragraph: Int) -> Resolution? {
            guard let statement = statementSpeech, paragraph - statement.paragraph <= 1,
                let last = lastSpeech, last.resolution == statement.resolution
            else { return nil }
            return statement.resolution
        }

        static let unnamedPerson = Speaker(name: "", entity: nil, kind: .person, gender: nil)
        static let unnamedOrganization = Speaker(name: "", entity: nil, kind: .organization, gender: nil)

        mutating func note(_ resolution: Resolution, paragraph: Int, speech: Bool) {
            switch resolution {
            case .speaker(let speaker):
                lastSubject = resolution
                if speaker.kind == .person {
                    notePerson(speaker, paragraph: paragraph)
                    if let gender = speaker.gender, gender != .conflicting { pronounGender[speaker.name] = gender }
                } else {
                    others.append(speaker)
                }
                if others.count > 32 { others.removeFirst(16) }
                if speech { lastSpeech = (resolution, paragraph) }
            case .unnamed(let kind):
                lastSubject = resolution
                if kind == .person { notePerson(Self.unnamedPerson, paragraph: paragraph) }
                if kind == .organization { others.append(Self.unnamedOrganization) }
                if speech { lastSpeech = (.unnamed(nil), paragraph) }
            case .none:
                break
            }
        }
    }

    public func extract(from article: AnalyzedArticle, entities: EntityExtractor.Result) -> [Quote] {
        let roles = QuoteRoles(article: article, entities: entities)
        let genders = Self.genders(article, roles: roles, entities: entities)
        var recent = Recent()
        var quotes: [Quote] = []
        // A paragraph's tables (several numbers per token) are made when it is read and let go after it: held
        // for every paragraph at once they took about 100 MB for a 16 MB article.
        for paragraph in article.paragraphs {
            let indexed = QuoteParagraph(paragraph, entities: entities, roles: roles)
            let found = extract(from: indexed, genders: genders, recent: &recent)
            if let fill = recent.backfill {
                for k in quotes.indices.suffix(fill.count) where quotes[k].speaker == nil {
                    quotes[k].speaker = fill.speaker
                }
                recent.backfill = nil
            }
            quotes += found
            if indexed.paragraph.kind == .headline {
                // A headline introduces nobody's next quote.
                recent.lastSpeech = nil
                recent.runsOn = nil
            }
        }
        return quotes
    }

    /// Each person's gender from the titles and role words around their name and from their given name
    /// (conflicting when these disagree), else from the pronouns of sentences that name them and no
    /// other person (`Swift said her …`).
    static func genders(_ article: AnalyzedArticle, roles: QuoteRoles, entities: EntityExtractor.Result)
        -> [Int: QuoteRoles.Gender]
    {
        var votes: [Int: (male: Int, female: Int)] = [:]
        for paragraph in article.paragraphs {
            let tokens = paragraph.tokens
            // Only the two tables this needs, a paragraph at a time (see ``extract(from:entities:)``).
            let mentions = QuoteParagraph.mentions(of: paragraph, in: entities)
            let spanOf = QuoteParagraph.spanIndexes(of: QuoteMarks.spans(in: tokens), count: tokens.count)
            let mentionCovering = QuoteParagraph.coveringMentions(mentions, count: tokens.count)
            for sentence in paragraph.sentences {
                var person: Int?
                var several = false
                var male = 0, female = 0
                var someoneElse = false
                for i in sentence where spanOf[i] < 0 {
                    if mentionCovering[i] >= 0 {
                        let e = mentions[mentionCovering[i]].entity
                        if entities.entities[e].kind == .person {
                            if person != nil && person != e { several = true }
                            person = e
                        }
                    } else if person != nil {
                        switch tokens[i].lower {
                        // `Lin found him at his desk`: `him` and the male pronouns after it are someone else.
                        case "him": someoneElse = true
                        case "he", "his", "himself": male += someoneElse ? 0 : 1
                        case "she", "her", "hers", "herself": female += 1
                        default: break
                        }
                    }
                }
                if let person, !several {
                    votes[person, default: (0, 0)].male += male
                    votes[person, default: (0, 0)].female += female
                }
            }
        }
        var result = roles.gender
        for (index, entity) in entities.entities.enumerated() where entity.kind == .person {
            guard let named = QuoteGivenNames.gender(ofName: entity.name) else { continue }
            if let known = result[index] {
                if known != named { result[index] = .conflicting }
            } else {
                result[index] = named
            }
        }
        for (entity, vote) in votes where result[entity] == nil {
            if vote.male > 2 * vote.female { result[entity] = .male }
            if vote.female > 2 * vote.male { result[entity] = .female }
        }
        return result
    }

    /// The speaker an attribution names, pronouns resolved against what came before.
    func speaker(
        _ attribution: Attribution, _ p: QuoteParagraph, _ genders: [Int: QuoteRoles.Gender], _ recent: Recent,
        excluding: @autoclosure () -> Set<String> = []
    ) -> Resolution {
        switch attribution {
        case .entity(let named):
            var e = p.roles.firstSpelling[named] ?? named
            var entity = p.entities.entities[e]
            // `said Mr. Brandon`: a person named by surname alone is the one the article names in full.
            if entity.kind == .person, !entity.name.contains(" ") {
                if let full = p.roles.personsBySurname[entity.name], full >= 0 {
                    e = p.roles.firstSpelling[full] ?? full
                    entity = p.entities.entities[e]
                } else if let full = p.roles.fullName(forSurname: entity.name) {
                    let gender = genders[e] ?? QuoteGivenNames.gender(ofName: full) ?? recent.pronounGender[entity.name]
                    return .speaker(Speaker(name: full, entity: e, kind: .person, gender: gender))
                }
            }
            let gender = genders[e] ?? recent.pronounGender[entity.name]
            return .speaker(Speaker(name: entity.name, entity: e, kind: entity.kind, gender: gender))
        case .name(let name):
            let last = name.wordsBetweenSpaces().last.map(String.init) ?? name
            let kind: ExtractedEntity.Kind = EnglishLexicon.organizationHeads.contains(last) ? .organization : .person
            let gender = kind == .person ? QuoteGivenNames.gender(ofName: name) : nil
            return .speaker(Speaker(name: name, entity: nil, kind: kind, gender: gender))
        case .pronoun(let pronoun):
            switch pronoun {
            case "he", "she": return recent.person(for: pronoun, paragraph: p.position, excluding: excluding())
            case "it": return recent.statementAuthorContinuing(paragraph: p.position) ?? recent.organization()
            case "they": return recent.organizationAsThey()
            case "statement": return recent.statementAuthor(paragraph: p.position)
            default: return .unnamed(nil)
            }
        case .unnamed(let stands):
            return .unnamed(stands)
        case .coordinated:
            return .none
        }
    }

    /// The names people go by as speakers, for the entities a parenthetical pronoun reports on.
    func reportedNames(_ entities: [Int], _ p: QuoteParagraph, _ genders: [Int: QuoteRoles.Gender], _ recent: Recent)
        -> Set<String>
    {
        Set(entities.compactMap { speaker(.entity($0), p, genders, recent).speaker?.name })
    }

    // MARK: - One quote

    func resolve(
        _ q: Int, in p: QuoteParagraph, resolved: [Resolution], genders: [Int: QuoteRoles.Gender], recent: Recent,
        reported: inout ReportedNames
    ) -> Resolution {
        let span = p.spans[q]
        if p.isNameGivenInPassive(q) { return .none }
        // A quote that ends its sentence belongs to the attribution before it (`Zarif said: "…."`)
        // sooner than to the next sentence's subject; one that ends with a comma, to what follows.
        let attributions =
            endsSentence(span, in: p)
            ? [before(span, in: p), after(q, in: p)] : [after(q, in: p), before(span, in: p)]
        // `he'd respond, "…"`: a verb of answering right before the quote comes before an earlier verb.
        for case let attribution? in [p.wouldSaySpeaker(before: span.open)] + attributions + [p.framedAttribution(q)] {
            // Only `he` and `she` read whom a parenthetical reports on.
            var excluding: Set<String> = []
            if case .pronoun(let pronoun) = attribution, pronoun == "he" || pronoun == "she" {
                excluding = reported.names(inSentenceOf: span.open, in: p) {
                    reportedNames(p.peopleReported(inSentenceOf: span.open), p, genders, recent)
                }
            }
            let resolution = speaker(attribution, p, genders, recent, excluding: excluding)
            if resolution != .none { return resolution }
        }
        if let layout = p.layoutSpeaker(before: span) { return speaker(layout, p, genders, recent) }
        let context = clause(before: q, in: p)
        let heading = p.paragraph.kind == .headline || p.paragraph.kind == .crosshead
        if !context.hasWords && !heading {
            if span.reopened, q > 0 { return resolved[q - 1] }
            if let attribution = attributionAfterRunOn(q, in: p) { return speaker(attribution, p, genders, recent) }
            let opensParagraph = span.open <= p.firstWord
            if q == 0, opensParagraph, let runsOn = recent.runsOn { return runsOn }
            if opensParagraph, let named = namedSpeakerOfNextSentence(q, in: p) {
                return speaker(named, p, genders, recent)
            }
            if let last = recent.lastSpeech,
                last.paragraph == p.position || last.paragraph == p.position - 1 && opensParagraph
            {
                return last.resolution
            }
            if let subject = subjectOfPreviousSentence(q, in: p) { return speaker(subject, p, genders, recent) }
        } else if isPartial(span, context: context, in: p), let attribution = subjectAfter(span, in: p) {
            return speaker(attribution, p, genders, recent)
        }
        return .none
    }

    /// `"Sexism limits us all. "It is simply wrong," she said.`: a quote left open and reopened by the
    /// next one in the paragraph is one speech, said by whoever the attribution after its end names.
    func attributionAfterRunOn(_ q: Int, in p: QuoteParagraph) -> Attribution? {
        var k = q
        while k + 1 < p.spans.count, k - q < 8, p.spans[k].close == nil, p.spans[k + 1].reopened {
            k += 1
            if p.spans[k].close != nil { return after(k, in: p) }
        }
        return nil
    }

    /// The words of the quote's own clause before its opening mark: from the sentence's start or the
    /// previous quote's end.
    func clause(before q: Int, in p: QuoteParagraph) -> (start: Int, hasWords: Bool) {
        let span = p.spans[q]
        var start = p.sentenceStart[span.open]
        if q > 0 {
            let previous = p.spans[q - 1]
            start = max(start, (previous.close ?? (previous.contentEnd - 1)) + 1)
        }
        let hasWords = (start..<span.open).contains { p.tokens[$0].kind != .punctuation }
        return (start, hasWords)
    }

    /// A quote inside a sentence (`bringing "war and hostility"`) rather than one that is a sentence
    /// or follows its attribution (`said: "…"`, `said, "…"`).
    func isPartial(_ span: QuoteMarks.Span, context: (start: Int, hasWords: Bool), in p: QuoteParagraph) -> Bool {
        let tokens = p.tokens
        guard let first = span.content.first(where: { tokens[$0].kind != .punctuation }) else { return true }
        let capital = tokens[first].isCapitalized || tokens[first].isNumber
        guard context.hasWords else { return !capital }
        var last = span.open - 1
        while last >= context.start, tokens[last].kind == .punctuation, !tokens[last].isPunctuation(":"),
            !tokens[last].isPunctuation(",")
        {
            last -= 1
        }
        guard last >= context.start, capital else { return true }
        return
            !(tokens[last].isPunctuation(":") || tokens[last].isPunctuation(",")
            || p.verbs[last] != nil && !QuoteLexicon.namingVerbs.contains(tokens[last].lower)
            || tokens[last].lower == "that")
    }

    /// Whether the quoted words end a sentence: a full stop, ellipsis, `?` or `!` before the
    /// closing mark (past an inner closing quote or bracket).
    func endsSentence(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Bool {
        var k = span.contentEnd - 1
        while k > span.open, ["\u{2019}", "'", ")", "]"].contains(p.tokens[k].text) { k -= 1 }
        return k > span.open && [".", "\u{2026}", "?", "!"].contains(p.tokens[k].text)
    }

    /// `"…," Khamenei said`, `"…," said the minister`, `"…" he added`, `"…," Zarif was quoted as
    /// saying`: an attribution right after the closing mark.
    func after(_ q: Int, in p: QuoteParagraph) -> Attribution? {
        let tokens = p.tokens
        let span = p.spans[q]
        guard let close = span.close, close + 1 < tokens.count else { return nil }
        var end = p.sentenceEnd[close + 1]
        if q + 1 < p.spans.count, p.spans[q + 1].open < end { end = p.spans[q + 1].open }
        var s = close + 1
        // `,’’ Will Moy said`: the second half of a closing mark typed as two.
        if s < end, tokens[s].text == tokens[close].text, ["\u{2019}", "'"].contains(tokens[s].text),
            !tokens[s].spaceBefore
        {
            s += 1
        }
        while s < end, tokens[s].kind == .punctuation, [",", "\u{2014}", "\u{2013}", "-"].contains(tokens[s].text) {
            s += 1
        }
        guard s < end, tokens[s].isWord else { return nil }
        // `"… acts." She said …`, `"…." Mr Valentine, who …, agreed.`: after a full stop comes a new
        // sentence. After `?` or `!` a short attribution may still follow (`"All is well!" Trump said`).
        let endsSentence = endsSentence(span, in: p)
        // `"… ten days now." said Karim Nasser`: a lowercase verb of saying still attributes the quote.
        let invertedAfterStop = !tokens[s].isCapitalized && QuoteLexicon.inversionVerbs.contains(tokens[s].lower)
        if endsSentence, fullStop(span, in: p), !invertedAfterStop { return nil }
        // Not a name spelt like one (`He Jianxiong`).
        if endsSentence, tokens[s].isCapitalized, QuoteLexicon.pronouns.contains(tokens[s].lower),
            p.mentionCovering[s] < 0
        {
            return nil
        }
        if p.verbs[s] == .finite, QuoteLexicon.inversionVerbs.contains(tokens[s].lower) {
            return introducesNext(s, p, end) ? nil : p.phraseAfter(s + 1, end: end)
        }
        if p.verbs[s] == .according { return p.phraseAfter(s + 2, end: end) }
        if !endsSentence, let person = p.personBeforeLongAppositive(from: s, end: end) ?? p.nameAlone(from: s, end: end)
        {
            return .entity(person)
        }
        let v = p.finiteVerbFrom[s]
        guard v >= 0, v < end, v - s <= QuoteParagraph.subjectReach + 4, !introducesNext(v, p, end) else { return nil }
        if QuoteLexicon.quotingVerbs.contains(tokens[v].lower) {
            return reportingCloser(v, p, end: end, start: s) ?? quotedAsSaying(v, p, end: end, limit: s)
        }
        guard QuoteLexicon.attributing.contains(tokens[v].lower) else { return nil }
        guard let (attribution, start) = p.subject(ofVerbAt: v, limit: s),
            start == s || p.isLeadingRole(from: s, before: start) && p.namesPerson(attribution)
        else { return nil }
        if attribution == .coordinated { return nil }
        if endsSentence {
            // After a full stop only `Name said.`, `Name told AFP via the Internet.`: a verb with a
            // clause of its own (`The Observatory said the attack was …`) is a new sentence.
            // `"… acts?" he asked`: a lowercase pronoun after `?` or `!` is still this sentence's.
            if case .pronoun = attribution, fullStop(span, in: p) || tokens[s].isCapitalized { return nil }
            // `"… deal?" Wen Li, a former director, said at a forum in Geneva.`: after a question, a named
            // speaker's verb and where or when it was said.
            if case .entity = attribution, !fullStop(span, in: p), v + 1 < p.sentenceEnd[v],
                ["at", "in", "on", "during"].contains(tokens[v + 1].lower)
            {
                return attribution
            }
            var words = 0
            for k in (v + 1)..<p.sentenceEnd[v] {
                if tokens[k].isPunctuation(",") { break }
                guard tokens[k].kind != .punctuation else { continue }
                words += 1
                if words > 5 || tokens[k].lower == "that" || p.verbs[k] != nil { return nil }
            }
        }
        return attribution
    }

    /// Whether the quoted words end with a full stop (not `?`, `!` or an ellipsis).
    func fullStop(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Bool {
        var k = span.contentEnd - 1
        while k > span.open, ["\u{2019}", "'", ")", "]"].contains(p.tokens[k].text) { k -= 1 }
        return k > span.open && p.tokens[k].text == "."
    }

    /// `… said:` and `… said "` introduce the quote that follows, not the one before.
    func introducesNext(_ v: Int, _ p: QuoteParagraph, _ end: Int) -> Bool {
        let next = QuoteParagraph.goesOn(at: v, in: p.tokens) ? v + 2 : v + 1
        guard next < p.tokens.count else { return false }
        return p.tokens[next].isPunctuation(":") || p.spanOf[next] >= 0 && p.spans[p.spanOf[next]].open == next
    }

    /// `Reuters quoted a central bank official as saying` → the official; `Zarif was quoted as
    /// saying` → Zarif.
    func quotedAsSaying(_ v: Int, _ p: QuoteParagraph, end: Int, limit: Int) -> Attribution? {
        let tokens = p.tokens
        var a = v + 1
        while a + 1 < end, a - v <= QuoteParagraph.subjectReach,
            !(tokens[a].lower == "as" && p.verbs[a + 1] == .participle)
        { a += 1 }
        guard a + 1 < end, tokens[a].lower == "as" else { return nil }
        if a == v + 1 || p.isPassive(v, limit: limit) { return p.subject(ofVerbAt: v, limit: limit)?.attribution }
        return p.phraseAfter(v + 1, end: a)
    }

    /// `Zarif said: "…"`, `Liu said …, warning: "…"`, `According to Zarif, "…"`, `quoted Zarif as
    /// saying "…"`, `Zarif said Iran took "proportionate measures"`: the last verb of saying before the
    /// quote in its sentence, and that verb's subject.
    func before(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Attribution? {
        let tokens = p.tokens
        let floor = p.sentenceStart[span.open]
        var v = p.verbBefore[span.open]
        var steps = 0
        while v >= floor, steps < 4 {
            steps += 1
            switch p.verbs[v] {
            case .according?:
                return p.phraseAfter(v + 2, end: span.open)
            case .participle?:
                if let named = p.withClauseSpeaker(participleAt: v, floor: floor) { return named }
                // `Lee was quoted in the Herald saying`, `… quoted by the Herald as saying`: whoever was quoted.
                let quoting = v - 1 >= floor && tokens[v - 1].lower == "as" ? p.verbBefore[v - 1] : p.verbBefore[v]
                if quoting >= floor, QuoteLexicon.quotingVerbs.contains(tokens[quoting].lower),
                    p.isPassive(quoting, limit: floor)
                {
                    return p.subject(ofVerbAt: quoting, limit: floor)?.attribution
                }
                if v - 1 >= floor, tokens[v - 1].lower == "as" {
                    // `quoted Zarif as saying`, `Zarif was quoted as saying`
                    let quoting = p.verbBefore[v - 1]
                    guard quoting >= floor, QuoteLexicon.quotingVerbs.contains(tokens[quoting].lower) else {
                        return nil
                    }
                    if quoting + 1 < v - 1, let object = p.phraseAfter(quoting + 1, end: v - 1) { return object }
                    return p.subject(ofVerbAt: quoting, limit: floor)?.attribution
                }
                let previous = p.verbBefore[v]
                if previous >= floor {
                    v = previous
                    continue
                }
                // `Accusing the US of …, Khamenei reiterated`: the subject comes after the quote.
                // (`Despite the cuts, Kelvan Aid has reaffirmed …, stating "…"`: the subject after a fronted clause.)
                return subjectAfter(span, in: p) ?? p.sentenceSubject(at: floor, before: v)
                    ?? p.subjectAfterFrontedClause(at: floor)
            case .finite?:
                // `He added: said "…"`: a verb typed twice, the second standing alone after the first's colon.
                if v - 2 >= floor, tokens[v - 1].isPunctuation(":"), p.verbBefore[v] == v - 2, v + 1 == span.open {
                    v -= 2
                    continue
                }
                if QuoteLexicon.quotingVerbs.contains(tokens[v].lower) { return nil }
                if p.isPassive(v, limit: floor) { return .unnamed(stands: nil) }
                guard let (attribution, _) = p.subject(ofVerbAt: v, limit: floor) else { return nil }
                if attribution == .coordinated {
                    let previous = p.verbBefore[v]
                    if previous >= floor {
                        v = previous
                        continue
                    }
                    return p.sentenceSubject(at: floor, before: v)
                }
                return attribution
            case nil:
                return nil
            }
        }
        return nil
    }

    /// The subject of the first verb of saying after the quote in the same sentence, when the verb
    /// has one of its own (`… upon the region, Khamenei reiterated`; not `… and said`).
    func subjectAfter(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Attribution? {
        guard let close = span.close, close + 1 < p.tokens.count, p.sentenceStart[close + 1] != close + 1 else {
            return nil
        }
        let v = p.finiteVerbFrom[close + 1]
        guard v >= 0, !QuoteLexicon.quotingVerbs.contains(p.tokens[v].lower),
            let (attribution, _) = p.subject(ofVerbAt: v, limit: close + 1), attribution != .coordinated
        else { return nil }
        return attribution
    }

    // MARK: - Text

    /// The quote as stored, or nil when it is dropped (scare quotes, a headline's quoted phrase).
    func quote(_ q: Int, in p: QuoteParagraph, speaker: String?) -> Quote? {
        let span = p.spans[q]
        let tokens = p.tokens
        let words = QuoteMarks.words(in: tokens, span.content)
        let context = clause(before: q, in: p)
        let partial = isPartial(span, context: context, in: p)
        if p.paragraph.kind == .headline {
            // `Khamenei says strike a ‘slap in the face’ for US`: a headline's phrase, not its quote.
            let wordBefore = span.open > 0 && tokens[span.open - 1].kind != .punctuation
            let wordAfter = span.close.map { $0 + 1 < tokens.count && tokens[$0 + 1].kind != .punctuation } ?? false
            if wordBefore && wordAfter { return nil }
        }
        if partial && words <= 1 { return nil }
        if p.isTitleInList(q) { return nil }
        // `CNBC's "Trading Nation"`: a short title in capitals names a show or a campaign.
        if partial && words <= 4 && !span.content.contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized }) {
            return nil
        }
        if speaker == nil && (partial || words <= 3) { return nil }

        let scalars = p.paragraph.scalars
        var start = tokens[span.open].end
        var end = span.contentEnd < tokens.count ? tokens[span.contentEnd].start : scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace || scalars[end - 1] == "," { end -= 1 }
        guard start < end else { return nil }
        return Quote(
            span: TextSpan(paragraph: p.position, start: start, end: end),
            text: p.paragraph.text(from: start, to: end), speaker: speaker)
    }
}
