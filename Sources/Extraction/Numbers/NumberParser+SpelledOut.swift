/// Numerals written in words: `twenty-two`, `one hundred and twelve`, `half a million`, `dozens of`.
extension NumberParser {
    /// `five`, `twenty-two`, `one hundred and twelve`, `a dozen`, `two dozen`, `a hundred`,
    /// `one million and a half`, `five and a half million`.
    func spelledOut(in tokens: [Token], at i: Int) -> Numeral? {
        guard var reading = SpelledOutReading(in: tokens, at: i) else { return nil }
        scan: while reading.next < tokens.count, tokens[reading.next].isWord {
            switch readWord(in: tokens, into: &reading) {
            case .taken:
                continue scan
            case .ended:
                break scan
            case .secondNumber(let cut):
                let phrase = NumberPhrase(tokens: i..<cut.end, value: cut.value, isSpelledOut: true, numeralStart: i)
                return Numeral(phrase: phrase, scale: cut.scale)
            }
        }
        guard reading.last != .none, reading.last != .and, reading.next > i else { return nil }
        if reading.next == i + 1, isLoneWordNotANumber(in: tokens, at: i) { return nil }
        let phrase = NumberPhrase(tokens: i..<reading.next, value: reading.value, isSpelledOut: true, numeralStart: i)
        return Numeral(phrase: phrase, scale: reading.endScale)
    }

    /// Takes the word at `reading.next` into the numeral, or tells why the numeral ends before it.
    @inline(__always) private func readWord(in tokens: [Token], into reading: inout SpelledOutReading) -> SpelledOutStep
    {
        let j = reading.next
        let word = tokens[j].lower
        if let value = NumberWords.wordValue(word) ?? NumberWords.hyphenatedValue(word) {
            return reading.takeNumberWord(word, value: value) ? .taken : .ended
        }
        // Nothing but a number word opens a numeral: the tests of the reading's state come before the words'.
        guard reading.last != .none else { return .ended }
        let afterNumberWord = reading.last == .unit || reading.last == .ten
        if afterNumberWord, reading.hundreds == 0, word == "hundred" {
            reading.takeHundred()
            return .taken
        }
        if afterNumberWord,
            word == "dozen" || NumberWords.dozenForms.contains(word)
                || NumberWords.isDozens(tokens, at: j, count: reading.group)
        {
            reading.takeDozen()
            return .taken
        }
        if let scale = NumberWords.scales[word], reading.canTakeScale(scale) {
            reading.takeScale(scale)
            return .taken
        }
        if word == "and", reading.last == .hundred || reading.last == .scale || afterNumberWord, j + 1 < tokens.count {
            if let fraction = andAFraction(in: tokens, at: j) { return reading.takeFraction(fraction, in: tokens) }
            return reading.takeAnd(in: tokens)
        }
        if let cut = reading.cutBeforeSecondNumber(at: word) { return .secondNumber(cut) }
        return .ended
    }

    /// A numeral of one word that is no number: `one` as a pronoun (`no one`, `the one`, `which one`,
    /// `one another`, `one's`), `naught` in `came to naught` and `all for nought`.
    private func isLoneWordNotANumber(in tokens: [Token], at i: Int) -> Bool {
        let word = tokens[i].lower
        let next = i + 1
        if word == "one" {
            if i > 0, NumberWords.pronounDeterminers.contains(lowerOf: tokens[i - 1]) { return true }
            if next < tokens.count, tokens[next].lowerIs("another") || tokens[next].lowerIs("'s") { return true }
            if i > 0, NumberWords.demonstratives.contains(lowerOf: tokens[i - 1]),
                next == tokens.count || tokens[next].kind == .punctuation
                    || NumberWords.pronounFollowers.contains(lowerOf: tokens[next])
                    || Self.looksLikeVerb(tokens[next])
            {
                return true
            }
        }
        if word == "naught" || word == "nought", i > 0, tokens[i - 1].lowerIs("to") || tokens[i - 1].lowerIs("for") {
            return true
        }
        return false
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
        guard i + 2 < tokens.count, tokens[i].lowerIs("and"), tokens[i + 1].lowerIs("a") else { return nil }
        switch tokens[i + 2].lower {
        case "half": return (0.5, i + 3)
        case "quarter": return (0.25, i + 3)
        default: return nil
        }
    }

    /// `half a million`, `a half million`, `half a dozen`, `a quarter of a million`, `quarter million`.
    func fractionOfScale(in tokens: [Token], at i: Int) -> Numeral? {
        var j = i
        if tokens[j].lowerIs("a") || tokens[j].lowerIs("an") { j += 1 }
        guard j < tokens.count else { return nil }
        let fraction: Double
        switch tokens[j].lower {
        case "half": fraction = 0.5
        case "quarter": fraction = 0.25
        default: return nil
        }
        j += 1
        if j < tokens.count, tokens[j].lowerIs("of") { j += 1 }
        if j < tokens.count, tokens[j].lowerIs("a") || tokens[j].lowerIs("an") { j += 1 }
        guard j < tokens.count, let scale = NumberWords.scales[tokens[j].lower] else { return nil }
        let phrase = NumberPhrase(tokens: i..<(j + 1), value: fraction * scale, isSpelledOut: true, numeralStart: i)
        return Numeral(phrase: phrase, scale: scale)
    }

    /// `dozens of`, `hundreds of thousands of`, `several dozen`, `a few hundred`, `dozens` (the `of`
    /// stays outside).
    func vaguePlural(in tokens: [Token], at i: Int) -> NumberPhrase? {
        var j = i
        if tokens[j].lowerIs("a"), j + 1 < tokens.count, tokens[j + 1].lowerIs("few") { j += 1 }
        if NumberWords.vagueQuantifiers.contains(lowerOf: tokens[j]) {
            // several dozen, a few hundred, several hundred thousand
            guard j + 1 < tokens.count, var value = NumberWords.scales[tokens[j + 1].lower] else { return nil }
            j += 2
            if j < tokens.count, let big = NumberWords.scales[tokens[j].lower], big > value, big >= 1_000 {
                value *= big
                j += 1
            }
            return NumberPhrase(
                tokens: i..<j, value: value, approx: .over, isVague: true, isSpelledOut: true, numeralStart: i)
        }
        guard j == i, let base = NumberWords.vaguePlurals[tokens[i].lower] else { return nil }
        var value = base
        j = i + 1
        // tens of thousands (of)
        if j + 1 < tokens.count, tokens[j].lowerIs("of"), let scale = NumberWords.vaguePlurals[tokens[j + 1].lower],
            scale > base
        {
            value = base * scale
            j += 2
        }
        return NumberPhrase(
            tokens: i..<j, value: value, approx: .over, isVague: true, isSpelledOut: true, numeralStart: i)
    }
}

/// What one word does to a spelled-out numeral being read.
private enum SpelledOutStep {
    /// The word is part of the numeral.
    case taken
    /// The numeral ends before the word (or, after `and a half`, just after it).
    case ended
    /// The word is a scale that starts a second number (`two million three million`), which takes the
    /// words since the last scale with it: the numeral ends at the cut.
    case secondNumber(SpelledOutReading.Cut)
}

/// A spelled-out numeral read so far: its value in parts, the kind of its last word and where it has got to.
private struct SpelledOutReading {
    enum Last { case none, unit, ten, hundred, dozen, scale, and, fraction }

    /// Where the numeral would end just after its last scale word, and its value and scale there.
    struct Cut {
        var end: Int
        var value: Double
        var scale: Double
    }

    var total = 0.0  // groups of a thousand and over
    var hundreds = 0.0  // hundreds of the group under a thousand
    var group = 0.0  // tens and units since the last scale word
    var lastBig = 0.0  // the last scale of a thousand or over
    var endScale = 1.0  // the scale word the numeral ends with
    var last = Last.none
    var cut: Cut?  // just after the last scale word
    var next: Int  // the token to read next

    var value: Double { total + hundreds + group }

    /// Starts reading at `i`, taking `a`/`an` as one before a scale word (`a hundred`, `a dozen`); nil
    /// for `a`/`an` before anything else.
    @inline(__always) init?(in tokens: [Token], at i: Int) {
        next = i
        guard tokens[i].lowerIs("a") || tokens[i].lowerIs("an") else { return }
        guard i + 1 < tokens.count, tokens[i + 1].isWord, NumberWords.scales[tokens[i + 1].lower] != nil else {
            return nil
        }
        group = 1
        last = .unit
        next = i + 1
    }

    /// A unit or a ten (`five`, `twenty`, `twenty-two`), unless it cannot follow the word before it
    /// (`five six`; a unit may follow a ten, as in `twenty two`). Whether it was taken.
    mutating func takeNumberWord(_ word: String, value: Double) -> Bool {
        let isTen = NumberWords.tens[word] != nil
        switch last {
        case .none, .hundred, .scale, .and: break
        case .ten where !isTen && value < 10 && value > 0 && NumberWords.small[word] != nil: break
        default: return false
        }
        group += value
        last = isTen ? .ten : .unit
        endScale = 1
        next += 1
        return true
    }

    /// `hundred` after a unit or a ten.
    mutating func takeHundred() {
        hundreds = group * 100
        group = 0
        last = .hundred
        endScale = 100
        next += 1
        cut = Cut(end: next, value: total + hundreds, scale: 100)
    }

    /// `dozen` (or `dozens`) after a unit or a ten.
    mutating func takeDozen() {
        group *= 12
        last = .dozen
        endScale = 12
        next += 1
    }

    /// Whether a scale word can come next: a thousand or over, after a number, and smaller than any
    /// scale before it (`two million three thousand`).
    func canTakeScale(_ scale: Double) -> Bool {
        scale >= 1_000 && last != .none && last != .and && (last != .scale || scale < lastBig)
            && (lastBig == 0 || scale < lastBig)
    }

    /// `thousand`, `million`: closes the group under it.
    mutating func takeScale(_ scale: Double) {
        total += (hundreds + group) * scale
        hundreds = 0
        group = 0
        lastBig = scale
        last = .scale
        endScale = scale
        next += 1
        cut = Cut(end: next, value: total, scale: scale)
    }

    /// `and a half`: part of a scale that follows it (`five and a half million`, `one billion and a half
    /// million`), or else the end of the numeral (`one million and a half`).
    mutating func takeFraction(_ fraction: (value: Double, end: Int), in tokens: [Token]) -> SpelledOutStep {
        if fraction.end < tokens.count, let big = NumberWords.scales[tokens[fraction.end].lower], big >= 1_000,
            lastBig == 0 || big < lastBig
        {
            group += fraction.value
            last = .unit
            next = fraction.end
            return .taken
        }
        if last == .scale { total += fraction.value * lastBig } else { group += fraction.value }
        next = fraction.end
        last = .fraction  // nothing follows `and a half`
        return .ended
    }

    /// `and` after a hundred or a scale, before number words (`one hundred and twelve`); not before a second
    /// number of the same size (`between one hundred and two hundred`), which is no sum.
    mutating func takeAnd(in tokens: [Token]) -> SpelledOutStep {
        let j = next
        guard last == .hundred || last == .scale, NumberWords.startsNumeral(tokens[j + 1]), !tokens[j + 1].isNumber
        else {
            return .ended
        }
        if j + 2 < tokens.count, let following = NumberWords.scales[tokens[j + 2].lower],
            following == (last == .hundred ? 100 : lastBig)
        {
            return .ended
        }
        last = .and
        next += 1
        return .taken
    }

    /// The cut to end the numeral at when `word` is a scale that cannot follow and so starts a second
    /// number (`two million three million`).
    func cutBeforeSecondNumber(at word: String) -> Cut? {
        guard let cut, last == .unit || last == .ten, let scale = NumberWords.scales[word], scale >= cut.scale else {
            return nil
        }
        return cut
    }
}
