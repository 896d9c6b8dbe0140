/// The page's header furniture at the opening of a body paragraph, around a numeric dateline: `Floods Hit
/// Tarn - Reports Harbour Wire Ann Roe World 1730 06.04.2017(updated 1745 06.04.2017) Get short URL Topic
/// Floods in Tarn (40) 0 12 Rain fell …`. After the headline the body repeats, the outlet, a byline run
/// together, a section word and a clock time stand before the date; after it, an update stamp, a `Get short
/// URL` label, a topic with its count of stories and a share counter. None of it is the story: no count,
/// source, place or name is read there (the date itself is still a date mention).
///
/// Only where the date is a full numeric date (`06.04.2017`) among the first words of one of the first body
/// paragraphs, with nothing before it but the repeated headline and capitalised words (a clock time right
/// before it); a share counter after a bare date only as `0 N` (`06.04.2017 12 people died` is a toll).
enum PageHeaderFurniture {
    /// How many body paragraphs from the first may open with the furniture.
    static let paragraphReach = 3
    /// Most tokens between the repeated headline and the date.
    static let wordsBeforeDate = 12
    /// Most tokens of a topic label (`Topic Floods in Tarn (40)`).
    static let topicReach = 16

    /// The furniture's token range in each of the first body paragraphs that opens with it, by position.
    static func ranges(in paragraphs: [AnalyzedArticle.AnalyzedParagraph]) -> [Int: Range<Int>] {
        let headline = paragraphs.first { $0.kind == .headline }
        var ranges: [Int: Range<Int>] = [:]
        let body = Array(paragraphs.lazy.filter { $0.kind != .headline }.prefix(paragraphReach))
        for (index, paragraph) in body.enumerated() {
            let headlineTokens = headline?.tokens ?? []
            if let range = range(in: paragraph.tokens, headline: headlineTokens) {
                ranges[paragraph.position] = range
            } else if index + 1 < body.count, let first = body[index + 1].tokens.first, isNumericDate(first),
                let line = lineBeforeDate(paragraph.tokens, headline: headlineTokens)
            {
                // `Floods Hit Tarn - Reports Harbour Wire World 1730` on a line of its own above the dateline.
                ranges[paragraph.position] = line
            }
        }
        return ranges
    }

    /// The furniture of a paragraph that holds nothing else after the repeated headline (or that gives the
    /// page's clock time), above a paragraph that opens with the date: capitalised words, dashes, a clock time.
    static func lineBeforeDate(_ tokens: [Token], headline: [Token]) -> Range<Int>? {
        let start = repeatedHeadlineEnd(in: tokens, headline: headline)
        guard start < tokens.count, tokens.count - start <= wordsBeforeDate,
            start > 0 || tokens.contains(where: isClockTime)
        else { return nil }
        let furniture = tokens[start...].allSatisfy {
            isClockTime($0) || isFurnitureWord($0) || $0.isPunctuation("-") || $0.isPunctuation("|")
        }
        return furniture ? start..<tokens.count : nil
    }

    /// A capitalised word that is no sentence's opening word: an outlet's, a byline's (`Rodi Said`) or a
    /// section's.
    static func isFurnitureWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !sentenceOpeners.contains(token.lower)
    }

    /// Capitalised words that open a sentence of the story rather than stand in a page's header.
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "as", "in", "on", "at", "since", "until", "after", "before", "from", "during", "for",
        "of", "this", "that", "it", "between", "when", "while", "if", "we", "he", "she", "they", "there", "by",
    ]

    /// The furniture of one paragraph's tokens, given the headline's.
    static func range(in tokens: [Token], headline: [Token]) -> Range<Int>? {
        let start = repeatedHeadlineEnd(in: tokens, headline: headline)
        // The date, with only capitalised words, dashes and a clock time right before it.
        var date = start
        while date < tokens.count, date - start <= wordsBeforeDate, !isNumericDate(tokens[date]) {
            let token = tokens[date]
            let clockBeforeDate = isClockTime(token) && date + 1 < tokens.count && isNumericDate(tokens[date + 1])
            guard clockBeforeDate || isFurnitureWord(token) || token.isPunctuation("-") || token.isPunctuation("|")
            else { return nil }
            date += 1
        }
        guard date < tokens.count, isNumericDate(tokens[date]) else { return nil }
        let end = trailerEnd(after: date + 1, in: tokens)
        return start..<end
    }

    /// Where the headline the paragraph opens with ends (0 when it opens with none): the whole headline, or
    /// three words at least up to the headline's trail (`Floods Hit Tarn - World News`).
    static func repeatedHeadlineEnd(in tokens: [Token], headline: [Token]) -> Int {
        var k = 0
        while k < headline.count, k < tokens.count, tokens[k].text == headline[k].text { k += 1 }
        if k == headline.count { return k }
        let words = headline[..<k].filter(\.isWord).count
        guard words >= 3, headline[k].isPunctuation("-") || headline[k].isPunctuation("|") else { return 0 }
        return k
    }

    /// The end of the furniture after the date: `(updated 1745 06.04.2017)`, a lone `)` of a cut stamp, `Get
    /// short URL`, `Topic … (40)`, then the numbers of a share counter.
    static func trailerEnd(after start: Int, in tokens: [Token]) -> Int {
        var k = start
        if k < tokens.count, tokens[k].isPunctuation("(") {
            var close = k + 1
            while close < tokens.count, close - k <= 5, !tokens[close].isPunctuation(")") { close += 1 }
            if close < tokens.count, close - k <= 5, tokens[close].isPunctuation(")") { k = close + 1 }
        } else if k < tokens.count, tokens[k].isPunctuation(")") {
            k += 1
        }
        var labelled = false
        if k + 2 < tokens.count, tokens[k].text == "Get", tokens[k + 1].lower == "short", tokens[k + 2].lower == "url" {
            k += 3
            labelled = true
        }
        if k < tokens.count, tokens[k].text == "Topic" {
            var close = k + 1
            while close < tokens.count, close - k <= topicReach, !tokens[close].isPunctuation(")") { close += 1 }
            if close < tokens.count, close - k <= topicReach, tokens[close - 1].isNumber,
                tokens[close - 2].isPunctuation("(")
            {
                k = close + 1
                labelled = true
            }
        }
        // The share counter before the story's first words: one number (`1211`), or `0` and one more (`0 55`,
        // `0 0 0`); after a bare date only `0 N`. (`0 85 12 Daesh terrorists were killed`: the lead's toll stays.)
        guard k < tokens.count, isBareNumber(tokens[k]) else { return k }
        var numbers = k + 1
        if tokens[k].text == "0" {
            guard numbers < tokens.count, isBareNumber(tokens[numbers]) else { return k }
            numbers += 1
            while numbers < tokens.count, numbers - k < 3, tokens[numbers - 1].text == "0",
                isBareNumber(tokens[numbers])
            {
                numbers += 1
            }
        } else if !labelled {
            return k
        }
        return numbers < tokens.count && (tokens[numbers].isWord || isBareNumber(tokens[numbers])) ? numbers : k
    }

    /// `06.04.2017` (the tokenizer keeps it one number): day, month and a four-digit year between dots.
    static func isNumericDate(_ token: Token) -> Bool {
        guard token.isNumber else { return false }
        let parts = token.text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count <= 2, parts[1].utf8.count <= 2, parts[2].utf8.count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), Int(parts[2]) != nil
        else { return false }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// `1730`, `0041`: four digits of a time on the 24-hour clock.
    static func isClockTime(_ token: Token) -> Bool {
        guard isBareNumber(token), token.text.utf8.count == 4, let value = Int(token.text) else { return false }
        return value / 100 < 24 && value % 100 < 60
    }

    /// Digits alone: `0`, `55`, `112010`.
    static func isBareNumber(_ token: Token) -> Bool {
        token.isNumber && token.text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
