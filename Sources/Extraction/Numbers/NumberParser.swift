/// Finds numbers in a token stream: digits, words, scales, money, percentages, ranges, approximations
/// and vague plurals. One left-to-right pass; each token belongs to at most one phrase, and each phrase
/// looks at a few tokens around its numeral only.
///
/// Not numbers: the indefinite article alone (`a missile`), `several`, `a few`, `many`; ordinals
/// (`1st`, `third`); clock times (`10:30`, `2pm`, `9.15 a.m.`); digits that belong to a code (`MH17`,
/// `G20`, `CO2`, `F-16`, `COVID-19`); `one` as a pronoun (`no one`, `the one`, `one another`).
/// Not ranges: `from 10 to 12` (a change: two numbers), scores (`won 2-1`, `a 3-2 win`), chains of
/// dashed numbers (`+1-222-2222`, `2020-01-05`).
public struct NumberParser: Sendable {
    public init() {}

    public func phrases(in tokens: [Token]) -> [NumberPhrase] {
        var phrases: [NumberPhrase] = []
        var i = 0
        while i < tokens.count {
            if let skip = notANumber(in: tokens, at: i) {
                i += skip
                continue
            }
            if let phrase = phrase(in: tokens, at: i, after: phrases.last?.tokens.upperBound ?? 0) {
                phrases.append(phrase)
                i = phrase.tokens.upperBound
            } else {
                i += 1
            }
        }
        return phrases
    }

    // MARK: - Not numbers

    /// How many tokens to pass over at `i` when the digits there are not a quantity: an ordinal, a
    /// clock time or part of a code.
    func notANumber(in tokens: [Token], at i: Int) -> Int? {
        let token = tokens[i]
        guard token.isNumber else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].spaceBefore,
            Self.isOrdinalSuffix(tokens[i + 1].lower)
        {
            return 2
        }
        if let time = clockTime(in: tokens, at: i) { return time }
        if isIdentifier(tokens, at: i) { return 1 }
        return nil
    }

    /// `st`, `nd`, `rd`, `th`, alone or hyphenated on (`21st-century` splits into `21` and `st-century`).
    static func isOrdinalSuffix(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 2 else { return false }
        if utf8.count > 2, utf8[utf8.index(utf8.startIndex, offsetBy: 2)] != UInt8(ascii: "-") { return false }
        return NumberWords.ordinalSuffixes.contains(utf8.count == 2 ? word : String(word.prefix(2)))
    }

    /// `10:30`, `22:45`, `2 pm`, `2.17pm`, `9.15 a.m.`, `3 o'clock`: the number of tokens of a time of day
    /// starting at `i`, or nil. An hour with a decimal part counts only with two digits under 60 (`2.13 am`,
    /// not `2.123 am`).
    func clockTime(in tokens: [Token], at i: Int) -> Int? {
        let text = tokens[i].text
        guard !text.contains(ascii: ",") else { return nil }
        var j = i + 1
        var hasMinutes = false
        if j + 1 < tokens.count, tokens[j].isPunctuation(":"), !tokens[j].spaceBefore, tokens[j + 1].isNumber,
            !tokens[j + 1].spaceBefore, tokens[j + 1].text.utf8.count == 2, let hour = Int(text), hour <= 24,
            let minutes = Int(tokens[j + 1].text), minutes < 60
        {
            j += 2
            hasMinutes = true
        }
        if j < tokens.count, NumberWords.clockWords.contains(lowerOf: tokens[j]) {
            if hasMinutes { return j + 1 - i }
            if let hour = Int(text), hour >= 1, hour <= 12 { return j + 1 - i }
            if let dot = text.firstIndex(of: "."), let hour = Int(text[..<dot]), hour <= 12 {
                let minutes = text[text.index(after: dot)...]
                if minutes.utf8.count == 2, let m = Int(minutes), m < 60 { return j + 1 - i }
            }
        }
        return hasMinutes ? j - i : nil
    }

    /// Digits that belong to a code: written against a word (`MH17`, `G20`, `CO2`, `km2`), hyphenated to
    /// a capitalised word (`F-16`, `COVID-19`, `OAO-1`, not `mid-2000s`), dotted to a word (`ID.3`), after a
    /// minus sign against a unit (`fb−1`), or further along such a chain (`I7-860`).
    func isIdentifier(_ tokens: [Token], at i: Int, depth: Int = 0) -> Bool {
        guard i > 0, !tokens[i].spaceBefore else { return false }
        let previous = tokens[i - 1]
        if previous.isWord { return true }
        guard i >= 2, previous.kind == .punctuation, !previous.spaceBefore else { return false }
        let before = tokens[i - 2]
        // `ID.3`, `Mk.2`: a model name with a dot between its letters and its digits.
        if previous.text == "." { return before.isWord }
        if previous.text == "\u{2212}" { return before.isWord }
        guard previous.text == "-" || previous.text == "\u{2010}" || previous.text == "\u{2011}" else { return false }
        if before.isWord { return before.isCapitalized && !NumberWords.numberPrefixes.contains(lowerOf: before) }
        if before.isNumber, depth < 3 { return isIdentifier(tokens, at: i - 2, depth: depth + 1) }
        return false
    }

    // MARK: - One phrase

    /// The phrase whose numeral starts at `i`, with modifiers taken from tokens at or after `floor`.
    func phrase(in tokens: [Token], at i: Int, after floor: Int) -> NumberPhrase? {
        // Most tokens open no phrase: ask the word lists below only of those that may (see `mayOpenPhrase`).
        guard NumberWords.mayOpenPhrase(tokens[i]) else { return nil }
        // Currency sign before the numeral: $3m, US$5, £40,000, -£3m, $-99.99.
        if tokens[i].kind == .punctuation, let code = NumberWords.currencySymbols[tokens[i].text], i + 1 < tokens.count
        {
            var digits = i + 1
            var negative = false
            if digits + 1 < tokens.count, tokens[digits].isPunctuation("-") || tokens[digits].isPunctuation("\u{2212}"),
                !tokens[digits].spaceBefore, tokens[digits + 1].isNumber, !tokens[digits + 1].spaceBefore
            {
                digits += 1
                negative = true
            }
            guard tokens[digits].isNumber else { return nil }
            var start = i
            var currency = code
            if i > floor, tokens[i].text == "$", !tokens[i].spaceBefore, tokens[i - 1].isWord,
                let dollar = NumberWords.dollarPrefixes[tokens[i - 1].text]
            {
                currency = dollar
                start = i - 1
            } else if !negative, start - 1 >= floor,
                tokens[start - 1].isPunctuation("-") || tokens[start - 1].isPunctuation("\u{2212}"),
                !tokens[i].spaceBefore, start - 1 == 0 || tokens[start - 1].spaceBefore
            {
                start -= 1
                negative = true
            }
            guard let numeral = numeral(in: tokens, at: digits, allowUnitLikeScales: true) else { return nil }
            var phrase = numeral.phrase
            phrase.currency = currency
            if negative { phrase.value = -phrase.value }
            phrase.tokens = start..<phrase.tokens.upperBound
            return withModifiers(
                withPostfix(withRange(phrase, scale: numeral.scale, tokens: tokens), tokens: tokens),
                tokens: tokens, floor: floor)
        }
        // Vague plurals: dozens of, tens of thousands of, several dozen, a few hundred.
        if let vague = vaguePlural(in: tokens, at: i) { return withModifiers(vague, tokens: tokens, floor: floor) }
        // `a five-year conflict`, `a two-goal lead`: a number word and its unit in one hyphened word.
        if let compound = hyphenedUnitNumeral(in: tokens, at: i) {
            return withModifiers(compound, tokens: tokens, floor: floor)
        }
        guard let numeral = numeral(in: tokens, at: i, allowUnitLikeScales: false) else { return nil }
        var phrase = numeral.phrase
        // A sign before the numeral: `minus 5`, `negative one`, `-9.5`.
        if let sign = signIndex(in: tokens, before: i, floor: floor) {
            phrase.value = -phrase.value
            phrase.tokens = sign..<phrase.tokens.upperBound
        }
        // Currency or percent after the numeral.
        let end = phrase.tokens.upperBound
        if let percent = percentSuffix(in: tokens, at: end) {
            phrase.isPercent = true
            phrase.isPercentagePoints = percent.points
            phrase.tokens = phrase.tokens.lowerBound..<percent.end
        } else if let money = currencySuffix(in: tokens, at: end) {
            phrase.currency = money.code
            phrase.tokens = phrase.tokens.lowerBound..<money.end
        }
        return Self.inWholeUnits(
            withModifiers(
                withPostfix(withRange(phrase, scale: numeral.scale, tokens: tokens), tokens: tokens),
                tokens: tokens, floor: floor))
    }

    /// An amount in pence (`48.5p`, `95 pence`) or cents (`32 cents`, `65 Canadian cents`) given in the
    /// currency's whole unit with its ISO code (0.485 GBP, 0.32 USD), as every other amount is.
    static func inWholeUnits(_ phrase: NumberPhrase?) -> NumberPhrase? {
        guard var phrase, let currency = phrase.currency, let whole = NumberWords.hundredths[currency] else {
            return phrase
        }
        phrase.value /= 100
        phrase.maxValue = phrase.maxValue.map { $0 / 100 }
        phrase.currency = whole
        return phrase
    }

    /// A numeral and the scale that ends it (`1.5 million` → 1,000,000; 1 when none), which the lower
    /// end of a range may share (`20 to 30 million`).
    struct Numeral {
        var phrase: NumberPhrase
        var scale: Double
    }

    /// A bare numeral at `i`: digits (with a scale word or abbreviation), a leading-point decimal (`.08`),
    /// or spelled-out words.
    func numeral(in tokens: [Token], at i: Int, allowUnitLikeScales: Bool) -> Numeral? {
        let token = tokens[i]
        if token.isNumber {
            guard var base = Self.digitsValue(token.text) else { return nil }
            var end = i + 1
            if let grouped = Self.spacedThousands(in: tokens, at: i) {
                base = grouped.value
                end = grouped.end
            }
            var value = base
            var scale = 1.0
            if end < tokens.count, tokens[end].isWord {
                let next = tokens[end]
                let isDozen =
                    NumberWords.dozenForms.contains(lowerOf: next) || NumberWords.isDozens(tokens, at: end, count: base)
                if let s = NumberWords.scales[next.lower] ?? (isDozen ? 12 : nil) {
                    scale = s
                    end += 1
                    // `2 hundred thousand`
                    if s < 1_000, end < tokens.count, let big = NumberWords.scales[tokens[end].lower], big >= 1_000 {
                        scale *= big
                        end += 1
                    }
                } else if let s = NumberWords.abbreviatedScales[next.lower],
                    !next.spaceBefore || NumberWords.spacedScales.contains(lowerOf: next),
                    allowUnitLikeScales || !NumberWords.unitLikeScales.contains(lowerOf: next)
                        || isMillionsOfSomething(tokens, scaleAt: end)
                        || isApproximateMillions(tokens, scaleAt: end, digitsAt: i)
                {
                    scale = s
                    end += 1
                }
            }
            value *= scale
            // `3 million and a half`, `2 and a half`, `5 and a half million`.
            if let fraction = andAFraction(in: tokens, at: end) {
                if scale == 1, fraction.end < tokens.count, let big = NumberWords.scales[tokens[fraction.end].lower],
                    big >= 1_000
                {
                    value = (value + fraction.value) * big
                    scale = big
                    end = fraction.end + 1
                } else {
                    value += fraction.value * scale
                    end = fraction.end
                }
            }
            return Numeral(phrase: NumberPhrase(tokens: i..<end, value: value, numeralStart: i), scale: scale)
        }
        // `.08`: a decimal written without its leading zero, standing on its own.
        if token.isPunctuation("."), i + 1 < tokens.count, tokens[i + 1].isNumber, !tokens[i + 1].spaceBefore,
            i == 0 || token.spaceBefore, !tokens[i + 1].text.contains(ascii: ","),
            !tokens[i + 1].text.contains(ascii: "."),
            let value = Double("0." + tokens[i + 1].text)
        {
            return Numeral(phrase: NumberPhrase(tokens: i..<(i + 2), value: value, numeralStart: i), scale: 1)
        }
        guard token.isWord else { return nil }
        if let fraction = fractionOfScale(in: tokens, at: i) { return fraction }
        return spelledOut(in: tokens, at: i)
    }

    /// `1.1m Muslims`, `1.6m people`, `5m euros`, `2b users`: an `m` or `b` against the digits is a scale when
    /// a plural noun or a currency follows it, not a metre or a byte (`100m sprint`, `a 2m wall`). The
    /// plurals of a race (`400m hurdles`) and of a measure taken by the metre (`10m walls`) stay measures.
    func isMillionsOfSomething(_ tokens: [Token], scaleAt k: Int) -> Bool {
        isScaleAgainstDigits(tokens, at: k)
            && (isPluralAfterScale(tokens[k + 1])
                || k + 2 < tokens.count && NumberWords.nationalCurrency(tokens[k + 1].text, tokens[k + 2].lower) != nil)
    }

    /// Whether token `k` is an `m` or `b` written against the digits before it, with a word after it.
    func isScaleAgainstDigits(_ tokens: [Token], at k: Int) -> Bool {
        NumberWords.millionsOfScales.contains(lowerOf: tokens[k]) && !tokens[k].spaceBefore && k + 1 < tokens.count
    }

    /// A plural noun or a currency that a scale may count (`people`, `Hindus`, `euros`), not the plural of a
    /// measure (`hurdles`, `walls`) nor a singular in -s (`radius`, `chassis`).
    func isPluralAfterScale(_ noun: Token) -> Bool {
        guard noun.isWord, noun.spaceBefore else { return false }
        let word = noun.lower
        if NumberWords.currencyWords[word] != nil {
            return word == "won" ? noun.isCapitalized : word != "rand" || !noun.isCapitalized
        }
        if noun.isAllCaps, noun.text.utf8.count > 1 { return false }
        if NumberWords.metreCountedPlurals.contains(word) { return false }
        if NumberWords.pluralsWithoutS.contains(word) { return true }
        // (`Hindus`, but not `a 5m radius`, `a 3m chassis`.)
        guard word.utf8.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.contains(ascii: "'"),
            noun.isCapitalized || !word.hasSuffix("us") && !word.hasSuffix("is")
        else { return false }
        return true
    }

    // MARK: - Around the numeral

    /// A minus sign before the numeral at `i`: `minus`, `negative`, or `-`/`−` written against the digits
    /// and standing apart from what comes before (`-5`, not the `-` of `2-1` or `F-16`).
    func signIndex(in tokens: [Token], before i: Int, floor: Int) -> Int? {
        guard i - 1 >= floor else { return nil }
        let sign = tokens[i - 1]
        if sign.lower == "minus" || sign.lower == "negative" { return i - 1 }
        guard sign.kind == .punctuation, sign.text == "-" || sign.text == "\u{2212}", !tokens[i].spaceBefore,
            tokens[i].isNumber
        else { return nil }
        if i - 1 == 0 || sign.spaceBefore { return i - 1 }
        let before = tokens[i - 2]
        return before.isPunctuation("(") || before.isPunctuation("[") ? i - 1 : nil
    }

    /// `%`, `percent`, `per cent`, `pc`, `percentage points` at `k`: where it ends and whether it counts
    /// points. A `%` with a letter or digit against it is URL encoding (`%2D`), not a percent sign.
    func percentSuffix(in tokens: [Token], at k: Int) -> (end: Int, points: Bool)? {
        guard k < tokens.count else { return nil }
        let token = tokens[k]
        if token.isPunctuation("%") {
            if k + 1 < tokens.count, !tokens[k + 1].spaceBefore, tokens[k + 1].kind != .punctuation { return nil }
            return (k + 1, false)
        }
        switch token.lower {
        case "percent", "percents", "pc", "pct":
            return (k + 1, false)
        case "per":
            return k + 1 < tokens.count && tokens[k + 1].lowerIs("cent") ? (k + 2, false) : nil
        case "percentage":
            if k + 1 < tokens.count, tokens[k + 1].lowerIs("point") || tokens[k + 1].lowerIs("points") {
                return (k + 2, true)
            }
            return (k + 1, false)
        default:
            return nil
        }
    }

    /// A currency written after the amount at `k`: `dollars`, `EUR`, `Won` (capitalised only), `pence`, or
    /// a sign or `p` against the digits (`15€`, `48.5p`).
    func currencySuffix(in tokens: [Token], at k: Int) -> (end: Int, code: String)? {
        guard k < tokens.count else { return nil }
        let token = tokens[k]
        if token.isWord, let code = NumberWords.currencyWords[token.lower], isCurrencyWord(token, in: tokens, at: k) {
            return (k + 1, code)
        }
        // `500 Syrian pounds`, `2bn Danish kroner`: a nationality, then the currency word it makes whose.
        if token.isWord, token.isCapitalized, k + 1 < tokens.count, tokens[k + 1].isWord,
            let code = NumberWords.nationalCurrency(token.text, tokens[k + 1].lower)
        {
            return (k + 2, code)
        }
        // `48.5p`: pence, the letter against the digits (not a video's `1080p`).
        if token.lower == "p", !token.spaceBefore, k > 0, tokens[k - 1].isNumber,
            !NumberWords.videoResolutions.contains(tokens[k - 1].text)
        {
            return (k + 1, NumberWords.pence)
        }
        if token.kind == .punctuation, !token.spaceBefore, let code = NumberWords.currencySymbols[token.text],
            !(k + 1 < tokens.count && tokens[k + 1].isNumber && !tokens[k + 1].spaceBefore)
        {
            return (k + 1, code)
        }
        return nil
    }

    /// Whether the currency word at `k` names money as written: `Won` capitalised, or a lowercase `won` right
    /// after a scale (`one trillion won`), never the verb (`Tarvan 3 won two awards`); a lowercase `rand`
    /// (`Rand` is a name).
    func isCurrencyWord(_ token: Token, in tokens: [Token], at k: Int) -> Bool {
        switch token.lower {
        case "won": return token.isCapitalized || k > 0 && NumberWords.scalesBeforeWon.contains(lowerOf: tokens[k - 1])
        case "rand": return !token.isCapitalized
        default: return true
        }
    }

    /// Takes bounding words after the phrase (`50 or more`, `65 and over`, `50+`, `50-plus`) into it,
    /// unless a number follows them (`200 or more than 190`).
    func withPostfix(_ phrase: NumberPhrase, tokens: [Token]) -> NumberPhrase {
        guard phrase.approx == .exact else { return phrase }
        let end = phrase.tokens.upperBound
        guard end < tokens.count else { return phrase }
        var result = phrase
        if tokens[end].isPunctuation("+"), !tokens[end].spaceBefore,
            !(end + 1 < tokens.count && tokens[end + 1].isNumber && !tokens[end + 1].spaceBefore)
        {
            result.approx = .over
            result.tokens = phrase.tokens.lowerBound..<(end + 1)
            return result
        }
        if end + 1 < tokens.count, tokens[end].isPunctuation("-"), !tokens[end].spaceBefore,
            tokens[end + 1].lowerIs("plus"),
            !tokens[end + 1].spaceBefore
        {
            result.approx = .over
            result.tokens = phrase.tokens.lowerBound..<(end + 2)
            return result
        }
        // (Every bounding phrase opens with `or` or `and`: no other word need be compared with them all.)
        guard NumberWords.postfixApproximatorOpeners.contains(lowerOf: tokens[end]) else { return phrase }
        for (words, approx) in NumberWords.postfixApproximators {
            let last = end + words.count
            guard last <= tokens.count, zip(tokens[end..<last], words).allSatisfy({ $0.lower == $1 }) else { continue }
            if last < tokens.count {
                let next = tokens[last]
                if NumberWords.startsNumeral(next) { return phrase }
                if next.lower == "than", last + 1 < tokens.count, NumberWords.startsNumeral(tokens[last + 1]) {
                    return phrase
                }
            }
            result.approx = approx
            result.tokens = phrase.tokens.lowerBound..<last
            return result
        }
        return phrase
    }

    /// Takes approximating words before the phrase (`more than`, `nearly`, `between`) into it. A phrase
    /// already bounded (`50 or more`, a vague plural) keeps its approximation.
    func withModifiers(_ phrase: NumberPhrase, tokens: [Token], floor: Int) -> NumberPhrase {
        var result = phrase
        let start = phrase.tokens.lowerBound
        if phrase.approx == .range {
            if start - 1 >= floor, tokens[start - 1].lowerIs("between") || tokens[start - 1].lowerIs("from") {
                result.tokens = (start - 1)..<phrase.tokens.upperBound
            }
            return result
        }
        if let (words, approx) = approximator(in: tokens, endingAt: start, floor: floor),
            !(words == ["up", "to"] && isRaisedTo(in: tokens, endingAt: start, floor: floor)),
            !(words == ["under"] && isUndergoneStretch(in: tokens, after: phrase.tokens.upperBound))
        {
            if phrase.approx == .exact { result.approx = approx }
            result.tokens = (start - words.count)..<phrase.tokens.upperBound
        }
        return result
    }

    /// `under 20 hours of questioning`, `under three weeks of bombardment`: after `under`, a stretch of
    /// time and what someone was put through in it (``NumberWords/undergoneActivities``), which `under`
    /// says they were subjected to; no bound on the number (`under 20 hours of sleep` is one).
    func isUndergoneStretch(in tokens: [Token], after end: Int) -> Bool {
        guard end + 2 < tokens.count, NumberWords.unitsOfUndergoneStretches.contains(lowerOf: tokens[end]),
            tokens[end + 1].lowerIs("of")
        else { return false }
        return NumberWords.undergoneActivities.contains(lowerOf: tokens[end + 2])
    }

    /// The longest word of approximation (`about`, `more than`, `an estimated`) that ends right before token
    /// `end` and begins at `floor` or after.
    func approximator(in tokens: [Token], endingAt end: Int, floor: Int) -> ([String], NumberApproximation)? {
        // Only the approximators ending in the word before `end` can match (longest first, as in the list).
        guard end - 1 >= floor, end >= 1,
            let candidates = NumberWords.approximatorsByLastWord[tokens[end - 1].lower]
        else { return nil }
        return candidates.first { words, _ in
            end - words.count >= floor && zip(tokens[(end - words.count)..<end], words).allSatisfy { $0.lower == $1 }
        }
    }

    /// `1 000`, `300 000`, `2 500 000`: thousands grouped by spaces, as much of the world writes them. Read only
    /// when the groups end in `000`, so that numbers that merely stand side by side stay apart (`the 101 102 and
    /// 103 fields`, `10 737-800 planes`): the value and the token after the last group, or nil.
    static func spacedThousands(in tokens: [Token], at i: Int) -> (value: Double, end: Int)? {
        let first = tokens[i].text.utf8
        guard (1...3).contains(first.count), first.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            first.first != UInt8(ascii: "0")
        else { return nil }
        var digits = tokens[i].text
        var end = i + 1
        while end < tokens.count, tokens[end].isNumber, tokens[end].spaceBefore, isThreeDigits(tokens[end].text) {
            digits += tokens[end].text
            end += 1
        }
        guard end > i + 1, tokens[end - 1].text == "000" else { return nil }
        // A group glued to what follows belongs to something else (`10 737-800`, `1 000x`).
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].isNumber || tokens[end].isPunctuation("-") {
            return nil
        }
        guard let value = Double(digits) else { return nil }
        return (value, end)
    }

    private static func isThreeDigits(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.count == 3 && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `1,200` → 1200; `3.5` → 3.5; `007` → 7. Nil when separators are misplaced (`1,2`).
    static func digitsValue(_ text: String) -> Double? {
        if text.contains(ascii: ",") {
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.prefix(while: { $0 != "." }).count == 3 }),
                let first = groups.first, (1...3).contains(first.count)
            else { return nil }
            return Double(groups.joined())
        }
        return Double(text)
    }
}
