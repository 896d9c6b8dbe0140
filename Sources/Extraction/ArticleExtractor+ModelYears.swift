/// `0.6 millimetres on the 2012 through 2015 style`, `a 16-inch screen, quieter than the mid-2019 model`,
/// `the same options as the Vesko Pro from earlier in 2019`: a year that names which model or edition of a
/// thing is meant dates that thing, not a figure beside it (as a birth's date dates no figure:
/// ``datesAnOrigin(_:in:)``).
extension ArticleExtractor {
    /// Whether a year mention names a model year: glued into a noun phrase between a determiner and its noun
    /// (`the mid-2019 model`, `its 2012 through 2015 design`, `the mid-2019 Vesko`, and a month's name so: `a
    /// March ceasefire`), or after a thing `from earlier in` (`later in`, `in`) that year.
    static func namesAModelYear(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        // (A month's name alone modifies a noun the same way: `a March ceasefire`, `a February report`.)
        let bareMonth = mention.grain == .month && !mention.text.utf8.contains { $0 >= 48 && $0 <= 57 }
        guard mention.grain == .year || bareMonth else { return false }
        let tokens = paragraph.tokens
        var first = firstToken(endingAfter: mention.span.start, in: tokens)
        let after = firstToken(endingAfter: mention.span.end, in: tokens)
        guard first > 0, first < tokens.count else { return false }
        // (`mid-2019`: the year's mention may leave out the `mid-` glued before it.)
        if first >= 3, tokens[first - 1].isPunctuation("-"), !tokens[first].spaceBefore,
            tokens[first - 2].lower == "mid"
        {
            first -= 2
        }
        if modelYearDeterminers.contains(tokens[first - 1].lower), after < tokens.count, tokens[after].isWord,
            !FigureLexicon.englishFunctionWords.contains(tokens[after].lower), !headsAHappening(from: after, in: tokens)
        {
            return true
        }
        // `the singer's 2004 tour`, `the 2004 Olympics`: the year says which occasion, as a model's says which
        // model.
        if after < tokens.count, headsANamedOccasion(from: after, in: tokens), !headsAHappening(from: after, in: tokens) {
            return true
        }
        // `… from earlier in 2019`
        var k = first - 1
        guard tokens[k].lower == "in" else { return false }
        k -= 1
        if k >= 0, ["earlier", "later"].contains(tokens[k].lower) { k -= 1 }
        return k >= 0 && tokens[k].lower == "from"
    }

    /// Whether the words after a year name a happening, right after it or past a few modifiers (`the 2013
    /// chemical attack`, `the 2013 Ghouta attack`): up to ``happeningNounReach`` words.
    static func headsAHappening(from after: Int, in tokens: [Token]) -> Bool {
        var k = after
        while k < min(tokens.count, after + happeningNounReach), tokens[k].isWord {
            // (`the 2004 model year`: a model's year, not a happening's.)
            if modelNouns.contains(lowerOf: tokens[k]) { return false }
            if namesAHappening(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Nouns of a model or an edition: the year before them is the model's (`the 2004 model year`).
    static let modelNouns: WordSet = ["model", "models", "edition", "editions", "version", "versions"]

    /// How many words after a year its happening's noun may stand.
    static let happeningNounReach = 3

    /// `the summer 2019 offensive`, `the 2016-2019 period`, `the early 2019 elections`: the year dates
    /// what happened then, and the figures of it.
    static func namesAHappening(_ noun: String) -> Bool {
        FigureLexicon.attackNouns.contains(noun) || FigureLexicon.battleNouns.contains(noun)
            || FigureLexicon.sustainedEventNouns.contains(noun) || FigureLexicon.eventNouns.contains(noun)
            || incidentsPointedBack.contains(noun) || timeSpanNouns.contains(noun) || disasterNouns.contains(noun)
    }

    /// What befalls a country or a town, dated by its year: `the 1994 genocide`, `the 2001 recession`.
    static let disasterNouns: WordSet = [
        "genocide", "recession", "coup", "earthquake", "tsunami", "floods", "flood", "hurricane", "famine",
        "shootings", "referendum",
    ]

    /// Whether the words after a year name an occasion the year names (`the 2004 Olympics`, `the 2006 World
    /// Cup`, `the 2005 Six Nations`, `the 2003 French Open`): the year is a date, but like a model's year it
    /// says which occasion is meant, and dates no figure beside it (`five medals at the 2000 Olympics` may
    /// count a career).
    static func headsANamedOccasion(from after: Int, in tokens: [Token]) -> Bool {
        var k = after
        while k < min(tokens.count, after + happeningNounReach), tokens[k].isWord {
            if namedOccasionNouns.contains(lowerOf: tokens[k]) { return true }
            k += 1
        }
        return false
    }

    /// The heads of occasions named with their year.
    static let namedOccasionNouns: WordSet = [
        "games", "olympics", "olympiad", "paralympics", "cup", "championship", "championships", "open", "nations",
        "awards", "oscars", "festival", "summit", "marathon", "prix", "tour", "tournament", "final", "finals",
        "ceremony", "race", "conference", "convention", "primary", "primaries", "caucuses", "playoffs",
    ]

    static let timeSpanNouns: WordSet = [
        "period", "season", "seasons", "quarter", "election", "elections", "vote", "census", "poll", "survey",
        "budget", "term", "year", "years", "fiscal", "financial", "academic", "school",
    ]

    static let modelYearDeterminers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "your", "my"]

    /// `the Z9 is due for release in 2026`, `the 12-inch model released in 2015`, `set to launch in late
    /// 2026`: a year a release verb or noun governs (at most two words before its `in`/`by`) dates that
    /// release, not a size or weight beside it (`a 6.1-inch screen`), which has no date of its own.
    static func datesARelease(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        guard mention.grain == .year || mention.grain == .month else { return false }
        let tokens = paragraph.tokens
        var k = firstToken(endingAfter: mention.span.start, in: tokens) - 1
        if k >= 0, DateLexicon.partsOfAMonth.contains(tokens[k].lower) { k -= 1 }
        guard k >= 1, ["in", "by"].contains(tokens[k].lower) else { return false }
        return (max(0, k - 2)..<k).contains { releaseWords.contains(tokens[$0].lower) }
    }

    /// Whether the sentence (character offsets) names a product: a noun of one (`screen`, `laptop`, `model`)
    /// or a unit or standard of one (`GHz`, `USB`).
    static func namesAProduct(_ sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        paragraph.tokens.contains { token in
            sentence.contains(token.start)
                && (EntityLexicon.productNouns.contains(token.lower) || EntityProductWords.nouns.contains(token.lower)
                    || FigureLexicon.productNouns.contains(token.lower) || modelNouns.contains(token.lower)
                    || EntityProductWords.specs.contains(token.text))
        }
    }

    /// Verbs and nouns of bringing out a product.
    static let releaseWords: WordSet = [
        "release", "released", "releases", "releasing", "launch", "launched", "launches", "launching", "debut",
        "debuts", "debuted", "ship", "ships", "shipped", "shipping", "unveil", "unveiled", "arrive", "arrives",
        "rollout", "availability", "available",
    ]
}
