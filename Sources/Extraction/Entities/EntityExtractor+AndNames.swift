/// `and` inside one organisation's name: common words joined before its head (`Food and Drug
/// Administration`, `Securities and Exchange Commission`) or inside the `of`/`for`-phrase after its head
/// (`Department for Education and Skills`, `Department of Health and Human Services`); inside one country's
/// or region's name the gazetteer knows (`Trinidad and Tobago`). Two names joined by `and` (`Britain and
/// France`, `Smith and Jones`) stay two.
extension EntityExtractor {
    /// Whether the `and` at `k`, in the run of capitalised words that began at `start`, lies inside one name.
    func andJoinsOneName(
        at k: Int, from start: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, limit: Int,
        isBlocked: (Int) -> Bool
    ) -> Bool {
        let tokens = paragraph.tokens
        // (`Exchange`, a head of its own, may open the words after it before the name's head.)
        guard k >= 1, k + 1 < limit, tokens[k].text == "and", !isBlocked(k + 1),
            isPlainNameWord(k - 1, in: paragraph),
            isPlainNameWord(k + 1, in: paragraph)
                || k + 2 < limit && EnglishLexicon.organizationHeads.contains(tokens[k + 1].text)
                    && EnglishLexicon.organizationHeads.contains(tokens[k + 2].text)
        else { return false }
        let headAfter = headAhead(from: k + 1, in: tokens, limit: limit, isBlocked: isBlocked)
        if opensOfPhrase(before: k, from: start, in: paragraph) {
            // `Department of Health and Human Services`; `Department for Education and Skills`: one or two
            // words that end the run; not `Ministry of Defence and Home Office`, where a known name follows.
            if headAfter { return knownSpan(at: k + 1, limit: limit, in: paragraph) == nil }
            var end = k + 1
            while end < min(k + 3, limit), !isBlocked(end), isPlainNameWord(end, in: paragraph) { end += 1 }
            return end >= limit || isBlocked(end) || !tokens[end].isNamePart
        }
        // `Food and Drug Administration`, `Securities and Exchange Commission`: no head before the `and`, a
        // common word before it, and an organisation's head within three words after it (any head after
        // two common words).
        // (`Securities`, a firm's head elsewhere, may stand right before the `and`.)
        // (`Pine Hill Elementary and Oak Grove Academy`: a school's head ends a name of its own.)
        guard isCommonNameWord(tokens[k - 1]), !Self.schoolHeads.contains(tokens[k - 1].text),
            !headAhead(from: start, in: tokens, limit: k - 1, isBlocked: { _ in false })
        else { return false }
        if isCommonNameWord(tokens[k + 1]) { return headAfter }
        var j = k + 2
        while j < min(k + 4, limit), !isBlocked(j), tokens[j].isNamePart {
            if EnglishLexicon.organizationHeads.contains(tokens[j].text) { return true }
            j += 1
        }
        return false
    }

    /// Where a country's or a region's name that holds the `and` at `k` ends, if the gazetteer knows one: one
    /// to three words of the run before the `and`, one to three after it (`Saint Vincent and the Grenadines`).
    /// Not after `between`, `both`, `either` or `neither`, where the `and` joins two places (`talks between
    /// Serbia and Montenegro`), nor when each side alone is a country of its own (`talks with Serbia and
    /// Montenegro`; `Bosnia`, the short form of `Bosnia and Herzegovina`, is no other country). At most twelve
    /// look-ups an `and`, two more for a country's sides.
    func placeNameAcrossAnd(
        at k: Int, from start: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, limit: Int,
        isBlocked: (Int) -> Bool
    ) -> Int? {
        let tokens = paragraph.tokens
        guard k > start, k + 1 < limit, tokens[k].text == "and" else { return nil }
        var last = k + 1
        while last + 1 < min(limit, k + 4), !isBlocked(last + 1), tokens[last + 1].isWord { last += 1 }
        for first in max(start, k - 3)..<k {
            if first > 0, Self.wordsBeforeTwoJoined.contains(tokens[first - 1].lower) { continue }
            for end in stride(from: last + 1, through: k + 2, by: -1) {
                if let place = gazetteer.place(named: paragraph.text(of: first..<end)), place.kind != .city {
                    if place.kind == .country, isCountry(other: place, named: first..<k, in: paragraph),
                        isCountry(other: place, named: (k + 1)..<end, in: paragraph)
                    {
                        return nil
                    }
                    return end
                }
            }
        }
        return nil
    }

    /// Whether the words of `span` alone name a country other than `joined`: `Serbia` beside `Serbia and
    /// Montenegro`, not `Trinidad` (the short form of `Trinidad and Tobago`) nor `Tobago`.
    private func isCountry(
        other joined: Gazetteer.Place, named span: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        guard let place = gazetteer.place(named: paragraph.text(of: span)) else { return false }
        return place.kind == .country && place.name != joined.name
    }

    /// Words before two names joined by `and`: `between Vessa and Tarvan`, `both Kelvar and Dornholm`.
    static let wordsBeforeTwoJoined: WordSet = ["between", "both", "either", "neither"]

    /// Whether an organisation's or a place's head (`Museum`) and its `of` or `for` (a body's head and its
    /// `on`) come right before one to three capitalised words that end at `k`: `Ministry of Agriculture`,
    /// `Department for Education`, `Committee on Human Rights`.
    private func opensOfPhrase(before k: Int, from start: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var j = k - 1
        while j > start, k - j <= 3, isPlainNameWord(j, in: paragraph) { j -= 1 }
        guard j > start, j < k - 1, ["of", "for", "on"].contains(tokens[j].text) else { return false }
        let head = tokens[j - 1].text
        // `Parliamentary Group on Betting and Gaming`: a body named for what it deals with.
        if tokens[j].text == "on" { return EntityLexicon.topicBodyHeads.contains(head) }
        return EnglishLexicon.organizationHeads.contains(head) || EntityLexicon.placeNameHeads.contains(head)
    }

    /// A capitalised word, not in capitals, that begins no known name and is no place, title, head or
    /// given name: a word of a portfolio or a field (`Energy`, `Exchange`, `Immigration`).
    private func isPlainNameWord(_ k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let token = paragraph.tokens[k]
        return token.isWord && token.isCapitalized && !token.isAllCaps && !isGivenName(token) && !isTitle(token)
            && !EnglishLexicon.organizationHeads.contains(token.text)
            && !EntityLexicon.placeNameHeads.contains(token.text) && gazetteer.place(named: token.text) == nil
            && knownSpan(at: k, limit: k + 1, in: paragraph) == nil
    }

    /// A capitalised common English word (or its plural, or a `-ship` noun made from one) that names no
    /// place, no one's given name, no title and no head of its own: `Health`, `Securities`, `Citizenship`.
    func isCommonNameWord(_ token: Token) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isAllCaps, !isGivenName(token), !isTitle(token),
            !EnglishLexicon.organizationHeads.contains(token.text), !EntityLexicon.placeNameHeads.contains(token.text),
            gazetteer.place(named: token.text) == nil
        else { return false }
        let word = token.lower
        let words = EnglishWords.bundled
        if words.partOfSpeech(of: word) != nil { return true }
        if word.hasSuffix("ies"), words.partOfSpeech(of: String(word.dropLast(3)) + "y") == .noun { return true }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), words.partOfSpeech(of: String(word.dropLast())) == .noun {
            return true
        }
        return word.hasSuffix("ship") && words.partOfSpeech(of: String(word.dropLast(4))) == .noun
    }
}
