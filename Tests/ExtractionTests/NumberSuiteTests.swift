import Foundation
import Testing

@testable import Extraction

// Runs NumberParser over test suites nobody on this team wrote, and holds the pass rate on the cases
// that are in scope for news text.
//
// Suites (copied into Fixtures/numbers/, licences beside them, see its README.md):
//   - Recognizers-Text English NumberModel, NumberRangeModel and PercentModel specs (Microsoft, MIT);
//   - quantulum3's English `quantities.json` (MIT).
//
// A case passes when the parser finds exactly the expected numbers, in order, with the expected
// values (relative tolerance 1e-6). What "a number" is depends on the suite:
//
//   - NumberModel: every phrase gives its value; a range phrase (`20-30`) gives both ends, as
//     Recognizers reads the two numerals separately. Modifiers, currency and percent are ignored.
//   - NumberRangeModel: only phrases that bound a value count. `.range` gives [value, maxValue],
//     `.over` gives [value, open), `.under` gives (open, value]. Recognizers' interval brackets
//     (open or closed) are ignored: news text rarely distinguishes "more than 50" from "at least 50",
//     and NumberParser codes both as `.over`. Exact and `.about` phrases are not ranges and are
//     ignored (so `1995-01` passes when the parser finds no range in it).
//   - PercentModel: only phrases with `isPercent` count, by value (`100%` → 100); other numbers in
//     the sentence are ignored.
//   - quantulum3: every phrase counts by value; units are not compared (quantulum3 finds the unit,
//     NumberParser leaves that to FigureExtractor). quantulum3 writes a range as value ± uncertainty
//     (`3 to 4 L` → 3.5 ± 0.5); it is compared with the phrase's [value, maxValue].
//
// Cases of kinds that are out of scope for a news figure extractor, or where NumberParser reads the
// text differently by design, are skipped with a named reason (`SkipReason`). The classification looks
// only at the case (its input and expected results), never at what the parser returned, so a skipped
// case can neither pass nor fail. Everything else is in scope, including cases that still fail.
//
// The test prints each suite's pass rate, skip counts by reason and the in-scope failures;
// NUMBER_SUITE_VERBOSE=1 also lists every skipped case with its reason.

// MARK: - Suites

/// One expected or found number, as an interval: a plain number has lower == upper.
struct Reading: Equatable, CustomStringConvertible {
    var lower: Double?
    var upper: Double?

    static func number(_ value: Double) -> Reading { Reading(lower: value, upper: value) }

    func matches(_ other: Reading) -> Bool { Self.close(lower, other.lower) && Self.close(upper, other.upper) }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
        default: return false
        }
    }

    var description: String {
        func format(_ v: Double?) -> String {
            guard let v else { return "" }
            return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
        }
        return lower == upper ? format(lower) : "[\(format(lower)),\(format(upper))]"
    }
}

enum NumberSuite: String, CaseIterable, CustomStringConvertible {
    case number = "Recognizers NumberModel"
    case range = "Recognizers NumberRangeModel"
    case percent = "Recognizers PercentModel"
    case quantulum = "quantulum3 quantities"

    var description: String { rawValue }

    var file: String {
        switch self {
        case .number: return "recognizers-text/NumberModel.json"
        case .range: return "recognizers-text/NumberRangeModel.json"
        case .percent: return "recognizers-text/PercentModel.json"
        case .quantulum: return "quantulum3/quantities.json"
        }
    }

    /// What the parser found, as this suite counts numbers (see the matching rules above).
    func readings(of phrases: [NumberPhrase]) -> [Reading] {
        switch self {
        case .number:
            return phrases.flatMap { phrase -> [Reading] in
                if let max = phrase.maxValue { return [.number(phrase.value), .number(max)] }
                return [.number(phrase.value)]
            }
        case .range:
            return phrases.compactMap { phrase in
                switch phrase.approx {
                case .range: return Reading(lower: phrase.value, upper: phrase.maxValue)
                case .over: return Reading(lower: phrase.value, upper: nil)
                case .under: return Reading(lower: nil, upper: phrase.value)
                case .exact, .about: return nil
                }
            }
        case .percent:
            return phrases.filter(\.isPercent).flatMap { phrase -> [Reading] in
                if let max = phrase.maxValue { return [.number(phrase.value), .number(max)] }
                return [.number(phrase.value)]
            }
        case .quantulum:
            return phrases.map { phrase in
                if let max = phrase.maxValue { return Reading(lower: phrase.value, upper: max) }
                return .number(phrase.value)
            }
        }
    }

    func loadCases() throws -> [SuiteCase] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: folder.appendingPathComponent("numbers").appendingPathComponent(file))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return json.map { object in
            switch self {
            case .quantulum:
                let results = object["res"] as? [[String: Any]] ?? []
                return SuiteCase(
                    input: object["req"] as? String ?? "",
                    expected: results.map { result in
                        let text = result["surface"] as? String ?? ""
                        let value = (result["value"] as? NSNumber)?.doubleValue
                        let uncertainty = (result["uncertainty"] as? NSNumber)?.doubleValue ?? 0
                        let reading = value.map { Reading(lower: $0 - uncertainty, upper: $0 + uncertainty) }
                        return (text, reading)
                    },
                    notSupported: nil)
            default:
                let results = object["Results"] as? [[String: Any]] ?? []
                return SuiteCase(
                    input: object["Input"] as? String ?? "",
                    expected: results.map { result in
                        let text = result["Text"] as? String ?? ""
                        let resolution = result["Resolution"] as? [String: Any]
                        let value = resolution?["value"] as? String
                        return (text, value.flatMap { self.reading(fromRecognizers: $0) })
                    },
                    notSupported: object["NotSupported"] as? String)
            }
        }
    }

    /// `"192"` → 192; `"40%"` → 40; `"(20,35]"` → [20, 35]; `"(,100]"` → (open, 100].
    func reading(fromRecognizers value: String) -> Reading? {
        if self == .range {
            let inner = value.dropFirst().dropLast()
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return Reading(lower: Double(parts[0]), upper: Double(parts[1]))
        }
        let number = value.hasSuffix("%") ? String(value.dropLast()) : value
        return Double(number).map { .number($0) }
    }
}

struct SuiteCase: CustomStringConvertible {
    var input: String
    /// Each result's text as the suite gives it, with its value (nil when the suite gives none).
    var expected: [(text: String, reading: Reading?)]
    /// Recognizers' `NotSupported`: the platforms whose implementation fails the case.
    var notSupported: String?

    var description: String { input.trimmingCharacters(in: .whitespaces) }
}

// MARK: - Out of scope

/// Kinds of case skipped, each with why. Checked in this order; the first that applies names the case.
enum SkipReason: String, CaseIterable {
    case notSupportedByReference = "Recognizers marks the case NotSupported on .NET, its own reference implementation"
    case url = "URLs: percent-encoding (`%2D`) and digits inside a URL are not figures"
    case symbolicComparator =
        "symbolic comparisons and ranges (`>30`, `<= 100`, `20~100`): maths notation, not news prose"
    case scientificNotation = "scientific notation and exponents (`1e10`, `1.1^23`, `2.48×10−5`, `km^3`)"
    case ordinal = "ordinals as range ends (`between the tenth and the fifteenth`): the parser never reads ordinals"
    case fraction =
        "fractions and ratios (`three fifths`, `1/2`, `½`, `one over three`, `1 in 21`, `more than half`); `and a half`, `and a quarter`, `half a million` and `a quarter of a million` are in scope"
    case spelledDecimal = "decimals spelled out with `point` (`two hundred point zero three`)"
    case spaceGrouping = "digits grouped with spaces (`1 234 567`, `10 000`): not English news style"
    case nonEnglishGrouping =
        "decimal commas and non-3-digit comma groups (`5,00`, `1,3`, `1.111,11`, `12,34,567`, `22,24,26,31`)"
    case indianNumbering = "Indian numbering words (`lakh`, `crore`)"
    case unitLetterScale =
        "single-letter scales that are also units, without a currency sign (`10M`, `1m`, `1.2b`, `10G`, `1MM`) or after a space (`2.33 k`); with a currency sign (`$3m`, `€10B`) they are in scope"
    case numberGluedToUnit =
        "numbers glued to a unit (`180ml`, `29km`): Recognizers' NumberModel drops them by design, NumberParser keeps the number and leaves the unit to FigureExtractor"
    case mixedDigitsAndWords = "compounds mixing digits and number words (`3 hundred and 21`, `4 thousand 3 hundred`)"
    case identifier =
        "identifiers: dotted quads (`192.168.1.2`), catalogue codes (`06F6`), and digits hyphenated to a code (`SCP-173`), which NumberParser drops by design"
    case equality =
        "equality and inclusive-bound phrasing (`equal to 20`, `less than or equal to 100`, `bigger or equal than`)"
    case twoSidedComparison =
        "a range written as two comparisons (`more than 10 and less than 40`, `at most 100 and at least 20`)"
    case fromToAsRange =
        "`from X to Y` read as a range: by design NumberParser reads it as a change between two figures (`rose from 10 to 12`)"
    case percentWithoutNumber = "a percent sign or word with no number (`a small percent`)"
    case percentBeforeNumber = "percent written before the number (`per cent of twenty-two`)"
    case indefiniteArticleAsOne =
        "the indefinite article as the number one (`a gallon`, `a penny`; quantulum3 also counts `a dozen` as 1 dozen): `a` alone is never a number"
    case accountingNegative = "accounting negatives in parentheses (`($99.99)`)"

    static func classify(_ c: SuiteCase, suite: NumberSuite) -> SkipReason? {
        let input = c.input
        let lower = input.lowercased()
        let texts = c.expected.map(\.text)
        let lowerTexts = texts.map { $0.lowercased() }
        let isRangeResult = c.expected.contains { expected in
            guard let lower = expected.reading?.lower, let upper = expected.reading?.upper else { return false }
            return lower != upper
        }

        if let notSupported = c.notSupported, notSupported.lowercased().contains("dotnet") {
            return .notSupportedByReference
        }
        if input.contains("://") { return .url }
        if input.contains(where: { "<>=~".contains($0) }) { return .symbolicComparator }
        if input.contains("^") || input.contains("×10") || input.contains("x10") || Scan.hasExponent(input) {
            return .scientificNotation
        }
        // Fractions and ordinals: what the suite expects, or the input when it expects nothing.
        let fractionTexts = lowerTexts.isEmpty ? [lower] : lowerTexts
        if fractionTexts.contains(where: Scan.hasOrdinalRangeEnd) { return .ordinal }
        if lowerTexts.isEmpty
            ? Scan.hasFraction(lower, ratios: false)
            : lowerTexts.contains(where: { Scan.hasFraction($0, ratios: true) })
        {
            return .fraction
        }
        if lowerTexts.contains(where: { $0.contains(" point ") }) { return .spelledDecimal }
        if texts.contains(where: Scan.hasSpaceGrouping) { return .spaceGrouping }
        if Scan.hasNonEnglishGrouping(input) { return .nonEnglishGrouping }
        if lower.contains("lakh") || lower.contains("crore") { return .indianNumbering }
        if (lowerTexts.isEmpty ? [input] : texts).contains(where: Scan.hasUnitLetterScale) { return .unitLetterScale }
        if suite == .number, c.expected.isEmpty, Scan.hasDigitsGluedToLetters(input) { return .numberGluedToUnit }
        if texts.contains(where: Scan.mixesDigitsAndWords) { return .mixedDigitsAndWords }
        if Scan.hasIdentifier(input, expected: texts) { return .identifier }
        if suite == .range, lower.contains("equal") { return .equality }
        if suite == .range,
            c.expected.contains(where: { expected in
                guard let reading = expected.reading, reading.lower != nil, reading.upper != nil else { return false }
                return Scan.words(of: expected.text.lowercased()).contains {
                    ["than", "above", "below", "least", "most"].contains($0)
                }
            })
        {
            return .twoSidedComparison
        }
        if isRangeResult, Scan.words(of: lower).contains("from") { return .fromToAsRange }
        if suite == .percent, c.expected.contains(where: { $0.reading == nil }) { return .percentWithoutNumber }
        if suite == .percent, lowerTexts.contains(where: { $0.hasPrefix("per") }) { return .percentBeforeNumber }
        if suite == .quantulum,
            c.expected.contains(where: { expected in
                let words = Scan.words(of: expected.text.lowercased())
                return expected.reading == .number(1) && (words.first == "a" || words.first == "an")
            })
        {
            return .indefiniteArticleAsOne
        }
        if c.expected.contains(where: { $0.text.hasPrefix("(") && ($0.reading?.lower ?? 0) < 0 }) {
            return .accountingNegative
        }
        return nil
    }
}

/// Plain scans of case text for `SkipReason.classify`.
enum Scan {
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
        "hundredth", "thousandth", "millionth", "billionth", "trillionth",
    ]
    static let scaleWords: Set<String> = ["dozen", "hundred", "thousand", "million", "billion", "trillion"]
    static let numberWords: Set<String> = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety",
    ]

    /// Lowercase words and numbers of `text`, split at spaces and punctuation (hyphens kept).
    static func words(of text: String) -> [String] {
        Tokenizer().tokens(in: text).filter { $0.kind != .punctuation }.map(\.lower)
    }

    static func isOrdinal(_ word: String) -> Bool {
        let last = word.split(separator: "-").last.map(String.init) ?? word
        return ordinalWords.contains(last) || (last.hasSuffix("s") && ordinalWords.contains(String(last.dropLast())))
    }

    /// `the tenth`: an ordinal used as a number, not as a denominator.
    static func hasOrdinalRangeEnd(_ text: String) -> Bool {
        let words = words(of: text)
        return zip(words, words.dropFirst()).contains { $0 == "the" && ordinalWords.contains($1) }
    }

    /// A fraction, past the forms NumberParser reads (`and a half`, `half a million`); with `ratios`, also
    /// `one over three`, `two out of five`, `1 in 21` (looked for in expected texts only, as a sentence
    /// may hold `300 in 2008`).
    static func hasFraction(_ text: String, ratios: Bool) -> Bool {
        let s = Array(text.unicodeScalars)
        for (n, c) in s.enumerated() {
            if (0x2150...0x215F).contains(c.value) || ["\u{BC}", "\u{BD}", "\u{BE}"].contains(c) { return true }
            // `3/4`, `1/40`, `2 1/2`: short digit runs around one slash (not `5/17/2018` or `2222/2222`).
            guard c == "/", n > 0, Tokenizer.isDigit(s[n - 1]), n + 1 < s.count, Tokenizer.isDigit(s[n + 1]) else {
                continue
            }
            var a = n - 1
            while a > 0, Tokenizer.isDigit(s[a - 1]) { a -= 1 }
            var b = n + 1
            while b + 1 < s.count, Tokenizer.isDigit(s[b + 1]) { b += 1 }
            let chained =
                (a > 0 && s[a - 1] == "/") || (a > 1 && s[a - 1] == "-" && Tokenizer.isDigit(s[a - 2]))
                || (b + 1 < s.count && "/-".unicodeScalars.contains(s[b + 1]))
            if n - a <= 3, b - n <= 3, !chained { return true }
        }
        let words = words(of: text)
        var n = 0
        while n < words.count {
            let word = words[n]
            // Supported: `and a half`, `and a quarter`; `half a dozen`, `a half million`, `a quarter of a million`.
            if word == "and", n + 2 < words.count, words[n + 1] == "a",
                words[n + 2] == "half" || words[n + 2] == "quarter"
            {
                n += 3
                continue
            }
            if word == "half" || word == "quarter" {
                var k = n + 1
                if k < words.count, words[k] == "of" { k += 1 }
                if k < words.count, words[k] == "a" || words[k] == "an" { k += 1 }
                if k < words.count, scaleWords.contains(words[k]) { n = k + 1; continue }
                return true
            }
            if word == "halves" || word == "quarters" { return true }  // `three halves`, `three quarters`
            if ratios, ["over", "out", "in"].contains(word), n > 0, n + 1 < words.count,
                isNumeral(words[n - 1]) || scaleWords.contains(words[n - 1])
            {
                return true  // `one over three`, `two out of five`, `1 in twenty-one`
            }
            if isOrdinal(word), word != "first", word != "second",
                n > 0,
                isNumeral(words[n - 1]) || scaleWords.contains(words[n - 1])
                    || ["a", "an", "and"].contains(words[n - 1])
            {
                return true  // `three fifths`, `a trillionth`, `one hundred and thirty fifths` (not `a first class seat`)
            }
            if word.contains("-"),
                isOrdinal(word) || word.hasSuffix("half") || word.hasSuffix("quarter") || word.hasSuffix("quarters")
            {
                return true  // `one-eighth`, `one-half`, `hundred-fifths`
            }
            n += 1
        }
        return false
    }

    static func isNumeral(_ word: String) -> Bool {
        word.first?.isNumber ?? false || numberWords.contains(word)
            || word.split(separator: "-").allSatisfy { numberWords.contains(String($0)) }
    }

    /// `1e10`, `-12e-1`, `4e14`, `9.83e-3`.
    static func hasExponent(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        for n in s.indices where (s[n] == "e" || s[n] == "E") && n > 0 && Tokenizer.isDigit(s[n - 1]) {
            var k = n + 1
            if k < s.count, s[k] == "+" || s[k] == "-" { k += 1 }
            if k < s.count, Tokenizer.isDigit(s[k]) { return true }
        }
        return false
    }

    /// `1 234 567`, `40 000`, `10 000 dollars` (any space, no-break or narrow no-break, between digits).
    static func hasSpaceGrouping(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        return s.indices.contains { n in
            n > 0 && n + 1 < s.count && s[n].properties.isWhitespace && Tokenizer.isDigit(s[n - 1])
                && Tokenizer.isDigit(s[n + 1])
        }
    }

    /// A comma between digits that is not followed by exactly three digits: `5,00`, `1,3`, `12,34,567`.
    static func hasNonEnglishGrouping(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        for n in s.indices
        where s[n] == "," && n > 0 && Tokenizer.isDigit(s[n - 1]) && n + 1 < s.count && Tokenizer.isDigit(s[n + 1]) {
            var k = n + 1
            while k < s.count, Tokenizer.isDigit(s[k]) { k += 1 }
            if k - n - 1 != 3 { return true }
        }
        return false
    }

    /// Digits followed by a scale letter that is also a unit (`10M`, `1m`, `1.2b`, `10G`, `1MM`), with no
    /// currency sign before them, or by a scale letter after a space (`2.33 k`, `1,674.5 G`).
    static func hasUnitLetterScale(_ text: String) -> Bool {
        let tokens = Tokenizer().tokens(in: text)
        for n in tokens.indices.dropFirst() where tokens[n].isWord && tokens[n - 1].isNumber {
            let word = tokens[n].lower
            let hasCurrency = n >= 2 && NumberWords.currencySymbols[tokens[n - 2].text] != nil
            if !tokens[n].spaceBefore, !hasCurrency, ["m", "b", "g", "t", "mm"].contains(word) { return true }
            if tokens[n].spaceBefore, ["k", "m", "g", "b", "t"].contains(word),
                n + 1 == tokens.count || tokens[n + 1].spaceBefore
            {
                return true
            }
        }
        return false
    }

    /// `180ml`, `29km`: digits with letters right after them, past ordinal suffixes.
    static func hasDigitsGluedToLetters(_ text: String) -> Bool {
        let tokens = Tokenizer().tokens(in: text)
        return tokens.indices.dropFirst().contains { n in
            tokens[n].isWord && !tokens[n].spaceBefore && tokens[n - 1].isNumber
                && !["st", "nd", "rd", "th"].contains(tokens[n].lower)
        }
    }

    /// `3 hundred and 21`, `4 thousand 3 hundred`, `3 hundred and one`: digits, a scale word, then more numerals.
    static func mixesDigitsAndWords(_ text: String) -> Bool {
        let words = words(of: text)
        for n in words.indices where n + 2 < words.count && isDigits(words[n]) && scaleWords.contains(words[n + 1]) {
            if words[(n + 2)...].contains(where: { isDigits($0) || numberWords.contains($0) }) { return true }
        }
        return false
    }

    static func isDigits(_ word: String) -> Bool { word.first?.isNumber ?? false }

    /// `192.168.1.2`, `06F6`, and `SCP-173` when the suite expects the 173.
    static func hasIdentifier(_ text: String, expected: [String]) -> Bool {
        let s = Array(text.unicodeScalars)
        var n = 0
        while n < s.count {
            guard Tokenizer.isDigit(s[n]) else { n += 1; continue }
            var k = n
            var dots = 0
            var letterThenDigit = false
            while k < s.count,
                Tokenizer.isDigit(s[k]) || s[k] == "." && k + 1 < s.count && Tokenizer.isDigit(s[k + 1])
                    || Tokenizer.isLetter(s[k]) && k + 1 < s.count && Tokenizer.isDigit(s[k + 1])
            {
                if s[k] == "." { dots += 1 }
                if Tokenizer.isLetter(s[k]) { letterThenDigit = true }
                k += 1
            }
            if dots >= 2 || letterThenDigit { return true }
            n = k + 1
        }
        let tokens = Tokenizer().tokens(in: text)
        for n in tokens.indices.dropFirst(2)
        where tokens[n].isNumber && !tokens[n].spaceBefore && tokens[n - 1].isPunctuation("-")
            && !tokens[n - 1].spaceBefore && tokens[n - 2].isWord && tokens[n - 2].isCapitalized
            && expected.contains(tokens[n].text)
        {
            return true
        }
        return false
    }
}

// MARK: - Tests

@Suite struct NumberParserSuiteTests {
    struct Outcome {
        var suite: NumberSuite
        var total = 0
        var skipped: [SkipReason: Int] = [:]
        var inScope = 0
        var passed = 0
        var failures: [String] = []
        var skippedCases: [String] = []

        var rate: Double { inScope == 0 ? 0 : Double(passed) / Double(inScope) }
    }

    static func run(_ suite: NumberSuite) throws -> Outcome {
        let parser = NumberParser()
        let tokenizer = Tokenizer()
        var outcome = Outcome(suite: suite)
        for c in try suite.loadCases() {
            outcome.total += 1
            if let reason = SkipReason.classify(c, suite: suite) {
                outcome.skipped[reason, default: 0] += 1
                outcome.skippedCases.append("  [\(reason)] \(c)")
                continue
            }
            outcome.inScope += 1
            let found = suite.readings(of: parser.phrases(in: tokenizer.tokens(in: c.input)))
            let expected = c.expected.compactMap(\.reading)
            if found.count == expected.count, zip(found, expected).allSatisfy({ $0.matches($1) }) {
                outcome.passed += 1
            } else {
                outcome.failures.append("  \(c) → expected \(expected), found \(found)")
            }
        }
        let percent = String(format: "%.1f", outcome.rate * 100)
        var report =
            "\(suite): \(outcome.passed)/\(outcome.inScope) in-scope cases pass (\(percent)%), "
            + "\(outcome.total - outcome.inScope) of \(outcome.total) skipped"
        for reason in SkipReason.allCases {
            if let count = outcome.skipped[reason] { report += "\n  skipped \(count): \(reason.rawValue)" }
        }
        if !outcome.failures.isEmpty { report += "\n in-scope failures:\n" + outcome.failures.joined(separator: "\n") }
        // NUMBER_SUITE_VERBOSE=1 also lists every skipped case with its reason.
        if ProcessInfo.processInfo.environment["NUMBER_SUITE_VERBOSE"] != nil, !outcome.skippedCases.isEmpty {
            report += "\n skipped cases:\n" + outcome.skippedCases.joined(separator: "\n")
        }
        print(report)
        return outcome
    }

    /// Lowest in-scope pass rate each suite may fall to, set a little under the rate achieved, so a
    /// regression fails. Raise it when the parser improves.
    /// Achieved: NumberModel 97/99, NumberRangeModel 36/37, PercentModel 11/11, quantulum3 69/73 (each
    /// threshold fails on one more failing case).
    static let minimumRates: [NumberSuite: Double] = [
        .number: 0.975, .range: 0.97, .percent: 0.95, .quantulum: 0.94,
    ]
    /// Fewest in-scope cases each suite must keep, so that widening the skip list cannot raise the rate.
    static let minimumInScope: [NumberSuite: Int] = [
        .number: 99, .range: 37, .percent: 11, .quantulum: 73,
    ]

    @Test(arguments: NumberSuite.allCases)
    func passRate(_ suite: NumberSuite) throws {
        let outcome = try Self.run(suite)
        #expect(outcome.total > 0)
        #expect(outcome.inScope >= Self.minimumInScope[suite]!, "\(suite): in-scope cases \(outcome.inScope)")
        #expect(outcome.rate >= Self.minimumRates[suite]!, "\(suite): pass rate \(outcome.rate)")
    }
}
