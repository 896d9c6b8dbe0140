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
        if i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].spaceBefore, Self.isOrdinalSuffix(tokens[i + 1].lower) {
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
        guard !text.utf8.contains(UInt8(ascii: ",")) else { return nil }
        var j = i + 1
        var hasMinutes = false
        if j + 1 < tokens.count, tokens[j].isPunctuation(":"), !tokens[j].spaceBefore, tokens[j + 1].isNumber,
           !tokens[j + 1].spaceBefore, tokens[j + 1].text.utf8.count == 2, let hour = Int(text), hour <= 24,
           let minutes = Int(tokens[j + 1].text), minutes < 60 {
            j += 2
            hasMinutes = true
        }
        if j < tokens.count, NumberWords.clockWords.contains(tokens[j].lower) {
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
    /// a capitalised word (`F-16`, `COVID-19`, `OAO-1`, not `mid-2000s`), after a minus sign against a
    /// unit (`fb−1`), or further along such a chain (`I7-860`).
    func isIdentifier(_ tokens: [Token], at i: Int, depth: Int = 0) -> Bool {
        guard i > 0, !tokens[i].spaceBefore else { return false }
        let previous = tokens[i - 1]
        if previous.isWord { return true }
        guard i >= 2, previous.kind == .punctuation, !previous.spaceBefore else { return false }
        let before = tokens[i - 2]
        if previous.text == "\u{2212}" { return before.isWord }
        guard previous.text == "-" || previous.text == "\u{2010}" || previous.text == "\u{2011}" else { return false }
        if before.isWord { return before.isCapitalized && !NumberWords.numberPrefixes.contains(before.lower) }
        if before.isNumber, depth < 3 { return isIdentifier(tokens, at: i - 2, depth: depth + 1) }
        return false
    }

    // MARK: - One phrase

    /// The phrase whose numeral starts at `i`, with modifiers taken from tokens at or after `floor`.
    func phrase(in tokens: [Token], at i: Int, after floor: Int) -> NumberPhrase? {
        // Currency sign before the numeral: $3m, US$5, £40,000, -£3m, $-99.99.
        if tokens[i].kind == .punctuation, let code = NumberWords.currencySymbols[tokens[i].text], i + 1 < tokens.count {
            var digits = i + 1
            var negative = false
            if digits + 1 < tokens.count, tokens[digits].isPunctuation("-") || tokens[digits].isPunctuation("\u{2212}"),
               !tokens[digits].spaceBefore, tokens[digits + 1].isNumber, !tokens[digits + 1].spaceBefore {
                digits += 1
                negative = true
            }
            guard tokens[digits].isNumber else { return nil }
            var start = i
            var currency = code
            if i > floor, tokens[i].text == "$", !tokens[i].spaceBefore, tokens[i - 1].isWord,
               let dollar = NumberWords.dollarPrefixes[tokens[i - 1].text] {
                currency = dollar
                start = i - 1
            } else if !negative, start - 1 >= floor, tokens[start - 1].isPunctuation("-") || tokens[start - 1].isPunctuation("\u{2212}"),
                      !tokens[i].spaceBefore, start - 1 == 0 || tokens[start - 1].spaceBefore {
                start -= 1
                negative = true
            }
            guard let numeral = numeral(in: tokens, at: digits, allowUnitLikeScales: true) else { return nil }
            var phrase = numeral.phrase
            phrase.currency = currency
            if negative { phrase.value = -phrase.value }
            phrase.tokens = start..<phrase.tokens.upperBound
            return withModifiers(withPostfix(withRange(phrase, scale: numeral.scale, tokens: tokens), tokens: tokens),
                                 tokens: tokens, floor: floor)
        }
        // Vague plurals: dozens of, tens of thousands of, several dozen, a few hundred.
        if let vague = vaguePlural(in: tokens, at: i) { return withModifiers(vague, tokens: tokens, floor: floor) }
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
        return withModifiers(withPostfix(withRange(phrase, scale: numeral.scale, tokens: tokens), tokens: tokens),
                             tokens: tokens, floor: floor)
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
            guard let base = Self.digitsValue(token.text) else { return nil }
            var value = base
            var scale = 1.0
            var end = i + 1
            if end < tokens.count, tokens[end].isWord {
                let next = tokens[end]
                let isDozen = NumberWords.dozenForms.contains(next.lower) || NumberWords.isDozens(tokens, at: end, count: base)
                if let s = NumberWords.scales[next.lower] ?? (isDozen ? 12 : nil) {
                    scale = s
                    end += 1
                    // `2 hundred thousand`
                    if s < 1_000, end < tokens.count, let big = NumberWords.scales[tokens[end].lower], big >= 1_000 {
                        scale *= big
                        end += 1
                    }
                } else if let s = NumberWords.abbreviatedScales[next.lower],
                          !next.spaceBefore || NumberWords.spacedScales.contains(next.lower),
                          allowUnitLikeScales || !NumberWords.unitLikeScales.contains(next.lower) {
                    scale = s
                    end += 1
                }
            }
            value *= scale
            // `3 million and a half`, `2 and a half`, `5 and a half million`.
            if let fraction = andAFraction(in: tokens, at: end) {
                if scale == 1, fraction.end < tokens.count, let big = NumberWords.scales[tokens[fraction.end].lower], big >= 1_000 {
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
           i == 0 || token.spaceBefore, !tokens[i + 1].text.contains(","), !tokens[i + 1].text.contains("."),
           let value = Double("0." + tokens[i + 1].text) {
            return Numeral(phrase: NumberPhrase(tokens: i..<(i + 2), value: value, numeralStart: i), scale: 1)
        }
        guard token.isWord else { return nil }
        if let fraction = fractionOfScale(in: tokens, at: i) { return fraction }
        return spelledOut(in: tokens, at: i)
    }

    /// `five`, `twenty-two`, `one hundred and twelve`, `a dozen`, `two dozen`, `a hundred`,
    /// `one million and a half`, `five and a half million`.
    func spelledOut(in tokens: [Token], at i: Int) -> Numeral? {
        enum Last { case none, unit, ten, hundred, dozen, scale, and, fraction }
        var total = 0.0      // groups of a thousand and over
        var hundreds = 0.0   // hundreds of the group under a thousand
        var group = 0.0      // tens and units since the last scale word
        var lastBig = 0.0    // the last scale of a thousand or over
        var endScale = 1.0   // the scale word the numeral ends with
        var last = Last.none
        var cut: (end: Int, value: Double, scale: Double)?  // just after the last scale word
        var j = i
        if tokens[j].lower == "a" || tokens[j].lower == "an" {
            guard j + 1 < tokens.count, tokens[j + 1].isWord, NumberWords.scales[tokens[j + 1].lower] != nil else { return nil }
            group = 1
            last = .unit
            j += 1
        }
        scan: while j < tokens.count, tokens[j].isWord {
            let word = tokens[j].lower
            if let v = NumberWords.wordValue(word) ?? NumberWords.hyphenatedValue(word) {
                let isTen = NumberWords.tens[word] != nil
                switch last {
                case .none, .hundred, .scale, .and: break
                case .ten where !isTen && v < 10 && v > 0 && NumberWords.small[word] != nil: break
                default: break scan
                }
                group += v
                last = isTen ? .ten : .unit
                endScale = 1
                j += 1
            } else if word == "hundred", last == .unit || last == .ten, hundreds == 0 {
                hundreds = group * 100
                group = 0
                last = .hundred
                endScale = 100
                j += 1
                cut = (j, total + hundreds, 100)
            } else if word == "dozen" || NumberWords.dozenForms.contains(word) || NumberWords.isDozens(tokens, at: j, count: group),
                      last == .unit || last == .ten {
                group *= 12
                last = .dozen
                endScale = 12
                j += 1
            } else if let scale = NumberWords.scales[word], scale >= 1_000, last != .none, last != .and,
                      last != .scale || scale < lastBig, lastBig == 0 || scale < lastBig {
                total += (hundreds + group) * scale
                hundreds = 0
                group = 0
                lastBig = scale
                last = .scale
                endScale = scale
                j += 1
                cut = (j, total, scale)
            } else if word == "and", last == .hundred || last == .scale || last == .unit || last == .ten, j + 1 < tokens.count {
                if let fraction = andAFraction(in: tokens, at: j) {
                    // `five and a half million`, `one billion and a half million`: the next scale takes it.
                    if fraction.end < tokens.count, let big = NumberWords.scales[tokens[fraction.end].lower], big >= 1_000,
                       lastBig == 0 || big < lastBig {
                        group += fraction.value
                        last = .unit
                        j = fraction.end
                        continue
                    }
                    if last == .scale { total += fraction.value * lastBig } else { group += fraction.value }
                    j = fraction.end
                    last = .fraction  // nothing follows `and a half`
                    break scan
                }
                guard last == .hundred || last == .scale, NumberWords.startsNumeral(tokens[j + 1]), !tokens[j + 1].isNumber else { break scan }
                // `between one hundred and two hundred`: a second number of the same size, not a sum.
                if j + 2 < tokens.count, let next = NumberWords.scales[tokens[j + 2].lower], next == (last == .hundred ? 100 : lastBig) {
                    break scan
                }
                last = .and
                j += 1
            } else {
                // `two million three million`: a scale that cannot follow starts a second number, which
                // takes the words since the last scale with it.
                if let cut, last == .unit || last == .ten, let scale = NumberWords.scales[word], scale >= cut.scale {
                    let phrase = NumberPhrase(tokens: i..<cut.end, value: cut.value, isSpelledOut: true, numeralStart: i)
                    return Numeral(phrase: phrase, scale: cut.scale)
                }
                break
            }
        }
        guard last != .none, last != .and, j > i else { return nil }
        if j == i + 1 {
            let word = tokens[i].lower
            // `one` as a pronoun: `no one`, `the one`, `which one`, `one another`, `one's`.
            if word == "one" {
                if i > 0, NumberWords.pronounDeterminers.contains(tokens[i - 1].lower) { return nil }
                if j < tokens.count, tokens[j].lower == "another" || tokens[j].lower == "'s" { return nil }
                if i > 0, NumberWords.demonstratives.contains(tokens[i - 1].lower),
                   j == tokens.count || tokens[j].kind == .punctuation || NumberWords.pronounFollowers.contains(tokens[j].lower)
                    || Self.looksLikeVerb(tokens[j]) {
                    return nil
                }
            }
            // `came to naught`, `all for nought`.
            if word == "naught" || word == "nought", i > 0, tokens[i - 1].lower == "to" || tokens[i - 1].lower == "for" { return nil }
        }
        let phrase = NumberPhrase(tokens: i..<j, value: total + hundreds + group, isSpelledOut: true, numeralStart: i)
        return Numeral(phrase: phrase, scale: endScale)
    }

    /// A lowercase word in `-s` that is not a singular noun ending (`costs`, `seems`, but not `bus`,
    /// `crisis`, `glass`): after `that one` it is a verb.
    static func looksLikeVerb(_ token: Token) -> Bool {
        let word = token.text
        guard token.isWord, !token.isCapitalized, word.utf8.count > 3, word.hasSuffix("s") else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") && !word.hasSuffix("'s")
    }

    /// `and a half`, `and a quarter` at `i`: its value and the token after it.
    func andAFraction(in tokens: [Token], at i: Int) -> (value: Double, end: Int)? {
        guard i + 2 < tokens.count, tokens[i].lower == "and", tokens[i + 1].lower == "a" else { return nil }
        switch tokens[i + 2].lower {
        case "half": return (0.5, i + 3)
        case "quarter": return (0.25, i + 3)
        default: return nil
        }
    }

    /// `half a million`, `a half million`, `half a dozen`, `a quarter of a million`, `quarter million`.
    func fractionOfScale(in tokens: [Token], at i: Int) -> Numeral? {
        var j = i
        if tokens[j].lower == "a" || tokens[j].lower == "an" { j += 1 }
        guard j < tokens.count else { return nil }
        let fraction: Double
        switch tokens[j].lower {
        case "half": fraction = 0.5
        case "quarter": fraction = 0.25
        default: return nil
        }
        j += 1
        if j < tokens.count, tokens[j].lower == "of" { j += 1 }
        if j < tokens.count, tokens[j].lower == "a" || tokens[j].lower == "an" { j += 1 }
        guard j < tokens.count, let scale = NumberWords.scales[tokens[j].lower] else { return nil }
        let phrase = NumberPhrase(tokens: i..<(j + 1), value: fraction * scale, isSpelledOut: true, numeralStart: i)
        return Numeral(phrase: phrase, scale: scale)
    }

    /// `dozens of`, `hundreds of thousands of`, `several dozen`, `a few hundred`, `dozens` (the `of`
    /// stays outside).
    func vaguePlural(in tokens: [Token], at i: Int) -> NumberPhrase? {
        var j = i
        if tokens[j].lower == "a", j + 1 < tokens.count, tokens[j + 1].lower == "few" { j += 1 }
        if NumberWords.vagueQuantifiers.contains(tokens[j].lower) {
            // several dozen, a few hundred, several hundred thousand
            guard j + 1 < tokens.count, var value = NumberWords.scales[tokens[j + 1].lower] else { return nil }
            j += 2
            if j < tokens.count, let big = NumberWords.scales[tokens[j].lower], big > value, big >= 1_000 {
                value *= big
                j += 1
            }
            return NumberPhrase(tokens: i..<j, value: value, approx: .over, isVague: true, isSpelledOut: true, numeralStart: i)
        }
        guard j == i, let base = NumberWords.vaguePlurals[tokens[i].lower] else { return nil }
        var value = base
        j = i + 1
        // tens of thousands (of)
        if j + 1 < tokens.count, tokens[j].lower == "of", let scale = NumberWords.vaguePlurals[tokens[j + 1].lower], scale > base {
            value = base * scale
            j += 2
        }
        return NumberPhrase(tokens: i..<j, value: value, approx: .over, isVague: true, isSpelledOut: true, numeralStart: i)
    }

    // MARK: - Around the numeral

    /// A minus sign before the numeral at `i`: `minus`, `negative`, or `-`/`−` written against the digits
    /// and standing apart from what comes before (`-5`, not the `-` of `2-1` or `F-16`).
    func signIndex(in tokens: [Token], before i: Int, floor: Int) -> Int? {
        guard i - 1 >= floor else { return nil }
        let sign = tokens[i - 1]
        if sign.lower == "minus" || sign.lower == "negative" { return i - 1 }
        guard sign.kind == .punctuation, sign.text == "-" || sign.text == "\u{2212}", !tokens[i].spaceBefore,
              tokens[i].isNumber else { return nil }
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
            return k + 1 < tokens.count && tokens[k + 1].lower == "cent" ? (k + 2, false) : nil
        case "percentage":
            if k + 1 < tokens.count, tokens[k + 1].lower == "point" || tokens[k + 1].lower == "points" { return (k + 2, true) }
            return (k + 1, false)
        default:
            return nil
        }
    }

    /// A currency written after the amount at `k`: `dollars`, `EUR`, `Won` (capitalised only), or a sign
    /// against the digits (`15€`).
    func currencySuffix(in tokens: [Token], at k: Int) -> (end: Int, code: String)? {
        guard k < tokens.count else { return nil }
        let token = tokens[k]
        if token.isWord, let code = NumberWords.currencyWords[token.lower], token.lower != "won" || token.isCapitalized {
            return (k + 1, code)
        }
        if token.kind == .punctuation, !token.spaceBefore, let code = NumberWords.currencySymbols[token.text],
           !(k + 1 < tokens.count && tokens[k + 1].isNumber && !tokens[k + 1].spaceBefore) {
            return (k + 1, code)
        }
        return nil
    }

    /// Extends a phrase to a range: `20 to 30`, `20-30`, `1000 – 5000`, `20 through 30`, `$20m-$30m`,
    /// `8- to 16-metre`, `44 mg to 50 mg`, `between 20 and 30` (the `between` is taken by
    /// ``withModifiers``). The upper end must be larger, or the words are left alone.
    func withRange(_ phrase: NumberPhrase, scale: Double, tokens: [Token]) -> NumberPhrase {
        let end = phrase.tokens.upperBound
        guard end + 1 < tokens.count else { return phrase }
        var joinerIndex = end
        var unitWord: String?
        if tokens[end].isPunctuation("-"), !tokens[end].spaceBefore, tokens[end + 1].lower == "to" || tokens[end + 1].lower == "and" {
            joinerIndex = end + 1  // `8- to 16-metre`: a suspended hyphen
        } else if tokens[end].isWord, !NumberWords.startsNumeral(tokens[end]), tokens[end + 1].lower == "to" || tokens[end + 1].lower == "and",
                  NumberWords.scales[tokens[end].lower] == nil {
            unitWord = tokens[end].lower  // `44 mg to 50 mg`: only when the same word follows the upper end
            joinerIndex = end + 1
        }
        guard joinerIndex + 1 < tokens.count else { return phrase }
        let joiner = tokens[joinerIndex]
        let afterJoiner = tokens[joinerIndex + 1]
        let isDashMark = joiner.kind == .punctuation && (joiner.text == "-" || joiner.text == "\u{2013}")
        let isDash = isDashMark && unitWord == nil && joinerIndex == end
            && ((!joiner.spaceBefore && !afterJoiner.spaceBefore)
                || (joiner.spaceBefore && afterJoiner.spaceBefore && !phrase.isSpelledOut && afterJoiner.isNumber))
        let isTo = joiner.lower == "to" || joiner.lower == "through"
        let isAnd = joiner.lower == "and"
        guard isDash || isTo || isAnd else { return phrase }
        let start = phrase.tokens.lowerBound
        let before = start > 0 ? tokens[start - 1].lower : ""
        // "from 10 to 12", "from about 10 to 12" report a change, not a range; "and" only ranges after "between".
        if !isDash, before == "from" || (start >= 2 && tokens[start - 2].lower == "from" && NumberWords.roughWords.contains(before)) {
            return phrase
        }
        if isAnd, before != "between" { return phrase }

        var upperStart = joinerIndex + 1
        if phrase.currency != nil, tokens[upperStart].kind == .punctuation, NumberWords.currencySymbols[tokens[upperStart].text] != nil,
           upperStart + 1 < tokens.count {
            upperStart += 1  // `$20m-$30m`, `between £20 and £30`
        }
        guard let upperNumeral = numeral(in: tokens, at: upperStart, allowUnitLikeScales: phrase.currency != nil) else { return phrase }
        let upper = upperNumeral.phrase
        guard upper.isSpelledOut == phrase.isSpelledOut || !isDash else { return phrase }
        var upperEnd = upper.tokens.upperBound
        if let unitWord {
            guard upperEnd < tokens.count, tokens[upperEnd].lower == unitWord else { return phrase }
        }
        if isDash {
            // Chains of dashed numbers are codes and dates (`+1-222-2222`, `2020-01-05`), and a dash between
            // two numbers next to `won`, `victory` or two team names is a score (`won 2-1`, `Chelsea 2-1 Arsenal`).
            if start > 0, !tokens[start].spaceBefore, tokens[start - 1].isPunctuation("+") || tokens[start - 1].isPunctuation("-")
                || tokens[start - 1].isPunctuation("/") || tokens[start - 1].isPunctuation("\u{2013}") { return phrase }
            if upperEnd + 1 < tokens.count, !tokens[upperEnd].spaceBefore, tokens[upperEnd].isPunctuation("-") || tokens[upperEnd].isPunctuation("/"),
               tokens[upperEnd + 1].isNumber, !tokens[upperEnd + 1].spaceBefore { return phrase }
            if isScore(tokens, start: start, end: upperEnd) { return phrase }
        }

        var lower = phrase
        let upperValue = upper.value
        // "20 to 30 million": the scale of the upper end applies to both when the lower has none.
        if scale == 1, upperNumeral.scale > 1, phrase.value * upperNumeral.scale < upperValue, !phrase.isPercent {
            lower.value *= upperNumeral.scale
        }
        guard upperValue > lower.value else { return phrase }
        // "Biogen fell $28.63 to $38.65", "rose 0.1% to 4.7%": after a change word the upper end is the level
        // reached, not the top of a range. (So `increase by 25 to 30 seats` gives two numbers too.)
        if isTo, isChange(tokens, before: start) { return phrase }
        if let percent = percentSuffix(in: tokens, at: upperEnd) {
            // "0.27 percentage points to 5.8%" counts two different things.
            if lower.isPercent, lower.isPercentagePoints != percent.points { return phrase }
            upperEnd = percent.end
            lower.isPercent = true
            lower.isPercentagePoints = percent.points
        } else if lower.isPercent {
            return phrase  // "up 2.8% to 14.96bn euros": a percent and an amount are no range
        } else if let money = currencySuffix(in: tokens, at: upperEnd), lower.currency == nil || lower.currency == money.code {
            upperEnd = money.end  // `20 to 30 dollars`, `20 dollars to 30 dollars`
            lower.currency = money.code
        }
        lower.maxValue = upperValue
        lower.approx = .range
        lower.tokens = start..<upperEnd
        return lower
    }

    /// Whether a change word (`rose`, `fell`, `by`) stands among the three words before `start`.
    func isChange(_ tokens: [Token], before start: Int) -> Bool {
        var j = start - 1
        var words = 0
        while j >= 0, words < 3, tokens[j].isWord {
            if NumberWords.changeWords.contains(tokens[j].lower) { return true }
            j -= 1
            words += 1
        }
        return false
    }

    /// A dash between two numbers that is a score: a score word or two capitalised names around it.
    func isScore(_ tokens: [Token], start: Int, end: Int) -> Bool {
        let previous = start > 0 ? tokens[start - 1] : nil
        let next = end < tokens.count ? tokens[end] : nil
        if let previous, NumberWords.scoreWords.contains(previous.lower) { return true }
        if let next, NumberWords.scoreWords.contains(next.lower) { return true }
        if let previous, let next, previous.isWord, next.isWord, previous.isCapitalized, next.isCapitalized { return true }
        return false
    }

    /// Takes bounding words after the phrase (`50 or more`, `65 and over`, `50+`, `50-plus`) into it,
    /// unless a number follows them (`200 or more than 190`).
    func withPostfix(_ phrase: NumberPhrase, tokens: [Token]) -> NumberPhrase {
        guard phrase.approx == .exact else { return phrase }
        let end = phrase.tokens.upperBound
        guard end < tokens.count else { return phrase }
        var result = phrase
        if tokens[end].isPunctuation("+"), !tokens[end].spaceBefore,
           !(end + 1 < tokens.count && tokens[end + 1].isNumber && !tokens[end + 1].spaceBefore) {
            result.approx = .over
            result.tokens = phrase.tokens.lowerBound..<(end + 1)
            return result
        }
        if end + 1 < tokens.count, tokens[end].isPunctuation("-"), !tokens[end].spaceBefore, tokens[end + 1].lower == "plus",
           !tokens[end + 1].spaceBefore {
            result.approx = .over
            result.tokens = phrase.tokens.lowerBound..<(end + 2)
            return result
        }
        for (words, approx) in NumberWords.postfixApproximators {
            let last = end + words.count
            guard last <= tokens.count, zip(tokens[end..<last], words).allSatisfy({ $0.lower == $1 }) else { continue }
            if last < tokens.count {
                let next = tokens[last]
                if NumberWords.startsNumeral(next) { return phrase }
                if next.lower == "than", last + 1 < tokens.count, NumberWords.startsNumeral(tokens[last + 1]) { return phrase }
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
            if start - 1 >= floor, tokens[start - 1].lower == "between" || tokens[start - 1].lower == "from" {
                result.tokens = (start - 1)..<phrase.tokens.upperBound
            }
            return result
        }
        for (words, approx) in NumberWords.approximators {
            let first = start - words.count
            guard first >= floor else { continue }
            if zip(tokens[first..<start], words).allSatisfy({ $0.lower == $1 }) {
                if phrase.approx == .exact { result.approx = approx }
                result.tokens = first..<phrase.tokens.upperBound
                return result
            }
        }
        return result
    }

    /// `1,200` → 1200; `3.5` → 3.5; `007` → 7. Nil when separators are misplaced (`1,2`).
    static func digitsValue(_ text: String) -> Double? {
        if text.utf8.contains(UInt8(ascii: ",")) {
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.prefix(while: { $0 != "." }).count == 3 }),
                  let first = groups.first, (1...3).contains(first.count) else { return nil }
            return Double(groups.joined())
        }
        return Double(text)
    }
}
