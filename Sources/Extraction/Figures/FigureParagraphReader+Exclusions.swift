/// What is not a figure: years, dates, clock times, ordinals, identifiers, scores, idioms and page furniture.
extension FigureParagraphReader {
    /// Years, dates, clock times, ordinals, identifiers (`Article 51`, `G20`), scores and idioms.
    func isNotAFigure(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        let i = phrase.numeralStart
        let next = phrase.tokens.upperBound < tokens.count ? tokens[phrase.tokens.upperBound] : nil
        let previous = i > 0 ? tokens[i - 1] : nil
        // A page's clock time, update stamp, topic count or share counter (``PageHeaderFurniture``).
        if paragraph.headerFurniture?.contains(i) == true { return true }
        if tokens[i].isNumber, isDigitsCountingNothing(phrase, next: next, previous: previous) { return true }
        return isDateOrIdentifier(phrase, next: next, previous: previous, sentence: sentence)
            || isIdiom(phrase, next: next, previous: previous)
            || isPartOfAName(phrase, next: next, previous: previous, sentence: sentence)
            || isNumberInAName(phrase, next: next, sentence: sentence)
            || isChannelNumber(phrase, previous: previous)
            || phrase.tokens.count == 1 && isModelNumber(at: i, sentence: sentence)
            || next.map { FigureLexicon.furnitureMarkers.contains($0.text) } ?? false
            || isInRelatedList(phrase, sentence: sentence)
            || isRankAfterTop(phrase, sentence: sentence)
    }

    /// `… Related Syrian Army Destroys 22 Daesh Positions Near Manbij Syrian Army Encircles …`, `Related
    /// News Iraqs vote violations | Air strikes kill 16 civilians in Idlib …`: a list of other stories'
    /// headlines glued to the text. After `Related News` (`Articles`, `Stories`…), the next few dozen
    /// words; after a bare `Related`, a run of words mostly capitalised as headlines are.
    func isInRelatedList(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        let start = phrase.numeralStart
        var k = start - 1
        while k > sentence.lowerBound, start - k < 48, tokens[k].text != "Related" { k -= 1 }
        guard k >= sentence.lowerBound, start - k < 48, tokens[k].text == "Related", k + 1 < start,
            tokens[k + 1].isCapitalized
        else { return false }
        if FigureLexicon.relatedListHeads.contains(tokens[k + 1].text) { return true }
        let words = ((k + 1)..<start).filter { tokens[$0].isWord }
        let capitalised = words.filter { tokens[$0].isCapitalized }.count
        return words.count >= 2 && capitalised * 10 >= words.count * 7
    }

    /// `the Three Gorges Dam`, `at the Three Parallel Rivers site`: a capitalised number word inside a
    /// sentence of running text, before another capitalised word, begins a name.
    func isPartOfAName(_ phrase: NumberPhrase, next: Token?, previous: Token?, sentence: Range<Int>) -> Bool {
        guard phrase.isSpelledOut, phrase.numeralStart > sentence.lowerBound, !paragraph.isTitleCase,
            tokens[phrase.numeralStart].isCapitalized, let previous, previous.isWord, !previous.isCapitalized,
            let next, next.isWord, next.isCapitalized
        else { return false }
        return true
    }

    /// `BBC Four viewers`, `Channel Five audiences`, `BBC Radio One listeners`: a capitalised number word
    /// right after a broadcaster's word names a channel, it counts nothing.
    func isChannelNumber(_ phrase: NumberPhrase, previous: Token?) -> Bool {
        guard phrase.isSpelledOut, phrase.tokens.count == 1, tokens[phrase.numeralStart].isCapitalized,
            let previous
        else { return false }
        return EntityLexicon.channelWords.contains(previous.text) || Self.broadcasters.contains(previous.text)
    }

    /// Broadcasters whose channels are numbered: `BBC Two`, `ITV Four`.
    static let broadcasters: WordSet = ["BBC", "ITV", "CBBC"]

    /// Digits that are a code, an ordinal, a clock time, an identifier, a year or a score.
    func isDigitsCountingNothing(_ phrase: NumberPhrase, next: Token?, previous: Token?) -> Bool {
        let token = tokens[phrase.numeralStart]
        // A minus sign the parser took into the phrase (`fell -0.1%`) joins the digits to nothing.
        let previous = phrase.numeralStart > phrase.tokens.lowerBound ? nil : previous
        // `01`, `007`: codes and dates, not quantities.
        if token.text.count > 1, token.text.hasPrefix("0"), !token.text.hasPrefix("0.") { return true }
        // Ordinals and suffixes written against the digits: 1st, 2nd, 1990s, 9am (but not a unit: 2.5kg).
        if let next, next.isWord, !next.spaceBefore, phrase.tokens.count == 1,
            FigureLexicon.gluedUnits[next.text] == nil, FigureLexicon.powerAbbreviations[next.text] == nil
        {
            return true
        }
        // Clock times: 1:45am, 22:45 GMT.
        if let next, next.isPunctuation(":") || next.isPunctuation("."), !next.spaceBefore,
            phrase.tokens.upperBound + 1 < tokens.count, tokens[phrase.tokens.upperBound + 1].isNumber
        {
            return true
        }
        if let previous, previous.isPunctuation(":"), !token.spaceBefore { return true }
        if let next, FigureLexicon.clockWords.contains(lowerOf: next), phrase.currency == nil, !phrase.isPercent {
            return true
        }
        // Identifiers: G20, F-16, attached to a word or a hyphen.
        if let previous, !token.spaceBefore,
            previous.isWord || previous.isPunctuation("-") || previous.isPunctuation("#")
                || previous.isPunctuation("/")
        {
            return true
        }
        // `a 999 operator`, `the 112 calls`, `911 calls`: an emergency number written as one to call, before
        // what it is dialled for, names the line (not `Police received 112 calls`: a count of calls; `911
        // calls`, the American compound, names the line however it stands).
        if phrase.tokens.count == 1, FigureLexicon.emergencyNumbers.contains(token.text), let next,
            FigureLexicon.emergencyLineWords.contains(lowerOf: next),
            token.text == "911" || FigureLexicon.emergencyLineSingulars.contains(lowerOf: next)
                || previous.map { FigureLexicon.wordsBeforeANumberToCall.contains(lowerOf: $0) } ?? false
        {
            return true
        }
        // Years: four digits from 1800 to 2100, unless something is counted right after.
        if token.text.count == 4, !token.text.contains(ascii: ","), phrase.value >= 1800, phrase.value <= 2100,
            phrase.currency == nil, !phrase.isPercent, phrase.tokens.count == 1 || phrase.approx != .exact
        {
            if !(next.map { FigureLexicon.yearLikeCountNouns.contains($0.lower) } ?? false) { return true }
            // `July 30 2014 Bombs in Aleppo kill 13`: a dateline's year, whatever word follows it.
            let i = phrase.numeralStart
            if let previous, previous.isNumber, previous.text.count <= 2, i >= 2, tokens[i - 2].isCapitalized,
                EnglishLexicon.month(tokens[i - 2].lower) != nil
            {
                return true
            }
        }
        // Scores and other digit pairs the parser did not take as a range: 2-1, 3/4.
        if let next, next.isPunctuation("-") || next.isPunctuation("/") || next.isPunctuation("\u{2013}"),
            !next.spaceBefore,
            phrase.tokens.upperBound + 1 < tokens.count, tokens[phrase.tokens.upperBound + 1].isNumber,
            phrase.maxValue == nil
        {
            return true
        }
        if let previous, previous.isPunctuation("/") || previous.isPunctuation("-"), !token.spaceBefore {
            return true
        }
        // `0-60 mph`, `0-100 km/h`: a dashed range from zero labels a test of speed, it measures nothing.
        let after = phrase.numeralStart + 1
        if phrase.value == 0, phrase.maxValue != nil, phrase.currency == nil, !phrase.isPercent, after < tokens.count,
            tokens[after].isPunctuation("-") || tokens[after].isPunctuation("\u{2013}"), !tokens[after].spaceBefore
        {
            return true
        }
        return false
    }

    /// `World War 2`, `Formula 1 teams`: a small number after such a head names a series. Never where a
    /// count of people or a casualty word follows (`the War 300 soldiers`, `Formula 1 crash: 2 dead`).
    func isSmallNumberedName(at i: Int, value: Double) -> Bool {
        guard i > 0, value <= 3, tokens[i - 1].isWord, tokens[i - 1].isCapitalized,
            FigureLexicon.smallNumberedNameHeads.contains(lowerOf: tokens[i - 1])
        else { return false }
        if tokens[i - 1].lowerIs("war"), !(i > 1 && tokens[i - 2].lowerIs("world")) { return false }
        guard i + 1 < tokens.count, tokens[i + 1].isWord else { return true }
        let next = tokens[i + 1].lower
        return !FigureLexicon.casualtyWords.contains(next) && !FigureLexicon.peopleUnits.contains(Self.singular(next))
    }

    /// `January 8`, `8 January`, and identifiers after a name: `Article 51`, `Flight 752`.
    func isDateOrIdentifier(_ phrase: NumberPhrase, next: Token?, previous: Token?, sentence: Range<Int>) -> Bool {
        let i = phrase.numeralStart
        let token = tokens[i]
        // `29 2017`: a day before a year, its month lost (a date, never a count).
        if token.isNumber, phrase.tokens.count == 1, phrase.value <= 31, let next, next.isNumber, next.text.count == 4,
            let year = Int(next.text), (1900...2100).contains(year)
        {
            return true
        }
        // Dates: January 8, 8 January.
        if let previous, EnglishLexicon.month(previous.lower) != nil, previous.isCapitalized { return true }
        if let next, EnglishLexicon.month(next.lower) != nil, next.isCapitalized, phrase.value <= 31 { return true }
        // `between 12 and 14 of May`: days of a month.
        if token.isNumber, let next, next.lowerIs("of"), phrase.tokens.upperBound + 1 < sentence.upperBound,
            case let month = tokens[phrase.tokens.upperBound + 1], month.isCapitalized,
            EnglishLexicon.month(month.lower) != nil, (phrase.maxValue ?? phrase.value) <= 31
        {
            return true
        }
        // Labels: `Type 1 diabetes`, `stage 4 cancer`, `Category 5 storm` (whatever follows the number), and
        // capitalised numbered names: `Division 17 Moves North`, `Protocol 2 allows observers`.
        if token.isNumber, let previous, previous.isWord, phrase.tokens.lowerBound == i,
            FigureLexicon.labelNouns.contains(lowerOf: previous)
                || previous.isCapitalized && FigureLexicon.numberedNameHeads.contains(lowerOf: previous)
        {
            return true
        }
        if token.isNumber, phrase.tokens.lowerBound == i, isSmallNumberedName(at: i, value: phrase.value) {
            return true
        }
        if token.isNumber, phrase.tokens.lowerBound == i, isInLabelList(at: i) { return true }
        // A model after a brand written in mixed case, whatever follows: `iPhone 11 users`, `eReader 3`.
        if token.isNumber, let previous, previous.isWord, previous.isInnerCapitalized, phrase.tokens.lowerBound == i {
            return true
        }
        // Identifiers: Article 51, Resolution 2231, Flight 752 (a capitalised word that is not a
        // sentence start, a month or a counting verb).
        if token.isNumber, let previous, previous.isWord, previous.isCapitalized,
            !EnglishLexicon.notNames.contains(previous.text),
            phrase.tokens.lowerBound == i, FigureVocabulary.eventWords[previous.lower] == nil, !paragraph.isTitleCase,
            !(next.map { isPluralNoun($0) } ?? false), !isCountAfterPlace(at: i, next: next, sentence: sentence)
        {
            return true
        }
        return false
    }

    /// `In Karmun 20 were killed`, `shelling killed 8 in Vesk 5 in Tarn` (a list that lost its commas): digits
    /// right after a place, followed by a verb, a preposition, a conjunction or punctuation, count; a place's
    /// numbered name has a noun or a capitalised word after it (`Karmun 2 talks`, `Vesk 3 Conference`).
    func isCountAfterPlace(at i: Int, next: Token?, sentence: Range<Int>) -> Bool {
        guard i > sentence.lowerBound else { return false }
        let place = tokens[i - 1]
        guard gazetteer.place(named: place.text) != nil || isInPlaceName(i - 1, sentence: sentence) else {
            return false
        }
        guard let next, i + 1 < sentence.upperBound else { return true }
        // (`Middle East 2159 18.05.2017`: a time and a date in a page's byline, no count)
        if next.isNumber { return false }
        if !next.isWord { return !next.isPunctuation("-") && !next.isPunctuation("\u{2013}") }
        // (`Artemis 2 in 2022`: a mission or an event's edition followed by its year, no count)
        if next.lowerIs(oneOf: ["in", "at", "on"]), i + 2 < sentence.upperBound, tokens[i + 2].isNumber {
            return false
        }
        return FigureLexicon.wordsAfterACountedPlace.contains(lowerOf: next)
            || FigureVocabulary.eventWords[next.lower] != nil
    }

    /// `resolutions 2254 and 2118`, `decisions 1900 (2010) and 2001 (2012)`: a number in a list of numbers
    /// after a plural label noun, with only commas, `and`/`or` and bracketed years between.
    func isInLabelList(at i: Int) -> Bool {
        var k = i - 1
        var numbers = 0
        while k >= 0, i - k <= 16 {
            let token = tokens[k]
            // (`in phases, 300 at a time`: no number labelled before the comma)
            if token.isWord, FigureLexicon.labelListNouns.contains(lowerOf: token) { return k == i - 1 || numbers > 0 }
            if token.isNumber {
                numbers += 1
            } else if !(token.isPunctuation(",") || token.isPunctuation("(") || token.isPunctuation(")")
                || token.lower == "and" || token.lower == "or")
            {
                return false
            }
            k -= 1
        }
        return false
    }

    /// `worth a thousand words`, `at one point`, `one of the biggest`, `no 10`, `number 4`: idioms,
    /// rankings and labels, not counts.
    func isIdiom(_ phrase: NumberPhrase, next: Token?, previous: Token?) -> Bool {
        let i = phrase.numeralStart
        if phrase.isSpelledOut, isInNumberIdiom(phrase) { return true }
        // `one of the biggest`, `one of its most …`: a ranking, not a count.
        if phrase.isSpelledOut, phrase.value == 1, let next, next.lower == "of", isRankingAfterOneOf(phrase) {
            return true
        }
        if let previous, previous.lower == "no" || previous.lower == "number" || previous.lower == "no.",
            phrase.tokens.lowerBound == i
        {
            return true
        }
        return false
    }

    /// Whether `of` after a `one` opens a ranking: a determiner, an owner if any (`the world's`), then a
    /// superlative or a word of rank (`one of the biggest`, `one of the world's largest makers`, `one of the
    /// top priorities`, `one of the main rebel groups`), or `more`/`less` before an adjective (`one of the
    /// more curious rulings`; not `one of the more than 200 guests`).
    func isRankingAfterOneOf(_ phrase: NumberPhrase) -> Bool {
        var k = phrase.tokens.upperBound + 1
        guard k + 1 < tokens.count, tokens[k].lowerIs(oneOf: ["the", "its", "their", "his", "her", "our"]) else {
            return false
        }
        k += 1
        if k + 2 < tokens.count, tokens[k].isWord, ["'s", "\u{2019}s"].contains(tokens[k + 1].lower) { k += 2 }
        let word = tokens[k].lower
        if isSuperlative(word) || Self.wordsOfRank.contains(word) { return true }
        guard word == "more" || word == "less", k + 1 < tokens.count else { return false }
        return tokens[k + 1].isWord && !tokens[k + 1].lowerIs("than") && !isNumeral(tokens[k + 1])
    }

    /// Words that rank what follows them as superlatives do: `one of the top priorities`.
    static let wordsOfRank: WordSet = ["best", "few", "top", "leading", "main", "foremost"]

    /// Whether the phrase's words stand inside one of the lexicon's number idioms (`a million thanks`).
    func isInNumberIdiom(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.tokens.lowerBound
        for (words, at) in FigureLexicon.numberIdiomsByWord[tokens[first].lower] ?? [] {
            let start = first - at
            guard start >= 0, start + words.count <= tokens.count, start + words.count >= phrase.tokens.upperBound
            else { continue }
            if words.indices.allSatisfy({ tokens[start + $0].lower == words[$0] }) { return true }
        }
        return false
    }
}
