/// `A recent survey by Kelvar and Dunmore found that 40% of …`, `according to a report by analysts Tarn
/// Data`, `…, a study by Vesk Magazine revealed`, `…, said the report by the Kelso Institute`: a study the
/// sentence credits is reported by whoever made it, the first when two did.
extension SourceTracker {
    /// Nouns of a piece of research whose author reports its findings (``findingNouns`` but those naming no
    /// made thing: not `testimony`, `findings`): `survey`, `study`, `poll`.
    static let studyNouns = WordSet(["survey", "study", "report", "poll", "research", "analysis", "review", "audit"])

    /// Verbs a study reports its findings by: the reporting verbs and ``findingVerbs``, and `reveals`.
    static let studyVerbs = reportingVerbs.union(findingVerbs).union(["reveals", "show", "showed", "find"])

    /// The words naming who made the study the sentence credits with its facts, or nil. The study opens the
    /// sentence (`A survey by X found …`; `In a survey by X, …`), follows `according to`, follows a comma with
    /// its verb after it (`…, a study by X revealed`), or closes the sentence after its verb (`…, said the
    /// report by X.`); not a study a sayer cites (`Roe said a survey by X found …`: Roe reports).
    func studyAuthor(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        if let author = presentedFindingAuthor(in: sentence, paragraph: paragraph) { return author }
        let tokens = paragraph.tokens
        for by in sentence where by - 1 > sentence.lowerBound && tokens[by].lowerIs("by") {
            guard Self.studyNouns.contains(lowerOf: tokens[by - 1]),
                let determiner = studyDeterminer(before: by - 1, in: sentence, tokens: tokens),
                let author = studyAuthorWords(from: by + 1, in: sentence, paragraph: paragraph)
            else { continue }
            let before = determiner - 1
            let opensSentence =
                determiner == sentence.lowerBound
                || before == sentence.lowerBound && tokens[before].lowerIs("in")
                || before - 1 >= sentence.lowerBound && tokens[before].lowerIs("to")
                    && tokens[before - 1].lowerIs("according")
            let findingVerbFollows = verbFollows(author.end, in: sentence, tokens: tokens)
            // (`In a report by X, the army said …`: the sayer after the comma reports, not X; but `In a poll by
            // X, 42% of shoppers said …` are the poll's answers, a number before their verb.)
            let sayer = (author.end..<sentence.upperBound).first {
                SourceTracker.reportingVerbs.contains(lowerOf: tokens[$0])
            }
            let anotherSayerFollows = sayer.map { verb in !(author.end..<verb).contains { tokens[$0].isNumber } } ?? false
            if opensSentence && (findingVerbFollows || determiner != sentence.lowerBound && !anotherSayerFollows) {
                return author.words
            }
            guard before >= sentence.lowerBound else { continue }
            if tokens[before].isPunctuation(","), findingVerbFollows { return author.words }
            if Self.studyVerbs.contains(lowerOf: tokens[before]),
                closesSentence(at: author.end, in: sentence, tokens: tokens)
            {
                return author.words
            }
        }
        return nil
    }

    /// Participles by which a finding is laid before others by its maker (`calculations presented to the
    /// council by Dr Roe`, `figures compiled by Kelvar`); not `commissioned`, `cited`, whose agent did not make it.
    static let presentingParticiples: WordSet = [
        "presented", "published", "compiled", "released", "prepared", "produced", "conducted", "submitted",
    ]

    /// Nouns of a finding whose maker a presenting participle may name (``studyNouns``, ``findingNouns``,
    /// ``FigureLexicon/evidenceNouns``; `calculations`, `figures`, `estimates`).
    static let presentedFindingNouns = studyNouns.union(findingNouns).union(FigureLexicon.evidenceNouns)

    /// `According to calculations presented to the Kelvar parliament by Dr Ilsa Roe, …`, `Figures compiled by
    /// the Vessa Institute show …`: a finding that opens the sentence (after `according to`, with up to two
    /// words before its noun), a presenting participle right after its noun, at most six words (no
    /// punctuation) to `by` and its maker's name; reported by the maker after `according to`, or when a
    /// verb of finding follows the name (past `in March`).
    func presentedFindingAuthor(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        var k = sentence.lowerBound
        let according = k + 1 < sentence.upperBound && tokens[k].lowerIs("according") && tokens[k + 1].lowerIs("to")
        if according { k += 2 }
        let nounFrom = k
        while k < sentence.upperBound, k - nounFrom < 3, tokens[k].isWord,
            !Self.presentedFindingNouns.contains(lowerOf: tokens[k])
        {
            k += 1
        }
        guard k + 2 < sentence.upperBound, Self.presentedFindingNouns.contains(lowerOf: tokens[k]),
            Self.presentingParticiples.contains(lowerOf: tokens[k + 1])
        else { return nil }
        var by = k + 2
        while by < sentence.upperBound, by - k <= 8, tokens[by].isWord, !tokens[by].lowerIs("by") { by += 1 }
        guard by < sentence.upperBound, by - k <= 8, tokens[by].lowerIs("by"),
            let author = studyAuthorWords(from: by + 1, in: sentence, paragraph: paragraph)
        else { return nil }
        if according { return author.words }
        var end = author.end
        // (`… by Kelvar in March show`: a time after the name.)
        if end + 1 < sentence.upperBound, tokens[end].lowerIs(oneOf: ["in", "on", "last"]),
            EnglishLexicon.month(tokens[end + 1].lower) != nil || EnglishLexicon.weekdays[lowerOf: tokens[end + 1]] != nil
                || tokens[end + 1].lowerIs(oneOf: ["year", "week", "month"])
        {
            end += 2
        }
        return verbFollows(end, in: sentence, tokens: tokens) ? author.words : nil
    }

    /// The determiner that opens the study's noun phrase ending at `noun` (`a recent impact study`, `another
    /// survey`, `a February report`): at most three words of description between them.
    private func studyDeterminer(before noun: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var k = noun - 1
        while k >= sentence.lowerBound, noun - k <= 4, tokens[k].isWord {
            if tokens[k].lowerIs(oneOf: ["a", "an", "the", "another", "one"]) { return k }
            if Self.stops.contains(lowerOf: tokens[k]) { return nil }
            k -= 1
        }
        return nil
    }

    /// The author's words after `by`, and where they end: the one name (an entity's mention where the entity
    /// pass found one; `Kelvar` of `Kelvar and Dunmore`), after a description of it (`property website`,
    /// `analysts`, `UK-based`), or `the firm` for a business named before.
    private func studyAuthorWords(from start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> (words: String, end: Int)?
    {
        let tokens = paragraph.tokens
        var first = start < sentence.upperBound && tokens[start].lowerIs("the") ? start + 1 : start
        guard first < sentence.upperBound else { return nil }
        // `the firm`: a business the article named before.
        if first > start, !tokens[first].isCapitalized,
            SourceResolver.businessNouns.contains(lowerOf: tokens[first])
                || FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[first])
        {
            return (paragraph.text(of: start..<(first + 1)), first + 1)
        }
        // A description before the name: lowercase words (`property website`) or a place-based modifier.
        var k = first
        while k < sentence.upperBound, k - first < 3, tokens[k].isWord,
            !tokens[k].isCapitalized && !Self.stops.contains(lowerOf: tokens[k]) && !tokens[k].isNumber
        {
            k += 1
        }
        guard k < sentence.upperBound, tokens[k].isCapitalized else { return nil }
        first = k
        // (`New York-based Kelso Institute`: the modifier and the place it names stand before the name.)
        var m = first
        while m < sentence.upperBound, m - first < 4, tokens[m].isWord, tokens[m].isCapitalized {
            if SourceResolver.isModifier(tokens[m].text) {
                first = m + 1
                break
            }
            m += 1
        }
        guard first < sentence.upperBound, tokens[first].isCapitalized else { return nil }
        // (`by Dr Ilsa Roe`: a title before the person's mention.)
        if EnglishLexicon.titles.contains(tokens[first].text), first + 1 < sentence.upperBound,
            resolver.mention(openingAt: first + 1, in: sentence, paragraph: paragraph)?.kind == .person
        {
            first += 1
        }
        if let mention = resolver.mention(openingAt: first, in: sentence, paragraph: paragraph) {
            let end = mention.tokens.upperBound
            return goesOnPastItsCapitals(end, in: sentence, tokens: tokens)
                ? nil : (paragraph.text(of: mention.tokens), end)
        }
        // No mention: the capitalised words (`Tarn Data`, `Nielsen/NetRatings` glued by a slash), up to `and`.
        var end = first
        while end < sentence.upperBound,
            tokens[end].isWord && tokens[end].isCapitalized && !EnglishLexicon.notNames.contains(tokens[end].text)
                || end > first && end + 1 < sentence.upperBound && tokens[end + 1].isCapitalized
                    && (tokens[end].text == "/" || tokens[end].text == "&" || tokens[end].lowerIs(oneOf: ["for", "of"]))
        {
            end += 1
        }
        guard end > first, !goesOnPastItsCapitals(end, in: sentence, tokens: tokens) else { return nil }
        return (paragraph.text(of: first..<end), end)
    }

    /// Whether the name ending at `end` goes on past its capitals (`the Fund to Guard Writers`, `the Centre
    /// in Kelso`): a lowercase word with a capitalised word after it, other than `and`, `has` or a verb of
    /// finding (`found Britons`), or a month or a day (`by Kelvar in March`). Such an author is only half read, so
    /// none is taken.
    private func goesOnPastItsCapitals(_ end: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        end + 1 < sentence.upperBound && tokens[end].isWord && !tokens[end].isCapitalized
            && !tokens[end].lowerIs(oneOf: ["and", "has", "have", "had", "also"])
            && !Self.studyVerbs.contains(lowerOf: tokens[end])
            && tokens[end + 1].isWord && tokens[end + 1].isCapitalized
            && EnglishLexicon.month(tokens[end + 1].lower) == nil && EnglishLexicon.weekdays[lowerOf: tokens[end + 1]] == nil
    }

    /// Whether a verb a study reports by comes right after the author (past `and` a second author, an aside
    /// in commas of a few words, `has`, `also`, `recently`): `… found`, `… has predicted`.
    private func verbFollows(_ end: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = end
        // `Kelvar and Dunmore found`: a second author.
        if k < sentence.upperBound, tokens[k].lowerIs("and") {
            k += 1
            if k < sentence.upperBound, tokens[k].lowerIs("the") { k += 1 }
            while k < sentence.upperBound, k - end < 8, tokens[k].isWord && tokens[k].isCapitalized
                || tokens[k].text == "/" || tokens[k].lowerIs(oneOf: ["for", "of"])
            {
                k += 1
            }
        }
        while k < sentence.upperBound, k - end < 10,
            tokens[k].lowerIs(oneOf: ["has", "have", "had", "also", "recently", "just"])
                || FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[k])
        {
            k += 1
        }
        return k < sentence.upperBound && Self.studyVerbs.contains(lowerOf: tokens[k])
    }

    /// Whether only punctuation follows `end` in the sentence.
    private func closesSentence(at end: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        (end..<sentence.upperBound).allSatisfy { tokens[$0].kind == .punctuation }
    }
}
