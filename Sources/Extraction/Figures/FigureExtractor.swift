/// Turns the numbers in an article into figures: what each counts, where, what happened, and who
/// says so. Numbers it cannot tie to a counted thing are left out rather than guessed.
public struct FigureExtractor: Sendable {
    let parser = NumberParser()
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Figures of one article, using the entity pass's place mentions for sites.
    public func extract(from article: AnalyzedArticle, entities: EntityExtractor.Result) -> [Figure] {
        var figures: [Figure] = []
        var sources = SourceTracker(gazetteer: gazetteer)
        var unitsByValue: [Double: String] = [:]
        for paragraph in article.paragraphs {
            let phrases = parser.phrases(in: paragraph.tokens)
            let places = entities.mentionsByParagraph[paragraph.position].filter {
                entities.entities[$0.entity].kind == .place
            }
            var context = ParagraphContext(paragraph: paragraph, places: places, entities: entities, gazetteer: gazetteer)
            context.unitsByValue = unitsByValue
            defer { unitsByValue = context.unitsByValue }
            var nextPhrase = 0
            var nextPlace = 0
            for sentence in paragraph.sentences {
                let source = sources.source(of: sentence, in: paragraph)
                // Phrases and places come in token order: walk both lists once per paragraph.
                let firstPhrase = nextPhrase
                while nextPhrase < phrases.count, phrases[nextPhrase].numeralStart < sentence.upperBound { nextPhrase += 1 }
                let inSentence = phrases[firstPhrase..<nextPhrase].filter { $0.numeralStart >= sentence.lowerBound }
                let firstPlace = nextPlace
                while nextPlace < places.count, places[nextPlace].tokens.lowerBound < sentence.upperBound { nextPlace += 1 }
                context.places = Array(places[firstPlace..<nextPlace])
                context.carried = []
                var consumed = Set<Int>()
                for (n, phrase) in inSentence.enumerated() where !consumed.contains(phrase.numeralStart) {
                    guard var figure = context.figure(for: phrase, sentence: sentence,
                                                      following: inSentence.dropFirst(n + 1), consumed: &consumed)
                    else { continue }
                    if figure.source == nil { figure.source = source }
                    if figure.kind == .count, let unit = figure.unit {
                        context.carried.append((unit, figure.event))
                        context.unitsByValue[figure.value] = context.unitsByValue[figure.value] ?? unit
                    }
                    figures.append(figure)
                }
                for inner in context.pendingInner {
                    var inner = inner
                    if inner.source == nil { inner.source = source }
                    figures.append(inner)
                }
                context.pendingInner.removeAll()
            }
        }
        return figures.sorted { ($0.span.paragraph, $0.span.start) < ($1.span.paragraph, $1.span.start) }
    }

}

/// The per-paragraph work of the figure pass.
struct ParagraphContext {
    let paragraph: AnalyzedArticle.AnalyzedParagraph
    /// Place mentions of the sentence being read.
    var places: [EntityExtractor.MentionReference]
    let entities: EntityExtractor.Result
    let gazetteer: Gazetteer
    var tokens: [Token] { paragraph.tokens }
    /// Wholes of partitives (`the 17 missiles` in `two of the 17 missiles`), stored as figures too.
    var pendingInner: [Figure] = []
    /// Units and events of the sentence's figures so far, for numbers that carry their noun over
    /// (`22 missiles … five on Erbil`).
    var carried: [(unit: String, event: String?)] = []
    /// The unit each value was first counted in, in this article: `killing 85 civilians … the toll at 85`.
    var unitsByValue: [Double: String] = [:]

    init(
        paragraph: AnalyzedArticle.AnalyzedParagraph, places: [EntityExtractor.MentionReference],
        entities: EntityExtractor.Result, gazetteer: Gazetteer
    ) {
        self.paragraph = paragraph
        self.gazetteer = gazetteer
        self.places = places
        self.entities = entities
    }

    // MARK: - One figure

    mutating func figure(
        for phrase: NumberPhrase, sentence: Range<Int>, following: ArraySlice<NumberPhrase>, consumed: inout Set<Int>
    ) -> Figure? {
        guard !isNotAFigure(phrase, sentence: sentence) else { return nil }
        var kind: Figure.Kind = .count
        var unit: String?
        var end = phrase.tokens.upperBound
        var ofValue: Double?
        var isPartitive = false

        if let currency = phrase.currency {
            kind = .money
            unit = currency
        } else if phrase.isPercent {
            kind = .percent
            unit = "percent"
        } else if let age = ageEnd(after: phrase) {
            kind = .age
            unit = "year"
            end = age
        } else if let partitive = partitive(after: phrase, sentence: sentence, following: following) {
            // `Two of the 17 missiles`: the whole is a figure of its own, with its own event.
            isPartitive = true
            unit = partitive.unit
            end = partitive.end
            if let inner = partitive.inner {
                ofValue = inner.value
                consumed.insert(inner.numeralStart)
                if var whole = figure(for: inner, sentence: sentence, following: [], consumed: &consumed) {
                    whole.text = paragraph.text(of: (inner.tokens.lowerBound - (tokens[inner.tokens.lowerBound - 1].lower == "the" ? 1 : 0))..<whole.tokenEnd(in: paragraph))
                    whole.span.start = tokens[inner.tokens.lowerBound - (tokens[inner.tokens.lowerBound - 1].lower == "the" ? 1 : 0)].start
                    pendingInner.append(whole)
                }
            }
        } else if phrase.isVague, end < sentence.upperBound, tokens[end].lower == "of" {
            // `dozens of civilians`, `thousands of Syrians`; "dozens of the …" with nothing we can name is left out.
            guard let noun = countedNoun(after: end + 1, value: phrase.value, sentence: sentence) else { return nil }
            unit = noun.unit
            end = noun.end
        } else if let noun = countedNoun(after: end, value: phrase.value, sentence: sentence) {
            unit = noun.unit
            end = noun.end
        }
        if kind == .count, let counted = unit, let measure = FigureLexicon.measureKinds[counted] { kind = measure }
        if kind == .count, let counted = unit, let currency = currencyOfNoun(counted, before: end - 1) {
            kind = .money  // `3.1bn Australian dollars`
            unit = currency
        }

        let event = self.event(for: phrase, nounEnd: end, sentence: sentence, skipParticiples: isPartitive)
        let casualtyFollows = end < sentence.upperBound && Self.casualtyWords.contains(tokens[end].lower)
        if kind == .count && unit == nil && casualtyFollows {
            unit = "person"  // `31 dead`, `Six Killed`: people, whatever was counted before
        }
        if kind == .count && (unit == nil || unit == "other") {
            let harmsPeople = event.map { Self.peopleEvents.contains($0) } ?? false
            if harmsPeople {
                // `25 were wounded`, `30 others`: people, or the people counted before in this sentence.
                unit = carried.last(where: { $0.event.map(Self.peopleEvents.contains) ?? false })?.unit
                    ?? unitsByValue[phrase.value] ?? "person"
            } else if unit == nil, let last = carried.last, !FigureLexicon.placeNouns.contains(last.unit) {
                unit = last.unit
            } else if unit == "other" {
                unit = "person"
            } else {
                return nil
            }
        }
        // `one` needs a counted thing right after it (not `one another`, `no one`, `one day`).
        if phrase.isSpelledOut, phrase.value == 1, end == phrase.tokens.upperBound, !isPartitive { return nil }
        if phrase.value == 1, phrase.numeralStart > 0, tokens[phrase.numeralStart - 1].lower == "no" { return nil }
        if kind == .duration, phrase.value == 1, phrase.isSpelledOut { return nil }

        let textStart = phrase.tokens.lowerBound
        let span = TextSpan(paragraph: paragraph.position, start: tokens[textStart].start, end: tokens[end - 1].end)
        var site: String?
        if kind == .count, let unit, !FigureLexicon.placeNouns.contains(unit) {
            site = self.site(for: phrase, nounEnd: end, sentence: sentence)
        }
        return Figure(
            span: span, text: paragraph.text(from: span.start, to: span.end), value: phrase.value,
            maxValue: phrase.maxValue, approx: phrase.approx, kind: kind, unit: unit, of: ofValue, site: site,
            event: kind == .count || kind == .money ? event : nil, cause: kind == .count ? cause(near: phrase, sentence: sentence) : nil,
            source: nil, sentence: paragraph.text(of: sentence)
        )
    }

    static let peopleEvents: Set<String> = ["killed", "injured", "arrested", "detained", "kidnapped", "executed", "missing", "evacuated", "displaced", "rescued"]
    static let casualtyWords: Set<String> = ["dead", "killed", "died", "injured", "wounded", "hurt", "missing", "arrested", "detained"]

    // MARK: - What is not a figure

    /// Years, dates, clock times, ordinals, identifiers (`Article 51`, `G20`) and scores.
    func isNotAFigure(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        let i = phrase.numeralStart
        let token = tokens[i]
        let next = phrase.tokens.upperBound < tokens.count ? tokens[phrase.tokens.upperBound] : nil
        let previous = i > 0 ? tokens[i - 1] : nil
        if token.isNumber {
            // `01`, `007`: codes and dates, not quantities.
            if token.text.count > 1, token.text.hasPrefix("0"), !token.text.hasPrefix("0.") { return true }
            // Ordinals and suffixes written against the digits: 1st, 2nd, 1990s, 9am.
            if let next, next.isWord, !next.spaceBefore, phrase.tokens.count == 1 { return true }
            // Clock times: 1:45am, 22:45 GMT.
            if let next, next.isPunctuation(":") || next.isPunctuation("."), !next.spaceBefore,
               phrase.tokens.upperBound + 1 < tokens.count, tokens[phrase.tokens.upperBound + 1].isNumber { return true }
            if let previous, previous.isPunctuation(":"), !token.spaceBefore { return true }
            if let next, FigureLexicon.clockWords.contains(next.lower), phrase.currency == nil, !phrase.isPercent { return true }
            // Identifiers: G20, F-16, attached to a word or a hyphen.
            if let previous, !token.spaceBefore, previous.isWord || previous.isPunctuation("-") || previous.isPunctuation("#") || previous.isPunctuation("/") { return true }
            // Years: four digits from 1800 to 2100, unless something is counted right after.
            if token.text.count == 4, !token.text.contains(","), phrase.value >= 1800, phrase.value <= 2100,
               phrase.currency == nil, !phrase.isPercent, phrase.tokens.count == 1 || phrase.approx != .exact {
                if !(next.map { FigureLexicon.yearLikeCountNouns.contains($0.lower) } ?? false) { return true }
            }
            // Scores and other digit pairs the parser did not take as a range: 2-1, 3/4.
            if let next, (next.isPunctuation("-") || next.isPunctuation("/") || next.isPunctuation("\u{2013}")), !next.spaceBefore,
               phrase.tokens.upperBound + 1 < tokens.count, tokens[phrase.tokens.upperBound + 1].isNumber, phrase.maxValue == nil { return true }
            if let previous, previous.isPunctuation("/") || previous.isPunctuation("-"), !token.spaceBefore { return true }
        }
        // Dates: January 8, 8 January.
        if let previous, EnglishLexicon.month(previous.lower) != nil, previous.isCapitalized { return true }
        if let next, EnglishLexicon.month(next.lower) != nil, next.isCapitalized, phrase.value <= 31 { return true }
        // Identifiers: Article 51, Resolution 2231, Flight 752 (a capitalised word that is not a
        // sentence start, a month or a counting verb).
        if token.isNumber, let previous, previous.isWord, previous.isCapitalized, !EnglishLexicon.notNames.contains(previous.text),
           phrase.tokens.lowerBound == i, FigureVocabulary.eventWords[previous.lower] == nil, !paragraph.isTitleCase,
           !(next.map { isPluralNoun($0) } ?? false) {
            return true
        }
        // `at one point`, `one day`, `one another`: idioms, not counts.
        if phrase.isSpelledOut, phrase.value == 1, let next,
           ["point", "stage", "another", "time", "day", "way", "side", "hand"].contains(next.lower) { return true }
        if let previous, previous.lower == "no" || previous.lower == "number" || previous.lower == "no.", phrase.tokens.lowerBound == i { return true }
        return false
    }

    // MARK: - What it counts

    func isPluralNoun(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        if FigureLexicon.phraseBreakers.contains(word) || FigureLexicon.modifiers.contains(word) { return false }
        if let singular = FigureLexicon.irregularSingulars[word] { return singular != word || ["police", "personnel", "staff", "aircraft", "cattle", "livestock", "militia"].contains(word) }
        if FigureLexicon.measureKinds[word] != nil { return true }
        guard word.count > 2, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
              !word.hasSuffix("'s"), !word.hasSuffix("ous") else { return false }
        return true
    }

    static func singular(_ word: String) -> String {
        if let irregular = FigureLexicon.irregularSingulars[word] { return irregular }
        if FigureLexicon.measureKinds[word] != nil && !word.hasSuffix("s") { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("zes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// The head noun right after a number: `17 ballistic missiles` → missile, ending after it.
    func countedNoun(after start: Int, value: Double, sentence: Range<Int>) -> (unit: String, end: Int)? {
        var i = start
        var scanned = 0
        while i < sentence.upperBound, scanned < 4 {
            let token = tokens[i]
            guard token.isWord else { return nil }
            let word = token.lower
            if word == "others" || word == "more" && i + 1 < sentence.upperBound && !isPluralNoun(tokens[i + 1]) {
                return ("other", i + 1)
            }
            if FigureLexicon.phraseBreakers.contains(word) && !token.isAllCaps { return nil }
            if FigureVocabulary.eventWords[word] != nil && !isPluralNoun(token) { return nil }
            // `pro-Morales demonstrators`: a hyphenated modifier before the noun.
            if word.contains("-"), i + 1 < sentence.upperBound, isPluralNoun(tokens[i + 1]) {
                i += 1
                scanned += 1
                continue
            }
            if isPluralNoun(token) || (value == 1 && !FigureLexicon.modifiers.contains(word) && !isAdjective(word)) {
                if value == 1 && !isPluralNoun(token) && FigureVocabulary.eventWords[word] != nil { return nil }
                return (Self.singular(word), i + 1)
            }
            i += 1
            scanned += 1
        }
        return nil
    }

    /// `dollars` (US unless a nationality says otherwise), `euros`, `yuan`: the ISO code.
    func currencyOfNoun(_ unit: String, before index: Int) -> String? {
        guard let code = NumberWords.currencyWords[unit] ?? NumberWords.currencyWords[unit + "s"] else { return nil }
        guard code == "USD", index > 0 else { return code }
        let qualifier = tokens[index - 1].text
        let codes = ["Australian": "AUD", "Canadian": "CAD", "Singapore": "SGD", "Taiwan": "TWD", "Zimbabwe": "ZWL",
                     "Kong": "HKD", "Zealand": "NZD", "Jamaican": "JMD", "Namibian": "NAD", "Liberian": "LRD"]
        return codes[qualifier] ?? code
    }

    func isAdjective(_ word: String) -> Bool {
        for suffix in ["al", "ic", "ive", "ous", "ful", "less", "ian", "ese", "ish", "ed", "ing", "ary", "ly", "able", "ible", "ern"]
            where word.hasSuffix(suffix) { return true }
        return word.contains("-")
    }

    /// `Two of the 17 missiles`, `one of the wounded demonstrators`, `two of them`.
    func partitive(after phrase: NumberPhrase, sentence: Range<Int>, following: ArraySlice<NumberPhrase>)
        -> (unit: String?, end: Int, inner: NumberPhrase?)? {
        let i = phrase.tokens.upperBound
        guard i + 1 < sentence.upperBound, tokens[i].lower == "of" else { return nil }
        var j = i + 1
        guard ["the", "these", "those", "its", "their", "his", "her", "our", "them", "us"].contains(tokens[j].lower) else { return nil }
        if tokens[j].lower == "them" || tokens[j].lower == "us" { return (nil, j + 1, nil) }
        j += 1
        // `one of the largest engagements`, `one of the most …`: a ranking, not a count.
        if j < sentence.upperBound, tokens[j].lower.hasSuffix("est") || ["most", "few", "first", "last", "best", "worst"].contains(tokens[j].lower) {
            return (nil, j, nil)
        }
        if let inner = following.first, inner.tokens.lowerBound == j, !inner.isPercent, inner.currency == nil {
            guard let noun = countedNoun(after: inner.tokens.upperBound, value: inner.value, sentence: sentence) else { return nil }
            return (noun.unit, noun.end, inner)
        }
        // `of the UN Charter`: a name, not a group the number is part of.
        if tokens[j].isCapitalized, !paragraph.isTitleCase, gazetteer.country(forDemonym: tokens[j].text) == nil {
            return nil
        }
        guard let noun = countedNoun(after: j, value: 2, sentence: sentence) else { return nil }
        return (noun.unit, noun.end, nil)
    }

    /// `22-year-old`, `aged 22`, `22 years old`: where the age phrase ends.
    func ageEnd(after phrase: NumberPhrase) -> Int? {
        let i = phrase.tokens.upperBound
        if i + 1 < tokens.count, tokens[i].isPunctuation("-"), tokens[i + 1].lower.hasPrefix("year-old") { return i + 2 }
        if i + 1 < tokens.count, tokens[i].lower == "years", tokens[i + 1].lower == "old" { return i + 2 }
        if phrase.tokens.lowerBound > 0, tokens[phrase.tokens.lowerBound - 1].lower == "aged" { return i }
        return nil
    }

    // MARK: - What happened

    func event(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool) -> String? {
        // Before: `killing more than 50 people`, `Air strikes kill 32`.
        var j = phrase.tokens.lowerBound - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 3 {
            let word = tokens[j].lower
            if let event = FigureVocabulary.eventWords[word], tokens[j].isWord, !isPluralNoun(tokens[j]), word != "dead", word != "death" {
                return event
            }
            if word == "toll" { return "killed" }
            // `claimed the lives of two people`
            if word == "of", j > sentence.lowerBound, tokens[j - 1].lower == "lives" { return "killed" }
            if !tokens[j].isWord || !(["the", "a", "at", "least", "to", "another", "an", "estimated", "some", "more", "than", "nearly", "about", "around", "over", "up", "all", "rose", "risen", "climbed", "reached", "stood", "stands", "jumped", "rises", "is", "was", "now", "has", "had"].contains(word)) { break }
            j -= 1
            steps += 1
        }
        // After: `were launched`, `did not go off`, `targeting …`, `killed`.
        var k = nounEnd
        steps = 0
        while k < sentence.upperBound, steps < 9 {
            let token = tokens[k]
            if token.kind == .punctuation && token.text != "-" { break }
            let word = token.lower
            if ["but", "while", "who", "which", "whereas", "when", "after", "as"].contains(word) { break }
            if word == "and" { break }
            if word == "not" || word == "n't" || word == "never" || word == "failed" {
                if k + 1 < sentence.upperBound, FigureLexicon.detonationVerbs.contains(tokens[k + 1].lower) || tokens[k + 1].lower == "to" {
                    return "failed"
                }
                if word == "failed" { return "failed" }
            }
            if let event = FigureVocabulary.eventWords[word], token.isWord {
                if skipParticiples && word.hasSuffix("ing") {
                    k += 1
                    steps += 1
                    continue
                }
                if k + 1 < sentence.upperBound, tokens[k + 1].lower == "down", word == "shot" { return "intercepted" }
                return event
            }
            if word == "shot", k + 1 < sentence.upperBound, tokens[k + 1].lower == "down" { return "intercepted" }
            k += 1
            steps += 1
        }
        // Still nothing: a noun before the number that names the event (`the death toll rose to 12`).
        return nil
    }

    func cause(near phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        var best: (distance: Int, word: String)?
        for i in sentence where tokens[i].isWord && FigureLexicon.causes.contains(tokens[i].lower) {
            let distance = i < phrase.tokens.lowerBound ? phrase.tokens.lowerBound - i : (i - phrase.tokens.upperBound) * 2 + 1
            if best == nil || distance < best!.distance {
                var word = tokens[i].lower
                if i > sentence.lowerBound, tokens[i - 1].lower == "air" { word = "air " + word }
                if i > sentence.lowerBound, tokens[i - 1].lower == "car", word == "bomb" { word = "car bomb" }
                best = (distance, FigureExtractor.causeSingular(word))
            }
        }
        return best?.word
    }

    // MARK: - Where

    /// The one place the clause says the figure happened at or targeted; nil when none or several.
    func site(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> String? {
        typealias Candidate = (mention: EntityExtractor.MentionReference, located: Bool, attached: Bool, distance: Int)
        let clause = self.clause(around: phrase.numeralStart, in: sentence)
        var all: [Candidate] = []
        for mention in places where clause.contains(mention.tokens.lowerBound) && !isReferencePoint(mention) && !isStreet(mention) {
            // Distances count from the figure's words (number to counted noun).
            let distance = mention.tokens.lowerBound >= nounEnd
                ? mention.tokens.lowerBound - nounEnd : max(0, phrase.tokens.lowerBound - mention.tokens.upperBound)
            if let preposition = locativeBefore(mention.tokens.lowerBound, floor: clause.lowerBound) {
                all.append((mention, true, preposition.attached && mention.tokens.lowerBound >= nounEnd && distance <= 3, distance))
            } else if mention.tokens.upperBound <= phrase.tokens.lowerBound, distance <= 3, !tokens[mention.tokens.lowerBound].isAllCaps,
                      (mention.tokens.upperBound..<phrase.tokens.lowerBound).allSatisfy({ isModifierGap(tokens[$0]) }) {
                // A modifier right before the counted thing: `Syria air strikes kill 44` (not `US air
                // strikes`: a country written as initials before its forces is the one acting).
                all.append((mention, true, true, 0))
            } else {
                // Named in the clause but not as where it happened (`left Madaya`): it still makes
                // the clause about several places.
                all.append((mention, false, false, distance))
            }
        }
        guard all.contains(where: \.located) else { return nil }
        // A country around a more specific place (`in Syria's Homs province`, `Aleppo, Syria`) yields to it.
        let specific = all.filter { !isCountry($0.mention) }
        if !specific.isEmpty && specific.count < all.count && specific.contains(where: \.located) { all = specific }
        let located = all.filter(\.located)
        let names = Set(all.map { siteName($0.mention) })
        if names.count == 1 { return siteName(located[0].mention) }
        // Several places: one directly attached (`missiles on Erbil`), or a hierarchy (`X in Y`: X).
        if let attached = located.filter(\.attached).min(by: { $0.distance < $1.distance }) { return siteName(attached.mention) }
        let sorted = all.sorted { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
        // `Ain al-Assad base in Anbar province`, `Jassem in the southern province of Daraa`: the first.
        if sorted.count == 2, sorted[1].mention.tokens.lowerBound - sorted[0].mention.tokens.upperBound <= 7,
           let link = locativeBefore(sorted[1].mention.tokens.lowerBound, floor: sorted[0].mention.tokens.upperBound),
           link.word == "in" || link.word == "near" || (link.word == "of" && sorted[0].mention.tokens.upperBound < tokens.count
                && EnglishLexicon.placeHeads.contains(tokens[sorted[0].mention.tokens.upperBound].lower)) {
            // `al-Zahraa neighbourhood of Homs`: the first, the more precise.
            if sorted[0].located || sorted[1].located { return siteName(sorted[0].mention) }
        }
        // One place close to the figure and the others far off.
        let byDistance = all.sorted { $0.distance < $1.distance }
        if byDistance[0].located, byDistance[0].distance <= 20,
           byDistance.dropFirst().allSatisfy({ $0.distance >= 2 * byDistance[0].distance + 6 || siteName($0.mention) == siteName(byDistance[0].mention) }) {
            return siteName(byDistance[0].mention)
        }
        return nil
    }

    /// Words that may stand between a place and the number it modifies (`Syria air strikes kill 44`,
    /// `Hong Kong police arrested 800`): nouns and verbs, not prepositions, conjunctions or day names.
    func isModifierGap(_ token: Token) -> Bool {
        token.isWord && !FigureLexicon.phraseBreakers.contains(token.lower) && !EnglishLexicon.notNames.contains(token.text)
    }

    /// `al-Siteen Street`: too fine to be a site; the district or town it is in names the place.
    func isStreet(_ mention: EntityExtractor.MentionReference) -> Bool {
        let end = mention.tokens.upperBound
        guard end < tokens.count else { return false }
        return ["street", "road", "avenue", "square", "highway", "bridge", "roundabout", "lane", "boulevard"].contains(tokens[end].lower)
    }

    /// `east of Damascus`, `60 kilometres northeast of Aleppo`: a place named to locate another.
    func isReferencePoint(_ mention: EntityExtractor.MentionReference) -> Bool {
        let i = mention.tokens.lowerBound
        guard i >= 2, tokens[i - 1].lower == "of" else { return false }
        return FigureLexicon.directions.contains(tokens[i - 2].lower)
    }

    func isCountry(_ mention: EntityExtractor.MentionReference) -> Bool {
        gazetteer.place(named: entities.entities[mention.entity].name)?.kind == .country
    }

    /// The place as the article spells it (`Khan Sheikhun`), unless that is a short form (`US`).
    func siteName(_ mention: EntityExtractor.MentionReference) -> String {
        let written = paragraph.text(of: mention.tokens)
        let entity = entities.entities[mention.entity]
        if written.contains(".") || tokens[mention.tokens.lowerBound].isAllCaps || isCountry(mention) { return entity.name }
        // `Aleppos` in text that lost its apostrophes: the place is Aleppo.
        if written.hasSuffix("s"), gazetteer.place(named: written) == nil,
           gazetteer.place(named: String(written.dropLast())) != nil {
            return String(written.dropLast())
        }
        return written
    }

    /// Whether a locative word stands before token `i` (past `the`, adjectives and `city of`).
    func locativeBefore(_ i: Int, floor: Int) -> (word: String, attached: Bool)? {
        var j = i - 1
        var skipped = 0
        while j >= floor, skipped < 6 {
            let word = tokens[j].lower
            if word == "of", j - 1 >= floor, FigureLexicon.placeNouns.contains(FigureExtractor.causeSingular(tokens[j - 1].lower)) || EnglishLexicon.placeOfHeads.contains(tokens[j - 1].lower) {
                // `the city of Aleppo` names where things are, whatever verb comes before it.
                return locativeBefore(j - 1, floor: floor) ?? ("of", false)
            }
            if FigureLexicon.locatives.contains(word) && word != "of" { return (word, ["on", "at", "targeting", "against", "in", "near"].contains(word)) }
            guard tokens[j].isWord, word == "the" || word == "'s" || word.hasSuffix("ern") || word == "northern" || word == "capital" || EnglishLexicon.placeOfHeads.contains(word)
                    || (tokens[j].isCapitalized && !FigureLexicon.phraseBreakers.contains(word)) else { return nil }
            j -= 1
            skipped += 1
        }
        return nil
    }

    /// The part of a sentence between clause breaks (`;`, `, while`, `, but`) holding token `i`.
    func clause(around i: Int, in sentence: Range<Int>) -> Range<Int> {
        var start = sentence.lowerBound
        var end = sentence.upperBound
        let breakers: Set<String> = ["while", "but", "whereas", "although", "though", "meanwhile"]
        for j in sentence {
            let isBreak = tokens[j].isPunctuation(";") || tokens[j].isPunctuation("\u{2014}")
                || (tokens[j].isPunctuation(",") && j + 1 < sentence.upperBound && breakers.contains(tokens[j + 1].lower))
            guard isBreak else { continue }
            if j < i { start = j + 1 } else if j > i { end = j; break }
        }
        return start..<end
    }
}

extension FigureExtractor {
    static func causeSingular(_ word: String) -> String {
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("es") && (word.hasSuffix("shes") || word.hasSuffix("ches")) { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}

extension Figure {
    /// Index of the token after the figure's text in `paragraph`.
    func tokenEnd(in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Int {
        paragraph.tokens.firstIndex { $0.start >= span.end } ?? paragraph.tokens.count
    }
}
