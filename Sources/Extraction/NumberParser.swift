/// Finds numbers in a token stream: digits, words, scales, money, percentages, ranges, approximations
/// and vague plurals. One left-to-right pass; each token belongs to at most one phrase.
public struct NumberParser: Sendable {
    public init() {}

    public func phrases(in tokens: [Token]) -> [NumberPhrase] {
        var phrases: [NumberPhrase] = []
        var i = 0
        while i < tokens.count {
            if let phrase = phrase(in: tokens, at: i, after: phrases.last?.tokens.upperBound ?? 0) {
                phrases.append(phrase)
                i = phrase.tokens.upperBound
            } else {
                i += 1
            }
        }
        return phrases
    }

    // MARK: - One phrase

    /// The phrase whose numeral starts at `i`, with modifiers taken from tokens at or after `floor`.
    func phrase(in tokens: [Token], at i: Int, after floor: Int) -> NumberPhrase? {
        // Currency sign before the numeral: $3m, US$5, £40,000.
        var start = i
        var currency: String?
        if tokens[i].kind == .punctuation, let code = NumberWords.currencySymbols[tokens[i].text],
           i + 1 < tokens.count, tokens[i + 1].isNumber {
            currency = code
            start = i
            if i > floor, tokens[i - 1].text == "US" || tokens[i - 1].text == "U.S.", !tokens[i].spaceBefore { start = i - 1 }
            guard var phrase = numeral(in: tokens, at: i + 1, allowAbbreviatedMillions: true) else { return nil }
            phrase.currency = currency
            phrase.tokens = start..<phrase.tokens.upperBound
            return withModifiers(phrase, tokens: tokens, floor: floor)
        }
        // Vague plurals: dozens of, tens of thousands of, several dozen.
        if let vague = vaguePlural(in: tokens, at: i) { return withModifiers(vague, tokens: tokens, floor: floor) }
        guard var phrase = numeral(in: tokens, at: i, allowAbbreviatedMillions: false) else { return nil }
        var end = phrase.tokens.upperBound
        // Currency or percent after the numeral.
        if end < tokens.count {
            let next = tokens[end]
            if next.text == "%" {
                phrase.isPercent = true
                end += 1
            } else if next.lower == "percent" || next.lower == "pc" {
                phrase.isPercent = true
                end += 1
            } else if next.lower == "per", end + 1 < tokens.count, tokens[end + 1].lower == "cent" {
                phrase.isPercent = true
                end += 2
            } else if let code = NumberWords.currencyWords[next.lower], next.lower != "won" || next.isCapitalized {
                phrase.currency = code
                end += 1
            }
        }
        phrase.tokens = phrase.tokens.lowerBound..<end
        return withModifiers(withRange(phrase, tokens: tokens), tokens: tokens, floor: floor)
    }

    /// A bare numeral at `i`: digits (with a scale word or abbreviation) or spelled-out words.
    func numeral(in tokens: [Token], at i: Int, allowAbbreviatedMillions: Bool) -> NumberPhrase? {
        let token = tokens[i]
        if token.isNumber {
            guard let base = Self.digitsValue(token.text) else { return nil }
            var value = base
            var end = i + 1
            if end < tokens.count {
                let next = tokens[end]
                if next.isWord, let scale = NumberWords.scales[next.lower], next.lower != "dozen" {
                    value *= scale
                    end += 1
                } else if next.isWord, !next.spaceBefore, let scale = NumberWords.abbreviatedScales[next.lower],
                          allowAbbreviatedMillions || (next.lower != "m" && next.lower != "b" && next.lower != "k") {
                    value *= scale
                    end += 1
                }
            }
            return NumberPhrase(tokens: i..<end, value: value, numeralStart: i)
        }
        guard token.isWord else { return nil }
        return spelledOut(in: tokens, at: i)
    }

    /// `five`, `twenty-two`, `one hundred and twelve`, `a dozen`, `two dozen`, `a hundred`.
    func spelledOut(in tokens: [Token], at i: Int) -> NumberPhrase? {
        enum Last { case none, unit, ten, scale }
        var total = 0.0
        var current = 0.0
        var last = Last.none
        var j = i
        if tokens[j].lower == "a" || tokens[j].lower == "an" {
            guard j + 1 < tokens.count, tokens[j + 1].isWord, NumberWords.scales[tokens[j + 1].lower] != nil else { return nil }
            current = 1
            j += 1
        }
        while j < tokens.count, tokens[j].isWord {
            let word = tokens[j].lower
            if let v = NumberWords.wordValue(word) ?? NumberWords.hyphenatedValue(word) {
                let isTen = NumberWords.tens[word] != nil
                switch last {
                case .unit: break
                case .ten where isTen || v >= 10: break
                default:
                    current += v
                    last = isTen ? .ten : .unit
                    j += 1
                    continue
                }
                break
            } else if let scale = NumberWords.scales[word], last != .none || current > 0 {
                if scale < 1_000 {
                    current = max(current, 1) * scale
                } else {
                    total += max(current, 1) * scale
                    current = 0
                }
                last = .scale
                j += 1
            } else if word == "and", last == .scale, j + 1 < tokens.count,
                      (NumberWords.wordValue(tokens[j + 1].lower) ?? NumberWords.hyphenatedValue(tokens[j + 1].lower)) != nil {
                last = .none
                j += 1
            } else {
                break
            }
        }
        guard last != .none || total + current > 0, j > i, !(j == i + 1 && tokens[i].lower == "a") else { return nil }
        return NumberPhrase(tokens: i..<j, value: total + current, isSpelledOut: true, numeralStart: i)
    }

    /// `dozens of`, `hundreds of thousands of`, `several dozen`, `dozens` (the `of` stays outside).
    func vaguePlural(in tokens: [Token], at i: Int) -> NumberPhrase? {
        var start = i
        var j = i
        if tokens[i].lower == "several", i + 1 < tokens.count, tokens[i + 1].lower == "dozen" {
            j = i + 2
            return NumberPhrase(tokens: start..<j, value: 12, approx: .over, isVague: true, isSpelledOut: true, numeralStart: i)
        }
        guard let base = NumberWords.vaguePlurals[tokens[i].lower] else { return nil }
        var value = base
        j = i + 1
        // tens of thousands (of)
        if j + 1 < tokens.count, tokens[j].lower == "of", let scale = NumberWords.vaguePlurals[tokens[j + 1].lower], scale > base {
            value = base * scale
            j += 2
        }
        start = i
        return NumberPhrase(tokens: start..<j, value: value, approx: .over, isVague: true, isSpelledOut: true, numeralStart: i)
    }

    // MARK: - Around the numeral

    /// Extends a phrase to a range: `20 to 30`, `20-30`, `between 20 and 30` (the `between` is taken
    /// by ``withModifiers``). The upper end must be larger, or the words are left alone.
    func withRange(_ phrase: NumberPhrase, tokens: [Token]) -> NumberPhrase {
        let end = phrase.tokens.upperBound
        guard end + 1 < tokens.count, !phrase.isPercent || true else { return phrase }
        let joiner = tokens[end]
        let isDash = joiner.kind == .punctuation && (joiner.text == "-" || joiner.text == "\u{2013}") && !joiner.spaceBefore
        let isTo = joiner.lower == "to" || joiner.lower == "and"
        guard isDash || isTo else { return phrase }
        if isTo, end - 1 >= 0, phrase.tokens.lowerBound > 0 {
            // "from 10 to 12" reports a change, not a range; "and" only ranges after "between".
            let before = tokens[phrase.tokens.lowerBound - 1].lower
            if before == "from" { return phrase }
            if joiner.lower == "and" && before != "between" { return phrase }
        } else if isTo && joiner.lower == "and" {
            return phrase
        }
        guard let upper = numeral(in: tokens, at: end + 1, allowAbbreviatedMillions: phrase.currency != nil),
              (upper.isSpelledOut == phrase.isSpelledOut) || !isDash else { return phrase }
        var upperValue = upper.value
        var upperEnd = upper.tokens.upperBound
        // "20 to 30 million": the scale applies to both ends.
        if upperValue > phrase.value * 100, phrase.value < 1000, upper.tokens.count > 1, !phrase.isSpelledOut,
           let scale = NumberWords.scales[tokens[upper.tokens.upperBound - 1].lower] {
            var scaled = phrase
            scaled.value *= scale
            if upperValue > scaled.value { return ranged(scaled, to: upperValue, end: upperEnd, tokens: tokens) }
        }
        guard upperValue > phrase.value else { return phrase }
        if upperEnd < tokens.count, tokens[upperEnd].text == "%" || tokens[upperEnd].lower == "percent" {
            upperEnd += 1
            var percent = phrase
            percent.isPercent = true
            upperValue = upper.value
            return ranged(percent, to: upperValue, end: upperEnd, tokens: tokens)
        }
        return ranged(phrase, to: upperValue, end: upperEnd, tokens: tokens)
    }

    private func ranged(_ phrase: NumberPhrase, to upper: Double, end: Int, tokens: [Token]) -> NumberPhrase {
        var result = phrase
        result.maxValue = upper
        result.approx = .range
        result.tokens = phrase.tokens.lowerBound..<end
        return result
    }

    /// Takes approximating words before the phrase (`more than`, `nearly`, `between`) into it.
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
                // "some" and "about" before a vague plural add nothing.
                if !phrase.isVague { result.approx = approx }
                result.tokens = first..<phrase.tokens.upperBound
                return result
            }
        }
        return result
    }

    /// `1,200` → 1200; `3.5` → 3.5; `007` → 7. Nil when separators are misplaced (`1,2`).
    static func digitsValue(_ text: String) -> Double? {
        if text.contains(",") {
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.prefix(while: { $0 != "." }).count == 3 }),
                  let first = groups.first, (1...3).contains(first.count) else { return nil }
            return Double(groups.joined())
        }
        return Double(text)
    }
}
