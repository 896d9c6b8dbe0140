/// Ranges of numbers: `20 to 30`, `20-30`, `between 20 and 30`, and the dashes and `to`s that are not ranges.
extension NumberParser {
    /// Extends a phrase to a range: `20 to 30`, `20-30`, `1000 – 5000`, `20 through 30`, `$20m-$30m`,
    /// `8- to 16-metre`, `44 mg to 50 mg`, `between 20 and 30` (the `between` is taken by
    /// ``withModifiers``). The upper end must be larger, or the words are left alone.
    func withRange(_ phrase: NumberPhrase, scale: Double, tokens: [Token]) -> NumberPhrase {
        guard let joiner = rangeJoiner(after: phrase, tokens: tokens) else { return phrase }
        let start = phrase.tokens.lowerBound
        guard wordsBefore(start, allowRangeWith: joiner.kind, tokens: tokens) else { return phrase }
        guard let upperNumeral = rangeUpperEnd(of: phrase, after: joiner, tokens: tokens) else { return phrase }
        if isYearBeforeAnotherNumber(phrase, upper: upperNumeral.phrase, tokens: tokens) { return phrase }
        let upperValue = upperNumeral.phrase.value
        let upperEnd = upperNumeral.phrase.tokens.upperBound
        if joiner.kind == .dash, isDashedChainOrScore(tokens, start: start, end: upperEnd) { return phrase }

        var lower = phrase
        // "20 to 30 million": the scale of the upper end applies to both when the lower has none.
        if scale == 1, upperNumeral.scale > 1, phrase.value * upperNumeral.scale < upperValue, !phrase.isPercent {
            lower.value *= upperNumeral.scale
        }
        guard upperValue > lower.value else { return phrase }
        // "Biogen fell $28.63 to $38.65", "rose 0.1% to 4.7%": after a change word the upper end is the level
        // reached, not the top of a range. (So `increased by 25 to 30` gives two numbers too; but see
        // ``isRangeOfAnAmount(_:start:upperEnd:)``.)
        if joiner.kind == .to, isChange(tokens, before: start),
            !isRangeOfAnAmount(tokens, start: start, upperEnd: upperEnd, ratio: upperValue / lower.value)
        {
            return phrase
        }
        guard let end = rangeEnd(taking: &lower, after: upperEnd, tokens: tokens) else { return phrase }
        lower.maxValue = upperValue
        lower.approx = .range
        lower.tokens = start..<end
        return lower
    }

    /// The word or mark between the two ends of a range, and the unit word written after the lower end.
    struct RangeJoiner {
        enum Kind { case dash, to, and }
        var index: Int
        var kind: Kind
        /// `mg` in `44 mg to 50 mg`: the upper end must be followed by it too.
        var unitWord: String?
    }

    /// The joiner after the lower end `phrase`: a dash (`20-30`, `1000 – 5000`, not a spaced dash after
    /// words), `to`, `through` or `and`, possibly after a suspended hyphen (`8- to 16-metre`) or a unit word
    /// (`44 mg to 50 mg`).
    func rangeJoiner(after phrase: NumberPhrase, tokens: [Token]) -> RangeJoiner? {
        let end = phrase.tokens.upperBound
        guard end + 1 < tokens.count else { return nil }
        var joinerIndex = end
        var unitWord: String?
        if tokens[end].isPunctuation("-"), !tokens[end].spaceBefore,
            tokens[end + 1].lowerIs("to") || tokens[end + 1].lowerIs("and")
        {
            joinerIndex = end + 1  // `8- to 16-metre`: a suspended hyphen
        } else if tokens[end].isWord, !NumberWords.startsNumeral(tokens[end]),
            tokens[end + 1].lowerIs("to") || tokens[end + 1].lowerIs("and"),
            NumberWords.scales[tokens[end].lower] == nil
        {
            unitWord = tokens[end].lower  // `44 mg to 50 mg`: only when the same word follows the upper end
            joinerIndex = end + 1
        }
        guard joinerIndex + 1 < tokens.count else { return nil }
        let joiner = tokens[joinerIndex]
        let afterJoiner = tokens[joinerIndex + 1]
        let isDashMark = joiner.kind == .punctuation && (joiner.text == "-" || joiner.text == "\u{2013}")
        if isDashMark && unitWord == nil && joinerIndex == end
            && ((!joiner.spaceBefore && !afterJoiner.spaceBefore)
                || (joiner.spaceBefore && afterJoiner.spaceBefore && !phrase.isSpelledOut && afterJoiner.isNumber))
        {
            return RangeJoiner(index: joinerIndex, kind: .dash, unitWord: unitWord)
        }
        if joiner.lower == "to" || joiner.lower == "through" {
            return RangeJoiner(index: joinerIndex, kind: .to, unitWord: unitWord)
        }
        if joiner.lower == "and" { return RangeJoiner(index: joinerIndex, kind: .and, unitWord: unitWord) }
        return nil
    }

    /// Whether the words before the lower end at `start` let it begin a range: "from 10 to 12" and "from about
    /// 10 to 12" report a change, not a range; "and" only ranges after "between".
    func wordsBefore(_ start: Int, allowRangeWith joiner: RangeJoiner.Kind, tokens: [Token]) -> Bool {
        let before = start > 0 ? tokens[start - 1].lower : ""
        if joiner != .dash,
            before == "from"
                || (start >= 2 && tokens[start - 2].lowerIs("from") && NumberWords.roughWords.contains(before))
        {
            return false
        }
        if joiner == .and, before != "between" { return false }
        return true
    }

    /// The numeral after the joiner, past a currency sign when the lower end has a currency (`$20m-$30m`,
    /// `between £20 and £30`); nil when it is written otherwise than a dashed lower end (`2-three`), or lacks
    /// the lower end's unit word.
    func rangeUpperEnd(of phrase: NumberPhrase, after joiner: RangeJoiner, tokens: [Token]) -> Numeral? {
        var upperStart = joiner.index + 1
        if phrase.currency != nil, tokens[upperStart].kind == .punctuation,
            NumberWords.currencySymbols[tokens[upperStart].text] != nil,
            upperStart + 1 < tokens.count
        {
            upperStart += 1
        }
        guard let upperNumeral = numeral(in: tokens, at: upperStart, allowUnitLikeScales: phrase.currency != nil) else {
            return nil
        }
        guard upperNumeral.phrase.isSpelledOut == phrase.isSpelledOut || joiner.kind != .dash else { return nil }
        if let unitWord = joiner.unitWord {
            let upperEnd = upperNumeral.phrase.tokens.upperBound
            guard upperEnd < tokens.count, tokens[upperEnd].lower == unitWord else { return nil }
        }
        return upperNumeral
    }

    /// Whether the dash between the numbers at `start` and ending at `end` is no range: chains of dashed
    /// numbers are codes and dates (`+1-222-2222`, `2020-01-05`), and a dash between two numbers next to `won`,
    /// `victory` or two team names is a score (`won 2-1`, `Chelsea 2-1 Arsenal`).
    func isDashedChainOrScore(_ tokens: [Token], start: Int, end: Int) -> Bool {
        if start > 0, !tokens[start].spaceBefore,
            tokens[start - 1].isPunctuation("+") || tokens[start - 1].isPunctuation("-")
                || tokens[start - 1].isPunctuation("/") || tokens[start - 1].isPunctuation("\u{2013}")
        {
            return true
        }
        if end + 1 < tokens.count, !tokens[end].spaceBefore,
            tokens[end].isPunctuation("-") || tokens[end].isPunctuation("/"),
            tokens[end + 1].isNumber, !tokens[end + 1].spaceBefore
        {
            return true
        }
        return isScore(tokens, start: start, end: end)
    }

    /// Where the range ends: after a percent or currency written after the upper end at `upperEnd`, which
    /// `lower` then takes (`20 to 30 dollars`, `20 dollars to 30 dollars`, `2% to 3%`). Nil when the two
    /// ends count different things.
    func rangeEnd(taking lower: inout NumberPhrase, after upperEnd: Int, tokens: [Token]) -> Int? {
        if let percent = percentSuffix(in: tokens, at: upperEnd) {
            // "0.27 percentage points to 5.8%" counts two different things.
            if lower.isPercent, lower.isPercentagePoints != percent.points { return nil }
            lower.isPercent = true
            lower.isPercentagePoints = percent.points
            return percent.end
        }
        if lower.isPercent { return nil }  // "up 2.8% to 14.96bn euros": a percent and an amount are no range
        if let money = currencySuffix(in: tokens, at: upperEnd), lower.currency == nil || lower.currency == money.code {
            lower.currency = money.code
            return money.end
        }
        return upperEnd
    }

    /// `bringing the toll since 2011 to 4,000`, `the number killed in 2015 to 300`: a year after `since`,
    /// `in`, `from` or `of` dates what comes before it, and starts no range with an upper end that is no
    /// year (`from 2011 to 2015` and `in 2011-2013` still range over years).
    func isYearBeforeAnotherNumber(_ lower: NumberPhrase, upper: NumberPhrase, tokens: [Token]) -> Bool {
        let start = lower.tokens.lowerBound
        guard start > 0, tokens[start - 1].lowerIs(oneOf: ["since", "in", "from", "of", "until", "till"]),
            isYearNumeral(lower, tokens: tokens)
        else { return false }
        return !isYearNumeral(upper, tokens: tokens)
    }

    /// A number written as four digits without a comma, from 1800 to 2100: the way years are written.
    func isYearNumeral(_ phrase: NumberPhrase, tokens: [Token]) -> Bool {
        guard !phrase.isSpelledOut, phrase.tokens.count == 1, phrase.currency == nil, !phrase.isPercent,
            (1800...2100).contains(phrase.value), phrase.value == phrase.value.rounded()
        else { return false }
        let text = tokens[phrase.tokens.lowerBound].text
        return text.utf8.count == 4 && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether a change word (`rose`, `fell`, `by`) stands among the three words before `start`, past only
    /// words that `passing` lets through (any word, unless the caller says otherwise).
    func isChange(_ tokens: [Token], before start: Int, passing: (Token) -> Bool = { _ in true }) -> Bool {
        var j = start - 1
        var words = 0
        while j >= 0, words < 3, tokens[j].isWord {
            if NumberWords.changeWords.contains(lowerOf: tokens[j]) { return true }
            guard passing(tokens[j]) else { return false }
            j -= 1
            words += 1
        }
        return false
    }

    /// `grow its presence by 25 to 30 seats`, `win by 4 to 6 points`: after a `by` that follows no word of
    /// change (the verb's object or nothing stands between), with a noun after the upper end at most twice
    /// the lower, `N to M` is the range of the amount, not an amount and the level reached (`rose by 25 to
    /// 30`, `cut sharply by 2 to 5`, `rose again by 20 to 35` stay two numbers: there `by` follows the change
    /// word, past adverbs only; so do `boost income by 400m euros to 2.5bn euros` and `double by 2010 to
    /// 1.3 billion`, whose upper ends are far above an amount's range).
    func isRangeOfAnAmount(_ tokens: [Token], start: Int, upperEnd: Int, ratio: Double) -> Bool {
        guard ratio <= 2, start >= 2, tokens[start - 1].lowerIs("by"), upperEnd < tokens.count,
            tokens[upperEnd].isWord, !NumberWords.startsNumeral(tokens[upperEnd])
        else { return false }
        return !isChange(tokens, before: start - 1) {
            $0.lower.hasSuffix("ly") || EnglishWords.bundled.partOfSpeech(of: $0.lower) == .adverb
        }
    }

    /// A dash between two numbers that is a score: a score word or two capitalised names around it.
    func isScore(_ tokens: [Token], start: Int, end: Int) -> Bool {
        let previous = start > 0 ? tokens[start - 1] : nil
        let next = end < tokens.count ? tokens[end] : nil
        if let previous, NumberWords.scoreWords.contains(lowerOf: previous) { return true }
        if let next, NumberWords.scoreWords.contains(lowerOf: next) { return true }
        if let previous, let next, previous.isWord, next.isWord, previous.isCapitalized, next.isCapitalized {
            return true
        }
        return false
    }
}
